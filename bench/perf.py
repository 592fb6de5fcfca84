"""How fast is auditor? Throughput, memory and start-up against proselint, write-good and Vale.

Usage: ``python bench/perf.py [--articles 5000] [--seed-copies 4000] [--repeat 3] [--scale-check]``

It builds two corpora in a temporary folder and runs the real command lines in subprocesses,
every rule enabled, offline, scorecards written to a temporary report folder:

* ``articles``: N articles from bench/perf_corpus.py (real sentences, ~5 KB each);
* ``seeds``: the seed articles copied round-robin until there are ``--seed-copies`` files.

On each corpus, one after the other and one process each (issue 15's protocol):

* the floor: ``python -c pass``, and a Python process that reads every file and runs one
  regular-expression pass over it (what any linter must pay at least);
* ``auditor check CORPUS --jobs 1`` and ``--jobs 2``;
* proselint (installed on demand in bench/.work/proselint-venv), write-good (installed on demand
  with npm in bench/.work/write-good) and Vale (only if a ``vale`` binary is on PATH: the PyPI and
  npm packages of Vale download it from GitHub at first run, which an offline machine cannot).

Then a one-article run (``bench/startup.py``'s measure: seeds/002, empty and warm pattern cache) and memory
flatness: peak RSS on N/10 articles against N (``--scale-check``: N against 10 N).

Every figure is printed with the load average (1 minute) taken just before it: the machine may be
shared, and CPU-seconds are then the steadier figures. ``--repeat R`` runs each command R times
back to back and reports the median wall time (and CPU); use ``--repeat 3`` on an idle machine for
the figures of record. Peak RSS is measured two ways: the largest single process (``getrusage``
of the children, exact) and the whole process tree (``/proc`` sampled every 20 ms, so the parent
and its workers add up). Figures go to the ``perf`` section of ``bench/RESULTS.md``. Targets are
printed beside the figures, never asserted.
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
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _results import BENCH, RESULTS, ROOT, machine, markdown_table, replace_section, stamp
from perf_corpus import build_corpus, load_pools
from startup import TXT_ARTICLE, one_article

WORK = BENCH / ".work"
PROSELINT_VENV = WORK / "proselint-venv"
WRITE_GOOD_DIR = WORK / "write-good"
AS_OF = "2026-11-23"

# A wrapper that runs a command and prints the largest RSS (KiB) of any process it waited for.
_RUSAGE = (
    "import resource, subprocess, sys\n"
    "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "r = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(r.ru_maxrss, r.ru_utime + r.ru_stime, file=sys.stderr)\n"
    "sys.exit(rc)\n"
)

# The floor: read every file under the folders given and run one regular-expression pass over it.
_FLOOR = (
    "import os, re, sys\n"
    "word = re.compile(r'\\w+')\n"
    "n = 0\n"
    "for top in sys.argv[1:]:\n"
    "    for root, dirs, files in os.walk(top):\n"
    "        dirs.sort()\n"
    "        for name in sorted(files):\n"
    "            with open(os.path.join(root, name), encoding='utf-8', errors='replace') as fh:\n"
    "                n += sum(1 for _ in word.finditer(fh.read()))\n"
    "print(n)\n"
)


def load_average() -> float | None:
    """The one-minute load average now (None where the platform has none)."""
    try:
        return os.getloadavg()[0]
    except (OSError, AttributeError):
        return None


IDLE: dict[str, float] = {}  # "below" and "timeout" (seconds) when --idle-below is given


def wait_until_idle() -> None:
    """With ``--idle-below X``, wait (at most ``--idle-timeout`` seconds, polling every 5 s) until the
    one-minute load average is under X, so wall-clock figures are taken on an otherwise idle machine."""
    below = IDLE.get("below")
    if below is None:
        return
    deadline = time.monotonic() + IDLE.get("timeout", 600.0)
    while (load := load_average()) is not None and load >= below and time.monotonic() < deadline:
        time.sleep(5)


@dataclass
class Measure:
    """One command, timed ``len(walls)`` times back to back: medians reported."""

    label: str
    articles: int
    megabytes: float
    walls: list[float]
    rc: int
    peak_process_mb: float | None
    peak_tree_mb: float | None
    cpus: list[float] = field(default_factory=list)  # user + system seconds of all its processes
    loads: list[float | None] = field(default_factory=list)  # one-minute load average before each run

    @property
    def wall(self) -> float:
        return statistics.median(self.walls)

    @property
    def cpu(self) -> float | None:
        return statistics.median(self.cpus) if self.cpus else None

    @property
    def load(self) -> float | None:
        known = [x for x in self.loads if x is not None]
        return statistics.median(known) if known else None

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
    seen = 0
    while stack and seen < 10_000:  # bounded: a process tree is small
        seen += 1
        p = stack.pop()
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1]) * page
            with open(f"/proc/{p}/task/{p}/children") as fh:
                stack.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def _run_once(
    cmd: list[str], cwd: Path, env: dict | None, ok_rc: set[int] | None
) -> tuple[float, int, int, float | None, float | None, str]:
    """Run ``cmd`` once: wall, exit code, peak tree RSS (bytes), peak process RSS (MB), CPU seconds, stderr."""
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
    if ok_rc is not None and proc.returncode not in ok_rc:
        detail = "\n".join(lines[-10:])
        raise RuntimeError(f"{cmd[0]}: exit code {proc.returncode}\n{detail}")
    return wall, proc.returncode, peak if can_sample else 0, peak_process, cpu, "\n".join(lines[-3:])


def measure(
    label: str,
    cmd: list[str],
    cwd: Path,
    articles: int,
    megabytes: float,
    env: dict | None = None,
    repeat: int = 1,
    ok_rc: set[int] | None = frozenset({0, 1}),  # type: ignore[assignment]
) -> Measure:
    """Run ``cmd`` ``repeat`` times back to back; wall times, CPU, the largest peaks, the load before each."""
    walls: list[float] = []
    cpus: list[float] = []
    loads: list[float | None] = []
    peak_tree = 0
    peak_proc: float | None = None
    rc = 0
    for _ in range(max(1, repeat)):
        wait_until_idle()
        loads.append(load_average())
        wall, rc, tree, proc_mb, cpu, _ = _run_once(cmd, cwd, env, ok_rc)
        walls.append(wall)
        if cpu is not None:
            cpus.append(cpu)
        peak_tree = max(peak_tree, tree)
        if proc_mb is not None:
            peak_proc = max(peak_proc or 0.0, proc_mb)
    # The sampled tree includes the small wrapper interpreter; take it out.
    tree_mb = (peak_tree - _WRAPPER_RSS) / 1_048_576 if peak_tree else None
    return Measure(label, articles, megabytes, walls, rc, peak_proc, tree_mb, cpus, loads)


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


# ----------------------------------------------------------------------------- the other tools


@dataclass
class Tool:
    """A linter to compare with: how to run it on a list of folders or files."""

    name: str
    version: str
    argv: list[str]  # the command before the paths
    files: bool  # True: give it every file (it does not walk folders); False: the folders
    ok_rc: set[int] | None  # exit codes that mean "ran" (None: any; write-good exits with its count)
    note: str


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


def write_good_script(install: bool = True) -> Path | None:
    """write-good's command-line script, installed on demand with npm into bench/.work/write-good."""
    script = WRITE_GOOD_DIR / "node_modules" / "write-good" / "bin" / "write-good.js"
    if script.exists():
        return script
    if not install or shutil.which("npm") is None or shutil.which("node") is None:
        return None
    print("installing write-good into bench/.work/write-good ...", file=sys.stderr)
    WRITE_GOOD_DIR.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["npm", "install", "--prefix", str(WRITE_GOOD_DIR), "--no-audit", "--no-fund", "--silent", "write-good"],
        check=False,
    )
    return script if script.exists() else None


