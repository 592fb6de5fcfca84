"""How fast is auditor? Throughput, memory and start-up on a realistic corpus, against proselint.

Usage: ``python bench/perf.py [--articles 5000] [--scale-check] [--no-proselint]``

It builds a corpus (bench/perf_corpus.py: real sentences, ~5 KB articles) in a
temporary folder and runs the real command line in subprocesses, every rule
enabled, offline, scorecards written to a temporary report folder:

* ``auditor check CORPUS --jobs 1`` and ``--jobs 2``: articles/s, MB/s, wall time, peak RSS;
* ``auditor check one-article.txt``: wall time including start-up (median of several runs);
* memory flatness: peak RSS on N/10 articles against N (``--scale-check``: N against 10 N);
* proselint (installed on demand in bench/.work/proselint-venv) on the same files: the ratio.

Peak RSS is measured two ways: the largest single process (``getrusage`` of the
children, exact) and the whole process tree (``/proc`` sampled every 20 ms, so
the parent and its workers add up). Figures go to the ``perf`` section of
``bench/RESULTS.md``. Targets are printed beside the figures, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _results import BENCH, RESULTS, machine, markdown_table, replace_section, stamp
from perf_corpus import build_corpus, load_pools

WORK = BENCH / ".work"
PROSELINT_VENV = WORK / "proselint-venv"
AS_OF = "2026-11-23"

# A wrapper that runs a command and prints the largest RSS (KiB) of any process it waited for.
_RUSAGE = (
    "import resource, subprocess, sys\n"
    "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "r = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(r.ru_maxrss, r.ru_utime + r.ru_stime, file=sys.stderr)\n"
    "sys.exit(rc)\n"
)


@dataclass
class Measure:
    """One timed command."""

    label: str
    articles: int
    megabytes: float
    wall: float
    rc: int
    peak_process_mb: float | None
    peak_tree_mb: float | None
    cpu: float | None = None  # user + system seconds of all its processes

    @property
    def per_cpu_second(self) -> float | None:
        return self.articles / self.cpu if self.cpu else None

    @property
    def per_second(self) -> float:
        return self.articles / self.wall if self.wall else 0.0

    @property
    def mb_per_second(self) -> float:
        return self.megabytes / self.wall if self.wall else 0.0


def _tree_rss(pid: int) -> int:
    """Resident set size (bytes) of ``pid`` and all its descendants, from /proc."""
    total = 0
    stack = [pid]
    page = os.sysconf("SC_PAGE_SIZE")
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1]) * page
            with open(f"/proc/{p}/task/{p}/children") as fh:
                stack.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def measure(label: str, cmd: list[str], cwd: Path, articles: int, megabytes: float, env: dict | None = None) -> Measure:
    """Run ``cmd`` once; wall time, exit code, peak RSS of its largest process and of its tree."""
    full = [sys.executable, "-c", _RUSAGE, *cmd]
    peak = 0
    done = threading.Event()
    start = time.perf_counter()
    proc = subprocess.Popen(full, cwd=cwd, stderr=subprocess.PIPE, env=env, text=True)
    can_sample = Path(f"/proc/{proc.pid}/statm").exists()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.02):
            peak = max(peak, _tree_rss(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    if can_sample:
        sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    if can_sample:
        sampler.join()
    lines = [ln for ln in err.strip().splitlines() if ln.strip()]
    try:
        rss_kib, cpu_text = lines[-1].split()
        peak_process, cpu = int(rss_kib) / 1024, float(cpu_text)  # ru_maxrss is in KiB on Linux
        lines = lines[:-1]
    except (IndexError, ValueError):
        peak_process, cpu = None, None
    if proc.returncode not in (0, 1):
        detail = "\n".join(lines[-10:])
        raise RuntimeError(f"{label}: exit code {proc.returncode}\n{detail}")
    # The sampled tree includes the small wrapper interpreter; take it out.
    tree = (peak - _WRAPPER_RSS) / 1e6 / 1.048576 if can_sample and peak else None
    return Measure(label, articles, megabytes, wall, proc.returncode, peak_process, tree, cpu)


def _wrapper_rss() -> int:
    """RSS (bytes) of an idle wrapper interpreter, subtracted from the sampled tree."""
    proc = subprocess.Popen([sys.executable, "-c", "import resource, subprocess, sys, time; time.sleep(0.3)"])
    time.sleep(0.2)
    try:
        return _tree_rss(proc.pid) if Path(f"/proc/{proc.pid}/statm").exists() else 0
    finally:
        proc.wait()


_WRAPPER_RSS = 0


def auditor_cmd(paths: list[Path], report_dir: Path, jobs: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "auditor",
        "check",
        *map(str, paths),
        "--jobs",
        str(jobs),
        "--quiet",
        "--as-of",
        AS_OF,
        "--report-dir",
        str(report_dir),
    ]


def proselint_bin(install: bool = True) -> Path | None:
    """proselint in the benchmark's own venv, created on demand."""
    exe = PROSELINT_VENV / "bin" / "proselint"
    if exe.exists():
        return exe
    if not install:
        return None
    print("installing proselint into bench/.work/proselint-venv ...", file=sys.stderr)
    WORK.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "venv", str(PROSELINT_VENV)], check=True)
    subprocess.run([str(PROSELINT_VENV / "bin" / "pip"), "install", "-q", "proselint"], check=True)
    return exe if exe.exists() else None


