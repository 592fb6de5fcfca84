"""CON002's substring tests before its expressions (issue 15): each must hold wherever its expression matches,
so that the cheap test only spares the expression where it could not match, and findings never change."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditor.language import instances, nonecount, polarity, statements

ROOT = Path(__file__).resolve().parent.parent
PHRASES = [
    "The company has not commented on the report.",
    "Officials declined to say how many people were hurt.",
    "The ministry gave no details of the plan.",
    "Police did not respond to requests for comment about the arrests.",
    "The firm said it had not lent out customer funds.",
    "Harlow insisted that none of the drivers had been dismissed.",
    "He refused to discuss the sale.",
    "The president was unable to comment.",
    "She denied that she had taken the money.",
    "The board rejected claims that it had misled investors.",
    "Not all of the new stops will open on time, and every applicant has been paid.",
    "Each of the 12 councillors voted against it; all of the stations have reopened.",
    "The report has not been published and the licence was never signed.",
    "They said they would not raise fares; the union pledged not to strike.",
    "The airline promised that all passengers would be rebooked.",
    "Nobody was hurt, no one died and not a single person was evacuated.",
]


def _sentences() -> list[str]:
    out = list(PHRASES)
    for folder in ("dev", "fresh3", "fresh4"):
        for path in sorted((ROOT / "bench" / "corpus" / folder).glob("*-*")):
            text = path.read_text(encoding="utf-8", errors="replace")
            out += [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]
    return out


SENTENCES = _sentences()


def test_sentences_read() -> None:
    assert len(SENTENCES) > 1000


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (statements._OPEN_RE, lambda s: statements._may_open(s.lower())),
        (
            statements._SAID_NOT_RE,
            lambda s: any(w in s.lower() for w in ("said", "says", "insist", "maintain", "stated")),
        ),
        (polarity._REFUSAL_RE, lambda s: polarity._may_refuse(s.lower())),
        (polarity._UNIVERSAL_RE, lambda s: any(w in s.lower() for w in ("every", "each", "all"))),
        (nonecount._NONE_SPAN, lambda s: "No" in s or "no" in s),
    ],
)
def test_substring_test_holds_where_the_expression_matches(pattern: re.Pattern[str], needs) -> None:
    missed = [s for s in SENTENCES if pattern.search(s) and not needs(s)]
    assert not missed


def test_negation_needs_its_words() -> None:
    for s in SENTENCES:
        words = re.findall(r"\S+", s)
        for k in range(len(words)):
            if instances._NEGATION.search(" ".join(words[:k]) + " "):
                assert instances._may_negate(s)
                break


def test_assert_words_as_a_trie_match_as_the_alternation() -> None:
    old = re.compile(r"\b(?P<verb>" + statements._ASSERT + r")\b(?=(?P<rest>[^;!?]*))", re.I)
    for s in SENTENCES:
        a = [m.group(0, "verb", "rest") for m in old.finditer(s)]
        assert a == [m.group(0, "verb", "rest") for m in statements._ASSERT_RE.finditer(s)]
