"""Arithmetic between the figures of one article: shares, changes, totals and restatements.

The consistency rules read figures as (value, kind and unit, counted noun, hedge, role): a
count, an amount of money in one currency, a percentage or a measure ("600 tonnes"). Three
kinds of check follow from that structure, each bounded by the article's length:

- **fit**: a percentage stated beside the counts it summarises ("38 of the 190 passengers,
  or 30 percent"; "from 3,200 to 4,000, a 20 percent increase") is recomputed;
- **breakdowns**: parts listed after a total ("in all", "altogether", "combined", a colon,
  "split between", "the remaining ...") are added up, across sentences too;
- **restatements**: a definite figure ("the 36 trucks", "the $2.1 billion deal") refers
  back to an earlier figure of the same noun, and the two must agree.

Hedges are ranges ("at least 14" is 14 or more), stated precision is rounding tolerance, and
figures that describe an earlier moment ("up from 47 percent", "from $23 million"), a rate,
a capacity or an additional group are never compared.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from auditor.language.claims import document_claims, verb_stem
from auditor.language.datafiles import load_toml
from auditor.language.dating import find_dateline
from auditor.language.entities import gazetteer
from auditor.language.entities import words as _words
from auditor.language.senses import canonical, same_kind
from auditor.model import Document, Sentence

_ONES = [
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


@lru_cache(maxsize=1)
def _word_values() -> dict[str, int]:
    values = {w: n for n, w in enumerate(_ONES, 2)}
    for k, t in enumerate(_TENS):
        values[t] = 20 + 10 * k
        for n, o in enumerate(["one", *_ONES[:8]], 1):
            values[f"{t}-{o}"] = values[f"{t} {o}"] = 20 + 10 * k + n  # "twenty-eight", "twenty eight"
    values["a dozen"] = 12
    for w in _ONES[:9]:  # "two dozen" .. "ten dozen": a number of dozens
        values[f"{w} dozen"] = 12 * values[w]
    return values


_WORD_ALT = "|".join(sorted((re.escape(w) for w in _word_values()), key=len, reverse=True))
_FIG_RE = re.compile(
    r"(?<![\w.,/$€£¥:#-])"
    r"(?P<cur>US\$|A\$|C\$|[$€£¥])?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?i:" + _WORD_ALT + r"))"
    r"(?:[\s-]?(?P<scale>(?i:hundred|thousand|million|billion|trillion))\b|(?P<short>mn|m|bn|k)\b)?"
    r"(?P<pct>\s?%|\s(?:percent|per\s+cent)\b)?"
    r"(?![\w%]|[.,]\d|[:/-]\w|\s?[–-]\s?\d|\s[-–]\s[a-z]|\s,\s\d{3}\b)"
)
_COMPOUND = re.compile(  # "the 380-bed hospital", "a 12-member panel": a count written as an adjective
    r"(?<![\w.,/$€£¥:#-])(?P<cur>(?!))?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<scale>(?!))?(?P<short>(?!))?(?P<pct>(?!))?"
    r"-(?P<cword>[a-z]{3,})\b(?![-'’])"
)
# a measure written against its unit ("11.2km", "43mph") or as an adjective ("the 3,410-metre borehole", "a
# 60-day pause"): a length, speed, time or area of one thing ("-year" is left out: "a 10-year plan" classifies)
_MEASURE_AT = re.compile(
    r"(?<![\w.,/$€£¥:#-])(?P<cur>(?!))?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<scale>(?!))?"
    r"(?P<short>(?!))?(?P<pct>(?!))?(?:(?P<aunit>km|mm|cm|kg|mph|kph|ha)|-(?P<munit>metres?|meters?|kilometres?|"
    r"kilometers?|km|miles?|seconds?|minutes?|hours?|days?|weeks?|months?|tonnes?|hectares?|acres?|feet|foot))"
    r"\b(?![-'’/]\w)"
)
_CURRENCY_WORD = re.compile(r"\s+(pounds|dollars|euros|yen)(?:\s+sterling)?\b", re.I)
_CURRENCY_SIGNS = {"pounds": "£", "dollars": "$", "euros": "€", "yen": "¥"}
# a time in hours, minutes and seconds ("ran 2:05:41", "in 2:22:07"): a race time or a duration, never a clock
_DURATION = re.compile(
    r"(?<![\w:.,/])(?P<cur>(?!))?(?P<num>(?P<h>\d{1,2}):(?P<mi>[0-5]\d):(?P<se>[0-5]\d))(?P<scale>(?!))?"
    r"(?P<short>(?!))?(?P<pct>(?!))?(?![\d:.]\d|\s?(?:am|pm|a\.m|p\.m)\b)",
    re.I,
)
_LIGHT_YEARS = re.compile(r"\s+light[\s-]years?\b", re.I)
_MEASURE_UNITS = {
    "km": "kilometres", "kilometre": "kilometres", "kilometer": "kilometres", "kilometres": "kilometres",
    "kilometers": "kilometres", "metre": "metres", "meter": "metres", "metres": "metres", "meters": "metres",
    "mile": "miles", "miles": "miles", "foot": "feet", "feet": "feet", "mm": "mm", "cm": "cm", "kg": "kg",
    "mph": "mph", "kph": "kph", "ha": "hectares", "hectare": "hectares", "hectares": "hectares", "acre": "acres",
    "acres": "acres", "tonne": "tonnes", "tonnes": "tonnes", "second": "seconds", "seconds": "seconds",
    "minute": "minutes", "minutes": "minutes", "hour": "hours", "hours": "hours", "day": "days", "days": "days",
    "week": "weeks", "weeks": "weeks", "month": "months", "months": "months",
}  # fmt: skip
_NOT_COMPOUND = frozenset(
    [
        "year",
        "years",
        "old",
        "month",
        "day",
        "week",
        "hour",
        "minute",
        "second",
        "mile",
        "metre",
        "meter",
        "kilometre",
        "foot",
        "inch",
        "point",
        "strong",
        "time",
        "fold",
        "percent",
        "per",
        "half",
        "third",
        "thirds",
        "quarter",
        "fifth",
        "odd",
        "something",
        "yard",
        "lap",
        "game",
        "match",
        "set",
        "round",
    ]
)
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "mn": 1e6,
           "bn": 1e9, "k": 1e3}  # fmt: skip
_MONTHS = _words(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec"
)
_HEDGES = {
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
    "an estimated": "about", "estimated": "about", "close to": "about", "nearly": "nearly", "almost": "nearly",
    "just under": "nearly", "at least": "above", "more than": "above", "over": "above", "just over": "above",
    "upwards of": "above", "in excess of": "above", "no fewer than": "above", "up to": "below",
    "as many as": "below", "at most": "below", "no more than": "below", "fewer than": "below",
    "less than": "below", "under": "below", "below": "below",
}  # fmt: skip
_DETERMINERS = _words("the its their his her our these those this that")
_PRONOUNS = _words("its their his her our")
_STOP = _words(
    "to from in on at for with by and or but the a an of who that which were was are is be been have has had "
    "will would could should may might can per each than as into more this these those their his her its our "
    "your my them they it he she we you what when where while if so not no during after before since until "
    "across over under about against between through among within without like including such said says say "
    "according also only just up down last next year years month week"
)
_IRREGULAR_PLURALS = _words("people men women children police personnel staff crew cattle sheep fish")
_NOT_PLURAL = _words("is was has this its his us as news series species process status plus less thus bus gas")
_MEASURES = _words(
    "tonnes tons kilometres kilometers km miles metres meters feet hectares acres litres liters gallons barrels "
    "hours days weeks months years minutes seconds decades kilograms kg pounds lbs points degrees"
)
_HUMAN = _words(
    "people person child adult nurse soldier troop staff police personnel civilian teen student medic guard "
    "refugee migrant captive hostage prisoner detainee victim casualty pilot crew passenger resident worker "
    "member employee volunteer participant patient firefighter officer paramedic spectator fan voter man "
    "woman boy girl doctor teacher driver witness"
)
_MODAL_RE = re.compile(
    r"\b(?:would|could|might|(?<!in\s)(?<!of\s)(?<!by\s)(?<!on\s)(?<!since\s)(?<!until\s)(?<!\d\s)may(?!\s+\d)|will|should|can|"
    r"expect(?:s|ed)?|forecast|projected|planned|plans?(?=\s+(?:to|for|on|\d|a|an|the|some|about|around|up|more|further|new)\b)|target|"
    r"aims?(?=\s+to\b)|hopes?(?=\s+(?:to|that)\b)|if|unless|whether)\b"
)
_FUTURE_DATE = re.compile(
    r"\b(?:by|in|from|until|before)\s+(?:(?:19|20)\d\d|next|the\s+next|the\s+end|the\s+coming)\b|\bnext\s+"
    r"(?:year|month|week|decade|season|spring|summer|autumn|winter)\b|\bwithin\s+(?:a|\w+)\s+(?:years?|months?)\b"
)
_CONDITIONAL = re.compile(r"\b(?:if|unless|whether)\b")
_TO_END = re.compile(r"\s+[a-z]+(?:\s+(?!and\b|but\b)[\w-]+){0,6}?\s+to\s+")  # "18 turbines in the 2019 plan to "
_OLD_BEFORE = re.compile(r"\b(?:from|up\s+from|down\s+from|compared\s+(?:with|to)|versus|vs\.?|against)\s+$", re.I)
_FROM_CHANGE = re.compile(
    r"\b(?:rose|risen|rises?|rising|fell|fall(?:s|en|ing)?|grew|grow(?:s|n|ing)?|increas\w*|decreas\w*|drop\w*|"
    r"declin\w*|climb\w*|jump\w*|cut(?:s|ting)?|reduc\w*|rais\w*|lower\w*|slash\w*|up|down|moved?|chang\w*|"
    r"shift\w*|switch\w*|revis\w*|swung|widen\w*|narrow\w*|extend\w*|shorten\w*|doubl\w*|halv\w*|improv\w*|"
    r"boost\w*|went|gone|soar\w*|plung\w*|slip\w*|eased|slid\w*|recover\w*|rebound\w*|shrank|shrunk|expand\w*|"
    r"trimm\w*|adjust\w*|compar\w*|against|versus)\b",
    re.I,
)  # a change or comparison in the clause makes "from N" an earlier value
_TO_FIGURE = re.compile(r"^(?:\s+[a-z][\w-]*){0,6}?\s+to\s+(?:about\s+|around\s+|nearly\s+|some\s+)?[$€£¥]?\d", re.I)
_OLD_AFTER = re.compile(
    r"^(?:\s+[a-z]+){0,3}?\s*(in\s+(?:19|20)\d\d|a\s+(?:year|decade|month)\s+(?:earlier|ago|before(?!\s+tax))|"
    r"last\s+(?:year|month|week|season)|the\s+previous\s+\w+|previously|a\s+year\s+earlier)\b",
    re.I,
)
_RATE_AFTER = re.compile(
    r"^(?:\s+[\w-]+){0,3}?\s+(?:per|a|an|each|every)\s+(?:day|week|month|year|hour|person|head|capita)\b"
    r"(?!\s+(?:earlier|ago|before(?!\s+tax)|later)|['’]s)"
)
# the period a rate is of, in the figure's clause: "4.2 million jobs a day", "jobs we push through every day"
_PERIOD_AFTER = re.compile(
    r"^[^.;:,()]{0,50}?\b(?:per|a|an|each|every)\s+(day|week|month|year|hour|night|minute|second)\b"
    r"(?!\s+(?:earlier|ago|before(?!\s+tax)|later|after)\b|['’]s)",  # "£450 a year before tax" is a rate
    re.I,
)
_PERIOD_ADJ = {"annual": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day"}
_RATE_BEFORE_NOUN = re.compile(
    r"\b(?:each|every|per)\s+(?:[a-z]+\s+){0,2}$", re.I
)  # "each of the 40": not a rate of time
_RATE_NEAR = re.compile(r"\b(?:each|every|per(?!\s+cent)|on\s+average|apiece)\b", re.I)
_CAPACITY_BEFORE = re.compile(
    r"\b(?:holds?|seats?|can\s+(?:hold|take|seat|accommodate)|accommodates?|capacity\s+(?:of|for)|room\s+for|"
    r"designed\s+for|built\s+for)\s+(?:up\s+to\s+|about\s+|some\s+)?$",
    re.I,
)
_ADDITIONAL_BEFORE = re.compile(r"\b(?:another|additional|further|extra|an\s+additional|a\s+further)\s+$", re.I)
_MORE_AFTER = re.compile(r"^\s+(?:more|additional|extra|further|new)\b", re.I)
_SUBJECT_VERB_BEFORE = re.compile(
    r"(?P<noun>[A-Za-z][a-z-]+)\s+(?:(?:has|have|had)\s+)?(?:fell|fallen|rose|risen|was|were|is|are|stood\s+at|"
    r"totall?ed|reached|came\s+to|came\s+in\s+at|grew|dropped|jumped|climbed|slipped|increased|decreased|"
    r"declined|amounted\s+to|hit)\s+(?:to\s+|at\s+|by\s+)?$"
)
_NOUN_OF_BEFORE = re.compile(r"(?P<noun>[A-Za-z][a-z-]+)\s+(?:of|worth|at)\s+$")
_OF_AFTER = re.compile(
    r"^\s+(?:(?:share|stake|proportion|portion)\s+)?of\s+(?:(?:the|all|its|their|his|her|our|[A-Z][\w]*['’]s)\s+)?"
    r"(?P<np>(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)"
)
# "N times" before a comparative or "as"/"the" ("11 times faster", "three times as many", "ten times the
# cost") is a ratio between two amounts, not a count of occasions ("the benchmark calls it 50 times")
_COMPARATIVES = _words(
    "more less fewer greater higher lower larger smaller bigger faster slower longer shorter cheaper dearer wider "
    "narrower stronger weaker richer poorer quicker safer better worse denser hotter colder older younger deeper "
    "taller louder thicker thinner"
)
_TIMES_RATIO = re.compile(
    r"^\s+times\s+(?:as|the|that|over|" + "|".join(sorted(_COMPARATIVES)) + r"|[a-z]+ier)\b",
    re.I,
)


def _comparative(word: str | None) -> bool:
    """ "smaller", "heavier", "more": the word a percentage of difference is read with ("50% smaller")."""
    return bool(word) and (word in _COMPARATIVES or (len(word) > 5 and word.endswith("ier")))


# what a difference is of: "Position-independent binaries are 50% smaller", "programs, are about 30% smaller"
_COMPARED_SUBJECT = re.compile(
    r"(?P<noun>[A-Za-z][\w-]*)\s*,?\s+(?:is|are|was|were|be|been|become|became|becomes|got|get|gets|grew|grow|grows|"
    r"run|runs|ran)\s+(?:(?:about|around|roughly|nearly|almost|some|up\s+to|over|more\s+than|less\s+than|"
    r"at\s+least|only|just)\s+)?$",
    re.I,
)
_CONTRACTED = _words("that it there here what who he she where how when let")
_MONEY_IN = re.compile(r"^\s+(?:in|of)\s+([a-z][\w-]*\s+)?([a-z]+s)\b")
_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*|\S")


@dataclass(slots=True)
class Figure:
    """One number in a sentence, read as a quantity of something."""

    sentence: int
    start: int  # offsets in the document text
    end: int
    text: str
    value: float
    precision: float  # half a unit of the last stated digit: rounding tolerance
    kind: str  # count | money | percent | measure
    unit: str  # currency sign, "%", a measure word, or "" for counts
    hedge: str | None  # about | nearly | above | below
    head: str | None  # the counted noun, singular
    modifiers: tuple[str, ...]
    definite: bool  # "the 36 trucks", "its $2.4 billion deal", "the colony's 340 pairs"
    possessor: str | None
    old: bool  # an earlier moment: "up from 47 percent", "from $23 million"
    hypothetical: bool
    rate: bool
    capacity: bool
    additional: bool
    restrictive: str | None  # the verb that restricts a definite figure: "the 11 people who died"
    owner: str | None  # whose count: "the hospital's 450 beds", "the 380-bed hospital"
    compound: bool  # written as an adjective ("380-bed")
    window: str = ""  # the words around the figure, lower case
    dated: str = ""  # old only because a date follows ("32 goals last season"): comparable at that date
    pronoun: str = ""  # a possessive pronoun before it ("his four overs"): his, her, its, their, our
    per: str = ""  # the period of a rate ("4.2 million jobs a day": "day"): rates of one period are comparable
    planned: bool = False  # hypothetical only by "will": a plan told as fact ("Fourteen routes will be cut")

    @property
    def verbs(self) -> frozenset[str]:
        """Verb stems around the figure (computed on demand: most figures never need them)."""
        return _verbs(self.window)

    @property
    def spread(self) -> float:
        """How far "about" reaches: 20% for "about 300", 10% for "about 280", 5% for "about 17,400"."""
        digits = len(f"{self.value:.0f}".rstrip("0")) if self.value >= 1 else 3
        return 0.2 if digits <= 1 else 0.1 if digits == 2 else 0.05

    @property
    def low(self) -> float:
        if self.hedge == "above":
            return self.value
        if self.hedge == "below":
            return 0.0
        if self.hedge in ("nearly", "about"):
            return self.value * (1 - self.spread)
        return self.value - self.precision

    @property
    def high(self) -> float:
        if self.hedge == "above":
            return float("inf")
        if self.hedge in ("below", "nearly"):
            return self.value
        if self.hedge == "about":
            return self.value * (1 + self.spread)
        return self.value + self.precision

    @property
    def usable(self) -> bool:
        """Whether the figure states the current value of one group (not a rate, bound or other moment)."""
        return not (self.old or self.hypothetical or self.rate or self.capacity or self.additional)


def _parse(m: re.Match[str]) -> tuple[float, float] | None:
    raw = m.group("num")
    if raw[0].isdigit():
        value = float(raw.replace(",", ""))
        decimals = len(raw.split(".", 1)[1]) if "." in raw else 0
        precision = 0.5 * 10**-decimals if decimals else 0.0
    else:
        value = float(_word_values().get(raw.lower(), 0))
        precision = 0.0
        if not value:
            return None
    scale = m.group("scale") or m.group("short")
    if scale:
        factor = _SCALES[scale.lower()]
        value *= factor
        precision = (precision or 0.0) * factor
        if "." in raw:
            precision = 0.5 * 10 ** -len(raw.split(".", 1)[1]) * factor
    return value, precision


def _singular(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word in _IRREGULAR_PLURALS:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _is_verb_form(word: str) -> bool:
    """A participle or gerund ("rose", "rising" are verbs; "margin" is not): not a counted noun."""
    w = word.lower()
    return (w.endswith(("ing", "ed")) and w not in _NOT_VERBS) or w in _IRREGULAR_VERB_FORMS


def _is_modifier(word: str) -> bool:
    """A lower-case adjective or noun before a head ("gross" in "gross margins"), not a name or function word."""
    return word.islower() and word not in _STOP and not word.endswith(("'s", "’s")) and not _is_verb_form(word)


def _is_plural(word: str) -> bool:
    w = word.lower()
    return w in _IRREGULAR_PLURALS or (len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w not in _NOT_PLURAL)


def _noun_after(text: str, kind: str) -> tuple[str | None, tuple[str, ...], int]:
    """The counted noun after a figure: head (singular), modifiers, and where the phrase ends."""
    mods: list[str] = []
    for n, tok in enumerate(_TOKEN_RE.finditer(text[:80])):
        word = tok.group(0)
        low = word.lower()
        if word[0].isupper() and kind != "money" and _DEMONYM.fullmatch(word) and n < 4:
            mods.append(low)  # "4.2 billion Danish crowns", "300 British soldiers": a nationality, then the noun
            continue
        if n > 4 or not word[0].isalpha() or low in _STOP or (word[0].isupper() and kind != "money"):
            break
        if kind == "count" and _is_plural(low):
            return _singular(low), tuple(sorted(mods)), tok.end()
        if ((low.endswith("ed") and low not in _NOT_VERBS) or low in _PARTICIPLES) and kind != "count":
            break  # "the £1.73 million taken": a participle, not the money's noun
        if kind == "money" and mods and (_verb_like(low) or len(mods) >= 2 or low in _ADVERBS_AFTER):
            break  # "$2.4 billion deal includes ...": the noun, not the verb after it
        mods.append(low)
    if kind in ("money", "percent") and mods:
        return _singular(mods[-1]), tuple(sorted(mods[:-1])), 0
    return None, (), 0


# Adverbs that end a noun phrase ("the $92 billion package now goes"): a sentence adverb, not a noun
_ADVERBS_AFTER = _words("now still already then today yesterday initially originally eventually finally instead")
_PREPOSITIONS = _words(
    "beside near across along around behind below beneath beyond inside outside past toward towards via off"
)
_VERBS_AFTER = _words("began begun became become run ran was were is are has have had will would can could may")
_TAX_PHRASE = re.compile(r"\b(?P<noun>[a-z]+)\s+(?P<when>before|after)\s+tax\s+(?:of|was|were|is|at)\s+$", re.I)


def _money_noun(tail: str, named: re.Match[str], head: str, starts: bool) -> tuple[str, tuple[str, ...]]:
    """The noun an amount is the value of, with the kind of result it is: "Operating profit was £455 million"
    gives ("profit", ("operating",)), "profit before tax of £386 million" ("profit", ("pre-tax",)), as "a
    pre-tax profit of £412 million" does; a capitalised word is a kind only where it opens the sentence."""
    tax = _TAX_PHRASE.search(tail)
    if tax:
        return _singular(tax.group("noun").lower()), (
            "pre-tax" if tax.group("when").lower() == "before" else "post-tax",
        )
    lead = tail[: named.start("noun")]
    words = _WORD.findall(lead)
    if not words:
        return head, ()
    w = words[-1]
    opening = starts and lead.strip() == w
    low = w.lower()
    if (w.islower() or opening) and low in _MONEY_KINDS:
        return head, (low,)
    return head, ()


# the measures of a company's result that are different figures ("operating profit" is not "pre-tax profit"); a
# period ("quarterly") or a description is no such kind
_MONEY_KINDS = _words("pre-tax pretax post-tax operating net gross underlying adjusted core trading statutory")


_MEASURE_OF_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?P<noun>[a-z]{3,})\s+of\s+$")


def _measured_noun(text: str) -> tuple[str | None, tuple[str, ...]]:
    """What a measure written as an adjective measures: "the 9.4-kilometre tram extension to ..." gives
    ("extension", ("tram",)); up to three lower-case words, the last before a function word, a verb or a name."""
    words: list[str] = []
    for tok in _TOKEN_RE.finditer(text[:60]):
        w = tok.group(0)
        low = w.lower()
        if not w[0].isalpha() or not w.islower() or low in _STOP or low in _PREPOSITIONS or len(words) == 3:
            break
        if words and (_is_verb_form(low) or low in _VERBS_AFTER or (low.endswith("s") and not words[-1].endswith("s"))):
            break  # "the 60-day moratorium covered ...", "... began", "... covers": the verb after the noun
        words.append(low)
    if not words:
        return None, ()
    return _singular(words[-1]), tuple(sorted(words[:-1]))


_NOT_VERBS = _words("red bed seed need speed shed hundred")
_PARTICIPLES = _words(
    "taken stolen given written driven hidden broken chosen frozen spoken eaten fallen forgotten beaten ridden "
    "risen shaken sworn torn worn drawn grown known shown thrown blown flown withdrawn overtaken undertaken "
    "spent paid lent sent won lost raised owed"
)
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ish|ese|ian|ean|ch|i)")  # Danish, Chinese, Ukrainian, Korean, French, Israeli


@lru_cache(maxsize=4096)
def _verbs(text: str) -> frozenset[str]:
    out = set()
    for w in re.findall(r"[a-z]{3,}", text):
        if w.endswith(("ed", "ing")) or w in _IRREGULAR_VERB_FORMS:
            out.add(verb_stem(w))
    return frozenset(out)


_IRREGULAR_VERB_FORMS = _words(
    "died dead sang fell rose won lost sent hit cut cost made took gave left held met sold paid went came saw "
    "ran fled fought flew grew drew"
)
_RESTRICTIVE_RE = re.compile(
    r"^\s*(?:(?:who|that|which)\s+(?:were\s+|was\s+|(?:have|has|had)\s+(?:been\s+)?|are\s+|is\s+)?(?P<v1>[a-z]+)"
    r"|(?P<v2>[a-z]+ed)(?=\s+by\b|[^.;]*?\b(?:were|was|are|is|have|has|had)\b))"
)


def figures(doc: Document) -> list[Figure]:
    """Every figure of the article's body, in text order (computed once per document)."""
    return doc.derived("consistency.figures", _extract)


def _extract(doc: Document) -> list[Figure]:
    """Figures at the places the claim scan found numbers (one pass over the text, shared with the claims)."""
    claims = document_claims(doc)
    sentences = claims.sentences
    if not sentences or not claims.number_starts:
        return []
    starts = [s.span.start for s in sentences]
    per_sentence: dict[int, list[int]] = {}
    for pos in claims.number_starts:
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and pos < sentences[i].span.end:
            per_sentence.setdefault(i, []).append(pos - sentences[i].span.start)
    out: list[Figure] = []
    for i in sorted(per_sentence):
        out.extend(_sentence_figures(sentences[i], i, per_sentence[i]))
    return out


def _matches(text: str, offsets: list[int]) -> list[re.Match[str]]:
    """The figures starting at ``offsets`` (or at "a" before "dozen"), in order, without overlaps."""
    out: list[re.Match[str]] = []
    end = -1
    for off in offsets:
        if off < end:
            continue
        m = (
            _DURATION.match(text, off)
            or _FIG_RE.match(text, off)
            or _MEASURE_AT.match(text, off)
            or _COMPOUND.match(text, off)
        )
        if m is None and off >= 2 and text[off - 2 : off].lower() == "a ":
            m = _FIG_RE.match(text, off - 2)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


_DENOMINATORS = _words("halves thirds quarters fifths sixths eighths tenths")


def compound_of(m: re.Match[str]) -> bool:
    """Whether a figure match is a count written as an adjective ("a 12-member panel")."""
    return m.re.pattern == _COMPOUND.pattern  # not `is`: module-level patterns compile on first use (lazypatterns)


