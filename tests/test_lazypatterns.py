"""Module-level patterns compiled on first use behave as the Pattern ``re.compile`` builds, and all compile."""

from __future__ import annotations

import ast
import copy
import importlib
import os
import pickle
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

from conftest import parsed_source

import auditor
import auditor_rules
from auditor import lazypatterns
from auditor.lazypatterns import LazyPattern

ROOT = Path(__file__).resolve().parent.parent


def _all_modules() -> list[str]:
    names = []
    for package in (auditor, auditor_rules):
        for info in pkgutil.walk_packages(package.__path__, prefix=package.__name__ + "."):
            if not info.name.endswith("__main__"):
                names.append(info.name)
    return sorted(names)


def test_every_module_level_pattern_of_the_tree_compiles_to_what_re_compile_builds() -> None:
    """A malformed pattern fails here, not in a user's run that happens to reach it."""
    assert lazypatterns.enable()
    seen = 0
    for name in _all_modules():
        module = importlib.import_module(name)
        for lazy in lazypatterns.lazy_patterns(vars(module)):
            assert lazy.compiled() == re.compile(lazy.pattern, lazy._flags), (name, lazy.pattern)
            seen += 1
    assert seen > 200  # the analyses' patterns are lazy (about 300 at the time of writing)


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    text = "In 2024-03 and 2019-11-02, ACCORDING TO the agency"
    lazy = LazyPattern(r"(?P<year>(?:1[89]|20)\d\d)-(?P<m>\d\d)(?:-(?P<d>\d\d))?", 0)
    plain = re.compile(lazy.pattern)
    assert "_compiled" not in vars(lazy)  # nothing compiled yet
    assert lazy.pattern == plain.pattern
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.search(text).groupdict() == plain.search(text).groupdict()  # type: ignore[union-attr]
    assert lazy.sub("Y", text) == plain.sub("Y", text)
    assert (lazy.flags, lazy.groups, dict(lazy.groupindex)) == (plain.flags, plain.groups, dict(plain.groupindex))
    assert lazy.compiled() == plain
    assert pickle.loads(pickle.dumps(lazy)) == plain
    assert copy.deepcopy(lazy) == plain
    assert re.compile(lazy) is lazy  # as re.compile(Pattern) returns the Pattern
    folded = LazyPattern(r"according\s+to", re.I)
    assert folded.search(text) is not None and folded.flags & re.I


def test_only_module_level_patterns_of_auditor_are_lazy() -> None:
    assert lazypatterns.enable()

    def inside_a_function() -> object:
        return re.compile(r"a+b")

    assert type(inside_a_function()) is re.Pattern
    namespace: dict[str, object] = {"__name__": "somebody_else"}
    exec("import re\nP = re.compile(r'a+b')\n", namespace)
    assert type(namespace["P"]) is re.Pattern
    namespace = {"__name__": "auditor.language.example"}
    exec("import re\nP = re.compile(r'a+b')\n", namespace)
    assert type(namespace["P"]) is LazyPattern


def test_a_check_imports_with_lazy_patterns_and_reports_the_same(tmp_path: Path) -> None:
    """The CLI in a fresh interpreter: its module-level patterns are lazy, most never compiled."""
    code = (
        "import re, sys\nfrom auditor.cli import main\nfrom auditor import lazypatterns\n"
        "main(['check', sys.argv[1], '-q', '--as-of', '2026-01-01', '--no-step-summary'])\n"
        "mods = [m for n, m in sorted(sys.modules.items()) if n.startswith(('auditor', 'auditor_rules'))]\n"
        "lazy = [p for m in mods for p in lazypatterns.lazy_patterns(vars(m))]\n"
        "print(len(lazy), sum('_compiled' in vars(p) for p in lazy))\n"
    )
    article = next((ROOT / "seeds").glob("002_*.txt"))
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    out = subprocess.run(
        [sys.executable, "-c", code, str(article)], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    total, compiled = map(int, out.stdout.splitlines()[-1].split())
    assert total > 200 and 0 < compiled < total


def _module_level_patterns(tree: ast.Module) -> set[str]:
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            func = node.value.func
            if isinstance(func, ast.Attribute) and func.attr == "compile":
                names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


def test_no_module_compares_a_match_s_pattern_by_identity() -> None:
    """``m.re is _PATTERN`` is never true of a lazy pattern: compare ``.pattern`` instead."""
    offenders = []
    for path in sorted([*ROOT.glob("auditor/**/*.py"), *ROOT.glob("rules/**/*.py")]):
        tree = parsed_source(path)
        patterns = _module_level_patterns(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Compare) and any(isinstance(op, ast.Is | ast.IsNot) for op in node.ops):
                sides = [node.left, *node.comparators]
                if any(isinstance(s, ast.Attribute) and s.attr == "re" for s in sides) or any(
                    isinstance(s, ast.Name) and s.id in patterns for s in sides
                ):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
