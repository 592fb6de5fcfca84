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


# A length whose start its own clause dates and whose end is what the sentence says followed it, or
# a journey's departure and return.
LENGTH_ENDS = [
    "The ferry was back in service on 30 June after a fortnight in the yard that began on 2 June.",
    "Okoro was acquitted on 14 October after a three-week trial that began on 1 September.",
    "The pipeline reopened on 12 May after a ten-day shutdown that started on 16 April.",
    "The samples were gathered during a 20-day cruise that left Reykjavik on 2 July and returned on 9 August.",
    "The divers mapped the wreck on a 12-day trip, which set sail from Split on 1 June and returned on 30 June.",
    "Okoro was jailed on 14 September after a six-week trial that began on 1 September.",
]
LENGTH_ENDS_OK = [
    "The ferry was back in service on 16 June after a fortnight in the yard that began on 2 June.",
    "Okoro was acquitted on 22 September after a three-week trial that began on 1 September.",
    "The pipeline reopened on 26 April after a ten-day shutdown that started on 16 April.",
    "The samples were gathered during a 38-day cruise that left Reykjavik on 2 July and returned on 9 August.",
    # sentencing comes after the verdict: the trial was over by then, which is all the sentence says
    "Okoro was jailed on 3 December after a three-week trial that began on 1 September.",
    # a study published later than it ended
    "The report was published in May 2024 after a two-year study that began in 2019.",
    # the length is another thing's: the start belongs to a different clause
    "The ferry returned on 30 June; after a fortnight of talks, a strike began on 2 June.",
]


@pytest.mark.parametrize("body", LENGTH_ENDS)
def test_length_and_its_ends_flags(body: str) -> None:
    assert dat003(body), body


@pytest.mark.parametrize("body", LENGTH_ENDS_OK)
def test_length_and_its_ends_left_alone(body: str) -> None:
    assert not dat003(body), body


# A date, its distance from an event, and the event's own clause and date, in one sentence.
CLAUSE_OFFSET = [
    "The bridge will reopen on June 12, ten days after the repairs began on June 8.",
    "Voting closed on 20 March, two weeks after the campaign officially started on 2 March.",
    "The refund arrived on 30 October, three days after the airline confirmed the cancellation on 9 October.",
    "Talks resumed in September 2024, four months after the union walked out in February 2024.",
    "The lab was sealed on 4 May, a week before the first sample tested positive on 1 May.",
]
CLAUSE_OFFSET_OK = [
    "The bridge will reopen on June 18, ten days after the repairs began on June 8.",
    "Voting closed on 16 March, two weeks after the campaign officially started on 2 March.",
    "The refund arrived on 12 October, three days after the airline confirmed the cancellation on 9 October.",
    "Talks resumed in June 2024, four months after the union walked out in February 2024.",
    "The lab was sealed on 24 April, a week before the first sample tested positive on 1 May.",
    # a rounded count
    "The refund arrived on 25 October, about two weeks after the airline confirmed the cancellation on 9 October.",
    # a month cannot deny a count of days
    "Talks resumed in March, ten days after the union walked out on 25 February.",
]


@pytest.mark.parametrize("body", CLAUSE_OFFSET)
def test_clause_offset_flags(body: str) -> None:
    assert dat003(body), body


@pytest.mark.parametrize("body", CLAUSE_OFFSET_OK)
def test_clause_offset_left_alone(body: str) -> None:
    assert not dat003(body), body


