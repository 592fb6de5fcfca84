"""Start-up of a one-article run, as a pre-commit hook and a CI runner see it: time, instructions, imports.

    python bench/startup.py [--runs 7] [--against [LABEL=]PYTHON ...] [--no-bytecode] [--no-instructions] [--importtime-runs 3] [--no-write]

Runs ``python -m auditor check ARTICLE -q --as-of 2026-01-01`` (start-up included, one process per
run) on seeds/002 (.txt) and on newspaper4k's cnn_article.html, and reports the median wall time and
the median CPU time (user + system, from ``os.wait4``: waiting for a core on a shared machine does
not inflate it) of this tree with an empty pattern cache (auditor.patterncache: a CI runner's first
run, the figure issue 15's < 0.15 s is read on), with a warm one (a pre-commit hook's), and of every
``--against PYTHON`` (repeatable, ``LABEL=PYTHON`` names the column: another interpreter whose
``-m auditor`` is an older tree, in its own venv), all run alternately so that a change of load hits
each alike, plus ``python -c pass``. Bytecode is cached (as after ``pip install``) in a temporary
``PYTHONPYCACHEPREFIX``, never in the trees (``--no-bytecode``: auditor's modules compiled from
source in every run, PYTHONDONTWRITEBYTECODE=1), and the pattern cache lives in a temporary
``XDG_CACHE_HOME``: "warm" after two warm-up runs, "empty" per run. When valgrind is on PATH, one run
of each is also counted under callgrind (instructions executed: a count the machine's load does not
change at all; ``--no-instructions`` skips it). Three more runs (``--importtime-runs``) under ``-X importtime`` list the
heaviest top-level imports and check that no module of the online or HTML stack was imported for
the .txt article. It prints everything in one report (and writes it to bench/RESULTS.md unless
``--no-write``); it measures, it asserts nothing.
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
TXT_ARTICLE = next((ROOT / "seeds").glob("002_*.txt"))
HTML_ARTICLE = EVAL_DATA / "newspaper4k" / "html" / "cnn_article.html"
HTML = ("lxml", "readability", "bs4", "chardet", "auditor.reading.loaders.html")


def run_env(pycache: Path, xdg: Path, bytecode: bool = True) -> dict[str, str]:
    """The environment of one measured run: bytecode in ``pycache`` (as after pip install), patterns in ``xdg``."""
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


def one_article(python: str, article: Path, runs: int) -> dict[str, tuple[list[float], list[float]]]:
    """Wall and CPU seconds of ``runs`` one-article runs with an empty pattern cache ("cold", as on a CI
    runner) and with a warm one ("warm", as in a pre-commit hook), alternating; bytecode cached.

    bench/perf.py reports this too, so the two scripts measure the same thing.
    """
    scratch = Path(tempfile.mkdtemp(prefix="auditor-one-"))
    times: dict[str, tuple[list[float], list[float]]] = {"cold": ([], []), "warm": ([], [])}
    try:
        pycache, warm = scratch / "pycache", scratch / "warm"
        for _ in range(2):  # bytecode written, then the pattern cache filled
            run_once(python, article, run_env(pycache, warm))
        for i in range(runs):
            for mode in ("cold", "warm"):
                xdg = warm if mode == "warm" else scratch / f"cold-{i}"
                wall, cpu, _ = run_once(python, article, run_env(pycache, xdg))
                times[mode][0].append(wall)
                times[mode][1].append(cpu)
                if mode == "cold":
                    shutil.rmtree(xdg, ignore_errors=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return times


def _fmt(walls: list[float], cpus: list[float]) -> str:
    return f"{statistics.median(walls):.3f} s (cpu {statistics.median(cpus):.3f} s)"


def floor(python: str, runs: int) -> tuple[list[float], list[float]]:
    """``python -c pass``: the interpreter's own start-up, below which no one-article run can go."""
    walls, cpus = [], []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen([python, "-c", "pass"])
        _, _, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - start)
        cpus.append(usage.ru_utime + usage.ru_stime)
    return walls, cpus


def _verdicts(
    cases: list[tuple[str, Path]],
    medians: dict[tuple[str, str], tuple[float, float]],
    counts: dict[tuple[str, str], int],
    pythons: list[tuple[str, str]],
) -> list[str]:
    """Issue 15 (one article under 0.15 s, start-up included) and issue 20 (no slower than LABEL)."""
    out = []
    for label, _ in cases:
        wall, cpu = medians[(label, COLD)]
        verdict = "met" if wall < 0.15 else "**missed**"
        out.append(
            f"- {label}, empty pattern cache: median {wall:.3f} s wall (cpu {cpu:.3f} s): issue 15's < 0.15 s {verdict}."
        )
        for name, _ in pythons[1:]:
            other = f"{name}, empty pattern cache"
            owall, ocpu = medians[(label, other)]
            line = f"- {label}, empty pattern cache, against {name}'s: wall {wall / owall - 1:+.0%}, cpu {cpu / ocpu - 1:+.0%}"
            if (label, COLD) in counts and (label, other) in counts:
                line += f", instructions {counts[(label, COLD)] / counts[(label, other)] - 1:+.0%}"
            out.append(line + ".")
    return out