_NAMED_CLASS = re.compile(
    r"\b(?:the|a|an|its|their|these|those|" + _WORD_ALT + r"|\d+)\s+[A-Z][a-z]+\s$", re.I
)  # a determiner or a count, then a capitalised word right before the number
_CLAUSE_REACH = 400  # characters looked back for the clause a figure sits in (a modal verb before it)
_PREV_WORD = re.compile(r"([A-Za-z]+)\W*$")
_VERSION_AFTER = re.compile(r"\.(?:[xX*]\b|\d+\.\d)")  # "20.x", "1.2.3": a release line or a version number
_DOTTED_NAME_BEFORE = re.compile(r"(?<![\w.])[A-Z][A-Za-z]*\.[A-Za-z]{2,}[*_]*\s$")  # a product's dotted name
_RANGE_BEFORE = re.compile(r"\d\s?[–-]\s?$|\d\s,\s$")
_NEXT_WORD = re.compile(r"\W*([A-Za-z]+)")
_CAP_RUN = re.compile(r"(?:\s+[A-Z][\w'’&-]*)+")
_NUMBER_OF_BEFORE = re.compile(  # "the number of confirmed cases rose to 38", "the tally of arrests stood at 41"
    r"\b(?:number|total|tally|count)\s+of\s+(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)(?P<noun>[a-z]{3,}s)"
    r"(?:\s+(?!by\b)[a-z]+){0,3}?\s+(?:to|at|reached|hit|totalled|totaled|was|is|now|stands|stood)\s+$",
    re.I,
)
_AGED_BETWEEN = re.compile(r"\b(?:aged|ages)\s+between\s+$", re.I)  # "aged between five and 14": an age span
_AGE_JOIN = re.compile(r"\s*(?:,|and|or|to)\s*")
_LAST_WORD = re.compile(r"(?:^|\s)([A-Za-z][\w'’-]*)\s+$")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


_NOT_LABELS = _words(
    "in of about some all and but with only the nearly almost around roughly approximately over under just "
    "another exactly fewer more those these its their his her our when after before for by to at on from since "
    "between until barely perhaps maybe up every each last precisely an a as while if then so also even "
    "monday tuesday wednesday thursday friday saturday sunday"
)


_BAND_LABEL = re.compile(r"(?:^|[\s,;:])[A-Z][A-Z0-9*+]{0,2}\s+or\s+(?:below|above|under|over|more|less)\s+$")
_AGE_APPOSED = re.compile(r"[A-Z][\w'’-]+,\s$")
_AGE_CLOSE = re.compile(r"\s*(?:[,;)]|$|\s(?:and|who|was|is|said|has|had)\b)")
_AGE_BOUND = re.compile(r"\b(?:children|adults|people|pupils|patients|those|men|women|residents|anyone)\s*$", re.I)
_ELLIPSIS_BEFORE = re.compile(  # "..., the Conservatives 3,050, the Liberal Democrats 1,723 and ..."
    r"(?:,|;|\band|\bwhile|\bwith)\s+(?:(?:the|in|at|on|for|from|to)\s+)?(?:[A-Z][\w'’-]*\s+){0,3}$"
)
_ITEM_END = re.compile(r"\s*(?:,|;|\.|$|\s(?:and|while)\b)")


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_NAMED_TAIL = re.compile(r"\s+[A-Z][a-z]+\s$", re.I)
_NAMED_HEAD = re.compile(r"\b(?:the|a|an|its|their|these|those|" + _WORD_ALT + r"|\d+)$", re.I)
_LONGEST_NAMED_HEAD = max(13, *(len(w) for w in _word_values()))


def _prev_word(before: str, pos: int) -> re.Match[str] | None:
    """``_PREV_WORD.search(before, pos)``, found from the end: the last run of letters, then one anchored
    match there, instead of a search that restarts at every letter of the window."""
    i = len(before)
    while i > pos and not (before[i - 1].isalnum() or before[i - 1] == "_"):
        i -= 1
    j = i
    while j > pos and before[j - 1] in _ASCII_LETTERS:
        j -= 1
    return _PREV_WORD.match(before, j) if j < i else None


def _named_class(before: str) -> bool:
    """``_NAMED_CLASS.search(before)``: the determiner or count must end where the blank before the last
    word starts, so only the few characters before it are searched."""
    tail = _NAMED_TAIL.search(before)
    if tail is None:
        return False
    q = tail.start()
    lo = max(0, q - _LONGEST_NAMED_HEAD)
    while lo > 0 and before[lo - 1].isdecimal():
        lo -= 1  # "\d+" may reach further back than any word
    return _NAMED_HEAD.search(before, lo, q) is not None


def _is_label(prev: re.Match[str], before: str, next_word: str) -> bool:
    """Whether the capitalised word right before a number names it ("Flight 370", "Phase 3", "Route 66"),
    rather than starting the sentence or dating it ("Nearly 300", "About 40", "On Monday 12"), being
    a name that receives a count ("gave Ukraine 300 tanks": a plural noun follows), or a list item
    whose verb is left out ("Ortiz received 26,030 votes, Reyes 19,400")."""
    if prev.group(1).lower() in _NOT_LABELS or _is_plural(next_word):
        return False
    return not _ELLIPSIS_BEFORE.search(before, 0, prev.start(1))


def _sentence_figures(sent: Sentence, index: int, offsets: list[int]) -> list[Figure]:
    text = sent.text
    base = sent.span.start
    lowered = text.lower()
    out: list[Figure] = []
    age_until = -1
    for m in _matches(text, offsets):
        timed = m.re.pattern == _DURATION.pattern
        parsed = (int(m.group("h")) * 3600 + int(m.group("mi")) * 60 + int(m.group("se")), 0.5) if timed else _parse(m)
        if parsed is None:
            continue
        value, precision = parsed
        s, e = m.start(), m.end()
        before = text[max(0, s - 60) : s]
        after = text[e : e + 90]
        raw = m.group("num")
        cur, pct, scale = m.group("cur"), m.group("pct"), m.group("scale") or m.group("short")
        conversion = not pct and before.rstrip().endswith("(") and bool(out) and base + s - out[-1].end < 40
        if conversion and (_PAREN_ITEM_GAP.match(text, e) or _PAREN_ITEM_GAP.fullmatch(text, out[-1].end - base, s)):
            conversion = False  # "nurses (20), doctors (15) and porters (9)": bracketed items of a list
        if conversion or _RANGE_BEFORE.search(before[-6:]):
            continue  # the second end of a range or score ("17 – 7"), or a conversion ("10 centimeters (4 inches)")
        prev = _prev_word(before, max(0, len(before) - 24))
        prev_word = prev.group(1).lower() if prev else ""
        nxt = _NEXT_WORD.match(after)
        next_word = nxt.group(1).lower() if nxt else ""
        if not (cur or pct or scale):
            if len(raw) == 4 and raw.isdigit() and 1800 <= value <= 2100:
                continue  # a year
            month_before = prev_word in _MONTHS and prev is not None and not before[prev.end(1) :].strip(" .")
            between_ages = prev_word == "between" and bool(_AGED_BETWEEN.search(before[-24:]))
            if (
                month_before
                or next_word in _MONTHS
                or prev_word in ("aged", "age", "ages", "no", "number")
                or between_ages
            ):
                if prev_word in ("aged", "age", "ages") or between_ages:
                    age_until = e + 12
                continue
            if s < age_until and _AGE_JOIN.fullmatch(text[age_until - 12 : s] or " "):
                continue
            if (
                prev
                and prev.group(1)[0].isupper()
                and prev.end(1) == len(before) - 1
                and _named_class(before)
                and not (_ELLIPSIS_BEFORE.search(before, 0, prev.start(1)) and _ITEM_END.match(after))
            ):
                continue  # "the three Group 4 elements", "a Category 3 storm": a class's name, not a count
            if (
                prev
                and prev.group(1)[0].isupper()
                and prev.end(1) == len(before) - 1
                and _is_label(prev, before, next_word)
            ):
                continue  # "Flight 370", "Phase 3": a label
            if prev_word in ("phase", "page", "line", "article", "section", "chapter", "room", "route", "grade"):
                continue
            if _VERSION_AFTER.match(after) or _DOTTED_NAME_BEFORE.search(before):
                continue  # "the 20.x release line", "Node.js 6", "ASP.NET 4": a version, not a count
        kind = "money" if cur else "percent" if pct else "count"
        unit = cur or ("%" if pct else "")
        measured = m.re.pattern == _MEASURE_AT.pattern
        if timed:
            kind, unit = "measure", "h:mm:ss"
        if kind == "count" and not measured and not timed:
            spelt = _CURRENCY_WORD.match(after)
            if spelt and (scale or spelt.group(1).lower() != "pounds"):  # "300 pounds" may weigh
                kind, unit = "money", _CURRENCY_SIGNS[spelt.group(1).lower()]
                after = after[spelt.end() :]  # "1,200 million pounds fund": the money's noun follows the currency
                nxt = _NEXT_WORD.match(after)
                next_word = nxt.group(1).lower() if nxt else ""
        if measured:
            kind, unit = "measure", _MEASURE_UNITS[(m.group("aunit") or m.group("munit")).lower()]
        elif kind == "count" and next_word in _MEASURES:
            kind, unit = "measure", _MEASURE_UNITS.get(next_word, next_word)  # "1,200 km" and "2,100-kilometre"
        elif kind == "count" and next_word == "light" and _LIGHT_YEARS.match(after):
            kind, unit = "measure", "light years"  # "124 light years away": a distance, not a count of years
        if kind == "count" and next_word in _DENOMINATORS and not compound_of(m):
            continue  # "three quarters of the chamber": a fraction, not three things
        if kind == "count" and value < 2:
            continue
        if kind == "count" and not scale and value < 120 and _AGE_APPOSED.search(before) and _AGE_CLOSE.match(after):
            continue  # "Isla Morgan, 34, who ...": an age in apposition to a name, not a count
        hedge = None
        head_of_before = before.rstrip()
        words_before = before.lower().split()[-3:]
        for k in (3, 2, 1):
            if len(words_before) >= k and " ".join(words_before[-k:]) in _HEDGES and before[-1:].isspace():
                hedge = _HEDGES[" ".join(words_before[-k:])]
                head_of_before = before[: len(before) - len(" ".join(before.split()[-k:])) - 1]
                break
        if hedge in ("above", "below") and _BAND_LABEL.search(before):
            hedge, head_of_before = None, before  # "E or below 24", "C or above 61": a band's name, then its count
        if raw.lower().endswith(" dozen") and raw.lower() != "a dozen":
            precision = 6.0  # "two dozen" is a round figure: half a dozen either way, "about" or not
            hedge = None if hedge == "about" else hedge
        if hedge in ("above", "below") and kind == "count" and _AGE_BOUND.search(head_of_before[-24:]):
            continue  # "29 are children under ten", "people over 65": an age bound of the people, not a figure
        tail = head_of_before[-40:] + " "
        head, mods, np_end = None, (), 0
        compound = (
            m.re.pattern == _COMPOUND.pattern
        )  # (a module-level pattern is compiled on first use: auditor.lazypatterns)
        if compound:
            if m.group("cword") in _NOT_COMPOUND:
                continue
            head, np_end = _singular(m.group("cword")), 0
        of = _OF_AFTER.match(after) if kind == "percent" and not compound else None
        if of:
            np = []
            for n, w in enumerate(of.group("np").split()):
                if w in _STOP or (n and w.endswith(("ed", "ing")) and w not in _NOT_VERBS):
                    break
                np.append(w)
            if np:
                head, mods, np_end = _singular(np[-1]), tuple(sorted(np[:-1])), of.end()
        if head is None and kind == "percent" and not compound:
            named = _NOUN_OF_BEFORE.search(
                tail
            )  # "gross margins of 61% put it ...": the noun before, not the verb after
            if named and named.group("noun").lower() not in _STOP and not _is_verb_form(named.group("noun")):
                head = _singular(named.group("noun"))
                mods = tuple(sorted(w.lower() for w in _WORD.findall(tail[: named.start()])[-1:] if _is_modifier(w)))
        if head is None and not compound:
            head, mods, np_end = _noun_after(after, kind)
        if (
            head is None
            and kind == "count"
            and not compound
            and " of " in tail
            and (counted_np := _NUMBER_OF_BEFORE.search(tail))
        ):
            # "The number of confirmed cases rose to 38": the noun the count is the number of
            head = _singular(counted_np.group("noun").lower())
            mods = tuple(sorted(w for w in counted_np.group("mods").lower().split() if w not in _STOP))
        if (
            head is None
            and kind == "count"
            and out
            and out[-1].old
            and out[-1].head
            and _TO_END.fullmatch(text, out[-1].end - base, s)
        ):
            head, mods = out[-1].head, out[-1].modifiers  # "cut from 18 turbines ... to 14": 14 turbines
        if kind == "money" and head is None:
            in_noun = _MONEY_IN.match(after)
            if in_noun:
                head, mods = (
                    _singular(in_noun.group(2)),
                    ((in_noun.group(1) or "").strip().lower(),) if in_noun.group(1) else (),
                )
        noun_before: re.Match[str] | None = None
        if kind in ("money", "percent") and head is None:
            noun_before = _SUBJECT_VERB_BEFORE.search(tail) or _NOUN_OF_BEFORE.search(tail)
            if noun_before and noun_before.group("noun").lower() not in _STOP:
                head = _singular(noun_before.group("noun"))
                if kind == "money":
                    head, mods = _money_noun(tail, noun_before, head, starts=s < 60)
                    noun_before = _TAX_PHRASE.search(tail) or noun_before  # "Ashgrove's profit before tax of"
            else:
                noun_before = None
        if measured and (m.group("munit") or _measured_noun(after)[0]):
            compound = True  # "the 3,410-metre borehole", "the 11.2km line": the measure of the noun after it
            head, mods = _measured_noun(after)
        elif kind == "measure":
            of = re.match(r"^\s+\w+\s+of\s+(?:the\s+)?([a-z]+)", after) if not measured else None
            head = of.group(1) if of else None
            if head is None:  # "reached bedrock at a depth of 3,104 metres", "a speed of 43mph": what is measured
                named = _MEASURE_OF_BEFORE.search(tail)
                head = named.group("noun").lower() if named else None
        np_before = tail[: noun_before.start()] if noun_before else tail
        clause_np = re.split(r"[,;:(]", np_before[-40:])[-1]  # "Of those, 380": the determiner is not the figure's
        det_words = _WORD.findall(clause_np)[-3 if noun_before else -1 :]
        possessor = owner = None
        pronoun = ""
        definite = False
        for det_word in reversed(det_words):
            if det_word.lower() == "that" and det_word is det_words[-1]:
                break  # "said that 40 people died", "telling us that 2 rows": a conjunction before a number
            if det_word.lower() == "all" and det_word is det_words[-1]:
                definite = True  # "All four satellites carry cameras": the whole set, once more
                break
            if det_word.lower()[:-2] in _CONTRACTED and det_word.endswith(("'s", "’s")):
                break  # "That's 11 times faster", "it's 40 miles": "is" contracted, not a possessive
            if det_word.lower() in _DETERMINERS or det_word.endswith(("'s", "’s")):
                definite = True
                if det_word.endswith(("'s", "’s")):
                    owner = det_word[:-2].lower()  # "the hospital's 450 beds"
                    possessor = det_word[:-2] if det_word[0].isupper() else None
                elif det_word.lower() in _PRONOUNS:
                    pronoun = det_word.lower()  # "his four overs", "their 20 overs": whose
                break
            if det_word.lower() in _STOP:
                break
        if not definite and _TALLY_OF.search(tail[-40:]):
            definite = True  # "Her tally of 31 goals", "the toll of 14 dead": one known count
        lo = max(0, s - _CLAUSE_REACH)  # bounded: a 1 MB "sentence" must not be rescanned per figure
        clause_start = max(text.rfind(";", lo, s), text.rfind(":", lo, s), lo)
        clause_before = lowered[clause_start:s]
        # a definite figure names what exists ("will pay for the £184m purchase"): a modal before it is not its own
        modal = _MODAL_RE.search(clause_before)
        # ... and so does a definite count ("will repay the 1,510 households"), outside a condition ("if")
        exists = definite and (kind == "money" or (kind == "count" and not _CONDITIONAL.search(clause_before)))
        rest = lowered[e : e + 60].split(";")[0]
        if head_of_before.rstrip().endswith(","):
            rest = rest.split(",")[0]  # "The planet, 142 light years from Earth, will be ...": the apposition's own
        hypothetical = (bool(modal) and not exists) or (not definite and bool(_MODAL_RE.search(rest)))
        # "Fourteen bus routes will be cut": a plan told as fact, unless another modal, a condition or a
        # future date makes it one possibility among others
        planned = (
            hypothetical
            and kind == "count"
            and all(w.group(0) == "will" for w in _MODAL_RE.finditer(clause_before + " " + rest))
            and not _FUTURE_DATE.search(lowered, max(0, s - 60), min(len(text), e + 80))
        )
        old_before = _OLD_BEFORE.search(tail)
        changed_from = bool(old_before) and (
            old_before.group(0).split()[0].lower() != "from"
            or bool(_FROM_CHANGE.search(clause_before))
            or bool(_TO_FIGURE.match(after))
        )  # "took £2.3 million from 1,150 customers": a source, not an earlier value ("rose from 40 to 50")
        dated = _OLD_AFTER.match(after)
        old = changed_from or bool(dated)
        rate = (
            bool(_RATE_AFTER.match(after))
            or bool(_RATE_NEAR.search(text[max(0, s - 25) : e + 30]))
            or (head == "time" and bool(_TIMES_RATIO.match(after)))  # "11 times faster": a ratio, not 11 occasions
        )
        per = ""
        if rate:
            period = _PERIOD_AFTER.match(after)
            per = period.group(1).lower() if period and not _RATE_BEFORE_NOUN.search(tail) else ""
        elif any(w in _PERIOD_ADJ for w in mods):  # "the museum's €80 million annual budget": a year's, a rate
            rate, per = True, next(_PERIOD_ADJ[w] for w in mods if w in _PERIOD_ADJ)
            mods = tuple(w for w in mods if w not in _PERIOD_ADJ)  # "1,400 daily builds" are "builds a day"
        capacity = bool(_CAPACITY_BEFORE.search(tail))
        additional = bool(_ADDITIONAL_BEFORE.search(tail)) or bool(_MORE_AFTER.match(after))
        restrictive = None
        if definite and np_end:
            r = _RESTRICTIVE_RE.match(after[np_end:])
            if r:
                restrictive = verb_stem(r.group("v1") or r.group("v2"))
        window = lowered[max(0, s - 40) : min(len(text), e + 60)]
        if compound:  # "the 380-bed St Anne's Hospital": whose beds they are
            caps = _CAP_RUN.match(after)
            owned = caps.group(0).split()[-1] if caps else (_NEXT_WORD.match(after) or [None, None])[1]
            owner = owned.lower() if owned else None
        out.append(
            Figure(
                sentence=index,
                start=base + s,
                end=base + e,
                text=m.group(0),
                value=value,
                precision=precision,
                kind=kind,
                unit=unit.lower() if kind == "measure" else unit,
                hedge=hedge,
                head=head,
                modifiers=mods,
                definite=definite,
                possessor=possessor,
                old=old,
                hypothetical=hypothetical,
                planned=planned,
                rate=rate,
                capacity=capacity,
                additional=additional,
                restrictive=restrictive,
                dated=dated.group(1).lower() if dated and not changed_from else "",
                owner=owner,
                compound=compound,
                window=window,
                per=per,
                pronoun=pronoun,
            )
        )
    return out


def _sentences(doc: Document) -> list[Sentence]:
    """The body sentences, as the claims hold them (``Document.body_sentences`` builds a new list per call)."""
    return document_claims(doc).sentences


# ---------------------------------------------------------------- results


@dataclass(slots=True)
class Mismatch:
    """Two statements whose arithmetic cannot both hold; ``arithmetic`` says why, in numbers."""

    code: str  # CON001 or CON003
    kind: str  # share | change | restatement | breakdown
    later: int  # sentence indexes (body sentences)
    earlier: int
    later_text: str  # the quoted statements
    earlier_text: str
    arithmetic: str
    evidence: dict


def fmt(value: float) -> str:
    """A figure as an editor writes it: 1,200; 18.4 million; 4.5."""
    if abs(value) >= 1e6 and round(value) % 1e4 == 0:  # "£16.4m" parses as 16399999.99...
        value = float(round(value))
        for scale, name in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if abs(value) >= scale:
                return f"{value / scale:,.2f}".rstrip("0").rstrip(".") + f" {name}"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _pct(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".") + "%"


def _amount(f: Figure) -> str:
    if f.kind == "money":
        return f"{f.unit}{fmt(f.value)}"
    if f.kind == "percent":
        return _pct(f.value)
    if f.kind == "measure" and f.unit == "h:mm:ss":
        h, rest = divmod(round(f.value), 3600)
        return f"{h}:{rest // 60:02d}:{rest % 60:02d}"
    if f.kind == "measure":
        return f"{fmt(f.value)} {f.unit}"
    return fmt(f.value)


def _percent_tolerance(p: Figure, hedged: bool) -> tuple[float, float]:
    """How far below and above the stated percentage the computed one may be."""
    base = max(1.0, p.precision)
    if p.hedge == "above":
        return base, float("inf")
    if p.hedge == "below":
        return float("inf"), base
    if p.hedge == "nearly":
        return max(3.0, 0.15 * p.value), base
    if p.hedge == "about" or hedged:
        wide = max(3.0, 0.15 * p.value)
        return wide, wide
    return base, base


def _fits(p: Figure, actual: float, hedged: bool) -> bool:
    below, above = _percent_tolerance(p, hedged)
    return p.value - below <= actual <= p.value + above


