"""Scores and grades: a pure, documented function of an article's findings."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from auditor.model import Finding, Severity
from auditor.registry import CATEGORIES, get_rule

CATEGORY_PENALTY = {Severity.ERROR: 25, Severity.WARNING: 10, Severity.INFO: 0}
OVERALL_PENALTY = {Severity.ERROR: 12, Severity.WARNING: 4, Severity.INFO: 0}
_LEVELS = tuple(s.value for s in Severity)  # "error", "warning", "info": enum lookups are slow per finding
_CATEGORY_PENALTY_BY_LEVEL = {s.value: p for s, p in CATEGORY_PENALTY.items()}
GRADES = ((90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F"))

_CE, _CW = CATEGORY_PENALTY[Severity.ERROR], CATEGORY_PENALTY[Severity.WARNING]
_OE, _OW = OVERALL_PENALTY[Severity.ERROR], OVERALL_PENALTY[Severity.WARNING]
METHOD = (
    f"Each category starts at 100 and loses {_CE} points per error and {_CW} per warning (info costs "
    f"nothing), down to 0. The overall score starts at 100 and loses {_OE} points per error and {_OW} per "
    "warning across all categories (findings about the file itself included), down to 0. Grades: A from "
    "90, B from 80, C from 70, D from 60, F below. An article fails when its score is below the bar "
    "(`--fail-under`, default 70) or when it has a finding at or above `--fail-on` (default: error). "
    "Suppressed and accepted findings do not count."
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
            n = sum(totals[s.value] for s in worst)
            reasons.append(f"{n} finding(s) at or above {bar.value}")
    return Score(
        score=score,
        grade=grade_for(score),
        passed=not reasons,
        categories=categories,
        counts={s: totals[s] for s in _LEVELS},
        reasons=reasons,
    )
