"""The tree's shape is part of the design (docs/architecture.md): keep it so.

These tests read the source with ``ast`` (nothing is imported), so they are fast
and they see imports inside functions too, which is where circles hide.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

from conftest import parsed_source

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {"auditor": ROOT / "auditor", "auditor_rules": ROOT / "rules"}


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for top, folder in PACKAGES.items():
        for path in sorted(folder.rglob("*.py")):
            parts = list(path.relative_to(folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join([top, *parts])] = path
    return found


MODULES = _modules()


def _resolve(module: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if MODULES[module].name != "__init__.py":
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


@functools.cache  # three tests read every module's imports: one reading a session
def _imports(module: str) -> list[tuple[str, list[str], int]]:
    """(imported module, names imported from it, line) for every import in ``module``."""
    tree = parsed_source(MODULES[module])
    typing_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for inner in ast.walk(node)
    }  # imports for type checkers only: never executed, so never a circle
    out: list[tuple[str, list[str], int]] = []
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            out.extend((a.name, [], node.lineno) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(module, node)
            names = [a.name for a in node.names]
            subs = [f"{target}.{n}" for n in names if f"{target}.{n}" in MODULES]
            out.append((target, [n for n in names if f"{target}.{n}" not in MODULES], node.lineno))
            out.extend((s, [], node.lineno) for s in subs)
    return out


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for m in MODULES:
        for target, _, _ in _imports(m):
            while target and target not in MODULES:
                target = target.rpartition(".")[0]
            if target and target != m and not m.startswith(target + "."):
                graph[m].add(target)  # a package importing its own parent's __init__ is not a circle
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on.add(root)
        while work:
            node, it = work[-1]
            nxt = next(it, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                elif nxt in on:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == node:
                        break
                if len(comp) > 1:
                    out.append(sorted(comp))
    return out


def test_no_import_circles() -> None:
    assert _cycles(_graph()) == []


def test_no_module_imports_another_modules_private_names() -> None:
    offenders = [
        f"{m}:{line} imports {name} from {target}"
        for m in MODULES
        for target, names, line in _imports(m)
        for name in names
        if name.startswith("_") and not name.startswith("__") and target in MODULES and target != m
    ]
    assert offenders == []


def test_cli_only_parses_and_renders_exits() -> None:
    lines = (ROOT / "auditor" / "cli.py").read_text(encoding="utf-8").count("\n")
    assert lines < 200, f"auditor/cli.py has {lines} lines: the work belongs in auditor/pipeline.py"


def test_rules_import_engine_through_public_names_only() -> None:
    for m in MODULES:
        if not m.startswith("auditor_rules"):
            continue
        for target, _, line in _imports(m):
            assert "._" not in target, f"{m}:{line} reaches into private module {target}"


def test_every_rules_module_is_a_family() -> None:
    families = {p.stem for p in (ROOT / "rules").glob("*.py")} - {"__init__"}
    assert families == {"citations", "consistency", "dates", "language", "sources", "online"}


def test_architecture_doc_names_every_module() -> None:
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    missing = [
        str(path.relative_to(ROOT))
        for path in MODULES.values()
        if path.name != "__init__.py" and f"`{path.name}`" not in doc and str(path.relative_to(ROOT)) not in doc
    ]
    assert missing == []