def write_good_version(script: Path) -> str:
    try:
        meta = json.loads((script.parent.parent / "package.json").read_text(encoding="utf-8"))
        return f"write-good {meta.get('version', '?')} (node {_node_version()})"
    except (OSError, ValueError):
        return "write-good ?"


def _node_version() -> str:
    out = subprocess.run(["node", "--version"], capture_output=True, text=True)
    return out.stdout.strip() or "?"


def vale_tool(tmp: Path) -> Tool | None:
    """Vale, only if a binary is already installed (on PATH): its registry packages fetch it from GitHub."""
    exe = shutil.which("vale")
    if exe is None:
        return None
    config = tmp / "vale.ini"
    config.write_text("MinAlertLevel = suggestion\n\n[*]\nBasedOnStyles = Vale\n", encoding="utf-8")
    out = subprocess.run([exe, "--version"], capture_output=True, text=True)
    version = (out.stdout or out.stderr).strip() or "vale ?"
    return Tool("Vale", version, [exe, f"--config={config}", "--output=line"], False, None, "built-in Vale style")


def other_tools(
    tmp: Path, with_proselint: bool, with_write_good: bool, with_vale: bool
) -> tuple[list[Tool], list[str]]:
    """The comparison tools that could be had, and a note for each that could not."""
    tools: list[Tool] = []
    missing: list[str] = []
    if with_proselint:
        exe = proselint_bin()
        if exe is not None:
            tools.append(
                Tool(
                    "proselint", proselint_version(exe), [str(exe), "check"], False, {0, 1}, "single process, no cache"
                )
            )
        else:
            missing.append("proselint: could not be installed")
    if with_write_good:
        script = write_good_script()
        if script is not None:
            tools.append(
                Tool(
                    "write-good",
                    write_good_version(script),
                    ["node", str(script)],
                    True,
                    None,
                    "every file on one command line",
                )
            )
        else:
            missing.append("write-good: npm or node missing, or the install failed")
    if with_vale:
        vale = vale_tool(tmp)
        if vale is not None:
            tools.append(vale)
        else:
            missing.append(
                "Vale (no `vale` on PATH; its PyPI and npm packages download the binary "
                "from GitHub at first run, which this machine cannot reach)"
            )
    return tools, missing


