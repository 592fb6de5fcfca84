"""Start-up of a one-article run, as a pre-commit hook sees it: wall time and what imports cost.

    python bench/startup.py [--runs 7] [--no-write]

Runs `python -X importtime -m auditor check ARTICLE -q` on a seed without URLs and on one with a
reference list, and reports the median wall time and the cumulative import time of the heaviest
top-level modules. It also checks that no module of the online stack (httpx, httpcore, anyio,
auditor.online) was imported. It measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _results import ROOT, machine, markdown_table, replace_section, stamp

ONLINE = ("httpx", "httpcore", "anyio", "h11", "auditor.online")


def run_once(article: Path) -> tuple[float, dict[str, int], set[str]]:
    """Wall seconds, cumulative µs per top-level import, and every imported module name."""
    start = time.perf_counter()
    res = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "auditor", "check", str(article), "-q"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    wall = time.perf_counter() - start
    top: dict[str, int] = {}
    names: set[str] = set()
    for line in res.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, name = (part.strip() for part in line[len("import time:") :].split("|", 2))
        raw = line.split("|", 2)[2]
        names.add(name)
        if cumulative.isdigit() and len(raw) - len(raw.lstrip()) <= 1:  # a top-level import
            top[name] = int(cumulative)
    return wall, top, names


def measure(article: Path, runs: int) -> tuple[float, dict[str, float], list[str]]:
    walls: list[float] = []
    tops: dict[str, list[int]] = {}
    online: set[str] = set()
    for _ in range(runs):
        wall, top, names = run_once(article)
        walls.append(wall)
        for k, v in top.items():
            tops.setdefault(k, []).append(v)
        online |= {n for n in names if n.startswith(ONLINE)}
    medians = {k: statistics.median(v) / 1000 for k, v in tops.items()}
    return statistics.median(walls), medians, sorted(online)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    cases = [("seed 000 (no URLs)", seeds[0]), ("seed 002 (a reference list of 6 URLs)", seeds[2])]
    rows = []
    heavy: dict[str, list[str]] = {}
    for label, article in cases:
        wall, top, online = measure(article, args.runs)
        rows.append([label, f"{wall * 1000:.0f} ms", ", ".join(online) or "none"])
        for name, ms in sorted(top.items(), key=lambda kv: -kv[1])[:8]:
            heavy.setdefault(name, ["-", "-"])[cases.index((label, article))] = f"{ms:.0f} ms"
    body = "\n".join(
        [
            "## Start-up of a one-article run",
            "",
            f"Measured {stamp()} on {machine()}. Command: `python bench/startup.py` "
            f"(median of {args.runs} runs of `python -X importtime -m auditor check ARTICLE -q`).",
            "",
            markdown_table(["article", "wall time, whole command", "online-stack modules imported"], rows),
            "",
            "Heaviest top-level imports (cumulative, median):",
            "",
            markdown_table(["module", cases[0][0], cases[1][0]], [[k, *v] for k, v in heavy.items()]),
        ]
    )
    print(body)
    if not args.no_write:
        replace_section("startup", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