# The named subject's age now, given anywhere in the story, against the birth date told of that name.
NAMED_AGE = [
    "Dorothy Kemble, 58, of Ely, was fined on Tuesday.\n\nThe court heard the shop had no licence.\n\n"
    "Kemble, who was born in June 1971, said she was sorry.",
    "Abel Nwosu was born on 2 February 1999 in Enugu.\n\nHe joined the club as a boy.\n\n"
    "The fans cheered as Nwosu, 31, scored twice.",
    "The mayor, Jane Ostrow, 44, opened the bridge on Monday.\n\nIt cost £3m.\n\n"
    "Ostrow (born 12 May 1988) grew up in Łódź.",
]
NAMED_AGE_OK = [
    "Dorothy Kemble, 54, of Ely, was fined on Tuesday.\n\nThe court heard the shop had no licence.\n\n"
    "Kemble, who was born in June 1971, said she was sorry.",
    # the birth is a relative's
    "Dorothy Kemble, 58, of Ely, was fined on Tuesday.\n\nThe court heard the shop had no licence.\n\n"
    "Her daughter, Amy Kemble, who was born in June 1999, runs it now.",
    # an age given for a time the sentence dates, years back
    "In 2015, Kemble, 58, opened a second shop.\n\nThe court heard the shop had no licence.\n\n"
    "Kemble, who was born in June 1971, said she was sorry.",
    # the age belongs to someone else of another name
    "Sam Price, 58, of Ely, was fined on Tuesday.\n\nThe court heard the shop had no licence.\n\n"
    "Kemble, who was born in June 1971, said she was sorry.",
]
# Look-alikes of a named age that are another person's, or the subject's at another time: a relative
# who shares the surname, a past frame, a past perfect, a paragraph the sentence before sets years back.
NAMED_AGE_OTHER_OK = [
    "Graham Pettifer, who was born in March 1968, has fished from Hull for decades.\n\n"
    "His son, Tom Pettifer, 34, said the family was proud.",
    "Graham Pettifer, who was born in March 1968, has fished from Hull for decades.\n\n"
    "His late father, Arthur Pettifer, 88, had worked the same waters.",
    "Graham Pettifer, who was born in March 1968, has fished from Hull for decades.\n\n"
    "When he bought his first trawler, Pettifer, 35, borrowed from his brother.",
    "Graham Pettifer, who was born in March 1968, has fished from Hull for decades.\n\n"
    "At the time, Pettifer, 22, was a deckhand on a Grimsby boat.",
    "Graham Pettifer, who was born in March 1968, has fished from Hull for decades.\n\n"
    "Pettifer, 22, had never crossed the North Sea before that voyage.",
    "Graham Pettifer, who was born in March 1968, has fished from Hull for decades.\n\n"
    "His first command came in the spring of 1990. Pettifer, 22, took the Marigold out alone.",
]
# ... while the subject's own age now, by surname or by full name, is still read.
NAMED_AGE_OWN = [
    "Graham Pettifer, who was born in March 1968, has fished from Hull for decades.\n\nThe quay was busy.\n\n"
    "On Monday, Graham Pettifer, 61, was fined for landing undersized cod.",
    "Graham Pettifer, who was born in March 1968, has fished from Hull for decades.\n\nThe quay was busy.\n\n"
    "The fans cheered as Mr Pettifer, 61, landed the cup.",
    "Graham Pettifer, who was born in March 1968, has fished from Hull for decades.\n\nThe quay was busy.\n\n"
    "On Monday, Mr Pettifer, 61, was fined for landing undersized cod.",
]


@pytest.mark.parametrize("body", NAMED_AGE_OTHER_OK)
def test_named_age_of_another_person_or_time_left_alone(body: str) -> None:
    assert not dat003(body), body


@pytest.mark.parametrize("body", NAMED_AGE_OWN)
def test_named_age_of_the_subject_now_flags(body: str) -> None:
    assert dat003(body), body


# An age at a dated event, the pronoun after a short opening phrase.
OPENING_AGE = [
    "Moss was born on 3 May 1950 in Leeds.\n\nHe trained as a welder.\n\n"
    "The son of a miner, he joined the union in 1975, at the age of 19.",
    "Lena Hart was born in Hull on 9 June 1950.\n\nShe hated school.\n\nA keen swimmer, she crossed the Channel in 1990, aged 22.",
]
OPENING_AGE_OK = [
    "Moss was born on 3 May 1950 in Leeds.\n\nHe trained as a welder.\n\n"
    "The son of a miner, he joined the union in 1975, at the age of 25.",
    "Lena Hart was born in Hull on 9 June 1950.\n\nShe hated school.\n\n"
    "A keen swimmer, she crossed the Channel in 1990 with her coach, when he was 22.",
]


@pytest.mark.parametrize("body", NAMED_AGE + OPENING_AGE)
def test_subject_age_against_birth_flags(body: str) -> None:
    assert dat003(body), body


@pytest.mark.parametrize("body", NAMED_AGE_OK + OPENING_AGE_OK)
def test_subject_age_against_birth_left_alone(body: str) -> None:
    assert not dat003(body), body


