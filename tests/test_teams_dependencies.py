"""Every third-party package the Teams adapter imports is declared in pyproject.toml (a
package only present as someone else's requirement can vanish with their next release)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import distribution, packages_distributions
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIRST_PARTY = {"adapters", "bot", "lotse", "skills", "storage"}


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> set[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    return {
        _normalise(re.split(r"[\[=<>~! ]", dep, maxsplit=1)[0]) for dep in project["dependencies"]
    }


def _imports(folder: Path) -> set[str]:
    found: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module)
    ours = FIRST_PARTY | set(sys.stdlib_module_names) | {"__future__"}
    return {name for name in found if name.split(".")[0] not in ours}


def _providers(module: str) -> set[str]:
    """The distributions that ship ``module`` (namespace packages: the one with its files)."""
    candidates = packages_distributions().get(module.split(".")[0], [])
    if len(candidates) <= 1:
        return {_normalise(c) for c in candidates}
    path = module.replace(".", "/")
    return {
        _normalise(name)
        for name in candidates
        if any(str(f).startswith(path + "/") for f in distribution(name).files or ())
    }


def test_every_package_the_teams_adapter_imports_is_declared() -> None:
    declared = _declared()
    imported = _imports(REPO / "adapters" / "teams")
    assert "msrest.universal_http.requests" in imported
    undeclared = {m: sorted(_providers(m)) for m in imported if not _providers(m) & declared}
    assert undeclared == {}