def _clip(text: str, start: int, end: int, width: int = 110) -> str:
    """The words of ``text`` around ``start:end``, within ``width`` characters."""
    pad = max(0, (width - (end - start)) // 2)
    a, b = max(0, start - pad), min(len(text), end + pad)
    while a > 0 and not text[a - 1].isspace():
        a += 1
        if a >= start:
            a = start
            break
    while b < len(text) and not text[b].isspace() and b > end:
        b -= 1
    piece = " ".join(text[a:b].split())
    return ("…" if a > 0 else "") + piece + ("…" if b < len(text) else "")


# ---------------------------------------------------------------- shares and changes

_SHARE_OF = re.compile(r"^\s+(?:out\s+)?of\s+(?:(?:the|their|its|his|her|our|all|[A-Za-z][\w]*['’]s)\s+){0,2}$")
_SHARE_TO_PCT = re.compile(
    r"^(?:\s+[a-z][\w-]*){0,4}?\s*(?:,|\(|—|–|\s-)?\s*(?:or|a|an|representing|that\s+is|i\.e\.)?\s*$", re.I
)
_OF_THE_BEFORE = re.compile(r"\b(?:[Oo]f\s+(?:the|their|its|all)|[Oo]ut\s+of(?:\s+the|\s+its|\s+their)?)\s+$")
_Y_TO_X = re.compile(r"^(?:\s+[a-z][\w-]*){0,4}?\s*,\s*$")
_X_TO_PCT = re.compile(r"^\s*(?:\(|,\s*(?:or\s+)?|—\s*|–\s*|-\s*)$")
_X_WORDS_OR = re.compile(
    r"^(?:\s+[a-z][\w'’-]*){1,8}?\s*,\s*or\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|just\s+)?$"
)
_PCT_WITH = re.compile(r"^\s*,?\s*with\s+$")
_PCT_OR = re.compile(r"^\s+of\s+(?:the\s+|all\s+)?(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w-]*\s*,\s*(?:or\s+)?$")
_PCT_OF_WHOLE = re.compile(r"^\s+of\s+(?:the|its|their|all|[A-Za-z]\w*['’]s)\s+$")
_WHOLE_OR_PART = re.compile(r"^(?:\s+[a-z][\w-]*){0,3}?\s*,\s*(?:or|some|about|roughly|nearly)?\s*$")
_OTHER_BASE = re.compile(r"^\s+of\s+(?:all|the\s+total|total|the\s+overall|the\s+entire|those|the\s+whole)\b", re.I)
_PCT_POPULATION = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|our|all)\s+)?(?:[a-z]+\s+){0,2}?([a-z]+s)\b")
_FROM = re.compile(r"\bfrom\s+$", re.I)
_TO = re.compile(r"\bto\s+$", re.I)
_CHANGE_NOUNS = (
    "rise|increase|jump|gain|growth|climb|drop|fall|decline|reduction|decrease|cut|slump|slide|dip|loss|"
    "surge|plunge|reduction|improvement"
)
_CHANGE_BEFORE_PCT = re.compile(
    r"^(?:\s+[a-z][\w'’-]*){0,5}?\s*(?:,|\(|—|–)\s*(?:(?:a|an)\s+(?:" + _CHANGE_NOUNS + r")\s+of\s+|up\s+|down\s+|"
    r"or\s+|a\s+|an\s+|by\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+)?$"
    r"|^\s+by\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?$",
    re.I,
)
_CHANGE_AFTER_PCT = re.compile(r"^\s*(?:" + _CHANGE_NOUNS + r"|rises|increases|drops|falls|declines)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_BREAKER = re.compile(r"\b(?:while|whereas|but|although|compared|against|and\s+(?:is|was|has))\b|;", re.I)


def fit_mismatches(doc: Document) -> list[Mismatch]:
    """Percentages that do not fit the counts beside them: a share, or a rise or fall."""
    out: list[Mismatch] = []
    by_sentence = _figures_by_sentence(doc)
    sentences = _sentences(doc)
    text = doc.text
    for i, figs in sorted(by_sentence.items()):
        if len(figs) < 2:
            continue
        sent = sentences[i]
        found = _fraction_share(text, figs) or _points_change(text, sent, figs) or _fraction_change(text, figs)
        if found is not None:
            kind, arithmetic, evidence, (a, b) = found
            quote = _clip(sent.text, a - sent.span.start, b - sent.span.start)
            out.append(Mismatch("CON001", kind, i, i, quote, quote, arithmetic, evidence))
            continue
        if len(figs) < 3 or not any(f.kind == "percent" for f in figs):
            continue
        periods = [
            f
            for f in figs
            if f.kind == "measure"
            and f.unit in _TIME_UNITS
            and _PERIOD_BEFORE.search(text, max(0, f.start - 16), f.start)
        ]
        if periods and len(figs) - len(periods) >= 3:
            figs = [f for f in figs if f not in periods]  # "in the three months to March 31" dates the change
        for n in range(len(figs) - 2):
            found = _share(text, figs, n) or _change(text, figs, n) or _loose_change(text, figs, n)
            if found is None:
                continue
            kind, arithmetic, evidence, (a, b) = found
            quote = _clip(sent.text, a - sent.span.start, b - sent.span.start)
            out.append(Mismatch("CON001", kind, i, i, quote, quote, arithmetic, evidence))
            break
    return out


_PERIOD_BEFORE = re.compile(r"\b(?:in|over|for|during)\s+the\s+(?:first\s+|last\s+|past\s+)?$", re.I)


def _between(text: str, a: Figure, b: Figure) -> str:
    return text[a.end : b.start]


def _share(text: str, figs: list[Figure], n: int) -> tuple | None:
    """Shares: "X of Y ..., or P%", "Of the Y ..., X (P%)", "P%, with X of Y"."""
    a, b, c = figs[n], figs[n + 1], figs[n + 2]
    part = whole = pct = None
    if a.kind == b.kind == "count" and c.kind == "percent" and _SHARE_OF.match(_between(text, a, b)):
        if _SHARE_TO_PCT.match(_between(text, b, c)) or (b.head is None and _SHARE_TO_PCT.match(text[b.end : c.start])):
            part, whole, pct = a, b, c
    elif (
        a.kind == b.kind == "count"
        and c.kind == "percent"
        and _OF_THE_BEFORE.search(text[max(0, a.start - 20) : a.start])
        and _Y_TO_X.match(_between(text, a, b))
        and (_X_TO_PCT.match(_between(text, b, c)) or _X_WORDS_OR.match(_between(text, b, c)))
    ):
        part, whole, pct = b, a, c  # "Of the 500 staff surveyed, 120 said they felt safe, or 30 percent"
    elif (
        a.kind == "percent"
        and b.kind == c.kind == "count"
        and (_PCT_WITH.match(_between(text, a, b)) or _PCT_OR.match(_between(text, a, b)))
        and _SHARE_OF.match(_between(text, b, c))
    ):
        part, whole, pct = b, c, a  # "41 percent, with 48,210 of 131,000"; "42 per cent of the grants, or 150 of 310"
    elif (
        a.kind == "percent"
        and b.kind == c.kind == "count"
        and _PCT_OF_WHOLE.match(_between(text, a, b))
        and _WHOLE_OR_PART.match(_between(text, b, c))
    ):
        part, whole, pct = c, b, a  # "42 per cent of the 1,500 respondents, or 580 people"
    if part is None or whole is None or pct is None or not whole.value or part.value > whole.value:
        return None
    if _OTHER_BASE.match(text[pct.end : pct.end + 30]) or pct.old or (pct.hedge == "below" and part.hedge):
        return None
    own = _PCT_POPULATION.match(text, pct.end)
    if own and whole.head and pct.start > whole.end and _singular(own.group(1)) not in (whole.head, part.head):
        return None  # "18 of its 24 games and 60 per cent of its away matches": a share of another population
    actual = 100.0 * part.value / whole.value
    if _fits(pct, actual, hedged=bool(part.hedge or whole.hedge)):
        return None
    arithmetic = f"{fmt(part.value)} of {fmt(whole.value)} is {_pct(actual)}, not {_pct(pct.value)}"
    span = (min(part.start, whole.start, pct.start), max(part.end, whole.end, pct.end))
    return "share", arithmetic, {"part": part.value, "whole": whole.value, "stated": pct.value}, span


def _change(text: str, figs: list[Figure], n: int) -> tuple | None:
    """Percent changes: "from A to B, a P% rise", "fell to B from A, down P%", "B, up P% from A"."""
    a, b, c = figs[n], figs[n + 1], figs[n + 2]
    if (
        b.kind == "percent"
        and a.kind == c.kind != "percent"
        and a.unit == c.unit
        and _UP_P.match(_between(text, a, b))
        and _FROM_AFTER_P.match(_between(text, b, c))
    ):
        return _change_result(c, a, b, (a.start, c.end))  # "£1.6 million, up 25 per cent from £1.2 million"
    if a.kind == "percent" and b.kind == c.kind != "percent" and b.unit == c.unit:
        verb_before = _CHANGE_VERB_BEFORE.search(text[max(0, a.start - 30) : a.start])
        if verb_before and _TO_AFTER_P.match(_between(text, a, b)) and _FROM_GAP.match(_between(text, b, c)):
            return _change_result(c, b, a, (a.start, c.end))  # "jumped 40 per cent to 1,400 from 1,000"
    if c.kind != "percent" or a.kind != b.kind or a.kind == "percent" or a.unit != b.unit:
        return None
    ordered = _from_and_to(text, a, b)
    if ordered is None:
        return None
    old, new = ordered
    gap = _between(text, a, b)
    tail = _between(text, b, c)
    if len(gap) > 60 or any(ch.isdigit() for ch in _YEAR.sub("", gap)) or _BREAKER.search(gap):
        return None
    if len(tail) > 60 or _BREAKER.search(tail):
        return None
    after_c = text[c.end : c.end + 20]
    if not (
        _CHANGE_BEFORE_PCT.match(tail)
        and (re.search(r"(?:of|up|down|by)\s+$", tail) or _CHANGE_AFTER_PCT.match(after_c))
    ):
        return None
    return _change_result(old, new, c, (min(a.start, b.start), c.end))


def _change_result(old: Figure, new: Figure, c: Figure, span: tuple[int, int]) -> tuple | None:
    if not old.value:
        return None
    actual = 100.0 * abs(new.value - old.value) / old.value
    if _fits(c, actual, hedged=bool(old.hedge or new.hedge)):
        return None
    direction = "rise" if new.value > old.value else "fall"
    arithmetic = f"from {_amount(old)} to {_amount(new)} is a {_pct(actual)} {direction}, not {_pct(c.value)}"
    return "change", arithmetic, {"from": old.value, "to": new.value, "stated": c.value}, span


_FRACTIONS = {"half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "one-third": 100 / 3, "two thirds": 200 / 3,
              "two-thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0, "one-quarter": 25.0,
              "three quarters": 75.0, "three-quarters": 75.0, "a fifth": 20.0, "one fifth": 20.0,
              "one-fifth": 20.0, "a tenth": 10.0}  # fmt: skip
_FRACTION_BEFORE = re.compile(
    r"\b(?P<frac>" + "|".join(sorted(map(re.escape, _FRACTIONS), key=len, reverse=True)) + r")\s+of\s+"
    r"(?:(?:the|its|their|all|his|her|[A-Za-z]\w*['’]s)\s+){0,2}$",
    re.I,
)
_FRACTION_TO_PART = re.compile(r"^(?:\s+[a-z][\w-]*){0,3}?\s*(?:,\s*or|\(|—|–|\s-)\s*(?:some\s+|about\s+)?$", re.I)


_FRACTION_HEDGE = re.compile(
    r"\b(?:nearly|almost|about|around|roughly|some|more\s+than|less\s+than|over|under|just|up\s+to|at\s+least|"
    r"close\s+to|well)\s+$",
    re.I,
)


def _fraction_share(text: str, figs: list[Figure]) -> tuple | None:
    """ "Half of the 80 delegates, or 50 people": a fraction word and the count it names must agree."""
    for whole, part in itertools.pairwise(figs):
        if whole.kind != "count" or part.kind != "count" or not whole.value or part.value > whole.value:
            continue
        window = text[max(0, whole.start - 60) : whole.start]
        m = _FRACTION_BEFORE.search(window)
        if m is None or not _FRACTION_TO_PART.match(_between(text, whole, part)):
            continue
        if _FRACTION_HEDGE.search(window[: m.start()]):
            continue  # "nearly half", "more than a third": a bound, not a share
        stated = _FRACTIONS[m.group("frac").lower()]
        actual = 100.0 * part.value / whole.value
        if abs(actual - stated) <= 5.0 or part.hedge or whole.hedge:
            continue
        arithmetic = f"{fmt(part.value)} of {fmt(whole.value)} is {_pct(actual)}, not {m.group('frac').lower()}"
        start = whole.start - len(m.group(0)) + (len(m.group(0)) - len(m.group(0).lstrip()))
        return "share", arithmetic, {"part": part.value, "whole": whole.value, "stated": stated}, (start, part.end)
    return None


_FRACTION_CHANGE = re.compile(
    r"\b(?:rose|risen|fell|fallen|grew|grown|dropped|declined|increased|decreased|shrank|shrunk|cut|climbed|"
    r"jumped|slumped|up|down)\s+(?:by\s+)?(?P<frac>"
    + "|".join(sorted(map(re.escape, _FRACTIONS), key=len, reverse=True))
    + r")\s*,?\s+from\s+$",
    re.I,
)


def _fraction_change(text: str, figs: list[Figure]) -> tuple | None:
    """ "Membership has fallen by a third, from 900 to 450": a half, not a third."""
    for a, b in itertools.pairwise(figs):
        if a.kind != b.kind or a.unit != b.unit or a.kind == "percent" or not a.value:
            continue
        m = _FRACTION_CHANGE.search(text[max(0, a.start - 60) : a.start])
        if m is None or not _TO.search(text[max(0, b.start - 6) : b.start]) or len(_between(text, a, b)) > 40:
            continue
        stated = _FRACTIONS[m.group("frac").lower()]
        actual = 100.0 * abs(b.value - a.value) / a.value
        if abs(actual - stated) <= 5.0 or a.hedge or b.hedge:
            return None
        direction = "rise" if b.value > a.value else "fall"
        arithmetic = f"from {_amount(a)} to {_amount(b)} is a {_pct(actual)} {direction}, not {m.group('frac').lower()}"
        start = max(0, a.start - 60) + m.start()
        return "change", arithmetic, {"from": a.value, "to": b.value, "stated": stated}, (start, b.end)
    return None


_POINTS_RE = re.compile(
    r"\b(?P<cue>by|of|up|down|rose|fell|dropped|climbed|gained|lost|a\s+(?:rise|fall|drop|gain|decline|increase|"
    r"decrease|jump)\s+of)\s+(?P<n>\d+(?:\.\d+)?)\s+(?:percentage\s+)?points?\b",
    re.I,
)


def _from_and_to(text: str, a: Figure, b: Figure) -> tuple[Figure, Figure] | None:
    """(old, new) of two figures when one follows "from" and the other "to", in either order."""
    before_a = text[max(0, a.start - 12) : a.start]
    before_b = text[max(0, b.start - 12) : b.start]
    if _FROM.search(before_a) and _TO.search(before_b):
        return a, b
    if _TO.search(before_a) and _FROM.search(before_b):
        return b, a
    return None


def _points_change(text: str, sent: Sentence, figs: list[Figure]) -> tuple | None:
    """ "Fell to 4.1% from 4.5%, a drop of 0.6 percentage points": a change in points is a difference."""
    pcts = [f for f in figs if f.kind == "percent"]
    if len(pcts) < 2 or "point" not in sent.text:
        return None
    for a, b in itertools.pairwise(pcts):
        ordered = _from_and_to(text, a, b)
        if ordered is None:
            continue
        old, new = ordered
        gap = _between(text, a, b)
        if len(gap) > 60 or _BREAKER.search(gap):
            continue
        m = _POINTS_RE.search(text, b.end, min(sent.span.end, b.end + 80))
        if m is None or _BREAKER.search(text[b.end : m.start()]):
            continue
        stated = float(m.group("n"))
        actual = abs(new.value - old.value)
        slack = 0.5 * 10 ** -len(m.group("n").partition(".")[2]) + old.precision + new.precision + 1e-9
        if abs(actual - stated) <= slack:
            return None
        arithmetic = f"from {_pct(old.value)} to {_pct(new.value)} is {fmt(round(actual, 2))} percentage points, not {m.group('n')}"
        return "change", arithmetic, {"from": old.value, "to": new.value, "stated": stated}, (a.start, m.end())
    return None


_CHANGE_CUE_BEFORE = re.compile(
    r"\b(?:rose|risen|jumped|climbed|grew|grown|increased|fell|fallen|dropped|declined|decreased|slipped|slid|"
    r"surged|soared|plunged|gained|shrank|up|down|(?:a|an)\s+(?:" + _CHANGE_NOUNS + r")\s+of)\s+"
    r"(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$",
    re.I,
)


def _loose_change(text: str, figs: list[Figure], n: int) -> tuple | None:
    """A change given before its figures: "grew by 10 percent, from $50 million to $60 million"."""
    c, a, b = figs[n], figs[n + 1], figs[n + 2]
    if c.kind != "percent" or a.kind != b.kind or a.kind == "percent" or a.unit != b.unit:
        return None
    if not _CHANGE_CUE_BEFORE.search(text[max(0, c.start - 30) : c.start]):
        return None
    lead = _between(text, c, a)
    if len(lead) > 40 or _BREAKER.search(lead) or not re.search(r"\bfrom\s+$", lead, re.I):
        return None
    gap = _between(text, a, b)
    if not re.fullmatch(r"(?:\s+[a-z][\w'’-]*){0,4}?\s+to\s+", gap, re.I) or any(ch.isdigit() for ch in gap):
        return None
    return _change_result(a, b, c, (c.start, b.end))


_UP_P = re.compile(r"^(?:\s+[\w'’-]+){0,5}?\s*,\s*(?:up|down)\s+(?:by\s+)?$", re.I)
_FROM_AFTER_P = re.compile(r"^\s+(?:from|on)\s+$", re.I)
_TO_AFTER_P = re.compile(r"^\s+to\s+$", re.I)
_FROM_GAP = re.compile(
    r"^(?:\s+[A-Za-z][\w'’-]*){0,3}?,?\s+from\s+$"
    r"|^(?:\s+[A-Za-z][\w'’-]*){0,3}?\s+(?:in|over|for|during)\s+the\s+(?:[\w'’-]+\s+){1,5}?[\w'’-]+,\s+from\s+$"
)  # "to $71,200 on Monday from $79,800"; "to 4.2 billion crowns in the three months to March 31, from 3.9 billion"
_CHANGE_VERB_BEFORE = re.compile(
    r"\b(?:rose|risen|rises|jumped|jumps|climbed|climbs|grew|grows|increased|increases|fell|fallen|falls|dropped|"
    r"drops|declined|declines|decreased|decreases|slipped|slid|surged|soared|plunged|gained|gains|lost|loses)\s+"
    r"(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$",
    re.I,
)
_MULTIPLIER = re.compile(  # "doubled", "more than tripling", "has halved, falling": the verb in any of its forms
    r"\b(?P<hedge>more\s+than\s+|nearly\s+|almost\s+|roughly\s+)?(?P<word>(?:doubl|tripl|trebl|quadrupl|halv)(?:ed|ing|es)\b)"
    r"(?:,?\s+[\w'’-]+){0,3}?[\s,]*$",
    re.I,
)
_FACTORS = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5}


def multiplier_mismatches(doc: Document) -> list[Mismatch]:
    """ "Doubled from 40 to 90": the two figures must stand in the stated ratio (within 10%)."""
    out: list[Mismatch] = []
    text = doc.text
    sentences = _sentences(doc)
    figs = figures(doc)
    for a, b in itertools.pairwise(figs):
        if a.sentence != b.sentence or a.kind != b.kind or a.kind == "percent" or a.unit != b.unit:
            continue
        ordered = _from_and_to(text, a, b)  # "doubled from 40 to 90", "doubled to 90 from 40"
        if ordered is None or text[max(0, b.start - 12) : b.start].rstrip().endswith(("up", "down")):
            continue
        old, new = ordered
        gap = _between(text, a, b)
        if len(gap) > 60 or any(ch.isdigit() for ch in _YEAR.sub("", gap)) or not old.value:
            continue
        sent = sentences[a.sentence]
        floor = max(sent.span.start, a.start - 60)
        before_from = re.sub(r"\b(?:from|to)\s+$", "", text[floor : a.start])
        m = _MULTIPLIER.search(before_from)
        if m is None:
            continue
        factor = _FACTORS[re.sub(r"(?:ed|ing|es)$", "", m.group("word").lower())]
        ratio = new.value / old.value
        hedge = (m.group("hedge") or "").strip().lower()
        if hedge == "more than":
            fits = ratio >= factor * 0.95 if factor > 1 else ratio <= factor * 1.05
        elif hedge in ("nearly", "almost"):
            fits = factor * 0.8 <= ratio <= factor * 1.02 if factor > 1 else factor * 0.98 <= ratio <= factor * 1.2
        else:
            fits = factor * 0.9 <= ratio <= factor * 1.1
        if fits:
            continue
        quote = _clip(sent.text, floor + m.start() - sent.span.start, b.end - sent.span.start)
        arithmetic = (
            f"from {_amount(old)} to {_amount(new)} is ×{ratio:.2f}, not ×{factor:g} ({m.group('word').lower()})"
        )
        out.append(
            Mismatch("CON001", "change", a.sentence, a.sentence, quote, quote, arithmetic, {"ratio": round(ratio, 3)})
        )
    return out


# ---------------------------------------------------------------- totals and their parts

_TOTAL_BEFORE = re.compile(
    r"\b(?:(?:a\s+total\s+of|total\s+of|in\s+all,?|altogether,?|in\s+total,?|all\s+told,?)\s+|"
    r"together\s+(?!with\b)(?:[a-z]+\s+){1,2}(?:some\s+|about\s+|around\s+)?)$",
    re.I,
)  # "the three divisions together employed 11,800", "care and waste together come to £24.6 million"
_TOTAL_AFTER = re.compile(
    r"^(?:\s+[a-z][\w'’-]*){0,6}?\s+(?:in\s+all|in\s+total|altogether|(?<!the\s)(?<!a\s)(?<!their\s)(?<!its\s)combined|"
    r"all\s+told|between\s+them|overall)\b",  # not "£64m from the combined authority": an adjective of a noun
    re.I,
)
_TOTAL_OPENING = re.compile(  # "Overall, 1,250 cases ...", "Between them, the three candidates raised $4.1 million"
    r"\s*(?:Overall|In\s+all|Altogether|In\s+total|All\s+told|Between\s+them|Combined|Taken\s+together)\s*,", re.I
)


def _opens_as_total(text: str, sent: Sentence, figs: list[Figure], f: Figure) -> bool:
    """Whether the sentence opens by saying it gives a total and ``f`` is its first figure of that kind."""
    if not _TOTAL_OPENING.match(text, sent.span.start):
        return False
    return next((g for g in figs if g.kind == f.kind and g.unit == f.unit), None) is f


_TOTAL_CLOSES = re.compile(  # a total whose marker ends its clause: not "60 percent of the combined company"
    r"(?:\s+[a-z][\w'’-]*){0,3}?\s+(?:in\s+all|in\s+total|altogether|combined|all\s+told|between\s+them|overall)"
    r"\s*(?:[,;:—–(]|$)",
    re.I,
)
_INTRODUCED = re.compile(r"[^,;.\d()]{0,80}?(?::|\s[-–—]|—|–|\()\s*$")
_OF_THOSE = re.compile(r"\s*(?:Of|Among)\s+(?:those|them|these)\s*,")
_REMAINING = re.compile(r"\b(?:the\s+)?(?:remaining|other|rest\s+(?:of\s+\w+\s+)?were|rest)\s+$", re.I)
_EXHAUSTIVE_BEFORE = re.compile(
    r"(?::|—|–|\s-)\s*$|\b(?:comprising|comprised|comprises|consisting\s+of|consists\s+of|made\s+up\s+of|"
    r"composed\s+of|(?:divided|splits?|shared(?:\s+out)?|allocated|apportioned|distributed)\s+"
    r"(?:into|between|among|as)|(?:broken|breaks?|broke)\s+down\s+(?:into|as|to)|namely)\s+$|"
    r"\b(?:were|was|are|is)\s+(?:graded|classified|categori[sz]ed|rated|banded)\s+(?:as\s+)?[A-Z][A-Z0-9*+]{0,2}\s+$",
    re.I,
)
_SPLIT_VERB = re.compile(r"\b(?:split|divided|broken\s+down|breaks?\s+down|allocated|apportioned|shared)\b", re.I)


@lru_cache(maxsize=256)
def _has_split_verb(sentence: str) -> bool:
    """Once per sentence, not once per list of parts in it (a 1 MB "sentence" holds thousands)."""
    return bool(_SPLIT_VERB.search(sentence))


_OF_NOUN = re.compile(
    r"\s*(?:Of|Among)\s+(?:the|those|its|their)\s+(?:[A-Za-z]+['’]s\s+)?(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)"
    r"(?P<word>[a-z]+)(?P<after>\s+[a-z]+(?:ed|en))?"
    r"(?:\s+(?:so\s+far|to\s+date|this\s+(?:year|week|month|season)|overall|in\s+total))?\s*,"
)  # "Of the starters,", "Of the confirmed cases,", "Of the money taken,": the whole an earlier sentence counted
_BACK_REACH = 4  # sentences an "Of the <noun>," breakdown looks back for the whole it names
_PARTIAL = re.compile(r"\b(?:including|among\s+them|among\s+whom|such\s+as|of\s+whom|at\s+least|for\s+example)\b", re.I)
_SUBSET_LEAD = re.compile(r"\b(?:of\s+whom|of\s+them|of\s+which)\s*$", re.I)
_UNCOUNTED_ITEM = re.compile(r"[^.;:]*?(?:,|\band\b|\bor\b)\s+(?:1|one|a\s+single)\s+[a-z]", re.I)
# Items each with its figure in brackets: "staff (£1.5 million), rent (£0.9 million) and grants (£0.6 million)"
_PAREN_ITEM_GAP = re.compile(r"\s*\)\s*(?:,|;|,?\s+and|,?\s+plus)\s+(?:the\s+|a\s+)?[A-Za-z][\w'’ -]{0,30}?\s*\(\s*")
_PAREN_ITEMS = 3  # bracketed items that make a list, and must come within a tenth of a total to be all of it


_OTHER_TIME = re.compile(r"\b(?:earlier|previous|former|last|(?:19|20)\d\d)\b|\binclud", re.I)


def _bracketed_split(text: str, total: Figure, parts: list[Figure], i: int) -> bool:
    """Whether bracketed items are all of the total before them in their sentence: they come within a tenth
    of it, and nothing between says they are some of it ("include") or of another moment ("earlier grants
    for roads (£5m) ... in 2019")."""
    if total.sentence != i or not 0.9 * total.value <= sum(p.value for p in parts) <= 1.1 * total.value:
        return False
    return not _OTHER_TIME.search(text, total.end, min(len(text), parts[-1].end + 20))


def _in_parens(text: str, f: Figure) -> bool:
    """Whether the figure opens a bracket of its own after an item's name ("rent (£0.9 million)")."""
    return bool(re.search(r"[A-Za-z][\w'’-]*\s*\(\s*$", text[max(0, f.start - 40) : f.start])) and text[
        f.end : f.end + 2
    ].lstrip().startswith(")")


_BARE_DIGIT = re.compile(r"[()]|(?<![A-Za-z-])\d")
_LIST_SEP = re.compile(r"(?:,|;|\band\b|\bplus\b|\bwhile\b)", re.I)
_MAX_PARTS = 12
_REST_UNCOUNTED = re.compile(  # ", and the rest are elsewhere"; not "$48 million from the rest of the world"
    r"(?:,|;|\band\b)\s+(?:and\s+)?(?:the\s+rest|the\s+remainder|the\s+others|others)\b(?!\s+(?:of\s+)?\d)", re.I
)


