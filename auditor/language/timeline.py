"""Timeline arithmetic for DAT003: dates read as intervals of days, checked against each other.

Each check pairs what the text says with what the calendar allows and reports only a
contradiction no reading of the dates can remove:

* a weekday written with its date ("Wednesday, April 29, 2024") that the calendar denies;
* an age given with a birth date ("Smith, 47, who was born in 1971") that fits neither the
  article's date nor any other date of the sentence;
* "N days/weeks/months later, on DATE" against the dated event before it;
* an ordering of two dated events ("Days before the vote on November 5, ... on November 12");
* a stated length ("the six-week trial, which began on June 2 and ended on June 6") against the
  dates that bound it;
* a range of year-less days that ends before it starts ("from May 20 to May 12");
* an anniversary against the founding year ("founded in 1927 ... its centenary in 2023").

A date written without its year takes the year nearest the other date of the pair (or the
article's date), so "on March 3, 2016 ... Ten days later, on March 20" compares days of 2016.
Every loop runs over the mentions of one sentence or a fixed window of them.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace

from auditor.language.dating import MONTHS, WEEKDAYS, DateMention, describe, human
from auditor.model import Document, Sentence, Span

_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30.44, "year": 365.25, "decade": 3652.5}
_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
}  # fmt: skip
_N = r"(?:\d{1,3}|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"


@dataclass(frozen=True, slots=True)
class Conflict:
    """One contradiction: where to report it, the other statement, the message, the evidence."""

    span: Span
    related: Span | None
    message: str
    evidence: dict


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[\w'’]+", text))


def _count(word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else _WORDS.get(w, 0)


def _monthday(m: DateMention) -> tuple[int, int] | None:
    if m.rel and m.rel[0] == "monthday":
        return m.rel[1], m.rel[2]
    return None


def _in_year(md: tuple[int, int], year: int) -> dt.date | None:
    try:
        return dt.date(year, md[0], md[1])
    except ValueError:
        return None


def _near(md: tuple[int, int], to: dt.date) -> dt.date | None:
    """The day with month-day ``md`` nearest ``to`` (its year, the one before or after)."""
    days = [d for y in (to.year - 1, to.year, to.year + 1) if (d := _in_year(md, y)) is not None]
    return min(days, key=lambda d: abs((d - to).days), default=None)


def _interval(m: DateMention, near: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The days ``m`` can mean; a year-less day takes the year nearest ``near``."""
    md = _monthday(m)
    if md is not None:
        if near is None:
            return None
        d = _near(md, near)
        return (d, d) if d else None
    if m.start is None or m.end is None or m.kind == "since" or (m.rel and not (_dated(m) or _day_told(m))):
        return None
    return m.start, m.end


def _pair(a: DateMention, b: DateMention, anchor: dt.date | None) -> tuple[tuple, tuple] | None:
    """Both mentions as intervals, a year-less one placed in the year nearest the other."""
    ia = _interval(a, None) if _monthday(a) is None else None
    ib = _interval(b, None) if _monthday(b) is None else None
    if ia is None and ib is None:
        ma, mb = _monthday(a), _monthday(b)
        if ma is None or mb is None or anchor is None:
            return None
        da = _near(ma, anchor)
        if da is None:
            return None
        db = _near(mb, da)
        if db is None or abs((db - da).days) > 182:
            return None  # across a new year: cannot tell which comes first
        return (da, da), (db, db)
    if ia is None:
        ia = _interval(a, ib[0]) if ib else None
    if ib is None:
        ib = _interval(b, ia[0]) if ia else None
    if ia is None or ib is None:
        return None
    return ia, ib


# ------------------------------------------------------------------ weekdays

# A weekday written out or abbreviated ("Wed., Nov. 11", "Tues 11 March"); "Sat" and "Sun" only with
# their point, as "The Sun, 11 November" names a newspaper.
_WEEKDAY_NAME = (
    r"(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|(?:Mon|Tues?|Weds?|Thur?s?|Fri)\b\.?|(?:Sat|Sun)\.)"
)
_WEEKDAY_BEFORE = re.compile(rf"\b{_WEEKDAY_NAME}(?:,?\s+the|,)?\s*\(?\s*\Z")


_WEEKDAY_AFTER = re.compile(
    r"\s*(?:,\s*(?:a|which\s+(?:was|is))|\(\s*(?:a\s+)?)\s*(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _weekday_index(name: str) -> int:
    """ "Wednesday", "Wed.", "Thurs" -> 2, 3 (Monday is 0)."""
    return next(i for i, w in enumerate(WEEKDAYS) if w.startswith(name.lower().rstrip(".")[:3]))


_FUTURE = re.compile(r"\b(?:will|is\s+due\s+to|are\s+due\s+to|is\s+scheduled|are\s+scheduled|plans\s+to)\b")


# Words between a weekday and its verb that point the day forward ("postponed to Tuesday", "set for",
# "until"), or an auxiliary that makes the verb's -ed form no simple past ("will be held", "is expected").
_NOT_PAST = _words(
    "until till by before to for will would shall is are am be been being can may might must should could "
    "due set scheduled slated expected planned postponed delayed moved rescheduled pushed deferred adjourned "
    "booked fixed brought put next",
)
_CLAUSE_END = re.compile(r"[,;:()—–]|\s-\s")
_WORD = re.compile(r"[A-Za-z'’]+")


def _past_form(word: str) -> bool:
    """A simple past: "was", "met", "called" (not "need", "hundred")."""
    w = word.lower()
    if w in ("was", "were", "had", "did") or w in _IRREGULAR_PAST.values():
        return True
    return len(w) >= 5 and w.endswith("ed") and not w.endswith("eed") and w != "hundred"


def _told_past(text: str, sentence: Span, lo: int, hi: int) -> bool:
    """The clause telling a weekday and its date (``text[lo:hi]``) is in the simple past.

    The verb nearest the day in its clause decides: "The council met on Tuesday, 3 March" and "On
    Tuesday, 3 March, officers were called" tell a day gone by; "opens on", "was postponed to",
    "will be held on" and "until" do not."""
    before = text[sentence.start : lo]
    cut = [m.end() for m in _CLAUSE_END.finditer(before)]
    words = _WORD.findall(before[cut[-1] if cut else 0 :])[-6:]
    for i in range(len(words) - 1, -1, -1):
        w = words[i].lower()
        if w in _NOT_PAST:
            return False
        if _past_form(w):
            return not any(p.lower() in _NOT_PAST for p in words[max(0, i - 2) : i])
    if [w.lower() for w in words] not in ([], ["on"]):
        return False  # "since Tuesday", "ahead of the vote on Tuesday": not the day the verb tells
    after = text[hi : sentence.end]
    after = after.lstrip(" ,:—–")  # "Tuesday 3 March: the vote was held"
    end = _CLAUSE_END.search(after)
    words = _WORD.findall(after[: end.start() if end else len(after)])[:6]
    for i, w in enumerate(words):
        if w.lower() in _NOT_PAST:
            return False
        if _past_form(w):
            return not any(p.lower() in _NOT_PAST for p in words[max(0, i - 2) : i])
    return False


def weekday_conflicts(
    doc: Document, mentions: list[DateMention], anchor: dt.date | None, guessed: bool = False
) -> Iterator[Conflict]:
    """ "Wednesday, April 29, 2024" when 29 April 2024 was a Monday. A year-less date ("Monday, March
    18") is read in the years around ``anchor``; when the anchor is ``guessed`` from the text rather
    than stated, any of those three years will do."""
    text = doc.text
    for m in mentions:
        if m.granularity != "day" or m.kind == "range":
            continue
        wm = _WEEKDAY_BEFORE.search(text, max(0, m.span.start - 16), m.span.start)
        if wm is None:
            wm = _WEEKDAY_AFTER.match(text, m.span.end, min(len(text), m.span.end + 16))
        if wm is None:
            continue
        want = _weekday_index(wm.group("w"))
        md = _monthday(m)
        if md is not None:
            if anchor is None:
                continue
            # a year-less date may be last year's or next year's: any reading within ~10 months will do
            readings = [
                d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                if (d := _in_year(md, y)) is not None and abs((d - anchor).days) <= 300
            ]  # fmt: skip
            if guessed:
                readings = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _in_year(md, y))]
            sentence = None if guessed else doc.sentence_at(m.span.start)
            if sentence is not None and _FUTURE.search(sentence.text):
                # "will hold ... on Tuesday, May 13": a day to come, not last year's
                readings = [d for d in readings if (d - anchor).days >= -7]
            elif sentence is not None and _told_past(text, sentence.span, min(wm.start(), m.span.start), m.span.end):
                # "The council met on Tuesday, 3 March": a day gone by, not next year's
                readings = [d for d in readings if (d - anchor).days <= 7]
            days = readings
        elif m.start is not None and m.start == m.end and not m.rel:
            days = [m.start]
        else:
            continue
        if not days or any(d.weekday() == want for d in days):
            continue
        d = min(days, key=lambda x: abs((x - (anchor or x)).days))
        lo, hi = min(wm.start(), m.span.start), max(wm.end(), m.span.end)
        said = text[lo:hi] if wm.start() > m.span.start else text[wm.start() : m.span.end]
        yield Conflict(
            Span(lo, hi),
            None,
            f'"{" ".join(said.split())}": {human(d)} was a {WEEKDAYS[d.weekday()].title()}, not a '
            f"{WEEKDAYS[want].title()}; the weekday or the date is wrong.",
            {"weekday": WEEKDAYS[want].title(), "date": d.isoformat(), "actual": WEEKDAYS[d.weekday()].title()},
        )


# A weekday with a bare day of the month: "Wednesday the 11th", "Wednesday, the 11th", "Wednesday's vote
# on the 11th". What follows the ordinal must end the phrase ("the 11th round", "the 3rd of four" are
# not days).
_WEEKDAY_ORDINAL = re.compile(
    rf"\b{_WEEKDAY_NAME}(?:(?P<gap>['’]s(?:\s+[a-z][\w'’-]*){{1,4}}?\s+on)|,?)\s+the\s+"
    r"(?P<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b"
    r"(?![-‑]|\s+(?:of|day|days|round|rounds|time|times|floor|place|anniversary|birthday|century|minute|hole|"
    r"inning|innings|edition|year|week|month|seed|lap|stage|game|match|race|overall|largest|biggest|most|best|"
    r"highest|lowest|consecutive|straight|successive|amendment|grade|generation|person|item|page|percentile)\b)"
)


