<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="206"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="34"/>
        <source>Shift+← / Shift+→, Shift+wheel, drag</source>
        <translation>Umschalt+← / Umschalt+→, Umschalt+Mausrad, Ziehen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="34"/>
        <source>pan the timeline</source>
        <translation>Zeitleiste verschieben</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="35"/>
        <source>↑ / ↓, Alt+wheel</source>
        <translation>↑ / ↓, Alt+Mausrad</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="35"/>
        <source>scroll the lanes</source>
        <translation>Spuren rollen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="36"/>
        <source>Wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="36"/>
        <source>zoom at the pointer</source>
        <translation>am Mauszeiger zoomen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="37"/>
        <source>Enter, F3 / Shift+F3 (in the search box)</source>
        <translation>Eingabe, F3 / Umschalt+F3 (im Suchfeld)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="37"/>
        <source>next / previous search hit</source>
        <translation>nächster / vorheriger Suchtreffer</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="38"/>
        <source>↓ (in the search box), then ↑ / ↓, Enter</source>
        <translation>↓ (im Suchfeld), dann ↑ / ↓, Eingabe</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="38"/>
        <source>walk the results, open a hit</source>
        <translation>durch die Treffer gehen, einen Treffer öffnen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="39"/>
        <source>Esc (in the search box or the results)</source>
        <translation>Esc (im Suchfeld oder in den Treffern)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="39"/>
        <source>clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="40"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="40"/>
        <source>move between the panes and controls</source>
        <translation>zwischen Bereichen und Bedienelementen wechseln</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="41"/>
        <source>Ctrl+C (in a report)</source>
        <translation>Strg+C (in einem Bericht)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="41"/>
        <source>copy the selection with its citation</source>
        <translation>Auswahl mit Quellenangabe kopieren</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="60"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="62"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="62"/>
        <source>Does</source>
        <translation>Bewirkt</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="88"/>
        <source>unknown (not installed)</source>
        <translation>unbekannt (nicht installiert)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="89"/>
        <source>A timeline of reported events. Every fact carries the exact passage of the report it comes from; vague dates stay vague.</source>
        <translation>Eine Zeitleiste berichteter Ereignisse. Jede Tatsache trägt die genaue Stelle des Berichts, aus dem sie stammt; vage Daten bleiben vage.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="91"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="92"/>
        <source>Licence: none has been chosen yet; all rights reserved by its authors.</source>
        <translation>Lizenz: noch keine gewählt; alle Rechte bei den Autoren.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/help_dialogs.py" line="93"/>
        <source>Python {python}, Qt {qt}, PySide6 {pyside}</source>
        <translation>Python {python}, Qt {qt}, PySide6 {pyside}</translation>
    </message>
</context>
<context>
    <name>AddReportDialog</name>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="121"/>
        <source>printed in the report</source>
        <translation>im Bericht gedruckt</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="122"/>
        <source>from the page&apos;s metadata</source>
        <translation>aus den Metadaten der Seite</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="123"/>
        <source>inferred (say from what)</source>
        <translation>erschlossen (sagen Sie, woraus)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="128"/>
        <source>Add Report: {name}</source>
        <translation>Bericht hinzufügen: {name}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="135"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="136"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="140"/>
        <source>e.g. 16. Dezember 2025, 2025-12-16</source>
        <translation>z. B. 16. Dezember 2025, 2025-12-16</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="151"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="151"/>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="152"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="152"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="153"/>
        <source>&amp;Published:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="154"/>
        <source>Date &amp;from:</source>
        <translation>Datum &amp;aus:</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="154"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="170"/>
        <source>Give the publication date as the report or page gives it.</source>
        <translation>Geben Sie das Veröffentlichungsdatum so an, wie Bericht oder Seite es nennen.</translation>
    </message>
</context>
<context>
    <name>Authoring</name>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="85"/>
        <source>&amp;Undo {edit}</source>
        <translation>&amp;Rückgängig: {edit}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="86"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="89"/>
        <source>&amp;Redo {edit}</source>
        <translation>&amp;Wiederholen: {edit}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="90"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="121"/>
        <source>New Timeline</source>
        <translation>Neue Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="122"/>
        <source>{name} could not be written: {reason}</source>
        <translation>{name} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="143"/>
        <location filename="../../viewer/qt/editing/authoring.py" line="148"/>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="144"/>
        <source>The timeline was not saved; your changes are kept.

{problems}</source>
        <translation>Die Zeitleiste wurde nicht gespeichert; Ihre Änderungen bleiben erhalten.

