"""SRC002: state media named with an appositive or an interposed phrase before their verb, a government's
account broadcast by its media, and another party confirming a linked state outlet in the same sentence."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def src002(text: str) -> list:
    return codes(audit_text(text, select=["SRC002"]), "SRC002")


@pytest.mark.parametrize(
    "text",
    [
        "RT, citing Iranian officials, said the protests had been organised from abroad.",
        "Xinhua, the official news agency, said all of the province's rice had already been harvested.",
        "TASS, quoting an unnamed source, reported that the plant had passed its inspection.",
        "The plant passed a full safety inspection in June [1].\n\n[1] https://tass.com/economy/1234567\n",
    ],
)
def test_state_media_alone_is_flagged(text: str) -> None:
    assert len(src002(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "KCNA, the North's state news agency, said the missile flew 1,000 km, a distance South Korea's "
        "Joint Chiefs of Staff also gave.",
        "The missile flew 1,000 km, a distance South Korea's Joint Chiefs of Staff also gave [1].\n\n"
        "[1] http://www.kcna.kp/en/article/q/5f0e.kcmsf\n",
        "The missile flew 1,000 km, a distance Japan's defence ministry also gave [1].\n\n[1] https://tass.com/world/1234567\n",
        'The Iranian government\'s version of events, broadcast by Press TV, is that "rioters" attacked an office.',
        "The ministry's account, aired by state television, is that the fire was an accident.",
        "RIA Novosti, citing the agriculture ministry, said the harvest would be a record.",
    ],
)
def test_confirmed_or_presented_as_the_governments_account_stays_silent(text: str) -> None:
    assert src002(text) == [], text
