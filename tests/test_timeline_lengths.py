"""DAT003: lengths and offsets read against the dates that bound them (stop 30). Each kind with
look-alikes that must stay silent: the session's own phrasings, not corpus text."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import audit_text, codes

HEAD = "---\ndate: {date}\n---\n\n"
NOVEMBER = "2025-11-13"  # a Thursday


def dat003(body: str, date: str | None = NOVEMBER) -> list:
    text = HEAD.format(date=date) + body if date else body
    r = audit_text(text + "\n", "a.md", select=["DAT003"], as_of=dt.date(2026, 6, 8))
    return codes(r, "DAT003")


# "DATE, N units before WEEKDAY's NOUN": the date told first lies that length before the later one.
BEFORE_ITS_OBJECT = [
    "The council bought the depot on 2 October, two weeks before Thursday's vote.",
    "The firm filed its accounts on 30 October, a month before Thursday's hearing.",
    "Lindqvist resigned on 14 November 2023, a year before Tuesday's ruling, her lawyers said.",
    "Police first searched the flat on 16 October, ten days before Thursday's arrest.",
]
BEFORE_ITS_OBJECT_OK = [
    "The council bought the depot on 30 October, two weeks before Thursday's vote.",
    "The firm filed its accounts on 13 October, a month before Thursday's hearing.",
    "Lindqvist resigned on 20 November 2024, almost a year before Tuesday's ruling, her lawyers said.",
    "Police first searched the flat on 3 November, ten days before Thursday's arrest.",
    # counted back from the date told before: "two weeks before, on ..." is the other reading
    "The vote was held on 13 November. Two weeks before, on 30 October, the council bought the depot.",
    # the thing that lies before is not dated in this sentence
    "The depot was sold on 1 June. Talks began two weeks before Thursday's vote.",
]


@pytest.mark.parametrize("body", BEFORE_ITS_OBJECT)
def test_before_its_object_flags(body: str) -> None:
    assert dat003(body), body


@pytest.mark.parametrize("body", BEFORE_ITS_OBJECT_OK)
def test_before_its_object_left_alone(body: str) -> None:
    assert not dat003(body), body


# A year-less end beside a dated beginning belongs to the story's year, not to the beginning's.
PHASE_YEARLESS_OK = [
    "Moss was born on 14 March 1937 in Truro and died on 2 November, his family said.",
    "The mill opened in May 1962 and closed on 30 September, the owners said.",
    "She joined the board in April 2003 and retired on 31 October.",
    "Hale was appointed in March 2025 and resigned on 3 November.",
]
PHASE_YEARLESS = [
    # the story's year still puts the end before the beginning
    "Hale was appointed in March 2025 and resigned on 3 January.",
    "The lease was signed in June 2025 and expired on 30 April.",
]


@pytest.mark.parametrize("body", PHASE_YEARLESS_OK)
def test_yearless_end_in_the_articles_year(body: str) -> None:
    assert not dat003(body), body


@pytest.mark.parametrize("body", PHASE_YEARLESS)
def test_yearless_end_still_before(body: str) -> None:
    assert dat003(body), body
