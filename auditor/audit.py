"""Audit one document: enrichers, then every enabled rule, with crash isolation and a budget.

This is the pure per-article function the runner maps over files (in parallel,
or on another engine): same document, config and pages in, same result out.

Two bounds keep one hostile article from stalling a run (issue 18):

* **time**: each enricher and rule gets ``rule-timeout`` seconds of CPU time on a
  document (default :data:`~auditor.config.DEFAULT_RULE_TIMEOUT`). CPU time, not
  wall time, so that a loaded CI machine does not stop rules that merely waited
  for a core. On the main thread a ``SIGPROF`` interval timer (``ITIMER_PROF``)
  stops it mid-work; elsewhere (Dask worker threads, or when another timer is
  already armed) the thread's CPU time is checked after each finding it yields
  and when it returns. A stopped rule's findings are dropped and the document
  gets an AUD001 finding naming the rule; the run goes on. One call into C (a
  single regular-expression match) is not interrupted: the stop comes when it
  returns.
* **memory**: a rule that grows the process's resident memory by more than
  ``rule-memory`` MB (default :data:`~auditor.config.DEFAULT_RULE_MEMORY`) while it
  runs is stopped the same way; the timer looks every quarter second of CPU, the
  checks every 64 findings.
* **findings**: identical findings (same code, place and message) are kept once,
  and a rule reports at most :data:`MAX_FINDINGS_PER_RULE` per document, the
  first ones in the text, plus one info finding saying how many more there were.
  Findings beyond the cap are counted, not kept, so memory stays bounded.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from auditor.config import Config
from auditor.context import Context
from auditor.model import Document, Finding, Severity, Span
from auditor.registry import all_rules, enrichers, get_rule

MAX_FINDINGS_PER_RULE = 200
"""At most this many findings per rule per document are listed (the first in the text)."""


@dataclass(slots=True)
class RuleFailure:
    """A rule (or enricher) that raised or ran out of time; reported as AUD001, exit code 2."""

    rule: str
    error: str
    stopped: str | None = None  # "timeout" or "memory" when the budget stopped it

    @property
    def timed_out(self) -> bool:
        return self.stopped is not None


@dataclass(slots=True)
class AuditedDocument:
    """A document with its findings, before scoring."""

    doc: Document
    findings: list[Finding]
    failures: list[RuleFailure] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)


class RuleTimeout(BaseException):
    """Raised inside a rule that ran past its budget (``reason``: "timeout" or "memory").

    A BaseException, so that a rule's own ``except Exception`` cannot swallow it.
    """

    def __init__(self, reason: str = "timeout") -> None:
        super().__init__(reason)
        self.reason = reason


_TICK = 0.25  # CPU seconds between the timer's looks at the budget


def _rss_mb() -> float:
    """The process's resident memory now, in MB (Linux ``/proc``; elsewhere its peak so far).

    Read twice per rule per article: through one descriptor kept open (``pread`` regenerates the
    figures), because opening the file each time cost more than most rules."""
    global _STATM
    try:
        if _STATM is None or _STATM[0] != os.getpid():  # a forked worker opens its own
            _STATM = (os.getpid(), os.open("/proc/self/statm", os.O_RDONLY | getattr(os, "O_CLOEXEC", 0)))
        return int(os.pread(_STATM[1], 128, 0).split()[1]) * _PAGE / 1_048_576
    except (OSError, ValueError, IndexError, AttributeError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1_048_576 if sys.platform == "darwin" else 1024)


_STATM: tuple[int, int] | None = None  # (pid, descriptor of /proc/self/statm)

try:
    _PAGE = os.sysconf("SC_PAGE_SIZE")
except (ValueError, OSError, AttributeError):
    _PAGE = 4096


class _Meter:
    """The last reading of the thread's CPU clock and the process's memory, at the end of a rule.

    The end of one rule is the start of the next (a few microseconds of bookkeeping apart), so
    each boundary between a document's rules is read once, not twice: each reading is a system
    call (2-8 microseconds here), and 30 enrichers and rules a document made 120 of them.
    """

    __slots__ = ("reading",)

    def __init__(self) -> None:
        self.reading: tuple[float, float] | None = None  # (CPU seconds, RSS in MB); None: read afresh


class _Budget:
    """The CPU time and memory growth one rule may take on one document, enforced by a timer or by checks."""

    def __init__(self, seconds: float, memory_mb: float = 0, meter: _Meter | None = None) -> None:
        self.seconds = seconds
        self.memory_mb = memory_mb
        start = meter.reading if meter is not None else None
        if start is not None:  # the previous rule's final check, taken just before
            meter.reading = None
            cpu, rss = start
        else:
            cpu = time.thread_time()
            rss = _rss_mb() if memory_mb > 0 else 0.0
        self.deadline = cpu + seconds if seconds > 0 else float("inf")
        self.rss_start = rss if memory_mb > 0 else 0.0
        self.armed = False  # True while the SIGPROF timer may stop the rule
        self._checks = 0
        self._meter = meter

    def _over(self, every: int = 1) -> str | None:
        if time.thread_time() > self.deadline:
            return "timeout"
        if self.memory_mb > 0:
            self._checks += 1
            if self._checks % every == 0 and _rss_mb() - self.rss_start > self.memory_mb:
                return "memory"
        return None

    def check(self, final: bool = False) -> None:
        """The cooperative check: between findings (memory every 64th), and after the rule returns."""
        if final and self._meter is not None:
            self._final()
            return
        reason = self._over(1 if final else 64)
        if reason:
            raise RuleTimeout(reason)

    def _final(self) -> None:
        """:meth:`check` after the rule returns, its readings left for the next rule's start."""
        cpu = time.thread_time()
        if cpu > self.deadline:
            raise RuleTimeout("timeout")
        rss = 0.0
        if self.memory_mb > 0:
            self._checks += 1
            rss = _rss_mb()
            if rss - self.rss_start > self.memory_mb:
                raise RuleTimeout("memory")
        if self._meter is not None:
            self._meter.reading = (cpu, rss)

    def on_alarm(self, signum: int, frame: object) -> None:
        if self.armed and (reason := self._over()):
            self.armed = False
            raise RuleTimeout(reason)


