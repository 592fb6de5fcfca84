"""CON002 across paraphrases: the same fact in other words, through the WordNet relation of
auditor.language.senses and the statement model.

Every shape has sentences that must be flagged and sentences that must be left alone (a change
marked in time, another group, another thing, a possibility). All are written for these tests, in
other words than the corpora."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def con002(text: str) -> list:
    return codes(audit_text(text, select=["CON"]), "CON002")


# ---------------------------------------------------------------- "none" against one case, named or of a kind

CASE_FLAG = [
    # an assurance that none would, against one case told in the future under the same plan
    "The mayor told residents that no school would close under the plan.\n\n"
    "Under the plan, the Riverside primary school will close in July.\n",
    # one case of a kind of the thing (WordNet: a ferry is a kind of vessel), named
    "No vessel was damaged in the storm, the port authority said.\n\n"
    "The Ocean Star ferry was damaged in the storm, the port authority said.\n",
    # one case of a kind of the thing, indefinite
    "The ministry said no bridge had collapsed.\n\nA wooden footbridge near Lom collapsed on Sunday, the ministry said.\n",
]
CASE_OK = [
    # another kind of thing
    "The mayor told residents that no school would close under the plan.\n\n"
    "Under the plan, the Riverside library will close in July.\n",
    # a none about another group: the north, not the south
    "The mayor said no school in the north would close under the plan.\n\n"
    "Under the plan, the Riverside school in the south will close in July.\n",
    # dated apart: this year against 2027
    "The mayor said no school would close this year.\n\nThe Riverside school will close in 2027.\n",
    # a possibility
    "The mayor said no school would close.\n\nThe Riverside school could close if numbers fall.\n",
    # "the school" with no name may be all of them, or the one the article is about: no case told
    "The mayor said no school would close.\n\nThe school will close in July.\n",
    # a change marked in time
    "The mayor said no school would close.\n\nA month later the council said the Riverside school will close in July.\n",
    # an assurance about the future is not broken by a closure long past
    "The mayor said no school would close.\n\nThe Riverside school closed in 1998.\n",
]


@pytest.mark.parametrize("text", CASE_FLAG)
def test_none_against_one_case_flags(text: str) -> None:
    found = con002(text)
    assert len(found) == 1, text
    assert "one case" in found[0].message and "cannot both hold" in found[0].message


@pytest.mark.parametrize("text", CASE_OK)
def test_none_against_one_case_leaves_alone(text: str) -> None:
    assert con002(text) == [], text
