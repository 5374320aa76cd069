"""The main window and what it is composed of: the actions table (menus, toolbar, shortcuts),
dialogs, keyboard routing and settings that persist."""
