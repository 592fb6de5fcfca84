"""Dates in news copy: in the text (with spans), in URLs, in reference entries.

Why a hand-written extractor rather than dateparser: the audit must stay well
under a millisecond per article, and news copy uses a small, regular set of
forms. One compiled alternation finds every candidate in a single pass; the
few forms that need the article's own date ("last year", "on Saturday",
"in July") are kept unresolved until :func:`resolve` gets an anchor date.

Every mention covers a range of days ``[start, end]``: a day is one day, a
month its month, "summer 2024" June to August, "since 2019" 1 January 2019
to the anchor date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from urllib.parse import parse_qsl

from auditor.model import Document, Span

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_NUM = {name: i + 1 for i, name in enumerate(MONTHS)}
_MONTH_NUM.update({name[:3]: i + 1 for i, name in enumerate(MONTHS)})
_MONTH_NUM["sept"] = 9
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14)}


def _longest_first(word: str) -> tuple[int, str]:
    """Longest alternatives first, ties in a fixed order: the pattern's text is the same in every run
    (a set's order is not), so its compiled form can be reused (auditor.patterncache)."""
    return (-len(word), word)


def _cased(words: list[str]) -> str:
    """Title-case forms (month names in lower case are ordinary words: "may", "march")."""
    return "|".join(sorted({f(w) for w in words for f in (str.title,)}, key=_longest_first))


_FULL_MONTH = rf"(?:{_cased(MONTHS)})"
_ABBR = _cased(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])
# A month in a full date: full name, or an abbreviation ("Mar." / "Mar 14").
_MONTH = rf"(?:{_FULL_MONTH}|(?:{_ABBR})\.?)(?![a-z])"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
_WEEKDAY = rf"(?:{_cased(WEEKDAYS)})"
_SEASON = r"(?i:spring|summer|autumn|fall|winter)"
_MONTH_PREFIX = r"(?i:in|since|until|by|from|between|during|through|early|mid|late|in\s+early|in\s+mid|in\s+late)"
# A four-digit number followed by one of these counts things; it is not a year.
_UNITS = (
    r"(?i:per\s?cent|percent|people|troops|soldiers|workers|km|kilomet|miles|tonnes|tons|dollars|euros|pounds|"
    r"metres|meters|feet|units|cases|deaths|civilians|residents|members|jobs|homes|rounds|shells|vehicles|"
    r"hectares|barrels|gmt|utc|hours|hrs|local\s+time)"
)
_NUM = r"(?:\d{1,3}|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty))"
# "sixteen years ago": the count of an "ago" may be any number word a writer spells out
_AGO_NUM = (
    r"(?:\d{1,3}|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty))"
)

# What every date holds: a number, a month or weekday name, or a calendar word. These are found first,
# each with a scan the regex engine runs at C speed (a bare character class, a pure alternation of
# literals, ``str.find``); the full pattern is then tried only at the word starts just before each hit.
_DIGITS = re.compile(r"[0-9]+")
_NAMES = re.compile(
    "|".join(
        sorted(
            {f(w) for w in [*MONTHS, *WEEKDAYS, "yesterday", "tomorrow"] for f in (str.title, str.upper)}
            | {
                f(w)
                for w in ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
                for f in (str.title, str.upper)
            },
            key=_longest_first,
        )
    )
)
_KEYWORDS = (
    "yesterday", "tomorrow", "tonight", "year", "month", "week", "spring", "summer", "autumn", "fall", "winter", "ago",
    "season", "night", "morning", "afternoon", "evening", "today", "Today",
)  # fmt: skip


def _cores(text: str, start: int, end: int) -> list[int]:
    """Start offsets of every possible date core in ``text[start:end]``, sorted."""
    found = [
        m.start()
        for m in _DIGITS.finditer(text, start, end)
        if m.end() - m.start() in (1, 2, 4, 8)
        and not (m.start() > 1 and text[m.start() - 1] in ",." and text[m.start() - 2].isdigit())
    ]
    found += [m.start() for m in _NAMES.finditer(text, start, end)]
    for word in _KEYWORDS:
        i = text.find(word, start, end)
        while i != -1:
            if i == 0 or not text[i - 1].isalpha():
                found.append(i)
            i = text.find(word, i + 1, end)
    found.sort()
    return found


# Words that may follow "over the summer" when the season is the date, not a noun's modifier ("in the
# summer league"): a clause goes on, a conjunction, a preposition, a pronoun, a verb of being.
_CLAUSE_WORD = (
    r"(?:and|or|when|as|after|before|to|the|a|an|he|she|it|they|we|i|you|its|his|her|their|our|there|this|that|these|"
    r"those|with|for|in|on|at|by|from|into|until|while|but|so|than|is|was|were|will|has|had|have|would|could|should|"
    r"may|might|can|did|does|alone|too|also|again|already|itself|ahead|now|then|if|because|though|although|amid|"
    r"despite|saw|brought|ended|began|started|came|went)"
)
_NUM_WORD = r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
_WORD_START = re.compile(r"(?<![\w])[\w$€£#]")
# The gate's words, each tried case-insensitively and up to a word end (the "(?i:...)\b" of _GATE).
_GATE_WORDS = (
    "last", "this", "next", "earlier", "later", "yesterday", "tomorrow", "tonight", "in", "since", "until", "by", "from",
    "between", "during", "through", "throughout", "over", "across", "early", "mid", "late", "on", "an?", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "spring",
    "summer", "autumn", "fall", "winter", "at", "for", "within", "so", "today", "towards?", "first", "second", "third",
    "fourth", "final", "1st", "2nd", "3rd", "4th", "t(?:hirteen|hirty)", "f(?:ourteen|orty|ifty)", "s(?:ixteen|eventeen)",
    "eighteen", "nineteen",
)  # fmt: skip
# A cheap gate every branch shares: a word start that can begin a date. It fails at most positions
# of ordinary prose at once, which is what keeps one pass over a 5 KB article well under a millisecond.
_GATE = rf"(?<![\w])(?=[0-9A-Z]|(?i:{'|'.join(_GATE_WORDS)})\b|(?i:early|mid)-)"


def _either(letters: str) -> str:
    """Letters in both cases: what a ``(?i:...)`` word starting with one of them can start with (in ASCII)."""
    return letters.lower() + letters.upper()