class _Watch:
    """One SIGPROF timer for all the enrichers and rules of a document: each puts its own budget
    here while it runs. Arming and taking down a timer for every rule cost more CPU than half the
    rules themselves; the budgets, and how often they are looked at, are the same."""

    def __init__(self) -> None:
        self.budget: _Budget | None = None
        self.active = False  # True while the timer runs and this is the SIGPROF handler

    def on_alarm(self, signum: int, frame: object) -> None:
        budget = self.budget
        if budget is not None:
            budget.on_alarm(signum, frame)


def _can_use_alarm() -> bool:
    """SIGPROF may be used: POSIX, the main thread, and no other handler or timer in the way."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    try:
        if signal.getitimer(signal.ITIMER_PROF)[0] > 0:
            return False  # someone else's timer (a sampling profiler): do not clobber it
        handler = signal.getsignal(signal.SIGPROF)
    except (ValueError, OSError):
        return False
    # ours, left by a rule stopped while its timer was being taken down, is disarmed and harmless
    return handler in (signal.SIG_DFL, signal.SIG_IGN, None) or isinstance(
        getattr(handler, "__self__", None), _Budget | _Watch
    )


@contextmanager
def _watching(seconds: float, memory_mb: float = 0) -> Iterator[_Watch]:
    """The document's timer: a CPU-time interval timer when allowed (it looks at the running
    rule's budget every quarter second of CPU, or sooner for a shorter budget), else none."""
    watch = _Watch()
    if (seconds <= 0 and memory_mb <= 0) or not _can_use_alarm():
        yield watch
        return
    previous = signal.signal(signal.SIGPROF, watch.on_alarm)
    watch.active = True
    tick = min(_TICK, seconds) if seconds > 0 else _TICK
    signal.setitimer(signal.ITIMER_PROF, tick, tick)
    try:
        yield watch
    finally:
        watch.budget = None  # first: an alarm arriving now is ignored
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
        watch.active = False


@contextmanager
def _timed(seconds: float, memory_mb: float = 0, watch: _Watch | None = None) -> Iterator[_Budget]:
    """A budget for one rule, looked at by the document's timer when there is one (else by its own
    timer when allowed), and by the checks between findings in any case."""
    budget = _Budget(seconds, memory_mb)
    if seconds <= 0 and memory_mb <= 0:
        yield budget
        return
    if watch is not None and watch.active:
        watch.budget = budget
        budget.armed = True
        try:
            yield budget
        finally:
            budget.armed = False
            watch.budget = None
        return
    with _watching(seconds, memory_mb) as own:
        own.budget = budget
        budget.armed = own.active
        try:
            yield budget
        finally:
            budget.armed = False


