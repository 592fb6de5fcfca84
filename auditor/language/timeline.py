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
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from auditor.language.dating import WEEKDAYS, DateMention, human
from auditor.model import Document, Sentence, Span

_UNIT_DAYS = {"day": 1, "week": 7, "month": 30.44, "year": 365.25}
_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "eighteen": 18, "twenty": 20, "thirty": 30,
}  # fmt: skip
_N = r"(?:\d{1,3}|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"


@dataclass(frozen=True, slots=True)
class Conflict:
    """One contradiction: where to report it, the other statement, the message, the evidence."""

    span: Span
    related: Span | None
    message: str
    evidence: dict


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
    if m.rel or m.start is None or m.end is None or m.kind == "since":
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

_WEEKDAY_BEFORE = re.compile(
    r"\b(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,|\s+the)?\s*\(?\s*\Z"
)


_WEEKDAY_AFTER = re.compile(
    r"\s*(?:,\s*(?:a|which\s+(?:was|is))|\()\s*(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


_FUTURE = re.compile(r"\b(?:will|is\s+due\s+to|are\s+due\s+to|is\s+scheduled|are\s+scheduled|plans\s+to)\b")


def weekday_conflicts(doc: Document, mentions: list[DateMention], anchor: dt.date | None) -> Iterator[Conflict]:
    """ "Wednesday, April 29, 2024" when 29 April 2024 was a Monday."""
    text = doc.text
    for m in mentions:
        if m.granularity != "day" or m.kind == "range":
            continue
        wm = _WEEKDAY_BEFORE.search(text, max(0, m.span.start - 16), m.span.start)
        if wm is None:
            wm = _WEEKDAY_AFTER.match(text, m.span.end, min(len(text), m.span.end + 16))
        if wm is None:
            continue
        want = WEEKDAYS.index(wm.group("w").lower())
        md = _monthday(m)
        if md is not None:
            if anchor is None:
                continue
            # a year-less date may be last year's or next year's: any reading within ~10 months will do
            readings = [
                d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                if (d := _in_year(md, y)) is not None and abs((d - anchor).days) <= 300
            ]  # fmt: skip
            sentence = doc.sentence_at(m.span.start)
            if sentence is not None and _FUTURE.search(sentence.text):
                # "will hold ... on Tuesday, May 13": a day to come, not last year's
                readings = [d for d in readings if (d - anchor).days >= -7]
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
            f"{wm.group('w')}; the weekday or the date is wrong.",
            {"weekday": wm.group("w"), "date": d.isoformat(), "actual": WEEKDAYS[d.weekday()].title()},
        )


# ------------------------------------------------------------------ ages

_AGE = re.compile(
    r"(?:(?<=[A-Za-z.)])\s*,\s*(?:now\s+|aged\s+)?(?P<a>\d{1,3})\s*,|\b(?P<b>\d{1,3})[-‑ ]years?[-‑ ]old\b"
    r"|\b(?:aged|turned|turns|turning|at\s+the\s+age\s+of|who\s+is|who\s+was|is\s+now|now)\s+(?P<c>\d{1,3})\b"
    r"(?!\s*(?:%|per|percent|years?\s+(?:ago|later|after|before)|[.,]\d|[-‑]))"
    r")"
)
_BORN_BEFORE = re.compile(r"\bborn\s+(?:(?:in|on)\s+)?\Z", re.I)
_BORN = re.compile(r"\bborn\s+(?:(?:in|on)\s+)?(?=\S)", re.I)


