"""Hostile and unusual articles at 10 KB, 100 KB and 1 MB: time and peak memory per size.

    python bench/stress.py [--quick] [--only NAME[,NAME]] [--timeout 60] [--no-write]

Each input is one pattern repeated (or generated) up to the size, written to a temporary file
and audited by the real CLI in a subprocess (`auditor check FILE --quiet`), one at a time, with a
wall-clock cap (the process is killed past it). Peak memory is the child's maximum resident set
size from ``os.wait4``. ``--quick`` stops at 100 KB, for development. Without ``--no-write`` (and
without ``--quick`` or ``--only``) the table replaces the "stress" section of bench/RESULTS.md.
It measures; it asserts nothing. The same patterns, small, are checked for their findings in
tests/test_stress.py.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _results import ROOT, machine, markdown_table, replace_section, stamp

SIZES = {"10 KB": 10_000, "100 KB": 100_000, "1 MB": 1_000_000}


def repeat(unit: str, size: int) -> str:
    """``unit`` repeated until the text reaches ``size`` characters (cut at a whole unit)."""
    return unit * max(1, size // len(unit))


def numbered(template: str, size: int, per_line: bool = True) -> str:
    """``template`` formatted with 1, 2, 3 ... until ``size`` characters."""
    out: list[str] = []
    total = 0
    n = 0
    while total < size:
        n += 1
        piece = template.format(n=n)
        out.append(piece)
        total += len(piece)
    return "".join(out)


def _parens(size: int) -> str:
    return "See http://a.co/x" + ")" * max(1, size - 17) + "\n"


def _deep_html(size: int) -> str:
    depth = max(1, (size - 60) // 11)
    return "<html><body>" + "<div><span>" * (depth // 2) + "Officials said 7,000 left." + "</body></html>"


def _unclosed_html(size: int) -> str:
    unit = '<p>Experts say <a href="http://a.com/x">the most important <b>claim [1]. <i>'
    return "<html><body>" + repeat(unit, size - 30) + "</body></html>"


def _long_line(size: int) -> str:
    words = "officials said the count rose to 7,000 after analysts suggest a pivotal moment "
    return repeat(words, size).replace("\n", " ")


def _triggers(size: int) -> str:
    unit = (
        "Experts say the most overt sign yet is a pivotal role, intelligence agencies estimating "
        "that thousands of troops died last year [3]. Russia has not officially confirmed it, "
        "though Lavrov publicly acknowledged it. In 2024, 7,000 workers: 5,000 builders and "
        "1,000 deminers. The talks ran from 2025 to 2023. See htp://bad example.com/é and "
        "https://www.theguardian.com/x/y. Russian state media reported it.\n"
    )
    return repeat(unit, size)


def _transcript(size: int) -> str:
    return numbered(
        "SPEAKER {n}: We counted {n},{n:03d} votes, 3{n} in May and {n}4 in June; "
        "{n} percent of 12,{n:03d} people, up {n}% since 20{n:02d}.\n",
        size,
    )


INPUTS: dict[str, tuple[str, Callable[[int], str]]] = {
    # the inputs
    "url-parens": ("one URL followed by closing parentheses", _parens),
    "sum-claims": (
        '"7,000 workers: 5,000 builders and 1,000 deminers. " repeated',
        lambda n: repeat("7,000 workers: 5,000 builders and 1,000 deminers. ", n),
    ),
    "ref-entries": ('"[1] http://a.co/x " repeated', lambda n: repeat("[1] http://a.co/x ", n)),
    "markers": ('"[1]" repeated', lambda n: repeat("[1]", n)),
    "claim-markers": ('"Claim [1]. " repeated', lambda n: repeat("Claim [1]. ", n)),
    "bare-urls": ('"http://a.com/x " repeated', lambda n: repeat("http://a.com/x ", n)),
    "weasels": (
        '"Experts say analysts suggest it is widely believed. " repeated',
        lambda n: repeat("Experts say analysts suggest it is widely believed. ", n),
    ),
    # more of our own
    "long-line": ("one line of prose, no line break", _long_line),
    "deep-html": ("HTML nested <div><span> to the size", _deep_html),
    "unclosed-html": ("HTML with unclosed <p>, <a>, <b>, <i> tags", _unclosed_html),
    "many-links": (
        "Markdown links to distinct pages (50,000 at 1 MB)",
        lambda n: numbered("[story {n}](https://example.com/news/{n}) ", n),
    ),
    "ref-list": (
        "a numbered reference list, cited (10,000+ entries at 1 MB)",
        lambda n: "Claim [1] and [2].\n\nReferences\n" + numbered("[{n}] https://ex{n}.org/a/{n}\n", n),
    ),
    "ref-lines": (
        "a reference list one entry per line, no blank lines (every line its own paragraph)",
        lambda n: "Claim [1] and [2].\nReferences\n" + numbered("[{n}] https://ex{n}.org/a/{n}\n", n),
    ),
    "sources-line": (
        'one "Sources:" line of distinct URLs, each with a title and date (one entry)',
        lambda n: (
            "Officials said 7,000 left [1].\n\nSources: "
            + numbered("Reuters, {n} May 2024, workers sent abroad https://ex{n}.org/2024/05/a-{n}, ", n)
        ),
    ),
    "triggers": ("every rule's trigger words, repeated", _triggers),
    "transcript": ("a numbers-heavy transcript", _transcript),
}

SUFFIX = {"deep-html": ".html", "unclosed-html": ".html"}


def run_one(path: Path, timeout: float) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB, and "ok" / "timeout" / "exit N" for one `auditor check`."""
    cmd = [sys.executable, "-m", "auditor", "check", str(path), "--quiet", "--as-of", "2025-06-30"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    killed = threading.Event()

    def kill() -> None:
        killed.set()
        proc.kill()

    timer = threading.Timer(timeout, kill)
    timer.start()
    try:
        _, status, usage = os.wait4(proc.pid, 0)
    finally:
        timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    peak = usage.ru_maxrss / 1024  # kilobytes on Linux
    if killed.is_set():
        return wall, peak, "timeout"
    if proc.returncode not in (0, 1):
        tail = err.strip().splitlines()[-1:] or [""]
        return wall, peak, f"exit {proc.returncode}: {tail[0][:80]}"
    return wall, peak, "ok"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="10 KB and 100 KB only")
    ap.add_argument("--only", help="comma-separated input names")
    ap.add_argument("--timeout", type=float, default=60.0, help="wall-clock cap per run, seconds")
    ap.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    args = ap.parse_args(argv)
    names = args.only.split(",") if args.only else list(INPUTS)
    sizes = {k: v for k, v in SIZES.items() if not (args.quick and v > 100_000)}
    rows: list[list[str]] = []
    with tempfile.TemporaryDirectory(prefix="auditor-stress-") as tmp:
        for name in names:
            label, make = INPUTS[name]
            cells: list[str] = [name, label]
            walls: dict[str, float] = {}
            for size_label, size in sizes.items():
                path = Path(tmp) / f"{name}-{size}{SUFFIX.get(name, '.txt')}"
                path.write_text(make(size), encoding="utf-8")
                wall, peak, status = run_one(path, args.timeout)
                walls[size_label] = wall
                cell = f"{wall:.2f} s, {peak:.0f} MB" + ("" if status == "ok" else f" ({status})")
                cells.append(cell)
                print(f"{name:14} {size_label:>6}: {cell}", flush=True)
                path.unlink()
            if "1 MB" in walls and walls.get("100 KB"):
                cells.append(f"{walls['1 MB'] / walls['100 KB']:.1f}x")
            rows.append(cells)
    header = ["input", "what", *sizes, *(["1 MB / 100 KB"] if "1 MB" in sizes else [])]
    table = markdown_table(header, rows)
    print(table)
    if not (args.no_write or args.quick or args.only):
        body = (
            "## Stress: hostile and unusual articles\n\n"
            f"Measured {stamp()} on {machine()}. Command: `python bench/stress.py`. Each cell is one "
            "`auditor check FILE --quiet` in a subprocess (interpreter start-up included, about 0.3 s): "
            "wall time and the process's peak RSS.\n\n" + table
        )
        replace_section("stress", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