MAX_TEXT = 4000
"""A finding's message, fix or evidence text longer than this is cut in the middle (a 1 MB "URL")."""


def _bounded(f: Finding) -> Finding:
    """The finding with its texts cut to :data:`MAX_TEXT` characters, so that no finding carries a
    copy of a huge piece of the article (real messages are far shorter: this changes nothing else)."""
    if len(f.message) > MAX_TEXT:
        f.message = _cut(f.message)
    if f.fix is not None and len(f.fix) > MAX_TEXT:
        f.fix = _cut(f.fix)
    for k, v in f.evidence.items():
        if isinstance(v, str) and len(v) > MAX_TEXT:
            f.evidence[k] = _cut(v)
    return f


def _cut(text: str) -> str:
    half = MAX_TEXT // 2
    return f"{text[:half]} … [{len(text) - 2 * half:,} characters] … {text[-half:]}"


def _key(f: Finding) -> tuple[int, int, str, str]:
    return (f.span.start, f.span.end, f.code, f.message)


def collect(
    produced: Iterable[Finding], budget: _Budget | None = None, cap: int = MAX_FINDINGS_PER_RULE
) -> list[Finding]:
    """One rule's findings: duplicates dropped, at most ``cap`` kept (the first in the text) plus a
    summary of the rest. Memory is bounded by ``cap``, not by what the rule produces."""
    seen: set[tuple[int, int, str, int]] = set()
    kept: list[Finding] = []
    total = 0
    dropped_first: Finding | None = None  # the first (in text order) of the findings not kept
    for f in produced:
        if budget is not None:
            budget.check()
        k = (f.span.start, f.span.end, f.code, hash(f.message))
        if k in seen:
            continue
        seen.add(k)
        total += 1
        kept.append(_bounded(f))
        if len(kept) >= 2 * cap:  # keep the buffer small: sort, keep the first cap
            kept.sort(key=_key)
            if dropped_first is None or _key(kept[cap]) < _key(dropped_first):
                dropped_first = kept[cap]
            del kept[cap:]
    if budget is not None:
        budget.check(final=True)
    if total <= cap:
        return kept  # the usual case: the rule's own order, as produced
    kept.sort(key=_key)
    if len(kept) > cap and (dropped_first is None or _key(kept[cap]) < _key(dropped_first)):
        dropped_first = kept[cap]
    del kept[cap:]
    assert dropped_first is not None
    more = total - cap
    kept.append(
        Finding(
            dropped_first.code,
            dropped_first.span,
            f"{more:,} more {dropped_first.code} finding{'s' if more != 1 else ''} in this article "
            f"{'are' if more != 1 else 'is'} not listed: auditor lists at most {cap} per rule per article, "
            "the first in the text. Fix these and run again to see the rest.",
            severity=Severity.INFO,
            evidence={"not_listed": more, "cap": cap},
        )
    )
    return kept


def _run_one(
    fn: Callable[[], Iterable[Finding] | None],
    seconds: float,
    memory_mb: float = 0,
    watch: _Watch | None = None,
    meter: _Meter | None = None,
) -> list[Finding]:
    """Run an enricher or a rule under its budget; raises RuleTimeout when it runs out.

    Under the document's timer (the usual case) the budget is put in place directly, not through
    :func:`_timed`'s context manager, and starts from the ``meter``'s last reading: this is done
    30 times a document.
    """
    if watch is None or not watch.active or (seconds <= 0 and memory_mb <= 0):
        with _timed(seconds, memory_mb, watch) as budget:
            return _produce(fn, budget)
    budget = _Budget(seconds, memory_mb, meter)
    watch.budget = budget
    budget.armed = True
    try:
        return _produce(fn, budget)
    finally:
        budget.armed = False
        watch.budget = None


def _produce(fn: Callable[[], Iterable[Finding] | None], budget: _Budget) -> list[Finding]:
    produced = fn()
    if produced is None:  # an enricher
        budget.check(final=True)
        return []
    return collect(produced, budget)