{problems}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="149"/>
        <source>{name} could not be written ({reason}); your changes are kept and still unsaved.</source>
        <translation>{name} konnte nicht geschrieben werden ({reason}); Ihre Änderungen bleiben erhalten und sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="153"/>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="176"/>
        <source>Open or create a timeline first (File ▸ New Timeline…).</source>
        <translation>Öffnen oder erstellen Sie zuerst eine Zeitleiste (Datei ▸ Neue Zeitleiste…).</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="178"/>
        <location filename="../../viewer/qt/editing/authoring.py" line="192"/>
        <source>Add Report</source>
        <translation>Bericht hinzufügen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="194"/>
        <source>Add Report ‘{title}’</source>
        <translation>Bericht „{title}“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="197"/>
        <source>Added report {id}. Select a passage and press Ctrl+E to make an event of it.</source>
        <translation>Bericht {id} hinzugefügt. Markieren Sie eine Passage und drücken Sie Strg+E, um daraus ein Ereignis zu machen.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="210"/>
        <source>Deleted (no other evidence): {title}</source>
        <translation>Gelöscht (kein anderer Beleg): {title}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="212"/>
        <source>Loses this report&apos;s quotes: {title}</source>
        <translation>Verliert die Zitate dieses Berichts: {title}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="214"/>
        <source>{count} event(s) quote report {id}. Remove it with its quotes?</source>
        <translation>{count} Ereignis(se) zitieren Bericht {id}. Mit seinen Zitaten entfernen?</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="216"/>
        <source>Remove Report</source>
        <translation>Bericht entfernen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="221"/>
        <source>Remove Report ‘{title}’</source>
        <translation>Bericht „{title}“ entfernen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="231"/>
        <source>Show the report to update in the report pane first.</source>
        <translation>Zeigen Sie zuerst den zu aktualisierenden Bericht im Berichtsbereich an.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="233"/>
        <location filename="../../viewer/qt/editing/authoring.py" line="248"/>
        <source>Update Report</source>
        <translation>Bericht aktualisieren</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="250"/>
        <source>Update Report ‘{title}’</source>
        <translation>Bericht „{title}“ aktualisieren</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="274"/>
        <source>Select the words of a report first (in the report pane).</source>
        <translation>Markieren Sie zuerst Wörter eines Berichts (im Berichtsbereich).</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="305"/>
        <source>New Event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="307"/>
        <source>New Event ‘{title}’</source>
        <translation>Neues Ereignis „{title}“</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="312"/>
        <source>Not yet in the timeline: {names}. Add them under Actors in the editor.</source>
        <translation>Noch nicht in der Zeitleiste: {names}. Tragen Sie sie im Editor unter Akteure ein.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="316"/>
        <source>The passage words no date: dated by its report ({date}). Change the date in the editor if the report says more.</source>
        <translation>Die Stelle nennt kein Datum: datiert nach ihrem Bericht ({date}). Ändern Sie das Datum im Editor, wenn der Bericht mehr sagt.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="335"/>
        <source>Select the event the passage is evidence for first.</source>
        <translation>Wählen Sie zuerst das Ereignis, das die Passage belegt.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="352"/>
        <source>Add Evidence</source>
        <translation>Beleg hinzufügen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="354"/>
        <source>Add Evidence to ‘{title}’</source>
        <translation>Beleg zu „{title}“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="363"/>
        <source>Delete Event ‘{title}’</source>
        <translation>Ereignis „{title}“ löschen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/authoring.py" line="365"/>
        <source>Deleted; Undo brings it back.</source>
        <translation>Gelöscht; Rückgängig holt es zurück.</translation>
    </message>
</context>
<context>
    <name>AuthoringDialogs</name>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="42"/>
        <source>New Timeline</source>
        <translation>Neue Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="49"/>
        <source>Save Timeline As</source>
        <translation>Zeitleiste speichern unter</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="62"/>
        <source>Add Report</source>
        <translation>Bericht hinzufügen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="73"/>
        <source>“{title}” has changes that are not saved.</source>
        <translation>„{title}“ hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="75"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="77"/>
        <source>Save them before going on?</source>
        <translation>Vor dem Fortfahren speichern?</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../viewer/qt/editing/autosave.py" line="116"/>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