_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY_NAMES = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_NAMES + r"\b|\b" + _MONTH_NAMES + r"\s+\d{1,2}\b")
_AGE_SPAN = re.compile(r"\b(?:aged|ages)\s+(?:between\s+)?(?:\d{1,3}|[a-z]+)(?:\s*(?:to|-|–|and)\s*\d{1,3})?\b")
_PART_DATE = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:on|in)\s+(?P<d>" + _DAY_NAMES + "|" + _MONTH_NAMES + r")\b")
_DATED_SPAN = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:on|over|across|between|in)\s+(?P<ds>(?:(?:"
    + _DAY_NAMES
    + "|"
    + _MONTH_NAMES
    + r")(?:,\s+|\s+and\s+)){1,6}(?:"
    + _DAY_NAMES
    + "|"
    + _MONTH_NAMES
    + r"))\b"
)


def _dated_total(doc: Document, by_sentence: dict[int, list[Figure]], i: int, parts: list[Figure]) -> Figure | None:
    """A total the parts split by date: "cancelled 412 flights on Thursday and Friday" and, in the next
    sentence, "236 flights on Thursday ... and 186 on Friday": one part for each day the total spans."""
    dates = []
    for p in parts:
        m = _PART_DATE.match(doc.text, p.end)
        if m is None:
            return None
        dates.append(m.group("d"))
    if len(set(dates)) != len(dates):
        return None
    head = canonical(parts[0].head) if parts[0].head else ""
    for j in (i - 1, i - 2):
        for g in by_sentence.get(j, []):
            if g.kind != parts[0].kind or g.unit != parts[0].unit or not g.usable or not g.head:
                continue
            if canonical(g.head) != head:
                continue
            span = _DATED_SPAN.match(doc.text, g.end)
            if span and set(re.findall(r"[A-Z][a-z]+", span.group("ds"))) == set(dates):
                return g
    return None


_WHOLE_DETERMINED = re.compile(
    r"(?:\b(?:the|its|their|his|her|our|these|those|this|that|all)|['’]s)\s+(?:[a-z][\w-]*\s+)?$", re.I
)  # the determiner is the figure's own ("the 36 workers", "the trust's 9,120", "the combined £5m")


def _inner_count(text: str, prev: Figure, f: Figure) -> bool:
    """Whether ``f`` counts a noun inside the words of the list item ``prev`` opens ("£120,000 for the two
    open races", "£310,000 from running the four buildings"): a count of another kind, with no list
    separator between the item's figure and it, is part of the item's description, not a list of its own."""
    return (
        f.kind == "count"
        and (f.kind, f.unit) != (prev.kind, prev.unit)
        and f.head is not None
        and f.end - prev.end <= 60
        and not _LIST_SEP.search(text, prev.end, f.start)
    )


def _list_runs(text: str, figs: list[Figure]) -> list[list[Figure]]:
    """Runs of two or more figures of one kind and unit joined like a list ("a, b and c")."""
    runs: list[list[Figure]] = []
    run: list[Figure] = []
    held: Figure | None = None  # a count inside the last item's words ("£120,000 for the two open races, ...")
    for f in figs:
        if run and held is None and _inner_count(text, run[-1], f):
            held = f
            continue
        if run:
            prev = run[-1]
            gap = text[prev.end : f.start]
            if held is not None:
                gap = gap.replace(held.text, " ", 1)
                held = None
            joined = (
                f.kind == prev.kind
                and f.unit == prev.unit
                and len(gap) <= 90
                and (
                    not _BARE_DIGIT.search(_AGE_SPAN.sub("", _DAY_MONTH.sub("", gap)))
                    or bool(_PAREN_ITEM_GAP.fullmatch(gap) and _in_parens(text, prev))
                )  # "32 kg for Mahda-2, 30
                # kg": a digit in a name is no figure; a date is ("236 flights on Thursday, 10 July, and 186 on
                # Friday"), and so is an age ("11 are aged 10 to 19 and five are adults")
                and _LIST_SEP.search(gap)
                and not _TOTAL_AFTER.match(text[f.end : f.end + 40])
                and not _TOTAL_CLOSES.match(text, prev.end, f.start)  # "2,300 members combined, with 1,400 ..."
                and len(run) < _MAX_PARTS
                and not (
                    len(run) == 1
                    and prev.definite
                    and _WHOLE_DETERMINED.search(text, max(0, prev.start - 30), prev.start)
                )
                # "Of the 36 workers, 24 ...": a whole, not a part; "its UK retail brands reached £512m, ..." is a part
                and not _SUBSET_LEAD.search(gap)  # "1,240 patients, of whom 610 ...": the whole
                and not _EXHAUSTIVE_BEFORE.search(gap)  # "9.6 million chips, split between 5.2 million ...": the whole
                and not _OF_THEM_AFTER.match(text, f.end)  # "11 were reviewed, 6 of which ...": a part of the last
                and not _PARTICIPLE_GAP.search(gap)  # "19 prints, arranged in nine rooms": a clause, not an item
            )
            if joined:
                run.append(f)
                continue
            if len(run) >= 2:
                runs.append(run)
        run = [f]
    if len(run) >= 2:
        runs.append(run)
    return runs


# The two outcomes of one trial, each the other's complement: "three reached orbit and three failed"
_OUTCOME_PAIRS = tuple(
    (frozenset(verb_stem(w) for w in good.split()), frozenset(verb_stem(w) for w in bad.split()))
    for good, bad in (
        ("reached succeeded passed worked landed completed finished survived won accepted approved", "failed"),
        ("won", "lost"),
        ("survived recovered", "died"),
        ("accepted approved granted", "rejected refused denied declined"),
        ("passed", "failed"),
    )
)
_FIRST_VERB = re.compile(r"\s+(?:(?:were|was|have|had|has)\s+)?([a-z]+)")


def _outcomes(text: str, parts: list[Figure]) -> bool:
    """Whether two parts are told with complementary outcome verbs ("three reached orbit and three failed",
    "12 passed and 4 failed"): the list is then the whole, whatever share it leaves out."""
    verbs = []
    for p in parts:
        m = _FIRST_VERB.match(text, p.end)
        verbs.append(verb_stem(m.group(1)) if m else "")
    a, b = verbs
    return any((a in good and b in bad) or (a in bad and b in good) for good, bad in _OUTCOME_PAIRS)


def _compatible_total(total: Figure, parts: list[Figure], marked: bool) -> bool:
    if total.kind != parts[0].kind or total.unit != parts[0].unit or total.value <= max(p.value for p in parts):
        return False
    if total.rate or total.capacity or total.hedge in ("above", "below"):
        return False
    heads = {p.head for p in parts if p.head}
    if total.kind == "count" and total.head in heads and _other_thing(total, heads):
        return False  # "650 people at its existing site, and the two sites will employ 1,100 people combined"
    if total.kind != "count" or marked:
        return True
    if not heads or total.head in heads:
        return True
    return _is_human(total.head or "") and all(_is_human(p.head) for p in parts if p.head)


_TIME_UNITS = _words("days day weeks week months month years year hours hour minutes minute decades")


def _other_thing(total: Figure, heads: set[str]) -> bool:
    """Whether a list that counts the total's noun also counts a thing of another kind ("650 people ... the
    two sites", "250 seats and 150 councils"): then it is no partition of the total, whatever marks it."""
    whole = total.head or ""
    human = _is_human(whole)
    kinds = {whole} | _coordinated_kinds(total)
    return any(
        h not in kinds and not (human and _is_human(h)) and counted(h) != counted(whole) and not same_kind(h, whole)
        for h in heads
    )  # WordNet last: "votes" and "ballots" are one kind, read only when the cheaper tests leave it open


def _coordinated_kinds(total: Figure) -> set[str]:
    """The other nouns a total counts when its noun is a coordination: "171 drones and missiles: 160
    drones, 6 cruise missiles and 3 ballistic missiles" counts missiles as well as drones."""
    if " and " not in total.window and " or " not in total.window:
        return set()
    m = re.search(
        re.escape(total.text.lower()) + r"\s+(?:[a-z-]+\s+){0,2}?(?P<a>[a-z]+)\s+(?:and|or|&)\s+"
        r"(?:[a-z-]+\s+){0,2}?(?P<b>[a-z]{3,})\b",
        total.window,
    )
    if m is None or _singular(m.group("a")) != total.head:
        return set()
    return {_singular(m.group("b"))}


def _elided_unit(total: Figure, parts: list[Figure]) -> bool:
    """Bare numbers after a measured total take its unit: "960 tonnes ...: 500 from roads, 300 from parks"."""
    return (
        total.kind == "measure"
        and total.unit not in _TIME_UNITS
        and all(p.kind == "count" and p.head is None for p in parts)
        and total.value > max(p.value for p in parts)
        and not (total.rate or total.capacity or total.hedge in ("above", "below"))
    )


def _same_kind_of_thing(total: Figure, parts: list[Figure]) -> bool:
    """People broken down into people, things into things: "9,000 residents: 3,000 dogs" is no breakdown."""
    heads = [p.head for p in parts if p.head]
    if _is_human(total.head or ""):
        return not heads or any(_is_human(h) for h in heads)  # "neighbours", "cooks": morphology cannot tell all
    return True  # "212 plaintiffs - 140 drivers ...": morphology cannot tell that a plaintiff is a person


def _is_person(head: str) -> bool:
    """Surely a person ("resident", "glaciologist", "employee"); "-er" nouns may be things ("tanker")."""
    return head in _HUMAN or head.endswith(("ist", "ian", "ant", "ent"))  # not "-ee": "bumblebee", "committee"


def _is_human(head: str) -> bool:
    """Whether a counted noun names people ("rescuers", "paramedics"), so that a head count totals them."""
    return head in _HUMAN or head.endswith(("er", "or", "ist", "ian", "ant", "ent", "ee", "ic"))


def _verb_like(word: str) -> bool:
    """A third-person verb or a participle after a money noun ("deal includes"), not a noun ("loss")."""
    return (word.endswith("s") and not word.endswith("ss")) or word.endswith("ing")


def _figures_by_sentence(doc: Document) -> dict[int, list[Figure]]:
    """The document's figures grouped by sentence, in text order (a fresh dict: callers may edit it)."""
    by_sentence: dict[int, list[Figure]] = {}
    for f in figures(doc):
        by_sentence.setdefault(f.sentence, []).append(f)
    return by_sentence


def breakdown_mismatches(doc: Document) -> list[Mismatch]:
    """Totals whose listed parts do not add up, the parts in the same or the next sentences."""
    text = doc.text
    sentences = _sentences(doc)
    by_sentence = _figures_by_sentence(doc)
    out: list[Mismatch] = []
    accounted: set[int] = set()  # totals a list of parts was already checked against (where they start)
    items = _item_lists(doc, by_sentence)
    for i in sorted(set(by_sentence) | set(items)):
        figs = by_sentence.get(i, [])
        sent = sentences[i]
        runs = _list_runs(text, figs)
        if i in items:
            runs = [items[i]]
        for parts in runs:
            if any(p.hedge in ("above", "below") or p.rate or p.old for p in parts):
                continue
            first, last = parts[0], parts[-1]
            itemised = i in items
            lead = text[sent.span.start : first.start] if not itemised else sent.text
            subset = _SUBSET_LEAD.search(lead[-30:])
            if (_PARTIAL.search(lead[-60:]) and not subset) or (
                not itemised and _PARTIAL.search(text[first.end : last.start])
            ):
                continue
            if not itemised and _UNCOUNTED_ITEM.match(text, last.end, min(sent.span.end, last.end + 60)):
                continue  # "6 caught, 3 bowled and 1 leg before": an item of one is not read as a figure
            if not itemised and _REST_UNCOUNTED.search(text, last.end, min(sent.span.end, last.end + 80)):
                continue  # "..., 9 in Hull, and the rest are elsewhere": a remainder the list does not count
            remaining = bool(_REMAINING.search(text[max(sent.span.start, last.start - 20) : last.start]))
            exhaustive = itemised or bool(
                _EXHAUSTIVE_BEFORE.search(text[max(sent.span.start, first.start - 40) : first.start])
            )
            # bracketed items after a total: all of it only when they come near it (a near-partition)
            bracketed = not (exhaustive or remaining) and len(parts) >= _PAREN_ITEMS and _in_parens(text, first)
            total, where = _find_total(doc, by_sentence, i, parts, remaining, exhaustive or bool(subset) or bracketed)
            if bracketed and total is not None and not _bracketed_split(text, total, parts, i):
                continue
            if total is None and not itemised:
                total = _dated_total(doc, by_sentence, i, parts)
                where = "split by date" if total is not None else where
            if total is None:
                split = exhaustive and _has_split_verb(sent.text)
                whole = len(parts) >= 3 and bool(_OF_NOUN.match(text, sent.span.start, first.start))
                if parts[0].kind == "percent" and whole and sum(p.value for p in parts) > 100 + len(parts) * 0.5:
                    split = True  # "Of the airline's revenue, 55% ..., 30% ... and 20% ...": more than all of it
                if parts[0].kind == "percent" and (remaining or split) and not _PARTIAL.search(lead[-60:]):
                    total_value, total_text, total_sentence = 100.0, "100%", i
                else:
                    continue
            else:
                total_value, total_text, total_sentence = total.value, _amount(total), total.sentence
            parts_sum = sum(p.value for p in parts)
            hedged = any(p.hedge for p in parts) or (total is not None and total.hedge)
            # within one rounding unit: "£1.9m + £0.8m + £0.3m" is £3.0m, whatever each part's last digit hides
            slack = (
                0.1 * total_value if hedged else max([p.precision for p in parts] + [total.precision if total else 0])
            )
            if total is not None and total.hedge in ("about", "nearly") and not any(p.hedge for p in parts):
                slack = _rounding_slack(total)  # "Some 41,000 homes: 23,000 ..., 12,500 ... and 4,000": 39,500
            if parts[0].kind == "percent" and not hedged:
                # shares are rounded: "29% + 17% + 5% + 0.2%" may be 51.2% or anything from 49.2% to 53.2%,
                # and a rounded total "51%" anything from 50.5% to 51.5%
                slack = max(slack, sum(_half_unit(p) for p in parts) + (_half_unit(total) if total else 0.0))
            if abs(parts_sum - total_value) <= slack + 1e-9:
                if total is not None:
                    accounted.add(total.start)
                continue
            if subset and (len(parts) < 3 or parts_sum <= total_value + slack):
                continue  # "of whom ..." lists part of a whole: only three or more parts that exceed it conflict
            if not 0.5 <= parts_sum / total_value <= 1.5:
                continue  # too far off to be this total's breakdown
            if total is not None:
                accounted.add(total.start)
            listed = " + ".join(_amount(p) for p in parts)
            unit_sum = _amount(_with_value(parts[0], parts_sum))
            arithmetic = f"{listed} = {unit_sum}, not {total_text}"
            psent = sentences[first.sentence]
            quote_parts = _clip(
                psent.text, first.start - psent.span.start, min(last.end, psent.span.end) - psent.span.start, 140
            )
            if itemised:
                quote_parts = "; ".join(_clip(sentences[p.sentence].text, 0, 0, 60) for p in parts)
            if total is not None:
                tsent = sentences[total.sentence]
                quote_total = _clip(tsent.text, total.start - tsent.span.start, total.end - tsent.span.start)
            else:
                quote_total = quote_parts
            list_sentence = first.sentence
            out.append(
                Mismatch(
                    "CON003",
                    where,
                    max(list_sentence, total_sentence),
                    min(list_sentence, total_sentence),
                    quote_parts,
                    quote_total,
                    arithmetic,
                    {"total": total_value, "parts": [p.value for p in parts], "sum": parts_sum},
                )
            )
    return out + _tally_mismatches(doc, by_sentence, accounted) + _continued_mismatches(doc, by_sentence, accounted)


_TALLY_SLACK = 0.05  # how near a tally's parts must come to its total to be read as all of them
_TALLY_REACH = 3  # sentences either side of a marked total that a tally's parts may sit in


def _tally_mismatches(doc: Document, by_sentence: dict[int, list[Figure]], accounted: set[int]) -> list[Mismatch]:
    """A total marked as one ("A total of 40,100 valid votes were cast", "In all, 212 people ...") whose parts are
    told one by one in the sentences around it ("Morgan won 14,212 votes", "Pryce came second with 11,904",
    "Reform UK took 8,311 votes, the Conservatives 3,050 ..."): every figure of the total's noun there (or
    without a noun, beside one that has it), each value once, three or more parts in two or more sentences,
    and a sum within 5% of the total that still misses it (nothing says the parts are all of it)."""
    text = doc.text
    sentences = _sentences(doc)
    out: list[Mismatch] = []
    for i, figs in by_sentence.items():
        if len(figs) > _MAX_TABLE:
            continue  # a table's figures are not told one by one around a total
        for t in figs:
            if t.kind == "percent" or not t.usable or t.hedge or t.start in accounted:
                continue
            if t.kind == "count" and not t.head:
                continue
            s = sentences[i]
            if not (
                _TOTAL_BEFORE.search(text[max(s.span.start, t.start - 20) : t.start])
                or _TOTAL_AFTER.match(text[t.end : min(s.span.end, t.end + 60)])
                or _opens_as_total(text, s, figs, t)
            ):
                continue
            parts: list[Figure] = []
            for j in range(max(0, i - _TALLY_REACH), min(len(sentences), i + _TALLY_REACH + 1)):
                own = by_sentence.get(j, [])
                if j == i or not own or len(own) > _MAX_TABLE or len(parts) > _MAX_PARTS:
                    continue
                if _PARTIAL.search(sentences[j].text) or _SUBSET_LEAD.search(sentences[j].text):
                    continue
                named = any(g.head == t.head for g in own)
                for g in own:
                    if g.kind != t.kind or g.unit != t.unit or not g.usable or g.hedge or g.value >= t.value:
                        continue
                    if t.kind == "count" and g.head != t.head and not (g.head is None and named):
                        continue  # (money and measures: the currency or unit is the noun)
                    if g.definite and any(p.value == g.value for p in parts):
                        continue  # "Labour's 11,904 votes" after "came second with 11,904": told again
                    parts.append(g)
            if len(parts) < 3 or len({p.sentence for p in parts}) < 2 or len(parts) > _MAX_PARTS:
                continue
            total = sum(p.value for p in parts)
            if abs(total - t.value) <= max(p.precision for p in parts) + t.precision + 1e-9:
                continue
            if not (1 - _TALLY_SLACK) * t.value <= total <= (1 + _TALLY_SLACK) * t.value:
                continue  # nothing says these are all the parts: only a near miss is a slip
            first, last = parts[0], parts[-1]
            firsts = {p.sentence: p for p in reversed(parts)}  # each sentence once, at its first part
            quote_parts = "; ".join(
                _clip(sentences[j].text, p.start - sentences[j].span.start, p.end - sentences[j].span.start, 70)
                for j, p in sorted(firsts.items())
            )
            out.append(
                Mismatch(
                    "CON003",
                    "across sentences",
                    max(last.sentence, i),
                    min(first.sentence, i),
                    quote_parts,
                    _clip(s.text, t.start - s.span.start, t.end - s.span.start),
                    f"{' + '.join(_amount(p) for p in parts)} = {_amount(_with_value(t, total))}, not {_amount(t)}",
                    {"total": t.value, "parts": [p.value for p in parts], "sum": total},
                )
            )
    return out


_OF_THE_N = re.compile(r"\s*(?:Of|Among)\s+(?:the|its|their|all)\s+$")


def _continued_mismatches(doc: Document, by_sentence: dict[int, list[Figure]], accounted: set[int]) -> list[Mismatch]:
    """A breakdown that opens with "Of the N" and goes on in the next sentence: "Of the 1,240 people enrolled,
    1,102 completed the 12 weeks. Ninety-six dropped out because of side effects, and 31 for other reasons."
    One count after the whole, the next sentence opening with a list of counts and holding no other, three or
    more parts, and a sum within a tenth of the whole that misses it (a near-partition, as for a head count)."""
    text = doc.text
    sentences = _sentences(doc)
    out: list[Mismatch] = []
    for i, figs in by_sentence.items():
        counts = [f for f in figs if f.kind == "count"]
        if len(counts) != 2 or i + 1 >= len(sentences):
            continue
        whole, first = counts
        sent, nxt = sentences[i], sentences[i + 1]
        if whole.start in accounted or not _OF_THE_N.fullmatch(text, sent.span.start, whole.start):
            continue
        following = [f for f in by_sentence.get(i + 1, []) if f.kind == "count"]
        if not following or following[0].start - nxt.span.start > 3:
            continue
        runs = _list_runs(text, following)
        if not runs or runs[0] != following:
            continue
        parts = [first, *following]
        if any(p.hedge or not p.usable or (p.head and p.head != whole.head) for p in parts):
            continue
        if _PARTIAL.search(sent.text) or _PARTIAL.search(nxt.text) or not whole.usable:
            continue
        total = sum(p.value for p in parts)
        if abs(total - whole.value) <= max(p.precision for p in parts) + whole.precision + 1e-9:
            continue
        if not 0.9 * whole.value <= total <= 1.1 * whole.value:
            continue
        out.append(
            Mismatch(
                "CON003",
                "across sentences",
                i + 1,
                i,
                _clip(nxt.text, following[0].start - nxt.span.start, following[-1].end - nxt.span.start, 140),
                _clip(sent.text, whole.start - sent.span.start, first.end - sent.span.start, 140),
                f"{' + '.join(_amount(p) for p in parts)} = {_amount(_with_value(whole, total))}, not {_amount(whole)}",
                {"total": whole.value, "parts": [p.value for p in parts], "sum": total},
            )
        )
    return out


_MAX_ITEMS = 12


def _rounding_slack(total: Figure) -> float:
    """How far exact parts may miss a hedged total: a unit of its last non-zero digit ("about 41,000" is
    40,500-41,499 rounded, so a thousand either way) or 2.5% of it, whichever is more. "About" rounds a
    figure; it does not license a total its own exact parts round to another value."""
    value = abs(total.value)
    unit = total.precision * 2 or 1.0
    while unit * 10 <= value and round(value / (unit * 10)) * unit * 10 == value:
        unit *= 10
    return max(unit, 0.025 * value)


def _half_unit(f: Figure) -> float:
    """How far a share may lie from what it says: half its last digit ("17%" is 16.5% to 17.5%)."""
    return f.precision or 0.5


def _item_lists(doc: Document, by_sentence: dict[int, list[Figure]]) -> dict[int, list[Figure]]:
    """Parts given as list items after a sentence that ends with a colon ("breaks down as follows:")."""
    sentences = _sentences(doc)
    out: dict[int, list[Figure]] = {}
    for i, sent in enumerate(sentences):
        if not sent.text.rstrip().endswith(":"):
            announced = _announced_items(by_sentence, sentences, i)
            if announced:
                out[i] = announced
            continue
        parts: list[Figure] = []
        for j in range(i + 1, min(len(sentences), i + 1 + _MAX_ITEMS)):
            figs = by_sentence.get(j, [])
            lead = figs[0] if figs else None
            if lead is None or lead.start - sentences[j].span.start > 3 or lead.rate or lead.old:
                break
            if parts and (lead.kind != parts[0].kind or lead.unit != parts[0].unit):
                break
            parts.append(lead)
        if len(parts) >= 2:
            out[i] = parts
    return out


def _announced_items(by_sentence: dict[int, list[Figure]], sentences: list[Sentence], i: int) -> list[Figure]:
    """ "The £2 million budget covers three things. Staff get £900,000. Equipment gets ...": a total that
    announces how many parts follow, and exactly that many sentences after it, one amount each."""
    figs = by_sentence.get(i, [])
    if len(figs) < 2:
        return []
    k = int(figs[-1].value) if figs[-1].kind == "count" and figs[-1].value == int(figs[-1].value) else 0
    total = figs[-2]
    if figs[-1].head is not None and figs[-1].head == total.head:
        return []  # "3 high, 2 medium and 2 low severity issues": a list of counts, not "covers two things"
    if not 2 <= k <= _MAX_ITEMS or total.kind == "percent" or i + k >= len(sentences) + 1:
        return []
    parts: list[Figure] = []
    for j in range(i + 1, min(len(sentences), i + 1 + k)):
        own = by_sentence.get(j, [])
        if len(own) != 1 or own[0].kind != total.kind or own[0].unit != total.unit or own[0].rate or own[0].old:
            return []
        parts.append(own[0])
    return parts if len(parts) == k else []


def _head_count_split(total: Figure, parts: list[Figure], own: list[Figure]) -> bool:
    """A head count split by role in the next sentence: the sentence's one count of people, three or more
    parts that name people (or nothing), and a sum within a tenth of it (a near-partition, not a subset)."""
    if len(parts) < 3 or not _is_human(total.head or "") or sum(1 for g in own if _people_count(g)) != 1:
        return False  # the sentence's one count of people ("620 staff between its two sites")
    if not all(p.head is None or _is_human(p.head) for p in parts):
        return False
    return 0.9 * total.value <= sum(p.value for p in parts) <= 1.1 * total.value and _compatible_total(
        total, parts, True
    )


_MONEY_ANAPHOR = re.compile(r"\bthe\s+(?:money|sum|cash|amount|funds)\b(?![^:]*\bof\b[^:]*:)", re.I)
_LEAD_AMOUNT = 6  # the opening sentences (headline, dateline, lead) that give a story's amount


def _principal_amount(by_sentence: dict[int, list[Figure]], unit: str, before: int) -> Figure | None:
    """The amount of money a story is about: every usable amount in its currency in the opening
    sentences has one value (the headline's "£1.37M" and the lead's "£1.37 million"); else None."""
    found = [
        f
        for j in range(min(_LEAD_AMOUNT, before))
        for f in by_sentence.get(j, [])
        if f.kind == "money" and f.unit == unit and f.usable and not f.hedge
    ]
    if not found or any(abs(f.value - found[0].value) > max(f.precision, found[0].precision) for f in found):
        return None
    return found[0]


_BARE_FOUR = re.compile(r"\d{4}")  # four digits without a comma: a year, a name or a code, not a head count
_CLAUSE_WORDS = re.compile(r"[a-z]{3,}")


def _described_by(doc: Document, e: Figure, f: Figure) -> bool:
    """Whether a word of the later figure's restrictive clause ("who have fallen ill") is said around the
    earlier figure ("made 114 patients and staff ill"): the clause describes the earlier group again."""
    clause = doc.text[f.end : f.end + 60].lower().split(",")[0]
    own = {w for w in _CLAUSE_WORDS.findall(clause) if w not in _STOP and w not in _LIGHT_WORDS}
    own -= {f.head or "", _plural_of(f.head)}
    around = set(_CLAUSE_WORDS.findall(e.window))
    return bool(own & around)


_LIGHT_WORDS = _words("who that which have has had been were was are being people person them they their")


def _plural_of(head: str | None) -> str:
    return "" if not head else head if head in _IRREGULAR_PLURALS else head + "s"


def _headline_amount(by_sentence: dict[int, list[Figure]], unit: str) -> Figure | None:
    """The amount a headline gives and the lead repeats first ("Harlow ordered to pay £43.2m" and "must pay
    £43.2m in damages"): the story's amount even when the opening sentences give others after it."""
    firsts = [
        next((f for f in by_sentence.get(j, []) if f.kind == "money" and f.unit == unit and f.usable), None)
        for j in range(_LEAD_AMOUNT)
    ]
    told = [f for f in firsts if f is not None][:2]
    if len(told) == 2 and not told[0].hedge and abs(told[0].value - told[1].value) <= told[0].precision:
        return told[0]
    return None


_INCOME = _words("revenue sale income turnover taking profit earning")
_TOTALLING = re.compile(
    r"\b(?:came|comes|come)\s+to|\btotall?(?:ed|ing|s)?\b|\bamount(?:ed|s)?\s+to|\badd(?:ed|s)?\s+up\s+to|"
    r"\b(?:final|whole|overall)\s+(?:bill|cost|sum|price|budget)\b",
    re.I,
)


def _amount_split(text: str, sentences: list[Sentence], total: Figure, parts: list[Figure], own: list[Figure]) -> bool:
    """An amount totalled in one sentence and split in the next ("The final bill came to £46 million. The fund
    gave £28 million, the council £11 million and donors £5 million"): the sentence's one figure of the parts'
    kind and unit, said to be a total there, three or more parts, and a sum within a tenth of it (a
    near-partition; revenue against a list of costs is not said to total anything)."""
    if len(parts) < 3 or total.kind not in ("money", "measure") or total.kind != parts[0].kind:
        return False
    if sum(1 for g in own if g.kind == total.kind and g.unit == total.unit) != 1 or total.head in _INCOME:
        return False  # "revenue came to £46 million. Wages cost £28 million, ...": costs do not split takings
    sent = sentences[total.sentence]
    if not _TOTALLING.search(text, max(sent.span.start, total.start - 40), total.start):
        return False
    return 0.9 * total.value <= sum(p.value for p in parts) <= 1.1 * total.value and _compatible_total(
        total, parts, True
    )


_INCOME_BEFORE = re.compile(r"\b(?:revenues?|sales|turnover|income|takings)\b", re.I)
_INCOME_PARTS = re.compile(
    r"\b(?:revenues?|sales|turnover|income|takings|brought\s+in|contributed|generated|earned|took\s+in)\b", re.I
)
_COST_WORDS = re.compile(r"\b(?:costs?|spent|spend|spending|wages|paid|bills?|expenses?|budget)\b", re.I)


def _income_split(text: str, sentences: list[Sentence], total: Figure, parts: list[Figure], own: list[Figure]) -> bool:
    """Takings told in one sentence and split by their sources in the next ("Revenue for the six months rose 4%
    to £842m. Sales at its UK retail brands reached £512m, foodservice brought in £201m and the international
    arm contributed £139m"): the sentence's one amount of the currency, named as income, three or more parts
    told as income (never as costs), and a sum within a tenth of it."""
    if len(parts) < 3 or total.kind != "money" or parts[0].kind != "money" or parts[0].unit != total.unit:
        return False
    if sum(1 for g in own if g.kind == total.kind and g.unit == total.unit) != 1 or not total.usable:
        return False
    sent, psent = sentences[total.sentence], sentences[parts[0].sentence]
    if not _INCOME_BEFORE.search(text, max(sent.span.start, total.start - 80), total.start):
        return False
    told = text[psent.span.start : parts[-1].end]
    if len(_INCOME_PARTS.findall(told)) < 2 or _COST_WORDS.search(psent.text):
        return False
    return 0.9 * total.value <= sum(p.value for p in parts) <= 1.1 * total.value


def _people_count(f: Figure) -> bool:
    return f.kind == "count" and (f.head is None or _is_human(f.head))


def _with_value(f: Figure, value: float) -> Figure:
    from dataclasses import replace

    return replace(f, value=value)


_ENDS: dict[int, tuple[list[Figure], list[int]]] = {}


def _ends(by_sentence: dict[int, list[Figure]], i: int) -> list[int]:
    """The end offsets of sentence ``i``'s figures, kept while the same list is asked about."""
    figs = by_sentence.get(i, [])
    cached = _ENDS.get(i)
    if cached is None or cached[0] is not figs or len(cached[1]) != len(figs):
        _ENDS.clear()  # one sentence at a time: no growth, no stale lists
        cached = (figs, [f.end for f in figs])
        _ENDS[i] = cached
    return cached[1]


def _find_total(
    doc: Document, by_sentence: dict[int, list[Figure]], i: int, parts: list[Figure], remaining: bool, exhaustive: bool
) -> tuple[Figure | None, str]:
    """The total a list of parts breaks down: in its sentence, or marked as a total in the two before."""
    text = doc.text
    sentences = _sentences(doc)
    figs = by_sentence.get(i, [])
    first, last = parts[0], parts[-1]
    n_parts = len(parts)

    def marked(f: Figure) -> bool:
        s = sentences[f.sentence]
        return bool(
            _TOTAL_BEFORE.search(text[max(s.span.start, f.start - 20) : f.start])
            or _TOTAL_AFTER.match(text[f.end : min(s.span.end, f.end + 60)])
            or _opens_as_total(text, s, by_sentence.get(f.sentence, []), f)
        )

    def counts_parts(f: Figure) -> bool:  # "three sites: 150 in Dayton ..." counts the parts, not their sum
        return f.value == n_parts and f.value <= 12

    # Only the nearest figure before the parts and the first after them are looked at: found by
    # binary search (figures are in text order, without overlaps), not by a walk of the sentence.
    ends = [f.end for f in figs] if len(figs) <= 64 else _ends(by_sentence, i)
    k = bisect.bisect_right(ends, first.start)
    announced = False  # "treated in two cities, 31 of them in ... and 12 in ...": as many parts as it says
    while k > 0 and counts_parts(figs[k - 1]):
        announced = announced or (figs[k - 1].head is not None and figs[k - 1].head not in {p.head for p in parts})
        k -= 1
    before = figs[k - 1 : k] if k > 0 else []
    j = bisect.bisect_left(ends, last.end)
    while j < len(figs) and figs[j].start < last.end:
        j += 1
    after = figs[j : j + 1]
    while k > 1 and figs[k - 1].kind != first.kind and figs[k - 1].unit in _TIME_UNITS:
        k -= 1  # "gave 3,940 doses in the first two weeks: 2,210 at ...": a length between the total and its parts
    if k > 1 and exhaustive and figs[k - 1].value <= max(p.value for p in parts):
        k -= 1  # "The team of 38 astronomers came from 12 institutions: 20 ...": 12 cannot be the sum
    before = figs[k - 1 : k] if k > 0 else []
    for f in reversed(before):
        s = sentences[f.sentence]
        # two parts may overlap ("30 were women and 25 were over 60"): only two that leave a little over are read
        near_all = n_parts >= 3 or (
            n_parts == 2 and (0.9 * f.value <= sum(p.value for p in parts) < f.value or _outcomes(text, parts))
        )
        partitive = near_all and bool(_PARTITIVE.search(text[max(s.span.start, f.start - 24) : f.start]))
        # "57 ships waiting ...: 31 container vessels, 14 bulk carriers and 9 tankers": a list set off right
        # after the total's own words breaks that total down, whatever nouns its parts use
        introduced = (bool(_INTRODUCED.match(text, f.end, first.start)) or exhaustive) and _same_kind_of_thing(f, parts)
        # "The 140 works on show are 62 paintings, 51 drawings and 19 prints", "The £212m was paid for with £120m
        # from ...": a definite total the sentence is about, said to be its parts
        identity = f.definite and bool(_IDENTITY_GAP.fullmatch(text, f.end, first.start))
        identity = identity or (announced and _same_kind_of_thing(f, parts))
        introduced = introduced or identity
        if (remaining or exhaustive or marked(f) or partitive or identity) and _compatible_total(
            f, parts, marked(f) or introduced
        ):
            return f, "same sentence"
        if introduced and _elided_unit(f, parts):
            return f, "same sentence"  # "4,200 metres of ascent: 1,300 at Fleet Moss, 1,100 at ...": the unit said once
        break
    for f in after[:1]:
        if marked(f) and _compatible_total(f, parts, True):
            return f, "same sentence"
    sent = sentences[i]
    split = _has_split_verb(sent.text) and exhaustive
    back = _OF_NOUN.match(text, sent.span.start, first.start)
    if back and (remaining or n_parts >= 3):  # "Of the starters, 11,200 were men ...": the runners who started
        found = _named_whole(sentences, by_sentence, i, parts, back)
        if found is not None:
            return found, "across sentences"
    phrase = _OF_PHRASE.fullmatch(text, sent.span.start, first.start) if figs and figs[0] is first else None
    if phrase:  # "Of the men underground, 12 are ...", "Of those who have fallen ill, 78 are ...": described again
        found = _described_whole(sentences, by_sentence, i, parts, phrase.group("np"), remaining)
        if found is not None:
            return found, "across sentences"
    if n_parts >= 2 and i > 0 and _OF_THOSE.match(text, sent.span.start, first.start) and figs[0] is first:
        # "Hartley's employs 640 people. Of those, 380 work at ...": the previous sentence's last count that
        # can hold the parts ("86 drones over seven regions. Of those, 41 ...": seven cannot)
        for f in reversed(by_sentence.get(i - 1, [])):
            if f.kind == first.kind and f.value <= max(p.value for p in parts):
                continue
            two = n_parts == 2 and not (remaining or _outcomes(text, parts))
            if two and sum(p.value for p in parts) < 0.9 * f.value:
                break  # "Of those, 41 came down over Bryansk and 22 over Kursk": two places, not all of them
            if not counts_parts(f) and not f.rate and _compatible_total(f, parts, True):
                return f, "across sentences"
            break
    if exhaustive and not before and _INTRODUCED.match(text, sent.span.start, first.start):
        # "The warehouse held 1,800 tonnes of stock. ... The stock was mostly paper and packaging: 1,100 tonnes
        # of cardboard, ...": the subject repeats the total's noun
        nouns = {_singular(w) for w in _WORD.findall(text[sent.span.start : first.start]) if w.lower() not in _STOP}
        for j in range(i - 1, max(-1, i - 4), -1):
            hit = [f for f in by_sentence.get(j, []) if f.head in nouns and _compatible_total(f, parts, True)]
            if hit:
                return hit[-1], "across sentences"
    if exhaustive and not before and first.kind == "money":
        # "the money was taken from three funds: £820,000 from ...": "the money" is the story's amount, the one
        # its opening sentences give (all of them the same figure, or it is not clear which)
        clause = text[max(sent.span.start, first.start - 120) : first.start]
        if _MONEY_ANAPHOR.search(clause):
            principal = _principal_amount(by_sentence, first.unit, i)
            if principal is not None and _compatible_total(principal, parts, True):
                return principal, "across sentences"
    for j in (i - 1, i - 2):
        if j < 0 or sentences[j].paragraph < sent.paragraph - 1:
            break
        for f in reversed(by_sentence.get(j, [])):
            if counts_parts(f):
                continue
            near = j == i - 1 or remaining or exhaustive  # two sentences back, the list must say it is complete
            if (
                near
                and marked(f)
                and _compatible_total(f, parts, True)
                and _told_as_all(text, sent, sentences[j], f, parts, remaining or exhaustive)
            ):
                return f, "across sentences"
            if split and j == i - 1 and _compatible_total(f, parts, False):
                return f, "across sentences"
            if j == i - 1 and _head_count_split(f, parts, by_sentence.get(j, [])):
                return f, "across sentences"  # "Skylark employed 1,240 people. Pilots numbered 310, cabin crew 540 ..."
            if j == i - 1 and _income_split(text, sentences, f, parts, by_sentence.get(j, [])):
                return (
                    f,
                    "across sentences",
                )  # "Revenue ... rose 4% to £842m. Sales at its UK brands reached £512m, ..."
            if j == i - 1 and _amount_split(text, sentences, f, parts, by_sentence.get(j, [])):
                return f, "across sentences"  # "The final bill came to £46 million. The fund gave £28 million, ..."
            if j == i - 1 and n_parts >= 2 and f.head and f.head in {p.head for p in parts}:
                heads = {p.head for p in parts}
                if any(f in run for run in _list_runs(text, by_sentence.get(j, []))):
                    continue  # "14 named storms, seven hurricanes ... An average year has 12 named storms, ...": two lists
                announces = any(counts_parts(g) and g.head not in heads for g in by_sentence.get(j, []) if g is not f)
                if announces and _compatible_total(f, parts, False):
                    return f, "across sentences"  # "The 90 delegates came from 3 countries. France sent 40 ..."
    return None, ""


_PART_DATE_OPENING = re.compile(r"\s*(?:In|By|During|Since)\s+(?P<d>(?:19|20)\d\d|" + _MONTH_NAMES + r")\b")


def _told_as_all(
    text: str, sent: Sentence, tsent: Sentence, total: Figure, parts: list[Figure], complete: bool
) -> bool:
    """Whether a list in a later sentence can be all of a total marked in an earlier one: two parts must come
    near it ("Leeds had 700 and Bradford 400" may be two towns of many), a list dated otherwise ("In 2023,
    Leeds had ...") is another moment's, and a part of the total's noun beside a part of another noun ("250
    seats and 150 councils") makes the list no breakdown of it."""
    if len(parts) == 2 and not complete and sum(p.value for p in parts) < 0.9 * total.value:
        return False
    dated = _PART_DATE_OPENING.match(text, sent.span.start)
    if dated and dated.group("d") not in tsent.text:
        return False
    heads = {p.head for p in parts if p.head}
    return complete or not (total.head in heads and len(heads) > 1)


def _named_whole(
    sentences: list[Sentence], by_sentence: dict[int, list[Figure]], i: int, parts: list[Figure], back: re.Match[str]
) -> Figure | None:
    """The whole "Of the confirmed cases," names: the nearest earlier figure (up to ``_BACK_REACH`` sentences
    back: news paragraphs are often one sentence) whose noun, or the verb it names ("starters": who started), is the
    phrase's and whose words hold the phrase's other words ("confirmed"). When several such figures are in
    reach and one of them is the sum of the parts, that one is the whole: the list agrees with it."""
    word = back.group("word").lower()
    mods = [w for w in back.group("mods").lower().split() if w not in _STOP]
    if back.group("after"):
        mods.append(back.group("after").strip().lower())
    stems = {verb_stem(word), verb_stem(word[:-2]) if word.endswith(("ers", "er")) else verb_stem(word)}
    found: list[Figure] = []
    for j in range(i - 1, max(-1, i - 1 - _BACK_REACH), -1):
        for f in reversed(by_sentence.get(j, [])):
            if f.kind == "measure" and f.unit == word and (f.usable or _dated_only(f)):
                # "discharged for 3,900 hours in 2024. Of those hours, 2,100 came from ...": the unit named again
                if all(p.kind == "count" and p.head is None for p in parts) and f.value > max(p.value for p in parts):
                    found.append(f)
                continue
            same = f.head == _singular(word) or bool(stems & set(f.verbs))
            if not same or not f.usable or f.value == len(parts) or not _compatible_total(f, parts, True):
                continue
            if mods and not all(m in f.window or verb_stem(m) in f.verbs for m in mods):
                continue  # "Of the confirmed cases" is not the suspected ones
            found.append(f)
    if not found:
        return None
    total = sum(p.value for p in parts)
    slack = max([p.precision for p in parts] + [0.0])
    return next((f for f in found if abs(f.value - total) <= max(slack, f.precision) + 1e-9), found[0])


_PARTICIPLE_GAP = re.compile(r",\s*[a-z]{3,}(?:ed|en)\s+(?:in|on|at|by|across|over|under|around|throughout)\s")
_IDENTITY_GAP = re.compile(
    r"(?:\s+[a-z][\w'’-]*){0,3}?\s+(?:are|were|comprised?|comprises|(?:is|was|are|were|has\s+been|have\s+been)\s+"
    r"(?:paid\s+for|funded|financed|met|covered|raised)\s+(?:with|by|from|through))\s+"
)
_OF_PHRASE = re.compile(r"\s*(?:Of|Among)\s+(?P<np>(?:the|those|these|its|their)\b[^,;:.\d()]{0,60}),\s*")
_PERSON_WORDS = _words("men women people those these persons individuals")
_PHRASE_LIGHT = _words("the those these its their who that which have has had been were was are being is")


def _described_whole(
    sentences: list[Sentence], by_sentence: dict[int, list[Figure]], i: int, parts: list[Figure], np: str, rest: bool
) -> Figure | None:
    """The whole an opening "Of the men underground," or "Of those who have fallen ill," describes: the nearest
    figure of the ``_BACK_REACH`` sentences before (or of the story's opening sentences) whose noun is the phrase's (or, for "men", "people",
    "those", a count of people) and whose words hold one of the phrase's own ("underground", "ill"). Two
    parts are all of it only when they leave under a tenth unaccounted (two may overlap, or be two of many)."""
    words = [w.lower() for w in _WORD.findall(np)]
    content = [w for w in words if w not in _PHRASE_LIGHT and w not in _STOP]
    noun = next((w for w in content if _is_plural(w)), None)
    if noun is None and words[0] not in ("those", "these"):
        return None
    described = [w for w in content if w != noun]
    generic = noun is None or noun in _PERSON_WORDS
    if generic and not described:
        return None  # "Of those," is the sentence before's (``_OF_THOSE``); "Of the people," says nothing more
    total = sum(p.value for p in parts)
    near = list(range(i - 1, max(-1, i - 1 - _BACK_REACH), -1))
    lead = [j for j in range(min(_LEAD_AMOUNT, i)) if j not in near]  # or the story's opening: its head count
    for j in near + lead[::-1]:
        for f in reversed(by_sentence.get(j, [])):
            if f.kind != "count" or not f.usable or f.value == len(parts):
                continue
            if not (f.head == _singular(noun or "") or (generic and _people(f.head))):
                continue
            if described and not any(w in f.window or verb_stem(w) in f.verbs for w in described):
                continue
            if not _compatible_total(f, parts, True):
                continue
            if len(parts) == 2 and not rest and not 0.9 * f.value <= total <= f.value:
                return None  # "Of the men underground, 12 are women and 9 are over 60": some of them, or overlapping
            return f
    return None


# ---------------------------------------------------------------- restatements

_CHANGE_VERB_OF = {
    noun: verb_stem(verb)
    for noun, verb in (
        ("rise", "rise"), ("increase", "increase"), ("fall", "fall"), ("drop", "drop"), ("decline", "decline"),
        ("jump", "jump"), ("gain", "gain"), ("growth", "grew"), ("climb", "climb"), ("slump", "slump"),
        ("surge", "surge"), ("plunge", "plunge"), ("decrease", "decrease"), ("dip", "dip"), ("slide", "slid"),
        ("loss", "lost"), ("cut", "cut"), ("reduction", "reduced"),
    )
}  # fmt: skip
_CONTAINERS = _words(
    "scheme programme program package plan fund deal budget project contract grant award investment bailout loan "
    "takeover purchase acquisition merger buyout"
)
_COST_NOUNS = _words("budget cost bill price")
# "the £47m overspend" names what "£38m over its original budget" told: the amount by which a cost went over
_OVERRUNS = _words("overspend overrun overshoot")
_OVER_BUDGET = re.compile(
    r"\s+(?:over|above)\s+(?:(?:its|the|their|his|her|our)\s+)?(?:original\s+|initial\s+|planned\s+|agreed\s+)?"
    r"(?:budget|estimate)\b",
    re.I,
)
_COST = verb_stem("cost")
_LEAD_SENTENCES = 3  # a container amount ("the €2.1 million scheme") refers back to the lead's amount
_MAX_ANTECEDENTS = 40  # earlier figures of one noun a definite figure is compared with
_LIGHT = frozenset(
    verb_stem(v)
    for v in ["said", "say", "saying", "told", "according", "reported", "including", "included", "being", "having"]
)
# Verbs of answering and opinion: in a survey every share "said", "found", "agreed" or "chose"
# something; sharing one of them does not make two shares one statement (real copy: the Rust
# survey posts, "56% found it has improved" against "61% found that they improved").
_ANSWERING = frozenset(
    verb_stem(v)
    for v in [
        "found", "agreed", "answered", "noted", "indicated", "thought", "believed", "felt", "wanted", "wished",
        "preferred", "chose", "picked", "selected", "considered", "mentioned", "cited", "listed", "rated",
        "named", "expressed", "described", "claimed", "identified", "voted", "expected", "hoped",
    ]
)  # fmt: skip


def _key(f: Figure) -> tuple[str, str, str]:
    unit = f"{f.unit}/{f.per}" if f.rate else f.unit  # a rate meets only rates of its period ("a day", "every day")
    return (f.kind, unit, counted(f.head) if f.head else "")  # "85,000 travellers" restates "58,000 passengers"


# Counted nouns that name the same people or things in news copy ("about 300 staff" and "the 340
# employees"); not nouns of which one is a part of the other ("staff" and "contractors", "cars" and "vehicles")
_SAME_COUNTED = {"employee": "staff", "personnel": "staff", "pupil": "student", "vessel": "ship",
                 "physician": "doctor", "inhabitant": "resident"}  # fmt: skip


def counted(head: str) -> str:
    """One name for a counted noun: the kinds of ``senses`` ("traveller" is "passenger") and a few synonyms."""
    name = canonical(head)
    return _SAME_COUNTED.get(name, name)


def _rate_only(f: Figure) -> bool:
    """A rate of a stated period ("4.2 million jobs a day") that is nothing else set apart: it restates, and
    is restated by, only a rate of the same noun and period ("the 2.4 million jobs we push through every day")."""
    return f.rate and bool(f.per) and not (f.old or f.hypothetical or f.capacity or f.additional)


_SAME_EVENT = {
    verb_stem("died"): (verb_stem("killed"),), verb_stem("killed"): (verb_stem("died"),),
    verb_stem("injured"): (verb_stem("wounded"), verb_stem("hurt")), verb_stem("wounded"): (verb_stem("injured"),),
}  # fmt: skip


@lru_cache(maxsize=1)
def _places_by_demonym() -> dict[str, tuple[str, ...]]:
    """A demonym ("british") and the lower-case names of its country ("britain", "uk", "united kingdom")."""
    g = gazetteer()
    aliases: dict[str, list[str]] = {}
    for alias, key in g.keys.items():
        if key:
            aliases.setdefault(key, []).append(alias.lower())
    demonyms = load_toml("entities.toml").get("countries", [])
    return {d.lower(): tuple(aliases.get(entry["key"], ())) for entry in demonyms for d in entry.get("demonyms", [])}


def _place_in(word: str, window: str) -> bool:
    """Whether a demonym modifier names a country the window names ("british" and "in Britain")."""
    names = _places_by_demonym().get(word)
    return bool(names) and any(re.search(r"\b" + re.escape(n) + r"\b", window) for n in names)


def _same_group(a: Figure, b: Figure) -> bool:
    """Whether figure ``b`` can restate the earlier ``a`` (nothing in the text sets them apart).

    The later figure may add words ("the 5,200 evacuated residents"); an earlier figure with words the
    later lacks names a subgroup ("his two fellow magistrates" is not "the three magistrates").
    """
    extra_a, extra_b = set(a.modifiers) - set(b.modifiers), set(b.modifiers) - set(a.modifiers)
    if extra_a and (a.kind == "count" or extra_b):
        return False  # money and percentages: "a £45m pre-tax loss" and "the loss of £54 million" are one loss
    new_words = {w for w in extra_b if w not in a.window and verb_stem(w) not in a.verbs}
    if new_words:  # "Solace's 1.9 million British users" and "2.4 million users in Britain": one place
        new_words = {w for w in new_words if not _place_in(w, a.window)}
    if (
        b.low > a.high
    ):  # a larger group cannot be a part: "the 3,400 striking dockworkers" describes "2,400 dockworkers"
        new_words = {w for w in new_words if not w.endswith(("ing", "ed"))}
    if new_words and a.kind == "count" and _disjoint(a, b):
        return False  # "four cores" then "the two available cores", "14 candidates" then "the 1,949 congressional
        # candidates": a later count with words the earlier's sentence lacks ("4,000 residents were
        # evacuated" gives "the 5,200 evacuated residents" nothing new) and another value names a subgroup
    if a.possessor and b.possessor and a.possessor != b.possessor:
        return False
    if a.pronoun and b.pronoun and a.pronoun != b.pronoun and not {a.pronoun, b.pronoun} <= {"its", "their"}:
        return False  # "his four overs" and "their 20 overs": one bowler's and the team's
    if b.possessor and not a.possessor and a.kind == "count" and b.possessor.lower() not in a.window:
        return False  # "Labour's 11,904 votes" is not "Morgan ... won 14,212 votes": the earlier count is another's
    for f, other in ((a, b), (b, a)):
        if (
            f.restrictive
            and not ({f.restrictive, *_SAME_EVENT.get(f.restrictive, ())} & other.verbs)
            and (f.restrictive not in _LIGHT)
        ):
            return False  # "the 11 people who died" is not "183 people pulled from the water"
    return True


# Agent nouns and the suffix that makes them from their verb: "survivor", "attendee", "participant",
# "signatory", "competitor", "bidder" (a doubled consonant)
_AGENT_SUFFIXES = ("atory", "itor", "ory", "ant", "ent", "ee", "er", "or")


_ACTS = {"flight": "fly", "drive": verb_stem("drove"), "ride": verb_stem("rode"), "swim": verb_stem("swam")}
_ACT_NOUNS = _words("flight drive ride swim walk run climb dive trek hike march sail descent ascent")


def _action_verb(head: str) -> str | None:
    """The verb stem a noun of an act names ("flight": flew; "walk": walked), for a measure of that act."""
    if head not in _ACT_NOUNS:
        return None
    return _ACTS.get(head, verb_stem(head))


@lru_cache(maxsize=1024)
def _agent_acts(head: str) -> frozenset[str]:
    """The verb stems an agent noun names the doers of ("survivor": survived; "evacuee": evacuated), by
    morphology; none for a short word or one no suffix fits. Only looked for where a definite count has no
    earlier figure of its own noun, and only counts of people are its antecedents ("the family owned 40
    shops" does not count "the three owners")."""
    if len(head) <= 4:
        return frozenset()
    for suffix in _AGENT_SUFFIXES:
        base = head[: -len(suffix)]
        if head.endswith(suffix) and len(base) >= 3:
            forms = {base, base + "e", base + "ate"}
            if len(base) > 3 and base[-1] == base[-2]:
                forms.add(base[:-1])  # "bidder": bid
            return frozenset(verb_stem(w) for w in forms)
    return frozenset()


def _planned_only(f: Figure) -> bool:
    """A count of a plan told as fact ("Fourteen bus routes will be cut") that nothing else sets apart: an
    antecedent a later definite figure ("the 11 routes being withdrawn") may restate, never compared itself."""
    return f.planned and not (f.old or f.rate or f.capacity or f.additional)


def _dated_only(f: Figure) -> bool:
    """A figure set aside only because a date follows it ("32 goals last season"), nothing else."""
    return bool(f.dated) and not (f.hypothetical or f.rate or f.capacity or f.additional)


def _same_date(sentences: list[Sentence], e: Figure, f: Figure) -> bool:
    """Whether both figures' sentences name the date one of them is tied to ("last season")."""
    for date in {e.dated, f.dated} - {""}:
        if date not in sentences[e.sentence].text.lower() or date not in sentences[f.sentence].text.lower():
            return False
    return True


_ANY_YEAR = dt.date(2100, 12, 31)
_DESCRIPTION = re.compile(r"[a-z][a-z-]{3,}")


def _described_alike(sentences: list[Sentence], e: Figure, f: Figure) -> bool:
    """Whether a demonstrative figure ("Those 1,780 households in temporary rooms") describes its
    antecedent again ("1,870 households living in temporary accommodation"): a word of its own
    besides the counted noun; "These six functions convert integers" after "19 functions were made
    const" points at something else (a list just shown)."""

    if e.rate and f.rate and e.per and e.per == f.per:
        return True  # "those 1,400 daily builds" and "4,000 builds a day": the period describes them alike

    def after(g: Figure) -> set[str]:
        sent = sentences[g.sentence]
        rel = g.end - sent.span.start
        words = set(_DESCRIPTION.findall(sent.text[rel : rel + 60].lower())) - _STOP
        return {w for w in words if _singular(w) != g.head}  # "countries" is the counted noun, no description

    return bool(after(f) & after(e))


# What narrows a definite figure's noun to a part of a whole: a phrase of place, time or kind right after
# it ("the 200 engineers in its Cork office", "the 12,000 visitors on Friday night", "the 10 companies
# with the biggest falls"), a contact clause ("the 300 users we interviewed") or a later moment ("the 23
# miners still missing").
_NARROWING = re.compile(
    r"\s+(?:(?:in|on|at|from|with|near|inside|outside|within|among|across|under|based\s+in|living\s+in|"
    r"working\s+in)\s+(?P<pp>[^,.;:!?()\d]{2,60})|(?:we|they|I|he|she|you)\s+(?P<cv>[a-z]{3,}ed)\b|"
    r"(?P<later>still|now|currently|yet\s+to)\s+(?:at|in|on|with|under|inside|outside|without|[a-z]{3,}(?:ing|ed)|"
    r"alive|open|left|unaccounted|abroad|away|homeless|here|there|be)\b)"
)  # not a bare participle: "the 36 trucks waited at a checkpoint" is a finite verb, the trucks restated
_WHEN = (  # words that name a time: a period, a part of a day, a weekday, a month, a year
    r"years?|months?|weeks?|weekend|days?|quarters?|season|decade|night|morning|evening|afternoon|today|"
    r"yesterday|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|(?:19|20)\d\d"
)
_WHEN_WORD = re.compile(_WHEN, re.I)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$|\s(?:and|but|after|before|when)\b)")
_NOUN_TOKEN = re.compile(r"\s*([A-Za-z][\w'’-]*)")


def _narrowed_set(doc: Document, sentences: list[Sentence], f: Figure) -> bool:
    """Whether a later definite figure names a set of its own, a part of an earlier whole or a whole
    around an earlier part, not the earlier figure's set again.

    Its noun is narrowed by words the article has not used before its sentence: "The firm employs 5,000
    engineers" and "the 200 engineers in its Cork office"; "3,000 nurses went on strike" and "the 30,000
    nurses in the region"; "the 85 countries in the survey" after "The survey covers 90 countries" narrows
    nothing new and is still compared.
    """
    if not (f.definite and f.head and f.kind == "count"):
        return False  # an amount is no set: "the £120m purchase in cash" is the purchase
    text = doc.text
    pos, limit = f.end, sentences[f.sentence].span.end
    for _ in range(5):  # the counted noun ends the phrase within a few words ("the 200 software engineers")
        tok = _NOUN_TOKEN.match(text, pos, limit)
        if tok is None:
            return False
        pos = tok.end()
        if _singular(tok.group(1)) == f.head:
            break
    else:
        return False
    m = _NARROWING.match(text, pos, limit)
    if m is None:
        return False
    if m.group("later"):
        return True  # "the 23 miners still missing", "the 40 staff now at the depot": a later moment's set
    words = set(_DESCRIPTION.findall(m.group(0).lower())) - _STOP
    adverbial = m.group("pp") and all(_WHEN_WORD.fullmatch(w) for w in words)
    if adverbial and _CLAUSE_END.match(text, m.end(), limit):
        return False  # "sent to all 600 members on Friday.": when it was sent, not which members
    start, first = sentences[f.sentence].span.start, _first_uses(doc)  # built only when a phrase needs it
    return bool(words) and not any(_told_before(first, w, start) for w in words)  # "inside the ground" named


def _first_uses(doc: Document) -> dict[str, int]:
    """Where each word (and its singular) is first used in the article: built once, so that asking whether a
    word was told before a sentence costs one look-up, not a scan of the text before it."""

    def build(d: Document) -> dict[str, int]:
        first: dict[str, int] = {}
        for m in _DESCRIPTION.finditer(d.text.lower()):
            first.setdefault(m.group(0), m.start())
            first.setdefault(_singular(m.group(0)), m.start())
        return first

    return doc.derived("consistency.first-uses", build)


def _told_before(first: dict[str, int], word: str, start: int) -> bool:
    return min(first.get(word, start), first.get(_singular(word), start)) < start


def _owners_whole(doc: Document, sentences: list[Sentence], e: Figure, f: Figure) -> bool:
    """Whether the later, larger figure is the count of an owner the article has not named before ("Around
    40 pupils fell ill" and "the school's 650 pupils"): the owner's whole, which holds the earlier group."""
    if not (f.owner and not e.owner and e.kind == "count" and f.low > e.high):
        return False
    return not _told_before(_first_uses(doc), f.owner.lower(), sentences[f.sentence].span.start)


def _disjoint(a: Figure, b: Figure) -> bool:
    return a.high < b.low or b.high < a.low


def restatement_mismatches(doc: Document) -> list[Mismatch]:
    """A definite figure ("the 36 trucks") that disagrees with an earlier figure of the same noun.

    Percentages of one population with the same verb ("18 percent of households responded",
    "14 percent of households responding") are compared too. Blocks are keyed by kind, unit
    and counted noun, and each definite figure looks back at most ``_MAX_ANTECEDENTS`` figures.
    """
    sentences = _sentences(doc)
    blocks: dict[tuple[str, str, str], list[Figure]] = {}
    by_verb: dict[tuple[str, str, str], list[Figure]] = {}
    containers: dict[str, list[Figure]] = {}
    overs: dict[str, list[Figure]] = {}  # amounts told as over a budget, by currency
    out: list[Mismatch] = []
    figs = figures(doc)
    survey = _survey_populations(doc.text, figs)
    dateline = -1  # where the dateline ends: read only when a pair gets as far as comparing dates (rarely)
    grown: dict[tuple[str, str, str], int] = {}  # where each noun last gained "another"/"additional" members
    for f in figs:
        if f.head and f.additional:
            grown[_key(f)] = f.start
        if f.head is None and f.kind == "money" and f.usable and _COST in f.verbs:
            by_verb.setdefault((f.kind, f.unit, _COST), []).append(f)  # "The film cost $250 million": what it cost
        if f.kind == "money" and f.usable and _OVER_BUDGET.match(doc.text, f.end):
            overs.setdefault(f.unit, []).append(f)  # "£38m over its original budget": what "the overspend" restates
        if f.head is None and f.kind == "measure" and f.usable and not f.compound:
            for v in sorted(f.verbs)[:6]:  # "flew about 1,000 km": what "The 1,300-km flight" measures
                by_verb.setdefault((f.kind, f.unit, v), []).append(f)
        if not f.head or not (f.usable or _dated_only(f) or _rate_only(f) or _planned_only(f)):
            continue
        pointed = f.definite and bool(_DEMONSTRATIVE.search(doc.text[max(0, f.start - 8) : f.start]))
        acted: set[int] = set()  # earlier figures tied to ``f`` by the act its noun names
        if _SELECTED.search(doc.text[max(0, f.start - 16) : f.start]) or _POINTED.match(doc.text, f.end):
            continue  # "the first two rows", "the 10 rows out of 100", "the two lists returned above": a selection
        block = blocks.setdefault(_key(f), [])
        floor = max(sentences[f.sentence].span.start, f.start - 24)
        partitive = bool(_PARTITIVE.search(doc.text[floor : f.start]))
        candidates = block
        if f.rate:
            pass
        elif f.definite and f.compound and f.kind == "measure" and f.head and (act := _action_verb(f.head)):
            # "The 1,300-km flight" measures what "flew about 1,000 km" told: the noun of the act
            told = [g for g in by_verb.get((f.kind, f.unit, act), []) if g.head is None and not g.compound]
            acted = {id(g) for g in told}
            candidates = sorted({id(g): g for g in [*block, *told]}.values(), key=lambda g: g.start)
        elif f.definite and not block and (acts := _agent_acts(f.head)):
            # "the finishers": who finished; "the 340 survivors", "the 1,100 evacuees", "the 41 signatories"
            told = [g for v in sorted(acts) for g in by_verb.get((f.kind, f.unit, v), []) if _people(g.head)]
            candidates = sorted({id(g): g for g in told}.values(), key=lambda g: g.start)
        elif f.definite and f.kind == "percent" and f.head in _CHANGE_VERB_OF:
            # "the 2.3% rise": what rose (and the earlier "rise"s too: "a further loss of 2.5 per cent in 2024")
            told = by_verb.get((f.kind, f.unit, _CHANGE_VERB_OF[f.head]), [])
            candidates = sorted([*block, *told], key=lambda g: g.start) if block and told else block or told
        elif f.definite and f.kind == "money" and f.head in _OVERRUNS and overs.get(f.unit):
            candidates = sorted({id(g): g for g in [*block, *overs[f.unit]]}.values(), key=lambda g: g.start)
        elif f.definite and not block and f.kind == "money" and (f.head in _CONTAINERS or f.head in _COST_NOUNS):
            candidates = containers.get(f.unit, [])  # "the €2.1 million scheme" and the lead's "€2.4 million in grants"
            if f.head in _COST_NOUNS and f.owner:  # "The film's $200 million budget" and "The film cost $250 million"
                costed = [e for e in by_verb.get((f.kind, f.unit, _COST), []) if f.owner in e.window]
                candidates = sorted({id(e): e for e in [*candidates, *costed]}.values(), key=lambda g: g.start)
        # "the 200 engineers in its Cork office" are some of "5,000 engineers worldwide": a set of its own
        if (f.definite or f.kind == "percent") and not f.planned and not _narrowed_set(doc, sentences, f):
            since = grown.get(_key(f), -1)
            for e in reversed(candidates[-(1 if pointed else _MAX_ANTECEDENTS) :]):
                if e.start < since:
                    break  # "seven additional threads" then "the eight threads": the group has grown since
                if pointed and not _described_alike(sentences, e, f):
                    break  # "These six functions" are the ones just listed, not the earlier "19 functions"
                if _owners_whole(doc, sentences, e, f):
                    continue  # "the school's 650 pupils" hold the "40 pupils" who fell ill: the owner's whole
                if (f.dated or e.dated) and not _same_date(sentences, e, f):
                    continue  # "32 goals last season" restates only a count of last season
                if e.sentence == f.sentence or not _disjoint(e, f) or not _same_group(e, f):
                    continue
                if e.compound and (f.compound or f.owner is None or f.owner != e.owner):
                    continue  # "a 50-over World Cup" names a format; only "the hospital's 450 beds" restates "380-bed hospital"
                # ("the 32-bit directory" and "the 16-bit directory" are two kinds of directory)
                if f.head in _CLASSIFIERS and _classified(doc.text, f) != _classified(doc.text, e):
                    continue  # "two types of iterators" counts kinds of iterator, not the "three types" of functions
                if f.compound and e.owner != f.owner and not _names_owner(e, f.owner) and id(e) not in acted:
                    continue  # "the 128-bit state" is a width of the state, not a count to set against "the low two
                    # bits"; "the hospital has 450 beds" still meets "the 380-bed hospital"
                if (
                    f.kind == "percent"
                    and _population(doc.text, f) in survey
                    and not _THE_SHARE.search(doc.text[max(0, f.start - 5) : f.start])
                ):
                    continue  # a survey report: its many shares of "respondents" answer different questions
                if f.kind == "percent" and _comparative(f.head) and not _same_compared(doc, sentences, e, f):
                    continue  # "binaries are 50% smaller" and "programs are 30% smaller": two differences of two things
                if (
                    f.kind == "percent"
                    and f.definite
                    and _population(doc.text, f) in survey
                    and _WHO_AFTER.match(doc.text, f.end)
                    and not (f.verbs & e.verbs - _LIGHT - _ANSWERING)
                ):
                    continue  # "the 25% of respondents who said X" points back only at a share that did X
                if e.head != f.head and f.kind == "percent" and not _same_change(doc, sentences, e, f):
                    continue  # "the 9.4 per cent growth in circulation" is not the growth of revenue
                if partitive and not f.high < e.low:
                    continue  # "Of the 30 districts" may hold the earlier 10; "Of the 22 who died" cannot hold 27
                if not f.definite and not (f.verbs & e.verbs - _LIGHT - _ANSWERING) and not _levels(doc.text, e, f):
                    continue  # two indefinite percentages: only of one population doing one thing, or one level
                if dateline < 0:
                    found = find_dateline(doc.text, recent=_ANY_YEAR)  # only where it ends matters, not its year
                    dateline = found.span.end if found else 0
                te, tf = _figure_times(sentences, e, dateline), _figure_times(sentences, f, dateline)
                if te and tf and te != tf:
                    continue
                if _both_in_one(doc, e, f):
                    continue
                occasion = _OTHER_OCCASION.match(doc.text, f.end)
                if occasion and occasion.group("o").lower() not in sentences[e.sentence].text.lower():
                    continue  # "the 21 goroutines in the second run": another occasion than the first's
                if different_items(sentences[e.sentence].text, sentences[f.sentence].text):
                    continue  # "Channel removal: ... six buildings" and "Floodplain: ... four buildings"
                if sentences[e.sentence].paragraph != sentences[f.sentence].paragraph and (
                    _EXAMPLE_FRAME.search(sentences[e.sentence].text)
                    or _EXAMPLE_FRAME.search(sentences[f.sentence].text)
                ):
                    continue  # "In this example we get five equations": the figures of one illustration, not the article's
                noun = " ".join([*f.modifiers, f.head]) + (f" per {f.per}" if f.rate else "")
                if e.head and e.head != f.head:
                    noun = f"{e.head} and {noun}"  # "the same staff and employee": two names for one count
                arithmetic = f"{_amount(f)} against {_amount(e)} for the same {noun}"
                if e.hedge or f.hedge:
                    arithmetic += f" ({_range(e)} cannot meet {_range(f)})"
                out.append(_restatement(sentences, e, f, arithmetic))
                break
        block.append(f)
        if f.rate:
            continue  # a rate restates only rates of its period, in its own block
        for v in sorted(f.verbs)[:6]:
            by_verb.setdefault((f.kind, f.unit, v), []).append(f)
        if f.kind == "money" and f.head in _CONTAINERS and f.sentence <= _LEAD_SENTENCES:
            containers.setdefault(f.unit, []).append(f)
    return out


# ---------------------------------------------------------------- a change told in one clause
#
# A percentage change and its two ends in one clause, in whatever order and wording: "dropped 15% to 1,700,
# down from 2,500", "a 20 percent rise on the $3.5 billion of 2024", "was 50% higher than last year's $90
# million", "will rise by 8 per cent, taking a Band D bill from £1,800 to £2,000". The percentage is a change
# by the word of change beside it; of the clause's two other figures of one kind and unit, the old end is
# the one a comparison word introduces (from, than, on the, compared with), and the other is the new end.

_RISE = (
    r"up|higher|more|rose|risen|rise|rises|rising|grew|grow|grown|growing|increased|increase|increases|climbed|"
    r"climb|jumped|jump|surged|surge|soared|gained|gain|growth|raised|raise|lifted|boost|boosted|hike|hiked|"
    r"widened|widening|expanded|expanding"
)
_FALL = (
    r"down|lower|less|fewer|fell|fall|falls|falling|fallen|dropped|drop|drops|declined|decline|declines|decreased|"
    r"decrease|slipped|slid|slide|plunged|plunge|shrank|shrunk|cut|cuts|reduced|reduce|reduction|trimmed|lowered|"
    r"dip|slump|slumped|loss|narrowed|narrowing"
)
_CUE_BEFORE_P = re.compile(
    r"\b(?P<w>" + _RISE + "|" + _FALL + r")\s+(?:of\s+|by\s+)?(?:(?:about|around|roughly|nearly|almost|some|"
    r"more\s+than|over|just\s+over|just\s+under)\s+)?$",
    re.I,
)
_CUE_AFTER_P = re.compile(r"\s*(?P<w>" + _RISE + "|" + _FALL + r")\b", re.I)
_IS_FALL = re.compile(r"^(?:" + _FALL + r")$", re.I)
_OLD_END = re.compile(  # what introduces the old end: "from", "than", "on the", "compared with last year's"
    r"\b(?:from|than|(?:on|over)(?=\s+(?:the|last|its|their|a\s+year|[A-Z]\w*['’]s|(?:19|20)\d\d['’]s)\b)|"
    r"compared\s+(?:with|to))\s+(?:(?:[A-Za-z]+['’]s|(?:19|20)\d\d['’]s|[a-z][\w-]*)\s+){0,3}$",
    re.I,
)
_EXPECTED = re.compile(
    r"\b(?:forecasts?|expect\w*|estimat\w*|targets?|consensus|plann?\w*|budget\w*|predict\w*|project\w*|guidance|"
    r"goal|average)\b",
    re.I,
)
_OTHER_MEASURE = re.compile(r"\b(?!(?:total|figure|level|tally|sum|count)\b)[a-z]+\s+of\s+$", re.I)  # "income of"
_CLAUSE_BREAK = re.compile(r";|\b(?:while|whereas|but|although|though|and\s+(?:its|their|the))\b", re.I)
_CHANGE_REACH = 110  # characters either side of the percentage the two ends may sit in
_NEW_AFTER_P = re.compile(r"(?:\s+[a-z]+){0,3}?\s+to\s+(?:an?\s+[a-z]+\s+of\s+|about\s+|some\s+|around\s+)?(?=\S)")
_TIME_WORDS = re.compile(r"\b(?:" + _WHEN + r"|ago|earlier|before|previous(?:ly)?|last)\b", re.I)
_LONG_AGO = re.compile(r"\s*(?:a\s+decade|\w+\s+(?:years|decades))\s+(?:ago|earlier|before)\b", re.I)
_ONE_PERIOD = re.compile(
    r"\s*(?:(?:in|over|on|during)\s+the\s+(?:year|quarter|month|week)|year\s+on\s+year|this\s+year|last\s+year)\b",
    re.I,
)


def clause_change_mismatches(doc: Document) -> list[Mismatch]:
    """A percentage change whose two ends, told in the same clause, give another change."""
    out: list[Mismatch] = []
    text = doc.text
    sentences = _sentences(doc)
    for i, figs in sorted(_figures_by_sentence(doc).items()):
        if 3 <= len(figs) <= _MAX_TABLE:
            found = _clause_change(text, sentences[i], figs)
            if found is not None:
                out.append(found)
    return out


def _clause_change(text: str, sent: Sentence, figs: list[Figure]) -> Mismatch | None:
    for p in figs:
        if p.kind != "percent" or p.hedge == "below" or re.match(r"\s+of\b", text[p.end : p.end + 4]):
            continue  # "30% of the staff" is a share, not a change
        cue = _CUE_BEFORE_P.search(text, max(sent.span.start, p.start - 40), p.start) or _CUE_AFTER_P.match(
            text, p.end, min(sent.span.end, p.end + 20)
        )
        if cue is None:
            continue
        ends = [
            f
            for f in figs
            if f is not p
            and f.kind != "percent"
            and abs((f.start if f.start > p.end else p.start) - (p.end if f.start > p.end else f.end)) <= _CHANGE_REACH
            and not _CLAUSE_BREAK.search(text, min(f.end, p.end), max(f.start, p.start))
        ]
        if len(ends) != 2 or ends[0].kind != ends[1].kind or ends[0].unit != ends[1].unit:
            continue
        if any(
            g is not p and g.kind == "percent" and min(p.start, e.start) < g.start < max(p.end, e.end)
            for g in figs
            for e in ends
        ):
            continue  # "rose 4% to $30bn, with imports up 2% from $25bn": the far end is the other change's
        others = [
            g
            for g in figs
            if g is not p
            and g.kind == "percent"
            and abs(g.start - p.start) <= _CHANGE_REACH
            and not _CLAUSE_BREAK.search(text, min(g.end, p.end), max(g.start, p.start))
        ]
        if others:
            continue  # two changes in one clause ("rose 4% to $30bn, with imports up 2% from $25bn"): whose ends?
        to = _NEW_AFTER_P.match(text, p.end, sent.span.end)
        if to and all(f.start != to.end() for f in ends):
            continue  # "rose 6% to 410p, valuing the group at £2.1bn, up from £1.9bn": p's new end is another figure
        olds = [
            f
            for f in ends
            if _OLD_END.search(text, max(sent.span.start, f.start - 50), f.start)
            and not _EXPECTED.search(text, max(sent.span.start, f.start - 30), f.start)
            and not _OTHER_MEASURE.search(text, max(sent.span.start, f.start - 30), f.start)
        ]
        if len(olds) != 1 or ends[0].rate != ends[1].rate:
            continue
        old = olds[0]
        new = ends[1] if old is ends[0] else ends[0]
        marker = _OLD_END.search(text, max(sent.span.start, old.start - 50), old.start)
        if (
            marker
            and not marker.group(0).lower().startswith("from")
            and not _TIME_WORDS.search(text, marker.start(), min(sent.span.end, old.end + 40))
        ):
            continue  # "compared with £25 on the coach": another thing, not an earlier moment of this one
        if _LONG_AGO.match(text, old.end) and _ONE_PERIOD.match(text, p.end):
            continue  # "rose 3% in the year, ... compared with £28,000 a decade ago": two periods
        if not old.value or new.value == old.value:
            continue
        if (new.value < old.value) != bool(_IS_FALL.match(cue.group("w"))):
            continue  # a rise told with a fall's ends: the figures are not this change's
        actual = 100.0 * abs(new.value - old.value) / old.value
        if _fits(p, actual, hedged=bool(old.hedge or new.hedge)):
            continue
        if p.value >= 30 and p.value % 10 == 0 and abs(actual - p.value) <= 0.05 * p.value:
            continue  # "6,173 respondents, 70% more than the 3,595": a round figure for 71.7%
        direction = "rise" if new.value > old.value else "fall"
        arithmetic = f"from {_amount(old)} to {_amount(new)} is a {_pct(actual)} {direction}, not {_pct(p.value)}"
        a, b = min(p.start, old.start, new.start), max(p.end, old.end, new.end)
        quote = _clip(sent.text, a - sent.span.start, b - sent.span.start)
        evidence = {"from": old.value, "to": new.value, "stated": p.value}
        return Mismatch("CON001", "change", p.sentence, p.sentence, quote, quote, arithmetic, evidence)
    return None


# ---------------------------------------------------------------- transposed digits
#
# The commonest slip in copying a figure is two digits swapped: "1,150 customers" then "the 1,510 households he
# defrauded", "3,104 metres" then "the 3,410-metre borehole". Two figures of one kind and unit written with
# the same digits in another order are compared even where the restatement check cannot tie their nouns
# together, when something else does: the same noun, two counts of people, the story's one amount, the
# sentence's subject, or (a measure of three or more digits) a definite figure of the same unit.

_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_DIMENSIONS = _words("depth length height distance altitude width elevation range reach span")
_HOUSEHOLDS = _words("household family home customer client subscriber")
_CHANGED_BEFORE = re.compile(
    r"\b(?:then|later|now|since|afterwards|subsequently|revised|corrected|updated)\b|\b(?:ris|ros|fell|fall|grew|"
    r"grow|increas|decreas|drop|declin|climb|jump|cut|reduc|rais|lower|slow|accelerat|sped|speed|extend|shorten|"
    r"doubl|halv|improv|boost|soar|plung|slip|recover|shrank|expand|revis|chang|mov)\w*\s+(?:to|by)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+)?$",
    re.I,
)  # "the bus then accelerated to 52mph", "later revised to": the change is told
_MAX_TABLE = 6  # a sentence with more figures than this is a table or a benchmark: its figures are not restated


def _digit_key(f: Figure) -> tuple[str, int] | None:
    """The figure's digits, sorted, and how many stand before its decimal point: "£1.37 million" and
    "£1.73 million" share ("137", 1); None for number words and one-digit figures."""
    m = _DIGITS.search(f.text.replace(":", ""))
    if m is None:
        return None
    raw = m.group(0).replace(",", "")
    whole, _, frac = raw.partition(".")
    digits = (whole + frac).lstrip("0")
    if len(digits) < 2 or len(set(digits)) < 2:
        return None
    return "".join(sorted(digits)), len(whole)


_THE_NOUN = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<word>[a-z][a-z-]{2,})\b|(?P<name>[A-Z][a-z]{2,})(?:['’]s)?\b"
)


def _anchors(sent: Sentence, f: Figure) -> frozenset[str]:
    """What the figure is said of: the nouns after "the" and the names in its sentence before it, and the
    sentence's opening word ("The planet orbits ...", "the lorry was travelling at 34mph", "De Vries's
    24-second margin"), lower case, function words and the sentence's first capital left out."""
    text = sent.text[: f.start - sent.span.start]
    out = set()
    for m in _THE_NOUN.finditer(text[-160:]):
        word = (m.group("word") or m.group("name") or "").lower()
        if m.group("name") and m.start() == 0 and len(text) <= 160:
            word = word if m.group("name") not in ("The", "A", "An", "In", "On", "At", "By", "For") else ""
        if word and word not in _STOP and word not in _NOT_LABELS and word not in _MONTHS and not _is_verb_form(word):
            out.add(word)
    return frozenset(out - _DAY_WORDS)


_DAY_WORDS = _words("monday tuesday wednesday thursday friday saturday sunday")


def _people(head: str | None) -> bool:
    return bool(head) and (_is_human(head) or head in _HOUSEHOLDS)


def transposition_mismatches(doc: Document) -> list[Mismatch]:
    """A later figure whose digits are an earlier one's in another order, of the same kind, unit and period,
    tied to it by noun, people, the story's amount, subject or (measures) definiteness."""
    sentences = _sentences(doc)
    by_sentence = _figures_by_sentence(doc)
    seen: dict[tuple, list[Figure]] = {}
    out: list[Mismatch] = []
    for f in figures(doc):
        if len(by_sentence.get(f.sentence, [])) > _MAX_TABLE:
            continue
        key = _digit_key(f)
        if key is None or f.old or f.hypothetical or f.capacity or f.additional or (f.rate and not f.per):
            continue
        block = seen.setdefault((f.kind, f.unit, f.per, *key), [])
        for e in reversed(block[-_MAX_ANTECEDENTS:]):
            if e.sentence == f.sentence or e.value == f.value or not 0.1 < f.value / e.value < 10:
                continue
            if not _disjoint(e, f) or _both_in_one(doc, e, f):
                continue
            if different_items(sentences[e.sentence].text, sentences[f.sentence].text):
                continue
            te, tf = _figure_times(sentences, e), _figure_times(sentences, f)
            if (te and tf and te != tf) or ((f.dated or e.dated) and not _same_date(sentences, e, f)):
                continue  # "14 arrested on Saturday" and "the 41 arrested on Sunday": two days' counts
            occasion = _OTHER_OCCASION.match(doc.text, f.end)
            if occasion and occasion.group("o").lower() not in sentences[e.sentence].text.lower():
                continue  # "the 21 goroutines in the second run"
            if _CHANGED_BEFORE.search(doc.text, max(sentences[f.sentence].span.start, f.start - 60), f.start):
                break  # "the bus then accelerated to 52mph": a change told, not a slip
            link = _transposition_link(doc, by_sentence, sentences, e, f, key)
            if link is None:
                continue
            arithmetic = (
                f"{_amount(f)} against {_amount(e)} for {link}: the same digits in another order, as when two "
                "are transposed"
            )
            out.append(_restatement(sentences, e, f, arithmetic))
            break
        block.append(f)
    return out


def _transposition_link(
    doc: Document,
    by_sentence: dict[int, list[Figure]],
    sentences: list[Sentence],
    e: Figure,
    f: Figure,
    key: tuple[str, int],
) -> str | None:
    """What makes two figures with transposed digits one fact, said as the message's "for ..."; None if nothing."""
    owned = f.definite or f.possessor is not None
    same_noun = e.head and f.head and counted(e.head) == counted(f.head)
    if same_noun and set(e.modifiers) != set(f.modifiers) and (e.modifiers and f.modifiers):
        return None  # "operating profit" and "pre-tax profit": two figures, whatever their digits
    if owned and same_noun and not (e.compound and f.compound):
        return f"the same {f.head}"
    shared = sorted(_anchors(sentences[e.sentence], e) & _anchors(sentences[f.sentence], f))
    if owned and f.kind == "count" and _people(e.head) and _people(f.head) and shared:
        # two names of people are one group only where the same party is told of ("Mercer took £2.3 million from
        # 1,150 customers" and "order Mercer to repay ... the 1,510 households"): "staff" and "contractors" are two
        return f"the same people ({_plural_of(e.head)}, {_plural_of(f.head)})"
    if f.definite and f.kind == "count" and _people(e.head) and _people(f.head) and _described_by(doc, e, f):
        # "the 141 people who have fallen ill" and "made 114 patients and staff ill": one group, told by what it did
        return f"the same people ({_plural_of(e.head)}, {_plural_of(f.head)})"
    if owned and f.kind == "money":  # "the £16.4m lost", "The £34.2m award" after a story of £43.2m
        principal = _principal_amount(by_sentence, f.unit, f.sentence) or _headline_amount(by_sentence, f.unit)
        if principal is e:
            return "the story's amount"
    if (
        f.kind == "count"
        and (owned or _TALLY_OF.search(doc.text, max(0, f.start - 40), f.start))
        and len(key[0]) >= 4
        and not (_BARE_FOUR.fullmatch(e.text) or _BARE_FOUR.fullmatch(f.text))  # "the 1619 Project", "(1691)"
        and (e.head is None or f.head is None or same_noun)
        and not _narrowed_set(doc, sentences, f)
    ):
        # four or more digits in another order are no coincidence: "in front of 48,210" and "The crowd of 42,810"
        return "the same count"
    if f.kind in ("measure", "money"):
        if shared:
            return f"the same {shared[0]}"
        if f.kind == "measure" and owned and len(key[0]) >= 3 and e.head in _DIMENSIONS:
            return f"the same {f.head or f.unit}"  # "a depth of 3,104 metres" and "the 3,410-metre borehole"
    return None


_OTHER_OCCASION = re.compile(
    r"(?:\s+[a-z][\w-]*){0,4}?\s+(?:in|on|at|during|for|from)\s+(?P<o>(?:the|its|their|a)\s+(?:second|third|fourth|"
    r"fifth|next|last|final|other|previous|latest|new|later|following|earlier)\s+[a-z]+)",
    re.I,
)
_CLASSIFIERS = _words("type kind sort form class category variety flavor flavour style version")
_CLASSIFIED = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:types?|kinds?|sorts?|forms?|class(?:es)?|categor(?:y|ies)|variet(?:y|ies)|"
    r"flavou?rs?|styles?|versions?)\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<what>[a-z][\w-]*)",
    re.I,
)