COLD, WARM = "this tree, empty pattern cache", "this tree, pattern cache warm"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--against", action="append", default=[], help="[LABEL=]PYTHON whose -m auditor is a tree to compare with"
    )
    parser.add_argument("--no-bytecode", action="store_true", help="compile auditor's modules from source in every run")
    parser.add_argument(
        "--no-instructions",
        action="store_true",
        help="skip the instruction counts (valgrind; taken when it is on PATH)",
    )
    parser.add_argument("--instructions", action="store_true", help=argparse.SUPPRESS)  # the default now
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument(
        "--importtime-runs", type=int, default=3, help="runs under -X importtime per article, median (default 3)"
    )
    args = parser.parse_args(argv)
    count = not args.no_instructions and shutil.which("valgrind") is not None
    env = functools.partial(run_env, bytecode=not args.no_bytecode)
    cases = [("seeds/002 (.txt)", TXT_ARTICLE)]
    if HTML_ARTICLE.is_file():
        cases.append(("newspaper4k cnn_article.html", HTML_ARTICLE))
    pythons = [("this tree", sys.executable)]
    for i, spec in enumerate(args.against):
        label, _, python = spec.rpartition("=") if "=" in spec else (f"--against {i + 1}", "", spec)
        pythons.append((label, python))
    # (column, interpreter, pattern cache empty?): every tree with an empty and with a warm cache (a tree
    # from before the cache existed gives the same figure twice)
    plan = [(COLD, sys.executable, True), (WARM, sys.executable, False)]
    for name, python in pythons[1:]:
        plan += [(f"{name}, empty pattern cache", python, True), (f"{name}, warm", python, False)]
    columns = [column for column, _, _ in plan]
    scratch = Path(tempfile.mkdtemp(prefix="auditor-startup-"))
    load_before = os.getloadavg()
    rows = []
    medians: dict[tuple[str, str], tuple[float, float]] = {}
    counts: dict[tuple[str, str], int] = {}
    heavy: dict[str, list[str]] = {}
    leaked: list[str] = []
    try:
        pycache, warm = scratch / "pycache", scratch / "warm"
        for label, article in cases:
            timing: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in columns}
            for _, python in pythons:
                for _ in range(2):  # bytecode written, then the pattern cache filled
                    run_once(python, article, env(pycache, warm))
            for i in range(args.runs):  # alternating, so that a change of load hits every column alike
                for name, python, cold in plan:
                    xdg = scratch / f"cold-{label[:4]}-{i}" if cold else warm
                    wall, cpu, _ = run_once(python, article, env(pycache, xdg))
                    timing[name][0].append(wall)
                    timing[name][1].append(cpu)
                    if cold:
                        shutil.rmtree(xdg, ignore_errors=True)
            for name in columns:
                medians[(label, name)] = (statistics.median(timing[name][0]), statistics.median(timing[name][1]))
            rows.append([label, *(_fmt(*timing[name]) for name in columns)])
            if count:
                for name, python, cold in plan:
                    xdg = scratch / f"cold-{label[:4]}-i" if cold else warm
                    counts[(label, name)] = instructions(python, article, env(pycache, xdg))
                    if cold:
                        shutil.rmtree(xdg, ignore_errors=True)
                rows.append([f"{label}, instructions", *(f"{counts[(label, n)] / 1e6:,.0f} M" for n in columns)])
            per_module: dict[str, list[float]] = {}
            names: set[str] = set()
            for i in range(max(1, args.importtime_runs)):  # one -X importtime run is at the load's mercy: a median
                empty = scratch / f"cold-{label[:4]}-x{i}"
                _, _, err = run_once(sys.executable, article, env(pycache, empty), importtime=True)
                shutil.rmtree(empty, ignore_errors=True)
                top, seen = heaviest(err, n=1000)
                names |= seen
                for name, ms in top:
                    per_module.setdefault(name, []).append(ms)
            by_module = {name: statistics.median(v) for name, v in per_module.items()}
            for name, ms in sorted(by_module.items(), key=lambda kv: -kv[1])[:8]:
                heavy.setdefault(name, ["-"] * len(cases))[cases.index((label, article))] = f"{ms:.0f} ms"
            stacks = ONLINE + (HTML if article.suffix == ".txt" else ())
            leaked += [f"{label}: {n}" for n in sorted(names) if n.startswith(stacks)]
        floor_times = floor(sys.executable, args.runs)
        floor_row = ["`python -c pass` (the floor)", _fmt(*floor_times), *("-" for _ in columns[1:])]
        if count:
            floor_count = sum(
                int(m.replace(",", ""))
                for m in re.findall(
                    r"I\s+refs:\s+([\d,]+)",
                    subprocess.run([*CALLGRIND, sys.executable, "-c", "pass"], capture_output=True, text=True).stderr,
                )
            )
            floor_row[1] += f", {floor_count / 1e6:,.0f} M instructions"
        rows.append(floor_row)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    load_after = os.getloadavg()
    against = "".join(f" --against {name}=PYTHON" for name, _ in pythons[1:])
    options = f"{' --no-bytecode' if args.no_bytecode else ''}{'' if count else ' --no-instructions'}"
    body = "\n".join(
        [
            "## Start-up of a one-article run",
            "",
            f"Measured {stamp()} on {machine()}, load average {load_before[0]:.2f} before and "
            f"{load_after[0]:.2f} after. Command: `python bench/startup.py{against}{options}` (median of {args.runs} "
            "alternating runs of `python -m auditor check ARTICLE -q --as-of 2026-01-01`, one process each, "
            "start-up included; "
            f"{'no bytecode cache (PYTHONDONTWRITEBYTECODE=1)' if args.no_bytecode else 'bytecode cached'}; "
            "wall time, and CPU time in brackets; an empty pattern cache is a CI runner's first run, a warm one a "
            "pre-commit hook's; instructions: callgrind, user space, every process of one run, the same whatever "
            "the load).",
            "",
            markdown_table(["article", *columns], rows),
            "",
            *_verdicts(cases, medians, counts, pythons),
            "",
            "Modules of the online stack (and, for the .txt article, of the HTML stack) imported: "
            + (", ".join(leaked) or "none")
            + ".",
            "",
            "Heaviest top-level imports of this tree, empty pattern cache (`-X importtime`, cumulative, "
            f"median of {max(1, args.importtime_runs)}):",
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