_ANY_DIGIT = "0123456789"
_MONTH_INITIALS = "JFMASOND"  # title case only: "may" and "march" in lower case are ordinary words
_WEEKDAY_INITIALS = "MTWFS"
# The grammar's branches in order, each with every ASCII character it can start with (a superset is
# safe; tests/test_pattern_speed.py checks each against the branch's parsed form). A try at a word
# starting with "i" needs only the branches that can start with "i": see _match.
_BRANCHES = (
    ("12", rf"""(?P<iso>(?<![\w/.-])(?P<iso_y>{_YEAR})(?P<iso_s>[-/])(?P<iso_m>1[0-2]|0?[1-9])(?P=iso_s)(?P<iso_d>{_DAY})(?![\w/-]))"""),
    (_ANY_DIGIT, rf"""(?P<num>(?<![\w/.-])(?P<num_a>{_DAY})(?P<num_s>[./])(?P<num_b>{_DAY})(?P=num_s)(?P<num_y>{_YEAR})(?![\w/]|\.\d))"""),
    (_ANY_DIGIT, rf"""(?P<dmy>(?<![\w.])(?P<dmy_d>{_DAY}){_ORD}(?:\s+of)?\s+(?P<dmy_m>{_MONTH}),?\s+(?P<dmy_y>{_YEAR})(?![\w%]))"""),
    (_MONTH_INITIALS, rf"""(?P<mdy>(?<![\w.])(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>{_DAY}){_ORD},?\s+(?P<mdy_y>{_YEAR})(?![\w%]))"""),
    (_ANY_DIGIT, rf"""(?P<dm>(?<![\w.])(?P<dm_d>{_DAY}){_ORD}(?:\s+of)?\s+(?P<dm_m>{_MONTH})(?!\s*,?\s*\d))"""),
    (_MONTH_INITIALS, rf"""(?P<md>(?<![\w.])(?P<md_m>{_MONTH})\s+(?P<md_d>{_DAY}){_ORD}(?![\w,.:]\d|\d|\s*,?\s*\d{{3,}}|%))"""),
    (_MONTH_INITIALS + _either("eml"), rf"""(?P<my>(?<![\w.])(?:(?i:early|mid|late)[-\s]+)?(?P<my_m>{_FULL_MONTH}|(?:{_ABBR})\.)\s+(?:of\s+)?
        (?P<my_y>{_YEAR})(?![\w%]))"""),
    (_either("safw"), rf"""(?P<sy>(?<![\w.])(?P<sy_s>{_SEASON})\s+(?:of\s+)?(?P<sy_y>{_YEAR})(?![\w%]))"""),
    (_either("qhfstl") + "1234", rf"""(?P<qy>(?<![\w.])(?:[Qq](?P<qy_q>[1-4])|[Hh](?P<qy_h>[12])
        |(?P<qy_w>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))\s+(?P<qy_u>(?i:quarter|half))\s+of
        )\s+(?:(?i:the\s+year\s+)?)(?P<qy_y>{_YEAR})(?![\w%]))"""),
    ("12", rf"""(?P<yr>(?<![\w$€£#.,/-])(?P<yr_a>{_YEAR})\s*(?:-|–|—|/)\s*(?P<yr_b>{_YEAR}|\d\d)(?![\w%/-]|[.,]\d))"""),
    ("12", r"""(?P<dec>(?<![\w.])(?P<dec_y>(?:1[89]|20)\d0)['’]?s\b)"""),
    (_ANY_DIGIT + _either("aotfsen"), rf"""(?P<ago>(?<![\w-])(?P<ago_n>{_AGO_NUM})\s+(?P<ago_u>(?i:days?|weeks?|months?|years?|decades?))\s+(?i:ago)\b)"""),
    (_either("ltne"), rf"""(?P<rel>(?<![\w-])(?P<rel_q>(?i:last|this|next|earlier\s+this|later\s+this))\s+
        (?P<rel_u>(?i:year|month|week|weekend|spring|summer|autumn|fall|winter)|{_FULL_MONTH}|{_WEEKDAY})(?![\w-]))"""),
    (_either("sodtaiu"), rf"""(?P<sea>(?<![\w-])(?i:since|over|during|through|throughout|across|in|until)\s+(?i:the)\s+
        (?P<sea_s>(?i:spring|summer|autumn|fall|winter))(?![\w-]|\s+(?:of\s+)?\d|\s+(?i:months|term|season|break|holidays?|solstice|transfer|games|olympics|of)\b
        |\s+(?!{_CLAUSE_WORD}\b)[a-z]))"""),
    (_either("ltneiodfwabus"), rf"""(?P<vg>(?<![\w-])(?:
        (?P<vg_season>(?i:last|this|next)\s+season)
      | (?P<vg_night>(?i:last)\s+night)
      | (?P<vg_today>(?i:tonight|this\s+(?:morning|afternoon|evening)))
      | (?P<vg_in>(?i:earlier|later)\s+in\s+the\s+(?P<vg_in_u>(?i:year|month|week)))
      | (?i:this\s+past\s+(?:week|weekend|month|year|season|spring|summer|autumn|fall|winter))
      | (?P<vg_past>(?i:(?:in|over|during|for|within)\s+the\s+(?:past|last)\s+(?:(?P<vg_few>few|several|couple\s+of)\s+|(?P<vg_n>{_NUM_WORD})\s+)?
          (?P<vg_u>days?|weeks?|months?|years?|decades?|seasons?)))
      | (?i:(?:at|over|during)\s+the\s+weekend)
      | (?i:(?:in|over|during)\s+recent\s+(?:days|weeks|months))
      | (?:(?i:earlier|later)\s+today|today|(?<![A-Za-z,;:]\s)Today(?=,))(?!['’]s\s+(?:programme|show))
      | (?i:(?:at|by|until|before|from|towards?)\s+the\s+(?:start|end|beginning|turn|middle)\s+of\s+the\s+(?:month|year|week|season))
      | (?i:so\s+far\s+this\s+(?:year|month|week|season))
    )(?![\w-]))"""),
    (_either("yt"), r"""(?P<day>(?<![\w-])(?P<day_w>(?i:yesterday|tomorrow))(?![\w-]))"""),
    (_either("osubf"), rf"""(?P<wd>(?<![\w-])(?P<wd_p>(?i:on|since|until|by|from))\s+(?P<wd_w>{_WEEKDAY})(?![\w-]|,?\s+(?:the\s+)?{_DAY}{_ORD}(?:\s+of)?\s+{_MONTH}|,?\s+{_MONTH}\s+{_DAY}\b))"""),
    (_WEEKDAY_INITIALS, rf"""(?P<wdp>(?<![\w-])(?P<wdp_w>{_WEEKDAY})(?=['’]s\b))"""),
    (_either("isubfdteml"), rf"""(?P<bm>(?<![\w-])(?P<bm_p>{_MONTH_PREFIX})[-\s]+
        (?P<bm_m>{_FULL_MONTH})(?!\.?\s+(?:of\s+)?\d|[\w-]))"""),
    ("12", rf"""(?P<year>(?<![\w$€£#.,/-])(?P<year_y>{_YEAR})(?![\w%]|[.,]\d|-\w|\s*(?:%|{_UNITS}\b)))"""),
)  # fmt: skip
_PATTERN = re.compile(_GATE + "(?:" + "|".join(source for _, source in _BRANCHES) + ")", re.VERBOSE)
# The gate's alternatives, each with the ASCII characters it can start with.
_GATE_ALTERNATIVES = (
    (_ANY_DIGIT + "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "[0-9A-Z]"),
    *((_either(w[0]) if w[0].isalpha() else w[0], rf"(?i:{w})\b") for w in _GATE_WORDS),
    (_either("em"), r"(?i:early|mid)-"),
)
_UNSET = object()
_WHOLE = object()  # the plan of a character outside ASCII: the whole pattern
_PLANS: dict[str, object] = {}  # a word's first character -> (gate, branch numbers), None, or _WHOLE
_COMPILED: list[re.Pattern[str] | None] = [None] * len(_BRANCHES)  # each branch, compiled on first use


def _plan(first: str) -> object:
    """How to try the grammar at a word starting with ``first``: the gate words that can start
    with it (as one pattern; None when ``[0-9A-Z]`` passes it by itself) and the numbers of the
    branches that can, in order; None when nothing can match there; ``_WHOLE`` outside ASCII,
    where ``re.I`` folds "ſ" as "s", "K" as "k", "ı" and "İ" as "i"."""
    if not first.isascii():
        return _WHOLE
    gate = [source for chars, source in _GATE_ALTERNATIVES if first in chars]
    branches = tuple(i for i, (chars, _) in enumerate(_BRANCHES) if first in chars)
    if not gate or not branches:
        return None
    look = None if gate[0] == "[0-9A-Z]" else re.compile(rf"(?<![\w])(?={'|'.join(gate)})", re.VERBOSE)
    return look, branches


def _match(text: str, at: int, end: int) -> re.Match[str] | None:
    """``_PATTERN.match(text, at, end)`` at a word start (:data:`_WORD_START`), trying only what can
    match there: the gate's words and the branches that can start with the word's first character,
    each branch its own pattern, in the grammar's order (the first that matches is the alternation's
    match: nothing follows it). Its 21 branches open on named groups and look-behinds, which
    ``_sre`` never skips by a first character, so every try at a word that passed the gate entered
    all 21; and a run compiles only the branches its articles reach, never all of them twice."""
    first = text[at]
    plan = _PLANS.get(first, _UNSET)
    if plan is _UNSET:
        plan = _plan(first)
        if first.isascii():
            _PLANS[first] = plan
    if plan is None:
        return None
    if plan is _WHOLE:
        return _PATTERN.match(text, at, end)
    gate, branches = plan  # type: ignore[misc]
    if gate is not None and gate.match(text, at, end) is None:
        return None
    for i in branches:
        branch = _COMPILED[i]
        if branch is None:
            branch = _COMPILED[i] = re.compile(_BRANCHES[i][1], re.VERBOSE)
        m = branch.match(text, at, end)
        if m is not None:
            return m
    return None


# Words before a four-digit number that make it an identifier, not a year.
_NOT_YEAR_BEFORE = re.compile(
    r"(?i:resolution|no\.|number|flight|route|highway|article|section|paragraph|page|room|model|code|road|bus|"
    r"chapter|item|file|id|postcode|zip|tel|phone|ref|unit|squad|brigade|batch|series|over|nearly|about|some|"
    r"around|almost|than|least|top)\s+$"
)
# A capitalised word before "May" that is not a preposition makes it a surname.
_SURNAME_BEFORE = re.compile(
    r"(?<![.!?]\s)\b(?!(?:In|By|Since|From|Until|Till|During|Through|Early|Late|Mid|Of|And|To|On|For|Last|This|Next)\b)"
    r"[A-Z][a-z]+\s+$"
)
_SINCE_BEFORE = re.compile(r"(?i:\bsince|\bever\s+since)\s+(?:(?:early|mid|late)[-\s]+|the\s+)?$")
_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|thru|and|-|–|—)\s*$", re.I)
_RANGE_OPEN = re.compile(r"(?i:\bfrom|\bbetween)\s+(?:(?:early|mid|late)[-\s]+)?$")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date written in the text.

    ``start``/``end`` are the first and last day it can mean; both are None
    while a relative form waits for an anchor (see :func:`resolve`).
    ``kind``: absolute | relative | range | since. ``granularity``: day | week |
    month | season | year | decade. ``rel`` says how to resolve a relative form.
    ``soft`` marks a mention resolved against a date inferred from the text.
    """

    span: Span
    text: str
    start: dt.date | None
    end: dt.date | None
    granularity: str
    kind: str = "absolute"
    rel: tuple = ()
    soft: bool = False
    parts: tuple = ()  # the two ends of a "from X to Y" range

    @property
    def complete(self) -> bool:
        """A full day with its year written out (not relative)."""
        return self.kind == "absolute" and self.granularity == "day"

    @property
    def relative(self) -> bool:
        return bool(self.rel)


def _month(name: str) -> int:
    return _MONTH_NUM[name.lower().rstrip(".")[:4] if name.lower().startswith("sept") else name.lower()[:3]]


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _season(name: str, year: int) -> tuple[dt.date, dt.date]:
    first, last = _SEASONS[name.lower()]
    if last > 12:  # winter 2024: December 2024 to February 2025
        return dt.date(year, 12, 1), _last_day(year + 1, last - 12)
    return dt.date(year, first, 1), _last_day(year, last)


def _year_of_two(first: int, second: str) -> int:
    if len(second) == 4:
        return int(second)
    return first // 100 * 100 + int(second)


def _atom(m: re.Match[str], text: str) -> DateMention | None:
    """One regex match as a mention (absolute dates resolved, relative ones left open)."""
    g = m.group
    span = Span(m.start(), m.end())
    raw = m.group(0)
    kind = m.lastgroup
    if kind == "iso":
        d = _day(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
        return DateMention(span, raw, d, d, "day") if d else None
    if kind == "num":
        a, b, y = int(g("num_a")), int(g("num_b")), int(g("num_y"))
        if g("num_s") == "/" and a <= 12 and b <= 12 and a != b:
            return None  # 03/04/2025: day-month or month-day, cannot tell
        d = _day(y, b, a) if (g("num_s") == "." or b <= 12) else _day(y, a, b)
        return DateMention(span, raw, d, d, "day") if d else None
    if kind == "dmy":
        d = _day(int(g("dmy_y")), _month(g("dmy_m")), int(g("dmy_d")))
        return DateMention(span, raw, d, d, "day") if d else None
    if kind == "mdy":
        d = _day(int(g("mdy_y")), _month(g("mdy_m")), int(g("mdy_d")))
        return DateMention(span, raw, d, d, "day") if d else None
    if kind == "dm":
        return DateMention(span, raw, None, None, "day", "relative", ("monthday", _month(g("dm_m")), int(g("dm_d"))))
    if kind == "md":
        return DateMention(span, raw, None, None, "day", "relative", ("monthday", _month(g("md_m")), int(g("md_d"))))
    if kind == "my":
        if g("my_m") == "May" and _SURNAME_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return None  # "Theresa May 2019"
        y, mo = int(g("my_y")), _month(g("my_m"))
        return DateMention(span, raw, dt.date(y, mo, 1), _last_day(y, mo), "month")
    if kind == "sy":
        start, end = _season(g("sy_s"), int(g("sy_y")))
        return DateMention(span, raw, start, end, "season")
    if kind == "qy":  # "Q3 2026", "the third quarter of 2026", "H1 2026", "the second half of 2025"
        y, word = int(g("qy_y")), (g("qy_w") or "").lower()
        nth = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
        if g("qy_q") or (word and g("qy_u").lower() == "quarter"):
            q = int(g("qy_q")) if g("qy_q") else nth.get(word, 4)
            first, months = 3 * q - 2, 3
        else:
            h = int(g("qy_h")) if g("qy_h") else (1 if nth.get(word, 2) == 1 else 2)
            if word and word not in ("first", "1st", "second", "2nd", "final", "last"):
                return None  # "third half of 2026": no such thing
            first, months = 6 * h - 5, 6
        return DateMention(span, raw, dt.date(y, first, 1), _last_day(y, first + months - 1), "season")
    if kind == "yr":
        a = int(g("yr_a"))
        b = _year_of_two(a, g("yr_b"))
        if len(g("yr_b")) == 2 and not 0 < b - a < 100 and b != a:
            return None  # "1999-00" style wrap or a code: leave it
        return DateMention(
            span, raw, dt.date(a, 1, 1), dt.date(b, 12, 31) if b >= a else dt.date(b, 1, 1), "year", "range"
        )
    if kind == "dec":
        y = int(g("dec_y"))
        return DateMention(span, raw, dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "decade")
    if kind == "ago":
        n = g("ago_n").lower()
        count = int(n) if n.isdigit() else _NUMBER_WORDS.get(n, 1)
        unit = g("ago_u").lower().rstrip("s")
        return DateMention(
            span, raw, None, None, unit if unit != "decade" else "year", "relative", ("ago", unit, count)
        )
    if kind == "rel":
        q = " ".join(g("rel_q").lower().split())
        unit = g("rel_u").lower()
        step = {"last": -1, "this": 0, "next": 1, "earlier this": 0, "later this": 0}[q]
        if unit in _SEASONS:
            return DateMention(span, raw, None, None, "season", "relative", ("season", unit, step))
        if unit in MONTHS:
            return DateMention(span, raw, None, None, "month", "relative", ("month", _MONTH_NUM[unit], step))
        if unit in WEEKDAYS:
            return DateMention(span, raw, None, None, "day", "relative", ("weekday", WEEKDAYS.index(unit), step))
        unit = "week" if unit == "weekend" else unit
        return DateMention(span, raw, None, None, unit, "relative", ("unit", unit, step))
    if kind == "sea":  # "since the winter", "over the summer": the latest such season
        return DateMention(span, raw, None, None, "season", "relative", ("season", g("sea_s").lower(), "latest"))
    if kind == "vg":  # relative to the time of writing, but no span of days to pin
        if g("vg_night"):
            return DateMention(span, raw, None, None, "day", "relative", ("unit", "day", -1))
        if g("vg_today"):
            return DateMention(span, raw, None, None, "day", "relative", ("unit", "day", 0))
        if g("vg_in"):  # "earlier in the year": this year
            unit = g("vg_in_u").lower()
            return DateMention(span, raw, None, None, unit, "relative", ("unit", unit, 0))
        unit = (g("vg_u") or "").lower().rstrip("s")
        if g("vg_past") and not g("vg_few") and unit != "season":  # "over the past two years": up to now
            n = g("vg_n")
            count = 1 if n is None else int(n) if n.isdigit() else _NUMBER_WORDS.get(n.lower(), 1)
            return DateMention(span, raw, None, None, "day", "relative", ("past", unit, count))
        return DateMention(span, raw, None, None, "year" if g("vg_season") else "week", "relative", ("vague",))
    if kind == "day":
        step = -1 if g("day_w").lower() == "yesterday" else 1
        return DateMention(span, raw, None, None, "day", "relative", ("unit", "day", step))
    if kind in ("wd", "wdp"):  # "on Monday"; "Monday's ruling", the weekday's own event
        w = WEEKDAYS.index(g("wd_w" if kind == "wd" else "wdp_w").lower())
        return DateMention(span, raw, None, None, "day", "relative", ("weekday", w, 0))
    if kind == "bm":
        if g("bm_p").lower() in ("from", "between"):  # the range joiner wants the month alone
            span = Span(m.start("bm_m"), m.end())
        return DateMention(
            span, text[span.start : span.end], None, None, "month", "relative", ("month", _month(g("bm_m")), 0)
        )
    if kind == "year":
        if _NOT_YEAR_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            return None
        y = int(g("year_y"))
        return DateMention(span, raw, dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
    return None


def _outside(cores: list[int], skip: list[Span]) -> list[int]:
    """The sorted offsets in ``cores`` that fall in none of the sorted spans ``skip`` (one merge pass)."""
    out: list[int] = []
    i = 0
    for c in cores:
        while i < len(skip) and skip[i].end <= c:
            i += 1
        if i < len(skip) and skip[i].start <= c:
            continue
        out.append(c)
    return out


class _SkipIndex:
    """Sorted spans to skip, asked "does a match start or end inside one?" in a logarithm.

    Exactly ``any(s.start <= a < s.end or s.start < b <= s.end for s in spans)``: among the spans
    starting at or before ``a``, the one reaching furthest is the one to test, and likewise for ``b``.
    """

    def __init__(self, spans: list[Span]) -> None:
        self.starts = [s.start for s in spans]
        self.reach: list[int] = []  # the furthest end among spans[: i + 1]
        furthest = -1
        for sp in spans:
            furthest = max(furthest, sp.end)
            self.reach.append(furthest)

    def touches(self, a: int, b: int) -> bool:
        i = bisect_right(self.starts, a) - 1  # spans with start <= a
        if i >= 0 and self.reach[i] > a:
            return True
        j = bisect_left(self.starts, b) - 1  # spans with start < b
        return j >= 0 and self.reach[j] >= b


def extract_dates(
    text: str, start: int = 0, end: int | None = None, skip: list[Span] | None = None
) -> list[DateMention]:
    """Every date written in ``text[start:end]``, in order, ranges and "since" joined.

    ``skip`` lists spans (URLs) whose dates are not part of the prose.
    """
    end = len(text) if end is None else end
    skip = sorted(skip or [])
    skipped = _SkipIndex(skip) if skip else None
    atoms: list[DateMention] = []
    pos = start
    cores = _cores(text, start, end)
    if skip:
        cores = _outside(cores, skip)
    # Word starts before ``tried`` were already matched against an earlier core and failed; a
    # match that ended before an earlier core also ends before every later one, so skip them.
    tried = start
    for core in cores:
        if core < pos:
            continue
        m = None
        for w in _WORD_START.finditer(text, max(pos, core - 20, tried), core + 1):
            m = _match(text, w.start(), end)
            if m is not None and m.end() > core:
                break
            m = None
        if m is None:
            tried = core + 1
            continue
        pos = m.end()
        if skipped is not None and skipped.touches(m.start(), m.end()):
            continue
        atom = _atom(m, text)
        if atom is not None:
            atoms.append(atom)
    return _combine(text, atoms)


def _combine(text: str, atoms: list[DateMention]) -> list[DateMention]:
    """Join "from X to Y" / "between X and Y" into ranges; mark "since X"."""
    out: list[DateMention] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if (
            b is not None
            and a.kind != "range"
            and b.kind != "range"
            and _RANGE_JOIN.match(text, a.span.end, b.span.start)
            and (text[a.span.end : b.span.start].strip() in "-–—" or _opened_range(text, a, b))
        ):
            first, second = a, b
            if first.rel and first.rel[0] in ("month", "monthday") and second.start and not second.rel:
                first = _with_year(first, second.start.year)  # "from March to May 2024"
            if first.start and second.end and not first.rel and not second.rel:
                span = Span(first.span.start, second.span.end)
                gran = _coarser(first.granularity, second.granularity)
                whole = DateMention(span, text[span.start : span.end], first.start, second.end, gran, "range")
                out.append(replace(whole, parts=(first, second)))
                i += 2
                continue
        if a.start and not a.rel and _SINCE_BEFORE.search(text, max(0, a.span.start - 22), a.span.start):
            a = replace(a, kind="since")
        out.append(a)
        i += 1
    return out


def _opened_range(text: str, a: DateMention, b: DateMention) -> bool:
    """ "from X to Y", "between X and Y": the opener and the joiner agree. "unchanged from 2019 and
    2018" is a list of two years after "from", not a range."""
    opener = _RANGE_OPEN.search(text, max(0, a.span.start - 20), a.span.start)
    if opener is None:
        return False
    joiner = text[a.span.end : b.span.start].strip().lower()
    return joiner != "and" or opener.group(0).lower().lstrip().startswith("between")