def _classified(text: str, f: Figure) -> str | None:
    """What a count of kinds counts: "iterator" in "two types of iterators", None for plain "three types"."""
    m = _CLASSIFIED.match(text, f.end)
    return _singular(m.group("what").lower()) if m else None


_EXAMPLE_FRAME = re.compile(  # at the sentence's opening: the whole sentence is the illustration
    r"^\W*(?:(?:so|now|here|again|then),?\s+)?(?:in\s+(?:the|this|that|our|my|each|every|one|another|a)\s+"
    r"(?:\S+\s+){0,3}?(?:example|illustration)|for\s+(?:example|instance)|suppose|imagine)\b",
    re.I,
)
_WHO_AFTER = re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z]+\s+(?:who|that|which|whose)\b", re.I)


def _names_owner(e: Figure, owner: str | None) -> bool:
    """Whether the words around ``e`` name the noun a compound figure belongs to ("hospital")."""
    return bool(owner) and re.search(r"\b" + re.escape(owner) + r"(?:s|es)?\b", e.window) is not None


def _compared_subject(doc: Document, sentences: list[Sentence], f: Figure) -> str | None:
    sent = sentences[f.sentence]
    m = _COMPARED_SUBJECT.search(doc.text, max(sent.span.start, f.start - 60), f.start)
    return _singular(m.group("noun").lower()) if m else None


