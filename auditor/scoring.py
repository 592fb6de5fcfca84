"""Scores and grades: a pure, documented function of an article's findings."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from auditor.model import Finding, Severity
from auditor.registry import CATEGORIES, get_rule

# One scale: a category and the whole article lose the same points per finding, so
# "Citations 64" and "overall 64" mean the same thing (issue 17).
OVERALL_PENALTY = {Severity.ERROR: 12, Severity.WARNING: 4, Severity.INFO: 0}
CATEGORY_PENALTY = OVERALL_PENALTY
_LEVELS = tuple(s.value for s in Severity)  # "error", "warning", "info": enum lookups are slow per finding
_CATEGORY_PENALTY_BY_LEVEL = {s.value: p for s, p in CATEGORY_PENALTY.items()}
GRADES = ((90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F"))

_OE, _OW = OVERALL_PENALTY[Severity.ERROR], OVERALL_PENALTY[Severity.WARNING]
METHOD = (
    f"Every score, overall and per category, starts at 100 and loses {_OE} points per error and {_OW} per "
    "warning, down to 0 (info and set-aside findings cost nothing): a category counts its own findings and "
    "the overall score all of them, so thin sourcing (SRC004) and unreliable citations (SRC001) cost what "
    "any finding costs. Grades run A from 90, B from 80, C from 70, D from 60, F below, and an article fails "
    "when its score is under the bar (`--fail-under`, default 70) or it has a finding at or above "
    "`--fail-on` (default: error)."
)


@dataclass(slots=True)
class CategoryScore:
    name: str
    score: int
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class Score:
    score: int
    grade: str
    passed: bool
    categories: list[CategoryScore]
    counts: dict[str, int]
    reasons: list[str]  # why it failed, empty when it passed
    fail_under: int = 70  # the bar it was held to, so a report can say why it passed
    fail_on: str = "error"


def category_of(code: str) -> str:
    r = get_rule(code)
    return r.category if r else "input"


def grade_for(score: int) -> str:
    return next(g for floor, g in GRADES if score >= floor)


def score_findings(findings: list[tuple[Finding, Severity]], fail_under: int = 70, fail_on: str = "error") -> Score:
    """Score counted findings (each with its effective severity)."""
    per_cat: dict[str, dict[str, int]] = {c: {} for c in CATEGORIES}
    totals: Counter[str] = Counter()
    penalty = 0
    for f, sev in findings:
        level = sev.value
        totals[level] += 1
        penalty += OVERALL_PENALTY[sev]
        cat = category_of(f.code)
        if cat in per_cat:
            per_cat[cat][level] = per_cat[cat].get(level, 0) + 1
    categories = []
    for name in CATEGORIES:
        c = per_cat[name]
        lost = sum(_CATEGORY_PENALTY_BY_LEVEL[s] * n for s, n in c.items())
        categories.append(CategoryScore(name, max(0, 100 - lost), {s: c.get(s, 0) for s in _LEVELS}))
    score = max(0, 100 - penalty)
    reasons = []
    if score < fail_under:
        reasons.append(f"score {score} is below the bar of {fail_under}")
    if fail_on != "never":
        bar = Severity(fail_on)
        worst = [s for s in Severity if s.rank >= bar.rank and totals[s.value]]
        if worst:
            parts = [f"{totals[s.value]} {s.value}{'s' if totals[s.value] != 1 else ''}" for s in worst]
            setting = "" if bar is Severity.ERROR else f" (`--fail-on {bar.value}`)"
            reasons.append(" and ".join(parts) + setting)
    return Score(
        score=score,
        grade=grade_for(score),
        passed=not reasons,
        categories=categories,
        counts={s: totals[s] for s in _LEVELS},
        reasons=reasons,
        fail_under=fail_under,
        fail_on=fail_on,
    )