def proselint_version(exe: Path) -> str:
    out = subprocess.run([str(exe), "version"], capture_output=True, text=True)
    return (out.stdout + out.stderr).strip().splitlines()[-1] if (out.stdout + out.stderr).strip() else "?"


def corpus_size(dirs: list[Path]) -> tuple[int, float]:
    files = [p for d in dirs for p in d.iterdir() if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files) / 1e6


def one_article_times(article: Path, cwd: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        rc = subprocess.run(
            [sys.executable, "-m", "auditor", "check", str(article), "--as-of", AS_OF],
            cwd=cwd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        ).returncode
        times.append(time.perf_counter() - t0)
        if rc not in (0, 1):
            raise RuntimeError(f"auditor check {article} exited {rc}")
    return times


def _article_with_sources(folder: Path) -> Path:
    """A plain-text article with a reference list (so start-up includes the URL machinery)."""
    texts = sorted(folder.glob("*.txt")) or sorted(p for p in folder.iterdir() if p.is_file())
    for p in texts:
        if "\nSources:\n" in p.read_text(encoding="utf-8"):
            return p
    return texts[0]


@dataclass
class Report:
    articles: int
    megabytes: float
    jobs1: Measure
    jobs2: Measure
    small: Measure
    big: Measure
    one_article: list[float]
    proselint: Measure | None
    proselint_version: str | None
    scale_check: bool
    rules: str
    corpus_seconds: float
    load_before: str = "n/a"


def run(
    articles: int,
    scale_check: bool = False,
    with_proselint: bool = True,
    one_runs: int = 7,
    keep: Path | None = None,
) -> Report:
    global _WRAPPER_RSS
    _WRAPPER_RSS = _wrapper_rss()
    try:
        load_before = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load_before = "n/a"
    big_n = articles * 10 if scale_check else articles
    small_n = articles if scale_check else max(1, articles // 10)
    chunk = 100 if articles >= 1000 else max(1, articles // 10)
    tmp = Path(tempfile.mkdtemp(prefix="auditor-perf-"))
    try:
        t0 = time.perf_counter()
        pools = load_pools()
        dirs = build_corpus(tmp / "corpus", big_n, chunk=chunk, pools=pools)
        corpus_seconds = time.perf_counter() - t0
        n_dirs = -(-articles // chunk)
        main_dirs = dirs[:n_dirs]
        small_dirs = dirs[: -(-small_n // chunk)]
        n, mb = corpus_size(main_dirs)
        reports = tmp / "reports"
        # Warm the page cache and the interpreter's bytecode cache before timing.
        subprocess.run(
            auditor_cmd(main_dirs[:1], reports / "warm", 1),
            cwd=tmp,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        jobs1 = measure("auditor --jobs 1", auditor_cmd(main_dirs, reports / "j1", 1), tmp, n, mb)
        jobs2 = measure("auditor --jobs 2", auditor_cmd(main_dirs, reports / "j2", 2), tmp, n, mb)
        sn, smb = corpus_size(small_dirs)
        if scale_check:
            small = jobs1
            bn, bmb = corpus_size(dirs)
            big = measure("auditor --jobs 1 (10x)", auditor_cmd(dirs, reports / "big", 1), tmp, bn, bmb)
        else:
            small = measure("auditor --jobs 1 (1/10)", auditor_cmd(small_dirs, reports / "small", 1), tmp, sn, smb)
            big = jobs1
        one = _article_with_sources(main_dirs[0])
        one_times = one_article_times(one, tmp, one_runs)
        prose = None
        version = None
        if with_proselint:
            exe = proselint_bin()
            if exe is not None:
                version = proselint_version(exe)
                env = dict(os.environ, HOME=str(tmp), XDG_CACHE_HOME=str(tmp / "cache"))  # no warm cache
                prose = measure("proselint", [str(exe), "check", *map(str, main_dirs)], tmp, n, mb, env=env)
        rules = subprocess.run([sys.executable, "-m", "auditor", "rules"], capture_output=True, text=True).stdout
        codes = [ln.split()[0] for ln in rules.splitlines() if ln.strip() and not ln.startswith("AUD")]
        rule_note = f"{len(codes)} rules ({', '.join(codes)})"
        if keep is not None:
            shutil.copytree(tmp / "corpus", keep, dirs_exist_ok=True)
        return Report(
            n,
            mb,
            jobs1,
            jobs2,
            small,
            big,
            one_times,
            prose,
            version,
            scale_check,
            rule_note,
            corpus_seconds,
            load_before,
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _mb(v: float | None) -> str:
    return f"{v:.0f} MB" if v is not None else "n/a"


def _ok(good: bool) -> str:
    return "met" if good else "**missed**"


def render(r: Report) -> str:
    one = statistics.median(r.one_article)
    rows = []
    for m in (r.jobs1, r.jobs2, *((r.proselint,) if r.proselint else ())):
        rows.append(
            [
                m.label,
                f"{m.articles:,}",
                f"{m.wall:.2f} s",
                f"{m.per_second:,.0f}",
                f"{m.mb_per_second:.2f}",
                f"{m.cpu:.1f} s" if m.cpu is not None else "n/a",
                f"{m.per_cpu_second:,.0f}" if m.per_cpu_second else "n/a",
                _mb(m.peak_process_mb),
                _mb(m.peak_tree_mb),
            ]
        )
    table = markdown_table(
        [
            "run",
            "articles",
            "wall",
            "articles/s",
            "MB/s",
            "CPU (all processes)",
            "articles per CPU-second",
            "peak RSS (largest process)",
            "peak RSS (process tree)",
        ],
        rows,
    )
    growth = None
    if r.small.peak_process_mb and r.big.peak_process_mb:
        growth = (r.big.peak_process_mb - r.small.peak_process_mb) / r.small.peak_process_mb
    ratio = r.jobs1.per_second / r.proselint.per_second if r.proselint else None
    cpu_ratio = None
    if r.proselint and r.jobs1.per_cpu_second and r.proselint.per_cpu_second:
        cpu_ratio = r.jobs1.per_cpu_second / r.proselint.per_cpu_second
    targets = [
        [
            "throughput vs proselint (--jobs 1, one process each)",
            ">= 5x",
            (f"{ratio:.1f}x" + (f" (per CPU-second: {cpu_ratio:.1f}x)" if cpu_ratio else ""))
            if ratio
            else "not measured",
            _ok(ratio >= 5) if ratio else "-",
        ],
        ["articles/s with --jobs 2", ">= 500", f"{r.jobs2.per_second:,.0f}", _ok(r.jobs2.per_second >= 500)],
        ["one article, start-up included (median)", "< 0.3 s", f"{one:.3f} s", _ok(one < 0.3)],
        [
            f"peak RSS {r.small.articles:,} -> {r.big.articles:,} articles (largest process)",
            "within 10 %",
            f"{_mb(r.small.peak_process_mb)} -> {_mb(r.big.peak_process_mb)}"
            + (f" ({growth:+.1%})" if growth is not None else ""),
            _ok(growth <= 0.10) if growth is not None else "-",
        ],
    ]
    lines = [
        "## Performance",
        "",
        f"Measured {stamp()} on {machine()}; load average before the runs {r.load_before}"
        " (other work on the machine slows wall-clock figures; CPU-seconds are steadier)."
        f" Command: `python bench/perf.py --articles {r.articles}" + (" --scale-check" if r.scale_check else "") + "`.",
        "",
        f"Corpus: {r.articles:,} articles, {r.megabytes:.1f} MB (mean {r.megabytes * 1000 / max(1, r.articles):.1f} KB), "
        f"built in {r.corpus_seconds:.1f} s from real sentences (bench/perf_corpus.py). Rule set: {r.rules}. "
        "Every run is the real CLI in a subprocess, offline, writing scorecards to a temporary folder; "
        "wall times include interpreter start-up.",
        "",
        table,
        "",
        f"One article (`auditor check one-article.txt`, start-up included): median {one:.3f} s over "
        f"{len(r.one_article)} runs (min {min(r.one_article):.3f} s, max {max(r.one_article):.3f} s).",
        "",
        f"proselint: {r.proselint_version}, run as `proselint check FOLDERS` (single process, no cache)."
        if r.proselint
        else "proselint: not measured in this run.",
        "",
        "Targets (measured, not asserted):",
        "",
        markdown_table(["target", "goal", "measured", ""], targets),
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Measure auditor's speed and memory against proselint.")
    p.add_argument("--articles", "-n", type=int, default=5000, help="corpus size (default 5000)")
    p.add_argument(
        "--scale-check",
        action="store_true",
        help="compare peak RSS at N and 10 N articles (default: N/10 and N, which is quicker)",
    )
    p.add_argument("--no-proselint", action="store_true", help="do not measure proselint")
    p.add_argument("--one-runs", type=int, default=7, help="runs of the one-article timing (median reported)")
    p.add_argument("--results", type=Path, default=RESULTS, help="the Markdown file to update")
    p.add_argument("--no-write", action="store_true", help="print only; do not update RESULTS.md")
    p.add_argument("--json", type=Path, help="also write the raw figures as JSON here")
    p.add_argument("--keep-corpus", type=Path, help="copy the generated corpus here (for profiling)")
    args = p.parse_args(argv)
    if args.articles < 1:
        p.error("--articles must be positive")
    report = run(args.articles, args.scale_check, not args.no_proselint, args.one_runs, args.keep_corpus)
    text = render(report)
    print(text, end="")
    if args.json:
        raw = asdict(report)
        args.json.write_text(json.dumps(raw, indent=2, default=str), encoding="utf-8")
    if not args.no_write:
        replace_section("perf", text, args.results)
        print(f"written to {args.results}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