def _coarser(a: str, b: str) -> str:
    order = ["day", "week", "month", "season", "year", "decade"]
    return max(a, b, key=lambda g: order.index(g) if g in order else 0)


def _with_year(m: DateMention, year: int) -> DateMention:
    if m.rel[0] == "month":
        return replace(m, start=dt.date(year, m.rel[1], 1), end=_last_day(year, m.rel[1]), kind="absolute", rel=())
    d = _day(year, m.rel[1], m.rel[2])
    return replace(m, start=d, end=d, kind="absolute", rel=()) if d else m


def resolve(m: DateMention, anchor: dt.date, soft: bool = False) -> DateMention:
    """Pin a relative mention to the article date ``anchor`` (absolute ones pass through)."""
    if m.kind == "since" and m.start:
        return replace(m, end=max(anchor, m.start), soft=soft)
    if not m.rel:
        return m
    what = m.rel[0]
    try:
        if what == "monthday":
            d = _day(anchor.year, m.rel[1], m.rel[2])
            if d and d > anchor + dt.timedelta(days=2):
                d = _day(anchor.year - 1, m.rel[1], m.rel[2])
            return replace(m, start=d, end=d, soft=soft) if d else m
        if what == "month":
            mo, step = m.rel[1], m.rel[2]
            y = anchor.year + (step if step else 0)
            if not step and mo > anchor.month:
                y -= 1  # "in July" in a March article: last July
            elif step == -1 and mo < anchor.month:
                y = anchor.year  # "last July" in a November article
            elif step == 1 and mo > anchor.month:
                y = anchor.year
            return replace(m, start=dt.date(y, mo, 1), end=_last_day(y, mo), soft=soft)
        if what == "season":
            name, step = m.rel[1], m.rel[2]
            if step == "latest":  # the last one to have begun by the article's date
                y = anchor.year if _season(name, anchor.year)[0] <= anchor else anchor.year - 1
            else:
                y = anchor.year + step
                if name == "winter" and step == 0 and anchor.month <= 3:
                    y -= 1  # "this winter" in January to March: the one that began in December
            start, end = _season(name, y)
            return replace(m, start=start, end=end, soft=soft)
        if what == "weekday":
            w, step = m.rel[1], m.rel[2]
            back = (anchor.weekday() - w) % 7
            if step == 1:
                d = anchor + dt.timedelta(days=(w - anchor.weekday()) % 7 or 7)
            elif step == -1:
                d = anchor - dt.timedelta(days=back or 7)
            else:
                d = anchor - dt.timedelta(days=back)
            return replace(m, start=d, end=d, soft=soft)
        if what == "unit":
            unit, step = m.rel[1], m.rel[2]
            if unit == "day":
                d = anchor + dt.timedelta(days=step)
                return replace(m, start=d, end=d, soft=soft)
            if unit == "week":
                monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=step)
                return replace(m, start=monday, end=monday + dt.timedelta(days=6), soft=soft)
            if unit == "month":
                y, mo = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
                return replace(m, start=dt.date(y, mo + 1, 1), end=_last_day(y, mo + 1), soft=soft)
            if unit == "year":
                y = anchor.year + step
                return replace(m, start=dt.date(y, 1, 1), end=dt.date(y, 12, 31), soft=soft)
        if what == "past":  # "in the past two years": the span that ends on the article's date
            unit, n = m.rel[1], m.rel[2]
            days = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}[unit] * n
            return replace(m, start=anchor - dt.timedelta(days=days), end=anchor, soft=soft)
        if what == "ago":
            unit, n = m.rel[1], m.rel[2]
            days = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}[unit] * n
            d = anchor - dt.timedelta(days=days)
            if unit in ("year", "decade"):
                return replace(m, start=dt.date(d.year, 1, 1), end=dt.date(d.year, 12, 31), soft=soft)
            return replace(m, start=d, end=d, soft=soft)
    except (ValueError, OverflowError):
        return m
    return m


