"""bench/perf.py builds a realistic corpus, runs the real CLI and writes its RESULTS.md section."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _load(name: str):
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[f"bench_{name}"] = module
    spec.loader.exec_module(module)
    return module


def test_corpus_is_real_text_with_citations(tmp_path: Path) -> None:
    corpus = _load("perf_corpus")
    dirs = corpus.build_corpus(tmp_path / "c", 60, chunk=20)
    files = sorted(p for d in dirs for p in d.iterdir())
    assert len(dirs) == 3 and len(files) == 60
    texts = [p.read_text(encoding="utf-8") for p in files]
    assert all(3000 < len(t.encode()) < 9000 for t in texts)
    assert not any("lorem" in t.lower() for t in texts)
    assert sum("http" in t for t in texts) >= 15  # reference lists and inline links
    assert {p.suffix for p in files} >= {".txt", ".md"}
    again = corpus.build_corpus(tmp_path / "d", 60, chunk=20)  # deterministic
    assert [p.read_text() for d in again for p in sorted(d.iterdir())] == texts


def test_article_renders_in_each_format() -> None:
    corpus = _load("perf_corpus")
    pools = corpus.load_pools()
    rng = random.Random(1)
    article = corpus.make_article(pools, rng)
    article.references = ["https://example.com/a", "https://example.org/b"]
    assert "\nSources:\n[1] https://example.com/a\n[2] https://example.org/b" in corpus.render(article, "txt", rng)
    assert "date: " in corpus.render(article, "md", rng)
    assert '<a href="https://example.org/b">' in corpus.render(article, "html", rng)


def test_perf_runs_on_a_tiny_corpus(tmp_path: Path) -> None:
    perf = _load("perf")
    results = tmp_path / "RESULTS.md"
    results.write_text("# R\n\n<!-- eval:start -->\neval table\n<!-- eval:end -->\n")
    # Four articles in four folders, two seed copies: every command and table of a full run, at the
    # least cost (each auditor run is mostly its start-up; 20 and 8 cost 2 s more of CPU).
    argv = ["--articles", "4", "--seed-copies", "2", "--auditor-only", "--one-runs", "1", "--results", str(results)]
    assert perf.main(argv) == 0  # offline: no other tool is installed or run
    text = results.read_text()
    assert "eval table" in text
    assert "| auditor --jobs 1 | 4 |" in text and "| auditor --jobs 2 | 4 |" in text
    assert "| auditor --jobs 1 | 2 |" in text  # the seed copies
    assert "| floor: read + one regex pass | 4 |" in text
    assert (
        "One article (`auditor check seeds/002_" in text
        and "empty pattern cache" in text
        and "`python -c pass`" in text
    )
    assert "Other tools: none measured in this run." in text


def test_seed_copies_cycle_through_the_seeds(tmp_path: Path) -> None:
    perf = _load("perf")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("a.txt", "b.md"):
        (seeds / name).write_text(f"article {name}\n", encoding="utf-8")
    dirs = perf.build_seed_copies(tmp_path / "out", 5, chunk=2, seeds=seeds)
    files = [p for d in dirs for p in sorted(d.iterdir())]
    assert len(dirs) == 3 and len(files) == 5
    assert [p.read_text() for p in files] == [f"article {n}\n" for n in ("a.txt", "b.md", "a.txt", "b.md", "a.txt")]
    assert files[1].suffix == ".md"  # the extension is kept, so the loader is the seed's


def test_waiting_for_an_idle_machine_polls_the_load_and_gives_up_at_the_timeout(monkeypatch) -> None:
    perf = _load("perf")
    loads = iter([3.0, 2.0, 0.2, 9.9])
    slept: list[float] = []
    monkeypatch.setattr(perf, "load_average", lambda: next(loads))
    monkeypatch.setattr(perf.time, "sleep", slept.append)
    monkeypatch.setattr(perf, "IDLE", {"below": 0.5, "timeout": 600.0})
    perf.wait_until_idle()
    assert slept == [5, 5]  # two looks above 0.5, the third under it
    monkeypatch.setattr(perf, "load_average", lambda: 9.9)
    monkeypatch.setattr(perf, "IDLE", {"below": 0.5, "timeout": 0.0})
    perf.wait_until_idle()  # never idle: returns at the timeout
    assert slept == [5, 5]
    monkeypatch.setattr(perf, "IDLE", {})
    perf.wait_until_idle()  # not asked for: no look at all
