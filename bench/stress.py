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
    "contradictions": (
        "the same figures and statements contradicted over and over (CON001, CON002 blocks)",
        lambda n: repeat(
            "Russia confirmed the deal on Monday. Russia denied the deal on Monday. North Korea sent "
            "7,000 workers to Russia. North Korea sent 9,000 workers to Russia.\n",
            n,
        ),
    ),
    "triggers": ("every rule's trigger words, repeated", _triggers),
    "transcript": ("a numbers-heavy transcript", _transcript),
}

SUFFIX = {"deep-html": ".html", "unclosed-html": ".html"}


BAR_RATIO, BAR_SECONDS, BAR_MB = 12.0, 15.0, 400.0  # issue 18: 1 MB <= 12x 100 KB, < 15 s, < 400 MB


def run_one(path: Path, timeout: float) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds, peak RSS in MB, and "ok" / "timeout" / "exit N" for one `auditor check`.

    CPU time (user + system, from ``os.wait4``) is the work done; on a shared machine wall time
    also holds the time spent waiting for a core.
    """
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
    cpu = usage.ru_utime + usage.ru_stime
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    peak = usage.ru_maxrss / 1024  # kilobytes on Linux
    if killed.is_set():
        return wall, cpu, peak, "timeout"
    if proc.returncode not in (0, 1):
        tail = err.strip().splitlines()[-1:] or [""]
        return wall, cpu, peak, f"exit {proc.returncode}: {tail[0][:80]}"
    return wall, cpu, peak, "ok"


def verdict(small: tuple[float, float, float, str], big: tuple[float, float, float, str]) -> tuple[str, str]:
    """The 1 MB / 100 KB CPU ratio and whether the 1 MB run meets the bar (CPU time, so a loaded
    machine's waiting does not count as the program's cost)."""
    ratio = big[1] / small[1] if small[1] else float("inf")
    ok = big[3] == "ok" and ratio <= BAR_RATIO and big[1] < BAR_SECONDS and big[2] < BAR_MB
    return f"{ratio:.1f}x", "ok" if ok else "**over**"


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
            runs: dict[str, tuple[float, float, float, str]] = {}
            for size_label, size in sizes.items():
                path = Path(tmp) / f"{name}-{size}{SUFFIX.get(name, '.txt')}"
                path.write_text(make(size), encoding="utf-8")
                runs[size_label] = run = run_one(path, args.timeout)
                wall, cpu, peak, status = run
                cell = f"{wall:.2f} s (cpu {cpu:.2f} s), {peak:.0f} MB" + ("" if status == "ok" else f" ({status})")
                cells.append(cell)
                print(f"{name:14} {size_label:>6}: {cell}", flush=True)
                path.unlink()
            if "1 MB" in runs:
                cells.extend(verdict(runs["100 KB"], runs["1 MB"]))
            rows.append(cells)
    header = ["input", "what", *sizes, *(["1 MB / 100 KB (cpu)", "bar"] if "1 MB" in sizes else [])]
    table = markdown_table(header, rows)
    print(table)
    if not (args.no_write or args.quick or args.only):
        body = (
            "## Stress: hostile and unusual articles\n\n"
            f"Measured {stamp()} on {machine()}. Command: `python bench/stress.py`. Each cell is one "
            "`auditor check FILE --quiet` in a subprocess (interpreter start-up included, about 0.3 s of "
            "CPU): wall time, CPU time (user + system) and the process's peak RSS. The bar (issue 18): the "
            f"1 MB run takes at most {BAR_RATIO:g} times the 100 KB run and under {BAR_SECONDS:g} s, with "
            f"peak memory under {BAR_MB:g} MB; it is judged on CPU time, which a loaded machine does not "
            "inflate.\n\n" + table
        )
        replace_section("stress", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