# --------------------------------------------------------------------------- URLs

_URL_MONTH = (
    r"(?P<mon>january|february|march|april|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec)"
)
_URL_LAYOUTS = (
    # /2022/04/19/ or /2022/4/18/ (also /2022/04/19 at the end, or followed by a slug)
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?=[/_.-]|$)"),
    # /2025/mar/14/ (The Guardian)
    re.compile(rf"/(?P<y>(?:19|20)\d\d)/{_URL_MONTH}/(?P<d>3[01]|[12]\d|0?[1-9])(?=[/_.-]|$)", re.I),
    # -2022-04-19/, /2022-04-19/, _2022_04_19 (the same separator twice)
    re.compile(
        r"(?<=[/_.-])(?P<y>(?:19|20)\d\d)(?P<s>[-_])(?P<m>1[0-2]|0[1-9])(?P=s)(?P<d>3[01]|[12]\d|0[1-9])(?![0-9])"
    ),
    # _20250314, /20250314/, -20250314 (eight digits standing alone)
    re.compile(r"(?<=[/_.=-])(?P<y>(?:19|20)\d\d)(?P<m>1[0-2]|0[1-9])(?P<d>3[01]|[12]\d|0[1-9])(?=[/_.-]|$)"),
    # /202311/17/ (China Daily) and /2023-11/17/ (Xinhua)
    re.compile(r"/(?P<y>(?:19|20)\d\d)-?(?P<m>1[0-2]|0[1-9])/(?P<d>3[01]|[12]\d|0[1-9])/"),
    # /2022/0419/ (People's Daily and other CMSs that write month and day as one segment)
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>1[0-2]|0[1-9])(?P<d>3[01]|[12]\d|0[1-9])/"),
    # /19-04-2022/ day first, read only when the day cannot be a month
    re.compile(r"(?<=/)(?P<d>3[01]|2\d|1[3-9])(?P<s>[-_.])(?P<m>1[0-2]|0[1-9])(?P=s)(?P<y>(?:19|20)\d\d)(?=[/.]|$)"),
)
_URL_MONTH_ONLY = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>1[0-2]|0?[1-9])/(?=[A-Za-z][\w-]{3,})")
_DATE_PARAMS = {"date", "d", "pubdate", "publish_date", "published", "dt", "day"}


