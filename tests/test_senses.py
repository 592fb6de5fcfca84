"""auditor.language.senses: derivation by morphology and a small table of kinds, for CON002's paraphrases.

The sentences are written for these tests, in other words than the corpora."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes

from auditor.language.senses import root, same_act, same_kind


@pytest.mark.parametrize(
    ("noun", "verb"),
    [
        ("suspension", "suspended"),
        ("delivery", "delivered"),
        ("closure", "closes"),
        ("death", "died"),
        ("decision", "decided"),
        ("cancellation", "cancelled"),
        ("arrival", "arriving"),
        ("payment", "paid"),
        ("denial", "denied"),
        ("completion", "completed"),
        ("dismissal", "dismissed"),
        ("failure", "failed"),
    ],
)
def test_a_noun_of_action_meets_its_verb(noun: str, verb: str) -> None:
    assert same_act(noun, verb), (root(noun), root(verb))


@pytest.mark.parametrize(
    ("a", "b"),
    [("hospital", "hospitality"), ("strike", "striker"), ("battery", "batter"), ("general", "generate")],
)
def test_words_that_only_look_alike_stay_apart(a: str, b: str) -> None:
    assert not same_act(a, b)


def test_kinds_are_narrow() -> None:
    assert same_kind("strikes", "walkout")
    assert same_kind("moratorium", "pause")
    assert same_kind("wreckage", "debris")
    assert not same_kind("strike", "pause")
    assert not same_kind("walkout", "march")


def con002(text: str) -> list:
    return codes(audit_text(text, select=["CON"]), "CON002")


FLAG = [
    # "none" against one case of the same kind of thing, as the verb's object
    "No further strikes have been called, the union said.\n\n"
    "On Monday the union said it had called a 24-hour walkout for next week.\n",
    "No new moratorium has been announced, the ministry said.\n\n"
    "The ministry said in a statement on Friday that it had announced a six-month pause on new licences.\n",
    # a member the article itself declares: the 40 staff are librarians, assistants and drivers
    "The council said none of its 40 library staff would lose their jobs.\n\n"
    "The 40 staff are 12 librarians, 20 assistants and 8 drivers.\n\n"
    "Six assistants will be made redundant in March, the council said.\n",
]
LEAVE = [
    # another kind of thing
    "No further strikes have been called, the union said.\n\nOn Monday the union said it had called a meeting.\n",
    # no declaration makes assistants staff: the rule does not guess
    "The council said none of its 40 library staff would lose their jobs.\n\n"
    "Six assistants will be made redundant in March, the council said.\n",
    # the case is of another noun: "a meeting about the strike" is a meeting
    "No further strikes have been called, the union said.\n\nOn Monday the union called a meeting about the strike.\n",
    # a case told as what was not done
    "No further strikes have been called, the union said.\n\nThe union has not called a walkout, it said.\n",
]


@pytest.mark.parametrize("text", FLAG)
def test_con002_meets_a_paraphrase(text: str) -> None:
    assert len(con002(text)) == 1, text


@pytest.mark.parametrize("text", LEAVE)
def test_con002_leaves_other_things_alone(text: str) -> None:
    assert con002(text) == [], text
