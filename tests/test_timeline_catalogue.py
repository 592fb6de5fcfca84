"""DAT003 on a catalogue of defect kinds, each phrasing with a look-alike that must be left alone.

The phrasings are the session's own (wire, local, business, sport, blog voices), not corpus text:
each kind is caught by the shape of the sentence, so siblings of one example are caught too.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import audit_text, codes

HEAD = "---\ndate: {date}\n---\n\n"
JUNE = "2025-06-06"  # a Friday; 3 March 2025 was a Monday, 3 March 2026 is a Tuesday
DECEMBER = "2025-12-10"


def dat003(body: str, date: str | None = JUNE) -> list:
    text = HEAD.format(date=date) + body if date else body
    r = audit_text(text + "\n", "a.md", select=["DAT003"], as_of=dt.date(2026, 6, 8))
    return codes(r, "DAT003")


# A year-less weekday told in the simple past is a day gone by: next year's 3 March (a Tuesday) is
# no reading of "met on Tuesday, 3 March" in an article of June 2025.
PAST_WEEKDAY = [
    "The council met on Tuesday, 3 March, to debate the budget.",
    "The council met on Tuesday, March 3rd, to debate the budget.",
    "Officers were called on Tues., March 3, after reports of a fire.",
    "On Tuesday, 3 March, the striker signed a two-year deal.",
    "It was Tuesday, 3 March, when the first letters arrived.",
    "Fans queued from Tuesday 3rd March for the last tickets.",
    "The vote, held on Tuesday, 3 March, split the board.",
    "Shares in the retailer slumped on Tuesday, March 3, after a profit warning.",
]
PAST_WEEKDAY_OK = [
    "The council met on Monday, 3 March, to debate the budget.",
    "The council met on Monday, March 3rd, to debate the budget.",
    "Officers were called on Mon., March 3, after reports of a fire.",
    "On Monday, 3 March, the striker signed a two-year deal.",
    "It was Monday, 3 March, when the first letters arrived.",
    "Fans queued from Monday 3rd March for the last tickets.",
    "The vote, held on Monday, 3 March, split the board.",
    "Shares in the retailer slumped on Monday, March 3, after a profit warning.",
]
# In an article of December 2025 these tell a day to come: 3 March 2026 is a Tuesday.
FUTURE_WEEKDAY_OK = [
    "The tournament, which was announced last week, opens on Tuesday, March 3.",
    "The hearing was postponed to Tuesday, 3 March.",
    "The hearing was adjourned until Tuesday, 3 March.",
    "Officials said voting would take place on Tuesday, 3 March.",
    "Tickets went on sale on Monday, 8 December, for the final on Tuesday, 3 March.",
    "The team, who beat Leeds on Saturday, play again on Tuesday, 3 March.",
    "Ahead of the vote on Tuesday, 3 March, ministers met in private.",
    "The vote, to be held on Tuesday, 3 March, was called by the mayor.",
    "She was told she had until Tuesday, 3 March, to reply.",
    "The strike ended on Monday, 8 December, and talks resume on Tuesday, 3 March.",
]


@pytest.mark.parametrize("text", PAST_WEEKDAY)
def test_a_past_weekday_takes_the_year_gone_by(text: str) -> None:
    (f,) = dat003(text)
    assert "3 March 2025 was a Monday, not a Tuesday" in f.message


@pytest.mark.parametrize("text", PAST_WEEKDAY_OK)
def test_a_past_weekday_that_fits_is_left_alone(text: str) -> None:
    assert dat003(text) == []


@pytest.mark.parametrize("text", FUTURE_WEEKDAY_OK)
def test_a_weekday_to_come_is_left_alone(text: str) -> None:
    assert dat003(text, DECEMBER) == []


@pytest.mark.parametrize("head", ["By Jane Roe\nJune 6, 2025\n\n", "LONDON, June 6, 2025 (Reuters) - "])
def test_a_past_weekday_against_the_year_of_a_byline(head: str) -> None:
    (f,) = dat003(head + "The council met on Tuesday, 3 March, to debate the budget.", None)
    assert "Monday" in f.message
    assert dat003(head + "The council met on Monday, 3 March, to debate the budget.", None) == []


@pytest.mark.parametrize(
    "head",
    [
        '<p class="byline">By Jane Roe, 6 June 2025</p>',
        '<time datetime="2025-06-06">June 6, 2025</time>',
    ],
)
def test_a_past_weekday_against_the_year_of_an_html_byline(head: str) -> None:
    def run(day: str) -> list:
        html = (
            f"<html><head><title>Budget</title></head><body><article><h1>Budget row</h1>{head}"
            f"<p>The council met on {day}, 3 March, to debate the budget.</p></article></body></html>"
        )
        return codes(audit_text(html, "a.html", select=["DAT003"], as_of=dt.date(2026, 6, 8)), "DAT003")

    (f,) = run("Tuesday")
    assert "3 March 2025 was a Monday" in f.message
    assert run("Monday") == []


# "within N days", "later/earlier that month", "N years later, in YEAR" after a month of a year: the
# second date is read against the date told before it, in the same sentence or the one before.
LATER = [
    ("The plant shut on March 3; within a fortnight, on April 2, it had reopened.", "within a fortnight"),
    ("The bank failed on 3 March. Within a week, on 28 March, regulators had stepped in.", "Within a week"),
    ("The bank failed on 3 March. Within days, on 28 April, regulators had stepped in.", "Within days"),
    ("The firm was sold in March 2019. Two years later, in 2024, it was floated.", "Two years later"),
    ("The club was promoted in May 2015 and, three years later, in 2022, went down again.", "three years later"),
    ("The plant shut on 3 March. Later that month, on 2 April, workers protested.", "not in the same month"),
    ("The plant shut on 13 March. Later that week, on 2 March, workers protested.", "Later that week"),
    ("Rebels took the town on 20 May. Earlier that month, on 28 May, they had taken the airport.", "after it"),
    ("The album came out in March 2019. Later that year, in June 2020, the band split.", "same year"),
    ("Harris arrived on 3 March; a fortnight after that, on 30 March, she left.", "fortnight"),
]
LATER_OK = [
    "The plant shut on March 3; within a fortnight, on March 14, it had reopened.",
    "The bank failed on 3 March. Within a week, on 8 March, regulators had stepped in.",
    "The bank failed on 3 March. Within days, on 6 March, regulators had stepped in.",
    "The firm was sold in March 2019. Two years later, in 2021, it was floated.",
    "The club was promoted in May 2015 and, three years later, in 2018, went down again.",
    "The plant shut on 3 March. Later that month, on 20 March, workers protested.",
    "The plant shut on 13 March. Later that week, on 15 March, workers protested.",
    "Rebels took the town on 20 May. Earlier that month, on 8 May, they had taken the airport.",
    "The album came out in March 2019. Later that year, in June 2019, the band split.",
    "Harris arrived on 3 March; a fortnight after that, on 17 March, she left.",
    "The plan, launched in March 2020, aims to cut emissions within five years, by March 2030.",
    "He was arrested on 3 March. Later that day, on Twitter, his lawyer denied it.",
    "The film opened on 3 March. Later that year, in June, it reached Europe.",
    "She joined on 3 March and, within weeks, on 20 April, was running the desk.",
    "The shop opened on 3 March 2024. Within a year, in March 2025, it had doubled its staff.",
    "Talks began on 3 March. Within days, by 9 March, a draft was ready.",
]


@pytest.mark.parametrize(("text", "said"), LATER)
def test_a_date_said_to_follow_another_within_a_length_or_that_month(text: str, said: str) -> None:
    (f,) = dat003(text)
    assert said in f.message


@pytest.mark.parametrize("text", LATER_OK)
def test_a_date_that_follows_as_said_is_left_alone(text: str) -> None:
    assert dat003(text) == []


# An age against a birth year, in the article's date: the birth in brackets ("b. 1980", "born 1980")
# and an age told in the present ("Now 38, he", "is 61 now") read as the age on the article's date,
# whatever other dates the sentence names ("since 2010").
AGE = [
    "Maria Lopez, 41, who was born in 1990, leads the lab.",
    "Born in Leeds in 1979, Patel, now 52, runs the charity.",
    "Patel, who was born in 1979 in Leeds, is 52.",
    "The 52-year-old, born in 1979, runs the charity.",
    "Singh was born in 1980. Now 38, he has run the shop since 2010.",
    "Singh (b. 1980), 38, has run the shop since 2010.",
    "Singh, 38 (born 1980), has run the shop since 2010.",
    "Ahmed, aged 30, was born on 12 March 1990.",
    "The forward, who turned 30 in January, was born in 1990.",
    "Olsen, 61, was 30 when she founded the firm in 2005.",
    "Cole died in 2020 at the age of 60. He was born in 1950.",
]
AGE_OK = [
    "Maria Lopez, 34, who was born in 1990, leads the lab.",
    "Born in Leeds in 1979, Patel, now 46, runs the charity.",
    "Patel, who was born in 1979 in Leeds, is 45.",
    "The 46-year-old, born in 1979, runs the charity.",
    "Singh was born in 1980. Now 45, he has run the shop since 2010.",
    "Singh (b. 1980), 44, has run the shop since 2010.",
    "Singh, 44 (born 1980), has run the shop since 2010.",
    "Ahmed, aged 35, was born on 12 March 1990.",
    "The forward, who turned 35 in January, was born in 1990.",
    "Olsen, 61, was 41 when she founded the firm in 2005.",
    "Cole died in 2020 at the age of 70. He was born in 1950.",
    "Kim, who was 25 at the time, was born in 1970 and joined in 1995.",
    "Singh was born in 1980. Now 38, his son runs the shop.",
    "Singh was born in 1980. Now 38, Patel has run the shop since 2010.",
]


@pytest.mark.parametrize("text", AGE)
def test_an_age_that_does_not_fit_the_birth_year(text: str) -> None:
    assert len(dat003(text)) == 1


@pytest.mark.parametrize("text", AGE_OK)
def test_an_age_that_fits_or_is_someone_elses_is_left_alone(text: str) -> None:
    assert dat003(text) == []


def test_an_age_without_the_articles_date_is_left_alone() -> None:
    assert dat003("Singh (b. 1980), 38, has run the shop since 2010.", None) == []
    assert dat003("Singh was born in 1980. Now 38, he has run the shop since 2010.", None) == []


# Two days of one month joined by a dash are a range, whatever comes before them; a reversal of
# more than two weeks is read as running across a month end ("28–4 January"), a score is no range.
DASH_RANGE = [
    "The festival runs 12–9 June in the park.",
    "The talks (21 – 14 March) ended without a deal.",
    "Exams are sat 19-16 May this year.",
]
DASH_RANGE_OK = [
    "The festival runs 9–12 June in the park.",
    "The talks (14 – 21 March) ended without a deal.",
    "Exams are sat 16-19 May this year.",
    "The club won 3-2 June's derby.",
    "The camp runs 28–4 January.",
    "The 2025-12-9 June meeting was short.",
    "The survey ran from January 18th – February 8th.",
    "The survey ran January 18th – February 8th.",
]


@pytest.mark.parametrize("text", DASH_RANGE)
def test_two_days_joined_by_a_dash_that_run_backwards(text: str) -> None:
    (f,) = dat003(text)
    assert "ends" in f.message and "before it starts (the " in f.message and "None" not in f.message


@pytest.mark.parametrize("text", DASH_RANGE_OK)
def test_two_days_joined_by_a_dash_in_order_or_not_a_range_are_left_alone(text: str) -> None:
    assert dat003(text) == []


# "shortly after the riots" finds the day the story gave "Rioting broke out": a plural's singular and
# a gerund's verb are the same event's words ("the sacking" / "sacked", "the filing" / "filed").
SOON_AFTER = [
    "Rioting broke out on 20 May. Soon after the riots, on 12 May, police made arrests.",
    "The board sacked Evans on 14 April.\n\nShortly after the sacking, on 2 April, shares rose.",
    "Floods hit the valley on 9 March. Days after the flooding, on 2 March, the army arrived.",
    "The company filed for bankruptcy on 8 May. He resigned on 3 May, shortly after the filing.",
    "Police raided the flat on 5 June 2024. Shortly after the raid, in May 2024, he fled.",
    "The merger was announced on 10 February. Weeks after the announcement, on 1 February, staff were told.",
]
SOON_AFTER_OK = [
    "Rioting broke out on 20 May. Soon after the riots, on 22 May, police made arrests.",
    "The board sacked Evans on 14 April.\n\nShortly after the sacking, on 16 April, shares rose.",
    "Floods hit the valley on 9 March. Days after the flooding, on 12 March, the army arrived.",
    "The company filed for bankruptcy on 8 May. He resigned on 10 May, shortly after the filing.",
    "Police raided the flat on 5 June 2024. Shortly after the raid, in July 2024, he fled.",
    "The merger was announced on 10 February. Weeks after the announcement, on 1 March, staff were told.",
    "Even so, the fair opened on 9 March. Shortly after the evening, on 2 March, it rained.",
]


@pytest.mark.parametrize("text", SOON_AFTER)
def test_an_event_said_to_follow_another_the_story_dates_later(text: str) -> None:
    assert len(dat003(text)) == 1


@pytest.mark.parametrize("text", SOON_AFTER_OK)
def test_an_event_that_follows_as_said_is_left_alone(text: str) -> None:
    assert dat003(text) == []


# A length told as "N-unit", "unit-long" (one of the unit, a decade too) or counted, against the two
# dates that bound it, a dash range of days included; the end must be the same thing's.
LENGTH = [
    "The three-week trial, which opened on 3 March and closed on 5 March, ended in acquittal.",
    "The 10-day strike, from 3 to 5 March, cost millions.",
    "The month-long strike, from 3 to 5 March, cost millions.",
    "The decade-long project, begun in 2022 and finished in 2024, cost £3m.",
    "The week-long festival ran from 3 to 20 June.",
    "The hearing lasted two days, from 3 March to 20 March.",
    "The two-day summit (3–9 June) ended with a communique.",
    "The siege lasted six months, from March to April 2024.",
]
LENGTH_OK = [
    "The three-week trial, which opened on 3 March and closed on 24 March, ended in acquittal.",
    "The 3-day strike, from 3 to 5 March, cost millions.",
    "The month-long strike, from 3 March to 2 April, cost millions.",
    "The decade-long project, begun in 2012 and finished in 2022, cost £3m.",
    "The week-long festival ran from 3 to 9 June.",
    "The hearing lasted 18 days, from 3 March to 20 March.",
    "The two-day summit (8–9 June) ended with a communique.",
    "The siege lasted six months, from March to August 2024.",
    "The year-long investigation began in March 2024 and ended in February 2025.",
    "The decade-long feud, which began in 2015, ended in 2025.",
    "After a week-long search that began on 3 May, the boy was found on 9 May.",
    "The 10-day strike, 3-12 March, cost millions.",
    "The 24-hour helpline, launched on 3 March, took calls until 20 March.",
    "The 12-hour shifts ran from 3 June to 20 June.",
    "A three-day strike began on 3 March; a second walkout ended on 20 March.",
    "The three-day strike began on 3 March, and a second walkout ended on 20 March.",
]


@pytest.mark.parametrize("text", LENGTH)
def test_a_length_that_does_not_fit_its_dates(text: str) -> None:
    (f,) = dat003(text)
    assert "does not fit its dates" in f.message


@pytest.mark.parametrize("text", LENGTH_OK)
def test_a_length_that_fits_or_bounds_another_thing_is_left_alone(text: str) -> None:
    assert dat003(text) == []


# An age at a dated event ("in 2005 at 30", "as a 30-year-old in 2005", "was just 30 when ...")
# against the age now, in the same sentence or the neighbouring one ("She is now 61").
AGE_AT = [
    "Olsen, 61, was 30 when she founded the firm in 2005.",
    "Olsen, 61, founded the firm in 2005 at 30.",
    "Olsen, 61, founded the firm at 30 in 2005.",
    "Olsen, 61, was just 30 when she founded the firm in 2005.",
    "Olsen, 61, founded the firm as a 30-year-old in 2005.",
    "Olsen founded the firm in 2005, aged 30. She is now 61.",
    "Olsen founded the firm in 2005 at 30. Now 61, she still runs it.",
    "Olsen, 61, runs the firm. She founded it in 2005, aged 30.",
]
AGE_AT_OK = [
    "Olsen, 61, was 41 when she founded the firm in 2005.",
    "Olsen, 61, founded the firm in 2005 at 41.",
    "Olsen, 61, founded the firm at 41 in 2005.",
    "Olsen, 61, founded the firm as a 41-year-old in 2005.",
    "Olsen founded the firm in 2005, aged 41. She is now 61.",
    "Olsen founded the firm in 2005 at 41. Now 61, she still runs it.",
    "Olsen, 51, runs the firm. She founded it in 2005, aged 30.",
    "Olsen, 61, opened the shop in 2005 at 30 Main Street.",
    "Olsen, 61, founded the firm in 2005 with 30 staff.",
    "Olsen, 61, arrived on 3 March at 10.",
    "Olsen founded the firm in 2005, aged 30. Her daughter is now 31.",
    "Olsen founded the firm in 2005, aged 30. Patel, 61, joined her in 2010.",
    "Olsen founded the firm in 2005, aged 30. She says the firm is now 20.",
    "Olsen founded the firm in 2005, aged 30.\n\nPatel, 61, is her partner.",
]


@pytest.mark.parametrize("text", AGE_AT)
def test_an_age_at_a_dated_event_against_the_age_now(text: str) -> None:
    (f,) = dat003(text)
    assert "does not fit" in f.message


@pytest.mark.parametrize("text", AGE_AT_OK)
def test_an_age_at_an_event_that_fits_or_is_no_age_is_left_alone(text: str) -> None:
    assert dat003(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tuesday 3 March: the vote was held.",
        "The vote was held on Tuesday (3 March).",
        "The vote was held on Tues 3rd March.",
    ],
)
def test_a_past_weekday_in_other_shapes(text: str) -> None:
    assert len(dat003(text)) == 1
    assert dat003(text.replace("Tuesday", "Monday").replace("Tues ", "Mon ")) == []


# An offset told without a count, or backwards, or by the calendar: "hours later" is that day or the
# next, "days later" one to twenty days, "two days earlier" two days before, "the next morning" the
# day after, "the following month" the next calendar month, "that same day" the same day.
OFFSET = [
    "The plant shut on 3 March. Hours later, on 6 March, workers protested.",
    "The plant shut on 3 March. Days later, on 28 April, workers protested.",
    "The plant shut on 3 March. A few days later, on 28 March, workers protested.",
    "The plant shut on 3 March. Weeks later, on 5 March, workers protested.",
    "The plant shut on 3 March. The next morning, on 8 March, workers protested.",
    "The plant shut on 3 March. The following month, on 20 March, workers protested.",
    "The plant shut on 3 March. Months later, on 20 March, workers protested.",
    "The plant shut on 3 March. Two days earlier, on 5 March, workers protested.",
    "The plant shut on 3 March. A week before, on 20 March, workers protested.",
    "The plant shut on 3 March. That same day, 9 March, workers protested.",
]
OFFSET_OK = [
    "The plant shut on 3 March. Hours later, on 3 March, workers protested.",
    "He arrived on 3 March. Hours later, on 4 March, he left.",
    "The plant shut on 3 March. Days later, on 7 March, workers protested.",
    "The plant shut on 3 March. A few days later, on 6 March, workers protested.",
    "The plant shut on 3 March. Weeks later, on 25 March, workers protested.",
    "The plant shut on 3 March. The next morning, on 4 March, workers protested.",
    "The plant shut on 3 March. The following month, on 20 April, workers protested.",
    "The plant shut on 28 December. The following month, on 5 January, it reopened.",
    "The plant shut on 3 March. Months later, in September, workers protested.",
    "The plant shut on 3 March. Two days earlier, on 1 March, workers protested.",
    "The plant shut on 3 March. A week before, on 24 February, workers protested.",
    "The plant shut on 3 March. That same day, 3 March, workers protested.",
    "The tribunal sat on 3 March. The night before, on 2 March, protesters gathered.",
    "On 3 March the plant shut; the next year, on 5 March, it reopened.",
    "The plant shut on 3 March. Workers queued for hours on 5 March.",
    "The plant shut on 3 March. They spent days on 20 March clearing it.",
    "He was born on 3 March 1990. Days later, on 20 April 2025, he spoke.",
]


@pytest.mark.parametrize("text", OFFSET)
def test_a_date_at_a_told_offset_that_the_dates_deny(text: str) -> None:
    (f,) = dat003(text)
    assert "does not fit the dates" in f.message


@pytest.mark.parametrize("text", OFFSET_OK)
def test_a_date_at_a_told_offset_that_fits_is_left_alone(text: str) -> None:
    assert dat003(text) == []


# Quarters and halves of a year are dates of three and six months: "Q3 2024", "the third quarter of
# 2024", "H1 2026", "the second half of 2025".
QUARTERS = [
    ("DAT003", "Sales fell in the first quarter of 2024, after the strike in the third quarter of 2024."),
    ("DAT003", "The plan ran from Q3 2024 to Q1 2024."),
    (
        "DAT001",
        "Margins shrank in the first quarter of 2025, the bank said ([report](https://bank.example.com/2021/05/margins)).",
    ),
]
QUARTERS_OK = [
    ("DAT003", "Sales fell in the third quarter of 2024, after the strike in the first quarter of 2024."),
    ("DAT003", "The plan ran from Q1 2024 to Q3 2024."),
    (
        "DAT001",
        "Margins shrank in the first quarter of 2025, the bank said ([report](https://bank.example.com/2025/05/margins)).",
    ),
    ("DAT003", "Revenue rose 10% in Q3 2024 compared with Q3 2023."),
    ("DAT003", "The Q3 2024 results beat the H1 2024 forecast."),
]


@pytest.mark.parametrize(("code", "text"), QUARTERS)
def test_quarters_and_halves_of_a_year_are_dates(code: str, text: str) -> None:
    r = audit_text(HEAD.format(date=JUNE) + text + "\n", "a.md", select=[code], as_of=dt.date(2026, 6, 8))
    assert len(codes(r, code)) == 1


@pytest.mark.parametrize(("code", "text"), QUARTERS_OK)
def test_quarters_in_order_or_compared_are_left_alone(code: str, text: str) -> None:
    r = audit_text(HEAD.format(date=JUNE) + text + "\n", "a.md", select=[code], as_of=dt.date(2026, 6, 8))
    assert codes(r, code) == []


def test_the_quarter_grammar_reads_its_forms() -> None:
    from auditor.language.dating import extract_dates

    got = [(m.text, m.start, m.end) for m in extract_dates("Sales rose in Q3 2025 and in the second half of 2026.")]
    assert got == [
        ("Q3 2025", dt.date(2025, 7, 1), dt.date(2025, 9, 30)),
        ("second half of 2026", dt.date(2026, 7, 1), dt.date(2026, 12, 31)),
    ]
    assert [m.text for m in extract_dates("the final quarter of 2023, not Q5 2026")] == [
        "final quarter of 2023",
        "2026",
    ]