@dataclass(frozen=True, slots=True)
class URLDate:
    """A date read from a URL; ``end`` is later than ``start`` for a month-only path."""

    start: dt.date
    end: dt.date
    layout: str


# A file in a code repository ("github.com/org/site/blob/main/content/events/2019-01-15-conf.md"): the
# date in its name is the file's subject (an event, a post's slug), and the page shows the file as
# it is now, so it says nothing about when the linked page was written.
_REPOSITORY_FILE = re.compile(
    r"^(?:www\.)?(?:(?:github|gitlab|codeberg)\.(?:com|org)|bitbucket\.org|gitee\.com)/[^/]+/[^/]+/"
    r"(?:-/)?(?:blob|tree|raw|src|edit|commits?|blame|history)/"
    r"|^raw\.githubusercontent\.com/",
    re.I,
)


def repository_file(url: str) -> bool:
    """A file shown by a code host (GitHub, GitLab ...): its name's date is not the page's."""
    return bool(_REPOSITORY_FILE.match(url.partition("://")[2] or url))


def url_date(url: str) -> URLDate | None:
    """The publication date a URL's path or query spells out, if any."""
    if not url or len(url) > 4000:
        return None
    if repository_file(url):
        return None
    rest = url.partition("://")[2]
    path_q = "/" + rest.split("/", 1)[1] if "/" in rest else ""
    path, _, query = path_q.partition("?")
    path = path.split("#", 1)[0]
    for i, layout in enumerate(_URL_LAYOUTS):
        for m in layout.finditer(path):
            month = int(m.group("m")) if "m" in m.groupdict() else _month(m.group("mon"))
            d = _day(int(m.group("y")), month, int(m.group("d")))
            if d:
                return URLDate(d, d, f"path-{i}")
    if query:
        for key, value in parse_qsl(query, keep_blank_values=False):
            if key.lower() in _DATE_PARAMS:
                d = _iso_like(value)
                if d:
                    return URLDate(d, d, "query")
    m = _URL_MONTH_ONLY.search(path)
    if m:
        y, mo = int(m.group("y")), int(m.group("m"))
        return URLDate(dt.date(y, mo, 1), _last_day(y, mo), "path-month")
    return None


