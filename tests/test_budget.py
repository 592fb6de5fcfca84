"""The per-document budget and the findings cap (issue 18): no rule can hang a run or flood it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import AS_OF, audit_text, codes

from auditor import registry
from auditor.audit import MAX_FINDINGS_PER_RULE, MAX_TEXT, audit_document, collect
from auditor.config import DEFAULT_RULE_MEMORY, DEFAULT_RULE_TIMEOUT, Config, ConfigError, build_config
from auditor.model import Finding, Span
from auditor.reading.loaders import load_text
from auditor.registry import RuleDocs

TEXT = "Experts say the port was busy. Officials counted 7,000 workers.\n"


@pytest.fixture
def test_rule() -> Iterator[object]:
    """Register a throw-away rule TST9xx for one test, and take it out again."""
    registry.load_builtin_rules()
    added: list[str] = []

    def add(code: str, fn: object) -> None:
        registry.rule(code, f"test-{code.lower()}", "language", "warning", "test", RuleDocs("w", "y", "f", "o"))(fn)  # type: ignore[arg-type]
        added.append(code)

    yield add
    for code in added:
        registry._RULES.pop(code, None)


def _spin(seconds: float) -> None:
    """Burn CPU time (the budget counts CPU, not waiting)."""
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def _config(timeout: float, *select: str) -> Config:
    cfg = Config(rule_timeout=timeout)
    cfg.select = list(select)
    return cfg


def test_waiting_is_not_spending(test_rule) -> None:
    def waits(doc, ctx):
        time.sleep(0.3)  # a loaded machine's wait for a core costs no CPU time either
        yield Finding("TST907", Span(0, 3), "kept")

    test_rule("TST907", waits)
    result = audit_text(TEXT, config=_config(0.1, "TST907"))
    assert [f.code for f in result.findings] == ["TST907"]


def test_a_rule_stuck_in_a_loop_is_stopped_and_the_others_still_run(test_rule) -> None:
    def stuck(doc, ctx):
        while True:  # never yields, never returns
            pass

    test_rule("TST901", stuck)
    start = time.perf_counter()
    result = audit_text(TEXT, config=_config(0.3, "TST901", "LNG002"), allow_crash=True)
    assert time.perf_counter() - start < 5
    [aud] = codes(result, "AUD001")
    assert "TST901 was stopped" in aud.message and "0.3 s" in aud.message and "rule-timeout" in aud.message
    assert aud.evidence == {"rule": "TST901", "reason": "timeout", "seconds": 0.3}
    assert result.failures[0].timed_out
    assert len(codes(result, "LNG002")) == 1  # the rule after it ran


def test_a_rule_that_swallows_every_exception_is_still_stopped(test_rule) -> None:
    def sly(doc, ctx):
        while True:
            try:
                _spin(0.01)
            except Exception:  # the point: a rule that swallows every exception
                continue
            yield Finding("TST902", Span(0, 3), "again")

    test_rule("TST902", sly)
    result = audit_text(TEXT, config=_config(0.2, "TST902"), allow_crash=True)
    assert [f.code for f in result.findings] == ["AUD001"]


def test_off_the_main_thread_the_budget_is_checked_between_findings_and_after_the_rule(test_rule) -> None:
    def chatty(doc, ctx):
        while True:
            _spin(0.01)
            yield Finding("TST903", Span(0, 3), "again")

    def slow(doc, ctx):
        _spin(0.4)
        return [Finding("TST904", Span(0, 3), "late")]

    test_rule("TST903", chatty)
    test_rule("TST904", slow)
    doc = load_text(TEXT, "article.txt")
    out: list[object] = []
    worker = threading.Thread(target=lambda: out.append(audit_document(doc, _config(0.15, "TST903", "TST904"), AS_OF)))
    worker.start()
    worker.join(10)
    assert not worker.is_alive() and out
    audited = out[0]
    assert sorted(f.evidence["rule"] for f in audited.findings if f.code == "AUD001") == ["TST903", "TST904"]
    assert not [f for f in audited.findings if f.code.startswith("TST")]  # a stopped rule's findings are dropped


def test_a_fast_rule_is_untouched_and_the_timer_is_taken_down(test_rule) -> None:
    import signal

    test_rule("TST905", lambda doc, ctx: [Finding("TST905", Span(0, 7), "fine")])
    result = audit_text(TEXT, config=_config(5, "TST905"))
    assert [f.code for f in result.findings] == ["TST905"]
    assert signal.getitimer(signal.ITIMER_PROF)[0] == 0
    assert signal.getsignal(signal.SIGPROF) in (signal.SIG_DFL, signal.SIG_IGN, None)


def test_a_rule_that_eats_memory_is_stopped(test_rule) -> None:
    def greedy(doc, ctx):
        hoard = []
        while True:  # 10 MB more per round, touched so that it is resident
            hoard.append(b"x" * 10_000_000)
            _spin(0.02)

    def greedy_yielding(doc, ctx):
        hoard = []
        while True:
            hoard.append(b"x" * 1_000_000)
            yield Finding("TST909", Span(0, 3), f"{len(hoard)}")

    test_rule("TST908", greedy)
    test_rule("TST909", greedy_yielding)
    cfg = _config(30, "TST908")
    cfg.rule_memory = 60
    result = audit_text(TEXT, config=cfg, allow_crash=True)
    [aud] = codes(result, "AUD001")
    assert "TST908 was stopped" in aud.message and "more than 60 MB" in aud.message and "rule-memory" in aud.message
    assert aud.evidence == {"rule": "TST908", "reason": "memory", "megabytes": 60}
    # off the main thread: the check between findings (every 64th) stops it too
    doc = load_text(TEXT, "article.txt")
    cfg = _config(30, "TST909")
    cfg.rule_memory = 60
    out: list[object] = []
    worker = threading.Thread(target=lambda: out.append(audit_document(doc, cfg, AS_OF)))
    worker.start()
    worker.join(60)
    assert not worker.is_alive() and out
    assert [f.evidence.get("reason") for f in out[0].findings] == ["memory"]


def test_zero_turns_the_budget_off(test_rule) -> None:
    def slow(doc, ctx):
        _spin(0.2)
        yield Finding("TST906", Span(0, 3), "late but kept")

    test_rule("TST906", slow)
    result = audit_text(TEXT, config=_config(0, "TST906"))
    assert [f.code for f in result.findings] == ["TST906"]


def test_rule_timeout_in_the_configuration() -> None:
    assert Config().rule_timeout == DEFAULT_RULE_TIMEOUT == 10.0
    assert build_config({"rule-timeout": 2.5}).rule_timeout == 2.5
    assert build_config({"rule_timeout": 3}).rule_timeout == 3.0
    with pytest.raises(ConfigError, match="rule-timeout must be a number"):
        build_config({"rule-timeout": "10s"})
    with pytest.raises(ConfigError, match="rule-timeout must be a number of seconds"):
        build_config({"rule-timeout": -1})
    with pytest.raises(ConfigError, match="did you mean `rule-timeout`"):
        build_config({"rule-timout": 5})
    assert Config().rule_memory == DEFAULT_RULE_MEMORY == 1024
    assert build_config({"rule-memory": 256}).rule_memory == 256
    with pytest.raises(ConfigError, match="rule-memory must be a whole number"):
        build_config({"rule-memory": "1GB"})


def test_a_stopped_rule_in_a_real_run_exits_2_and_every_article_is_reported(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for i in range(3):
        (articles / f"a{i}.txt").write_text(TEXT, encoding="utf-8")
    # the configuration's budget is overridden by the command line's
    (tmp_path / "pyproject.toml").write_text("[tool.auditor]\nrule-timeout = 50\n", encoding="utf-8")
    script = tmp_path / "slow.py"
    script.write_text(
        "import sys, time\n"
        "from auditor.registry import rule, RuleDocs, load_builtin_rules\n"
        "load_builtin_rules()\n"
        "@rule('LNG099', 'test-slow', 'language', 'warning', 'slow', RuleDocs('w', 'y', 'f', 'o'))\n"
        "def slow(doc, ctx):\n"
        "    while True:\n"
        "        pass\n"
        "from auditor.cli import main\n"
        f"sys.exit(main(['check', {str(articles)!r}, '--format', 'json', '--as-of', '2025-06-30', '--rule-timeout', '0.3']))\n",
        encoding="utf-8",
    )
    start = time.perf_counter()
    res = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, timeout=60, env=os.environ
    )
    assert time.perf_counter() - start < 30
    assert res.returncode == 2, res.stderr
    docs = json.loads(res.stdout)["documents"]
    assert len(docs) == 3
    for d in docs:
        [aud] = [f for f in d["findings"] if f["code"] == "AUD001"]
        assert "LNG099 was stopped" in aud["message"] and "0.3 s" in aud["message"]
        assert any(f["code"] == "LNG002" for f in d["findings"])  # the other rules ran


# --- the findings cap -----------------------------------------------------------------------


def _f(i: int, message: str = "m") -> Finding:
    return Finding("TST910", Span(i, i + 1), message)


def test_duplicates_are_kept_once_in_the_rules_order() -> None:
    found = collect([_f(5), _f(1), _f(5), _f(1, "other"), _f(1)])
    assert [(f.span.start, f.message) for f in found] == [(5, "m"), (1, "m"), (1, "other")]


def test_at_most_the_cap_is_kept_the_first_in_the_text_plus_a_summary() -> None:
    n = 5 * MAX_FINDINGS_PER_RULE + 7
    found = collect(_f(i) for i in reversed(range(n)))  # produced last-first, many buffer trims
    listed, summary = found[:-1], found[-1]
    assert [f.span.start for f in listed] == list(range(MAX_FINDINGS_PER_RULE))
    assert summary.code == "TST910" and summary.severity is not None and summary.severity.value == "info"
    assert summary.span == Span(MAX_FINDINGS_PER_RULE, MAX_FINDINGS_PER_RULE + 1)  # the first one not listed
    assert summary.evidence == {"not_listed": n - MAX_FINDINGS_PER_RULE, "cap": MAX_FINDINGS_PER_RULE}
    assert f"{n - MAX_FINDINGS_PER_RULE:,} more TST910 findings" in summary.message


def test_exactly_the_cap_needs_no_summary() -> None:
    assert len(collect(_f(i) for i in range(MAX_FINDINGS_PER_RULE))) == MAX_FINDINGS_PER_RULE


def test_a_flood_of_dangling_markers_is_capped_with_the_right_count() -> None:
    result = audit_text("[1]" * 1000, select=["CIT003"])
    found = codes(result, "CIT003")
    assert len(found) == MAX_FINDINGS_PER_RULE + 1
    assert [f.span.start for f in found[:MAX_FINDINGS_PER_RULE]] == [3 * i for i in range(MAX_FINDINGS_PER_RULE)]
    assert found[-1].evidence["not_listed"] == 1000 - MAX_FINDINGS_PER_RULE


def test_a_finding_never_carries_a_huge_copy_of_the_article():
    text = "See htp://example.com/story-" + "x" * 200_000 + ".html for details.\n"
    result = audit_text(text, select=["CIT001"])
    found = codes(result, "CIT001")
    assert found and all(len(f.message) <= MAX_TEXT + 40 and len(f.fix or "") <= MAX_TEXT + 40 for f in found)
    assert all(len(v) <= MAX_TEXT + 40 for f in found for v in f.evidence.values() if isinstance(v, str))
    assert any("characters] …" in f.message + (f.fix or "") for f in found)
    assert result.doc.citations[0].url.endswith(".html")  # the citation itself is whole