def _same_compared(doc: Document, sentences: list[Sentence], e: Figure, f: Figure) -> bool:
    """Whether two percentages of difference ("50% smaller") are said of one thing: a difference is
    a fact about its subject, and only the same subject's can restate it."""
    a, b = _compared_subject(doc, sentences, e), _compared_subject(doc, sentences, f)
    return a is not None and a == b


def _same_change(doc: Document, sentences: list[Sentence], e: Figure, f: Figure) -> bool:
    """Whether "the 2.3% rise [in X]" can restate the earlier change ``e``: X is named there, or, with no
    X, the change was told at most three sentences back."""
    m = _CHANGE_OF.match(doc.text, f.end)
    what = [w for w in (m.group("what").lower().split() if m else []) if w not in _STOP and w not in _MONTHS]
    months_e = set(_MONTH_NAME.findall(sentences[e.sentence].text))
    months_f = set(_MONTH_NAME.findall(sentences[f.sentence].text))
    if months_e and months_f and months_e != months_f:
        return False  # "rose 3.2% in April" and "the 2.3% rise in May"
    if what:
        earlier = sentences[e.sentence].text.lower()
        return any(_singular(w) in earlier for w in what)
    since_e = set(_SINCE_YEAR.findall(sentences[e.sentence].text))
    if since_e and since_e & set(_SINCE_YEAR.findall(sentences[f.sentence].text)):
        return True  # "have lost 39 per cent ... since 2000" and "the 34 per cent loss since 2000": one period
    return f.sentence - e.sentence <= 3


