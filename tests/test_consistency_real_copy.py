"""CON001 shapes that were false alarms on real blogs (18F, the Rust blog), with their true siblings."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


@pytest.mark.parametrize(
    "text",
    [
        # survey shares: every share "found" or "answered" something, each a different thing
        "Overall, 20% of respondents answered that they wish Rust would slow down.\n\n"
        "Another 43% of respondents answered that Rust is too complex.\n",
        # a later count with words the earlier lacks names a subgroup
        "My laptop has four cores, so the sync ran in parallel.\n\nOnly one of the two available cores was busy.\n",
        "In the 2012 election, 14 candidates spent $1.3 billion.\n\n"
        "That same year, the 1,949 congressional candidates spent even more.\n",
    ],
)
def test_left_alone(text: str) -> None:
    assert not codes(audit_text(text, select=["CON001"]), "CON001")


@pytest.mark.parametrize(
    "text",
    [
        "Nearly 4,000 residents were evacuated.\n\nThe 5,200 evacuated residents are staying in schools.\n",
        "Officials said 36 trucks crossed on Monday.\n\nThe 48 trucks carried flour and medicine.\n",
        "A poll found 18 percent of households responded.\n\nIn all, 14 percent of households responding said no.\n",
    ],
)
def test_still_flagged(text: str) -> None:
    assert codes(audit_text(text, select=["CON001"]), "CON001")