# "on the 11th, a Wednesday", "the 11th (a Wednesday)"
_ORDINAL_WEEKDAY = re.compile(
    r"\bthe\s+(?P<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b(?:,\s*(?:a|which\s+was\s+a)|\s*\(\s*(?:a\s+)?)\s*"
    r"(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _paragraph_of(doc: Document, offset: int) -> Span:
    """The paragraph holding ``offset`` (the whole text when the document has none)."""
    i = bisect_right([p.start for p in doc.paragraphs], offset) - 1
    if 0 <= i < len(doc.paragraphs) and offset < doc.paragraphs[i].end:
        return doc.paragraphs[i]
    return Span(0, len(doc.text))


def ordinal_day_conflicts(
    doc: Document, sentences: list[Sentence], by_sentence: dict[int, list[DateMention]], anchor: dt.date | None
) -> Iterator[Conflict]:
    """ "Ministers met on Wednesday the 11th" when no month near the article's date has a Wednesday 11th.

    A bare day of the month is read in the article's month, the one before and the one after, and
    in every month the paragraph names; only a weekday that fits none of those is reported.
    """
    if anchor is None:
        return
    text = doc.text
    for s in sentences:
        if "day" not in s.text or " the " not in s.text:
            continue
        found = list(_WEEKDAY_ORDINAL.finditer(text, s.span.start, s.span.end))
        found += _ORDINAL_WEEKDAY.finditer(text, s.span.start, s.span.end)
        for om in found:
            want, day = _weekday_index(om.group("w")), int(om.group("d"))
            if want == 4 and day == 13:
                continue  # "Friday the 13th": the unlucky day (and the film), as often as a date
            months = {(anchor.year + (anchor.month + k - 1) // 12, (anchor.month + k - 1) % 12 + 1) for k in (-1, 0, 1)}
            para = _paragraph_of(doc, s.span.start)
            for t in sentences:
                if not para.start <= t.span.start < para.end:
                    continue
                for m in by_sentence.get(t.index, []):
                    md = _monthday(m)
                    if md is not None:
                        d = _near(md, anchor)
                        if d is not None:
                            months.add((d.year, d.month))
                    elif m.start is not None and m.end is not None and (m.end - m.start).days <= 62:
                        months.update({(m.start.year, m.start.month), (m.end.year, m.end.month)})
            readings = sorted(d for y, mo in months if (d := _in_year((mo, day), y)) is not None)
            if not readings or any(d.weekday() == want for d in readings):
                continue
            each = "; ".join(f"{human(d)} was a {WEEKDAYS[d.weekday()].title()}" for d in readings)
            said = " ".join(om.group(0).split())
            yield Conflict(
                Span(om.start(), om.end()),
                None,
                f'"{said}": no month near the article\'s date has a {WEEKDAYS[want].title()} of that day '
                f"({each}); the weekday or the day is wrong.",
                {"weekday": WEEKDAYS[want].title(), "day": day, "readings": [r.isoformat() for r in readings]},
            )


# ------------------------------------------------------------------ ages

_NUMBER_WORDS = "|".join(sorted((w for w in _WORDS if w not in ("a", "an")), key=len, reverse=True))
_AGE = re.compile(
    r"(?:(?<=[A-Za-z.)])\s*,\s*(?:now\s+|aged\s+)?(?P<a>\d{1,3})\s*(?:,|(?=\(\s*(?:b\.|born)\s))"
    rf"|\b(?P<b>\d{{1,3}}|(?i:{_NUMBER_WORDS}))[-‑ ]years?[-‑ ]old\b"
    r"|\b(?:aged|turned|turns|turning|at\s+the\s+age\s+of|who\s+is|who\s+was|is\s+now|[Nn]ow)\s+(?P<c>\d{1,3})\b"
    r"(?!\s*(?:%|per|percent|years?\s+(?:ago|later|after|before)|[.,]\d|[-‑]))"
    # "Smith (52), born 1961": an age in brackets after a name
    r"|(?<=[a-z])\s*\((?P<f>\d{1,3})\)(?=[\s,;.])"
    # "celebrated her 50th birthday in June": the age reached this year
    r"|\b(?:celebrated|celebrates|marked|marks|marking|celebrating)\s+(?:his|her|their)\s+(?P<e>\d{1,3})(?:st|nd|rd|th)\s+birthday\b"
    # "Ellis, born on 30 December 1960, is 64.": a bare "is" ends the clause with the age
    r"|(?<=,)\s+is\s+(?P<d>\d{1,3})(?=\s*(?:[.;:)]|,\s|\Z)|\s+years?\s+old\b)"
    # "She is 61 now.": the age on the article's date
    r"|\b(?:is|are)\s+(?P<g>\d{1,3})\s+(?=(?:now|today)\b)"
    r")"
)
_AGE_GROUPS = ("a", "b", "c", "d", "e", "f", "g")
# An age told in the present ("now 38", "who is 38", "is 61 today"): the age on the article's date,
# whatever other dates its sentence names.
_AGE_NOW = re.compile(r"\W*(?:now|is\s+now|who\s+is|(?:is|are)\s+\d{1,3}\s+(?:now|today))\b|\s+is\s+\d", re.I)
_BORN_BEFORE = re.compile(r"\bborn\s+(?:(?:in|on)\s+)?\Z", re.I)
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
# "born in 1971", "born on 3 May 1990", "born in Recife in September 2001" (a place, then the date)
_BORN = re.compile(
    rf"\b(?i:born)\s+(?:in\s+(?!{_MONTH_NAME})[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}},?\s+)?(?:(?:in|on)\s+)?(?=\S)"
    r"|(?<=\()\s*b\.\s*(?=\d)"  # "Singh (b. 1980)"
)
# A thing's age: "built in 2009, is 19 years old"; only with "years old" said of it, as "a 19-year-old"
# near "founded in 1990" may be a person's age.
_MADE = re.compile(
    r"\b(?:built|launched|constructed|commissioned|completed|founded|established|opened|planted)\s+in\s+(?=\d)",
    re.I,
)
_THING_AGE = re.compile(r"\b(?:is|are|was|were|now)\s+(?:now\s+)?(?P<n>\d{1,3})\s+years?\s+old\b", re.I)


_APPOSED_AGED = re.compile(r"[A-Za-z.)]\s*,\s*aged\s")


def _age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def age_conflicts(
    doc: Document, sentence: Sentence, found: list[DateMention], anchor: dt.date | None
) -> Iterator[Conflict]:
    """ "Holloway, 47, who was born in 1971" in an article dated 2025 (he is 53 or 54)."""
    text = doc.text
    lo, hi = sentence.span.start, sentence.span.end
    if anchor is None:
        return
    if "orn" not in text[lo:hi] and "(b." not in text[lo:hi]:  # "born", "Born", "(b. 1980)"
        if " old" in text[lo:hi]:
            yield from _thing_age_conflicts(doc, sentence, found, anchor)
        return
    ages = [(m, _count(next(g for g in m.group(*_AGE_GROUPS) if g))) for m in _AGE.finditer(text, lo, hi)]
    if len(ages) != 1:
        return  # two people's ages in one sentence: which birth date is whose is a guess
    for bm in _BORN.finditer(text, lo, hi):
        birth = next((m for m in found if m.span.start == bm.end()), None)
        if birth is None or birth.rel or birth.kind != "absolute" or birth.start is None or birth.end is None:
            continue
        am, age = ages[0]
        if abs(am.start() - bm.start()) > 90 or not 0 < age < 125:
            continue
        # the age may be given at the time of another event the sentence dates; an age in apposition
        # ("Ms Brandt, 51, who was born in 1971, joined in 2022") is the age now, unless a date frames
        # the sentence before it ("In 2010, Smith, 39, ...")
        appositive = bool(am.group("a") or am.group("f")) or bool(
            am.group("c") and _APPOSED_AGED.search(text, max(lo, am.start() - 3), am.start() + 5)
        )  # "Ms Brandt, aged 51, ..."
        times = [anchor] + [
            d
            for m in found
            if m is not birth and m.kind != "range" and not m.rel and m.start and m.end
            and not (appositive and m.span.start > am.start())
            for d in (m.start, m.end)
        ]  # fmt: skip
        possible = {a for t in times for a in range(_age(birth.end, t), _age(birth.start, t) + 1)}
        if age in possible:
            continue
        a_lo, a_hi = _age(birth.end, anchor), _age(birth.start, anchor)
        if a_lo > 110:
            continue  # not alive on the article's date: the age belongs to a dated event (age_at_event_conflicts)
        born = " ".join(text[bm.start() : birth.span.end].split())
        fits = f"{a_lo}" if a_lo == a_hi else f"{a_lo} or {a_hi}"
        yield Conflict(
            Span(am.start(), am.end()),
            birth.span,
            f'The age {age} does not fit "{born}": on the article\'s date ({human(anchor)}) '
            f"someone born then is {fits}; the age or the birth date is wrong.",
            {"age": age, "born": birth.text, "article_date": anchor.isoformat(), "expected": sorted({a_lo, a_hi})},
        )


def _thing_age_conflicts(
    doc: Document, sentence: Sentence, found: list[DateMention], anchor: dt.date
) -> Iterator[Conflict]:
    """ "The tanker, built in 2009, is 19 years old" in a 2025 article: it is 15 or 16."""
    text = doc.text
    lo, hi = sentence.span.start, sentence.span.end
    ages = list(_THING_AGE.finditer(text, lo, hi))
    made = list(_MADE.finditer(text, lo, hi))
    if len(ages) != 1 or len(made) != 1:
        return
    am, mm = ages[0], made[0]
    year = next((m for m in found if m.span.start == mm.end()), None)
    if year is None or year.rel or year.kind != "absolute" or year.start is None or year.end is None:
        return
    if abs(am.start() - mm.start()) > 90 or year.start > anchor:
        return
    age = int(am.group("n"))
    a_lo, a_hi = _age(year.end, anchor), _age(year.start, anchor)
    if a_lo - 1 <= age <= a_hi or any(m is not year and not m.rel and m.kind != "range" for m in found):
        return  # one year either way (built late in the year), or another date the age may be given for
    made_text = " ".join(text[mm.start() : year.span.end].split())
    fits = f"{a_lo}" if a_lo == a_hi else f"{a_lo} or {a_hi}"
    yield Conflict(
        Span(am.start(), am.end()),
        year.span,
        f'The age {age} years does not fit "{made_text}": on the article\'s date ({human(anchor)}) '
        f"it is {fits} years old; the age or the year is wrong.",
        {"age": age, "made": year.text, "article_date": anchor.isoformat(), "expected": sorted({a_lo, a_hi})},
    )


# ------------------------------------------------------------------ a weekday and the date of the next sentence

# "Councillors voted on Thursday. The vote, held on 11 November, ...": the next sentence opens on the
# event the weekday dated (its noun, or a noun made from its verb) and gives that event a calendar day.
_OPENS_ON = re.compile(
    r"\W*(?:The|This|That|Its|Their|Thursday['’]s|\w+day['’]s)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{4,})\b"
)
_WEEKDAY_ON = re.compile(r"\bon\s+(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def next_sentence_weekday_conflicts(
    doc: Document, sentences: list[Sentence], by_sentence: dict[int, list[DateMention]], anchor: dt.date | None
) -> Iterator[Conflict]:
    """ "Councillors voted on Thursday. The vote, held on 11 November, ..." when 11 November was a Tuesday."""
    if anchor is None:
        return
    text = doc.text
    for a, b in itertools.pairwise(sentences):
        if not any(m.rel and m.rel[0] == "weekday" for m in by_sentence.get(a.index, ())):
            continue  # most sentences name no weekday
        wm = _WEEKDAY_ON.search(text, a.span.start, a.span.end)
        if wm is None or _paragraph_of(doc, a.span.start) != _paragraph_of(doc, b.span.start):
            continue
        if any(
            _monthday(m) or (m.granularity == "day" and m.start and not m.rel) for m in by_sentence.get(a.index, [])
        ):
            continue  # the weekday's own sentence gives a day: read there
        om = _OPENS_ON.match(text, b.span.start, b.span.end)
        if om is None:
            continue
        days = [
            m for m in by_sentence.get(b.index, [])
            if m.kind != "range" and m.granularity == "day" and (_monthday(m) or (m.start and not m.rel))
        ]  # fmt: skip
        if len(days) != 1 or days[0].span.start - om.end() > 40:
            continue
        forms = _forms(om.group("noun").lower())
        if not forms.search(text, max(a.span.start, wm.start() - 40), wm.start()):
            continue  # the next sentence is about something else
        d = days[0]
        day = _interval(d, anchor)
        if day is None or day[0] != day[1] or abs((day[0] - anchor).days) > 300:
            continue
        want = _weekday_index(wm.group("w"))
        if day[0].weekday() == want or _FUTURE.search(b.text):
            continue  # "The vote on 11 December will settle it": another vote, to come
        told = next((m for m in by_sentence.get(a.index, []) if m.rel and m.rel[0] == "weekday" and m.start), None)
        if told is not None and told.start is not None and abs((told.start - day[0]).days) > 14:
            continue  # the weekday read against the article's date is another week: another event
        yield Conflict(
            d.span,
            Span(wm.start(), wm.end()),
            f'"{wm.group(0)}" and "{d.text}" in the next sentence date the same {om.group("noun")}, but '
            f"{human(day[0])} was a {WEEKDAYS[day[0].weekday()].title()}, not a {WEEKDAYS[want].title()}; "
            "the weekday or the date is wrong.",
            {"weekday": WEEKDAYS[want].title(), "date": day[0].isoformat(), "event": om.group("noun")},
        )


# ------------------------------------------------------------------ a life's dates and the age at death

# "Margaret Ellis (3 May 1940 - 14 October 2025)", "(1940-2025)": a name, then the years of a life
_LIFE_OPEN = re.compile(r"[A-Z][\w'’.-]+\s*\(\s*(?:b\.\s*|born\s+)?\Z")
_DEATH_AGE = re.compile(
    r"\b(?:died|dies|death|passed\s+away)\b[^.;()]{0,80}?\b(?:aged|at\s+the\s+age\s+of|at\s+age|at)\s+"
    r"(?P<a>\d{1,3})\b(?![\d%.,]\d|\s*(?:%|per\s*cent|percent|years?\s+(?:ago|later)|[ap]\.?m\b|o['’]clock|:))"
    r"|,\s*(?:aged\s+)?(?P<b>\d{1,3}),?\s+(?:died|dies|has\s+died)\b"
)


def lifespan_conflicts(
    doc: Document, sentences: list[Sentence], by_sentence: dict[int, list[DateMention]]
) -> Iterator[Conflict]:
    """ "Margaret Ellis (3 May 1940 - 14 October 2025) died aged 82": born then and dead then, she was 85.

    The dates in brackets after a name are a birth and a death; the age at death is read in the same
    sentence or the next one of its paragraph. Years alone allow two ages (the birthday may fall
    after the day of death).
    """
    text = doc.text
    for k, s in enumerate(sentences):
        for m in by_sentence.get(s.index, []):
            if m.kind != "range" or m.start is None or m.end is None or not 0 < m.end.year - m.start.year < 125:
                continue
            if not _LIFE_OPEN.search(text, max(0, m.span.start - 40), m.span.start):
                continue
            if not re.match(r"\s*\)", text[m.span.end : m.span.end + 3]):
                continue
            where = [s] + [
                t
                for t in sentences[k + 1 : k + 2]
                if _paragraph_of(doc, t.span.start) == _paragraph_of(doc, s.span.start)
            ]
            ages = [am for t in where for am in _DEATH_AGE.finditer(text, max(t.span.start, m.span.end), t.span.end)]
            if len(ages) != 1:
                continue
            am = ages[0]
            age = int(am.group("a") or am.group("b"))
            if m.parts and all(p.granularity == "day" and p.start for p in m.parts):
                born, died = m.parts[0].start, m.parts[1].start
                possible = {_age(born, died)}
                how = f"someone born on {human(born)} who died on {human(died)} was {_age(born, died)}"
            elif m.granularity == "year":
                lo, hi = m.end.year - m.start.year - 1, m.end.year - m.start.year
                possible = {lo, hi}
                how = f"someone born in {m.start.year} who died in {m.end.year} was {lo} or {hi}"
            else:
                continue
            if age in possible or min(possible) < 15 or min(abs(age - p) for p in possible) > 10:
                continue  # "Mayor Smith (2001-2009) died aged 76": brackets that give a term, not a life
            said = " ".join(text[am.start() : am.end()].split()).lstrip(", ")
            yield Conflict(
                Span(am.start(), am.end()),
                m.span,
                f'"{said}" does not fit the dates "({m.text})": {how}; the age or a date is wrong.',
                {"age": age, "life": m.text, "expected": sorted(possible)},
            )


# ------------------------------------------------------------------ "N days later"

_LATER = re.compile(
    rf"\b(?P<n>{_N})\s+(?P<u>day|week|fortnight|month|year)s?\s+(?:later|after|on(?=\s*,))\s*,?\s*(?:on|in)\s+\Z|"
    rf"\b(?P<n2>{_N})\s+(?P<u2>day|week|fortnight|month|year)s?\s+(?:later|on(?=\s*,))\s*,?\s*\Z|"
    r"\b(?:the\s+(?:next|following)|the\s+(?P<u3>day|week)\s+after)\s+(?P<u4>day|week)?\s*,?\s*(?:on\s+)?\Z|"
    rf"\b(?P<n5>{_N})\s+(?P<u5>day|week|fortnight|month)s?\s+after\s+(?:the\s+)?[a-z][^,.;]{{2,60}},\s*(?:on|in)\s+\Z|"
    rf"\bwithin\s+(?:(?P<n6>{_N})\s+)?(?P<u6>day|week|fortnight|month|year)s?\s*,?\s*(?:on|in|by)\s+\Z|"
    r"\b(?P<q7>later|earlier)\s+(?:that|the\s+same)\s+(?P<u7>day|week|month|year)\s*,?\s*(?:on|in)\s+\Z|"
    # "twelve years later it won the Harcourt Prize, in 1979": the clause between, then its year
    rf"\b(?P<n8>{_N})\s+years?\s+later\s+(?:(?!(?:and|but|when|while|where|which|who|after|before|since|until|then)\b)"
    r"[\w'’-]+\s+){1,7}?[\w'’-]+,?\s+in\s+\Z",
    re.I,
)
_LATER_UNIT = re.compile(r"day|week|fortnight|month|year", re.I)
# "within days, on 28 April": a count left unsaid is a few of the unit, at most this many days.
_WITHIN_FEW = {"day": 20, "week": 70}


def _elapsed_text(days: int) -> str:
    if abs(days) < 60:
        return f"{days} days"
    return f"{days} days (about {days / 30.44:.1f} months)"


def later_conflicts(
    doc: Document, sentences: list[Sentence], by_sentence: dict[int, list[DateMention]], anchor: dt.date | None
) -> Iterator[Conflict]:
    """ "on March 3, 2016. Ten days later, on March 20": 17 days, not ten."""
    text = doc.text
    previous: DateMention | None = None
    seen_in = -10
    year_before: DateMention | None = None  # the last bare year, for "12 years later, in 2019"
    year_in = -10
    for k, s in enumerate(sentences):
        if s.index - seen_in > 4:
            previous = None  # a date told many sentences back belongs to another thread
        for m in by_sentence.get(s.index, []):
            lo = max(s.span.start, m.span.start - 90)
            # every reading of _LATER that counts names its unit: a literal scan rules most windows out
            lm = _LATER.search(text, lo, m.span.start) if _LATER_UNIT.search(text, lo, m.span.start) else None
            if lm is not None and not (
                lm.group("n")
                or lm.group("n2")
                or lm.group("u3")
                or lm.group("u4")
                or lm.group("n5")
                or lm.group("u6")
                or lm.group("u7")
                or lm.group("n8")
            ):
                lm = None  # "the next" alone: the next what?
            if lm is None and previous is not None and m.granularity in ("day", "month") and m.kind != "range":
                om = _OFFSET.search(text, max(s.span.start, m.span.start - 60), m.span.start)
                if om is not None and _BEFORE_ITS_OBJECT.search(om.group(0)) and seen_in != s.index:
                    om = None  # "two weeks before Thursday's vote": what lies before it is not told here
                if om is not None and (conflict := _check_offset(previous, m, om, anchor)) is not None:
                    yield conflict
            if lm is not None and (lm.group("u6") or lm.group("u7")):
                # "within a fortnight, on April 2"; "later that month, on 2 April": against the date before
                before = previous if m.granularity in ("day", "month") else None
                if before is None and lm.group("u7") and year_before is not None and s.index - year_in <= 1:
                    before = year_before
                if before is not None and (conflict := _check_within(before, m, lm, anchor)) is not None:
                    yield conflict
            elif lm is not None and m.granularity == "year" and m.kind == "absolute":
                # "opened in 2009 and was extended 12 years later, in 2019": years against years
                unit = "year" if lm.group("n8") else (lm.group("u") or lm.group("u2") or "").lower()
                if unit == "year" and year_before is not None and s.index - year_in <= 1:
                    n = _count(lm.group("n") or lm.group("n2") or lm.group("n8") or "0")
                    phrase = " ".join(text[lm.start() : lm.end()].split()).rstrip(" ,").removesuffix(" in")
                    conflict = _check_later(
                        year_before, m, n, unit, anchor, Span(lm.start(), m.span.end), phrase.rstrip(",")
                    )
                    if conflict is not None:
                        yield conflict
            elif (
                lm is not None
                and lm.group("n5")
                and m.granularity in ("day", "month")
                and (named := _named_event(text, lm, sentences, k, by_sentence))
            ):
                # "Two days after the pause was agreed, on March 21": the pause's day is where the story
                # told it ("The pause was agreed on Tuesday, March 18"), not the last date before
                n, unit = _count(lm.group("n5")), lm.group("u5").lower()
                phrase = (
                    " ".join(text[lm.start() : lm.end()].split()).rstrip(" ,").removesuffix(" on").removesuffix(" in")
                )
                conflict = _check_later(named, m, n, unit, anchor, Span(lm.start(), m.span.end), phrase.rstrip(","))
                if conflict is not None:
                    yield conflict
            elif lm is not None and previous is not None and m.granularity in ("day", "month") and not lm.group("n8"):
                n = _count(lm.group("n") or lm.group("n2") or lm.group("n5") or "1")
                unit = (lm.group("u") or lm.group("u2") or lm.group("u3") or lm.group("u4") or lm.group("u5")).lower()
                phrase = (
                    " ".join(text[lm.start() : lm.end()].split()).rstrip(" ,").removesuffix(" on").removesuffix(" in")
                )
                conflict = _check_later(previous, m, n, unit, anchor, Span(lm.start(), m.span.end), phrase.rstrip(","))
                if conflict is not None:
                    yield conflict
            if (
                m.granularity in ("day", "month")
                and m.kind != "range"
                and (_monthday(m) or (m.start and not m.rel))
                and not _BORN_BEFORE.search(text, max(0, m.span.start - 12), m.span.start)
            ):
                previous, seen_in = m, s.index
            if m.granularity in ("year", "month") and m.kind == "absolute" and not m.rel and _HAS_YEAR.search(m.text):
                year_before, year_in = m, s.index  # "sold in March 2019. Two years later, in 2024"


_HAS_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


# A told offset from the date before, read as the days it allows: "hours later" (0-1), "days later"
# (1-20), "two days earlier", "the next morning", "the following month", "that same day", "the day before".
_OFFSET = re.compile(
    r"(?:\b(?:(?P<few>a\s+few|several|a\s+couple\s+of)\s+)?(?P<vu>hours|days|weeks|months)\s+"
    r"(?:later|afterwards|after\s+that|on(?=\s*,))"
    rf"|\b(?P<n>{_N})\s+(?P<u>day|week|fortnight|month|year)s?\s+(?:earlier|before(?:\s+that)?)"
    r"|\bthe\s+(?:next|following)\s+(?P<part>morning|afternoon|evening|night)"
    r"|\bthe\s+(?:next|following)\s+(?P<cal>month|year)"
    r"|\b(?P<same>(?:that|the)\s+same\s+day)"
    r"|\bthe\s+(?:(?P<eve>evening|night)\s+before|(?:day\s+before|previous\s+day))"
    r")\s*,?\s*(?:on\s+|in\s+)?\Z",
    re.I,
)
# "a year before Wednesday's announcement": the date is the object of "before", so the date told before
# it lies that length earlier; "a year before, on 3 February" or "a year earlier" counts back from the
# date told before instead.
_BEFORE_ITS_OBJECT = re.compile(r"\bbefore\s*\Z", re.I)
_VAGUE_DAYS = {"hours": (0, 1), "days": (1, 20), "weeks": (7, 120), "months": (28, 1095)}
_FEW_DAYS = {"hours": (0, 1), "days": (1, 14), "weeks": (7, 60), "months": (28, 365)}
_UNIT_SLACK = {"day": 0, "week": 3, "fortnight": 3, "month": 16, "year": 183}


def _check_offset(a: DateMention, b: DateMention, om: re.Match[str], anchor: dt.date | None) -> Conflict | None:
    """The date ``b`` told at an offset from the date before it (``a``), against the days it allows."""
    pair = _pair(a, b, anchor)
    if pair is None:
        return None
    (a0, a1), (b0, b1) = pair
    lo, hi = (b0 - a1).days, (b1 - a0).days  # the shortest and longest gap the dates allow
    if om.group("cal"):
        if _monthday(b) is not None and om.group("cal").lower() == "year":
            return None  # "the next year, on 5 March": the year is the one after, as told
        months = (b0.year * 12 + b0.month) - (a1.year * 12 + a1.month)
        fits = months == 1 if om.group("cal").lower() == "month" else b0.year == a1.year + 1
        if fits:
            return None
    else:
        if om.group("vu"):
            least, most = (_FEW_DAYS if om.group("few") else _VAGUE_DAYS)[om.group("vu").lower()]
        elif om.group("u"):
            n, unit = _count(om.group("n")), om.group("u").lower()
            if n <= 0:
                return None
            want = round(n * _UNIT_DAYS[unit])
            if _BEFORE_ITS_OBJECT.search(om.group(0)):
                want = -want  # "on 2 April, two weeks before Thursday": Thursday is two weeks after 2 April
            least, most = -want - _UNIT_SLACK[unit], -want + _UNIT_SLACK[unit]
        elif om.group("part"):
            least, most = 1, 1
        elif om.group("same"):
            least, most = 0, 0
        elif om.group("eve"):
            least, most = -1, 0
        else:
            least, most = -1, -1
        if b.granularity != "day" and most - least < 28:
            return None  # "the next morning, in March": a month cannot deny a day's offset
        if hi >= least and lo <= most:
            return None
    phrase = re.sub(r",?\s+(?:on|in)\s*\Z", "", " ".join(om.group(0).split())).strip(" ,")
    gap = (b0 - a0).days
    told = _elapsed_text(abs(gap)) + (" after" if gap > 0 else " before") if gap else "the same day as"
    return Conflict(
        Span(om.start(), b.span.end),
        a.span,
        f'"{phrase}" does not fit the dates: "{b.text}" is {told} "{a.text}"; one of them is wrong.',
        {"stated": phrase, "from": a.text, "to": b.text, "days": gap},
    )


def _check_within(a: DateMention, b: DateMention, lm: re.Match[str], anchor: dt.date | None) -> Conflict | None:
    """ "within a fortnight, on April 2" (at most 14 days after) and "later that month, on 2 April"
    (after, in the same month) against the date told before."""
    pair = _pair(a, b, anchor)
    if pair is None:
        return None
    (a0, a1), (b0, b1) = pair
    phrase = " ".join(lm.group(0).split()).rstrip(" ,")
    phrase = re.sub(r",?\s+(?:on|in|by)\Z", "", phrase)
    if lm.group("u6"):
        unit, n = lm.group("u6").lower(), _count(lm.group("n6") or "0")
        if unit not in ("day", "week", "fortnight") or a.granularity != "day" or b.granularity != "day":
            return None  # "within five years, by 2030": a target, counted from now as often as from then
        if n:
            most = n * _UNIT_DAYS[unit] + {"day": 0, "week": 3, "fortnight": 3}[unit]
        elif unit in _WITHIN_FEW and lm.group(0).lower().find(unit + "s") != -1:
            most = _WITHIN_FEW[unit]
        else:
            return None
        lo = (b0 - a1).days
        if lo <= most and (b1 - a0).days >= 0:
            return None
        why = f"{_elapsed_text(lo)} after" if lo > 0 else "before"
        return Conflict(
            Span(lm.start(), b.span.end),
            a.span,
            f'"{phrase}" does not fit the dates: "{b.text}" is {why} "{a.text}"; one of them is wrong.',
            {"stated": phrase, "from": a.text, "to": b.text, "days": (b0 - a0).days},
        )
    unit, later = lm.group("u7").lower(), lm.group("q7").lower() == "later"
    if a.granularity != "day" and unit in ("day", "week"):
        return None
    if unit == "year" and b.granularity in ("month", "day") and not _HAS_YEAR.search(b.text):
        return None  # "later that year, in June": the year is the one before, no contradiction to tell
    if unit == "year":
        same = a0.year == a1.year == b0.year == b1.year
    elif unit == "month":
        same = (a0.year, a0.month) == (a1.year, a1.month) == (b0.year, b0.month) == (b1.year, b1.month)
    elif unit == "week":
        same = abs((b0 - a0).days) <= 7
    else:
        same = a0 == b0
    right_side = (b1 >= a0) if later else (b0 <= a1)
    if same and right_side:
        return None
    why = f"not in the same {unit}" if not same else ("before it" if later else "after it")
    return Conflict(
        Span(lm.start(), b.span.end),
        a.span,
        f'"{phrase}" does not fit the dates: "{b.text}" is {why} ("{a.text}"); one of them is wrong.',
        {"stated": phrase, "from": a.text, "to": b.text, "days": (b0 - a0).days},
    )


_AFTER_NOUN = re.compile(
    r"\bafter\s+(?:the|its|their|his|her)\s+(?P<noun>[a-z]{4,})(?:\s+(?P<next>[a-z]{4,}))?\b", re.I
)
_VERBISH = re.compile(r"(?:ed|was|were|took|came|began|begun|went|broke|fell|rose|held|made|won|lost|had)\Z")


def _named_event(
    text: str, lm: re.Match[str], sentences: list[Sentence], k: int, by_sentence: dict[int, list[DateMention]]
) -> DateMention | None:
    """The day the story gave the event "N days after the NOUN ..." names, in an earlier sentence."""
    nm = _AFTER_NOUN.search(text, lm.start(), lm.end())
    if nm is None:
        return None
    # "after the draft budget appeared": the head noun; "after the ceasefire took effect": the first word
    head = nm.group("next") if nm.group("next") and not _VERBISH.search(nm.group("next").lower()) else None
    found = _dated_mention_of(sentences, k, by_sentence, [head or nm.group("noun")])
    if found is None or found[0].granularity != "day":
        return None
    return found[0]


def _length_words(n: int, unit: str) -> str:
    """ "3 weeks", "a fortnight (14 days)"."""
    if unit == "fortnight":
        return "a fortnight (14 days)" if n == 1 else f"{n} fortnights ({14 * n} days)"
    return f"{n} {unit}{'s' if n != 1 else ''}"


def _check_later(
    a: DateMention, b: DateMention, n: int, unit: str, anchor: dt.date | None, said: Span, phrase: str
) -> Conflict | None:
    pair = _pair(a, b, anchor)
    if pair is None or n <= 0:
        return None
    (a0, a1), (b0, b1) = pair
    lo, hi = (b0 - a1).days, (b1 - a0).days  # the shortest and longest gap the dates allow
    want = n * _UNIT_DAYS[unit]
    # "two days after March 18, on March 21": counted days are exact
    slack = {"day": 0, "week": 3, "fortnight": 3, "month": 16, "year": 183}[unit]
    if lo - slack <= want <= hi + slack:
        return None
    gap = (b0 - a0).days
    if a.granularity == "year" and b.granularity == "year" and a.start and b.start:
        between = f"{b.start.year - a.start.year} years ({b.start.year} - {a.start.year})"
    elif a.granularity == "day" and b.granularity == "day":
        between = _elapsed_text(gap)
    else:
        between = f"{lo} to {hi} days" if lo != hi else _elapsed_text(lo)
    return Conflict(
        said,
        a.span,
        f'"{phrase}" does not fit the dates: from "{a.text}" to "{b.text}" is '
        f"{between}, not {_length_words(n, unit)}; one of them is wrong.",
        {"stated": f"{n} {unit}", "from": a.text, "to": b.text, "days": gap},
    )


# ------------------------------------------------------------------ "Days before X on A, ... on B"

_LEAD_CONNECTIVE = re.compile(
    r"\W*(?:(?:just|only|shortly|soon|hours|days|weeks|months|a\s+day|a\s+week|a\s+month|a\s+few\s+\w+|"
    rf"several\s+\w+|{_N}\s+(?:days?|weeks?|months?))\s+)?(?P<c>before|after|ahead\s+of|following)\s",
    re.I,
)


def lead_ordering_conflicts(
    doc: Document, sentence: Sentence, found: list[DateMention], anchor: dt.date | None
) -> Iterator[Conflict]:
    """ "Days before the election on November 5, Whitford will hold a rally on November 12." """
    text = doc.text
    head = _LEAD_CONNECTIVE.match(text, sentence.span.start, sentence.span.end)
    if head is None or not found:
        return
    comma = text.find(",", head.end(), sentence.span.end)
    if comma == -1:
        return
    event = [m for m in found if m.span.end <= comma and m.granularity == "day"]
    main = [m for m in found if m.span.start > comma and m.granularity == "day"]
    if len(event) != 1 or not main:
        return
    a, b = event[0], main[0]
    pair = _pair(a, b, anchor)
    if pair is None:
        return
    (a0, a1), (b0, b1) = pair
    word = head.group("c").lower()
    before = word in ("before", "ahead of")
    if (before and b0 <= a1) or (not before and b1 >= a0):
        return
    yield Conflict(
        b.span,
        a.span,
        f'The sentence puts "{b.text}" {word} "{a.text}", but {human(b0)} is '
        f"{'after' if before else 'before'} {human(a0)}; one of the dates is wrong.",
        {"event": a.text, "main": b.text, "connective": word},
    )


# ------------------------------------------------------------------ stated lengths

_LENGTH = re.compile(
    rf"\b(?P<hedge>(?:nearly|almost|about|around|roughly|some|more\s+than|over|at\s+least|close\s+to)\s+)?"
    rf"(?:(?P<n>{_N})(?P<half>[-‑]and[-‑]a[-‑]half)?[-‑](?P<u>day|week|month|year|decade)(?:-long)?\b(?![-‑])"
    # "the month-long strike", "a decade-long project": one of the unit
    r"|\b(?P<u3>day|week|month|year|decade)[-‑]long\b(?![-‑])"
    rf"|\b(?:spent|lasted|took(?:\s+(?:me|us|him|her|them|it|my\s+[a-z]+|our\s+[a-z]+|their\s+[a-z]+|the\s+[a-z]+))?"
    rf"|for|covers|covered|covering|spans|spanned|spanning|over\s+the|after)\s+(?P<n2>{_N})\s+"
    r"(?P<u2>day|week|fortnight|month|year)s?\b)",
    re.I,
)
_WEEKDAY_OPT = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_START_WORD = re.compile(
    rf"\b(?:began|begun|begins|started|starts|opened|opens|beginning|starting|opening|from|arriving|arrived|launched)\s+"
    rf"(?:on\s+|in\s+)?{_WEEKDAY_OPT}\Z"
    # "from their application in March 2023": the event that opens the span
    rf"|\bfrom\s+(?:(?:his|her|their|its|the|our|my)\s+)?(?:[a-z]+['’]s\s+)?[a-z]{{4,}}\s+(?:in|on)\s+{_WEEKDAY_OPT}\Z"
    # a journey's start: "which left Antofagasta on 12 March", "set sail from Hobart on 3 January"
    rf"|\b(?:left|departed|sailed\s+from|set\s+(?:sail|off|out)\s+from)\s+(?-i:(?:[A-Z][\w’'-]+\s+){{1,3}})(?:on|in)\s+{_WEEKDAY_OPT}\Z",
    re.I,
)
_END_WORD = re.compile(
    r"\b(?:ended|ending|closed|closing|finished|concluded|ran\s+until|lasted\s+until|until|till|to|through|leaving|left|"
    rf"departing|departed|returned|returning|(?:arrived|got|came)\s+back)\s+(?:on\s+|in\s+)?{_WEEKDAY_OPT}\Z"
    # "until Russia quit it in July 2023": the end is the clause that "until" opens
    rf"|\b(?:until|till)\s+(?:(?!and\b|but\b|from\b)[\w'’]+\s+){{1,5}}(?:in|on)\s+{_WEEKDAY_OPT}\Z"
    # "to the approval in June 2024": the event that closes the span
    rf"|\b(?:to|until|till)\s+(?:(?:his|her|their|its|the|our|my)\s+)?(?:[a-z]+['’]s\s+)?[a-z]{{4,}}\s+(?:in|on)\s+{_WEEKDAY_OPT}\Z"
    # "ended with the verdicts on 13 June", "closed to visitors in May"
    rf"|\b(?:ended|finished|closed|concluded)\s+(?:(?!and\b|but\b|after\b|before\b)[\w'’]+\s+){{1,4}}(?:in|on)\s+{_WEEKDAY_OPT}\Z",
    re.I,
)


_LENGTH_UNIT = re.compile(r"day|week|fortnight|month|year|decade", re.I)
_RANGE_OF_OTHER = re.compile(r"\b(?:for|of|over|about|after|before|since)\b", re.I)
_LENGTH_GATE = re.compile(
    rf"\b(?:spent|lasted|took|for|cover\w*|span\w*|over\s+the)\s|\bafter\s+{_N}\s+(?:day|week|fortnight|month|year)",
    re.I,
)


def length_conflicts(
    doc: Document, sentence: Sentence, found: list[DateMention], anchor: dt.date | None
) -> Iterator[Conflict]:
    """ "The six-week trial, which began on June 2 and ended on June 6": five days, not six weeks."""
    text = doc.text
    said = text[sentence.span.start : sentence.span.end]
    hyphen = "-" in said or "‑" in said
    counted = (
        " day" in said or " week" in said or " month" in said or " year" in said or "fortnight" in said
    ) and _LENGTH_GATE.search(said)
    if not hyphen and not counted:
        return  # "spent 71 days": a counted length needs its unit word first
    if not _LENGTH_UNIT.search(said):
        return  # every length names its unit ("six-week", "for 12 days", "decade-long")
    for lm in _LENGTH.finditer(text, sentence.span.start, sentence.span.end):
        after = [
            m
            for m in found
            if m.span.start >= lm.end() and m.span.start - lm.end() <= 120 and (_monthday(m) or _dated(m))
        ]
        start = next((m for m in after if _START_WORD.search(text, max(0, m.span.start - 32), m.span.start)), None)
        if start is None and after:
            bare = _bare_day_range(text, lm, after[0])  # "for 12 days, from 3 to 11 August 2024"
            if bare is not None:
                pair = _pair(bare, after[0], anchor)
                conflict = _length_conflict(lm, bare, after[0], pair) if pair is not None else None
                if conflict is not None:
                    yield conflict
                continue
        if start is None and anchor is not None and lm.group("n"):
            conflict = _length_from_now(text, lm, after, found, anchor)
            if conflict is not None:
                yield conflict
                continue
        if start is None:
            if lm.group("n2"):  # "The summit, held from March 3 to March 5, lasted a week": the dates first
                conflict = _length_after_its_dates(text, lm, found, sentence, anchor) or _length_between_its_dates(
                    text, lm, found, sentence, anchor
                )
                if conflict is not None:
                    yield conflict
            continue
        if start.kind == "range":  # "A 48-week extension, from September 2024 to March 2025"
            gap = text[lm.end() : start.span.start]
            if not start.parts or start.granularity == "year" or _RANGE_OF_OTHER.search(gap) or len(gap) > 40:
                continue  # years are the duration check's; "a five-year sentence for crimes from 2010" is not
            start, end = start.parts
            pair = _pair(start, end, anchor)
            if pair is not None:
                conflict = _length_conflict(lm, start, end, pair)
                if conflict is not None:
                    yield conflict
            continue
        end = next(
            (
                m
                for m in after
                if m.span.start > start.span.end and _END_WORD.search(text, max(0, m.span.start - 36), m.span.start)
            ),
            None,
        )
        if end is None and start.span.start - lm.end() <= 60 and start.kind != "range":
            conflict = _ends_before_after(text, lm, start, found, sentence, anchor)
            if conflict is not None:
                yield conflict
            continue
        if end is None or _OTHER_SUBJECT.search(text, start.span.end, end.span.start):
            continue  # "began on 3 March; a second walkout ended on 20 March": another thing's end
        pair = _pair(start, end, anchor)
        if pair is None:
            continue
        conflict = _length_conflict(lm, start, end, pair)
        if conflict is not None:
            yield conflict


# Between the date of what followed a length and the length: "on 3 November of fraud ... after a".
_THEN_AFTER = re.compile(
    r"\A(?:(?!\b(?:after|before|since|until|when|while|but)\b)[^;:.])*?\bafter\s+(?:(?:a|an|the|his|her|its|their)\s+)?\Z",
    re.I,
)
# Sentencing comes weeks after a verdict: "jailed on Wednesday after a seven-week trial" says only that
# the trial was over by then.
_LATER_STEP = re.compile(r"\b(?:sentenced|jailed|imprisoned|fined|ordered|published|released|honoured|awarded)\b", re.I)


def _ends_before_after(
    text: str,
    lm: re.Match[str],
    start: DateMention,
    found: list[DateMention],
    sentence: Sentence,
    anchor: dt.date | None,
) -> Conflict | None:
    """ "returned to service on 3 March after a week in dry dock that began on 20 February": what the
    clause dates followed the length at once, so it lies that length after the start. A later step
    ("jailed ... after a trial") is only checked for coming too soon."""
    before = [m for m in found if m.span.end <= lm.start() and lm.start() - m.span.end <= 100]
    if not before:
        return None
    end = before[-1]
    if end.kind == "range" or not (_monthday(end) or _dated(end) or _day_told(end)):
        return None
    gap = text[end.span.end : lm.start()]
    if not (lm.group(0).lower().startswith("after") and not gap.strip(" ,")) and not _THEN_AFTER.match(gap):
        return None
    pair = _pair(start, end, anchor)
    if pair is None:
        return None
    conflict = _length_conflict(lm, start, end, pair)
    if conflict is None:
        return None
    said = text[max(sentence.span.start, end.span.start - 60) : end.span.start]
    if (pair[1][1] - pair[0][0]).days + 1 >= _count(lm.group("n") or lm.group("n2") or "1") * _UNIT_DAYS[
        (lm.group("u") or lm.group("u2") or lm.group("u3")).lower()
    ] and (
        _LATER_STEP.search(said)
        or (lm.group("u") or lm.group("u2") or lm.group("u3")).lower() in ("month", "year", "decade")
    ):
        return None  # long enough, and what followed may have come later
    return conflict


def _dated(m: DateMention) -> bool:
    """A date with its days known: written out, or "last December" read against a stated article date."""
    if m.start is None or m.soft:
        return False
    return not m.rel or (m.rel[0] == "month" and m.rel[2] in (-1, 1))


_BARE_DAY_FROM = re.compile(
    r"\b(?:from|between)\s+(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:to|until|till|through|and|-|–)\s*\Z"
    # "The two-day summit (3–9 June)", "the 10-day strike, 3-5 March": two days joined by a dash
    r"|(?:[(,:]|\b(?:on|ran|runs|held))\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s?[-–]\s?\Z",
    re.I,
)


def _bare_day_range(text: str, lm: re.Match[str], end: DateMention) -> DateMention | None:
    """The first day of "from 3 to 11 August 2024", which takes its month and year from the second."""
    if end.granularity != "day" or end.start is None or end.span.start - lm.end() > 40:
        return None  # "for 12 days, from 3 to 11 August", "The two-week festival ran from 1 to 5 July"
    bm = _BARE_DAY_FROM.search(text, max(lm.end(), end.span.start - 20), end.span.start)
    if bm is None:
        return None
    g = "d" if bm.group("d") else "d2"
    try:
        day = end.start.replace(day=int(bm.group(g)))
    except ValueError:
        return None
    span = Span(bm.start(g), bm.end(g))
    return replace(
        end,
        span=span,
        text=f"{bm.group(g)} {MONTHS[end.start.month - 1].title()}",
        start=day,
        end=day,
        rel=(),
        parts=(),
    )


_OTHER_SUBJECT = re.compile(
    r";|\b(?:and|but|while|whereas)\s+(?:the|a|an|its|his|her|their)\b|\b(?:after|before|since)\b"
)


def _length_after_its_dates(
    text: str, lm: re.Match[str], found: list[DateMention], sentence: Sentence, anchor: dt.date | None
) -> Conflict | None:
    """A counted length told after the two dates that bound it, in the same clause."""
    before = [
        m
        for m in found
        if m.span.end <= lm.start() and lm.start() - m.span.end <= 80 and (_monthday(m) or (m.start and not m.rel))
    ]
    end = next(
        (
            m
            for m in reversed(before)
            if _END_WORD.search(text, max(sentence.span.start, m.span.start - 36), m.span.start)
        ),
        None,
    )
    if end is None or _OTHER_SUBJECT.search(text, end.span.end, lm.start()):
        return None
    start = next(
        (
            m
            for m in reversed(before)
            if m.span.end <= end.span.start
            and end.span.start - m.span.end <= 40
            and _START_WORD.search(text, max(sentence.span.start, m.span.start - 32), m.span.start)
        ),
        None,
    )
    if start is None or start.kind == "range" or end.kind == "range":
        return None
    pair = _pair(start, end, anchor)
    return _length_conflict(lm, start, end, pair) if pair is not None else None


def _length_between_its_dates(
    text: str, lm: re.Match[str], found: list[DateMention], sentence: Sentence, anchor: dt.date | None
) -> Conflict | None:
    """ "began on 3 March and lasted a fortnight, ending on 28 March", "opens on 12 May and runs for three
    weeks, closing on 14 June": the start before the length, the end after it, one subject between."""
    start = next(
        (
            m
            for m in reversed(found)
            if m.span.end <= lm.start()
            and lm.start() - m.span.end <= 40
            and (_monthday(m) or _dated(m))
            and m.kind != "range"
            and _START_WORD.search(text, max(sentence.span.start, m.span.start - 32), m.span.start)
        ),
        None,
    )
    if start is None:
        return None
    end = next(
        (
            m
            for m in found
            if m.span.start >= lm.end()
            and m.span.start - lm.end() <= 40
            and (_monthday(m) or _dated(m))
            and m.kind != "range"
            and _END_WORD.search(text, max(lm.end(), m.span.start - 36), m.span.start)
        ),
        None,
    )
    if end is None or _OTHER_SUBJECT.search(text, start.span.end, end.span.start):
        return None
    pair = _pair(start, end, anchor)
    return _length_conflict(lm, start, end, pair) if pair is not None else None


_RUNS_UNTIL = re.compile(
    r"\A,?\s*(?:(?:contract|deal|lease|term|loan|agreement|extension|licen[cs]e|mandate|sentence|ban|"
    r"suspension|freeze|moratorium)\s+)?(?:(?:that|which)\s+)?(?:runs?|will\s+run|lasts?|will\s+last|expires?|ends?)?"
    r"\s*(?:until|till|to|through|in)\s+(?:the\s+end\s+of\s+)?\Z",
    re.I,
)


def _length_from_now(
    text: str, lm: re.Match[str], after: list[DateMention], found: list[DateMention], anchor: dt.date
) -> Conflict | None:
    """ "a four-and-a-half-year contract that runs until June 2031", signed on the article's date
    (30 January 2026): about five and a half years. Only a length with no start of its own, an end
    after the article's date and nothing else dated in the sentence."""
    end = next((m for m in after if m.start and not m.rel and m.kind == "absolute"), None)
    if end is None or end.start is None or end.start <= anchor or len(after) != 1:
        return None
    if not _RUNS_UNTIL.match(text[lm.end() : end.span.start]):
        return None
    if any(m is not end for m in found):
        return None  # the length may start at another date the sentence gives ("signed in 2024")
    start = DateMention(Span(lm.start(), lm.start()), "the article's date", anchor, anchor, "day")
    pair = ((anchor, anchor), (end.start, end.end or end.start))
    conflict = _length_conflict(lm, start, end, pair)
    if conflict is None:
        return None
    return replace(
        conflict,
        message=conflict.message.replace('from "the article\'s date"', f"from the article's date ({human(anchor)})"),
    )


def _length_conflict(lm: re.Match[str], start: DateMention, end: DateMention, pair: tuple) -> Conflict | None:
    """A stated length against the days its two dates allow, or None when it fits."""
    (a0, a1), (b0, b1) = pair
    lo, hi = (b0 - a1).days + 1, (b1 - a0).days + 1
    n: float = _count(lm.group("n") or lm.group("n2") or "1") + (0.5 if lm.group("half") else 0)
    unit = (lm.group("u") or lm.group("u2") or lm.group("u3")).lower()
    want = n * _UNIT_DAYS[unit]
    # a length is rounded to its unit: "a seven-week trial" is 45-53 days, a tenth more for long ones
    slack = want * 0.35 if lm.group("hedge") else max(_UNIT_DAYS[unit] / 2 + 1, want * 0.12)
    if lm.group("n2") and not lm.group("hedge"):
        slack = {"day": 1, "week": 3, "fortnight": 3, "month": 16, "year": 183}[unit]  # "spent 71 days": counted
    if n <= 0 or lo - slack <= want <= hi + slack or hi <= 0:
        return None
    length = f"{lo} days" if lo == hi else f"{lo} to {hi} days"
    if unit == "year":
        y_lo, y_hi = round(lo / 365.25), round(hi / 365.25)
        length = f"about {y_lo} year{'s' if y_lo != 1 else ''}" if y_lo == y_hi else f"about {y_lo} to {y_hi} years"
    return Conflict(
        Span(lm.start(), lm.end()),
        end.span,
        f'"{lm.group(0).strip()}" does not fit its dates: from "{start.text}" to "{end.text}" is {length}, '
        f"not {n:g} {unit}{'s' if n != 1 else ''}; the length or a date is wrong.",
        {"length": lm.group(0).strip(), "from": start.text, "to": end.text, "days": [lo, hi]},
    )


# ------------------------------------------------------------------ "from May 20 to May 12"

_MD_RANGE_OPEN = re.compile(r"\b(?:from|between|runs?|ran|running)\s+(?:on\s+)?\Z", re.I)
_MD_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|and|-|–|—)\s*(?:on\s+)?\Z", re.I)


_BARE_DAY_OPEN = re.compile(
    r"\b(?:from|between)\s+(?:the\s+)?(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*(?:to|until|till|through|and|-|–)\s*\Z"
    # "runs 12–9 June": two days joined by a dash are a range whatever comes before
    r"|(?<![\w.,/:–-])(?P<d2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s?[-–—]\s?\Z",
    re.I,
)


_SCORE_BEFORE = re.compile(
    r"\b(?:won|lost|drew|beat|beaten|led|trailed|score[ds]?|by|a|an|the|rooms?|pages?|nos?\.?)\s+\Z", re.I
)


def bare_day_range_conflicts(doc: Document, found: list[DateMention]) -> Iterator[Conflict]:
    """ "closed between 14 and 9 March": the first day takes the second's month, and ends after it."""
    text = doc.text
    for b in found:
        md = _monthday(b) or (
            (b.start.month, b.start.day) if b.granularity == "day" and b.start and not b.rel else None
        )
        if md is None or b.kind == "range":
            continue
        bm = _BARE_DAY_OPEN.search(text, max(0, b.span.start - 24), b.span.start)
        if bm is None or (first := int(bm.group("d") or bm.group("d2"))) <= md[1]:
            continue
        if bm.group("d2") and any(m.span.start <= bm.start() < m.span.end for m in found):
            continue  # "January 18th – February 8th": the first day is a date of its own
        if bm.group("d2") and (first - md[1] > 14 or _SCORE_BEFORE.search(text, max(0, bm.start() - 12), bm.start())):
            continue  # "runs 28–4 January": across a month end; "won 3-2 June's derby": a score
        said = " ".join(text[bm.start() : b.span.end].split())
        yield Conflict(
            Span(bm.start(), b.span.end),
            None,
            f'The range "{said}" ends ({b.text}) before it starts (the {_nth(first)} of that month); '
            "one of the dates is wrong.",
            {"from": str(first), "to": b.text},
        )


def monthday_range_conflicts(doc: Document, found: list[DateMention]) -> Iterator[Conflict]:
    """ "From May 20 to May 12": a range of year-less days that ends before it starts.

    Read in one year, the end must not precede the start; across a new year ("December 20 to
    January 5") it may, so only a reversal within 45 days (a year-long range otherwise) is reported.
    """
    text = doc.text
    for a, b in itertools.pairwise(found):
        ma, mb = _monthday(a), _monthday(b)
        if ma is None or mb is None or b.span.start - a.span.end > 12:
            continue
        if not _MD_RANGE_JOIN.match(text[a.span.end : b.span.start]):
            continue
        if not _MD_RANGE_OPEN.search(text, max(0, a.span.start - 16), a.span.start):
            continue
        da, db = _in_year(ma, 2024), _in_year(mb, 2024)  # a leap year, so that 29 February exists
        if da is None or db is None or db >= da or (da - db).days > 45:
            continue
        yield Conflict(
            Span(a.span.start, b.span.end),
            None,
            f'The range "{" ".join(text[a.span.start : b.span.end].split())}" ends ({b.text}) before it starts '
            f"({a.text}); one of the dates is wrong.",
            {"from": a.text, "to": b.text},
        )


# ------------------------------------------------------------------ anniversaries

_UNIT_ORD = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}  # fmt: skip
_TENS = {"twent": 20, "thirt": 30, "fort": 40, "fift": 50, "sixt": 60, "sevent": 70, "eight": 80, "ninet": 90}
# Every ordinal word up to 99th ("twenty-fifth"), and "hundredth": built, not listed by hand.
_ORDINALS = {
    **_UNIT_ORD,
    **{f"{t}ieth": n for t, n in _TENS.items()},
    **{f"{t}y-{u}": n + k for t, n in _TENS.items() for u, k in _UNIT_ORD.items() if k < 10},
    "hundredth": 100, "one-hundredth": 100,
}  # fmt: skip
_NAMED = {
    "centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200, "tercentenary": 300,
    "sesquicentennial": 150, "silver jubilee": 25, "golden jubilee": 50, "diamond jubilee": 60,
    "platinum jubilee": 70, "golden anniversary": 50, "silver anniversary": 25, "diamond anniversary": 60,
}  # fmt: skip
# The words of _ORDINALS written as the grammar that builds them, not as 93 alternatives: no word is
# the start of another, so any pattern for the same words matches the same text (a test checks
# both), and this one is a quarter of the length for the regex compiler to parse in a cold run.
_ORD_WORDS = (
    "|".join(sorted(_UNIT_ORD, key=len, reverse=True))
    + "|(?:" + "|".join(_TENS) + ")(?:ieth|y-(?:"
    + "|".join(sorted((u for u, k in _UNIT_ORD.items() if k < 10), key=len, reverse=True))
    + "))|(?:one-)?hundredth"
)  # fmt: skip
_ORD_ALT = r"(?:(?P<num>\d{1,3})(?:st|nd|rd|th)|(?P<word>" + _ORD_WORDS + r"))"
# "its 90th anniversary", "the centenary"; and the count of years something has run: "now in its
# 15th year", "marking its 20th year" (the first year is year 1, so it is the years since plus one).
_ANNIVERSARY = re.compile(
    r"\b(?:" + _ORD_ALT + r"\s+(?P<kind>anniversary|birthday|jubilee)\b"
    r"|(?<=\bits\s)" + _ORD_ALT.replace("num>", "ynum>").replace("word>", "yword>") + r"\s+(?P<year>year)\b"
    r"(?!\s+(?:in\s+a\s+row|running|of\b|since\b|as\b))"
    r"|(?P<named>" + "|".join(sorted(_NAMED, key=len, reverse=True)).replace(" ", r"\s+") + r"))\b",
    re.I,
)
# How a beginning is told: "founded in 1927", "first held in 2001", "began in 2012", "set up in May 2004".
_FOUNDED = re.compile(
    r"\b(?i:founded|co-founded|established|formed|opened|built|launched|created|incorporated|set\s+up|born|"
    r"began|started|inaugurated|debuted|first\s+(?:held|run|staged|opened|published|played|broadcast|\w+ed))\s+"
    r"(?:(?:in|on)\s+)?(?:[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?(?P<y>(?:1[5-9]|20)\d\d)\b"
)
# A sentence in the present: "now in its 15th year", "is marking", "marks", "this year".
_PRESENT = re.compile(r"\b(?:now|this\s+year|this\s+season|is|are|marks|celebrates|turns)\b", re.I)
_THIS_YEAR = re.compile(r"\bthis\s+year\b", re.I)
_TOLD_YEAR = re.compile(r"\s+(?:in\s+)?(last|this)\s+year\b", re.I)
# "The fire season, which began on 28 May, is now in its 16th week": days since a dated start.
_NTH_UNIT = re.compile(
    r"\b(?:is\s+)?now\s+in\s+(?:its|their|the)\s+" + _ORD_ALT + r"\s+(?P<unit>day|week|month)\b", re.I
)
_BEGAN_ON = re.compile(r"\b(?:began|begun|started|opened|broke\s+out|erupted|set\s+in)\s+(?:on\s+|in\s+)?\Z", re.I)
_YEAR_RE = re.compile(r"\b(?P<y>(?:1[5-9]|20)\d\d)\b")


def anniversary_conflicts(doc: Document, sentences: list[Sentence], anchor: dt.date | None) -> Iterator[Conflict]:
    """ "Founded in 1927, the brewery celebrated its centenary in 2023": 96 years, not 100.

    The founding year is looked for in the anniversary's sentence and the two before it; the
    anniversary's own year is the one year its sentence names.
    """
    whole = doc.text
    if not (
        "nnivers" in whole or "entena" in whole or "entenn" in whole or "ubilee" in whole or "irthday" in whole
        or ("its " in whole and (" year" in whole or " season" in whole))
    ):  # fmt: skip
        return  # one look at the whole text: most articles name no anniversary
    for k, s in enumerate(sentences):
        said = s.text
        if not (
            "nnivers" in said or "entena" in said or "entenn" in said or "ubilee" in said or "irthday" in said
            or ("its " in said and (" year" in said or " season" in said))
        ):  # fmt: skip
            continue
        for am in _ANNIVERSARY.finditer(said):
            n = (
                int(am.group("num") or am.group("ynum")) if am.group("num") or am.group("ynum")
                else _ORDINALS.get((am.group("word") or am.group("yword") or "").lower())
                or _NAMED.get(" ".join((am.group("named") or "").lower().split()), 0)
            )  # fmt: skip
            counted = bool(am.group("year"))  # "in its 15th year": years since, plus one
            if not n:
                continue
            founded = None
            for back in range(k, max(-1, k - 3), -1):
                fm = _FOUNDED.search(sentences[back].text)
                if fm is not None:
                    founded = (back, fm)
                    break
            if founded is None:
                continue
            back, fm = founded
            birth = int(fm.group("y"))
            years = [
                int(y.group("y")) for y in _YEAR_RE.finditer(said) if not (back == k and y.start() == fm.start("y"))
            ]
            told = _TOLD_YEAR.match(said, am.end())
            if told is not None and anchor is not None:
                # "celebrated its 30th anniversary last year": the year it names, not another clause's
                years = [anchor.year - 1 if told.group(1).lower() == "last" else anchor.year]
            elif not years and anchor is not None and (_THIS_YEAR.search(said) or _PRESENT.search(said)):
                years = [anchor.year]  # "marked its 90th anniversary this year", "now in its 15th year"
            if len(years) != 1:
                continue  # no year for the anniversary, or two: which is it?
            on = years[0]
            if not 0 < n < 1000 or on - birth == n or (counted and on - birth + 1 in (n, n + 1)):
                continue  # a year counted from its start: the 15th runs from 14 to 15 years after
            founded_at = sentences[back].span.start + fm.start()
            arithmetic = (
                f"{on} - {birth} + 1 = {on - birth + 1}, so its {_nth(on - birth)} or {_nth(on - birth + 1)} "
                f"year, not its {_nth(n)}"
                if counted
                else f"{on} - {birth} = {on - birth} years, not {n}"
            )
            yield Conflict(
                Span(s.span.start + am.start(), s.span.start + am.end()),
                Span(founded_at, sentences[back].span.start + fm.end()) if back != k else None,
                f'"{am.group(0)}" in {on} does not fit "{" ".join(fm.group(0).split())}": {arithmetic}; '
                "the count or a year is wrong.",
                {"anniversary": n, "year": on, "founded": birth, "counted_year": counted},
            )


# "from her appointment in September 2018", "from 2016"; "until her suspension in February 2018", "until
# she stepped down in 2012" (a clause with its own subject and verb)
_FROM_EVENT = re.compile(r"\bfrom\s+(?:(?:(?:his|her|their|its|the)\s+)?(?:[a-z]+\s+){1,2}(?:in|on)\s+)?\Z", re.I)
_UNTIL_EVENT = re.compile(
    r"\A\s*,?\s*(?:until|till|to|through)\s+(?:(?:his|her|their|its|the)\s+(?:[a-z]+\s+){1,2}"
    r"|(?:he|she|they|it|we|I)\s+(?:was\s+|were\s+|had\s+)?[a-z]+(?:ed|ne|ft|ok|it|ld|st)\s+(?:[a-z]+\s+)?)(?:in|on)\s+\Z",
)


def event_range_conflicts(doc: Document, found: list[DateMention], anchor: dt.date | None) -> Iterator[Conflict]:
    """ "from her appointment in September 2018 until her suspension in February 2018": a span told by
    the events that open and close it, which ends before it starts."""
    text = doc.text
    for a, b in itertools.pairwise(found):
        if b.span.start - a.span.end > 60 or not _UNTIL_EVENT.match(text[a.span.end : b.span.start]):
            continue
        if not _FROM_EVENT.search(text, max(0, a.span.start - 50), a.span.start):
            continue
        pair = _pair(a, b, anchor)
        if pair is None:
            continue
        (a0, _a1), (_b0, b1) = pair
        if b1 >= a0:
            continue
        yield Conflict(
            b.span,
            a.span,
            f'The span "{" ".join(text[a.span.start : b.span.end].split())}" ends ({b.text}) before it starts '
            f"({a.text}); one of the dates is wrong.",
            {"from": a.text, "until": b.text},
        )


def counted_unit_conflicts(
    doc: Document, sentence: Sentence, found: list[DateMention], anchor: dt.date | None
) -> Iterator[Conflict]:
    """ "The strike, which began on 28 May, is now in its 16th week" on 14 August: day 79, the 12th week."""
    text = doc.text
    if anchor is None or " now in " not in sentence.text:
        return
    nm = _NTH_UNIT.search(text, sentence.span.start, sentence.span.end)
    if nm is None:
        return
    n = int(nm.group("num")) if nm.group("num") else _ORDINALS.get((nm.group("word") or "").lower(), 0)
    start = next(
        (
            m
            for m in found
            if m.span.end <= nm.start()
            and _day_told(m)
            and _BEGAN_ON.search(text, max(sentence.span.start, m.span.start - 24), m.span.start)
        ),
        None,
    )
    if start is None or not 0 < n < 400:
        return
    began = _interval(start, anchor)
    if began is None or began[0] > anchor:
        return
    days = (anchor - began[0]).days  # day 0 is the first day: the 1st week is days 0-6
    unit = nm.group("unit").lower()
    size = _UNIT_DAYS[unit]
    nth = int(days // size) + 1
    if abs(nth - n) <= (0 if unit == "day" else 1):
        return
    yield Conflict(
        Span(nm.start(), nm.end()),
        start.span,
        f'"{" ".join(nm.group(0).split())}" does not fit "{start.text}": on the article\'s date '
        f"({human(anchor)}) it is {days} days since, its {_nth(nth)} {unit}, not its {_nth(n)}; one of them is wrong.",
        {"stated": n, "unit": unit, "began": start.text, "days": days, "article_date": anchor.isoformat()},
    )


def _nth(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# ------------------------------------------------------------------ "on March 30, a month after ... March 20"

_APART = re.compile(
    r"\W{0,3}(?:(?P<hedge>barely|just|almost|nearly|only|some|about|around|roughly)\s+)?"
    rf"(?P<n>{_N})\s+(?P<u>day|week|fortnight|month|year|decade)s?\s+(?P<c>after|before|later\s+than|earlier\s+than)\b",
    re.I,
)


def apart_conflicts(
    doc: Document, sentence: Sentence, found: list[DateMention], anchor: dt.date | None
) -> Iterator[Conflict]:
    """ "The bridge reopened on March 30, a month after it closed on March 20": ten days, not a month."""
    text = doc.text
    if " after " not in sentence.text and " before " not in sentence.text and " than " not in sentence.text:
        return
    for a, b in itertools.pairwise(found):
        if b.span.start - a.span.end > 90:
            continue
        years = a.granularity == b.granularity == "year" and a.kind == b.kind == "absolute"
        months = a.granularity == b.granularity == "month" and a.kind == b.kind == "absolute"
        if not years and not months and (a.granularity != "day" or b.granularity != "day"):
            continue
        am = _APART.match(text, a.span.end, b.span.start)
        if am is None or ";" in text[a.span.end : b.span.start]:
            continue
        if years:
            conflict = _years_apart(a, b, am)
            if conflict is not None:
                yield conflict
            continue
        if am.group("u").lower() == "decade":
            continue
        pair = _pair(a, b, anchor)
        if pair is None:
            continue
        (a0, a1), (b0, b1) = pair
        n, unit = _count(am.group("n")), am.group("u").lower()
        after = am.group("c").lower().startswith(("after", "later"))
        gap = (a0 - b0).days if after else (b0 - a0).days  # the stated date is N units after (before) the other
        want = n * _UNIT_DAYS[unit]
        # "nine days after ... on May 10" is May 19: a count of days after a day is exact (a length's
        # days, counted with both ends, are the length checks')
        slack = {"day": 0, "week": 3, "fortnight": 3, "month": 16, "year": 183}[unit]
        if am.group("hedge") and am.group("hedge").lower() in (
            "almost",
            "nearly",
            "some",
            "about",
            "around",
            "roughly",
        ):
            slack = max(slack, round(want * 0.2) + 1)
        if months:  # "closed in March 2024, barely a year after it opened in June 2021": months, each a span
            if unit not in ("month", "year") or n <= 0:
                continue
            lo, hi = ((a0 - b1).days, (a1 - b0).days) if after else ((b0 - a1).days, (b1 - a0).days)
            if hi < 0 or lo - slack <= want <= hi + slack:
                continue
        elif n <= 0 or abs(gap - want) <= slack or gap < 0:
            continue  # dates in the wrong order are the ordering check's ("is said to come before")
        phrase = " ".join(am.group(0).strip(" ,").split())
        apart = f"{gap} days apart"
        yield Conflict(
            Span(a.span.start, am.end()),
            b.span,
            f'"{a.text}, {phrase}" does not fit "{b.text}": the dates are {apart}, not {n} '
            f"{unit}{'s' if n != 1 else ''}; one of them is wrong.",
            {"stated": f"{n} {unit}", "from": b.text, "to": a.text, "days": gap},
        )


def _years_apart(a: DateMention, b: DateMention, am: re.Match[str]) -> Conflict | None:
    """ "relegated in 2018, two years after winning the league in 2012": six years, not two."""
    unit = am.group("u").lower()
    if unit not in ("year", "decade") or a.start is None or b.start is None:
        return None
    n = _count(am.group("n")) * (10 if unit == "decade" else 1)
    after = am.group("c").lower().startswith(("after", "later"))
    gap = a.start.year - b.start.year if after else b.start.year - a.start.year
    if n <= 0 or gap < 0 or abs(gap - n) <= 1:
        return None  # whole years, each a span of days: a year either way may be right
    phrase = " ".join(am.group(0).strip(" ,").split())
    later, earlier = (a, b) if after else (b, a)
    return Conflict(
        Span(a.span.start, am.end()),
        b.span,
        f'"{a.text}, {phrase}" does not fit "{b.text}": {later.start.year} - {earlier.start.year} = '
        f"{gap} years, not {n}; one of them is wrong.",
        {"stated": f"{n} years", "from": b.text, "to": a.text, "years": gap},
    )


# ------------------------------------------------------------------ ages at dated events

# An age tied to the date just before it: "in 2004 at the age of 19", "in 2017, when he was 24",
# "since 1990, when she was 22", "in 1984, aged 23". What follows the number must end the phrase,
# so "when it was 22 degrees" or "at the age of 19 months" is not a person's age.
_AGE_AT = re.compile(
    r"\s*,?\s*(?:(?:when|as)\s+(?:he|she|they|I|we|[A-Z][a-z]+)\s+(?:was|were)|at\s+the\s+age\s+of|at\s+age|aged"
    r"|(?P<bare>at))"
    r"\s+(?P<a>\d{1,3})(?=\s*(?:[,.;:)]|years?\s+old\b|and\b|or\b|\Z))"
    # "in 2005 as a 30-year-old"
    r"|\s*,?\s*as\s+an?\s+(?P<y>\d{1,3})[-‑]year[-‑]old\b"
)
# A second person in the sentence, whose age an "at the age of" may give: a relative, or another name
# joined to the first ("Smith, 40, and Jones, who joined in 2001 at 19").
_OTHER_PERSON = re.compile(
    r"\b(?:his|her|their|whose|its)\s+(?:\w+\s+)?(?:father|mother|son|daughter|wife|husband|brother|sister|"
    r"parents?|grand\w+|partner|uncle|aunt|boss|predecessor|successor|co-founder|friend)s?\b",
    re.I,
)
_ANOTHER_NAME = re.compile(r"\b(?:and|with|while|but|whereas|than)\s+(?:[A-Z][a-z]+\s*)+")
_AGE_BEFORE = re.compile(
    r"\b(?:at\s+the\s+age\s+of|at\s+age|aged|(?P<bare>at))\s+(?P<a>\d{1,3}),?\s+(?:in|on)\s+\Z"
    # "was 30 when he founded the firm in 2001", "was just 30 when ..."
    r"|\b(?:was|were)\s+(?:(?:just|only|barely|still|already|nearly|almost|about)\s+)?(?P<w>\d{1,3})\s+when\s+"
    r"(?:[\w'’-]+\s+){1,6}?(?:in|on)\s+\Z"
    # "as a 30-year-old in 2005"
    r"|\bas\s+an?\s+(?P<y>\d{1,3})[-‑]year[-‑]old\s+(?:in|on)\s+\Z"
)


@dataclass(frozen=True, slots=True)
class _Born:
    """The birth years one statement allows: born in a year, or an age on a date."""

    lo: int
    hi: int
    span: Span
    said: str
    age: int | None = None  # the age stated, when the statement is an age
    when: str = ""  # the date the age is given for


def _born_from_age(age: int, start: dt.date, end: dt.date) -> tuple[int, int]:
    """Someone ``age`` at some day in ``start``..``end`` was born in one of these years."""
    return start.year - age - 1, end.year - age


def _ages_at(doc: Document, sentence: Sentence, found: list[DateMention]) -> list[_Born]:
    text = doc.text
    out = []
    for m in found:
        if m.rel or m.start is None or m.end is None or m.kind == "range":
            continue
        if m.kind == "since":  # "since 1990, when he was 22": the age at the start
            start = end = m.start
            if m.granularity == "year":
                end = dt.date(m.start.year, 12, 31)
        else:
            start, end = m.start, m.end
        am = _AGE_AT.match(text, m.span.end, min(sentence.span.end, m.span.end + 40))
        if am is not None:
            span = Span(am.start() + len(am.group(0)) - len(am.group(0).lstrip(" ,")), am.end())
        else:
            am = _AGE_BEFORE.search(text, max(sentence.span.start, m.span.start - 64), m.span.start)
            if am is None:
                continue
            span = Span(am.start(), m.span.end)
        age = int(am.group("a") or am.group("w") or am.group("y"))
        if not 0 < age < 125 or (am.group("bare") and (m.granularity != "year" or age < 13)):
            continue  # "on 3 March at 10": a time of day; "in 2005 at 30": an age
        lo, hi = _born_from_age(age, start, end)
        out.append(_Born(lo, hi, span, " ".join(text[span.start : span.end].split()), age, m.text))
    return out


def age_at_event_conflicts(
    doc: Document, sentence: Sentence, found: list[DateMention], anchor: dt.date | None
) -> Iterator[Conflict]:
    """ "Zhao, 46, who co-founded the company in 2004 at the age of 19" in 2025: born 1978-79, not 1984-85.

    Every statement about one person's age gives the years they can have been born in: a birth
    date, an age on the article's date ("Zhao, 46,"), an age at a dated event ("in 2004 at the age
    of 19"). When no year fits them all, one is wrong. A sentence with two people's present ages
    is left alone (whose is whose is a guess).
    """
    text = doc.text
    lo_s, hi_s = sentence.span.start, sentence.span.end
    said = text[lo_s:hi_s]
    if not ("age" in said or " was " in said or " were " in said or " at " in said or "-old" in said):
        return
    events = _ages_at(doc, sentence, found)
    if not events or _OTHER_PERSON.search(said):
        return  # "Smith, 40, whose father emigrated in 1970 when he was 22": whose age is it?
    refs: list[_Born] = []
    for bm in _BORN.finditer(text, lo_s, hi_s):
        birth = next((m for m in found if m.span.start == bm.end()), None)
        if birth is None or birth.rel or birth.kind != "absolute" or birth.start is None or birth.end is None:
            continue
        span = Span(bm.start(), birth.span.end)
        refs.append(_Born(birth.start.year, birth.end.year, span, " ".join(text[span.start : span.end].split())))
    if not refs and anchor is not None:
        taken = [e.span for e in events]
        now = [
            m
            for m in _AGE.finditer(text, lo_s, hi_s)
            if not any(s.start <= m.start() < s.end or m.start() <= s.start < m.end() for s in taken)
        ]
        if (
            len(now) == 1
            and len([m for m in found if not m.rel and m.kind != "range"]) == len(events)
            and not any(
                _ANOTHER_NAME.search(text, min(now[0].end(), e.span.start), max(now[0].end(), e.span.start))
                for e in events
            )
        ):
            nm = now[0]
            age = _count(next(g for g in nm.group(*_AGE_GROUPS) if g))
            if 0 < age < 125:
                lo, hi = _born_from_age(age, anchor, anchor)
                span = Span(nm.start(), nm.end())
                refs.append(_Born(lo, hi, span, str(age), age, human(anchor)))
    if len(refs) != 1:
        return
    ref = refs[0]
    for e in events:
        if e.hi < ref.lo or e.lo > ref.hi:
            yield Conflict(
                e.span,
                ref.span,
                _age_message(ref, e),
                {"age": e.age, "at": e.when, "born": [ref.lo, ref.hi], "born_from_age": [e.lo, e.hi]},
            )


_PRONOUN_START = re.compile(r"\W*(?:He|She)\b")


def _births(doc: Document, sentence: Sentence, found: list[DateMention]) -> list[_Born]:
    """ "born in 1961", "born on 3 May 1940": the birth years a sentence states."""
    text = doc.text
    out = []
    for bm in _BORN.finditer(text, sentence.span.start, sentence.span.end):
        birth = next((m for m in found if m.span.start == bm.end()), None)
        if birth is None or birth.rel or birth.kind != "absolute" or birth.start is None or birth.end is None:
            continue
        span = Span(bm.start(), birth.span.end)
        out.append(_Born(birth.start.year, birth.end.year, span, " ".join(text[span.start : span.end].split())))
    return out


def neighbour_age_conflicts(
    doc: Document, sentences: list[Sentence], by_sentence: dict[int, list[DateMention]], anchor: dt.date | None
) -> Iterator[Conflict]:
    """A birth date in one sentence and the same person's age in the next: "Okafor, 52, grew up in
    Lagos. He was born in 1961"; "Okafor was born in 1961. In 2010, aged 55, he became mayor."

    The later sentence must open with "He" or "She" or carry the age with no other person named, the
    birth sentence must state no age of its own, and both must sit in one paragraph.
    """
    if anchor is None:
        return
    text = doc.text
    for k, a in enumerate(sentences):
        if "orn" not in a.text and "(b." not in a.text:
            continue
        found_a = by_sentence.get(a.index, [])
        refs = _births(doc, a, found_a)
        if len(refs) != 1 or _AGE.search(text, a.span.start, a.span.end) or _ages_at(doc, a, found_a):
            continue
        ref = refs[0]
        para = _paragraph_of(doc, a.span.start)
        for j in (k - 1, k + 1):
            if not 0 <= j < len(sentences):
                continue
            b = sentences[j]
            if (
                not para.start <= b.span.start < para.end
                or _OTHER_PERSON.search(b.text)
                or _OTHER_PERSON.search(a.text)
            ):
                continue
            later = b if j > k else a
            if not _PRONOUN_START.match(later.text) and not re.search(r"\b(?:he|she)\b", later.text):
                continue  # "Ellis died on Sunday aged 79. Born in Leeds in 1940, she trained ...": one person
            found_b = by_sentence.get(b.index, [])
            events = _ages_at(doc, b, found_b)
            taken = [e.span for e in events]
            now = [
                m for m in _AGE.finditer(text, b.span.start, b.span.end)
                if not any(sp.start <= m.start() < sp.end or m.start() <= sp.start < m.end() for sp in taken)
            ]  # fmt: skip
            if len(events) + len(now) != 1 or _BORN.search(text, b.span.start, b.span.end):
                continue
            if now:
                nm = now[0]
                holder = (
                    re.search(r"([A-Z][\w'’-]+)\W*\Z", text[max(b.span.start, nm.start() - 30) : nm.start()])
                    if j > k and (nm.group("a") or nm.group("f"))
                    else None
                )  # "Adeyemi, 52,": the name the age is told of
                if holder is not None and holder.group(1) not in a.text:
                    continue  # "Okafor was born in 1961. Adeyemi, 52, said he would stay": another person's age
                age = _count(next(g for g in nm.group(*_AGE_GROUPS) if g))
                if not 0 < age < 125 or (
                    [m for m in found_b if not m.rel and m.kind != "range"] and not _AGE_NOW.match(nm.group(0))
                ):
                    continue  # an age given on another date the sentence names ("now 38" is not)
                lo, hi = _born_from_age(age, anchor, anchor)
                e = _Born(lo, hi, Span(nm.start(), nm.end()), str(age), age, human(anchor))
                if e.hi < ref.lo or e.lo > ref.hi:
                    a_lo, a_hi = _age(dt.date(ref.hi, 12, 31), anchor), _age(dt.date(ref.lo, 1, 1), anchor)
                    fits = f"{a_lo}" if a_lo == a_hi else f"{a_lo} or {a_hi}"
                    yield Conflict(
                        e.span,
                        ref.span,
                        f'The age {age} does not fit "{ref.said}" in the sentence {"after" if j < k else "before"} it: on '
                        f"the article's date ({human(anchor)}) someone born then is {fits}; the age or the birth date is wrong.",
                        {"age": age, "born": [ref.lo, ref.hi], "article_date": anchor.isoformat()},
                    )
                continue
            e = events[0]
            if e.hi < ref.lo or e.lo > ref.hi:
                yield Conflict(
                    e.span,
                    ref.span,
                    _age_message(ref, e),
                    {"age": e.age, "at": e.when, "born": [ref.lo, ref.hi], "born_from_age": [e.lo, e.hi]},
                )


def _present_age(doc: Document, sentence: Sentence, taken: list[Span]) -> re.Match[str] | None:
    """The one age a sentence tells on the article's date ("Olsen, 61,", "She is now 61"), or None."""
    text = doc.text
    now = [
        m
        for m in _AGE.finditer(text, sentence.span.start, sentence.span.end)
        if not any(sp.start <= m.start() < sp.end or m.start() <= sp.start < m.end() for sp in taken)
    ]
    return now[0] if len(now) == 1 else None


_HOLDER_BEFORE = re.compile(r"(?:\b[Hh]e|\b[Ss]he|\b[A-Z][\w'’-]+)\W*\Z")


def neighbour_event_age_conflicts(
    doc: Document, sentences: list[Sentence], by_sentence: dict[int, list[DateMention]], anchor: dt.date | None
) -> Iterator[Conflict]:
    """An age at a dated event in one sentence and the same person's age now in the next: "Olsen
    founded the firm in 2005, aged 30. She is now 61" (born 1974-75, not 1963-64).

    As for a birth date in a neighbouring sentence: one paragraph, the later sentence opens with or
    holds "he"/"she", no relative or other person named, one age in each and no birth date."""
    if anchor is None:
        return
    text = doc.text
    for k, a in enumerate(sentences):
        found_a = by_sentence.get(a.index, [])
        if not found_a or not (" at " in a.text or "age" in a.text or " was " in a.text or "-old" in a.text):
            continue
        events = _ages_at(doc, a, found_a)
        if len(events) != 1 or _BORN.search(a.text) or _OTHER_PERSON.search(a.text):
            continue
        if _present_age(doc, a, [events[0].span]) is not None or len(list(_AGE.finditer(a.text))) > 1:
            continue  # an age now in the same sentence: age_at_event_conflicts reads it
        e = events[0]
        para = _paragraph_of(doc, a.span.start)
        for j in (k - 1, k + 1):
            if not 0 <= j < len(sentences):
                continue
            b = sentences[j]
            if not para.start <= b.span.start < para.end or _OTHER_PERSON.search(b.text) or _BORN.search(b.text):
                continue
            later = b if j > k else a
            if not _PRONOUN_START.match(later.text) and not re.search(r"\b(?:he|she)\b", later.text):
                continue
            found_b = by_sentence.get(b.index, [])
            if _ages_at(doc, b, found_b):
                continue
            nm = _present_age(doc, b, [])
            if nm is None:
                continue
            if [m for m in found_b if not m.rel and m.kind != "range"] and not _AGE_NOW.match(nm.group(0)):
                continue  # "In 2010, aged 55, ...": an age on another date
            if j < k and not (nm.group("a") or nm.group("f") or _AGE_NOW.match(nm.group(0))):
                continue
            before = text[max(b.span.start, nm.start() - 30) : nm.start()]
            if before.strip() and not _HOLDER_BEFORE.search(before):
                continue  # "She says the firm is now 20": the age of what the clause is about
            holder = re.search(r"([A-Z][\w'’-]+)\W*\Z", before)
            if j > k and (nm.group("a") or nm.group("f")) and holder is not None and holder.group(1) not in a.text:
                continue  # "... aged 30. Adeyemi, 52, said": another person's age
            age = _count(next(g for g in nm.group(*_AGE_GROUPS) if g))
            if not 0 < age < 125:
                continue
            lo, hi = _born_from_age(age, anchor, anchor)
            ref = _Born(
                lo, hi, Span(nm.start(), nm.end()), " ".join(nm.group(0).split()).strip(" ,"), age, human(anchor)
            )
            if e.hi < ref.lo or e.lo > ref.hi:
                yield Conflict(
                    e.span,
                    ref.span,
                    _age_message(ref, e),
                    {"age": e.age, "at": e.when, "born": [ref.lo, ref.hi], "born_from_age": [e.lo, e.hi]},
                )


def _years_or(lo: int, hi: int) -> str:
    return str(lo) if lo == hi else f"{lo} or {hi}" if hi == lo + 1 else f"{lo}-{hi}"


def _age_message(ref: _Born, e: _Born) -> str:
    """Both statements and the years each allows."""
    if ref.age is None:
        first = f'"{ref.said}"'
    else:
        first = f"the age {ref.age} on {ref.when} (born {_years_or(ref.lo, ref.hi)})"
    return (
        f'"{e.said}" in {e.when} means born {_years_or(e.lo, e.hi)}, which does not fit {first}; '
        "the age or a date is wrong."
    )


# ------------------------------------------------------------------ "The launch came three weeks after ..."

# A sentence that dates its subject against another event: "The launch came shortly after Kim visited
# the site on January 20", "The strike followed two weeks after talks collapsed on May 3".
_ANAPHOR = re.compile(
    r"\W*(?:The|This|That|Its|Their|Last\s+\w+'s|\w+'s)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{4,})\s+"
    r"(?:came|happened|occurred|took\s+place|followed|was|were|began|started)\s+"
    rf"(?:(?P<q>just|only|shortly|soon|hours|days|weeks|(?P<n>{_N})\s+(?P<u>day|week|month)s?)\s+)?"
    r"(?P<c>after|before)\s",
)


_NOUN_SUFFIXES = (("ation", ""), ("ition", ""), ("ure", "e"), ("ion", ""), ("ment", ""), ("al", "e"))
# the past tense of the verbs news copy dates most that are no -ed forms: "met" for a meeting, "struck"
_IRREGULAR_PAST = {
    "meet": "met", "strike": "struck", "hold": "held", "win": "won", "lose": "lost", "fight": "fought",
    "sell": "sold", "buy": "bought", "leave": "left", "fall": "fell", "rise": "rose", "speak": "spoke",
    "take": "took", "give": "gave", "begin": "began", "break": "broke", "run": "ran", "shoot": "shot",
    "sink": "sank", "fly": "flew", "sit": "sat", "stand": "stood", "bring": "brought", "send": "sent",
}  # fmt: skip


def _singular(noun: str) -> str:
    """ "riots" -> "riot", "strikes" -> "strike", "inquiries" -> "inquiry"; other words as they are."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is", "ous")):
        return noun[:-1]
    return noun


# Words in -ing that name no verb's act: "after the evening" is not "after they evened".
_NOT_GERUNDS = _words("evening morning spring string thing king ring ceiling building during nothing")


@functools.lru_cache(maxsize=1024)
def _forms(noun: str) -> re.Pattern[str]:
    """The noun and its verb forms by regular morphology: launch, launched, launches; vote, voted; a
    plural's too (riots: riot, rioted, rioting)."""
    forms: set[str] = {noun}
    bases = {noun, _singular(noun)}
    if noun.endswith("ing") and len(noun) >= 6 and noun not in _NOT_GERUNDS:
        # a gerund's verb: "sacking" -> sack, "closing" -> close, "stopping" -> stop
        verb = noun[:-3]
        bases |= {verb, verb + "e"} | ({verb[:-1]} if verb[-1] == verb[-2] else set())
    for one in bases:
        forms |= _forms_of(one)
    return re.compile(r"\b(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")\b", re.I)


def _forms_of(noun: str) -> set[str]:
    stem = noun[:-1] if noun.endswith("e") else noun
    forms = {noun, noun + "s", noun + "es", stem + "ed", stem + "ing"}
    if noun.endswith("y"):
        forms.add(noun[:-1] + "ied")
    # the verb a noun is made from: closure -> closed, election -> elected, agreement -> agreed,
    # arrival -> arrived, resignation -> resigned
    for suffix, base in _NOUN_SUFFIXES:
        if noun.endswith(suffix) and len(noun) - len(suffix) >= 3:
            verb = noun[: len(noun) - len(suffix)] + base
            v = verb[:-1] if verb.endswith("e") else verb
            forms.update({verb, verb + "s", v + "ed", v + "ing"})
            break
    for base in (noun, noun[:-3] if noun.endswith("ing") else noun):
        if base in _IRREGULAR_PAST:
            forms.add(_IRREGULAR_PAST[base])
    return forms


def _day_told(m: DateMention) -> bool:
    """A day the story tells: written out, year-less, or a weekday read against a stated article date."""
    if m.granularity != "day" or m.kind == "range":
        return False
    if _monthday(m) or (m.start and not m.rel):
        return True
    return bool(m.rel and m.rel[0] == "weekday" and m.rel[2] == 0 and m.start and not m.soft)


def lead_event(
    sentences: list[Sentence], by_sentence: dict[int, list[DateMention]]
) -> tuple[DateMention, Sentence] | None:
    """The story's own event: the first day its first three body sentences tell, and that sentence
    (prose: a byline's "Published 13 October 2025" is the article's date, not its event)."""
    prose = [x for x in sentences[:5] if len(x.text.split()) >= 10 and not _BYLINE.match(x.text)]
    for s in prose[:3]:
        days = [m for m in by_sentence.get(s.index, []) if _day_told(m)]
        if days:  # "on Sunday, October 12": the calendar day before the weekday
            return min(days, key=lambda m: (bool(m.rel and m.rel[0] == "weekday"), m.span.start)), s
    return None


_BYLINE = re.compile(r"\W*(?:by|published|posted|updated)\b|[^\n]*[|·•]", re.I)


_OPENING_AFTER = re.compile(
    rf"\W*(?:(?:only|just|barely|a\s+mere)\s+)?(?P<n>{_N})\s+(?P<u>day|week|fortnight|month)s?\s+(?P<c>after|before)\s",
    re.I,
)
_MAIN_SUBJECT = re.compile(r",\s*(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s")


def _opening_after(
    doc: Document, s: Sentence, found: list[DateMention], lead: tuple[DateMention, Sentence], anchor: dt.date | None
) -> Conflict | None:
    """ "Only 13 days after finishing fourth in Berlin on September 21, Kiprono said ...": the main
    clause is the story's event when its subject is the lead's and it dates nothing else (Kiprono won
    "on Sunday, October 12": 21 days)."""
    text = doc.text
    om = _OPENING_AFTER.match(text, s.span.start, s.span.end)
    if om is None:
        return None
    b = next((m for m in found if m.span.start >= om.end() and _day_told(m)), None)
    if b is None or b.span.start - om.end() > 100 or any(m.span.start > b.span.end for m in found):
        return None
    sm = _MAIN_SUBJECT.match(text, b.span.end, s.span.end)
    if sm is None or not re.search(rf"\b{re.escape(sm.group('name'))}\b", lead[1].text):
        return None
    a = lead[0]
    pair = _pair(a, b, anchor)
    if pair is None:
        return None
    (a0, _a1), (b0, _b1) = pair
    after = om.group("c").lower() == "after"
    gap = (a0 - b0).days if after else (b0 - a0).days
    n, unit = _count(om.group("n")), om.group("u").lower()
    want = n * _UNIT_DAYS[unit]
    slack = {"day": 1, "week": 3, "fortnight": 3, "month": 16}[unit]
    if n <= 0 or abs(gap - want) <= slack:
        return None
    said = " ".join(text[s.span.start + len(om.group(0)) - len(om.group(0).lstrip()) : b.span.end].split())
    return Conflict(
        Span(om.start() + len(om.group(0)) - len(om.group(0).lstrip()), b.span.end),
        a.span,
        f'"{said}" does not fit the story\'s own date: {sm.group("name")}\'s event is dated "{a.text}" '
        f"({human(a0)}), {gap} days {om.group('c').lower()} {human(b0)}, not {n} {unit}{'s' if n != 1 else ''}; "
        "one of the dates is wrong.",
        {"event": sm.group("name"), "dated": a.text, "against": b.text, "days": gap, "connective": om.group("c")},
    )


def anaphor_conflicts(
    doc: Document, sentences: list[Sentence], by_sentence: dict[int, list[DateMention]], anchor: dt.date | None
) -> Iterator[Conflict]:
    """ "Iran launched a rocket on Thursday, December 5. ... The launch came three weeks after a test on
    November 21": 14 days, not three weeks.

    The subject ("the launch") is dated where the story told when it happened: the nearest earlier
    sentence that names it or its verb ("launched") with a day just after that word.
    """
    text = doc.text
    lead = lead_event(sentences, by_sentence)
    for k, s in enumerate(sentences):
        if " after " not in s.text and " before " not in s.text:
            continue
        if lead is not None and s is not lead[1]:
            conflict = _opening_after(doc, s, by_sentence.get(s.index, []), lead, anchor)
            if conflict is not None:
                yield conflict
                continue
        am = _ANAPHOR.match(text, s.span.start, s.span.end)
        if am is None:
            continue
        stated = [
            m for m in by_sentence.get(s.index, [])
            if m.span.start >= am.end() and m.granularity == "day" and m.kind != "range"
            and (_monthday(m) or (m.start and not m.rel))
        ]  # fmt: skip
        if not stated or stated[0].span.start - am.end() > 120:
            continue
        b = stated[0]
        forms = _forms(am.group("noun"))
        antecedent = None
        for back in range(k - 1, max(-1, k - 40), -1):
            p = sentences[back]
            wm = forms.search(p.text)
            if wm is None:
                continue
            at = p.span.start + wm.start()
            days = [
                m for m in by_sentence.get(p.index, [])
                if m.granularity == "day" and m.kind != "range" and (_monthday(m) or (m.start and not m.rel))
                and 0 <= m.span.start - at <= 150
            ]  # fmt: skip
            if days:
                antecedent = (days[0], Span(at, at + len(wm.group(0))))
                break  # the nearest dated mention of the event: where the story told when it happened
        if antecedent is None and lead is not None and lead[1] is not s and forms.search(lead[1].text):
            # "The attack came 10 days after a strike on 19 March": the story's own event, dated in its
            # lead ("... on fire for most of the night into Tuesday, 24 March, after a wave of drone attacks")
            antecedent = (lead[0], lead[1].span)
        if antecedent is None:
            continue
        a, _word = antecedent
        pair = _pair(a, b, anchor)
        if pair is None:
            continue
        (a0, _a1), (b0, _b1) = pair
        after = am.group("c") == "after"
        gap = (a0 - b0).days if after else (b0 - a0).days  # how far the subject is after (before) the other
        noun = am.group("noun")
        if gap < 0:
            message = (
                f'The {noun} is said to come {am.group("c")} "{b.text}", but the text dates it to "{a.text}" '
                f"({human(a0)}), {abs(gap)} days {'before' if after else 'after'}; one of the dates is wrong."
            )
        elif am.group("n"):
            n, unit = _count(am.group("n")), am.group("u")
            want = n * _UNIT_DAYS[unit]
            slack = {"day": 1, "week": 3, "month": 16}[unit]
            if n <= 0 or abs(gap - want) <= slack:
                continue
            message = (
                f'The {noun} is said to come {n} {unit}{"s" if n != 1 else ""} {am.group("c")} "{b.text}", '
                f'but the text dates it to "{a.text}": {gap} days {am.group("c")}; one of the dates is wrong.'
            )
        else:
            continue
        yield Conflict(
            Span(am.start() + len(am.group(0)) - len(am.group(0).lstrip()), b.span.end),
            a.span,
            message,
            {"event": noun, "dated": a.text, "against": b.text, "days": gap, "connective": am.group("c")},
        )


# "appealed within days of the ruling, lodging its papers on 2 March": the sentence dates its own
# event, said to follow an event it names.
_SOON_AFTER_NOUN = re.compile(
    r"\b(?:within\s+(?:days|hours|weeks|a\s+(?:day|week))\s+of|(?:shortly|soon|just|days|hours|weeks|immediately)\s+"
    r"(?P<c>after|before|ahead\s+of))"
    r"\s+(?:the|its|their|his|her)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{4,})\b(?!\s+(?:of|on|in)\b)",
    re.I,
)
# "A petition to save the library, started shortly after the draft budget appeared on 24 February";
# "the shell company, which she set up shortly after joining the charity in September 2018": a thing
# the story dated before, said to have begun just after another event this sentence dates.
_SUBJECT_SOON_AFTER = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+(?:(?P<mod>[a-z]{4,})\s+)?(?P<noun>[a-z]{4,}),?\s+"
    r"(?:(?:to|of|for|in|at|on)\s+(?:[\w'’-]+,?\s+){1,5}?)?(?:(?:which|that)\s+(?:[\w'’-]+\s+){1,2}?)?"
    r"(?:started|launched|began|begun|set\s+up|opened|founded|formed|created|filed|lodged|made|written)\s+"
    r"(?:shortly|soon|just|days|weeks|immediately)\s+after\s",
    re.I,
)


_COUNT_BEFORE = re.compile(rf"\b{_N}\s+\Z", re.I)


def _dated_mention_of(
    sentences: list[Sentence], k: int, by_sentence: dict[int, list[DateMention]], words: list[str]
) -> tuple[DateMention, Span] | None:
    """The nearest other sentence before ``k`` naming one of ``words`` (or their verb forms) with a
    day or month just after it: where the story told when that happened."""
    for word in words:
        forms = _forms(word.lower())
        for back in range(k - 1, max(-1, k - 40), -1):
            p = sentences[back]
            wm = forms.search(p.text)
            if wm is None:
                continue
            at = p.span.start + wm.start()
            days = [
                m for m in by_sentence.get(p.index, [])
                if m.granularity in ("day", "month") and m.kind != "range" and (_monthday(m) or _day_told(m) or (m.start and not m.rel))
                and 0 <= m.span.start - at <= 120
            ]  # fmt: skip
            if days:  # "on Tuesday, March 18": the calendar day, not the weekday beside it
                best = min(days, key=lambda m: (bool(m.rel and m.rel[0] == "weekday"), m.span.start))
                return best, Span(at, at + len(wm.group(0)))
    return None


def soon_after_conflicts(
    doc: Document, sentences: list[Sentence], by_sentence: dict[int, list[DateMention]], anchor: dt.date | None
) -> Iterator[Conflict]:
    """An event said to come shortly after another, where the story's dates put it before."""
    text = doc.text
    for k, s in enumerate(sentences):
        said = s.text
        if " after " not in said and " within " not in said and " before " not in said and " ahead of " not in said:
            continue
        found = [m for m in by_sentence.get(s.index, []) if m.kind != "range" and m.granularity in ("day", "month")]
        if not found:
            continue
        pm = _SOON_AFTER_NOUN.search(text, s.span.start, s.span.end)
        if pm is not None and _COUNT_BEFORE.search(text, max(s.span.start, pm.start() - 16), pm.start()):
            pm = None  # "Two days after the pause": a counted length, read by later_conflicts
        if pm is not None and len(found) == 1 and not (pm.start() <= found[0].span.start < pm.end()):
            # the sentence's one date is its own event's; the event it follows (or, "shortly before
            # the closure", the one that follows it) is dated elsewhere
            own = found[0]
            other = _dated_mention_of(sentences, k, by_sentence, [pm.group("noun")])
            before = bool(pm.group("c")) and pm.group("c").lower() != "after"
            conflict = _before_what_it_follows(other, own, pm, anchor, own_first=before)
            if conflict is not None:
                yield conflict
                continue
        sm = _SUBJECT_SOON_AFTER.search(text, s.span.start, s.span.end)
        if sm is None:
            continue
        b = next((m for m in found if m.span.start >= sm.end() and m.span.start - sm.end() <= 90), None)
        if b is None:
            continue
        words = [sm.group("noun")] + ([sm.group("mod")] if sm.group("mod") else [])
        subject = _dated_mention_of(sentences, k, by_sentence, words)
        conflict = _before_what_it_follows(subject, b, sm, anchor, own_first=True)
        if conflict is not None:
            yield conflict


def _before_what_it_follows(
    dated: tuple[DateMention, Span] | None,
    stated: DateMention,
    said: re.Match[str],
    anchor: dt.date | None,
    own_first: bool,
) -> Conflict | None:
    """``own_first``: ``dated`` is the subject's date told elsewhere, ``stated`` the event it follows;
    else ``dated`` is the followed event's date told elsewhere and ``stated`` the subject's own."""
    if dated is None:
        return None
    a, _where = dated
    subject, followed = (a, stated) if own_first else (stated, a)
    pair = _pair(subject, followed, anchor)
    if pair is None:
        return None
    (s0, s1), (f0, _f1) = pair
    if s1 >= f0:
        return None  # the subject can come after what it follows
    phrase = " ".join(said.group(0).split()).strip(" ,")

    def told(m: DateMention, lo: dt.date, hi: dt.date) -> str:
        plain = describe(lo, hi)
        return f'"{m.text}"' if plain == m.text else f'"{m.text}" ({plain})'

    return Conflict(
        Span(said.start(), said.end()),
        a.span,
        f'"{phrase}": the text dates the earlier event to {told(followed, f0, _f1)} and the one said to '
        f"follow it to {told(subject, s0, s1)}, {(f0 - s1).days} days before it; one of the dates is wrong.",
        {"subject": subject.text, "followed": followed.text, "days_before": (f0 - s1).days},
    )


# ------------------------------------------------------------------ a term that ends before it starts

# Verbs that place a dated event in the life of one thing: its beginning (0), a step after it (1),
# its end (2). "Her term began in March 2021 and ended in January 2020"; "The lease, signed in 2018,
# expired in 2016"; "first elected in 2015 and re-elected in 2012"; "elected in 2021, took office in 2019".
_PHASE_VERB = re.compile(
    r"\b(?:(?P<begin>began|begun|started|opened|launched|signed|founded|established|formed|commenced|"
    r"(?:first\s+)?elected|appointed|joined|hired|enrolled|born|broke\s+ground|kicked\s+off|set\s+up)"
    r"|(?P<step>re-?elected|took\s+office|sworn\s+in|renewed|extended|promoted)"
    r"|(?P<end>ended|finished|closed|expired|concluded|completed|left|quit|retired|resigned|stepped\s+down|"
    r"died|dissolved|collapsed|wound\s+up|shut|lapsed|ran\s+out|terminated))"
    # "left it in 2017", "took office in 2019": a pronoun object between the verb and the date
    r"(?:\s+(?P<obj>it|them|office|the\s+[a-z]+))?"
    r"\s+(?:(?:on|in|at|by|during)\s+)?(?:(?:early|mid|late)[-\s]+)?\Z",
    re.I,
)
# Between two such events: another subject or an ordering word makes them two stories.
_TWO_STORIES = re.compile(
    r";|\b(?:after|before|since|when|while|whereas|until|following|although|though|but|than)\b"
    r"|\b(?:and|or)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?[A-Z][a-z]+|\b(?:his|her|its|their)\s+\w+",
)
_RANK = {"begin": 0, "step": 1, "end": 2}


def _phase(text: str, m: DateMention, lo: int) -> tuple[int, re.Match[str]] | None:
    pm = _PHASE_VERB.search(text, max(lo, m.span.start - 30), m.span.start)
    if pm is None:
        return None
    return _RANK[next((g for g in ("begin", "step", "end") if pm.group(g)), "begin")], pm


def _past_day(md: tuple[int, int], anchor: dt.date) -> dt.date | None:
    """The last day with month-day ``md`` on or before ``anchor`` (a day of grace for time zones)."""
    for year in (anchor.year, anchor.year - 1):
        d = _in_year(md, year)
        if d is not None and d <= anchor + dt.timedelta(days=1):
            return d
    return None


def _fits_in_the_articles_year(first: DateMention, then: DateMention, anchor: dt.date | None) -> bool:
    """A year-less day belongs to the story's time, not to the year of the date beside it: "born on 14
    March 1937 and died on 19 November" in an obituary of November 2025 died in 2025. True when that
    reading puts the two phases in order."""
    if anchor is None:
        return False
    fm, tm = _monthday(first), _monthday(then)
    if (fm is None) == (tm is None):
        return False  # both year-less or both dated: the pair's reading is the only one
    if tm is not None:
        d = _past_day(tm, anchor)
        return d is not None and first.start is not None and d >= first.start
    assert fm is not None
    d = _past_day(fm, anchor)
    return d is not None and then.end is not None and then.end >= d


def phase_conflicts(
    doc: Document, sentence: Sentence, found: list[DateMention], anchor: dt.date | None
) -> Iterator[Conflict]:
    """ "Her term began in March 2021 and ended in January 2020": an end dated before its beginning."""
    text = doc.text
    dated = []
    for m in found:
        if m.kind == "range" or not (_monthday(m) or (m.start and m.end and not m.rel)):
            continue
        ph = _phase(text, m, sentence.span.start)
        if ph is not None:
            dated.append((m, *ph))
    for (a, ra, pa), (b, rb, pb) in itertools.pairwise(dated):
        if ra == rb:
            continue
        if _TWO_STORIES.search(text, a.span.end, pb.start()):
            continue
        oa, ob = (pa.group("obj") or "").lower(), (pb.group("obj") or "").lower()
        if oa.startswith("the ") and ob.startswith("the ") and oa != ob:
            continue  # "left the firm in 2015 and joined the board in 2017": two things
        (first, fm), (then, tm) = ((a, pa), (b, pb)) if ra < rb else ((b, pb), (a, pa))
        pair = _pair(first, then, anchor)
        if pair is None:
            continue
        (f0, f1), (t0, t1) = pair
        if t1 >= f0 or _fits_in_the_articles_year(first, then, anchor):
            continue
        said_first = " ".join(text[fm.start() : first.span.end].split())
        said_then = " ".join(text[tm.start() : then.span.end].split())
        yield Conflict(
            Span(pb.start(), b.span.end),
            Span(pa.start(), a.span.end),
            f'"{said_then}" is dated before "{said_first}" ({describe(t0, t1)} against {describe(f0, f1)}), '
            f"but it {'ends' if max(ra, rb) == 2 else 'comes after'} what began then; one of the dates is wrong.",
            {"begins": first.text, "ends": then.text},
        )


# ------------------------------------------------------------------ "has traded for 20 years" since a dated start

# A length measured to now by the present perfect: "has produced steel for 20 years", "have lived
# there for 12 years". Its start is a beginning the sentence dates ("which opened in 1990").
_PERFECT_FOR = re.compile(
    rf"\b(?:has|have)\s+(?:been\s+)?(?:[a-z]+ed|[a-z]+en|run|led|sat|held|taught|built|kept|sold|grown|"
    rf"known|worn|flown|done|made|spent|played|served|lived|worked)\b(?:\s+[\w'’-]+){{0,4}}?\s+for\s+"
    rf"(?P<hedge>(?:nearly|almost|about|around|roughly|some|more\s+than|over|at\s+least|close\s+to)\s+)?"
    rf"(?P<n>{_N}|\d{{2}})\s+years\b",
    re.I,
)


# "had flown for 12 years before its collapse": a length up to an event, past perfect
_HAD_FOR = re.compile(
    rf"\bhad\s+(?:been\s+)?(?:[a-z]+ed|[a-z]+en|run|led|sat|held|taught|built|kept|sold|grown|"
    rf"known|worn|flown|done|made|spent|played|served|lived|worked)\b(?:\s+[\w'’-]+){{0,4}}?\s+for\s+"
    rf"(?P<hedge>(?:nearly|almost|about|around|roughly|some|more\s+than|over|at\s+least|close\s+to)\s+)?"
    rf"(?P<n>{_N}|\d{{2}})\s+years\s+(?:before|until|when)\s+(?:(?:the|its|their|his|her)\s+(?P<noun>[a-z]{{4,}})\b)?",
    re.I,
)


def past_perfect_length_conflicts(
    doc: Document, sentences: list[Sentence], by_sentence: dict[int, list[DateMention]]
) -> Iterator[Conflict]:
    """ "Skylark, founded in 2011, had flown for 12 years before its collapse", the collapse dated May 2026
    earlier in the story: 14 or 15 years, not 12. The start is a beginning the sentence dates; the end
    is the date the sentence gives after "before"/"until"/"when", or the day the story gave the noun."""
    text = doc.text
    for k, s in enumerate(sentences):
        if "had " not in s.text or " for " not in s.text:
            continue
        found = by_sentence.get(s.index, [])
        for hm in _HAD_FOR.finditer(text, s.span.start, s.span.end):
            starts = [
                m for m in found
                if m.granularity == "year" and m.kind == "absolute" and m.start is not None and m.span.end <= hm.start()
                and (ph := _phase(text, m, s.span.start)) is not None and ph[0] == 0
            ]  # fmt: skip
            if len(starts) != 1 or _OTHER_SUBJECT.search(text, starts[0].span.end, hm.start()):
                continue
            start = starts[0]
            ends = [
                m for m in found if m.span.start >= hm.end() and m.span.start - hm.end() <= 60 and m.start and not m.rel
            ]
            end: DateMention | None = ends[0] if ends else None
            if end is None and hm.group("noun"):
                named = _dated_mention_of(sentences, k, by_sentence, [hm.group("noun")])
                end = named[0] if named else None
            if end is None or end.start is None or end.end is None or start.start is None:
                continue
            n = _count(hm.group("n"))
            lo, hi = end.start.year - start.start.year - 1, end.end.year - start.start.year
            slack = 2 if hm.group("hedge") else 0
            if n <= 0 or lo - slack <= n <= hi + slack:
                continue
            phrase = " ".join(hm.group(0).split())
            yield Conflict(
                Span(hm.start(), hm.end()),
                start.span,
                f'"{phrase}" does not fit a start in {start.text} and an end in "{end.text}": that is '
                f"{_years_or(max(lo, 0), hi)} years, not {n}; the length or a date is wrong.",
                {"length": phrase, "start": start.text, "end": end.text, "years": [lo, hi]},
            )


def perfect_length_conflicts(
    doc: Document, sentence: Sentence, found: list[DateMention], anchor: dt.date | None
) -> Iterator[Conflict]:
    """ "The plant, which opened in 1990, has produced steel for 20 years" in 2025: 35 years, not 20."""
    if anchor is None or " for " not in sentence.text:
        return
    text = doc.text
    for pm in _PERFECT_FOR.finditer(text, sentence.span.start, sentence.span.end):
        starts = []
        for m in found:
            if m.granularity != "year" or m.kind not in ("absolute", "since") or m.start is None:
                continue
            ph = _phase(text, m, sentence.span.start)
            if (ph is not None and ph[0] == 0) or m.kind == "since":
                starts.append(m)
        if len(starts) != 1:
            continue
        start = starts[0]
        assert start.start is not None
        lo_gap, hi_gap = sorted((start.span.end, pm.start()))
        if _OTHER_SUBJECT.search(text, lo_gap, hi_gap) or re.search(r"[;:]|\b(?:and|but)\s+[A-Z]", text[lo_gap:hi_gap]):
            continue  # "The mill opened in 1990; Reid has worked there for 20 years": two subjects
        n = _count(pm.group("n"))
        lo, hi = anchor.year - start.start.year - 1, anchor.year - start.start.year
        slack = 2 if pm.group("hedge") else 0
        if (
            n <= 0
            or lo - slack <= n <= hi + slack
            or ((pm.group("hedge") or "").lower().startswith(("more", "over", "at")) and n <= hi)
        ):
            continue
        phrase = " ".join(pm.group(0).split())
        yield Conflict(
            Span(pm.start(), pm.end()),
            start.span,
            f'"{phrase}" does not fit a start in {start.text}: by the article\'s date ({human(anchor)}) that is '
            f"{_years_or(lo, hi)} years, not {n}; the length or the year is wrong.",
            {"length": phrase, "start": start.text, "article_date": anchor.isoformat(), "years": [lo, hi]},
        )


# A length up to the time of writing in days, weeks or months: "began on Saturday, 3 January, and has now
# lasted eight days"; "has been going for three weeks".
_PERFECT_SPAN = re.compile(
    r"\b(?:has|have)\s+(?:now\s+)?(?:lasted|run|gone\s+on|continued|been\s+(?:going(?:\s+on)?|running|under\s+way|in\s+force|"
    r"on\s+strike|closed|shut))\s+(?:for\s+)?"
    rf"(?P<hedge>(?:nearly|almost|about|around|roughly|some|more\s+than|over|at\s+least|close\s+to)\s+)?"
    rf"(?P<n>{_N})\s+(?P<u>day|week|fortnight|month)s?\b(?!\s+(?:longer|more|beyond)\b)",
    re.I,
)


def perfect_span_conflicts(
    doc: Document, sentence: Sentence, found: list[DateMention], anchor: dt.date | None
) -> Iterator[Conflict]:
    """ "The cold spell began on Saturday, 3 January, and has now lasted eight days", on 8 January: five
    days (six counting both ends). The start is the one beginning the sentence dates before the length;
    the end is the stated article date."""
    if anchor is None or " ha" not in sentence.text:
        return
    text = doc.text
    for pm in _PERFECT_SPAN.finditer(text, sentence.span.start, sentence.span.end):
        starts = [
            m
            for m in found
            if m.span.end <= pm.start()
            and m.kind != "range"
            and m.granularity in ("day", "month")
            and (_monthday(m) or _dated(m))
            and _START_WORD.search(text, max(sentence.span.start, m.span.start - 32), m.span.start)
        ]
        if len(starts) != 1:
            continue
        start = starts[0]
        if _OTHER_SUBJECT.search(text, start.span.end, pm.start()) or re.search(
            r"[;:]", text[start.span.end : pm.start()]
        ):
            continue  # "began on 3 January; the ban has lasted eight days": another thing's length
        md = _monthday(start)
        if md is not None:
            day = _past_day(md, anchor)
            if day is None:
                continue
            first, last = day, day
        else:
            assert start.start is not None and start.end is not None
            first, last = start.start, start.end
        if last > anchor:
            continue
        lo, hi = (anchor - last).days, (anchor - first).days + 1  # counted with both ends, or not
        n, unit = _count(pm.group("n")), pm.group("u").lower()
        want = n * _UNIT_DAYS[unit]
        slack = _UNIT_SLACK[unit] + 1  # a day's grace: written the day before it was dated
        hedge = (pm.group("hedge") or "").lower()
        if hedge:
            slack += want * 0.2
        if n <= 0 or lo - slack <= want <= hi + slack or (hedge.startswith(("more", "over", "at")) and want <= hi):
            continue
        phrase = " ".join(pm.group(0).split())
        told = f"{lo} days" if lo == hi else f"{lo} to {hi} days"
        yield Conflict(
            Span(pm.start(), pm.end()),
            start.span,
            f'"{phrase}" does not fit a start on {_told(start, first, last)}: by the article\'s date '
            f"({human(anchor)}) that is {told}, not {_length_words(n, unit)}; the length or a date is wrong.",
            {"length": phrase, "start": start.text, "article_date": anchor.isoformat(), "days": [lo, hi]},
        )


# ------------------------------------------------------------------ the subject's one birth date, later in the story

_AGE_PRONOUN = re.compile(r"\b(?:when|as)\s+(?P<p>he|she)\s+(?:was|were)\b", re.I)


# The sentence's subject is the pronoun after a short opening phrase: "The daughter of a fisherman, she
# left school ...", "A keen sailor, he ...", "As a teenager, she ...".
_PRONOUN_AFTER_OPENING = re.compile(r"\W*(?:[\w'’-]+\s+){0,6}?[\w'’-]+,\s+(?:he|she)\b")
# A relative as a possessor ("her father's boat") owns a thing, not the age told.
_RELATIVE_AS_SUBJECT = re.compile(_OTHER_PERSON.pattern + r"(?!['’]s\b)", re.I)
# The name a birth is told of: "Talland was born", "Pettifer, who was born", "Moss (born ...".
_NAME_BEFORE_BORN = re.compile(
    r"(?-i:\b(?P<name>[A-Z][a-z][\w'’-]+))(?:\s*,\s*who\s+was|\s+was|\s*\(|\s*,)\s*(?:\w+\s+)?\Z"
)
_NOT_A_NAME = frozenset({"He", "She", "They", "It", "This", "That", "The", "Who", "Which", "Also"})


# An age in apposition told for a past time: the sentence opens on a past frame ("When he bought the
# boat, Pettifer, 35, ...", "At the time, ..."), or the clause after the age is a past perfect
# ("Pettifer, 22, had never crossed ..."), whose reference time is earlier than the story's.
_PAST_FRAME = re.compile(
    r"\W*(?:when|after|before|while|until|once|at\s+the\s+time|back\s+then|then|by\s+then|in\s+those\s+days"
    r"|that\s+(?:year|summer|winter|spring|autumn)|(?:\w+\s+)?(?:years?|decades?)\s+(?:later|earlier|before))\b",
    re.I,
)
_PAST_PERFECT_AFTER = re.compile(r"(?:\s+(?:of|from)\s+[^,]{1,40},)?\s+(?:had|'d|’d)\s+(?!to\b)[a-z]+")
# The word before a surname that makes it someone else's: another given name ("Tom Pettifer" when the
# birth was Graham Pettifer's). Honorifics name the bearer of the surname, whoever the subject is.
_GIVEN_BEFORE = re.compile(r"(?-i:\b(?P<given>[A-Z][a-z][\w'’-]*))\s+\Z")
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"})


def _present_ages_of(
    doc: Document,
    sentences: list[Sentence],
    by_sentence: dict[int, list[DateMention]],
    name: str,
    anchor: dt.date,
    given: str | None = None,
) -> Iterator[_Born]:
    """ "Graham Pettifer, 61, of Tunbridge Wells, was convicted on 3 November": the age the story gives
    the named subject now, in apposition, anywhere in the article. A sentence that dates something
    more than a year before the article's date, that the one before it in its paragraph sets in such a
    time, or that opens on a past frame or continues in the past perfect may give the age for that time,
    and is passed over. A relative's mention ("His son, Tom Pettifer, 34,") is another person's age."""
    pattern = re.compile(rf"\b{re.escape(name)},\s+(?:aged\s+)?(?P<a>\d{{1,3}}),")
    text = doc.text
    old_day = anchor - dt.timedelta(days=366)
    for k, s in enumerate(sentences):
        if name not in s.text:
            continue
        for am in pattern.finditer(text, s.span.start, s.span.end):
            dates = [m.start for m in by_sentence.get(s.index, []) if m.start is not None and not m.rel]
            if any(d < old_day for d in dates):
                continue
            if _PAST_FRAME.match(s.text) or _PAST_PERFECT_AFTER.match(text, am.end(), s.span.end):
                continue
            before = text[max(s.span.start, am.start() - 60) : am.start()]
            gm = _GIVEN_BEFORE.search(before)
            if (
                gm is not None
                and gm.group("given") not in _HONORIFICS
                and gm.group("given") != (given or gm.group("given"))
            ):
                continue
            if _OTHER_PERSON.search(before):
                continue
            prev = sentences[k - 1] if k > 0 else None
            if prev is not None and prev.paragraph == s.paragraph and not dates:
                earlier = [m.start for m in by_sentence.get(prev.index, []) if m.start is not None and not m.rel]
                if any(d < old_day for d in earlier):
                    continue
            lo_day = min([*dates, anchor])
            age = int(am.group("a"))
            if not 0 < age < 125:
                continue
            lo, hi = _born_from_age(age, lo_day, anchor)
            span = Span(am.start(), am.end() - 1)
            yield _Born(lo, hi, span, " ".join(text[span.start : span.end].split()), age, human(anchor))


def subject_birth_age_conflicts(
    doc: Document,
    sentences: list[Sentence],
    by_sentence: dict[int, list[DateMention]],
    anchor: dt.date | None = None,
) -> Iterator[Conflict]:
    """An obituary's or profile's one birth date against an age its subject is given paragraphs later:
    "... was born in Kraków on 12 July 1933" ... "She married in 1958, when she was 21" (24 or 25).

    The article must state one birth date (of nobody's relative; told again, the same), and the later sentence must open
    with "He" or "She", name no relative or second person, and give the age with the same pronoun
    ("when she was 21") or none ("aged 21"). Neighbouring sentences are left to the checks above."""
    text = doc.text
    if "born" not in text and "Born" not in text and "(b." not in text:
        return
    births: list[tuple[int, _Born]] = []
    for k, s in enumerate(sentences):
        if "orn" in s.text or "(b." in s.text:
            found = _births(doc, s, by_sentence.get(s.index, []))
            if found and _OTHER_PERSON.search(s.text):
                return  # "her father, born in 1901": whose birth is it?
            births.extend((k, b) for b in found)
    if not births or len({(b.lo, b.hi) for _k, b in births}) != 1:
        return  # no birth, or two people's ("born 12 July 1933" again in the closing line is one)
    kb, ref = births[0]
    near = {j for k, _b in births for j in (k - 1, k, k + 1)}
    nm = _NAME_BEFORE_BORN.search(text, max(sentences[kb].span.start, ref.span.start - 40), ref.span.start)
    name = nm.group("name") if nm is not None and nm.group("name") not in _NOT_A_NAME else None
    if name is not None and anchor is not None:
        # the named subject's age now, wherever the story gives it ("Pettifer, 61," in the lead)
        gm = _GIVEN_BEFORE.search(text, max(sentences[kb].span.start, nm.start("name") - 30), nm.start("name"))
        given = gm.group("given") if gm is not None and gm.group("given") not in _HONORIFICS else None
        # a birth told of a surname alone: the subject's given name is where the story first names them
        if given is None:
            fm = re.search(rf"(?-i:\b([A-Z][a-z][\w'’-]*)\s+{re.escape(name)}\b)", text)
            given = fm.group(1) if fm is not None and fm.group(1) not in _HONORIFICS else None
        for e in _present_ages_of(doc, sentences, by_sentence, name, anchor, given):
            if (e.hi < ref.lo or e.lo > ref.hi) and not (ref.span.start <= e.span.start < ref.span.end + 60):
                yield Conflict(
                    e.span,
                    ref.span,
                    _age_message(ref, e).replace(f'"{ref.said}";', f'"{ref.said}", elsewhere in the article;'),
                    {"age": e.age, "at": e.when, "born": [ref.lo, ref.hi], "born_from_age": [e.lo, e.hi]},
                )
    for k in range(kb + 2, len(sentences)):
        s = sentences[k]
        if k in near:
            continue
        pm = _PRONOUN_START.match(s.text) or _PRONOUN_AFTER_OPENING.match(s.text)
        if pm is None or (" was " not in s.text and " aged " not in s.text and " age " not in s.text):
            continue
        found = by_sentence.get(s.index, [])
        if not found or _RELATIVE_AS_SUBJECT.search(s.text) or _ANOTHER_NAME.search(s.text):
            continue
        pronoun = pm.group(0).strip(" \t\n\"'“‘(").split()[-1].lower()
        for e in _ages_at(doc, s, found):
            said = _AGE_PRONOUN.search(e.said)
            if said is not None and said.group("p").lower() != pronoun:
                continue  # "She married him in 1958, when he was 30": his age
            if e.hi < ref.lo or e.lo > ref.hi:
                yield Conflict(
                    e.span,
                    ref.span,
                    _age_message(ref, e).replace(f'"{ref.said}";', f'"{ref.said}", earlier in the article;'),
                    {"age": e.age, "at": e.when, "born": [ref.lo, ref.hi], "born_from_age": [e.lo, e.hi]},
                )


# ------------------------------------------------------------------ "on 10 November, three days after the collapse"

# A date, then how far it lies from an event the sentence names but does not date: "broke through on
# Monday 10 November, three days after the collapse"; "published in February 2024, a full year before
# our ban". The event's date is where the story told it.
_DATE_THEN_OFFSET = re.compile(
    rf"\s*,\s*(?:(?:just|only|barely|exactly|precisely|fully)\s+)?(?P<n>{_N})\s+(?:full\s+)?"
    r"(?P<u>day|week|fortnight|month|year)s?\s+(?P<c>after|before)\s+"
    r"(?:the|its|their|his|her|our|this|that)\s+(?:(?P<mod>[a-z]{4,})\s+)?(?P<noun>[a-z]{3,})\b"
    r"(?!\s+(?:of|to|for|at|by|with|from|in|on)\b|['’-])",
    re.I,
)
# "arriving nine days after Storm Nils hit Cornwall on 9 October": the subject's act as a verb, the
# event it follows dated in the sentence; the act's own day is where the story told it ("arrived ... on
# Wednesday 21 October").
_VERB_OFFSET = re.compile(
    rf"\b(?P<verb>[a-z]{{3,}}(?:ing|ed))\s+(?P<n>{_N})\s+(?P<u>day|week|fortnight|month)s?\s+(?P<c>after|before)\s+"
    r"(?:(?!(?:and|but|when|while|which|who)\b)[\w'’-]+,?\s+){1,8}?(?:on|in)\s+\Z",
    re.I,
)
# An offset from the time of writing: "on 11 April, three weeks from today"; "on 14 February, three
# weeks ago".
_FROM_NOW = re.compile(
    rf"\s*,\s*(?:(?:just|only|exactly)\s+)?(?P<n>{_N})\s+(?P<u>day|week|fortnight|month)s?\s+"
    r"(?P<c>from\s+(?:today|now)|hence|ago|away|earlier|before\s+today)\b",
    re.I,
)


_OFFSET_GATE = re.compile(r" (?:after|before|ago|hence|away|earlier|from today|from now)\b")
# "in three weeks' time, on 11 April": a unit just before ", on" / ", in" (looked for back from those)
_UNIT_BEFORE_COMMA = re.compile(r"(?:day|week|fortnight|month)s?['’]?s?(?: time)?\Z")


def _offset_gates(text: str) -> Iterator[int]:
    """Where a sentence may state an offset: the gate words, and a unit before ", on" or ", in"."""
    for g in _OFFSET_GATE.finditer(text):
        yield g.start()
    for word in (", on ", ", in "):
        i = text.find(word)
        while i != -1:
            if _UNIT_BEFORE_COMMA.search(text, max(0, i - 16), i):
                yield i
            i = text.find(word, i + 1)


_AFTER_OR_BEFORE = re.compile(r" after | before ")


_FROM_NOW_BEFORE = re.compile(
    rf"\b(?:in\s+(?P<n>{_N})\s+(?P<u>day|week|fortnight|month)s?(?:(?P<c>['’]s?\s+time|\s+time)|(?P<bare>))"
    rf"|(?P<n2>{_N})\s+(?P<u2>day|week|fortnight|month)s?\s+(?P<c2>ago|from\s+(?:today|now)|hence))"
    r"\s*,\s*(?:on\s+|in\s+)?\Z",
    re.I,
)
# An event told in the infinitive or with a modal ("was due to open in September 2023") is a plan,
# not the day it happened.
_PLANNED_BEFORE = re.compile(r"\b(?:to|will|would|shall|could|might|may|must|should)\s+(?:be\s+|have\s+)?\Z", re.I)


def _offset_fits(earlier: tuple[dt.date, dt.date], later: tuple[dt.date, dt.date], n: int, unit: str) -> bool:
    lo, hi = (later[0] - earlier[1]).days, (later[1] - earlier[0]).days
    want = n * _UNIT_DAYS[unit]
    return lo - _UNIT_SLACK[unit] <= want <= hi + _UNIT_SLACK[unit]


def _gap_text(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> str:
    """How far the days ``b`` lie from the days ``a``: "2 days after", "153 to 181 days before"."""
    lo, hi = (b[0] - a[1]).days, (b[1] - a[0]).days
    if lo == hi:
        return "the same day as" if lo == 0 else f"{_elapsed_text(abs(lo))} {'after' if lo > 0 else 'before'}"
    if lo >= 0:
        return f"{lo} to {hi} days after"
    if hi <= 0:
        return f"{-hi} to {-lo} days before"
    return f"between {-lo} days before and {hi} days after"


def dated_offset_conflicts(
    doc: Document, sentences: list[Sentence], by_sentence: dict[int, list[DateMention]], anchor: dt.date | None
) -> Iterator[Conflict]:
    """A date said to lie a length from an event dated elsewhere in the story, or from the time of
    writing, that the calendar denies."""
    text = doc.text
    starts = [s.span.start for s in sentences]
    candidates = sorted({bisect_right(starts, at) - 1 for at in _offset_gates(text)})
    for k in candidates:
        if k < 0:
            continue
        s = sentences[k]
        found = [m for m in by_sentence.get(s.index, []) if m.kind != "range" and m.granularity in ("day", "month")]
        for m in found:
            if not (_monthday(m) or _dated(m) or _day_told(m)):
                continue
            om = _DATE_THEN_OFFSET.match(text, m.span.end, s.span.end)
            if om is not None and not any(0 <= x.span.start - om.end() <= 40 for x in by_sentence.get(s.index, [])):
                words = [om.group("noun")] + ([om.group("mod")] if om.group("mod") else [])
                dated = _dated_mention_of(sentences, k, by_sentence, words)
                if dated is not None and not _PLANNED_BEFORE.search(text, max(0, dated[1].start - 24), dated[1].start):
                    conflict = _date_then_offset(m, dated[0], om, anchor)
                    if conflict is not None:
                        yield conflict
                        continue
            fm = _FROM_NOW.match(text, m.span.end, s.span.end)
            if fm is None and anchor is not None:
                # "in three weeks' time, on 11 April"; "two weeks ago, on 1 March"
                fm = _FROM_NOW_BEFORE.search(text, max(s.span.start, m.span.start - 48), m.span.start)
                if fm is not None and fm.group("bare") is not None and not _FUTURE.search(s.text):
                    fm = None  # "was finished in two weeks, on 3 May": a length, not a time from now
            if fm is not None and anchor is not None and (_monthday(m) or _dated(m)):
                conflict = _from_now(text, m, fm, anchor)
                if conflict is not None:
                    yield conflict
                    continue
            if len(found) != 1 or not _AFTER_OR_BEFORE.search(text, max(s.span.start, m.span.start - 90), m.span.start):
                continue
            vm = _VERB_OFFSET.search(text, max(s.span.start, m.span.start - 90), m.span.start)
            if vm is not None and vm.group("verb").lower() not in _NOT_GERUNDS:
                dated = _dated_mention_of(sentences, k, by_sentence, [vm.group("verb")])
                if dated is not None and not _PLANNED_BEFORE.search(text, max(0, dated[1].start - 24), dated[1].start):
                    conflict = _verb_offset(dated[0], m, vm, anchor)
                    if conflict is not None:
                        yield conflict


def _told(m: DateMention, lo: dt.date, hi: dt.date) -> str:
    """ "September 2023", or "11 April" (11 April 2025) when the text leaves something out."""
    plain = describe(lo, hi)
    return f'"{m.text}"' if plain == m.text else f'"{m.text}" ({plain})'


def _date_then_offset(
    own: DateMention, other: DateMention, om: re.Match[str], anchor: dt.date | None
) -> Conflict | None:
    """``own`` is said to lie ``om``'s length after (before) the event dated ``other``."""
    pair = _pair(other, own, anchor)
    n, unit = _count(om.group("n")), om.group("u").lower()
    if pair is None or n <= 0:
        return None
    (o0, o1), (w0, w1) = pair
    after = om.group("c").lower() == "after"
    earlier, later = ((o0, o1), (w0, w1)) if after else ((w0, w1), (o0, o1))
    if _offset_fits(earlier, later, n, unit):
        return None
    phrase = " ".join(om.group(0).split()).strip(" ,")
    noun = om.group("noun")
    return Conflict(
        Span(own.span.start, om.end()),
        other.span,
        f'"{own.text}, {phrase}": the text dates the {noun} to {_told(other, o0, o1)}, so '
        f"{_told(own, w0, w1)} is {_gap_text((o0, o1), (w0, w1))} it, not "
        f"{_length_words(n, unit)} {om.group('c').lower()}; one of the dates is wrong.",
        {"date": own.text, "event": noun, "event_date": other.text, "stated": f"{n} {unit} {om.group('c').lower()}"},
    )


def _from_now(text: str, m: DateMention, fm: re.Match[str], anchor: dt.date) -> Conflict | None:
    """ "on 11 April, three weeks from today" against the article's date."""
    n, unit = _count(fm.group("n") or fm.group("n2")), (fm.group("u") or fm.group("u2")).lower()
    if n <= 0:
        return None
    if _monthday(m) is not None:
        md = _monthday(m)
        assert md is not None
        d = _near(md, anchor)
        if d is None:
            return None
        days = (d, d)
    elif m.start is not None and m.end is not None:
        days = (m.start, m.end)
    else:
        return None
    ahead = not (fm.group("c") or fm.group("c2") or "").lower().strip(" '’s").startswith(("ago", "earlier", "before"))
    now = (anchor, anchor)
    earlier, later = (now, days) if ahead else (days, now)
    if _offset_fits(earlier, later, n, unit):
        return None
    lo, hi = sorted((m.span.start, m.span.end, fm.start(), fm.end()))[::3]
    said = " ".join(text[lo:hi].split())
    return Conflict(
        Span(lo, hi),
        m.span,
        f'"{said}": {_told(m, *days)} is {_gap_text(now, days)} the article\'s date '
        f"({human(anchor)}), not {_length_words(n, unit)} {'after' if ahead else 'before'} it; one of them is wrong.",
        {"date": m.text, "article_date": anchor.isoformat(), "stated": f"{n} {unit} {'after' if ahead else 'before'}"},
    )


def _verb_offset(own: DateMention, other: DateMention, vm: re.Match[str], anchor: dt.date | None) -> Conflict | None:
    """ "arriving nine days after Storm Nils hit Cornwall on 9 October", the arrival dated 21 October."""
    pair = _pair(other, own, anchor)
    n, unit = _count(vm.group("n")), vm.group("u").lower()
    if pair is None or n <= 0:
        return None
    (o0, o1), (w0, w1) = pair
    after = vm.group("c").lower() == "after"
    earlier, later = ((o0, o1), (w0, w1)) if after else ((w0, w1), (o0, o1))
    if _offset_fits(earlier, later, n, unit):
        return None
    phrase = re.sub(r",?\s+(?:on|in)\s*\Z", "", " ".join(vm.group(0).split()))
    return Conflict(
        Span(vm.start(), other.span.end),
        own.span,
        f'"{phrase} {other.text}": the text dates the {vm.group("verb").lower()} itself to {_told(own, w0, w1)}, '
        f"{_gap_text((o0, o1), (w0, w1))} {_told(other, o0, o1)}, not {_length_words(n, unit)} "
        f"{vm.group('c').lower()}; one of the dates is wrong.",
        {"event": vm.group("verb"), "event_date": own.text, "other": other.text, "stated": f"{n} {unit}"},
    )


# ------------------------------------------------------------------ clock times: "at 7.12am ... 73 minutes later, at 8.35am"

# A time of day: "7.12am", "8:35 p.m.", "07:12", "7am"; a bare "7.12" is a decimal, not a time.
_CLOCK = r"(?P<{p}h>[01]?\d|2[0-3])(?:[.:](?P<{p}m>[0-5]\d))?\s?(?P<{p}ap>[ap]\.?m\b(?:\.(?=\w))?)?"
_CLOCK_RE = re.compile(r"(?<![\w.:,])" + _CLOCK.format(p="") + r"(?![\w:]|\.\d)", re.I)
_CLOCK_LATER = re.compile(
    r"\b(?P<hedge>(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under|more\s+than|less\s+than)\s+)?"
    rf"(?P<n>{_N})\s+(?P<u>minute|min|hour|hr)s?\s+(?P<dir>later|afterwards|earlier|before)\s*,?\s*(?:at|by|around|,)?\s*\Z",
    re.I,
)
# A length told with the two times that bound it: "the 73-minute flight, from 7.12am to 8.35am";
# "lasted 40 minutes, from 9.05pm until 9.15pm".
_CLOCK_SPAN = re.compile(
    rf"\b(?:(?P<n>{_N})[-‑](?P<u>minute|hour)(?:-long)?\s+(?:[a-z]+\s+){{0,2}}?[a-z]+,?"
    rf"|(?:lasted|took|for)\s+(?P<n2>{_N})\s+(?P<u2>minute|hour)s?,?)\s+(?:from|between)\s+\Z",
    re.I,
)
_CLOCK_JOIN = re.compile(r"\s*(?:to|until|till|and|-|–)\s*\Z", re.I)


# What every time read here holds: "7am", "8.35 p.m.", "19:40" (a cheap scan before the full pattern).
_TIME_HINT = re.compile(r"\d(?:\s?[ap]\.?m|:[0-5]\d)", re.I)
# The shapes clock_conflicts reads, from their unit word on.
_UNIT_SHAPE = re.compile(
    r"(?:minutes?|mins?|hours?|hrs?)\s*,?\s+(?:later|afterwards|earlier|before|from|between)\b"
    r"|(?:minute|hour)(?:-long)?\s+(?:[a-z]+\s+){0,2}?[a-z]+,?\s+(?:from|between)\s"
)


def _minutes_later_somewhere(text: str) -> bool:
    """ "minutes later", "hours earlier", "a 73-minute flight, from", "lasted 40 minutes, from" somewhere
    in the text: three literal scans, then the shape tried at each unit word found."""
    for word in ("min", "hour", "hr"):
        i = text.find(word)
        while i != -1:
            if _UNIT_SHAPE.match(text, i):
                return True
            i = text.find(word, i + 1)
    return False


def _minutes(cm: re.Match[str], ap_default: str | None) -> tuple[int, str | None] | None:
    """Minutes after midnight of a time of day, and its am/pm (taken from ``ap_default`` when unsaid)."""
    h, mins, ap = int(cm.group("h")), cm.group("m"), cm.group("ap")
    if ap is None and mins is None:
        return None  # "at 7": an hour, a score or a count
    if ap is None and ":" not in cm.group(0) and ap_default is None:
        return None  # "7.12" alone: a decimal as often as a time
    ap = (ap or ap_default or "").lower().replace(".", "")
    if ap and not 1 <= h <= 12:
        return None
    if ap == "pm" and h != 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    return h * 60 + int(mins or 0), ap or None


def clock_conflicts(doc: Document, sentences: list[Sentence]) -> Iterator[Conflict]:
    """ "launched at 7.12am ... came down 73 minutes later, at 8.35am": 83 minutes, not 73."""
    text = doc.text
    if not _minutes_later_somewhere(text):
        return  # the one shape this reads: "N minutes later, at TIME"
    before: tuple[re.Match[str], int, str | None] | None = None
    for s in sentences:
        times = []
        hinted = _TIME_HINT.search(text, s.span.start, s.span.end) is not None
        for cm in _CLOCK_RE.finditer(text, s.span.start, s.span.end) if hinted else ():
            if not (cm.group("ap") or (cm.group("m") and ":" in cm.group(0))):
                continue
            value = _minutes(cm, None)
            if value is not None:
                times.append((cm, *value))
        if not times:
            if before is not None and s.span.start - before[0].end() > 400:
                before = None
            continue
        for i, (cm, value, ap) in enumerate(times):
            if before is not None:
                lm = _CLOCK_LATER.search(text, max(before[0].end(), cm.start() - 40), cm.start())
                if lm is not None:
                    conflict = _clock_later(before, (cm, value, ap), lm)
                    if conflict is not None:
                        yield conflict
            before = (cm, value, ap)
            if i + 1 < len(times) and _CLOCK_JOIN.match(text, cm.end(), times[i + 1][0].start()):
                sm = _CLOCK_SPAN.search(text, max(s.span.start, cm.start() - 60), cm.start())
                if sm is not None:
                    conflict = _clock_span(times[i], times[i + 1], sm)
                    if conflict is not None:
                        yield conflict


# "We rolled it back at 15:31, shortly after the second alert fired at 15:44": the first time is said
# to follow (or precede) the event of the clause after the connective, timed at the second.
_CLOCK_ORDER = re.compile(
    r"\A\s*,?\s*(?:(?:shortly|just|soon|minutes|moments|seconds|immediately|right|only)\s+)?(?P<c>after|before)\s+"
    r"(?:(?!(?:and|but|when|while|until|on|yesterday|previous|earlier|later|next|day|night|morning|evening)\b)"
    r"[\w'’-]+,?\s+){1,8}?(?:at|by)\s+\Z",
    re.I,
)


def clock_order_conflicts(doc: Document, sentences: list[Sentence]) -> Iterator[Conflict]:
    """ "rolled it back at 15:31, shortly after the second alert fired at 15:44": 13 minutes before, not
    after. Two times of one day in one sentence, an hour's reading each; across midnight is left alone."""
    text = doc.text
    if " after " not in text and " before " not in text:
        return
    for s in sentences:
        if (" after " not in s.text and " before " not in s.text) or _TIME_HINT.search(
            text, s.span.start, s.span.end
        ) is None:
            continue
        times = []
        for cm in _CLOCK_RE.finditer(text, s.span.start, s.span.end):
            if not (cm.group("ap") or (cm.group("m") and ":" in cm.group(0))):
                continue
            value = _minutes(cm, None)
            if value is not None:
                times.append((cm, value[0]))
        for (a, va), (b, vb) in itertools.pairwise(times):
            om = _CLOCK_ORDER.match(text[a.end() : b.start()])
            if om is None or abs(va - vb) > 12 * 60 or va == vb:
                continue
            after = om.group("c").lower() == "after"
            if (va > vb) == after:
                continue
            gap = abs(va - vb)
            said = " ".join(text[a.start() : b.end()].split())
            yield Conflict(
                Span(a.start(), b.end()),
                Span(b.start(), b.end()),
                f'"{said}": {a.group(0).strip()} is {gap} minutes {"before" if va < vb else "after"} '
                f"{b.group(0).strip()}, not {om.group('c').lower()} it; one of the times is wrong.",
                {"time": a.group(0).strip(), "other": b.group(0).strip(), "minutes": va - vb},
            )


def _clock_span(
    a: tuple[re.Match[str], int, str | None], b: tuple[re.Match[str], int, str | None], sm: re.Match[str]
) -> Conflict | None:
    """ "the 73-minute flight, from 7.12am to 8.35am": 83 minutes."""
    n, unit = _count(sm.group("n") or sm.group("n2")), (sm.group("u") or sm.group("u2")).lower()
    if n <= 0:
        return None
    gap = (b[1] - a[1]) % (24 * 60)
    want = n * (60 if unit == "hour" else 1)
    slack = 30 if unit == "hour" else (0 if n % 5 else 2)
    if abs(gap - want) <= slack:
        return None
    said_a, said_b = " ".join(a[0].group(0).split()), " ".join(b[0].group(0).split())
    phrase = " ".join(sm.group(0).split()).removesuffix(" from").removesuffix(" between").rstrip(" ,")
    hours, mins = divmod(gap, 60)
    told = f"{gap} minutes" + (f" ({hours} h {mins:02d} min)" if hours else "")
    return Conflict(
        Span(sm.start(), b[0].end()),
        Span(a[0].start(), a[0].end()),
        f'"{phrase}" does not fit its times: from {said_a} to {said_b} is {told}, not {n} {unit}'
        f"{'s' if n != 1 else ''}; the length or a time is wrong.",
        {"from": said_a, "to": said_b, "minutes": gap, "stated": f"{n} {unit}"},
    )


def _clock_later(
    a: tuple[re.Match[str], int, str | None], b: tuple[re.Match[str], int, str | None], lm: re.Match[str]
) -> Conflict | None:
    n, unit = _count(lm.group("n")), lm.group("u").lower()
    if n <= 0:
        return None
    gap = b[1] - a[1]
    if lm.group("dir").lower() in ("earlier", "before"):
        gap = -gap  # "two hours earlier, at 5am": the second time before the first
    if gap < 0:
        gap += 24 * 60  # past midnight
    want = n * (60 if unit.startswith("h") else 1)
    hedge = (lm.group("hedge") or "").lower()
    if hedge.startswith(("more", "just over")):
        fits = gap > want or abs(gap - want) <= 1
    elif hedge.startswith(("less", "just under", "nearly", "almost")):
        fits = gap < want or abs(gap - want) <= 1
    elif hedge:
        fits = abs(gap - want) <= max(5, want // 5)
    else:
        slack = 30 if unit.startswith("h") else (0 if n % 5 else 2)
        fits = abs(gap - want) <= slack
    if fits:
        return None
    said_a, said_b = " ".join(a[0].group(0).split()), " ".join(b[0].group(0).split())
    phrase = re.sub(r",?\s*(?:at|by|around)?\s*\Z", "", " ".join(lm.group(0).split()))
    hours, mins = divmod(gap, 60)
    told = f"{gap} minutes" + (f" ({hours} h {mins:02d} min)" if hours else "")
    first, second = (said_b, said_a) if lm.group("dir").lower() in ("earlier", "before") else (said_a, said_b)
    return Conflict(
        Span(lm.start(), b[0].end()),
        Span(a[0].start(), a[0].end()),
        f'"{phrase}, at {said_b}" does not fit "{said_a}": from {first} to {second} is {told}, not '
        f"{n} {'minute' if unit.startswith('min') else 'hour'}"
        f"{'s' if n != 1 else ''}; one of the times is wrong.",
        {"from": said_a, "to": said_b, "minutes": gap, "stated": f"{n} {unit}"},
    )


# ------------------------------------------------------------------ "since early June, for more than two months"

_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|mid|late)[-\s]+)?\Z", re.I)
_SINCE_FOR = re.compile(
    r"\s*,\s*(?:or\s+)?(?:for\s+)?(?P<hedge>(?:nearly|almost|about|around|roughly|some|more\s+than|over|at\s+least|"
    rf"less\s+than|under|just\s+over|just\s+under)\s+)?(?P<n>{_N})\s+(?P<u>day|week|fortnight|month|year)s?\b"
    r"(?!\s+(?:later|earlier|before|after|ago|of|on)\b|[-‑])",
    re.I,
)
_FOR_SINCE = re.compile(
    r"\bfor\s+(?P<hedge>(?:nearly|almost|about|around|roughly|some|more\s+than|over|at\s+least|less\s+than|under|"
    rf"just\s+over|just\s+under)\s+)?(?P<n>{_N})\s+(?P<u>day|week|fortnight|month|year)s?\s*,?\s*\Z",
    re.I,
)
_HAD = re.compile(r"\bhad\b", re.I)


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return dt.date(y, m + 1, min(d.day, _month_days(y, m + 1)))


def _month_days(y: int, m: int) -> int:
    return ((dt.date(y + (m == 12), m % 12 + 1, 1)) - dt.date(y, m, 1)).days


def since_length_conflicts(
    doc: Document, sentence: Sentence, found: list[DateMention], anchor: dt.date | None
) -> Iterator[Conflict]:
    """ "below 10% since early June, for more than two months" on 30 July: under two months."""
    if anchor is None or "since" not in sentence.text:
        return
    text = doc.text
    for m in found:
        if m.start is None or m.end is None or m.soft or m.granularity not in ("day", "month"):
            continue
        sm = _SINCE_BEFORE.search(text, max(sentence.span.start, m.span.start - 12), m.span.start)
        if sm is None and m.text.lower().startswith("since "):
            sm = re.compile("since", re.I).match(text, m.span.start)  # "since March" is one mention
        if sm is None or _HAD.search(text, sentence.span.start, sm.start()):
            continue  # "had been ... since June": the span ends at another past time
        fm = _SINCE_FOR.match(text, m.span.end, sentence.span.end) or _FOR_SINCE.search(
            text, max(sentence.span.start, sm.start() - 40), sm.start()
        )  # "since early June, for two months"; "for two months, since early June"
        if fm is None or m.start > anchor:
            continue
        n, unit = _count(fm.group("n")), fm.group("u").lower()
        if n <= 0:
            continue
        start, end = m.start, min(m.end, anchor)
        word = m.text.lower().removeprefix("since ")
        if m.granularity == "month" and word.startswith("early"):
            end = min(end, start.replace(day=10))
        elif m.granularity == "month" and word.startswith("late"):
            start = start.replace(day=21)
        if unit == "month":
            shortest, longest = _add_months(end, n), _add_months(start, n)  # the day n months on
            least, most = (anchor - longest).days, (anchor - shortest).days  # anchor minus that day
            slack = 0 if fm.group("hedge") else 10
        else:
            want = n * _UNIT_DAYS[unit]
            least, most = (anchor - end).days - want, (anchor - start).days - want
            slack = 0 if fm.group("hedge") else _UNIT_SLACK[unit]
        hedge = (fm.group("hedge") or "").lower().strip()
        if hedge in ("more than", "over", "at least", "just over"):
            fits = most >= 0
        elif hedge in ("nearly", "almost", "less than", "under", "just under"):
            fits = least <= 0
        elif hedge:
            fits = least - {"day": 1, "week": 3, "fortnight": 4, "month": 16, "year": 183}[unit] <= 0 <= most + 30
        else:
            fits = least - slack <= 0 <= most + slack
        if fits:
            continue
        lo_days, hi_days = (anchor - end).days, (anchor - start).days
        phrase = " ".join(fm.group(0).split()).strip(" ,")
        elapsed = f"{lo_days} days" if lo_days == hi_days else f"{lo_days} to {hi_days} days"
        yield Conflict(
            Span(min(m.span.start, fm.start()), max(m.span.end, fm.end())),
            m.span,
            f'"since {m.text.removeprefix("since ")}, {phrase}": from {describe(start, end)} to the article\'s date ({human(anchor)}) is '
            f"{elapsed}, not {hedge + ' ' if hedge else ''}{_length_words(n, unit)}; the length or the date is wrong.",
            {"since": m.text, "article_date": anchor.isoformat(), "stated": phrase, "days": [lo_days, hi_days]},
        )