</context>
<context>
    <name>CanvasInput</name>
    <message>
        <location filename="../../viewer/qt/timeline/canvas_input.py" line="110"/>
        <source>1 event from {first} to {last}; click to zoom in</source>
        <translation>1 Ereignis von {first} bis {last}; zum Vergrößern klicken</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/timeline/canvas_input.py" line="111"/>
        <source>{count} events from {first} to {last}; click to zoom in</source>
        <translation>{count} Ereignisse von {first} bis {last}; zum Vergrößern klicken</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/timeline/canvas_input.py" line="126"/>
        <source>◇ {day}: from other reporting</source>
        <translation>◇ {day}: aus anderer Berichterstattung</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <location filename="../../viewer/qt/editing/claim_editor.py" line="28"/>
        <source>outlets or sources, by name; empty: the report itself</source>
        <translation>Medien oder Quellen, mit Namen; leer: der Bericht selbst</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/claim_editor.py" line="31"/>
        <source>as written, separated by ;</source>
        <translation>wie geschrieben, durch ; getrennt</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/claim_editor.py" line="37"/>
        <source>&amp;Voices:</source>
        <translation>&amp;Stimmen:</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/claim_editor.py" line="38"/>
        <source>A&amp;mounts:</source>
        <translation>&amp;Beträge:</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../viewer/qt/panes/detail_pane.py" line="35"/>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/detail_pane.py" line="55"/>
        <source>Select an event on the timeline or in the list to see its evidence.</source>
        <translation>Wählen Sie ein Ereignis auf der Zeitleiste oder in der Liste, um seine Belege zu sehen.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/detail_pane.py" line="65"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/detail_pane.py" line="65"/>
        <source>From other reporting</source>
        <translation>Aus anderer Berichterstattung</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/detail_pane.py" line="66"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/detail_pane.py" line="66"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/detail_pane.py" line="67"/>
        <source>Actors</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/detail_pane.py" line="67"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/detail_pane.py" line="93"/>
        <source>Unsourced: no passage of a report backs this event yet.</source>
        <translation>Ohne Beleg: Keine Stelle eines Berichts stützt dieses Ereignis bisher.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/detail_pane.py" line="94"/>
        <source>Select its passage in a report and choose Add Selection as Evidence to anchor it.</source>
        <translation>Markieren Sie die Stelle in einem Bericht und wählen Sie „Markierung als Beleg hinzufügen“, um es zu verankern.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/detail_pane.py" line="101"/>
        <source>References</source>
        <translation>Verweise</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/detail_pane.py" line="121"/>
        <source>Story: {title}</source>
        <translation>Geschichte: {title}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/detail_pane.py" line="130"/>
        <location filename="../../viewer/qt/panes/detail_pane.py" line="143"/>
        <source>The report</source>
        <translation>Der Bericht</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/detail_pane.py" line="136"/>
        <source>Reports disagree on the {field}</source>
        <translation>Die Berichte widersprechen sich beim {field}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/detail_pane.py" line="137"/>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/detail_pane.py" line="137"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/detail_pane.py" line="149"/>
        <source>Open in source</source>
        <translation>In der Quelle öffnen</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../viewer/qt/editing/event_editor.py" line="60"/>
        <source>Event Editor</source>
        <translation>Ereignis-Editor</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/event_editor.py" line="77"/>
        <source>names or ids, separated by commas</source>
        <translation>Namen oder IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/event_editor.py" line="79"/>
        <source>as the report words it, e.g. im Oktober</source>
        <translation>wie der Bericht es formuliert, z. B. im Oktober</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/event_editor.py" line="91"/>
        <source>Remove Quote</source>
        <translation>Zitat entfernen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/event_editor.py" line="96"/>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/event_editor.py" line="97"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/event_editor.py" line="114"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/event_editor.py" line="115"/>
        <source>Title (&amp;German):</source>
        <translation>Titel (&amp;deutsch):</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/event_editor.py" line="116"/>
        <source>S&amp;ummary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/event_editor.py" line="116"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/event_editor.py" line="117"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/event_editor.py" line="118"/>
        <source>Ac&amp;tors:</source>
        <translation>Ak&amp;teure:</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/event_editor.py" line="119"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/event_editor.py" line="120"/>
        <source>Sto&amp;ry:</source>
        <translation>&amp;Geschichte:</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/event_editor.py" line="129"/>
        <source>Claims and their quotes:</source>
        <translation>Aussagen und ihre Zitate:</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/event_editor.py" line="168"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/event_editor.py" line="197"/>
        <source>the report itself</source>
        <translation>der Bericht selbst</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/event_editor.py" line="200"/>
        <source>{who} ({source}): „{quote}“</source>
        <translation>{who} ({source}): „{quote}“</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/event_editor.py" line="230"/>
        <source>The date cannot be read; word it as a report would.</source>
        <translation>Das Datum ist nicht lesbar; formulieren Sie es wie ein Bericht.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/event_editor.py" line="232"/>
        <source>An event needs a title.</source>
        <translation>Ein Ereignis braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/event_editor.py" line="262"/>
        <source>Edit Event ‘{title}’</source>
        <translation>Ereignis „{title}“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/event_editor.py" line="284"/>
        <source>Remove Quote from ‘{title}’</source>
        <translation>Zitat aus „{title}“ entfernen</translation>
    </message>