_SINCE_YEAR = re.compile(r"\b(?:since|between)\s+(?:19|20)\d\d(?:\s+and\s+(?:19|20)\d\d)?")


_CHANGE_OF = re.compile(r"\s+[a-z]+\s+(?:in|of)\s+(?:the\s+|its\s+|their\s+)?(?P<what>[a-z][\w-]*)", re.I)
_MONTH_NAME = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def _levels(text: str, a: Figure, b: Figure) -> bool:
    """Two readings of one level: "Turnout reached 64 percent" and "with turnout at 46 percent".

    The percentage is the value of the noun before it (not a share "of" something after it), and
    neither is a change ("rose 5 percent") or a comparison.
    """
    if a.kind != "percent" or b.kind != "percent":
        return False
    for f in (a, b):
        if _POPULATION.match(text, f.end) or (f.verbs & _CHANGE_STEMS) or _COMPARED_AFTER.match(text, f.end):
            return False
        if not _LEVEL_BEFORE.search(text[max(0, f.start - 40) : f.start]):
            return False
    return True


_LEVEL_BEFORE = re.compile(
    r"\b(?:was|is|were|are|stood\s+at|stands\s+at|reached|hit|at|of)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|"
    r"roughly\s+|just\s+)?$",
    re.I,
)
_COMPARED_AFTER = re.compile(r"\s*(?:,\s*)?(?:higher|lower|more|less|compared|against|than)\b", re.I)


# the finite verb after a definite figure's noun phrase ("the 16 people killed began ..."): what follows dates
# the verb's event, not the set the figure counts
_FINITE_AFTER = re.compile(
    r"\s(?:began|begun|started|ended|took|went|came|met|gathered|included|includes|was|were|is|are|has|have|had|"
    r"will|would)\b"
)


def _figure_times(sentences: list[Sentence], f: Figure, dateline: int = 0) -> frozenset[str]:
    """The dates a figure's own clause names, or the sentence's opening phrase ("In 2023, ..."): the
    times elsewhere in a long sentence ("... according to papers for Thursday's meeting") are others',
    and a dateline's ("LEEDS, March 3 (Reuters) -", ending at offset ``dateline``) is the story's."""
    sent = sentences[f.sentence]
    rel = f.start - sent.span.start
    text = sent.text
    if sent.span.start < dateline <= f.start:
        text = " " * (dateline - sent.span.start) + text[dateline - sent.span.start :]
    lo = max(text.rfind(",", 0, rel), text.rfind(";", 0, rel), text.rfind(":", 0, rel), -1) + 1
    after = f.end - sent.span.start  # "1,900": the figure's own commas are not clause ends
    ends = [i for i in (text.find(",", after), text.find(";", after)) if i != -1]
    end = min(ends) if ends else len(text)
    if f.definite:  # "Funerals for the 16 people killed began on Wednesday": the date is the verb's, not the count's
        verb = _FINITE_AFTER.search(text, after, end)
        end = verb.start() if verb else end
    clause = text[lo:end]
    found = frozenset(m.group(0).lower() for m in _TIME_RE.finditer(clause))
    if found:
        return found
    comma = text.find(",")
    if 0 <= comma < rel:
        return frozenset(m.group(0).lower() for m in _TIME_RE.finditer(text[:comma]))
    return frozenset()


_CHANGE_STEMS = frozenset(
    verb_stem(v)
    for v in _words(
        "rose rise risen fell fall fallen grew grow increased decreased dropped declined climbed jumped gained lost "
        "slipped slid surged plunged doubled halved"
    )
)
_TALLY_OF = re.compile(
    r"\b(?:the|her|his|its|their|our|[A-Z][\w'’-]*['’]s)\s+(?:tally|total|toll|haul|count|number|crowd|attendance|"
    r"turnout|gate|audience|field|electorate|workforce|headcount|membership|roll|intake)\s+of\s+$",
    re.I,
)
_DEMONSTRATIVE = re.compile(r"\b(?:[Tt]hese|[Tt]hose)\s+$")
# A figure picked out of a larger set by an ordinal or a selection word, or pointed at in the text itself
_SELECTED = re.compile(
    r"\b(?:first|last|top|next|other|remaining|following|final|previous|bottom|latest|opening|closing|only)\s+$", re.I
)
_POINTED = re.compile(
    r"(?:\s+[a-z][\w-]*){1,3}?\s+(?:(?:out\s+)?of\s+(?:the\s+)?\d|(?:(?:returned|shown|listed|given|described|"
    r"mentioned|used)\s+)?(?:above|below|here)\b)",
    re.I,
)
_THE_SHARE = re.compile(r"\bthe\s+$", re.I)  # "the 40 percent who backed it" points back at one share
_SURVEY_SHARES = 4  # indefinite shares of one population that make an article a survey report


def _population(text: str, f: Figure) -> str | None:
    """Whose share a percentage is: "respondent" in "56% of respondents found ..."."""
    m = _POPULATION.match(text, f.end)
    return _singular(m.group(1).lower()) if m else f.head


def _survey_populations(text: str, figs: list[Figure]) -> frozenset[str]:
    """Populations ("respondent", "user") an article gives many shares of: a survey's results."""
    counts: dict[str, int] = {}
    shares = 0
    for f in figs:
        if f.kind == "percent":
            shares += 1
            pop = _population(text, f)
            if pop:
                counts[pop] = counts.get(pop, 0) + 1
    need = 2 if shares >= 2 * _SURVEY_SHARES else _SURVEY_SHARES
    return frozenset(h for h, n in counts.items() if n >= need)


_POPULATION = re.compile(r"\s+of\s+(?:the\s+|all\s+|those\s+)?([A-Za-z][a-z]+)\b")


_PARTITIVE = re.compile(
    r"(?:(?:^|[,;:(]\s*)\b[Oo]f|\b(?:\d[\d,.]*(?:st|nd|rd|th)?|some|most|many|all|none|each|half|several|few|majority|share|part)"
    r"\s+of)\s+(?:the|its|their|all)\s+$"
)


def _range(f: Figure) -> str:
    if f.hedge == "above":
        return f"{_amount(f)} or more"
    if f.hedge == "below":
        return f"at most {_amount(f)}"
    return f"{_amount(_with_value(f, f.low))}-{_amount(_with_value(f, f.high))}" if f.hedge else _amount(f)


_ITEM_LABEL = re.compile(r"\s*(?P<label>[A-Z][^:.;!?\d]{2,70}?)\s*:\s+\S")


def item_label(sentence: str) -> str | None:
    """The label of a list item ("Lower Main Street terraced floodplain: Complete removal of ..."): two
    items with different labels describe different things, whatever words their figures share."""
    m = _ITEM_LABEL.match(sentence)
    if m is None or len(m.group("label").split()) > 8:
        return None
    return " ".join(m.group("label").lower().split())


def different_items(a: str, b: str) -> bool:
    """Whether two sentences are list items with different labels."""
    la, lb = item_label(a), item_label(b)
    return la is not None and lb is not None and la != lb


def _both_in_one(doc: Document, a: Figure, b: Figure) -> bool:
    """A sentence repeated as a caption, or one that gives both values itself."""
    return _sentences(doc)[a.sentence].text == _sentences(doc)[b.sentence].text


_TIME_RE = re.compile(
    r"\b(?:(?:19|20)\d\d|January|February|March|April|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last\s+(?:week|month|year))\b"
)


# ---------------------------------------------------------------- proportions by structure
#
# A proportion (a percentage or a fraction word, with its hedge) stated in apposition to a part
# ("840 people, or 62%"; "64 were serious, almost half"; "131 finished, a dropout rate of nearly
# 20%") is recomputed against the whole the sentence names ("Of 212 students, ..."; "In a survey
# of 1,200 passengers, ..."; "12 launches ..., and 5 of them"), or, when it names none, against
# the whole an earlier sentence gave ("£64 million ... Airports were owed £18 million, or nearly
# half"). A change told with one end ("up from 1,200 in December, a rise of 38%") takes its other
# end from the figure its subject refers back to ("The January figure"), and "nearly double its
# average of 70 mm" is a ratio between the two figures it joins.


@dataclass(slots=True)
class Proportion:
    """A share or ratio stated in words or as a percentage: its value in percent and its hedge."""

    start: int
    end: int
    text: str
    value: float
    hedge: str | None  # about | nearly | above | below | just-above | just-below
    precision: float


_FRACTION_WORDS = {
    "half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "one-third": 100 / 3, "two thirds": 200 / 3,
    "two-thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0, "one-quarter": 25.0, "three quarters": 75.0,
    "three-quarters": 75.0, "a fifth": 20.0, "one fifth": 20.0, "one-fifth": 20.0, "a tenth": 10.0,
    "one in three": 100 / 3, "one in four": 25.0, "one in five": 20.0, "one in ten": 10.0, "a half": 50.0,
}  # fmt: skip
_RATIO_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_BASE_FRACTION_WORDS = tuple(_FRACTION_WORDS)
# "three in five", "two out of three", "nine in ten": a share told as a ratio of two small number words
_FRACTION_WORDS.update(
    {
        f"{a}{link}{b}": 100.0 * (i + 1) / (j + 1)
        for i, a in enumerate(_RATIO_NUMBERS)
        for j, b in enumerate(_RATIO_NUMBERS)
        if 0 <= i < j
        for link in (" in ", " out of ")
    }
)
# one alternative per first number ("three\s+(?:in|out\s+of)\s+(?:four|five|...)"), not 90 literal phrases
# an engine would try one by one at every word
_RATIO_ALT = "|".join(
    a + r"\s+(?:in|out\s+of)\s+(?:" + "|".join(_RATIO_NUMBERS[i + 1 :]) + ")" for i, a in enumerate(_RATIO_NUMBERS[:-1])
)
_PROPORTION_HEDGES = {
    "nearly": "nearly", "almost": "nearly", "close to": "about", "about": "about", "around": "about",
    "roughly": "about", "some": "about", "more than": "above", "over": "above", "at least": "above",
    "well over": "above", "just over": "just-above", "just above": "just-above", "a little over": "just-above",
    "slightly more than": "just-above", "just under": "just-below", "just below": "just-below",
    "less than": "below", "under": "below", "fewer than": "below", "not quite": "nearly",
}  # fmt: skip
_HEDGE_ALT = "|".join(sorted((re.escape(h).replace(r"\ ", r"\s+") for h in _PROPORTION_HEDGES), key=len, reverse=True))
_FRACTION_RE = re.compile(
    r"(?<![\w-])(?:(?P<hedge>"
    + _HEDGE_ALT
    + r")\s+)?(?P<frac>"
    + _RATIO_ALT
    + "|"
    + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _BASE_FRACTION_WORDS), key=len, reverse=True))
    + r")\b(?![-'’])(?!\s+(?:an?\s+)?(?:hour|time|century|dozen|mile|way|marathon|term|day|week|month|year|season|"
    r"point|inch|metre|meter|kilometre|pound|price|the\s+size)s?\b)",
    re.I,
)
_FRACTION_KEYS = ("half", "third", "quarter", "fifth", "tenth", "one in ")
_RATIO_TAILS = _RATIO_NUMBERS[1:]


def _has_ratio_words(lowered: str) -> bool:
    """Whether a lower-case sentence says "N in M" or "N out of M" with M a number word, written with single
    spaces: the cheap test before _FRACTION_RE (a regex search of every sentence cost more than the rest of
    the share reading)."""
    for link in (" in ", " out of "):
        i = lowered.find(link)
        while i != -1:
            j = i + len(link)
            if lowered.startswith(_RATIO_TAILS, j):
                return True
            i = lowered.find(link, j - 1)
    return False


_HEDGE_BEFORE_PCT = re.compile(r"(?:^|\s)(?P<hedge>" + _HEDGE_ALT + r")\s+$", re.I)


def _proportions(text: str, sent: Sentence, figs: list[Figure]) -> list[Proportion]:
    """Percentages (not of an earlier moment) and fraction words of one sentence, in text order."""
    out: list[Proportion] = []
    for f in figs:
        if f.kind != "percent" or f.old:
            continue
        m = _HEDGE_BEFORE_PCT.search(text, max(sent.span.start, f.start - 24), f.start)
        hedge = _PROPORTION_HEDGES[" ".join(m.group("hedge").lower().split())] if m else f.hedge
        start = m.start("hedge") if m else f.start
        out.append(Proportion(start, f.end, text[start : f.end], f.value, hedge, max(1.0, f.precision)))
    lowered = sent.text.lower()
    if not (any(w in lowered for w in _FRACTION_KEYS) or _has_ratio_words(lowered)):
        return sorted(out, key=lambda p: p.start)  # most sentences: no fraction word, no regex scan
    for m in _FRACTION_RE.finditer(sent.text):
        hedge = _PROPORTION_HEDGES[" ".join(m.group("hedge").lower().split())] if m.group("hedge") else None
        value = _FRACTION_WORDS[" ".join(m.group("frac").lower().split())]
        a, b = sent.span.start + m.start(), sent.span.start + m.end()
        out.append(Proportion(a, b, m.group(0), value, hedge, 2.0))
    out.sort(key=lambda p: p.start)
    return out


def _proportion_fits(p: Proportion, actual: float, hedged: bool) -> bool:
    """Whether a computed percentage is what the stated proportion allows (rounding, hedges)."""
    base = p.precision + (3.0 if hedged else 0.0)
    wide = max(3.0, 0.15 * p.value)
    low, high = {
        "about": (p.value - wide, p.value + wide),
        "nearly": (p.value - wide, p.value + base),
        "above": (p.value - base, float("inf")),
        "just-above": (p.value - base, p.value + wide),
        "below": (0.0, p.value + base),
        "just-below": (p.value - wide, p.value + base),
    }.get(p.hedge or "", (p.value - base, p.value + base))
    if hedged:
        low, high = low - wide, high + wide
    return low <= actual <= high


_APPOSED_SHORT = re.compile(  # "840 people, or 62%"; "312 (31%)"; "64 were serious, almost half"
    r"(?:\s+[a-z][\w'’-]*){0,4}?\s*(?:,\s*(?:or\s+|some\s+|representing\s+|equivalent\s+to\s+)?|\(\s*|[—–]\s*(?:or\s+)?)",
)
_APPOSED_LONG = re.compile(r"[^;:()\d]{0,100}?,\s*(?:or|representing|equivalent\s+to)\s+")
_APPOSED_RATE = re.compile(  # "131 finished inside the time limit, a dropout rate of nearly 20%"
    r"[^;:()\d]{0,100}?,\s*(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>rate|share|proportion|ratio)\s+of\s+"
)
_COPULA_SHARE = re.compile(  # "Wheat, at 2.1 million tonnes, was about 45% of the total"
    r"(?:\s+[a-z][\w'’-]*){0,3}?\s*,?\s*(?:was|were|is|are|made\s+up|accounted\s+for|represented|amounted\s+to)\s+"
)
_PROPORTION_OF = re.compile(r"\s+of\s+(?:(?:the|its|their|all|this|that|those|these)\s+)?(?P<what>[a-z][\w-]*)", re.I)
_WHOLE_WORDS = _words("total whole them those these it that all overall sum")
_AFTER_CHANGE = re.compile(
    r"\s*(?:rise|increase|jump|gain|growth|drop|fall|decline|cut|reduction|decrease|more|less|higher|lower|"
    r"than|up|down|from|on|points?|a\s+year|year-on-year|annually|faster|slower)\b",
    re.I,
)
_OPENING_WHOLE = re.compile(  # the sentence opens with the whole: "Of 212 students", "In a survey of 1,200 ..."
    r"\s*(?:(?:[Oo]f|[Oo]ut\s+of|[Aa]mong|[Aa]cross)\s+(?:the\s+|its\s+|their\s+|all\s+|these\s+|those\s+)?"
    r"|(?:[Ii]n|[Ff]rom|[Ff]or)\s+(?:a|an|the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:survey|poll|sample|study|group|review|audit|census|analysis|trial|count)\s+of\s+(?:the\s+|some\s+)?)$"
)
_IS_PART = re.compile(  # "£32 million, half of the total": a figure given as a share of another
    r"[^.;:\d]{0,30}?,\s*(?:or\s+)?(?:(?:"
    + _HEDGE_ALT
    + r")\s+)?(?:\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent)|half|a\s+third|"
    r"two[\s-]thirds|a\s+quarter|three[\s-]quarters|a\s+fifth|a\s+tenth)\b",
    re.I,
)
_OF_THEM_AFTER = re.compile(r"\s+(?:of|out\s+of)\s+(?:them|those|these|which|whom)\b", re.I)
_AND_BEFORE = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?:only\s+|just\s+)?$", re.I)


_OPERAND_AFTER = re.compile(
    r"\s*[\"“”'‘’]?[A-Za-z][\w -]{0,30}?[\"“”'‘’]?\s*(?:minus|plus|less|[-−+])\s+(?:about\s+|around\s+)?\d", re.I
)


def _can_be_whole(text: str, w: Figure) -> bool:
    """A figure that states one group now or at its own time ("£80 million in 2025" may be a whole; "from
    £80 million", a rate, a capacity or a plan may not)."""
    if w.hypothetical or w.rate or w.capacity or w.additional:
        return False
    return not _OLD_BEFORE.search(text[max(0, w.start - 20) : w.start])


def _same_population(whole: Figure, part: Figure) -> bool:
    """The part counts the whole's things: the same noun, no noun, or people in both."""
    if whole.kind != part.kind or whole.unit != part.unit:
        return False
    if part.head is None or whole.head is None or part.head == whole.head:
        return True
    return _is_human(whole.head) and _is_human(part.head)


def _whole_in_sentence(text: str, sent: Sentence, figs: list[Figure], part: Figure) -> Figure | None:
    """The whole a part is a share of, named in the part's own sentence."""
    k = figs.index(part)
    after = figs[k + 1] if k + 1 < len(figs) else None
    if after is not None and _SHARE_OF.match(_between(text, part, after)) and _same_population(after, part):
        return after  # "148 of the 212 students"
    for w in reversed(figs[:k]):
        if not _same_population(w, part) or w.value <= part.value or not _can_be_whole(text, w):
            continue
        lead = text[sent.span.start : w.start]
        gap = _between(text, w, part)
        if (
            _OPENING_WHOLE.search(lead)
            and "," in gap
            and not any(g.start > w.end and g.end <= part.start and g.kind == part.kind for g in figs)
        ):
            return w  # "Of 212 cyclist casualties since 2019, 64 were serious"
        if _OF_THEM_AFTER.match(text, part.end) and _AND_BEFORE.search(gap) and ";" not in gap:
            return w  # "Iran has tried 12 launches since 2019, and 5 of them have succeeded"
        break
    return None


def _whole_before(
    text: str, sentences: list[Sentence], by_sentence: dict[int, list[Figure]], part: Figure
) -> Figure | None:
    """The whole an earlier sentence gave (at most three back):
    the latest larger figure of the part's kind and unit that is not itself a share of another."""
    sent = sentences[part.sentence]
    for j in range(part.sentence - 1, max(-1, part.sentence - 4), -1):
        if sentences[j].paragraph < sent.paragraph - 3:
            break
        for w in reversed(by_sentence.get(j, [])):
            if (
                w.kind != part.kind
                or w.unit != part.unit
                or not _can_be_whole(text, w)
                or w.hedge in ("above", "below")
            ):
                continue
            if w.value <= part.value:
                continue
            if _IS_PART.match(text, w.end):
                continue  # "£32 million, half of the total": a part itself
            return w
    return None