# A length up to the time of writing, counted in days, weeks or months, from the start the sentence dates.
PERFECT_SPAN = [
    "The walkout began on Monday, 3 November, and has now lasted three weeks.",
    "The heatwave started on 1 November and has lasted 20 days, forecasters said.",
    "The blockade, which began on 20 October, has been going on for two months.",
    "The dig began in September 2025 and has now run for five months.",
]
PERFECT_SPAN_OK = [
    "The walkout began on Monday, 3 November, and has now lasted ten days.",
    "The heatwave started on 1 November and has lasted 12 days, forecasters said.",
    "The blockade, which began on 20 October, has been going on for three weeks.",
    # the past perfect ends at another time
    "The walkout began on Monday, 3 November, and had lasted three weeks by the time talks resumed.",
    # another thing's length
    "The walkout began on 3 November; the ban has lasted three weeks.",
    # a bound, not a count
    "The walkout began on 3 November and has now lasted more than three days.",
]


@pytest.mark.parametrize("body", PERFECT_SPAN)
def test_length_to_now_flags(body: str) -> None:
    assert dat003(body), body


@pytest.mark.parametrize("body", PERFECT_SPAN_OK)
def test_length_to_now_left_alone(body: str) -> None:
    assert not dat003(body), body


# DAT001: framing dated by its own relative date ("first reported last month") dates the report, and a
# noun "plan" is no sentence about the future.
def dat001(body: str) -> list:
    r = audit_text(HEAD.format(date="2025-06-05") + body + "\n", "a.md", select=["DAT001"], as_of=dt.date(2026, 6, 8))
    return codes(r, "DAT001")


DATED_FRAMING = [
    "The shortfall, first reported last month (https://www.example.org/2019/05/02/council-shortfall), has grown.",
    "The closure was first reported by a local radio station last week "
    "(https://www.example.org/2018/06/01/plant-closure).",
    "The deal, previously reported in May (https://www.example.org/2016/05/20/deal-talks), was signed on Monday.",
    "A poll of 900 parents, published last month, found 61% backed the plan "
    "(https://www.example.org/2017/05/11/parents-poll).",
]
DATED_FRAMING_OK = [
    # year-less framing with no date of its own: background
    "The shortfall was first reported (https://www.example.org/2019/05/02/council-shortfall) by the Echo.",
    "Reuters previously reported the talks (https://www.example.org/2016/05/20/deal-talks).",
    # the report is of its time
    "The shortfall, first reported last month (https://www.example.org/2025/05/02/council-shortfall), has grown.",
    # a plan: what will happen
    "The council plans to publish a poll next month (https://www.example.org/2017/05/11/parents-poll).",
]


@pytest.mark.parametrize("body", DATED_FRAMING)
def test_dated_framing_is_stale(body: str) -> None:
    assert dat001(body), body


@pytest.mark.parametrize("body", DATED_FRAMING_OK)
def test_dated_framing_left_alone(body: str) -> None:
    assert not dat001(body), body


# Two times of one day in one sentence, the first said to follow (or precede) the event timed second.
CLOCK_ORDER = [
    "The gates were shut at 18:05, shortly after the last train left at 18:40.",
    "Police arrived at 9.20pm, minutes after the first call came in at 9.45pm.",
    "The alarm sounded at 07:50, just before the fire crew arrived at 07:32.",
    "Voting closed at 10pm, soon after the count began at 10.30pm.",
]
CLOCK_ORDER_OK = [
    "The gates were shut at 18:45, shortly after the last train left at 18:40.",
    "Police arrived at 9.50pm, minutes after the first call came in at 9.45pm.",
    "The alarm sounded at 07:20, just before the fire crew arrived at 07:32.",
    # across midnight
    "The last guests left at 00:20, shortly after the band stopped at 23:55.",
    # another day
    "The gates were shut at 18:05, after the previous day's last train left at 18:40.",
]


@pytest.mark.parametrize("body", CLOCK_ORDER)
def test_clock_order_flags(body: str) -> None:
    assert dat003(body), body


@pytest.mark.parametrize("body", CLOCK_ORDER_OK)
def test_clock_order_left_alone(body: str) -> None:
    assert not dat003(body), body