</context>
<context>
    <name>EventListView</name>
    <message>
        <location filename="../../viewer/qt/panes/event_list.py" line="25"/>
        <source>Event list</source>
        <translation>Ereignisliste</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../viewer/qt/panes/event_model.py" line="49"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/event_model.py" line="50"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/event_model.py" line="51"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/event_model.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/event_model.py" line="53"/>
        <source>Actors</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/event_model.py" line="54"/>
        <source>Amounts</source>
        <translation>Beträge</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/event_model.py" line="55"/>
        <source>Reported</source>
        <translation>Berichtet</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/event_model.py" line="180"/>
        <source>Unsourced: no passage of a report backs this event ({note}).</source>
        <translation>Ohne Beleg: Keine Stelle eines Berichts stützt dieses Ereignis ({note}).</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/event_model.py" line="208"/>
        <source>unsourced</source>
        <translation>ohne Beleg</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="38"/>
        <source>Timeline export JSON (*.json)</source>
        <translation>Zeitleisten-Export JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="39"/>
        <source>CSV, one row per event (*.csv)</source>
        <translation>CSV, eine Zeile je Ereignis (*.csv)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="40"/>
        <source>Markdown fact sheet (*.md)</source>
        <translation>Markdown-Faktenblatt (*.md)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="41"/>
        <source>TimelineJS JSON (*.json)</source>
        <translation>TimelineJS JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="42"/>
        <source>The Timeline Project (*.timeline)</source>
        <translation>The Timeline Project (*.timeline)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="43"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="52"/>
        <source>Timelines of other tools ({patterns})</source>
        <translation>Zeitleisten anderer Programme ({patterns})</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="54"/>
        <source>Import Timeline</source>
        <translation>Zeitleiste importieren</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="56"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="67"/>
        <source>Save Imported Timeline As</source>
        <translation>Importierte Zeitleiste speichern unter</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="68"/>
        <source>Timelines (*.json)</source>
        <translation>Zeitleisten (*.json)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="77"/>
        <location filename="../../viewer/qt/window/interchange.py" line="168"/>
        <location filename="../../viewer/qt/window/interchange.py" line="204"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="80"/>
        <source>{count} things could not be kept; the first: {first}</source>
        <translation>{count} Angaben konnten nicht übernommen werden; die erste: {first}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="94"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="95"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="96"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="98"/>
        <location filename="../../viewer/qt/window/interchange.py" line="246"/>
        <source>Export Timeline Picture</source>
        <translation>Zeitleiste als Bild exportieren</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="115"/>
        <location filename="../../viewer/qt/window/interchange.py" line="271"/>
        <source>Export Timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="137"/>
        <source>Print Timeline</source>
        <translation>Zeitleiste drucken</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="168"/>
        <source>The imported timeline cannot replace the file it is imported from; choose another name.</source>
        <translation>Die importierte Zeitleiste kann die Datei, aus der sie importiert wird, nicht ersetzen; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="175"/>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert …</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="202"/>
        <source>No event in {name} could be imported; nothing was written.</source>
        <translation>Aus {name} konnte kein Ereignis importiert werden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="209"/>
        <source>Imported {count} events from {name} ({format}) into {target}. They are unsourced until a report backs them: drawn hatched and listed as “unsourced”.</source>
        <translation>{count} Ereignisse aus {name} ({format}) nach {target} importiert. Sie sind ohne Beleg, bis ein Bericht sie stützt: schraffiert gezeichnet und als „ohne Beleg“ aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="245"/>
        <location filename="../../viewer/qt/window/interchange.py" line="270"/>
        <source>{name} could not be written: {problem}</source>
        <translation>{name} konnte nicht geschrieben werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/interchange.py" line="251"/>
        <location filename="../../viewer/qt/window/interchange.py" line="277"/>
        <source>Wrote {path}</source>
        <translation>{path} geschrieben</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="77"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="78"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="101"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="107"/>
        <source>Opening progress</source>
        <translation>Fortschritt beim Öffnen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="135"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="136"/>
        <source>Deal network</source>
        <translation>Deal-Netzwerk</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="174"/>
        <source>Show a report in the report pane first.</source>
        <translation>Zeigen Sie zuerst einen Bericht im Berichtsbereich an.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="207"/>
        <source>Open in Source</source>
        <translation>In der Quelle öffnen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="208"/>
        <source>Copy Citation</source>
        <translation>Zitat mit Quellenangabe kopieren</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="210"/>
        <source>Zoom to Event</source>
        <translation>Auf das Ereignis zoomen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="211"/>
        <source>Show Story</source>
        <translation>Geschichte zeigen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="221"/>
        <source>Copied the citation of the passage.</source>
        <translation>Das Zitat mit Quellenangabe wurde kopiert.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="238"/>
        <source>The selected event is not part of a story.</source>
        <translation>Das gewählte Ereignis gehört zu keiner Geschichte.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="239"/>
        <source>This is the first development of its story.</source>
        <translation>Dies ist die erste Entwicklung seiner Geschichte.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="240"/>
        <source>This is the latest development of its story.</source>
        <translation>Dies ist die neueste Entwicklung seiner Geschichte.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="290"/>
        <source>Opening {name}… (Esc cancels)</source>
        <translation>{name} wird geöffnet … (Esc bricht ab)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="324"/>
        <source>Opening {name} was cancelled; {title} stays open.</source>
        <translation>Das Öffnen von {name} wurde abgebrochen; {title} bleibt geöffnet.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="326"/>
        <source>Opening {name} was cancelled; no timeline is open.</source>
        <translation>Das Öffnen von {name} wurde abgebrochen; keine Zeitleiste ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="332"/>
        <source>{name} is opened instead.</source>
        <translation>Stattdessen wird {name} geöffnet.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="334"/>
        <source>The timeline that was open stays open.</source>
        <translation>Die geöffnete Zeitleiste bleibt geöffnet.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="335"/>
        <source>No timeline is open; use File ▸ Open… to choose one.</source>
        <translation>Keine Zeitleiste ist geöffnet; wählen Sie eine mit Datei ▸ Öffnen …</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="416"/>
        <source>Export Picture</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="417"/>
        <source>{name} could not be written: {problem}</source>
        <translation>{name} konnte nicht geschrieben werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="421"/>
        <source>Wrote {path}</source>
        <translation>{path} geschrieben</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="432"/>
        <source>About {name}</source>
        <translation>Über {name}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="449"/>
        <source>No timeline is open</source>
        <translation>Keine Zeitleiste geöffnet</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="452"/>
        <source>{shown} of 1 event shown</source>
        <translation>{shown} von 1 Ereignis angezeigt</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="453"/>
        <source>{shown} of {total} events shown</source>
        <translation>{shown} von {total} Ereignissen angezeigt</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="457"/>
        <source> · 1 passage</source>
        <translation> · 1 Passage</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="458"/>
        <source> · {passages} passages</source>
        <translation> · {passages} Passagen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="459"/>
        <source> · counting matches…</source>
        <translation> · Treffer werden gezählt…</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="465"/>
        <source> · indexing for search {percent} %</source>
        <translation> · Suchindex wird erstellt: {percent} %</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/main_window.py" line="468"/>
        <source> (reading the reports directly meanwhile)</source>
        <translation> (bis dahin werden die Berichte direkt gelesen)</translation>
    </message>
