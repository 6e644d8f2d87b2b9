"""No import cycles in the engine: between its parts (``bot.builtins`` may use
``bot.turn`` but not ``bot.pipeline``, which runs the built-ins) nor between its modules.

Read from the source with ``ast``: module-level imports count (those under
``if TYPE_CHECKING:`` and inside functions do not run at import time)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "bot"


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in (ROOT / PACKAGE).rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _imported(body: list[ast.stmt], package: str) -> Iterator[str]:
    for node in body:
        if isinstance(node, ast.If):
            if not (isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"):
                yield from _imported(node.body, package)
                yield from _imported(node.orelse, package)
        elif isinstance(node, ast.Try):
            yield from _imported(node.body, package)
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def import_graph() -> dict[str, set[str]]:
    """Module -> the engine modules its import runs (an imported module's packages too,
    except the importer's own, which are always initialised first)."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        own = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)}
        edges: set[str] = set()
        for target in _imported(ast.parse(path.read_text()).body, package):
            parts = target.split(".")
            for size in range(1, len(parts) + 1):
                candidate = ".".join(parts[:size])
                if candidate in modules and candidate != name and candidate not in own:
                    edges.add(candidate)
        graph[name] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _part(module: str) -> str:
    return ".".join(module.split(".")[:2])


def test_the_engine_s_modules_import_each_other_without_cycles() -> None:
    assert cycles(import_graph()) == []


def test_the_engine_s_parts_depend_on_each_other_one_way() -> None:
    parts: dict[str, set[str]] = {}
    for module, targets in import_graph().items():
        for target in targets:
            if _part(module) != _part(target):
                parts.setdefault(_part(module), set()).add(_part(target))
    assert cycles(parts) == []


def test_the_check_sees_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
