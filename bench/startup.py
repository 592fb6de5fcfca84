"""Start-up of a one-article run, as a pre-commit hook sees it: time per run and what imports cost.

    python bench/startup.py [--runs 7] [--against [LABEL=]PYTHON ...] [--no-bytecode] [--instructions] [--no-write]

Runs ``python -m auditor check ARTICLE -q --as-of 2026-01-01`` (start-up included, one process per
run) on seeds/002 (.txt) and on newspaper4k's cnn_article.html, and reports the median wall time and
the median CPU time (user + system, from ``os.wait4``: waiting for a core on a shared machine does
not inflate it). ``--against PYTHON`` (repeatable, ``LABEL=PYTHON`` names the column) is another
interpreter whose ``-m auditor`` is an older tree (its own venv): all are run alternately, so a
change of load hits each alike. Bytecode is
cached (as after ``pip install``) in a temporary ``PYTHONPYCACHEPREFIX``, never in the trees
(``--no-bytecode``: auditor's modules compiled from source in every run, PYTHONDONTWRITEBYTECODE=1), and
the pattern cache (auditor.patterncache) lives in a temporary ``XDG_CACHE_HOME``: "warm" after two
warm-up runs, "cold" with an empty one per run. Three more runs under ``-X importtime`` list the
heaviest top-level imports and check that no module of the online or HTML stack was imported for
the .txt article. ``--instructions`` adds one run of each under valgrind's callgrind and reports the
instructions executed: a count that the machine's load does not change at all. It measures; it
asserts nothing.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _results import EVAL_DATA, ROOT, machine, markdown_table, replace_section, stamp

ONLINE = ("httpx", "httpcore", "anyio", "h11", "auditor.online")
HTML = ("lxml", "readability", "bs4", "chardet", "auditor.reading.loaders.html")


def _env(pycache: Path, xdg: Path, bytecode: bool = True) -> dict[str, str]:
    drop = ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX", "AUDITOR_PATTERN_CACHE")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env["XDG_CACHE_HOME"] = str(xdg)
    if bytecode:
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    else:  # the standard library's own bytecode is still read; the trees' modules are compiled each time
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_once(
    python: str, article: Path, env: dict[str, str], importtime: bool = False, prefix: tuple[str, ...] = ()
) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (user + system) and stderr of one run.

    It runs in the scratch folder (``env["XDG_CACHE_HOME"]``'s parent): from a tree's root,
    ``-m auditor`` would import that tree's package whatever the interpreter.
    """
    cmd = [*prefix, python, *(["-X", "importtime"] if importtime else []), "-m", "auditor", "check", str(article)]
    cmd += ["-q", "--as-of", "2026-01-01"]
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        cwd=Path(env["XDG_CACHE_HOME"]).parent,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    with proc.stderr:
        err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, so that Popen does not wait again
    if proc.returncode not in (0, 1):  # 1: the article fails its audit
        raise SystemExit(f"{python} failed on {article}:\n{err[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, err


CALLGRIND = ("valgrind", "--tool=callgrind", "--trace-children=yes", "--callgrind-out-file=/dev/null")


def instructions(python: str, article: Path, env: dict[str, str]) -> int:
    """Instructions one run executes (every process of it: an interpreter may be a wrapper script)."""
    _, _, err = run_once(python, article, env, prefix=CALLGRIND)
    return sum(int(m.replace(",", "")) for m in re.findall(r"I\s+refs:\s+([\d,]+)", err))


def heaviest(stderr: str, n: int = 8) -> tuple[list[tuple[str, float]], set[str]]:
    """The ``n`` heaviest top-level imports (cumulative ms) and every module name imported."""
    top: dict[str, float] = {}
    names: set[str] = set()
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, raw = line[len("import time:") :].split("|", 2)
        name = raw.strip()
        names.add(name)
        if cumulative.strip().isdigit() and len(raw) - len(raw.lstrip()) <= 1:
            top[name] = int(cumulative) / 1000
    return sorted(top.items(), key=lambda kv: -kv[1])[:n], names


def _fmt(walls: list[float], cpus: list[float]) -> str:
    return f"{statistics.median(walls):.3f} s (cpu {statistics.median(cpus):.3f} s)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--against", action="append", default=[], help="[LABEL=]PYTHON whose -m auditor is a tree to compare with"
    )
    parser.add_argument("--no-bytecode", action="store_true", help="compile auditor's modules from source in every run")
    parser.add_argument("--instructions", action="store_true", help="also count instructions under valgrind")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    env = functools.partial(_env, bytecode=not args.no_bytecode)
    cases = [("seeds/002 (.txt)", next((ROOT / "seeds").glob("002_*.txt")))]
    html = EVAL_DATA / "newspaper4k" / "html" / "cnn_article.html"
    if html.is_file():
        cases.append(("newspaper4k cnn_article.html", html))
    pythons = [("this tree", sys.executable)]
    for i, spec in enumerate(args.against):
        label, _, python = spec.rpartition("=") if "=" in spec else (f"--against {i + 1}", "", spec)
        pythons.append((label, python))
    scratch = Path(tempfile.mkdtemp(prefix="auditor-startup-"))
    load_before = os.getloadavg()
    rows = []
    heavy: dict[str, list[str]] = {}
    leaked: list[str] = []
    try:
        pycache, warm = scratch / "pycache", scratch / "warm"
        for label, article in cases:
            timing: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name, _ in pythons}
            cold: tuple[list[float], list[float]] = ([], [])
            for _, python in pythons:
                for _ in range(2):  # bytecode written, then the pattern cache filled
                    run_once(python, article, env(pycache, warm))
            for i in range(args.runs):
                for name, python in pythons:
                    wall, cpu, _ = run_once(python, article, env(pycache, warm))
                    timing[name][0].append(wall)
                    timing[name][1].append(cpu)
                empty = scratch / f"cold-{label[:4]}-{i}"
                wall, cpu, _ = run_once(sys.executable, article, env(pycache, empty))
                cold[0].append(wall)
                cold[1].append(cpu)
                shutil.rmtree(empty, ignore_errors=True)
            row = [label, *(_fmt(*timing[name]) for name, _ in pythons), _fmt(*cold)]
            rows.append(row)
            if args.instructions:
                counts = [instructions(python, article, env(pycache, warm)) for _, python in pythons]
                empty = scratch / f"cold-{label[:4]}-i"
                counts.append(instructions(sys.executable, article, env(pycache, empty)))
                shutil.rmtree(empty, ignore_errors=True)
                rows.append([f"{label}, instructions", *(f"{n / 1e6:,.0f} M" for n in counts)])
            per_module: dict[str, list[float]] = {}
            names: set[str] = set()
            for _ in range(3):  # one -X importtime run is at the mercy of the load: the median of three
                _, _, err = run_once(sys.executable, article, env(pycache, warm), importtime=True)
                top, seen = heaviest(err, n=1000)
                names |= seen
                for name, ms in top:
                    per_module.setdefault(name, []).append(ms)
            medians = {name: statistics.median(v) for name, v in per_module.items()}
            for name, ms in sorted(medians.items(), key=lambda kv: -kv[1])[:8]:
                heavy.setdefault(name, ["-"] * len(cases))[cases.index((label, article))] = f"{ms:.0f} ms"
            stacks = ONLINE + (HTML if article.suffix == ".txt" else ())
            leaked += [f"{label}: {n}" for n in sorted(names) if n.startswith(stacks)]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    load_after = os.getloadavg()
    header = ["article", "this tree (pattern cache warm)", *(name for name, _ in pythons[1:])]
    header.append("this tree, empty pattern cache")
    body = "\n".join(
        [
            "## Start-up of a one-article run",
            "",
            f"Measured {stamp()} on {machine()}, load average {load_before[0]:.2f} before and "
            f"{load_after[0]:.2f} after. Command: `python bench/startup.py"
            f"{''.join(f' --against {name}=PYTHON' for name, _ in pythons[1:])}"
            f"{' --no-bytecode' if args.no_bytecode else ''}{' --instructions' if args.instructions else ''}` (median of {args.runs} alternating runs of "
            "`python -m auditor check ARTICLE -q --as-of 2026-01-01`, one process each, start-up included; "
            f"{'no bytecode cache (PYTHONDONTWRITEBYTECODE=1)' if args.no_bytecode else 'bytecode cached'}; "
            "wall time, and CPU time in brackets).",
            "",
            markdown_table(header, rows),
            "",
            "Modules of the online stack (and, for the .txt article, of the HTML stack) imported: "
            + (", ".join(leaked) or "none")
            + ".",
            "",
            "Heaviest top-level imports of this tree, warm pattern cache (`-X importtime`, cumulative, median of 3):",
            "",
            markdown_table(["module", *(label for label, _ in cases)], [[k, *v] for k, v in heavy.items()]),
        ]
    )
    print(body)
    if not args.no_write:
        replace_section("startup", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
