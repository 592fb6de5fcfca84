"""Every package auditor imports is declared; packages whose internals it uses are bounded above."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib

from conftest import ROOT, parsed_source

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
# Internals used: a private attribute, a file inside the package, a C entry point (see pyproject.toml).
INTERNALS = {"httpx", "httpcore", "tldextract", "blingfire"}
OPTIONAL = {"dask": "scale", "distributed": "scale"}  # imported only by auditor/scale.py, inside functions


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _imported_top_levels() -> set[str]:
    names: set[str] = set()
    for folder in ("auditor", "rules"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(parsed_source(path)):
                if isinstance(node, ast.Import):
                    names.update(a.name.split(".")[0] for a in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names.add(node.module.split(".")[0])
    return {n for n in names if n not in sys.stdlib_module_names and n not in ("auditor", "auditor_rules")}


def test_every_imported_package_is_declared() -> None:
    declared = {_name(r) for r in PROJECT["dependencies"]}
    extras = {k: {_name(r) for r in v} for k, v in PROJECT["optional-dependencies"].items()}
    owners = importlib.metadata.packages_distributions()
    missing = []
    for module in sorted(_imported_top_levels()):
        dists = {d.lower().replace("_", "-") for d in owners.get(module, [module])}
        if module in OPTIONAL:
            ok = dists & extras[OPTIONAL[module]]
        else:
            ok = dists & declared
        if not ok:
            missing.append(f"{module} ({', '.join(sorted(dists))})")
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"
    assert {"httpcore", "idna"} <= declared


def test_scale_extra_runs_the_cluster_command() -> None:
    assert {"dask", "distributed"} <= {_name(r) for r in PROJECT["optional-dependencies"]["scale"]}


def test_packages_whose_internals_are_used_have_upper_bounds() -> None:
    bounded = {_name(r) for r in PROJECT["dependencies"] if "<" in r}
    assert bounded >= INTERNALS, INTERNALS - bounded
    for r in PROJECT["dependencies"]:
        if _name(r) in INTERNALS:  # the installed version is inside the declared range
            upper = re.search(r"<([\d.]+)", r).group(1)
            have = importlib.metadata.version(_name(r))
            as_tuple = lambda v: tuple(int(x) for x in re.findall(r"\d+", v)[:3])  # noqa: E731
            assert as_tuple(have) < as_tuple(upper), (r, have)