def _apposed_share(
    text: str,
    sentences: list[Sentence],
    by_sentence: dict[int, list[Figure]],
    i: int,
    props: list[Proportion],
) -> Mismatch | None:
    """A proportion in apposition to a part, recomputed against its whole."""
    sent = sentences[i]
    figs = by_sentence.get(i, [])
    for p in props:
        after_p = text[p.end : min(sent.span.end, p.end + 40)]
        of = _PROPORTION_OF.match(after_p)
        if _AFTER_CHANGE.match(after_p):
            continue  # "a 5 percent rise", "20% more than": a change, not a share
        if _OPERAND_AFTER.match(after_p):
            continue  # "a score of 60 (67% promoters minus 7% detractors)": a term of a difference, not a share
        parts = [f for f in figs if f.end <= p.start and f.kind != "percent" and f.usable]
        for n, part in enumerate(reversed(parts)):
            k = figs.index(part)
            if k > 0 and _SHARE_OF.match(_between(text, figs[k - 1], part)):
                continue  # "45 of the 300 applicants": 300 is the whole, the part is before it
            whole_after = figs[k + 1] if k + 1 < len(figs) and figs[k + 1].end <= p.start else None
            if whole_after is not None and not _SHARE_OF.match(_between(text, part, whole_after)):
                whole_after = None
            gap = text[(whole_after or part).end : p.start]
            first_after = n == len(parts) - 1 or _OPENING_WHOLE.search(text[sent.span.start : parts[-n - 2].start])
            rate = _APPOSED_RATE.fullmatch(gap) if first_after or n == 0 else None
            shape = None
            if _APPOSED_SHORT.fullmatch(gap):
                shape = "apposed"
            elif rate:
                shape = "rate"
            elif first_after and _APPOSED_LONG.fullmatch(gap):
                shape = "apposed"
            elif _COPULA_SHARE.fullmatch(gap) and of and of.group("what").lower() in _WHOLE_WORDS:
                shape = "copula"
            if shape is None:
                continue
            whole = _whole_in_sentence(text, sent, figs, part)
            where = i
            if whole is None:
                if of and of.group("what").lower() not in _WHOLE_WORDS:
                    break  # "45% of Ukraine's exports": a share of something the article has not counted
                if any(f.kind == part.kind and f.unit == part.unit and f is not part for f in figs):
                    break  # the sentence has other figures of this kind: which whole is meant is not plain
                whole = _whole_before(text, sentences, by_sentence, part)
                if whole is None:
                    break
                tw, tp = _figure_times(sentences, whole), _figure_times(sentences, part)
                if tw and tp and tw != tp:
                    break  # "£80 million in 2025" is not the whole of "in 2024, £20 million"
                where = whole.sentence
            elif of and of.group("what").lower() not in _WHOLE_WORDS | {whole.head or "", (whole.head or "") + "s"}:
                break
            if not whole.value or part.value > whole.value:
                break
            actual = 100.0 * part.value / whole.value
            hedged = bool(part.hedge or whole.hedge)
            if _proportion_fits(p, actual, hedged):
                break
            if shape == "rate" and p.hedge not in ("above", "below") and _proportion_fits(p, 100.0 - actual, hedged):
                break  # "a dropout rate of 11%" after "131 of 148 finished": the rest
            stated = p.text.strip()
            if shape == "rate" and abs(100.0 - actual - p.value) < abs(actual - p.value):
                arithmetic = (
                    f"{fmt(whole.value)} - {fmt(part.value)} = {fmt(whole.value - part.value)}, and "
                    f"{fmt(whole.value - part.value)} of {fmt(whole.value)} is {_pct(100.0 - actual)}, not {stated}"
                )
            else:
                arithmetic = f"{_amount(part)} of {_amount(whole)} is {_pct(actual)}, not {stated}"
            quote = _clip(sent.text, part.start - sent.span.start, p.end - sent.span.start)
            wsent = sentences[where]
            wquote = (
                quote if where == i else _clip(wsent.text, whole.start - wsent.span.start, whole.end - wsent.span.start)
            )
            evidence = {"part": part.value, "whole": whole.value, "stated": round(p.value, 2)}
            return Mismatch("CON001", "share", i, where, quote, wquote, arithmetic, evidence)
    return None


def proportion_mismatches(doc: Document) -> list[Mismatch]:
    """Shares, one-ended changes and ratios read by structure (see the section comment)."""
    text = doc.text
    sentences = _sentences(doc)
    by_sentence = _figures_by_sentence(doc)
    out: list[Mismatch] = []
    for i, figs in sorted(by_sentence.items()):
        sent = sentences[i]
        if all(f.kind == "percent" for f in figs):
            continue  # a proportion needs a part (or an end of a change) beside it
        props = _proportions(text, sent, figs)
        if not props:
            continue
        found = (
            _apposed_share(text, sentences, by_sentence, i, props)
            or _stated_change(text, sent, figs, props)
            or _one_ended_change(text, sentences, by_sentence, i, props)
            or _named_part_share(text, sentences, by_sentence, i, props)
        )
        if found is not None:
            out.append(found)
    for i, sent in enumerate(sentences):
        if i and _POINTER.match(sent.text):  # most sentences open otherwise: one anchored match each
            found = _pointed_change(text, sentences, by_sentence, i)
            if found is not None:
                out.append(found)
    for i, figs in sorted(by_sentence.items()):
        found = _ratio(text, sentences[i], figs) or _yield(text, sentences[i], figs)
        if found is not None:
            out.append(found)
    if "vote" in text:  # most articles tell no vote: one substring test
        out.extend(_vote_shares(text, sentences, by_sentence))
    return out


_CHANGE_CUE = re.compile(  # what makes a proportion a change: "up", "a rise of", "fell by", "a cut of"
    r"(?:\b(?:up|down|higher|lower)\s+(?:by\s+)?|\b(?:rose|risen|fell|fallen|grew|grown|dropped|declined|"
    r"increased|decreased|climbed|jumped|slipped|slid|surged|soared|plunged|gained|shrank|shrunk|cut|reduced)\s+"
    r"(?:by\s+)?|\b(?:an?|the)\s+(?:[a-z]+\s+)?(?P<noun>" + _CHANGE_NOUNS + r")\s+of\s+)$",
    re.I,
)
_FALL_WORDS = re.compile(r"\b(?:down|lower|fell|fallen|dropped|declined|decreased|slipped|slid|plunged|shrank|shrunk|"
                         r"cut|reduced|drop|fall|decline|reduction|decrease|slump|slide|dip|loss|plunge)\b", re.I)  # fmt: skip
_NEW_BEFORE_CHANGE = re.compile(  # "Saturday's takings of $26 million were down 48%": the new value, then the change
    r"(?:\s+[\w'’-]+){0,5}?\s*,?\s*(?:(?:were|was|is|are|has\s+been|have\s+been|had\s+been|came\s+in)\s+)?$"
)
_OLD_AFTER_CHANGE = re.compile(
    r"\s+(?:from|on|compared\s+with|against)\s+(?:(?:the|its|their|a|an|last\s+year's|[A-Z][\w]*['’]s)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}?$"
)


def _change_finding(
    sent: Sentence,
    old: Figure,
    new: Figure,
    p: Proportion,
    span: tuple[int, int],
    later: int,
    earlier: int,
    earlier_quote: str | None = None,
) -> Mismatch | None:
    if not old.value:
        return None
    actual = 100.0 * abs(new.value - old.value) / old.value
    if _proportion_fits(p, actual, hedged=bool(old.hedge or new.hedge)):
        return None
    direction = "rise" if new.value > old.value else "fall"
    arithmetic = f"from {_amount(old)} to {_amount(new)} is a {_pct(actual)} {direction}, not {p.text.strip()}"
    quote = _clip(sent.text, span[0] - sent.span.start, span[1] - sent.span.start)
    evidence = {"from": old.value, "to": new.value, "stated": round(p.value, 2)}
    return Mismatch("CON001", "change", later, earlier, quote, earlier_quote or quote, arithmetic, evidence)


def _stated_change(text: str, sent: Sentence, figs: list[Figure], props: list[Proportion]) -> Mismatch | None:
    """ "Takings of $26 million were down 48% from Friday's $40 million": new, change, old in one clause;
    "grew from 400 to 600 over the year, a rise of a third": a fraction after both ends."""
    for p in props:
        cue = _CHANGE_CUE.search(text, max(sent.span.start, p.start - 30), p.start)
        if cue is None:
            continue
        ends = [f for f in figs if f.end <= cue.start() and f.kind != "percent"][-2:]
        if p.text[-1:].isalpha() and len(ends) == 2 and ends[0].kind == ends[1].kind and ends[0].unit == ends[1].unit:
            ordered = _from_and_to(text, ends[0], ends[1])
            tail = text[ends[1].end : cue.start()]
            if ordered and len(tail) <= 40 and "," in tail and not _BREAKER.search(tail):
                return _change_finding(sent, *ordered, p, (ends[0].start, p.end), ends[0].sentence, ends[0].sentence)
        before = [f for f in figs if f.end <= cue.start() and f.kind != "percent"]
        after = [f for f in figs if f.start >= p.end and f.kind != "percent"]
        if not before or not after:
            continue
        new, old = before[-1], after[0]
        if new.kind != old.kind or new.unit != old.unit or new.hypothetical or old.hypothetical:
            continue
        if not (
            _NEW_BEFORE_CHANGE.fullmatch(text, new.end, cue.start())
            and _OLD_AFTER_CHANGE.fullmatch(text, p.end, old.start)
        ):
            continue
        return _change_finding(sent, old, new, p, (new.start, old.end), new.sentence, new.sentence)
    return None


_UP_FROM = re.compile(  # "was up from 1,200 in December, a rise of 38%"; "reduced the award from $16 million, a cut of"
    r"\b(?:(?:was|were|is|are|has\s+been|had\s+been)\s+(?:up|down)|rose|fell|grew|dropped|climbed|jumped|"
    r"increased|decreased|declined|reduced|cut|raised|lowered|lifted|trimmed)\b(?P<object>(?:\s+[\w'’-]+){0,4}?)\s+from\s+$",
    re.I,
)
_GENERIC_HEADS = _words("figure number total level count tally sum amount")


def _one_ended_change(
    text: str, sentences: list[Sentence], by_sentence: dict[int, list[Figure]], i: int, props: list[Proportion]
) -> Mismatch | None:
    """A change told with its old end only: the new end is the figure its subject or object refers to."""
    sent = sentences[i]
    figs = by_sentence.get(i, [])
    values = [f for f in figs if f.kind != "percent"]
    if len(values) != 1 or i == 0:
        return None
    old = values[0]
    m = _UP_FROM.search(text, max(sent.span.start, old.start - 80), old.start)
    if m is None:
        return None
    for p in props:
        if p.start < old.end or not _CHANGE_CUE.search(text, max(old.end, p.start - 30), p.start):
            continue
        gap = text[old.end : p.start]
        if ";" in gap or len(gap) > 70 or not re.search(r",\s*(?:an?|the|up|down)\b[^,]*$", gap):
            continue
        words = text[sent.span.start : m.start()] + " " + m.group("object")
        names = [w for w in _WORD.findall(words) if w.lower() not in _STOP and len(w) > 2]
        heads = {_singular(w) for w in names} - _GENERIC_HEADS
        marks = {w for w in names if w[0].isupper() and w.lower() not in _STOP and w not in ("The", "Its", "Their")}
        for j in range(i - 1, max(-1, i - 4), -1):
            cands = [f for f in by_sentence.get(j, []) if f.kind == old.kind and f.unit == old.unit and f.usable]
            hit = [f for f in cands if f.head and f.head in heads]
            if not hit and marks and not heads - {w.lower() for w in marks}:
                hit = [
                    f for f in cands if any(re.search(r"\b" + re.escape(w) + r"\b", sentences[j].text) for w in marks)
                ]
            if len(hit) == 1:
                new = hit[0]
                if (new.value > old.value) == bool(_FALL_WORDS.search(text[m.start() : p.end])):
                    return None  # a rise told as a fall, or the other way: not the figure meant
                nsent = sentences[j]
                nquote = _clip(nsent.text, new.start - nsent.span.start, new.end - nsent.span.start)
                return _change_finding(sent, old, new, p, (m.start(), p.end), i, j, nquote)
            if hit:
                return None
    return None


# "That is a 12% reduction", "This represents a rise of about a third": a change that points back, by its
# sentence's opening demonstrative, at the change told last ("fell from 81,600 km to 79,700 km")
_POINTER = re.compile(r"\s*(?:That|This|It)(?:\s|['’]s)")
_POINTED_VERB = r"\s*(?:[Tt]hat|[Tt]his|[Ii]t)(?:\s+is|['’]s|\s+was|\s+represents|\s+amounts\s+to|\s+means)\s+"
_POINTED_BEFORE = re.compile(_POINTED_VERB + r"(?:(?:an?|the)\s+)?(?:(?:" + _HEDGE_ALT + r")\s+)?(?:an?\s+)?")
_POINTED_OF = re.compile(
    _POINTED_VERB + r"(?:an?|the)\s+(?P<noun>" + _CHANGE_NOUNS + r")\s+of\s+(?:(?:" + _HEDGE_ALT + r")\s+)?(?:an?\s+)?",
    re.I,
)
_POINTED_NOUN = re.compile(r"\s*(?P<noun>" + _CHANGE_NOUNS + r")\b", re.I)
_POINTED_REACH = 5  # sentences back a pointed change looks for the change it restates


def _pointed_change(
    text: str, sentences: list[Sentence], by_sentence: dict[int, list[Figure]], i: int
) -> Mismatch | None:
    """A change that opens its sentence by pointing back ("That is a 12% reduction in the distance") set
    against the nearest change told with both ends ("fell from 81,600 km to 79,700 km") in the sentences
    before; a sentence that tells two such changes leaves it unsure which is meant."""
    sent = sentences[i]
    figs = by_sentence.get(i, [])
    props = _proportions(text, sent, figs)
    if not props:
        return None
    p = props[0]
    opening = text[sent.span.start : p.start]
    before = _POINTED_BEFORE.fullmatch(opening)  # "That is a 12% reduction"
    after = _POINTED_NOUN.match(text, p.end) if before else None
    named = _POINTED_OF.fullmatch(opening)  # "This represents a rise of about a quarter"
    if after is None and named is None:
        return None
    word = after.group("noun") if after else named.group("noun")  # type: ignore[union-attr]
    if any(f.kind != "percent" and f.end <= p.start for f in figs):
        return None
    for j in range(i - 1, max(-1, i - 1 - _POINTED_REACH), -1):
        cands = [f for f in by_sentence.get(j, []) if f.kind != "percent"]
        changes = [
            pair
            for a, b in itertools.pairwise(cands)
            if a.kind == b.kind and a.unit == b.unit and (pair := _from_and_to(text, a, b)) and pair[0].old
        ]
        if len(changes) > 1:
            return None
        if not changes:
            continue
        old, new = changes[0]
        if (new.value < old.value) != bool(_FALL_WORDS.fullmatch(word)):
            return None  # a rise told as a fall: another change than the one before
        if old.hypothetical or new.hypothetical or old.rate != new.rate:
            return None
        nsent = sentences[j]
        quote = _clip(nsent.text, old.start - nsent.span.start, new.end - nsent.span.start)
        end = after.end() if after else p.end
        return _change_finding(sent, old, new, p, (sent.span.start, end), i, j, quote)
    return None


_RATIO_RE = re.compile(
    r"(?:,\s*|\b(?:was|were|is|are|at)\s+)(?:(?P<hedge>" + _HEDGE_ALT + r")\s+)?"
    r"(?P<word>double|twice|treble|triple|(?:two|three|four|five|six|ten)\s+times|half)\s+"
    r"(?!as\b)(?:(?:that\s+of|the|its|their|his|her|a|an|[A-Z][\w]*['’]s)\s+)?(?:[A-Za-z][\w-]*\s+){0,3}?(?:of\s+|at\s+)?$",
    re.I,
)
_RATIO_WORDS = {"double": 2.0, "twice": 2.0, "treble": 3.0, "triple": 3.0, "half": 0.5, "two times": 2.0,
                "three times": 3.0, "four times": 4.0, "five times": 5.0, "six times": 6.0, "ten times": 10.0}  # fmt: skip


def _ratio(text: str, sent: Sentence, figs: list[Figure]) -> Mismatch | None:
    """ "370 mm of rain, nearly double its September average of 70 mm": 370 / 70 is 5.3, not about 2."""
    for k, b in enumerate(figs):
        if k == 0 or b.kind == "percent":
            continue
        m = _RATIO_RE.search(text, max(sent.span.start, b.start - 70), b.start)
        if m is None:
            continue
        before = [f for f in figs[:k] if f.end <= m.start() and f.kind == b.kind and f.unit == b.unit]
        if not before:
            continue
        a = before[-1]
        gap = text[a.end : m.start()]
        if ";" in gap or len(gap) > 80 or re.search(r"\b(?:from|to|than|while|but)\b", gap) or a.hypothetical:
            continue
        if not a.value or not b.value or a.old or a.rate:
            continue
        factor = _RATIO_WORDS[" ".join(m.group("word").lower().split())]
        ratio = a.value / b.value
        hedge = _PROPORTION_HEDGES.get(" ".join((m.group("hedge") or "").lower().split()))
        low, high = {
            "nearly": (0.8, 1.02), "about": (0.85, 1.15), "above": (0.95, float("inf")),
            "just-above": (0.95, 1.25), "below": (0.0, 1.05), "just-below": (0.8, 1.05),
        }.get(hedge or "", (0.9, 1.1))  # fmt: skip
        if a.hedge or b.hedge:
            low, high = low * 0.85, high * 1.15
        if low * factor <= ratio <= high * factor:
            continue
        word = " ".join(f"{m.group('hedge') or ''} {m.group('word')}".split())
        arithmetic = f"{_amount(a)} is {ratio:.2f} times {_amount(b)}, not {word.lower()}"
        quote = _clip(sent.text, a.start - sent.span.start, b.end - sent.span.start)
        return Mismatch(
            "CON001", "change", a.sentence, a.sentence, quote, quote, arithmetic, {"ratio": round(ratio, 3)}
        )
    return None


# "The job cuts, about 15% of the group's 12,400 staff, ...": a share whose part the sentence names by a noun
# only, the count an earlier sentence gave of it ("said it would shed 1,200 jobs")
_NAMED_PART = re.compile(
    r"\s*(?:The|Its|Their|These|Those)\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*,\s*"
    r"(?:(?:" + _HEDGE_ALT + r")\s+)?$"
)
_SHARE_OF_WHOLE = re.compile(r"\s+of\s+(?:(?:the|its|their|all)\s+)?(?:[A-Za-z][\w-]*['’]s\s+)?$")


def _named_part_share(
    text: str, sentences: list[Sentence], by_sentence: dict[int, list[Figure]], i: int, props: list[Proportion]
) -> Mismatch | None:
    """A share of a whole told in the sentence ("about 15% of the group's 12,400 staff") whose part is a
    definite noun the sentence opens with ("The job cuts,") and an earlier sentence counted ("1,200 jobs"):
    the nearest such count of the four sentences before, or of the story's opening."""
    sent = sentences[i]
    p = props[0]
    opening = _NAMED_PART.fullmatch(text, sent.span.start, p.start)
    if opening is None:
        return None
    figs = by_sentence.get(i, [])
    whole = next((f for f in figs if f.start >= p.end and f.kind != "percent"), None)
    if whole is None or not _SHARE_OF_WHOLE.fullmatch(text, p.end, whole.start) or not _can_be_whole(text, whole):
        return None
    nouns = {_singular(w) for w in opening.group("np").lower().split() if w not in _STOP}
    near = list(range(i - 1, max(-1, i - 1 - _BACK_REACH), -1))
    for j in near + [j for j in range(min(_LEAD_AMOUNT, i)) if j not in near][::-1]:
        hits = [
            f
            for f in by_sentence.get(j, [])
            if f.head in nouns
            and f.kind == whole.kind
            and f.unit == whole.unit
            and (f.usable or _planned_only(f))
            and f.value < whole.value
        ]
        if len({f.value for f in hits}) > 1:
            return None
        if not hits:
            continue
        part = hits[0]
        actual = 100.0 * part.value / whole.value
        if _proportion_fits(p, actual, hedged=bool(part.hedge or whole.hedge)):
            return None
        arithmetic = f"{_amount(part)} of {_amount(whole)} is {_pct(actual)}, not {p.text.strip()}"
        quote = _clip(sent.text, 0, p.end - sent.span.start + (whole.end - p.end))
        psent = sentences[j]
        pquote = _clip(psent.text, part.start - psent.span.start, part.end - psent.span.start)
        evidence = {"part": part.value, "whole": whole.value, "stated": round(p.value, 2)}
        return Mismatch("CON001", "share", i, j, quote, pquote, arithmetic, evidence)
    return None


# A vote told as a tally ("passed by 27 votes to 14, with three abstentions") and as a share ("carried with a
# 71% majority"): the share is the ayes over the votes cast (or over all who took part, abstentions included)
_VOTE_TALLY = re.compile(
    r"\bby\s+(?P<a>\d{1,4})\s+votes?\s+to\s+(?P<b>\d{1,4})\b|\b(?:a|an)\s+(?P<c>\d{1,4})\s*[-–]\s*(?P<d>\d{1,4})\s+vote\b"
)
_ABSTENTIONS = re.compile(r"\b(?P<n>\d{1,3}|" + "|".join(_RATIO_NUMBERS) + r")\s+abstentions?\b", re.I)
_VOTE_SHARE_AFTER = re.compile(
    r"\s+(?:majority|of\s+(?:the\s+)?(?:votes\s+cast|those\s+voting)|support|backing|vote\s+in\s+favou?r)\b", re.I
)
_VOTE_PASSED = re.compile(r"\b(?:carried|passed|approved|backed|adopted|won|voted)\b")


def _vote_shares(text: str, sentences: list[Sentence], by_sentence: dict[int, list[Figure]]) -> list[Mismatch]:
    """A share of a vote that its one tally in the article does not give: 27 of 41 votes cast is 65.9%, not
    71%. An article with two tallies (two votes) is left alone: which one a share is of is not said."""
    tallies: list[re.Match[str]] = []
    at = text.find("vote")
    while at != -1 and len(tallies) < 2:  # look only around the word: a scan of the whole text costs a millisecond
        found = _VOTE_TALLY.search(text, max(0, at - 24), at + 32)
        if found and (not tallies or found.start() != tallies[-1].start()):
            tallies.append(found)
        at = text.find("vote", at + 4)
    if len(tallies) != 1:
        return []
    t = tallies[0]
    ayes, noes = int(t.group("a") or t.group("c")), int(t.group("b") or t.group("d"))
    if ayes <= noes:
        return []
    starts = [s.span.start for s in sentences]
    j = bisect.bisect_right(starts, t.start()) - 1
    if j < 0:
        return []
    abst = _ABSTENTIONS.search(sentences[j].text)
    extra = 0
    if abst:
        n = abst.group("n").lower()
        extra = int(n) if n.isdigit() else _RATIO_NUMBERS.index(n) + 1
    out: list[Mismatch] = []
    for i, figs in sorted(by_sentence.items()):
        if i == j:
            continue
        for p in figs:
            if p.kind != "percent" or p.old or not _VOTE_SHARE_AFTER.match(text, p.end):
                continue
            if not _VOTE_PASSED.search(sentences[i].text):
                continue
            shares = [100.0 * ayes / (ayes + noes)] + ([100.0 * ayes / (ayes + noes + extra)] if extra else [])
            if any(_fits(p, share, hedged=False) for share in shares):
                continue
            told = f"{ayes} of {ayes + noes} votes cast is {_pct(shares[0])}"
            if extra:
                told += f", and {ayes} of {ayes + noes + extra} with the abstentions is {_pct(shares[1])}"
            arithmetic = f"{told}, not {_pct(p.value)}"
            sent, tsent = sentences[i], sentences[j]
            quote = _clip(sent.text, p.start - sent.span.start, p.end - sent.span.start)
            tquote = _clip(tsent.text, t.start() - tsent.span.start, t.end() - tsent.span.start)
            evidence = {"ayes": ayes, "noes": noes, "abstentions": extra, "stated": p.value}
            out.append(Mismatch("CON001", "share", i, j, quote, tquote, arithmetic, evidence))
    return out


# "£15,000 at 4.2% would earn £720 a year": an amount, the rate it is held at and what that rate gives in a
# year, in one clause; the third is the product of the first two
_RATE_ON = re.compile(r"\b(?:at|paying|earning|yielding|charging|on|of)\s+(?:(?:about|around|roughly|some)\s+)?$", re.I)
_YIELD_VERB = re.compile(  # not "pays" or "costs": a loan's yearly repayment holds some of the loan too
    r"\b(?:earns?|earning|earned|gets?|getting|receives?|received|yields?|yielding|returns?|"
    r"would\s+(?:earn|get|receive|yield|bring\s+in)|brings?\s+in|makes?)\s+(?:(?:about|around|roughly|some|"
    r"just\s+over|just\s+under)\s+)?$",
    re.I,
)


def _yield(text: str, sent: Sentence, figs: list[Figure]) -> Mismatch | None:
    """An amount, its yearly rate and what it earns a year, told together: the earnings are the product."""
    if len(figs) < 3 or not any(f.kind == "percent" for f in figs):
        return None
    for a, r, b in zip(figs, figs[1:], figs[2:], strict=False):
        if a.kind != "money" or r.kind != "percent" or b.kind != "money" or a.unit != b.unit:
            continue
        gap_ar, gap_rb = text[a.end : r.start], text[r.end : b.start]
        if len(gap_ar) > 40 or len(gap_rb) > 40 or ";" in gap_ar + gap_rb or r.old or a.old:
            continue
        if not _RATE_ON.search(gap_ar) or not _YIELD_VERB.search(gap_rb) or b.per != "year":
            continue
        if a.hedge or r.hedge or b.hedge or not a.value:
            continue
        expected = a.value * r.value / 100.0
        slack = max(b.precision, a.value * r.precision / 100.0) + 0.01 * expected
        if abs(expected - b.value) <= slack:
            continue
        arithmetic = (
            f"{_amount(a)} at {_pct(r.value)} is {_amount(_with_value(b, round(expected, 2)))} a year, not {_amount(b)}"
        )
        quote = _clip(sent.text, a.start - sent.span.start, b.end - sent.span.start)
        evidence = {"amount": a.value, "rate": r.value, "stated": b.value, "computed": round(expected, 2)}
        return Mismatch("CON001", "share", a.sentence, a.sentence, quote, quote, arithmetic, evidence)
    return None


def _restatement(sentences: list[Sentence], e: Figure, f: Figure, arithmetic: str) -> Mismatch:
    """A CON001 restatement: figure ``f`` (later) against ``e`` (earlier), each quoted in its sentence."""
    later, earlier = sentences[f.sentence], sentences[e.sentence]
    return Mismatch(
        "CON001",
        "restatement",
        f.sentence,
        e.sentence,
        _clip(later.text, f.start - later.span.start, f.end - later.span.start),
        _clip(earlier.text, e.start - earlier.span.start, e.end - earlier.span.start),
        arithmetic,
        {"counted": f.head, "values": [f.value, e.value]},
    )


# ---------------------------------------------------------------- shared with shares.py (public names)

STOP_WORDS = _STOP
UNTELLING_VERBS = _LIGHT | _ANSWERING  # verbs two statements share without saying one thing ("said", "found")
clip = _clip
figure_times = _figure_times
body_sentences = _sentences
singular = _singular
FRACTION_RE = _FRACTION_RE  # "roughly one in four", "nearly half", "two out of three"
FRACTION_WORDS = _FRACTION_WORDS
PROPORTION_HEDGES = _PROPORTION_HEDGES