def _run_all(
    doc: Document,
    ctx: Context,
    config: Config,
    seconds: float,
    memory: float,
    watch: _Watch,
    findings: list[Finding],
    failures: list[RuleFailure],
) -> None:
    """Every enricher, then every enabled rule, each under its budget; findings and failures appended."""
    meter = _Meter()  # reset to None by a budget that takes its reading; a failed rule leaves none
    for _, name, enrich in enrichers():
        try:
            _run_one(lambda enrich=enrich: enrich(doc, ctx), seconds, memory, watch, meter)  # type: ignore[misc]
        except RuleTimeout as stop:
            failures.append(RuleFailure(f"enricher {name}", _stopped(stop, seconds, memory), stop.reason))
        except Exception as exc:  # an enricher's bug must not stop the run
            failures.append(RuleFailure(f"enricher {name}", _describe(exc)))
    for r in all_rules():
        if not config.enabled(r.code) or (r.online and not config.online):
            continue
        try:
            produced = _run_one(lambda r=r: r.check(doc, ctx), seconds, memory, watch, meter)  # type: ignore[misc]
        except RuleTimeout as stop:  # stopped by the budget: a finding says so; the run goes on
            failures.append(RuleFailure(r.code, _stopped(stop, seconds, memory), stop.reason))
            continue
        except Exception as exc:  # a rule's bug becomes a finding; the run goes on
            failures.append(RuleFailure(r.code, _describe(exc)))
            continue
        findings.extend(produced)


def audit_document(
    doc: Document,
    config: Config,
    as_of: dt.date,
    pages: dict[str, Any] | None = None,
) -> AuditedDocument:
    """Run enrichers and enabled rules on one document; never raises for a rule's bug."""
    ctx = Context(config=config, as_of=as_of, pages=pages or {})
    findings: list[Finding] = []
    failures: list[RuleFailure] = []
    if doc.not_audited:
        severity = Severity.WARNING if doc.meta.encoding == "warning" else Severity.ERROR
        findings.append(Finding("AUD002", Span(0, 0), f"Not audited: {doc.not_audited}.", severity=severity))
        return AuditedDocument(doc, findings)
    if doc.meta.encoding_note:
        findings.append(Finding("AUD003", Span(0, 0), f"Encoding: {doc.meta.encoding_note}."))
    if doc.meta.body_note:
        findings.append(Finding("AUD005", Span(0, 0), f"Body not read in full: {doc.meta.body_note}."))
    if doc.meta.front_matter_note:
        why, line = doc.meta.front_matter_note
        message = f"Front matter not read: {why}. The title and date it holds were not used."
        findings.append(Finding("AUD006", Span(0, 0), message, evidence={"line": line}))
    seconds, memory = config.rule_timeout, config.rule_memory
    with _watching(seconds, memory) as watch:
        _run_all(doc, ctx, config, seconds, memory, watch, findings, failures)
    for failure in failures:
        if failure.timed_out:
            message = f"{failure.rule} was stopped: {failure.error}. The article was only partly checked."
        else:
            message = f"Internal error in {failure.rule}: {failure.error}. The article was only partly checked."
        evidence: dict[str, Any] = {"rule": failure.rule}
        if failure.stopped == "timeout":
            evidence.update(reason="timeout", seconds=seconds)
        elif failure.stopped == "memory":
            evidence.update(reason="memory", megabytes=memory)
        findings.append(Finding("AUD001", Span(0, 0), message, evidence=evidence))
    findings = [f for f in findings if _valid(f, doc)]
    findings.sort(key=lambda f: (f.span.start, f.span.end, f.code, f.message))
    return AuditedDocument(doc, findings, failures, ctx.facts)


def _valid(f: Finding, doc: Document) -> bool:
    return 0 <= f.span.start <= f.span.end <= max(len(doc.text), 0) or f.code.startswith("AUD")


def _stopped(stop: RuleTimeout, seconds: float, memory: float) -> str:
    if stop.reason == "memory":
        budget = f"grew the process's memory by more than {memory:g} MB on this article (`rule-memory`)"
    else:
        budget = f"ran past its budget of {seconds:g} s of CPU time on this article (`rule-timeout`)"
    return f"it {budget}; its findings were dropped"


def _describe(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" (at {frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno})" if frames else ""
    return f"{type(exc).__name__}: {exc}{where}"


def severity_of(f: Finding) -> Severity:
    if f.severity is not None:
        return f.severity
    r = get_rule(f.code)
    return r.severity if r else Severity.WARNING