def _age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def age_conflicts(
    doc: Document, sentence: Sentence, found: list[DateMention], anchor: dt.date | None
) -> Iterator[Conflict]:
    """ "Holloway, 47, who was born in 1971" in an article dated 2025 (he is 53 or 54)."""
    text = doc.text
    lo, hi = sentence.span.start, sentence.span.end
    if anchor is None or "orn" not in text[lo:hi]:  # "born", "Born"
        return
    ages = [(m, _count(next(g for g in m.group("a", "b", "c") if g))) for m in _AGE.finditer(text, lo, hi)]
    if len(ages) != 1:
        return  # two people's ages in one sentence: which birth date is whose is a guess
    for bm in _BORN.finditer(text, lo, hi):
        birth = next((m for m in found if m.span.start == bm.end()), None)
        if birth is None or birth.rel or birth.kind != "absolute" or birth.start is None or birth.end is None:
            continue
        am, age = ages[0]
        if abs(am.start() - bm.start()) > 90 or not 0 < age < 125:
            continue
        # the age may be given at the time of another event the sentence dates
        times = [anchor] + [
            d
            for m in found
            if m is not birth and m.kind != "range" and not m.rel and m.start and m.end
            for d in (m.start, m.end)
        ]
        possible = {a for t in times for a in range(_age(birth.end, t), _age(birth.start, t) + 1)}
        if age in possible:
            continue
        a_lo, a_hi = _age(birth.end, anchor), _age(birth.start, anchor)
        born = " ".join(text[bm.start() : birth.span.end].split())
        fits = f"{a_lo}" if a_lo == a_hi else f"{a_lo} or {a_hi}"
        yield Conflict(
            Span(am.start(), am.end()),
            birth.span,
            f'The age {age} does not fit "{born}": on the article\'s date ({human(anchor)}) '
            f"someone born then is {fits}; the age or the birth date is wrong.",
            {"age": age, "born": birth.text, "article_date": anchor.isoformat(), "expected": sorted({a_lo, a_hi})},
        )


# ------------------------------------------------------------------ "N days later"

_LATER = re.compile(
    rf"\b(?P<n>{_N})\s+(?P<u>day|week|month|year)s?\s+(?:later|after)\s*,?\s*(?:on|in)\s+\Z|"
    rf"\b(?P<n2>{_N})\s+(?P<u2>day|week|month|year)s?\s+later\s*,?\s*\Z|"
    r"\b(?:the\s+(?:next|following)|the\s+(?P<u3>day|week)\s+after)\s+(?P<u4>day|week)?\s*,?\s*(?:on\s+)?\Z|"
    rf"\b(?P<n5>{_N})\s+(?P<u5>day|week|month)s?\s+after\s+(?:the\s+)?[a-z][^,.;]{{2,60}},\s*(?:on|in)\s+\Z",
    re.I,
)


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
    for s in sentences:
        if s.index - seen_in > 4:
            previous = None  # a date told many sentences back belongs to another thread
        for m in by_sentence.get(s.index, []):
            lm = _LATER.search(text, max(s.span.start, m.span.start - 90), m.span.start)
            if lm is not None and not (
                lm.group("n") or lm.group("n2") or lm.group("u3") or lm.group("u4") or lm.group("n5")
            ):
                lm = None  # "the next" alone: the next what?
            if lm is not None and previous is not None and m.granularity in ("day", "month"):
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
    slack = {"day": 0, "week": 3, "month": 16, "year": 183}[unit]
    if lo - slack <= want <= hi + slack:
        return None
    gap = (b0 - a0).days
    if a.granularity == "day" and b.granularity == "day":
        between = _elapsed_text(gap)
    else:
        between = f"{lo} to {hi} days" if lo != hi else _elapsed_text(lo)
    return Conflict(
        said,
        a.span,
        f'"{phrase}" does not fit the dates: from "{a.text}" to "{b.text}" is '
        f"{between}, not {n} {unit}{'s' if n != 1 else ''}; one of them is wrong.",
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
    rf"(?:(?P<n>{_N})[-‑](?P<u>day|week|month|year)(?:-long)?\b(?![-‑])"
    rf"|\b(?:spent|lasted|took|for|covers|covered|covering|spans|spanned|spanning)\s+(?P<n2>{_N})\s+"
    r"(?P<u2>day|week|month)s?\b)",
    re.I,
)
_WEEKDAY_OPT = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_START_WORD = re.compile(
    rf"\b(?:began|begun|started|opened|beginning|starting|opening|from|arriving|arrived|launched)\s+"
    rf"(?:on\s+|in\s+)?{_WEEKDAY_OPT}\Z",
    re.I,
)
_END_WORD = re.compile(
    r"\b(?:ended|ending|closed|finished|concluded|ran\s+until|lasted\s+until|until|till|to|through|leaving|left|"
    rf"departing|departed)\s+(?:on\s+|in\s+)?{_WEEKDAY_OPT}\Z",
    re.I,
)


