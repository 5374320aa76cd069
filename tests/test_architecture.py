"""The layers hold: the contracts in pyproject.toml (run by `lint-imports` in `make test`) cover
every room, and the domain and the command line really run where no GUI library is loaded."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "viewer"


def _contracts() -> list[dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["importlinter"]["contracts"]


def _rooms(side: str) -> set[str]:
    return {f"viewer.{side}.{p.parent.name}" for p in (PACKAGE / side).glob("*/__init__.py")}


def test_every_room_of_the_domain_and_the_qt_side_is_in_a_layers_contract():
    layered = {room.strip() for contract in _contracts() if contract["type"] == "layers"
               for layer in contract["layers"] for room in layer.split("|")}
    for side in ("domain", "qt"):
        missing = _rooms(side) - layered
        assert not missing, f"rooms no layers contract looks at: {sorted(missing)}"


def test_the_domain_is_forbidden_qt_and_the_qt_side_the_app():
    forbidden = {tuple(c["source_modules"]): set(c["forbidden_modules"]) for c in _contracts()
                 if c["type"] == "forbidden"}
    assert {"PySide6", "viewer.qt"} <= forbidden[("viewer.domain",)]
    assert {"viewer.app", "viewer.cli"} <= forbidden[("viewer.qt",)]


def test_importing_every_domain_module_and_the_cli_loads_no_qt():
    modules = sorted(".".join(p.relative_to(ROOT).with_suffix("").parts)
                     for p in (PACKAGE / "domain").rglob("*.py") if p.stem != "__init__")
    assert len(modules) > 30  # found inside the rooms, not only at the top
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules) + "import viewer.cli\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
            "print(bad)\nsys.exit(1 if bad else 0)\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr


def test_no_two_modules_import_each_other_even_for_type_hints():
    import grimp  # comes with import-linter

    graph = grimp.build_graph("viewer")
    cycles = {tuple(sorted((module, imported))) for module in graph.modules
              for imported in graph.find_modules_directly_imported_by(module)
              if graph.chain_exists(importer=imported, imported=module)}
    assert not cycles, f"modules in an import cycle: {sorted(cycles)}"