# A year alone: a year folder before a slug ("/reports/2019/export-figures"), or a year (with its month)
# closing a document's file name ("export_figures_2019.pdf", "survey-march-2019.pdf"). A page's slug
# ending in a year names its subject ("/announcements/interactive-2015"), not when it was written.
_URL_YEAR_FOLDER = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?=[A-Za-z][\w-]{3,})")
_URL_YEAR_END = re.compile(
    rf"[a-z][-_](?:{_URL_MONTH}[-_])?(?P<y>(?:19|20)\d\d)\.(?:pdf|docx?|xlsx?|pptx?|odt|csv)$", re.I
)


_URL_YEAR_PARAM = re.compile(r"(?:\A|&)(?:year|yr)=(?P<y>(?:19|20)\d\d)(?:&|\Z)", re.I)


def url_year(url: str) -> URLDate | None:
    """The year (or month) a citation's address names without a full date: a year folder, or a year
    ending the page's name. For a source's age only: such a year may name the page's subject (an
    event's year) rather than the day it was written, so it is no page date (``url_date``)."""
    if not url or len(url) > 4000 or repository_file(url):
        return None
    rest = url.partition("://")[2]
    full = "/" + rest.split("/", 1)[1] if "/" in rest else ""
    path = full.partition("?")[0].split("#", 1)[0]
    m = _URL_YEAR_FOLDER.search(path) or _URL_YEAR_END.search(path)
    if m is None:
        m = _URL_YEAR_PARAM.search(full.partition("?")[2].split("#", 1)[0])  # "...?year=2019"
    if m is None:
        return None
    y = int(m.group("y"))
    mon = m.groupdict().get("mon")
    if mon:
        mo = _month(mon)
        return URLDate(dt.date(y, mo, 1), _last_day(y, mo), "path-year-month")
    return URLDate(dt.date(y, 1, 1), dt.date(y, 12, 31), "path-year")


