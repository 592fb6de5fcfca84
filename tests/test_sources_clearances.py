"""SRC002: what clears state media is an independent record of the same fact, another party confirming
it, or the government's own account presented as such; not a link about something else, a denial of
confirmation, or unnamed officials the outlet cites."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def src002(text: str) -> list:
    return codes(audit_text(text, "a.md", select=["SRC002"]), "SRC002")


@pytest.mark.parametrize(
    "text",
    [
        # a link in the next sentence about something else than the fact
        "KCNA said the rocket flew 800 km before falling into the sea. The launch drew "
        "[protests from Tokyo](https://www.reuters.com/world/asia-pacific/tokyo-protests-launch-2026-01-02/).",
        # a confirmation denied is no confirmation
        "State television reported that 30 sailors drowned, a number which the navy has not confirmed.",
        # unnamed officials, cited by the outlet, are not the government's account
        "Xinhua reported, citing local officials, that 60 homes were washed away.",
    ],
)
def test_weak_clearances_leave_state_media_alone_as_the_source(text: str) -> None:
    assert len(src002(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "KCNA said the rocket flew 800 km before falling into the sea. South Korea's joint chiefs of staff "
        "[said](https://www.jcs.mil.kr/press/2026/0102.html) the rocket flew about 800 km.",
        "TASS said the blaze near the village has burned 12,000 hectares. Burn-scar data from "
        "[Copernicus](https://emergency.copernicus.eu/mapping/list-of-components/EMSR999) put the burned area "
        "at about 12,000 hectares.",
        "State television reported that 30 sailors drowned, a number which the port hospital confirmed.",
        "The interior ministry said, in a statement carried by TASS, that the border crossing was closed.",
    ],
)
def test_independent_records_confirmations_and_the_governments_account_clear_it(text: str) -> None:
    assert src002(text) == [], text