</context>
<context>
    <name>NetworkCanvas</name>
    <message>
        <location filename="../../viewer/qt/network/view.py" line="41"/>
        <source>Deal network</source>
        <translation>Deal-Netzwerk</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../viewer/qt/network/view.py" line="89"/>
        <source>Known on</source>
        <translation>Bekannt am</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/network/view.py" line="94"/>
        <source>As known on:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/network/view.py" line="119"/>
        <source>{day} (report of that day)</source>
        <translation>{day} (Bericht dieses Tages)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/network/view.py" line="130"/>
        <source>Who invests in whom, and what flows back — as known on {day}</source>
        <translation>Wer in wen investiert und was zurückfließt – Stand {day}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/network/view.py" line="132"/>
        <source>investment (solid)</source>
        <translation>Investition (durchgezogen)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/network/view.py" line="133"/>
        <source>cloud services flowing back</source>
        <translation>zurückfließende Cloud-Dienste</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/network/view.py" line="134"/>
        <source>chips flowing back</source>
        <translation>zurückfließende Chipkäufe</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/network/view.py" line="135"/>
        <source>infrastructure commitments</source>
        <translation>Infrastrukturzusagen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/network/view.py" line="136"/>
        <source>circular flow: the money returns to the investor</source>
        <translation>Zirkelgeschäft: das Geld kehrt zum Investor zurück</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <location filename="../../viewer/qt/timeline/overview.py" line="39"/>
        <source>Overview of the whole timeline</source>
        <translation>Übersicht über die ganze Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/timeline/overview.py" line="40"/>
        <source>The whole timeline; click or drag to move the view</source>
        <translation>Die ganze Zeitleiste; klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>QueryError</name>
    <message>
        <location filename="../../viewer/qt/document/search_service.py" line="44"/>
        <source>the query opens a quote it does not close; add the closing &quot; or remove the opening one</source>
        <translation>die Suche öffnet ein Anführungszeichen, das sie nicht schließt; ergänzen Sie das schließende &quot; oder entfernen Sie das öffnende</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/document/search_service.py" line="46"/>
        <source>there is no filter &apos;{name}:&apos;; use one of {filters}</source>
        <translation>einen Filter „{name}:“ gibt es nicht; verwenden Sie einen von {filters}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/document/search_service.py" line="47"/>
        <source>&apos;{name}:&apos; needs a value, for example {name}:{example}</source>
        <translation>„{name}:“ braucht einen Wert, zum Beispiel {name}:{example}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/document/search_service.py" line="48"/>
        <source>&apos;is:{value}&apos; is not known; is:contested shows events the reports disagree about, is:unsourced those no report backs</source>
        <translation>„is:{value}“ ist unbekannt; is:contested (oder is:strittig) zeigt Ereignisse, über die sich die Berichte widersprechen, is:unsourced (oder is:unbelegt) solche, die kein Bericht stützt</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/document/search_service.py" line="50"/>
        <source>&apos;{name}:{value}&apos; is not a date; write {name}:2025, {name}:2025-10 or {name}:2025-10-28</source>
        <translation>„{name}:{value}“ ist kein Datum; schreiben Sie {name}:2025, {name}:2025-10 oder {name}:2025-10-28</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/document/search_service.py" line="52"/>
        <source>&apos;amount:{value}&apos; is not an amount; write for example amount:&gt;=10bn, amount:&gt;500m or amount:&gt;=10e9</source>
        <translation>„amount:{value}“ ist kein Betrag; schreiben Sie zum Beispiel amount:&gt;=10bn, amount:&gt;500m oder amount:&gt;=10e9</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../viewer/qt/editing/autosave.py" line="31"/>
        <source>{name} has unsaved changes from {time} that were not saved (the program closed first).</source>
        <translation>{name} hat ungespeicherte Änderungen vom {time}, die nicht gespeichert wurden (das Programm wurde vorher beendet).</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/autosave.py" line="34"/>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/autosave.py" line="36"/>
        <source>Bring them back? They come back unsaved; Undo takes them away again.</source>
        <translation>Zurückholen? Sie kommen ungespeichert zurück; Rückgängig nimmt sie wieder weg.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/autosave.py" line="38"/>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/autosave.py" line="40"/>
        <source>&amp;Discard Them</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/autosave.py" line="42"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../viewer/qt/search/field.py" line="22"/>
        <source>Search titles, quotes, actors… (Ctrl+F)</source>
        <translation>Titel, Zitate, Beteiligte suchen … (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/search/field.py" line="23"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/search/field.py" line="25"/>
        <source>Every word must match, also inside compounds; &quot;quoted phrases&quot;; German spellings (Borsengang, Boersengang) find Börsengang.
Filters: actor:amazon  kind:negotiation  status:planned  source:004  outlet:wsj
after:2025-10  before:2026  amount:&gt;=10bn  is:contested  is:unsourced
Enter/F3 next hit, Shift+F3 previous, ↓ to the results, Esc clears.</source>
        <translation>Jedes Wort muss vorkommen, auch in zusammengesetzten Wörtern; &quot;Phrasen in Anführungszeichen&quot;; deutsche Schreibweisen (Borsengang, Boersengang) finden Börsengang.
Filter: actor:amazon  kind:negotiation  status:planned  source:004  outlet:wsj
after:2025-10  before:2026  amount:&gt;=10bn  is:strittig  is:unbelegt
Enter/F3 nächster Treffer, Umschalt+F3 voriger, ↓ zu den Ergebnissen, Esc leert.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../viewer/qt/search/results.py" line="107"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/search/results.py" line="107"/>
        <source>Passages in the reports</source>
        <translation>Passagen in den Berichten</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/search/results.py" line="118"/>
        <source> (not on the timeline yet)</source>
        <translation> (noch nicht auf der Zeitleiste)</translation>
    </message>
</context>
<context>
    <name>SearchResultsPane</name>
    <message>
        <location filename="../../viewer/qt/search/results.py" line="187"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/search/results.py" line="209"/>
        <source>The earliest matches are listed; counting them all…</source>
        <translation>Die frühesten Treffer sind aufgelistet; alle werden gezählt…</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/search/results.py" line="211"/>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/search/results.py" line="212"/>
        <source>{count} events</source>
        <translation>{count} Ereignisse</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/search/results.py" line="213"/>
        <source>1 passage</source>
        <translation>1 Passage</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/search/results.py" line="214"/>
        <source>{count} passages</source>
        <translation>{count} Passagen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/search/results.py" line="215"/>
        <source>Matches: {events} · {passages}</source>
        <translation>Treffer: {events} · {passages}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/search/results.py" line="220"/>
        <source> (the earliest {listed} of each are listed)</source>
        <translation> (jeweils die frühesten {listed} sind aufgelistet)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/search/results.py" line="223"/>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/search/results.py" line="225"/>
        <source>The index is being built ({percent} %); meanwhile the reports are read directly, which finds the same.</source>
        <translation>Der Index wird erstellt ({percent} %); bis dahin werden die Berichte direkt gelesen, mit denselben Treffern.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/search/results.py" line="229"/>
        <source>Search reads the reports directly: {problem}.</source>
        <translation>Die Suche liest die Berichte direkt: {problem}.</translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <location filename="../../viewer/qt/panes/source_pane.py" line="123"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/source_pane.py" line="238"/>
        <source> (no headline printed)</source>
        <translation> (keine Überschrift gedruckt)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/source_pane.py" line="239"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
</context>
<context>
    <name>SourceTextView</name>
    <message>
        <location filename="../../viewer/qt/panes/source_pane.py" line="68"/>
        <source>Source text</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/source_pane.py" line="81"/>
        <source>Copy with Citation</source>
        <translation>Mit Quellenangabe kopieren</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/panes/source_pane.py" line="84"/>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>SuggestionsPane</name>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="89"/>
        <source>Suggested Events</source>
        <translation>Vorgeschlagene Ereignisse</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="102"/>
        <source>Reading the report</source>
        <translation>Der Bericht wird gelesen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="105"/>
        <source>Suggested events</source>
        <translation>Vorgeschlagene Ereignisse</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="109"/>
        <source>&amp;Accept</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="110"/>
        <source>Accept and &amp;Edit</source>
        <translation>Übernehmen und be&amp;arbeiten</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="111"/>
        <source>Add as E&amp;vidence</source>
        <translation>Als &amp;Beleg hinzufügen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="112"/>
        <source>&amp;Reject</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="113"/>
        <source>Add it to the event it matches, else make an event of it (Enter)</source>
        <translation>Dem passenden Ereignis hinzufügen, sonst ein Ereignis daraus machen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="115"/>
        <source>Make a new event of it and open the event editor (Ctrl+Enter)</source>
        <translation>Ein neues Ereignis daraus machen und den Ereignis-Editor öffnen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="117"/>
        <source>Add its passage to the event it matches, or to the selected event (Ctrl+M)</source>
        <translation>Die Passage dem passenden Ereignis hinzufügen, sonst dem ausgewählten (Strg+M)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="119"/>
        <source>Drop it from the list (Delete)</source>
        <translation>Aus der Liste streichen (Entf)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="169"/>
        <source>Reading report {id} for the events it tells of…</source>
        <translation>Bericht {id} wird auf die Ereignisse hin gelesen, von denen er berichtet …</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="213"/>
        <source>Why: {reasons}</source>
        <translation>Warum: {reasons}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="222"/>
        <source>{count} suggested events in report {id}, best first. Enter accepts, Delete rejects.</source>
        <translation>{count} vorgeschlagene Ereignisse in Bericht {id}, die besten zuerst. Eingabe übernimmt, Entf verwirft.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="224"/>
        <source>No development with an actor was found in report {id}.</source>
        <translation>In Bericht {id} wurde keine Entwicklung mit einem Akteur gefunden.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="237"/>
        <source>more evidence for ‘{title}’?</source>
        <translation>weiterer Beleg für ‚{title}‘?</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="247"/>
        <source>Add a report (File ▸ Add Report…) to see the events it tells of.</source>
        <translation>Fügen Sie einen Bericht hinzu (Datei ▸ Bericht hinzufügen …), um die Ereignisse zu sehen, von denen er berichtet.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="284"/>
        <source>Not accepted: {reason}</source>
        <translation>Nicht übernommen: {reason}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="286"/>
        <source>Accept Suggested Event ‘{title}’</source>
        <translation>Vorgeschlagenes Ereignis ‚{title}‘ übernehmen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="305"/>
        <source>Select the event to add this passage to first (it matches none).</source>
        <translation>Wählen Sie zuerst das Ereignis, dem die Passage hinzugefügt werden soll (sie passt zu keinem).</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="314"/>
        <source>Not added: {reason}</source>
        <translation>Nicht hinzugefügt: {reason}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="316"/>
        <source>Add Evidence to ‘{title}’</source>
        <translation>Beleg zu ‚{title}‘ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="336"/>
        <source>{count} suggested events left to review in report {id}.</source>
        <translation>{count} vorgeschlagene Ereignisse aus Bericht {id} sind noch zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/suggestions.py" line="340"/>
        <source>Every suggestion of report {id} is reviewed.</source>
        <translation>Alle Vorschläge aus Bericht {id} sind geprüft.</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../viewer/qt/timeline/canvas.py" line="64"/>
        <source>Timeline canvas</source>
        <translation>Zeitleistenfläche</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/timeline/canvas.py" line="241"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/timeline/canvas.py" line="242"/>
        <source>{name} · {count} events, counted; click a bar to zoom in</source>
        <translation>{name} · {count} Ereignisse, gezählt; zum Vergrößern auf einen Balken klicken</translation>
    </message>
</context>
<context>
    <name>TimelinePicture</name>
    <message>
        <location filename="../../viewer/qt/timeline/render.py" line="147"/>
        <source>{count} events drawn</source>
        <translation>{count} Ereignisse gezeichnet</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/timeline/render.py" line="149"/>
        <source>search: {text}</source>
        <translation>Suche: {text}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/timeline/render.py" line="152"/>
        <source>page {number} of {count}</source>
        <translation>Seite {number} von {count}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/timeline/render.py" line="203"/>
        <source>known to the day</source>
        <translation>auf den Tag bekannt</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/timeline/render.py" line="204"/>
        <source>vague: the days it may have been</source>
        <translation>unscharf: die möglichen Tage</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/timeline/render.py" line="205"/>
        <source>planned or expected</source>
        <translation>geplant oder erwartet</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/timeline/render.py" line="207"/>
        <source>unsourced (no report backs it)</source>
        <translation>ohne Beleg (kein Bericht stützt es)</translation>
    </message>
</context>
<context>
    <name>UpdateReportDialog</name>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="207"/>
        <source>kept</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="208"/>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="209"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="210"/>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="215"/>
        <source>Update Report: {title}</source>
        <translation>Bericht aktualisieren: {title}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="218"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="218"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="219"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="219"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="220"/>
        <source>Score</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/editing/dialogs.py" line="242"/>
        <source>{kept} kept, {moved} moved, {changed} changed (tick the proposals that are the same passage), {lost} lost. Quotes lost or not ticked are removed; an event left without any quote is deleted. Undo brings everything back.</source>
        <translation>{kept} unverändert, {moved} verschoben, {changed} geändert (haken Sie die Vorschläge an, die dieselbe Passage sind), {lost} verloren. Verlorene oder nicht angehakte Zitate werden entfernt; ein Ereignis ohne Zitat wird gelöscht. Rückgängig holt alles zurück.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="31"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="31"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="32"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="32"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="33"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="34"/>
        <source>&amp;Group Lanes By</source>
        <translation>Bahnen &amp;gruppieren nach</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="77"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="97"/>
        <source>&amp;Cancel Opening</source>
        <translation>Öffnen &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="103"/>
        <source>Export &amp;Timeline Picture…</source>
        <translation>Zeitleiste als Bi&amp;ld exportieren …</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="109"/>
        <source>Export Deal &amp;Network…</source>
        <translation>Deal-&amp;Netzwerk exportieren …</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="112"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="135"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="137"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="140"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="143"/>
        <source>&amp;Fit All</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="146"/>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf Au&amp;swahl zoomen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="149"/>
        <source>&amp;Compress Empty Stretches</source>
        <translation>Leere Zeiträume &amp;stauchen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="65"/>
        <source>&amp;Actor</source>
        <translation>&amp;Beteiligtem</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="35"/>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="60"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="61"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="62"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="66"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="67"/>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="68"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="69"/>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="74"/>
        <source>&amp;New Timeline…</source>
        <translation>&amp;Neue Zeitleiste…</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="80"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="83"/>
        <source>&amp;Add Report…</source>
        <translation>Bericht &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="86"/>
        <source>&amp;Update Report…</source>
        <translation>Bericht a&amp;ktualisieren…</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="89"/>
        <source>&amp;Remove Report…</source>
        <translation>Bericht &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="92"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="94"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="100"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="106"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="114"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="117"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="120"/>
        <source>New &amp;Event from Selection</source>
        <translation>Neues &amp;Ereignis aus Markierung</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="123"/>
        <source>Add Selection as E&amp;vidence</source>
        <translation>Markierung als &amp;Beleg hinzufügen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="126"/>
        <source>&amp;Delete Event</source>
        <translation>Ereignis &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="129"/>
        <source>Edi&amp;t Event</source>
        <translation>Ereignis &amp;bearbeiten</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="132"/>
        <source>Su&amp;ggest Events in This Report</source>
        <translation>Ereignisse in diesem Bericht &amp;vorschlagen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="153"/>
        <source>Place by &amp;Report Date</source>
        <translation>Nach &amp;Berichtsdatum anordnen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="157"/>
        <source>Deal &amp;Network</source>
        <translation>Deal-&amp;Netzwerk</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="160"/>
        <source>Only &amp;Contested Events</source>
        <translation>Nur &amp;strittige Ereignisse</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="163"/>
        <source>&amp;Next Event</source>
        <translation>&amp;Nächstes Ereignis</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="166"/>
        <source>&amp;Previous Event</source>
        <translation>&amp;Vorheriges Ereignis</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="169"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="172"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="175"/>
        <source>Next in &amp;Story</source>
        <translation>Nächster Schritt der &amp;Geschichte</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="178"/>
        <source>Previous in S&amp;tory</source>
        <translation>Vorheriger Schritt der Ges&amp;chichte</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="181"/>
        <source>Open in &amp;Source</source>
        <translation>In der &amp;Quelle öffnen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="184"/>
        <source>Next &amp;Pane</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="186"/>
        <source>Previous P&amp;ane</source>
        <translation>Vorheriger B&amp;ereich</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="189"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/actions.py" line="192"/>
        <source>&amp;About Timeline Viewer</source>
        <translation>Ü&amp;ber Timeline Viewer</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../viewer/qt/window/dialogs.py" line="18"/>
        <source>Open Timeline</source>
        <translation>Zeitleiste öffnen</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/dialogs.py" line="19"/>
        <source>Timelines (*.json);;All files (*)</source>
        <translation>Zeitleisten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/dialogs.py" line="34"/>
        <source>Could not open timeline</source>
        <translation>Zeitleiste konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/dialogs.py" line="35"/>
        <source>{name} could not be opened. {consequence}</source>
        <translation>{name} konnte nicht geöffnet werden. {consequence}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/dialogs.py" line="38"/>
        <source>1 problem found; it is: {first}</source>
        <translation>1 Problem gefunden: {first}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/dialogs.py" line="39"/>
        <source>{count} problems found; the first: {first}</source>
        <translation>{count} Probleme gefunden; das erste: {first}</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/dialogs.py" line="55"/>
        <source>Export Picture</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/dialogs.py" line="56"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../../viewer/qt/window/dialogs.py" line="57"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
</context>
</TS>
