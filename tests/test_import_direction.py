"""Dependencies point one way: adapters and skills build on the engine (``bot``), the
composition root (``lotse``) builds on everything, and ``bot`` builds on nothing of ours.

Every import statement counts, also those inside functions and ``TYPE_CHECKING`` blocks: a
type-only import still ties the modules together for a reader and for mypy."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("adapters", "bot", "lotse", "skills", "storage")

# package -> the packages of ours it must never import
FORBIDDEN = {
    "adapters": ("lotse", "storage", "skills"),
    "skills": ("lotse", "adapters", "storage"),
    "bot": ("adapters", "skills", "storage", "lotse"),
}


def imported_modules(source: str, module: str, *, is_package: bool) -> Iterator[tuple[str, int]]:
    """``(absolute module name, line)`` of every import in ``source``, the module named
    ``module`` (relative imports resolved)."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = parts[: len(parts) - (node.level - 1)]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            yield name, node.lineno


# The engine's insides, which an adapter reaches only through the host (``bot.host``).
ENGINE_INSIDES = (
    "bot.engine",
    "bot.turn",
    "bot.pipeline",
    "bot.ports",
    "bot.registry",
    "bot.identity",
    "bot.store_cache",
)


def modules() -> Iterator[tuple[str, Path]]:
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            yield ".".join(parts), path


def imports_of(package: str) -> Iterator[tuple[str, str]]:
    """``(where, imported module)`` for every import in ``package``."""
    for module, path in modules():
        if module.split(".")[0] != package:
            continue
        is_package = path.name == "__init__.py"
        name = module.removesuffix(".__init__")
        for imported, line in imported_modules(path.read_text(), name, is_package=is_package):
            yield f"{path.relative_to(ROOT)}:{line}", imported


def within(imported: str, modules: tuple[str, ...]) -> bool:
    return any(imported == module or imported.startswith(module + ".") for module in modules)


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_imports_point_one_way(package: str) -> None:
    found = [
        f"{where} imports {imported}"
        for where, imported in imports_of(package)
        if within(imported, FORBIDDEN[package])
    ]
    assert found == []


def test_adapters_reach_the_engine_through_the_host_only() -> None:
    found = [
        f"{where} imports {imported}"
        for where, imported in imports_of("adapters")
        if within(imported, ENGINE_INSIDES)
    ]
    assert found == []


def test_every_package_is_checked_and_has_modules() -> None:
    found = {module.split(".")[0] for module, _ in modules()}
    assert found == set(PACKAGES)


def test_relative_type_only_and_nested_imports_are_all_seen() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "from . import sibling\n"
        "from ..other import thing\n"
        "if TYPE_CHECKING:\n"
        "    from lotse.app import App\n"
        "def late():\n"
        "    import storage.database\n"
    )
    names = [
        name for name, _ in imported_modules(source, "adapters.teams.turns", is_package=False)
    ]
    assert set(names) == {
        "typing",
        "adapters.teams",
        "adapters.other",
        "lotse.app",
        "storage.database",
    }


def test_adapters_send_ratings_to_the_engine_not_to_the_feedback_port() -> None:
    # A thumb or a reaction is a typed action (bot.evaluation.actions) that the engine
    # records; through the host's feedback port an adapter only reports which message
    # carries which answer.
    found = []
    for module, path in modules():
        if module.split(".")[0] != "adapters":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Attribute) or not isinstance(node.value, ast.Attribute):
                continue
            if node.value.attr == "feedback" and node.attr != "answer_sent":
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} uses feedback.{node.attr}")
    assert found == []