_RANGE_OF_OTHER = re.compile(r"\b(?:for|of|over|about|after|before|since)\b", re.I)
_LENGTH_GATE = re.compile(r"\b(?:spent|lasted|took|for|cover\w*|span\w*)\s", re.I)


def length_conflicts(
    doc: Document, sentence: Sentence, found: list[DateMention], anchor: dt.date | None
) -> Iterator[Conflict]:
    """ "The six-week trial, which began on June 2 and ended on June 6": five days, not six weeks."""
    text = doc.text
    said = text[sentence.span.start : sentence.span.end]
    hyphen = "-" in said or "‑" in said
    counted = (" day" in said or " week" in said or " month" in said) and _LENGTH_GATE.search(said)
    if not hyphen and not counted:
        return  # "spent 71 days": a counted length needs its unit word first
    for lm in _LENGTH.finditer(text, sentence.span.start, sentence.span.end):
        after = [
            m
            for m in found
            if m.span.start >= lm.end() and m.span.start - lm.end() <= 120 and (_monthday(m) or (m.start and not m.rel))
        ]
        start = next((m for m in after if _START_WORD.search(text, max(0, m.span.start - 32), m.span.start)), None)
        if start is None:
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
        if end is None:
            continue
        pair = _pair(start, end, anchor)
        if pair is None:
            continue
        conflict = _length_conflict(lm, start, end, pair)
        if conflict is not None:
            yield conflict


def _length_conflict(lm: re.Match[str], start: DateMention, end: DateMention, pair: tuple) -> Conflict | None:
    """A stated length against the days its two dates allow, or None when it fits."""
    (a0, a1), (b0, b1) = pair
    lo, hi = (b0 - a1).days + 1, (b1 - a0).days + 1
    n, unit = _count(lm.group("n") or lm.group("n2")), (lm.group("u") or lm.group("u2")).lower()
    want = n * _UNIT_DAYS[unit]
    slack = max(1.0, want * (0.35 if lm.group("hedge") else 0.25))
    if lm.group("n2") and not lm.group("hedge"):
        slack = {"day": 1, "week": 3, "month": 16}[unit]  # "spent 71 days": counted, not a rounded length
    if n <= 0 or lo - slack <= want <= hi + slack or hi <= 0:
        return None
    length = f"{lo} days" if lo == hi else f"{lo} to {hi} days"
    if unit == "year":
        length = f"about {lo / 365.25:.0f} to {hi / 365.25:.0f} years"
    return Conflict(
        Span(lm.start(), lm.end()),
        end.span,
        f'"{lm.group(0).strip()}" does not fit its dates: from "{start.text}" to "{end.text}" is {length}, '
        f"not {n} {unit}{'s' if n != 1 else ''}; the length or a date is wrong.",
        {"length": lm.group(0).strip(), "from": start.text, "to": end.text, "days": [lo, hi]},
    )


# ------------------------------------------------------------------ "from May 20 to May 12"

