"""LNG002: a vague group holding a view is a weasel; a described group reporting what it saw, a number of
people in a place, or what a group saw happen is not."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def lng002(text: str) -> list:
    return codes(audit_text(text, select=["LNG002"]), "LNG002")


@pytest.mark.parametrize(
    "text",
    [
        "Commentators across the region have long doubted the scheme.",
        "Many traders see the cut as a gamble.",
        "Sceptics in the industry contend the plant will never open.",
        "It is widely believed that the coach will leave.",
        "It has been suggested that the museum will close.",
    ],
)
def test_vague_groups_and_views_held_by_nobody_are_flagged(text: str) -> None:
    assert len(lng002(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers in the precinct said the doors were locked at noon.",  # where it happened, in the past
        "Six nurses on the ward described the shift as chaotic.",  # a number makes the group specific
        "Farmers saw their costs climb as fuel prices rose.",  # what they saw happen
        "Rebel commanders said the bridge had been blown up.",
        "Traders had expected a rise of 0.2%, according to a poll by the data firm Consensus Economics.",
    ],
)
def test_described_groups_events_and_sourced_expectations_are_left_alone(text: str) -> None:
    assert lng002(text) == [], text