def _iso_like(value: str) -> dt.date | None:
    # a time may follow ("2017-10-30T08:00"), not a second date: "2009-10-01 2017-10-30" is a range
    # a chart or search asks for (a Google Trends query), not the day the page was written
    m = re.fullmatch(r"\s*((?:19|20)\d\d)-?(1[0-2]|0[1-9])-?(3[01]|[12]\d|0[1-9])(?:[T ]\d\d?:\d\d\S*)?\s*", value)
    return _day(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


_ENTRY_GRANULARITY = ("day", "month", "season", "year")


def entry_date_index(mentions: list[DateMention]) -> dict[str, list[DateMention]]:
    """An entry's usable dates by granularity, in text order: built once for an entry that many
    citations share (a long entry holding thousands of URLs is read once, not once per URL)."""
    found = [m for m in mentions if m.start and not m.rel and m.kind != "range"]
    return {gran: [m for m in found if m.granularity == gran] for gran in _ENTRY_GRANULARITY}


def entry_date(
    entry: str,
    skip: list[Span] | None = None,
    mentions: list[DateMention] | None = None,
    index: dict[str, list[DateMention]] | None = None,
) -> DateMention | None:
    """The date a reference entry states ("Reuters, 19 April 2022"): its first full date, else month or year.

    ``mentions`` (or their ``index``): the entry's dates, found once for every citation sharing
    it; those overlapping ``skip`` are passed over (only the few that do are looked at).
    """
    if index is None:
        if mentions is None:
            mentions, skip = extract_dates(entry, skip=skip), None
        index = entry_date_index(mentions)
    for gran in _ENTRY_GRANULARITY:
        for m in index[gran]:
            if not skip or not any(m.span.overlaps(s) for s in skip):
                return m
    return None


# ------------------------------------------------------------------ datelines

_DATELINE_TEXT = re.compile(
    r"""^[ \t]*(?:
        (?P<pub>(?i:published|posted|first\s+published|publication\s+date|date)(?i:\s+on)?\s*:?\s*
            (?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?)
      | (?P<city>[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .'’-]{1,30})?,\s+)
      | (?P<by>(?i:by)\s+[^\n|·•]{2,60}?\s*[|·•—–-]\s*)
    )?""",
    re.VERBOSE | re.M,
)
_DATELINE_AFTER = re.compile(r"\s*(?:\((?:[A-Z][\w .&-]{1,30})\)\s*)?[-—–:|]|\s*\(|\s*$|\s*,?\s*\d{1,2}[:.]\d\d")


_LABEL_TAIL = re.compile(
    r"(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?"
    r"(?:(?i:published|posted|updated|first\s+published|date)(?i:\s+on)?\s*:?\s*)?\Z"
)
_LABEL_SEPARATORS = re.compile(r"\s*[|·•—–]\s*|\s+-\s+|,\s+")


def _label_line(before: str, after: str) -> bool:
    """A masthead line of short labels ending in the date: "Courts and Crime | Southwark Crown Court |
    13 June 2025", "Northern Health Desk - 22 January 2026", "The Northern Ledger, Friday 14 February
    2025", "Dales Gazette | Thursday 15 January 2026 | Education".

    Every label is a few words and no sentence; what follows the date is nothing or one more label.
    """
    tail = _LABEL_TAIL.search(before)
    head = before[: tail.start()] if tail else before
    rest = after.strip()
    if rest and (rest[0] not in "|·•" or len(rest) > 40 or len(rest[1:].split()) > 4):
        return False
    if not head.strip():
        return bool(before.strip()) or not rest  # "Posted 13 June 2025"; a date alone on its line
    if not re.search(r"(?:[|·•—–,]|\s-)\s*\Z", head):
        return False  # "Flood of 14 November 2024 kills 23": a headline, not labels
    labels = [x for x in _LABEL_SEPARATORS.split(head.strip(" \t|·•—–-,")) if x]
    return (
        bool(labels)
        and len(labels) <= 4
        and all(len(x.split()) <= 7 and not re.search(r"[.!?](?:\s|\Z)", x) for x in labels)
        and sum(len(x.split()) for x in labels) <= 16
    )


@dataclass(frozen=True, slots=True)
class Dateline:
    date: dt.date
    span: Span
    year_given: bool


def find_dateline(
    text: str, limit: int = 600, recent: dt.date | None = None, head: list[DateMention] | None = None
) -> Dateline | None:
    """A dateline near the top: "KYIV, March 3 (Reuters) -", "Published 14 March 2025", a date alone on a line.

    A dateline without a year takes the latest year not after ``recent``. ``head``: the dates of the
    first ``limit`` characters when the caller has them already (see ``_head_mentions``).
    """
    head_end = min(len(text), limit)
    found = head if head is not None else extract_dates(text, 0, head_end)
    days = [m for m in found if m.granularity == "day"]
    if not days:
        return None
    for line in re.finditer(r"[^\n]+", text[:head_end]):
        m = next((d for d in days if line.start() <= d.span.start < line.end()), None)
        if m is None or m.span.end > line.end():
            continue
        if m.kind not in ("absolute", "relative") or (m.rel and m.rel[0] != "monthday"):
            continue
        before = text[line.start() : m.span.start]
        lead = _DATELINE_TEXT.match(before)
        whole_lead = (
            lead is not None
            and lead.end() == len(before)
            and (bool(before.strip()) is False or any(lead.group(k) for k in ("pub", "city", "by")))
        )
        after_ok = _DATELINE_AFTER.match(text, m.span.end, line.end()) is not None
        if not (whole_lead and (after_ok or lead.group("pub"))) and not (
            m.start and m.kind == "absolute" and _label_line(before, text[m.span.end : line.end()])
        ):
            continue
        if m.start:
            return Dateline(m.start, m.span, True)
        if recent is not None:
            resolved = resolve(m, recent)
            if resolved.start and resolved.start <= recent:
                return Dateline(resolved.start, m.span, False)
    return None


def describe(start: dt.date, end: dt.date) -> str:
    """A plain description of a span of days: "2024-2025", "2024", "April 2022"."""
    if start.year != end.year:
        return f"{start.year}-{end.year}"
    if (
        start.month == end.month
        and start == dt.date(start.year, start.month, 1)
        and end == _last_day(end.year, end.month)
    ):
        return f"{MONTHS[start.month - 1].title()} {start.year}"
    if start == end:
        return human(start)
    return str(start.year)


def human(d: dt.date) -> str:
    """19 April 2022."""
    return f"{d.day} {MONTHS[d.month - 1].title()} {d.year}"


# ------------------------------------------------------------ whole documents


def document_mentions(doc: Document) -> list[DateMention]:
    """Dates in the article's prose: URLs and reference lists left out (computed once per document)."""

    def compute(d: Document) -> list[DateMention]:
        skip = sorted(c.span for c in d.citations if c.kind in ("url", "reference") and c.url)
        starts = [s.start for s in skip]
        found: list[DateMention] = []
        zones = sorted(d.reference_zones)
        pos = 0
        for z in [*zones, Span(len(d.text), len(d.text))]:
            if z.start > pos:
                # Only the URLs that can touch this stretch (thousands of zones: no rescan of every URL).
                i = bisect_left(starts, pos)
                while i > 0 and skip[i - 1].end > pos:
                    i -= 1
                near = skip[i : bisect_left(starts, z.start)]
                found.extend(extract_dates(d.text, pos, z.start, near))
            pos = max(pos, z.end)
        return found

    return doc.derived("dating.mentions", compute)


@dataclass(frozen=True, slots=True)
class ArticleDate:
    """The article's own date and how it was found (mirrors the DocMeta fields)."""

    date: dt.date | None
    source: str | None  # front-matter | meta | file-name | cli | text | None
    confidence: str | None  # high | medium | low
    detail: str | None


# How far past a date's end the patterns may look (lookaheads, range joins): a date of the whole text
# that ends this far before the head's end was found the same way in the head alone.
_EDGE = 80


def _head_mentions(doc: Document, mentions: list[DateMention], limit: int) -> list[DateMention] | None:
    """The dates ``extract_dates(text, 0, limit)`` would find, taken from the document's own dates when
    they must be the same: no URL or reference list in the head (the document's dates leave those
    out) and no date near the head's end (a pattern there reads past it). Else None: extract them."""
    text = doc.text
    head_end = min(len(text), limit)
    if any(z.start < head_end for z in doc.reference_zones) or any(
        c.span.start < head_end for c in doc.citations if c.kind in ("url", "reference") and c.url
    ):
        return None
    if head_end == len(text):
        return mentions
    if _cores(text, max(0, head_end - _EDGE), head_end):
        return None  # a date may start near the cut, where the head alone reads it otherwise
    out = []
    for m in mentions:
        if m.span.start >= head_end:
            break
        if m.span.end > head_end - _EDGE:
            return None
        out.append(m)
    return out


def article_date(doc: Document, as_of: dt.date, explicit: dt.date | None) -> ArticleDate:
    """Front matter / HTML meta / a dated file name > dateline > explicit --as-of > inferred > unknown."""
    meta = doc.meta
    if meta.published and meta.published_source in ("front-matter", "meta", "file-name"):
        return ArticleDate(
            meta.published, meta.published_source, meta.published_confidence or "high", meta.published_detail
        )
    mentions = document_mentions(doc)
    past = [m for m in mentions if m.start and not m.rel and m.start <= as_of]
    latest_year = max((m.start.year for m in past if m.start), default=None)
    recent = explicit or (min(as_of, dt.date(latest_year, 12, 31)) if latest_year else as_of)
    line = find_dateline(doc.text, recent=recent, head=_head_mentions(doc, mentions, 600))
    if line is not None:
        if line.year_given:
            return ArticleDate(line.date, "text", "high", f'dateline "{doc.snippet(line.span)}"')
        why = (
            "the --as-of date"
            if explicit
            else (f"the latest year the text mentions ({latest_year})" if latest_year else "today's date")
        )
        return ArticleDate(
            line.date, "text", "medium", f'dateline "{doc.snippet(line.span)}" (no year given; year taken from {why})'
        )
    if explicit:
        return ArticleDate(explicit, "cli", "high", "the --as-of date given for the run")
    complete = [m for m in past if m.complete]
    if complete:
        best = max(complete, key=lambda m: (m.start, -m.span.start))
        return ArticleDate(
            best.start, "text", "low", f'inferred from the text: the latest complete date it mentions ("{best.text}")'
        )
    spans = [m for m in past if m.kind != "since" and m.end]
    if spans:
        last = max(spans, key=lambda m: (m.end, -m.span.start))
        first = min(m.start for m in spans if m.start)
        end = min(last.end, as_of) if last.end else as_of
        return ArticleDate(
            end, "text", "low", f'inferred from the text: it discusses {describe(first, end)}, latest "{last.text}"'
        )
    return ArticleDate(None, None, None, "no date in front matter, metadata, dateline or text")


def resolved_mentions(doc: Document, anchor: dt.date | None, soft: bool) -> list[DateMention]:
    """Document mentions with relative forms pinned to ``anchor`` (left open when it is None)."""
    mentions = document_mentions(doc)
    if anchor is None:
        return mentions
    return [resolve(m, anchor, soft) if (m.rel or m.kind == "since") else m for m in mentions]
