"""CON002: one party rules an act out and, at the same moment, announces it (polarity.ruled_out_acts).

The kind: "X said it would not V" (or "will never V") and "X would seek permission to V", "X will V",
"X has V-ed", with the party resolved across its names (a name, "the company", a pronoun after the
party's own speech verb). Look-alikes stay silent: another party, a change told ("later"), a
condition or a question ("whether it would appeal"), a call by others ("urged it to appeal"), a
verb that is no act of its own ("would not comment").
"""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def con002(text: str) -> list:
    return codes(audit_text(text, select=["CON"]), "CON002")


FLAG = [
    pytest.param(
        "Calder Shipping issued a statement after the ruling.\n\n"
        "In it, the company said it accepted the ruling in full and would not appeal.\n\n"
        "The same statement said Calder Shipping would seek permission to appeal against the costs award.\n",
        id="would-not-appeal-vs-seek-permission-to-appeal",
    ),
    pytest.param(
        "Mayor Ann Cole said on Monday that she would not resign over the report.\n\n"
        "Councillors met in private.\n\n"
        "Cole told the meeting on Monday that she would resign at the end of the month.\n",
        id="would-not-resign-vs-would-resign",
    ),
    pytest.param(
        "Brightwell Foods said it would never sell its Polish unit.\n\n"
        "Its shares fell 8% on the news.\n\n"
        "Brightwell Foods has agreed to sell the Polish unit to a local buyer for a nominal sum.\n",
        id="would-never-sell-vs-agreed-to-sell",
    ),
]

LEAVE = [
    pytest.param(
        "Calder Shipping said it would not appeal.\n\nThe union said it would appeal against the ruling.\n",
        id="another-party",
    ),
    pytest.param(
        "Calder Shipping said on Monday it would not appeal.\n\n"
        "It later said it would seek permission to appeal after all.\n",
        id="change-told",
    ),
    pytest.param(
        "Calder Shipping said it would not appeal.\n\n"
        "Shareholders urged Calder Shipping to appeal against the award.\n",
        id="others-call-for-it",
    ),
    pytest.param(
        "Calder Shipping said it would not comment on the ruling.\n\n"
        "Calder Shipping would comment once it had read the judgment, a spokesman said.\n",
        id="no-act-of-its-own",
    ),
    pytest.param(
        "Rival yards said Calder Shipping would not survive the ruling.\n\n"
        "Calder Shipping will survive, its chairman Tom Reid said.\n",
        id="two-speakers-on-one-party",
    ),
    pytest.param(
        "Asked whether Calder Shipping would not appeal, a spokesman declined to comment.\n\n"
        "Calder Shipping would appeal, the union said.\n",
        id="a-question",
    ),
]


@pytest.mark.parametrize("text", FLAG)
def test_flags_an_act_ruled_out_and_announced(text: str) -> None:
    found = con002(text)
    assert len(found) == 1, found
    assert found[0].message.count('"') >= 4


@pytest.mark.parametrize("text", LEAVE)
def test_leaves_look_alikes_alone(text: str) -> None:
    assert con002(text) == [], [f.message for f in con002(text)]