# ----------------------------------------------------------------------------- corpora


def corpus_files(dirs: list[Path]) -> list[Path]:
    return sorted(p for d in dirs for p in d.iterdir() if p.is_file())


def corpus_size(dirs: list[Path]) -> tuple[int, float]:
    files = corpus_files(dirs)
    return len(files), sum(p.stat().st_size for p in files) / 1e6


def build_seed_copies(folder: Path, n: int, chunk: int = 100, seeds: Path = ROOT / "seeds") -> list[Path]:
    """``n`` files copied round-robin from the seed articles, in sub-folders of ``chunk``."""
    sources = sorted(p for p in seeds.iterdir() if p.is_file() and not p.name.startswith("."))
    if not sources:
        raise RuntimeError(f"no seed articles in {seeds}")
    dirs: list[Path] = []
    for i in range(n):
        if i % chunk == 0:
            d = folder / f"part{i // chunk:04d}"
            d.mkdir(parents=True, exist_ok=True)
            dirs.append(d)
        src = sources[i % len(sources)]
        shutil.copyfile(src, dirs[-1] / f"copy{i:06d}_{src.name}")
    return dirs


def python_pass_times(runs: int) -> list[float]:
    """``python -c pass``: the interpreter's own start-up, the floor of any one-article run."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        times.append(time.perf_counter() - t0)
    return times


@dataclass
class CorpusRun:
    """Every command on one corpus."""

    name: str
    description: str
    articles: int
    megabytes: float
    floor: Measure
    jobs1: Measure
    jobs2: Measure
    others: list[Measure]


@dataclass
class Report:
    corpora: list[CorpusRun]
    small: Measure
    big: Measure
    one_article: list[float]  # wall seconds, empty pattern cache (a CI runner's first run)
    one_article_warm: list[float]  # ... warm pattern cache (a pre-commit hook's)
    one_loads: list[float | None]
    python_pass: list[float]
    tools: list[str]  # "name: version, how it was run"
    missing: list[str]
    scale_check: bool
    rules: str
    corpus_seconds: float
    repeat: int
    load_before: str = "n/a"


def run_corpus(name: str, description: str, dirs: list[Path], tmp: Path, tools: list[Tool], repeat: int) -> CorpusRun:
    """The floor, auditor at --jobs 1 and 2, then every other tool, back to back on ``dirs``."""
    n, mb = corpus_size(dirs)
    reports = tmp / "reports" / name
    # Warm the page cache and the interpreter's bytecode cache before timing.
    subprocess.run(
        auditor_cmd(dirs[:1], reports / "warm", 1), cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    floor = measure(
        "floor: read + one regex pass", [sys.executable, "-c", _FLOOR, *map(str, dirs)], tmp, n, mb, repeat=repeat
    )
    jobs1 = measure("auditor --jobs 1", auditor_cmd(dirs, reports / "j1", 1), tmp, n, mb, repeat=repeat)
    jobs2 = measure("auditor --jobs 2", auditor_cmd(dirs, reports / "j2", 2), tmp, n, mb, repeat=repeat)
    files = [str(p) for p in corpus_files(dirs)]
    env = dict(os.environ, HOME=str(tmp), XDG_CACHE_HOME=str(tmp / "cache"))  # no warm caches
    others = []
    for tool in tools:
        paths = files if tool.files else [str(d) for d in dirs]
        others.append(measure(tool.name, [*tool.argv, *paths], tmp, n, mb, env=env, repeat=repeat, ok_rc=tool.ok_rc))
    return CorpusRun(name, description, n, mb, floor, jobs1, jobs2, others)


def run(
    articles: int,
    scale_check: bool = False,
    with_proselint: bool = True,
    one_runs: int = 7,
    keep: Path | None = None,
    seed_copies: int = 4000,
    with_write_good: bool = True,
    with_vale: bool = True,
    repeat: int = 1,
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
        seed_dirs = build_seed_copies(tmp / "seeds", seed_copies, chunk=chunk) if seed_copies > 0 else []
        corpus_seconds = time.perf_counter() - t0
        main_dirs = dirs[: -(-articles // chunk)]
        small_dirs = dirs[: -(-small_n // chunk)]
        tools, missing = other_tools(tmp, with_proselint, with_write_good, with_vale)
        corpora = [
            run_corpus("articles", "articles from bench/perf_corpus.py", main_dirs, tmp, tools, repeat),
        ]
        if seed_dirs:
            n_seeds = len([p for p in (ROOT / "seeds").iterdir() if p.is_file()])
            corpora.append(run_corpus("seeds", f"copies of the {n_seeds} seed articles", seed_dirs, tmp, tools, repeat))
        jobs1 = corpora[0].jobs1
        reports = tmp / "reports"
        if scale_check:
            small = jobs1
            bn, bmb = corpus_size(dirs)
            big = measure("auditor --jobs 1 (10x)", auditor_cmd(dirs, reports / "big", 1), tmp, bn, bmb)
        else:
            sn, smb = corpus_size(small_dirs)
            small = measure("auditor --jobs 1 (1/10)", auditor_cmd(small_dirs, reports / "small", 1), tmp, sn, smb)
            big = jobs1
        wait_until_idle()
        one_loads = [load_average()]
        one_times = one_article(sys.executable, TXT_ARTICLE, one_runs)  # exactly what bench/startup.py measures
        one_loads.append(load_average())
        pass_times = python_pass_times(one_runs)
        rules = subprocess.run([sys.executable, "-m", "auditor", "rules"], capture_output=True, text=True).stdout
        codes = [ln.split()[0] for ln in rules.splitlines() if ln.strip() and not ln.startswith("AUD")]
        rule_note = f"{len(codes)} rules ({', '.join(codes)})"
        if keep is not None:
            shutil.copytree(tmp / "corpus", keep, dirs_exist_ok=True)
        return Report(
            corpora,
            small,
            big,
            one_times["cold"][0],
            one_times["warm"][0],
            one_loads,
            pass_times,
            [f"{t.name}: {t.version}, {t.note}" for t in tools],
            missing,
            scale_check,
            rule_note,
            corpus_seconds,
            repeat,
            load_before,
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ----------------------------------------------------------------------------- the report


def _mb(v: float | None) -> str:
    return f"{v:.0f} MB" if v is not None else "n/a"


def _load(v: float | None) -> str:
    return f"{v:.2f}" if v is not None else "n/a"


def _ok(good: bool) -> str:
    return "met" if good else "**missed**"


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a and b else None


def _x(v: float | None) -> str:
    return f"{v:.1f}x" if v is not None else "n/a"


def _corpus_table(c: CorpusRun) -> str:
    rows = []
    for m in (c.floor, c.jobs1, c.jobs2, *c.others):
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
                _load(m.load),
            ]
        )
    return markdown_table(
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
            "load average (1 min) before",
        ],
        rows,
    )


def _ratio_rows(c: CorpusRun) -> list[list[str]]:
    rows = [
        [c.name, "auditor --jobs 2 / --jobs 1", _x(_ratio(c.jobs2.per_second, c.jobs1.per_second)), "-"],
        [
            c.name,
            "floor / auditor --jobs 1",
            _x(_ratio(c.floor.per_second, c.jobs1.per_second)),
            _x(_ratio(c.floor.per_cpu_second, c.jobs1.per_cpu_second)),
        ],
    ]
    for m in c.others:
        rows.append(
            [
                c.name,
                f"auditor --jobs 1 / {m.label}",
                _x(_ratio(c.jobs1.per_second, m.per_second)),
                _x(_ratio(c.jobs1.per_cpu_second, m.per_cpu_second)),
            ]
        )
    return rows


def render(r: Report) -> str:
    one = statistics.median(r.one_article)
    one_warm = statistics.median(r.one_article_warm)
    py = statistics.median(r.python_pass)
    growth = None
    if r.small.peak_process_mb and r.big.peak_process_mb:
        growth = (r.big.peak_process_mb - r.small.peak_process_mb) / r.small.peak_process_mb
    targets: list[list[str]] = []
    for c in r.corpora:
        for m in c.others:
            goal = {"proselint": 8.0, "write-good": 3.0}.get(m.label)
            if goal is None:
                continue
            ratio = _ratio(c.jobs1.per_second, m.per_second)
            targets.append(
                [
                    f"auditor --jobs 1 vs {m.label}, {c.name}",
                    f">= {goal:.0f}x",
                    _x(ratio),
                    _ok(ratio >= goal) if ratio else "-",
                ]
            )
    for c in r.corpora:
        speedup = _ratio(c.jobs2.per_second, c.jobs1.per_second)
        targets.append(
            [
                f"--jobs 2 / --jobs 1, {c.name} (load {_load(c.jobs2.load)})",
                ">= 1.8x (machine otherwise idle)",
                _x(speedup),
                _ok(speedup >= 1.8) if speedup else "-",
            ]
        )
    targets.append(
        ["one article, start-up included (median, empty pattern cache)", "< 0.15 s", f"{one:.3f} s", _ok(one < 0.15)]
    )
    targets.append(
        [
            f"peak RSS {r.small.articles:,} -> {r.big.articles:,} articles (largest process)",
            "within 10 %",
            f"{_mb(r.small.peak_process_mb)} -> {_mb(r.big.peak_process_mb)}"
            + (f" ({growth:+.1%})" if growth is not None else ""),
            _ok(growth <= 0.10) if growth is not None else "-",
        ]
    )
    first = r.corpora[0]
    command = f"`python bench/perf.py --articles {first.articles}"
    if len(r.corpora) > 1:
        command += f" --seed-copies {r.corpora[1].articles}"
    if r.repeat > 1:
        command += f" --repeat {r.repeat}"
    if IDLE:
        command += f" --idle-below {IDLE['below']:g}"
    command += " --scale-check`" if r.scale_check else "`"
    lines = [
        "## Performance",
        "",
        f"Measured {stamp()} on {machine()}; load average before the runs {r.load_before}."
        " The load average (1 minute) before each command is in its row: other work on the machine"
        " slows wall-clock figures, CPU-seconds are steadier."
        f" Command: {command}."
        + (f" Each command run {r.repeat} times back to back: median wall and CPU." if r.repeat > 1 else "")
        + (f" Each waited for a load average under {IDLE['below']:g} (at most {IDLE['timeout']:g} s)." if IDLE else ""),
        "",
        f"Rule set: {r.rules}. Every run is the real CLI in a subprocess, one process each unless"
        " `--jobs 2`, offline, auditor writing scorecards to a temporary folder; wall times include"
        f" interpreter start-up. Corpora built in {r.corpus_seconds:.1f} s.",
        "",
    ]
    for c in r.corpora:
        lines += [
            f"**{c.name}**: {c.articles:,} {c.description}, {c.megabytes:.1f} MB"
            f" (mean {c.megabytes * 1000 / max(1, c.articles):.1f} KB).",
            "",
            _corpus_table(c),
            "",
        ]
    lines += [
        markdown_table(
            ["corpus", "ratio", "by wall time", "by CPU-seconds"], [row for c in r.corpora for row in _ratio_rows(c)]
        ),
        "",
        f"One article (`auditor check {TXT_ARTICLE.relative_to(ROOT)} -q`, start-up included, measured as "
        "bench/startup.py does: bytecode cached, the pattern cache in a temporary folder): median "
        f"{one:.3f} s with an empty pattern cache (a CI runner's first run) over {len(r.one_article)} runs "
        f"(min {min(r.one_article):.3f} s, max {max(r.one_article):.3f} s), {one_warm:.3f} s with a warm one "
        f"(a pre-commit hook's); load {' -> '.join(_load(x) for x in r.one_loads)}. Floor: `python -c pass` "
        f"median {py:.3f} s.",
        "",
        "Other tools: " + ("; ".join(r.tools) if r.tools else "none measured in this run") + ".",
    ]
    if r.missing:
        lines += ["", "Not measured: " + "; ".join(r.missing) + "."]
    lines += [
        "",
        "Targets of issue 15 (measured, not asserted):",
        "",
        markdown_table(["target", "goal", "measured", ""], targets),
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        description="Measure auditor's speed and memory against proselint, write-good and Vale."
    )
    p.add_argument("--articles", "-n", type=int, default=5000, help="articles corpus size (default 5000)")
    p.add_argument(
        "--seed-copies", type=int, default=4000, help="size of the seed-copies corpus (default 4000; 0: skip)"
    )
    p.add_argument(
        "--repeat", type=int, default=1, help="runs of each command, median reported (default 1; 3 for the record)"
    )
    p.add_argument(
        "--scale-check",
        action="store_true",
        help="compare peak RSS at N and 10 N articles (default: N/10 and N, which is quicker)",
    )
    p.add_argument("--no-proselint", action="store_true", help="do not measure proselint")
    p.add_argument("--no-write-good", action="store_true", help="do not measure write-good")
    p.add_argument("--no-vale", action="store_true", help="do not look for Vale")
    p.add_argument("--auditor-only", action="store_true", help="measure no other tool")
    p.add_argument(
        "--idle-below",
        type=float,
        metavar="LOAD",
        help="before each command wait until the 1-minute load average is under LOAD (e.g. 0.5): idle-machine figures",
    )
    p.add_argument(
        "--idle-timeout", type=float, default=600, help="longest wait for --idle-below, seconds (default 600)"
    )
    p.add_argument("--one-runs", type=int, default=7, help="runs of the one-article timing (median reported)")
    p.add_argument("--results", type=Path, default=RESULTS, help="the Markdown file to update")
    p.add_argument("--no-write", action="store_true", help="print only; do not update RESULTS.md")
    p.add_argument("--json", type=Path, help="also write the raw figures as JSON here")
    p.add_argument("--keep-corpus", type=Path, help="copy the generated corpus here (for profiling)")
    args = p.parse_args(argv)
    if args.articles < 1:
        p.error("--articles must be positive")
    if args.seed_copies < 0 or args.repeat < 1 or args.one_runs < 1:
        p.error("--seed-copies must be >= 0, --repeat and --one-runs >= 1")
    others = not args.auditor_only
    if args.idle_below is not None:
        IDLE.update(below=args.idle_below, timeout=args.idle_timeout)
    report = run(
        args.articles,
        args.scale_check,
        others and not args.no_proselint,
        args.one_runs,
        args.keep_corpus,
        args.seed_copies,
        others and not args.no_write_good,
        others and not args.no_vale,
        args.repeat,
    )
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
