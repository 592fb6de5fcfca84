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


@pytest.mark.parametrize(
    "text",
    [
        "Commentators across the region have long described the port as a white elephant.",  # locale, perfect
        "A few shopkeepers quietly blame the new parking charges for the slump.",  # quantifier, adverb
        "Nurses largely agree that the rota cannot last another winter.",  # adverb before a plain verb
        "Several diplomats in Geneva privately concede the talks have stalled.",  # a place after a quantifier
        "Regulars in the bar insist the beer was better before the takeover.",  # locale, then the verb
        "Fans were quick to criticise the new kit.",  # "quick to" and a verb of opinion
        "Some observers view the merger as a rescue in disguise.",  # "view ... as"
        "Everybody knows the old bridge cannot take buses.",  # everyone holds it
        "It is generally accepted that the old mill was built in 1820.",  # nobody holds it
        "Two of the staff are said to have left after the inquiry.",  # "are said to have"
        "The ruling is viewed in legal circles as a turning point.",  # a vague circle
        "Many studies suggest that the drug is safe.",  # unnamed research, by its shape
    ],
)
def test_vague_holders_by_the_shape_of_the_clause_are_flagged(text: str) -> None:
    assert codes(audit_text(text, select=["LNG002"]), "LNG002"), text


@pytest.mark.parametrize(
    "text",
    [
        "Residents said the water was brown on Tuesday.",  # one event, a bare group in the past
        "Two engineers at the water authority have long argued that the dam leaks.",  # described
        "Analysts at Barclays broadly agree that rates will fall.",  # named
        "Officials in Brussels have long insisted on the rule.",  # a place that names a body
        "Volunteers quickly cleared the beach.",  # what people did, no view
        "Parents were quick to collect their children.",  # quick to act, no view
        "Everyone knows him as Jim.",  # acquaintance
        "Contributors have already submitted 40 patches.",  # work done
        "Some tests fail on Windows.",  # a test result, not research holding a view
        "Many users reported crashes after the update, according to the bug tracker.",  # sourced
    ],
)
def test_vague_holders_by_shape_leave_alone(text: str) -> None:
    assert not codes(audit_text(text, select=["LNG002"]), "LNG002"), text


def test_a_group_just_introduced_is_not_a_vague_holder() -> None:
    text = (
        "Shopkeepers on Elm Street met the council on Monday to discuss the parking charges.\n\n"
        "Shopkeepers quietly blame the charges for the slump."
    )
    assert not codes(audit_text(text, select=["LNG002"]), "LNG002")