_MD_RANGE_OPEN = re.compile(r"\b(?:from|between|runs?|ran|running)\s+(?:on\s+)?\Z", re.I)
_MD_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|and|-|–|—)\s*(?:on\s+)?\Z", re.I)


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

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100, "one-hundredth": 100,
}  # fmt: skip
_NAMED = {
    "centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200, "tercentenary": 300,
    "sesquicentennial": 150, "silver jubilee": 25, "golden jubilee": 50, "diamond jubilee": 60,
    "platinum jubilee": 70, "golden anniversary": 50, "silver anniversary": 25, "diamond anniversary": 60,
}  # fmt: skip
_ANNIVERSARY = re.compile(
    r"\b(?:(?P<num>\d{1,3})(?:st|nd|rd|th)|(?P<word>" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r"))"
    r"\s+(?:anniversary|birthday|jubilee)\b"
    r"|\b(?P<named>" + "|".join(sorted(_NAMED, key=len, reverse=True)).replace(" ", r"\s+") + r")\b",
    re.I,
)
_FOUNDED = re.compile(
    r"\b(?i:founded|established|formed|opened|built|launched|created|incorporated|set\s+up|born)\s+"
    r"(?:(?:in|on)\s+)?(?:[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?(?P<y>(?:1[5-9]|20)\d\d)\b"
)
_THIS_YEAR = re.compile(r"\bthis\s+year\b", re.I)
_YEAR_RE = re.compile(r"\b(?P<y>(?:1[5-9]|20)\d\d)\b")


def anniversary_conflicts(doc: Document, sentences: list[Sentence], anchor: dt.date | None) -> Iterator[Conflict]:
    """ "Founded in 1927, the brewery celebrated its centenary in 2023": 96 years, not 100.

    The founding year is looked for in the anniversary's sentence and the two before it; the
    anniversary's own year is the one year its sentence names.
    """
    whole = doc.text
    if not ("nnivers" in whole or "entena" in whole or "entenn" in whole or "ubilee" in whole or "irthday" in whole):
        return  # one look at the whole text: most articles name no anniversary
    for k, s in enumerate(sentences):
        said = s.text
        if not ("nnivers" in said or "entena" in said or "entenn" in said or "ubilee" in said or "irthday" in said):
            continue
        for am in _ANNIVERSARY.finditer(said):
            n = (
                int(am.group("num")) if am.group("num")
                else _ORDINALS.get((am.group("word") or "").lower())
                or _NAMED.get(" ".join((am.group("named") or "").lower().split()), 0)
            )  # fmt: skip
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
            if not years and anchor is not None and _THIS_YEAR.search(said):
                years = [anchor.year]  # "marked its 90th anniversary this year"
            if len(years) != 1:
                continue  # no year for the anniversary, or two: which is it?
            on = years[0]
            if on - birth == n or not 0 < n < 1000:
                continue
            founded_at = sentences[back].span.start + fm.start()
            yield Conflict(
                Span(s.span.start + am.start(), s.span.start + am.end()),
                Span(founded_at, sentences[back].span.start + fm.end()) if back != k else None,
                f'"{am.group(0)}" in {on} does not fit "{" ".join(fm.group(0).split())}": {on} - {birth} = '
                f"{on - birth} years, not {n}; the anniversary or a year is wrong.",
                {"anniversary": n, "year": on, "founded": birth},
            )


# ------------------------------------------------------------------ "on March 30, a month after ... March 20"

_APART = re.compile(
    rf"\W{{0,3}}(?P<n>{_N})\s+(?P<u>day|week|month|year)s?\s+(?P<c>after|before|later\s+than|earlier\s+than)\b",
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
        if a.granularity != "day" or b.granularity != "day" or b.span.start - a.span.end > 90:
            continue
        am = _APART.match(text, a.span.end, b.span.start)
        if am is None or ";" in text[a.span.end : b.span.start]:
            continue
        pair = _pair(a, b, anchor)
        if pair is None:
            continue
        (a0, _a1), (b0, _b1) = pair
        n, unit = _count(am.group("n")), am.group("u").lower()
        after = am.group("c").lower().startswith(("after", "later"))
        gap = (a0 - b0).days if after else (b0 - a0).days  # the stated date is N units after (before) the other
        want = n * _UNIT_DAYS[unit]
        slack = {"day": 1, "week": 3, "month": 16, "year": 183}[unit]
        if n <= 0 or abs(gap - want) <= slack or gap < 0:
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
