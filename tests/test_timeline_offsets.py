"""DAT003: offsets from dated events and from the time of writing, clock times, ages against the
article's one birth date, "since X, for N months", appositive ages. Each kind with look-alikes that
must stay silent (the session's own phrasings, not corpus text)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import audit_text, codes

HEAD = "---\ndate: {date}\n---\n\n"
NOVEMBER = "2025-11-11"


def dat003(body: str, date: str | None = NOVEMBER) -> list:
    text = HEAD.format(date=date) + body if date else body
    r = audit_text(text + "\n", "a.md", select=["DAT003"], as_of=dt.date(2026, 6, 8))
    return codes(r, "DAT003")


# A date, then its distance from an event the story dated elsewhere.
DATE_THEN_OFFSET = [
    "The collapse happened on Saturday, 8 November.\n\nRescuers broke through on Monday 10 November, three days after the collapse.",
    "The fire started on 2 November.\n\nThe council closed the road on 12 November, two days after the fire.",
    "The strike began on 20 October.\n\nTalks resumed on 3 November, a week after the strike, the union said.",
    "When the school brought in its phone ban in September 2023, parents protested.\n\n"
    "The guidance was published in February 2024, a full year before our ban.",
    "The merger was announced on 1 October.\n\nRegulators opened an inquiry on 30 October, a fortnight after the merger.",
]
DATE_THEN_OFFSET_OK = [
    # a plan is not the day the event happened
    "The line was due to open in September 2023.\n\nFares rose on Tuesday 11 November, two days after the opening.",
    "The collapse happened on Saturday, 8 November.\n\nRescuers broke through on Monday 10 November, two days after the collapse.",
    "The collapse happened on Saturday, 8 November.\n\nA crack was logged on 29 October, ten days before the collapse.",
    "When the school brought in its phone ban in September 2023, parents protested.\n\n"
    "The guidance was published in February 2023, seven months before our ban.",
    # the event has no date anywhere: nothing to compare
    "Rescuers broke through on Monday 10 November, three days after the collapse.",
    # the event is dated in the sentence itself: the ordering check reads that
    "The fire started on 2 November.\n\nThe road closed on 12 November, two days after the fire on 10 November.",
]
# A date and its distance from the time of writing.
FROM_NOW = [
    "Munt will be sentenced on 11 April, three weeks from today.",
    "Munt will be sentenced in three weeks' time, on 11 April.",
    "The council will vote in two weeks, on 30 April.",
    "Two weeks ago, on 1 March, the first letters arrived.",
    "The inquiry reports on 30 April, two weeks from now.",
    "The first letters arrived on 1 March, two weeks ago.",
]
FROM_NOW_OK = [
    "Munt will be sentenced on 28 March, three weeks from today.",
    "Munt will be sentenced in three weeks' time, on 28 March.",
    "The council will vote in two weeks, on 21 March.",
    "Two weeks ago, on 21 February, the first letters arrived.",
    # a length of past work, not a time from now
    "The bridge was rebuilt in two weeks, on 3 February, after the flood.",
    "The inquiry reports on 21 March, two weeks from now.",
    "The first letters arrived on 21 February, two weeks ago.",
]
# "arriving nine days after X on DATE": the act's own day told earlier.
VERB_OFFSET = [
    "The storm arrived on Tuesday 21 October.\n\nOrla was the third storm, arriving nine days after Storm Nils hit Cornwall on 9 October.",
    "The ship docked at Lagos on 14 October.\n\nIt was the first call there, docking two days after the port reopened on 2 October.",
]
VERB_OFFSET_OK = [
    "The storm arrived on Tuesday 21 October.\n\nOrla was the third storm, arriving 12 days after Storm Nils hit Cornwall on 9 October.",
    "Orla was the third storm, arriving nine days after Storm Nils hit Cornwall on 9 October.",
]
# Clock times.
CLOCK = [
    "The missile was launched at 7.12am and came down 73 minutes later, at 8.35am.",
    "The alarm sounded at 11:40. Firefighters arrived 12 minutes later, at 12:05.",
    "The polls closed at 10pm and the result came two hours later, at 3am.",
    "The train left at 9.05pm and stopped 40 minutes later, at 9.15pm.",
    "The result came at 3am. The polls had closed two hours earlier, at 10pm.",
    "The 73-minute flight, from 7.12am to 8.35am, was the longest yet.",
    "The meeting lasted 40 minutes, from 9.05pm until 9.15pm.",
]
CLOCK_OK = [
    "The missile was launched at 7.12am and came down 73 minutes later, at 8.25am.",
    "The alarm sounded at 11:40. Firefighters arrived 25 minutes later, at 12:05.",
    "The polls closed at 10pm and the result came two hours later, at midnight.",
    "The train left at 11.50pm and stopped 40 minutes later, at 12.30am.",
    "Shares rose 7.12% and the index 73 points later, at 8.35 in the afternoon.",
    "The result came at 3am. The polls had closed five hours earlier, at 10pm.",
    "The 83-minute flight, from 7.12am to 8.35am, was the longest yet.",
    "The meeting lasted 10 minutes, from 9.05pm until 9.15pm.",
    # the length is another thing's
    "The session ran from 9am to 11am, and a 30-minute break followed.",
]
# Ages against the article's one birth date, told paragraphs before.
SUBJECT_BIRTH = [
    "Halina Ward, who has died aged 91, was born in Krakow on 12 July 1933.\n\nShe died at home on Tuesday.\n\n"
    "Her father was killed in 1944.\n\nShe married the architect Colin Ward in 1958, when she was 21.",
    "Olsen was born in Oslo in 1950 and grew up by the sea.\n\nHe trained as a pilot.\n\nHis first job was in Bergen.\n\n"
    "He won the national title in 1990, aged 25.",
]
SUBJECT_BIRTH_OK = [
    "Halina Ward, who has died aged 91, was born in Krakow on 12 July 1933.\n\nShe died at home on Tuesday.\n\n"
    "Her father was killed in 1944.\n\nShe married the architect Colin Ward in 1958, when she was 24.",
    # his age, not hers
    "Halina Ward, who has died aged 91, was born in Krakow on 12 July 1933.\n\nShe died at home on Tuesday.\n\n"
    "Her father was killed in 1944.\n\nShe married Colin Ward in 1958, when he was 30.",
    # two people's births: whose is whose is a guess
    "Olsen was born in 1950.\n\nHis rival was born in 1962.\n\nHe trained as a pilot.\n\nHe won the title in 1990, aged 25.",
]
# "since X, for N months" against the article's date.
SINCE_FOR = [
    "The reservoir has been below 10% since early June, for more than two months.",
    "The road has been closed since 1 May, for three weeks.",
    "Prices have been frozen since March, for over a year.",
    "The reservoir has been below 10% for more than two months, since early June.",
]
SINCE_FOR_OK = [
    "The reservoir has been below 10% for more than two months, since early May.",
    "The reservoir has been below 10% since early May, for more than two months.",
    "The road has been closed since 1 May, for three months.",
    "The road had been closed since 1 June, for three months, when it reopened.",
    "Prices have been frozen since March 2024, for over a year.",
]
# An age in apposition is the age now, whatever the sentence dates after it.
APPOSITIVE = [
    "Ms Brandt, 51, who was born in Bremen in 1971, joined from a Dutch rival in 2022.",
    "Ms Brandt, aged 51, who was born in Bremen in 1971, joined from a Dutch rival in 2022.",
    "Mr Kahn, 40, who was born in 1975, became chief executive in 2015.",
]
APPOSITIVE_OK = [
    "Ms Brandt, 54, who was born in Bremen in 1971, joined from a Dutch rival in 2022.",
    "In 2015, Mr Kahn, 40, who was born in 1975, became chief executive.",
]
# "N years later ..., in YEAR": a clause between the length and its year.
YEARS_LATER = [
    "Her debut appeared in 1969, and twelve years later it won the Harcourt Prize, in 1979.",
    "The club was founded in 1901, and twenty years later it moved to a new ground, in 1931.",
]
YEARS_LATER_OK = [
    "Her debut appeared in 1969, and ten years later it won the Harcourt Prize, in 1979.",
    "The club was founded in 1901; two years later it moved, and in 1961 it was sold.",
]


@pytest.mark.parametrize("body", DATE_THEN_OFFSET + VERB_OFFSET + CLOCK + APPOSITIVE + YEARS_LATER)
def test_flags(body: str) -> None:
    assert dat003(body), body


@pytest.mark.parametrize(
    "body",
    DATE_THEN_OFFSET_OK + VERB_OFFSET_OK + CLOCK_OK + APPOSITIVE_OK + YEARS_LATER_OK,
)
def test_leaves_alone(body: str) -> None:
    assert not dat003(body), body


@pytest.mark.parametrize("body", FROM_NOW)
def test_from_now_flags(body: str) -> None:
    assert dat003(body, "2025-03-07"), body


@pytest.mark.parametrize("body", FROM_NOW_OK)
def test_from_now_leaves_alone(body: str) -> None:
    assert not dat003(body, "2025-03-07"), body


@pytest.mark.parametrize("body", SUBJECT_BIRTH)
def test_subject_birth_flags(body: str) -> None:
    assert dat003(body, "2025-03-07"), body


@pytest.mark.parametrize("body", SUBJECT_BIRTH_OK)
def test_subject_birth_leaves_alone(body: str) -> None:
    assert not dat003(body, "2025-03-07"), body


@pytest.mark.parametrize("body", SINCE_FOR)
def test_since_for_flags(body: str) -> None:
    assert dat003(body, "2025-07-30"), body


@pytest.mark.parametrize("body", SINCE_FOR_OK)
def test_since_for_leaves_alone(body: str) -> None:
    assert not dat003(body, "2025-07-30"), body


def test_since_needs_the_article_date() -> None:
    assert not dat003("The reservoir has been below 10% since early June, for more than two months.", None)


def test_messages_give_both_dates_and_the_arithmetic() -> None:
    (f,) = dat003(
        "The collapse happened on Saturday, 8 November.\n\nRescuers broke through on 10 November, three days after the collapse."
    )
    assert "8 November" in f.message and "10 November" in f.message and "2 days after" in f.message
    (f,) = dat003("The missile was launched at 7.12am and came down 73 minutes later, at 8.35am.")
    assert "83 minutes" in f.message and "not 73 minutes" in f.message
    (f,) = dat003("Munt will be sentenced on 11 April, three weeks from today.", "2025-03-07")
    assert "35 days after" in f.message and "7 March 2025" in f.message


# DAT001: a source called the latest, or said still to hold, speaks of the time of writing.
def dat001(body: str) -> list:
    r = audit_text(HEAD.format(date="2025-06-05") + body + "\n", "a.md", select=["DAT001"], as_of=dt.date(2026, 6, 8))
    return codes(r, "DAT001")


LATEST = [
    "The best evidence is still the latest data on screen time "
    "(https://www.example.org/education/2012/may/16/screen-time-survey), which showed a rise.",
    "Our figures come from the most recent survey of teachers (https://www.example.org/2014/03/02/teacher-survey).",
    "The cap is still set by the [official guidance](https://www.example.gov/2016/01/10/guidance).",
]
LATEST_OK = [
    # recent enough
    "The best evidence is still the latest data on screen time (https://www.example.org/2024/05/16/screen-time).",
    # "the latest in a series": no claim about the present
    "It was the latest in a run of reports (https://www.example.org/2012/05/16/report) on the subject.",
    # a dated event of the source's time
    "In 2012 the latest data (https://www.example.org/2012/05/16/screen-time) showed a rise.",
]


@pytest.mark.parametrize("body", LATEST)
def test_latest_source_is_stale(body: str) -> None:
    assert dat001(body), body


@pytest.mark.parametrize("body", LATEST_OK)
def test_latest_source_left_alone(body: str) -> None:
    assert not dat001(body), body
