"""LNG002 flags who holds a view, not words that only look alike (phrases seen on real blogs)."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


@pytest.mark.parametrize(
    "text",
    [
        "Putting some thought into the process can help.",
        "Our status page has some notes about our next steps.",
        "We build web pages that will be viewed by many different users across the world.",
        "Security is also often considered at the beginning of the project.",
        "The results of this process are reported to the states.",
    ],
)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert not codes(audit_text(text, select=["LNG002"]), "LNG002")


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Some say the bridge will fail.", 1),
        ("The plan, some say, will fail.", 1),
        ("But many believe it is too late.", 1),
        ("The policy is viewed by many as a failure.", 1),
        ("The minister is reported to have resigned.", 1),
        ("He is often considered the best player of his generation.", 1),
        ("Critics argue that many say it is doomed.", 2),
    ],
)
def test_weasels_are_still_flagged(text: str, n: int) -> None:
    assert len(codes(audit_text(text, select=["LNG002"]), "LNG002")) == n


def test_a_quantifier_opening_the_sentence_is_a_subject() -> None:
    text = "Many people think about refactoring as a bonus step."
    assert codes(audit_text(text, select=["LNG002"]), "LNG002")


@pytest.mark.parametrize(
    "text",
    [
        "Some notes: the call starts at noon and runs for an hour.",
        "Q: What is an example of a research question that the package can answer?",
        "Many claims in the filing were later withdrawn.",
        "Some shows were cancelled because of the storm.",
    ],
)
def test_a_group_word_before_a_noun_that_does_not_agree_is_a_noun_phrase(text: str) -> None:
    assert not codes(audit_text(text, select=["LNG002"]), "LNG002")


@pytest.mark.parametrize(
    "text",
    [
        "Some note that the bridge was never inspected.",
        "Research suggests the bridge was never inspected.",
        "Others have long noted that the bridge was never inspected.",
        "Critics claimed the bridge was never inspected.",
        "Studies show the bridge was never inspected.",
    ],
)
def test_a_group_and_a_verb_that_agree_are_still_flagged(text: str) -> None:
    assert codes(audit_text(text, select=["LNG002"]), "LNG002")
