"""Dependencies point one way: skills reach storage only through the ports bot/ declares."""

from __future__ import annotations

import ast
from pathlib import Path

SKILLS = Path(__file__).resolve().parent.parent / "skills"


def imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_no_skill_module_imports_storage() -> None:
    modules = sorted(SKILLS.rglob("*.py"))
    assert len(modules) > 10  # the scan really sees the skills
    offenders = [
        f"{path.relative_to(SKILLS)}: {name}"
        for path in modules
        for name in sorted(imported_modules(path))
        if name == "storage" or name.startswith("storage.")
    ]
    assert offenders == []


def test_the_scan_finds_a_storage_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("def f():\n    from storage.engine import create_runner\n")
    assert "storage.engine" in imported_modules(module)
