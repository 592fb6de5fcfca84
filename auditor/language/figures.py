"""Uncited factual claims: estimates, official figures and poll results with no source.

The analysis behind CIT004 (``rules/citations.py``), which only words the finding.

A *claim* here is a sentence with the vocabulary of estimates, official data,
intelligence assessments or polls ("estimate", "assessment", "poll", "census",
"death toll", "data show", "is believed to" ...) and a figure (5,000 workers,
40%, $3bn) or a vague magnitude (thousands of troops); or a measured figure
stated as fact without that vocabulary: a move after a verb of change, a share
of a whole ("41% of their income") or a count of a thousand things or more.
Other plain figures are left alone: on real copy they were nearly all false alarms.
The claim is *sourced* when the sentence, or another of its paragraph that speaks for it
(:func:`_vouches`), carries a citation, a link, a marker, or a named or described source (see
:mod:`auditor.language.attribution`); when it opens by continuing a sourced sentence ("An
additional 1,000 ..."); when it refers back to a sourced announcement or report
("the recent announcement"); or when its figures were sourced elsewhere in the
article.

Numbers that are not claims are ignored: years, dates, times, ordinals, ages,
durations, section and model numbers ("Article 5", "Boeing 737"), anything in
quotation marks or a URL, numbers below ten given without a unit, and
headlines. One finding per sentence, however many numbers it holds.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections.abc import Callable, Container, Iterator
from typing import NamedTuple

from auditor.language.attribution import Attribution, document_attributions
from auditor.language.datafiles import load_toml
from auditor.language.entities import gazetteer
from auditor.language.genre import corporate_release, issuers_own, press_release
from auditor.language.languageid import doc_is_english
from auditor.language.sourcing import PERSONAL_WORD, technical_piece, writes_in_person, writing_register
from auditor.language.trie import announce_triggers, folded, previous_word_start, word_hits
from auditor.model import Document, Sentence, Span

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MAGNITUDE = r"(?:[ \t\xa0]*(?:million|billion|trillion|thousand|hundred|bn|mn|m|k|tn)\b)"
_PERCENT = r"(?:[ \t\xa0]*(?:%|percent\b|per[ \t\xa0]+cent\b|percentage[ \t\xa0]+points?\b))"
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_FIGURE = re.compile(
    rf"(?P<cur>[$€£¥][ \t\xa0]?)?(?<![\w.,/:#\-])(?P<num>{_NUMBER})(?:(?=(?:bn|mn|tn|m|k|cm|mm|km|kg|gw|mw|twh|gwh|ppm|mph|c|°c)\b)|(?![\w/:]|[,.]\d))"
    rf"(?P<mag>{_MAGNITUDE})?(?P<pct>{_PERCENT})?(?P<after>[ \t\xa0\-]*[\w’']*)",
)
_VAGUE = re.compile(
    r"\b(?:tens[ \t\xa0]+of[ \t\xa0]+thousands|hundreds[ \t\xa0]+of[ \t\xa0]+thousands|tens[ \t\xa0]+of[ \t\xa0]+millions|"
    r"hundreds|thousands|millions|billions|dozens)[ \t\xa0]+of\b",
)
_CUE = re.compile(
    r"\b(?:estimat\w*|assess\w*|intelligence|polls?|polled|polling|surveys?|surveyed|census|"
    r"statistics|official[ \t\xa0]+(?:figures|data|count|tally|estimates?)|(?:death|casualty)[ \t\xa0]+toll|"
    r"casualt\w*|tally|projected|projections?|forecasts?|data[ \t\xa0]+(?:show|shows|showed|suggest)|"
    r"(?:is|are|was|were)[ \t\xa0]+(?:believed|thought|said|understood)[ \t\xa0]+to|"
    r"expected[ \t\xa0]+to[ \t\xa0]+(?:cost|reach|total|exceed|top|hit|climb|rise|fall|drop)|"
    r"expects?[ \t\xa0]+(?:[\w'’\-]+[ \t\xa0]+){1,5}?to[ \t\xa0]+(?:cost|reach|total|exceed|top|hit|climb|rise|fall|drop)|"
    r"(?:could|may|might)[ \t\xa0]+(?:well[ \t\xa0]+)?(?:cost|reach|total|exceed|top))\b",
)  # "insured losses could reach 5 billion euros": a projection, whoever made it  # "the clean-up is expected to cost £85 million": an estimate, whoever made it
_NOT_A_COUNT_AFTER = re.compile(
    rf"[ \t\xa0\-]*(?:{_MONTHS}\b|st\b|nd\b|rd\b|th\b|years?\b|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|"
    r"seconds?\b|decades?\b|centuries\b|century\b|year-old|years-old|a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|"
    r"o['’]clock)",
    re.I,
)
_NOT_A_COUNT_BEFORE = re.compile(
    rf"(?:\b{_MONTHS}\.?|\b(?:page|pages|chapter|section|article|paragraph|clause|round|stage|phase|level|"
    r"grade|room|route|line|platform|gate|no|number|item|point|rule|step|part|volume|vol|issue|episode|"
    r"season|row|seat|table|fig|figure|aged|age|version|model|flight|resolution|top|category|class|"
    r"division|district|ward|highway|channel|unit|block|building|floor|tier|act|law|bill|decree|order|port)\.?|"
    r"(?-i:[A-Z])[\w\-]*(?:['’]s)?|#|No\.)[ \t\xa0]*$",
    re.I,
)
# Capitalised words that lead into a figure rather than label it ("The 1,200 nurses", "Nearly 300").
_LEADS = frozenset(
    [
        "the",
        "a",
        "an",
        "some",
        "about",
        "nearly",
        "around",
        "only",
        "almost",
        "more",
        "over",
        "under",
        "up",
        "just",
        "roughly",
        "approximately",
        "another",
        "all",
        "by",
        "with",
        "to",
        "for",
        "and",
        "but",
        "since",
        "after",
        "before",
        "than",
        "those",
        "these",
        "its",
        "their",
        "his",
        "her",
        "our",
        "at",
        "in",
        "of",
        "fewer",
        "less",
        "least",
        "most",
        "as",
        "another",
    ]
)
_QUOTE = re.compile(r"“[^“”]{0,1200}”|\"[^\"\n]{0,1200}\"|«[^«»]{0,1200}»")
_CONTINUATION = re.compile(
    r"^(?:an?[ \t\xa0]+(?:additional|further)|another|additionally|in[ \t\xa0]+addition|it[ \t\xa0]+also|they[ \t\xa0]+also|"
    r"(?:the|this|its|their)(?:[ \t\xa0]+[\w'’\-]+){1,3}?[ \t\xa0]+also|the[ \t\xa0]+(?:figure|figures|number|numbers|estimate|total)|of[ \t\xa0]+(?:these|those|whom|which)|"
    r"of[ \t\xa0]+them|among[ \t\xa0]+them|that|these|those|"
    r"this(?![ \t\xa0]+(?:year|week|month|morning|afternoon|evening|weekend|season|spring|summer|autumn|fall|winter|"
    r"quarter|time)))\b",
    re.I,
)  # a sentence opening with a demonstrative ("That brings the toll to 820.") carries on the one before
_BACK_REFERENCE = re.compile(
    r"\b(?:the|this|that)[ \t\xa0]+(?:recent[ \t\xa0]+|latest[ \t\xa0]+|same[ \t\xa0]+|new[ \t\xa0]+)?(?:announcement|report|statement|"
    r"assessment|survey|poll|study|estimate|data|figures|briefing|disclosure)\b",
    re.I,
)


# A figure stated as a measured fact needs no vocabulary of estimates to be a claim: a share
# (40%), an amount of money ($2.3bn, £310,000), a move ("fell 1.8% to 19,412 points", "reached
# 412,000") or a count of something (14,000 homes). Counts under 100 are left alone: goals, votes,
# witnesses and seats are usually what the reporter saw.
_MOVE_BEFORE = re.compile(
    r"\b(?:rose|rises|risen|rise|fell|falls|fallen|reached|reaches|hit|hits|totall?ed|totals|topped|tops|"
    r"stood|stands|climbed|climbs|dropped|drops|jumped|jumps|slipped|slips|slumped|slumps|surged|surges|"
    r"grew|grows|grown|declined|declines|increased|increases|decreased|decreases|gained|gains|lost|loses|"
    r"narrowed|widened|soared|plunged|tumbled|sank|sinks|slid|slides|slowed|slows|weakened|weakens|strengthened|"
    r"shed|sheds|eased|eases|edged|rallied|advanced|retreated|dipped|dips|rocketed|ballooned|shrank|shrunk|swelled|"
    r"contracted|expanded|accelerated|peaked|touched|averaged|averages|average|averaging|doubled|tripled|trebled|(?<!the[ \t\xa0])top|reach|"
    r"exceed|exceeds|exceeded|surpass|surpasses|surpassed|passed|crossed|stand[ \t\xa0]+at|"
    r"quadrupled|halved|(?:put|estimated|valued|pegged)[ \t\xa0]+at|"
    r"(?:values|valued|valuing|value|estimates|estimated|pegs|pegged)(?:[ \t\xa0]+[\w'’\-]+){1,4}?[ \t\xa0]+at|(?:an?|its|their)[ \t\xa0]+(?:high|low|peak)[ \t\xa0]+of|"
    r"(?:closed|ended|finished|opened|settled|traded|was|were|is|are)(?:[ \t\xa0]+(?:the|its|their|this|last|[\w\-]+['’]s)"
    r"(?:[ \t\xa0]+[a-z]+)?)?(?:[ \t\xa0]+(?:day|session|week|month|year|quarter|half|morning|afternoon|trading|trade))?"
    r"[ \t\xa0]+(?:up|down|higher|lower)|"
    r"(?:go|goes|went|gone|going|come|comes|came|coming)[ \t\xa0]+(?:up|down)|(?:gave|give|gives|given|giving)[ \t\xa0]+(?:up|back)|"
    r"[,(][ \t\xa0]*(?:up|down))"
    r"(?:[ \t\xa0]+(?:by|to|at|from|about|almost|nearly|more[ \t\xa0]+than|over|some|around|roughly|an?[ \t\xa0]+record|"
    r"as[ \t\xa0]+(?:much|little|many|few)[ \t\xa0]+as|(?:this|last)[ \t\xa0]+(?:year|month|week|quarter|season)|"
    r"(?:in|since)[ \t\xa0]+\d{4}|"
    r"below|above|past|beyond|under|back[ \t\xa0]+(?:to|above|below)|"
    r"(?:an?|one|two|three)[ \t\xa0\-]+(?:half|thirds?|quarters?|fifths?|tenths?)|half))*"
    r"[ \t\xa0]+\Z",
    re.I,
)  # "slumped by a fifth to $14 billion"
# A change verb, its object, then "by": "reduces incidents by 60 per cent", "cut emissions by a third to".
# Not after "to" ("voted to raise the minimum wage by $1"): a decision or a plan, not a measured effect.
_CHANGED_BY = re.compile(
    r"(?<!\bto[ \t\xa0])\b(?:reduc|cut|lower|rais|boost|increas|decreas|improv|slash|halv|shrink|shrank|widen|narrow|lift|"
    r"outpac|outstrip|outperform|outgrew|outgrow|lagg|trail)\w*"
    r"(?:[ \t\xa0]+[\w'’\-]+){1,4}?[ \t\xa0]+by[ \t\xa0]+(?:about[ \t\xa0]+|almost[ \t\xa0]+|nearly[ \t\xa0]+|some[ \t\xa0]+|"
    r"around[ \t\xa0]+|roughly[ \t\xa0]+|more[ \t\xa0]+than[ \t\xa0]+|up[ \t\xa0]+to[ \t\xa0]+)?\Z",
    re.I,
)
# A physical quantity per unit of time: "add about 0.1 millimetres a year", "40,000 litres a day".
_RATE_BEFORE = re.compile(
    r"\b(?:daily|weekly|monthly|annual|yearly|nightly)[ \t\xa0]+\Z", re.I
)  # "41 million monthly users"
_RATE_AFTER = re.compile(
    r"[ \t\xa0]+(?:a|an|per|each|every)[ \t\xa0]+(?:year|month|week|day|hour|decade|annum)\b", re.I
)
# After the figure: "7% higher than a year ago", "12% down on last year": a move stated by comparison.
_MOVE_AFTER = re.compile(
    r"[ \t\xa0]+(?:higher|lower|cheaper|dearer|warmer|colder)"
    r"(?=[ \t\xa0]*[.,;)]|[ \t\xa0]+(?:than|on|in|against|at|from|after|since|compared|year|this|last)\b)"
    r"|[ \t\xa0]+(?:more|less|fewer|up|down|above|below)(?:[ \t\xa0]+[\w'’\-]+){0,3}?[ \t\xa0]+"
    r"(?:than|on|from|compared|year[ \t\xa0\-]+on|against|since|in[ \t\xa0]+(?:the|a)[ \t\xa0]+year|after)\b"
    r"|[ \t\xa0]+(?:more|less|fewer|up|down)(?=[ \t\xa0]*[.,;)])"
    r"|[ \t\xa0]+(?:above|below|under|over|short[ \t\xa0]+of)[ \t\xa0]+(?:(?:the|its|their|pre-[\w\-]+|last[ \t\xa0]+year['’]s)[ \t\xa0]+)?"
    r"(?:[\w'’\-]+[ \t\xa0]+){0,3}?(?:average|averages|level|levels|norm|normal|peak|trend|baseline|mean|median)\b",
    re.I,
)  # a gap to a reference: "running 38% above the five-year average", "12% below their level before the pandemic"
# a comparative of direction after the figure is a change or a gap measured: "trading 0.4% lower",
# "12% higher in March than", "4 metres lower than in 2019" (predicative: "75% lower CPU use" describes); not a thing's speed or size against another
# version ("30% faster", "10% smaller binaries"): a benchmark, which its maker ran
# A level of a statistic: "the average house price in the city is now £312,000", "unemployment was 4.1%".
_LEVEL_BEFORE = re.compile(
    r"\b(?:average|median|typical|mean|unemployment|inflation|deficit|surplus|debt|population|turnover|"
    r"revenue|revenues|output|growth|backlog|turnout|toll|income|spending|sales|exports|imports|emissions|profits?|"
    r"losses|earnings|consumption|demand|attendance|ridership|footfall|usage|market[ \t\xa0]+share|"
    r"(?:jobless|unemployment|employment|vacancy|poverty|crime|birth|death|mortality|obesity|infection|literacy|"
    r"participation|occupancy|vaccination|homeownership|savings|uptake|coverage)[ \t\xa0]+rates?)\b"
    r"(?:[ \t\xa0]+[\w'’\-]+){0,12}?[ \t\xa0]+(?:is|are|was|were|stands|stand|stood|remains|remain|remained|sits|sit|sat|now)"
    r"(?:(?:[ \t\xa0]+(?:now|currently|still|just|about|around|nearly|almost|over|at|some|roughly|only|under))*"
    r"|(?:[ \t\xa0]+[\w'’\-]+){1,6},[ \t\xa0]+at)[ \t\xa0]+\Z",
    re.I,
)
_NOT_COUNTED = frozenset(
    [
        "of",
        "to",
        "and",
        "or",
        "in",
        "on",
        "at",
        "for",
        "by",
        "from",
        "with",
        "than",
        "as",
        "per",
        "the",
        "a",
        "an",
        "is",
        "are",
        "was",
        "were",
        "be",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "can",
        "may",
        "more",
        "less",
        "times",
        "time",
        "percent",
        "cent",
    ]
)
# A physical quantity: "fallen by 9 gigawatts", "rose 3 million barrels", "12 tonnes".
_MEASURE_UNIT = re.compile(
    r"[ \t\xa0]*(?:gigawatts?|megawatts?|terawatt[ \t\xa0\-]hours?|gw|mw|twh|gwh|tonnes|tons|barrels|litres|liters|gallons|"
    r"cubic[ \t\xa0]+metres|degrees|(?:square[ \t\xa0]+)?(?:kilo|centi|milli)?(?:metres|meters)|km|mm|cm|miles|"
    r"hectares|acres|kilograms|kilos|kg|ppm|ppb|parts[ \t\xa0]+per[ \t\xa0]+(?:million|billion)|mph|(?<=\d)°?c|°[cf]?)\b",
    re.I,
)  # "1.2C", "424 ppm": a temperature or a concentration measured
# A large sum projected: "will save taxpayers £45 million", "would cost the NHS £2bn", "is set to raise €3bn".
_PROJECTED_SUM = re.compile(
    r"\b(?:will|would|could|set[ \t\xa0]+to|expected[ \t\xa0]+to)[ \t\xa0]+(?:[a-z]+[ \t\xa0]+)?"
    r"(?:save|saves|cost|costs|generate|raise|bring[ \t\xa0]+in|add|wipe|lose)(?:[ \t\xa0]+[\w'’\-]+){0,3}?"
    r"(?:[ \t\xa0]+(?:about|around|some|nearly|almost|more[ \t\xa0]+than|up[ \t\xa0]+to|an[ \t\xa0]+estimated))?[ \t\xa0]+\Z",
    re.I,
)


def _large_sum(text: str, m: re.Match[str], value: float) -> bool:
    """Whether the figure is a sum of money of _LARGE_SUM or more, or given with a magnitude ("£45 million")."""
    end = m.end("mag") if m.group("mag") else m.end("num")
    money = bool(m.group("cur")) or _MONEY_WORDS.match(text, end, end + 12) is not None
    return money and (bool(m.group("mag")) or value >= _LARGE_SUM)


# The average one of a kind doing what a statistic measures: "a typical household now pays £1,850".
_TYPICAL_DOES = re.compile(
    r"\b(?:average|typical|median)[ \t\xa0]+(?:[\w'’\-]+[ \t\xa0]+){0,3}?(?:now[ \t\xa0]+|still[ \t\xa0]+)?"
    r"(?:pays?|paid|earns?|earned|spends?|spent|owes?|owed|receives?|received|gets|got|uses?|used|loses?|lost|saves?|saved)"
    r"(?:[ \t\xa0]+(?:about|around|nearly|almost|over|more[ \t\xa0]+than|some|roughly|just|an[ \t\xa0]+extra))*[ \t\xa0]+\Z",
    re.I,
)
_GRADIENT_AFTER = re.compile(
    r"[ \t\xa0]*(?:[a-z]+[ \t\xa0]+)?(?:over|in|across|within)[ \t\xa0]+(?:the[ \t\xa0]+(?:first|last|final|next)[ \t\xa0]+)?"
    r"[\d.,]+[ \t\xa0]*(?:km|kilometres|kilometers|miles|metres|meters|m)\b",
    re.I,
)
_TEMPERATURE = re.compile(r"[ \t\xa0]?°?[cf]\b|[ \t\xa0]*degrees\b", re.I)
_BENCHMARK_AFTER = re.compile(
    r"[ \t\xa0]+(?:faster|slower|smaller|larger|bigger|quicker|leaner|more[ \t\xa0]+efficient)\b", re.I
)
# A move restated: "shed 45 points, or 0.9 per cent", "fell 120 points (1.5%)": the figure before is the move.
_RESTATED = re.compile(
    r"\d[\d,.]*(?:[ \t\xa0]+[a-z]+){0,2}[ \t\xa0]*(?:,[ \t\xa0]*or|\(|,[ \t\xa0]*or[ \t\xa0]+about)[ \t\xa0]*\Z"
)
_BASIS_POINTS = re.compile(r"[ \t\xa0]*(?:basis[ \t\xa0]+points?|bps|bp)\b", re.I)  # a yield's or a rate's move
_MONEY_WORDS = re.compile(r"[ \t\xa0]*(?:dollars|euros|pounds|yuan|yen|rupees|roubles|rubles|francs)\b", re.I)
_STRONG_COUNT = 100


# Words one of which _LEVEL_BEFORE (or _CHANGED_BY, _TYPICAL_DOES, _SETTING_BEFORE) must hold: an ASCII window without any of them
# cannot match, and is spared the pattern (the costliest two of a figure's readings).
_LEVEL_WORDS = (
    *("average", "median", "typical", "mean", "unemployment", "inflation", "deficit", "surplus", "debt"),
    *("population", "turnover", "revenue", "output", "growth", "backlog", "turnout", "toll", "income"),
    *("spending", "sales", "exports", "imports", "emissions", "profit", "losses", "earnings", "consumption"),
    *("demand", "attendance", "ridership", "footfall", "usage", "market", "rate"),
)
_BY_WORD = ("by",)
_TYPICAL_WORDS = ("average", "typical", "median")  # _TYPICAL_DOES
_SETTING_WORDS = ("maximum", "minimum", "limit", "default", "threshold", "ceiling", "timeout")  # _SETTING_BEFORE


def _has_word(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[start:end]`` may hold one of ``words`` (always, outside ASCII: case folding differs)."""
    window = text[start:end]
    if not window.isascii():
        return True
    window = window.lower()
    return any(w in window for w in words)


def _strong(text: str, m: re.Match[str], value: float) -> bool:
    """Whether the figure at ``m`` states a measured move or share.

    "fell 1.8% to 19,412 points", "rose 85% to €48 million", "reached 412,000", "41% of their
    income". A price, fee, fine or grant ("a $1,000 fine", "the £62 million fee") is a fact of
    record more often than a measurement, and is left to the vocabulary of estimates.
    """
    start = m.start("cur") if m.group("cur") else m.start("num")
    if _MODAL_BEFORE.search(text, max(0, start - 60), start):
        # "the wage would go up to $8": a rule or a plan, not a measurement; but "will save taxpayers
        # £45 million a year" projects a large sum, an estimate someone made
        return _large_sum(text, m, value) and _PROJECTED_SUM.search(text, max(0, start - 60), start) is not None
    if _has_word(text, max(0, start - 60), start, _SETTING_WORDS) and _SETTING_BEFORE.search(
        text, max(0, start - 60), start
    ):
        return False  # "the maximum has been increased from 128 to 1024": a setting someone chose
    end = m.end("pct") if m.group("pct") else (m.end("mag") if m.group("mag") else m.end("num"))
    if m.group("pct") and _BENCHMARK_AFTER.match(text, end, end + 24):
        return False  # "up to 60% faster than in Go 1.23": a benchmark against another version, which its maker ran
    if _counted(text, m, value, end):
        return True
    moved = _MOVE_BEFORE.search(text, max(0, start - 48), start) is not None
    if not moved and m.group("pct") and (restated := _RESTATED.search(text, max(0, start - 40), start)) is not None:
        moved = _MOVE_BEFORE.search(text, max(0, restated.start() - 48), restated.start()) is not None
        # "shed 45 points, or 0.9 per cent": the move restated as a share
    if not moved and m.group("pct") and _MOVE_AFTER.match(text, end, end + 40):
        moved = True  # "7% higher than a year ago"
    if not moved and not m.group("pct"):
        unit = _MEASURE_UNIT.match(text, end, end + 24) or _MONEY_WORDS.match(text, end, end + 12)
        after = unit.end() if unit is not None else (end if m.group("cur") else -1)
        moved = after >= 0 and _MOVE_AFTER.match(text, after, after + 40) is not None  # "4 metres lower than"
    if (
        not moved
        and _has_word(text, max(0, start - 64), start, _BY_WORD)
        and _CHANGED_BY.search(text, max(0, start - 64), start)
    ):
        moved = True  # "reduces incidents by 60 per cent"
    if (
        not moved
        and _has_word(text, max(0, start - 120), start, _LEVEL_WORDS)
        and _LEVEL_BEFORE.search(text, max(0, start - 120), start)
    ):
        moved = True  # "the average price is now £312,000": the level of a statistic
    if (
        not moved
        and _has_word(text, max(0, start - 80), start, _TYPICAL_WORDS)
        and _TYPICAL_DOES.search(text, max(0, start - 80), start)
    ):
        moved = True  # "a typical household now pays £1,850 a year": the average one, a statistic
    if not moved:
        unit = _MEASURE_UNIT.match(text, end, end + 24)
        return unit is not None and _RATE_AFTER.match(text, unit.end(), unit.end() + 16) is not None  # "0.1 mm a year"
    money = bool(m.group("cur")) or _MONEY_WORDS.match(text, end, end + 12) is not None
    measure = _MEASURE_UNIT.match(text, end, end + 24) is not None  # "has fallen by 9 gigawatts"
    measure = measure or _BASIS_POINTS.match(text, end, end + 20) is not None  # "rose 15 basis points"
    if measure and _GRADIENT_AFTER.match(text, end, end + 40):
        return False  # "the route climbs 1,200 metres over 20km": a gradient, the lie of the land
    return bool(m.group("pct")) or money or measure or value >= _STRONG_COUNT or bool(m.group("mag"))


# A large count of a named thing ("14,000 homes", "18,500 buy-to-let properties") or a share of
# a whole ("41% of their income") is a measurement whatever verb carries it. A share of one
# person's own ("24 percent of his days") is the story's count of that person, left alone.
_LARGE_COUNT = 1000
_PLURAL = (
    r"(?:(?!(?:this|thus|plus|less|unless|across|always|perhaps|does|goes|yes|whereas|besides|towards)\b)"
    r"[a-z][a-z\-]{2,}s|[a-z][A-Z][a-z]+s|\d+(?:-[a-z]+)+s|[a-z]+-\d+s|people|children|men|women|staff|adults|police)"
)  # a plural noun by its ending, or an irregular plural of people
_COUNTED_NOUN = re.compile(rf"[ \t\xa0]+(?:[a-z][a-z\-]*[ \t\xa0]+)?(?P<noun>{_PLURAL})\b(?![ \t\xa0]*[’'])")
_SHARE_OF = re.compile(
    r"[)\]]?[ \t\xa0]+of[ \t\xa0]+(?:(?:the|their|its|our|all|those|[A-Z][\w\-]*['’]s)(?![\w'’])|[A-Z][a-z]{2,}s\b|"
    rf"(?!(?:his|her|my|your)\b)(?:[a-z][a-z\-]+[ \t\xa0]+)?{_PLURAL}\b)"
    r"(?![ \t\xa0]+(?:[a-z\-]+[ \t\xa0]+)?(?:votes?|ballots?|seats)\b)"
    r"(?<!votes)(?<!ballots)(?<!seats)(?<!days)(?<!years)(?<!hours)(?<!weeks)(?<!months)(?<!minutes)(?<!times)"
)  # "60% of voters", "41% of their income"; "55.88% of the vote": a result the count declared


# A share that holds a view, as polls report it: "38 per cent say", "61% back the ban".
_SHARE_HOLDS = re.compile(
    r"[)\]]?,?[ \t\xa0]+(?:of[ \t\xa0]+(?:them|those|respondents|voters|adults)[ \t\xa0]+)?(?:say|said|think|thought|believe|believed|"
    r"back|backed|support|supported|oppose|opposed|want|wanted|agree|agreed|disagree|disagreed|expect|expected|"
    r"favour|favor|favoured|favored|prefer|preferred|approve|approved|disapprove|disapproved|trust|trusted)\b"
    r"(?![ \t\xa0]+by\b)"
)  # "54%, oppose the runway" too (not "2%, backed by exports")


def _counted(text: str, m: re.Match[str], value: float, end: int) -> bool:
    """A share of a whole, or a count of a thousand things or more (no money: prices and fees)."""
    if m.group("pct"):
        return _SHARE_OF.match(text, end, end + 48) is not None or _SHARE_HOLDS.match(text, end, end + 40) is not None
    if m.group("cur") or _MONEY_WORDS.match(text, end, end + 12) is not None:
        start = m.start("cur") if m.group("cur") else m.start("num")
        large = bool(m.group("mag")) or value >= _LARGE_SUM
        return large and (
            _SPENT_BEFORE.search(text, max(0, start - 40), start) is not None
            or _SPENT_AFTER.match(text, end, end + 24) is not None
        )
    scale = {"million": 1e6, "billion": 1e9, "thousand": 1e3, "bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3}
    mag = (m.group("mag") or "").strip().lower()
    if value * scale.get(mag, 1) < _TOLL_COUNT:
        return False
    noun = _COUNTED_NOUN.match(text, end, end + 40)
    start = m.start("num")
    if noun is not None and _affected(text, noun, start):
        return True  # "the outbreak has infected 340 people", "900 families were evacuated": a toll
    if value * scale.get(mag, 1) < _LARGE_COUNT:
        return False
    if (
        noun is not None
        and (
            _HOLDS_BEFORE.search(text, max(0, start - 40), start)
            or _COMPOSED_OF.search(text, max(0, start - 40), start)
            or _COLLECTION_OF.search(text, max(0, start - 90), start)
        )
        and not _RATE_AFTER.match(text, noun.end(), noun.end() + 16)
        and not _RATE_BEFORE.search(text, end, noun.start("noun"))
    ):
        return False  # "the stadium holds 60,000 fans", "employs 3,400 people": a fact of record
    # (nor "Companion apps had 41 million monthly users": a rate, measured)
    # (not "the bridge carries 80,000 vehicles a day": a rate is measured)
    return noun is not None and noun.group("noun") not in _NOT_COUNTED and noun.group("noun") not in _NOT_THINGS


# A large sum after its amount: "has run £90 million over budget", "is £2bn in the red".
_SPENT_AFTER = re.compile(
    r"[ \t\xa0]+(?:over[ \t\xa0]+budget|in[ \t\xa0]+(?:the[ \t\xa0]+red|debt|losses|arrears))\b", re.I
)
# A toll: a count of people (ten or more) harmed, moved or put out of work, as the verb says before
# the count ("infected 340 people") or after it ("900 families were evacuated", "600 workers lost
# their jobs"); not a plan ("600 workers will lose their jobs": the employer's announcement).
_TOLL_COUNT = 10
_PEOPLE = frozenset(
    [
        *("people", "persons", "residents", "families", "households", "workers", "employees", "staff", "patients"),
        *("children", "pupils", "students", "passengers", "customers", "tenants", "victims", "civilians"),
        *("soldiers", "troops", "migrants", "refugees", "men", "women", "adults", "travellers", "travelers"),
    ]
)
_HARM = (
    r"(?:killed|injured|hurt|wounded|infected|sickened|poisoned|affected|evacuated|displaced|hospitali[sz]ed|"
    r"arrested|detained|rescued|stranded|trapped|died|dead|missing|sacked|furloughed|laid[ \t\xa0]+off|"
    r"made[ \t\xa0]+redundant|lost[ \t\xa0]+(?:their|his|her)[ \t\xa0]+(?:jobs?|homes?|lives)|"
    r"left[ \t\xa0]+(?:homeless|without))"
)
_HARM_AFTER = re.compile(
    rf"[ \t\xa0]+(?:(?:were|was|have|had|has)[ \t\xa0]+(?:been[ \t\xa0]+)?|are[ \t\xa0]+(?:now[ \t\xa0]+)?|remain[ \t\xa0]+)?{_HARM}\b",
    re.I,
)
_HARM_BEFORE = re.compile(
    rf"\b(?:{_HARM}|kill|kills|infect|infects|evacuate|evacuates|displace|displaces|leaving|left|forced|forcing)"
    r"(?:[ \t\xa0]+(?:at[ \t\xa0]+least|about|almost|nearly|more[ \t\xa0]+than|over|some|around|roughly|another|an?[ \t\xa0]+estimated))*"
    r"[ \t\xa0]+\Z",
    re.I,
)


def _affected(text: str, noun: re.Match[str], start: int) -> bool:
    """Whether a count of people is a toll (see ``_HARM``)."""
    if noun.group("noun") not in _PEOPLE:
        return False
    if _HARM_BEFORE.search(text, max(0, start - 48), start) is not None:
        return True
    return _HARM_AFTER.match(text, noun.end(), noun.end() + 48) is not None


_HOLDS_BEFORE = re.compile(
    r"\b(?:has|have|had|holds|hold|held|seats|seat|seating|houses|house|employs|employ|employed|employing|"
    r"serves|serve|served|serving|hosts|host|capacity|home[ \t\xa0]+to|enrols|enrolled|boasts|staff|"
    r"carries|carry|carrying|accommodates|accommodate|fits|take|takes|up[ \t\xa0]+to)"
    r"(?:[ \t\xa0]+(?:about|some|around|nearly|almost|roughly|just|only|over|up[ \t\xa0]+to|more[ \t\xa0]+than))*"
    r"[ \t\xa0]+\Z",
    re.I,
)
# What a thing is made of: "the Baltic nation, comprised of a mainland and 1,500 islands and islets".
_COMPOSED_OF = re.compile(
    r"\b(?:(?:comprised|composed|made[ \t\xa0]+up|consist(?:s|ed|ing)?)[ \t\xa0]+of|compris(?:es|ing))\b[^.;:!?,]{0,30}\Z",
    re.I,
)
# What a collection holds, by its size: "a database of contract prices for 48,000 labor categories",
# "an infrastructure of over 500,000 employees, 31,000 post offices, and 214,000 vehicles", "a fleet
# of 2,400 buses": a fact of record about the thing, as "holds" is (not "a network of clinics that
# treated 40,000 patients": a clause of its own counts).
_COLLECTION_OF = re.compile(
    r"\b(?:a|an|its|their|our|the)[ \t\xa0]+(?:[\w\-]+[ \t\xa0]+){0,2}?(?:database|dataset|data[ \t\xa0]+set|catalogu?e|"
    r"collection|archive|library|register|registry|fleet|network|workforce|infrastructure|portfolio|inventory|estate)"
    r"[ \t\xa0]+(?:of|with|covering|containing|holding|spanning)\b"
    r"(?:(?![ \t\xa0]+(?:that|which|who|has|have|had|was|were|is|are|will|would|rose|fell|grew)\b)[^.;:!?]){0,70}\Z",
    re.I,
)
# "a number based on Florida tax appraisal records": the figure names the records it comes from.
_BASED_ON = re.compile(
    r"\b(?:based|drawn|calculated|derived)[ \t\xa0]+(?:on|from)[ \t\xa0]+(?:[\w'’\-]+[ \t\xa0]+){0,5}?"
    r"(?:records|data|figures|estimates|filings|documents|appraisals?|statements|reports?|surveys?|census|accounts)\b",
    re.I,
)
# "The jury heard that ...", "the inquest was told", "published ... in the journal Ecology Letters":
# evidence given in court or a named publication is the figure's source.
_HEARD_OR_PUBLISHED = re.compile(
    r"\b(?i:court|jury|inquest|tribunal|hearing|inquiry|trial)[ \t\xa0]+(?:heard|was[ \t\xa0]+told|were[ \t\xa0]+told)\b"
    r"|\bin[ \t\xa0]+(?:the[ \t\xa0]+)?(?:journal|magazine)[ \t\xa0]+[A-Z]"
    r"|\bpublished[ \t\xa0]+(?:[\w,]+[ \t\xa0]+){0,6}?in[ \t\xa0]+(?:the[ \t\xa0]+)?[A-Z]"
)
# A large sum as the object of paying, costing or valuing ("for a fee of £62 million", "cost the
# council $3.2 billion", "a deal worth €800m"): an amount someone counted, to be sourced.
_LARGE_SUM = 100_000
_SPENT_BEFORE = re.compile(
    r"\b(?:cost|costs|costing|spent|spend|spends|spending|paid|pays|paying|worth|valued|valuing|"
    r"(?:fee|price|budget|bill|sum|bid|offer|deal|contract|package|settlement)[ \t\xa0]+of|raised|raises|raising|"
    r"(?:loss|losses|deficit|profit|profits|surplus|shortfall|overspend|debts?|write-?downs?)[ \t\xa0]+of|"
    r"lost|losing|loses|paid[ \t\xa0]+out|swallowed|overspent|wrote[ \t\xa0]+off|written[ \t\xa0]+off|"
    r"earned|earns|generated|generates|owed|owes|owing|borrowed|borrows|received|receives|collected|donated|wasted|"
    r"imported|imports|exported|exports|invested|invests|sold|bought|brought(?:[ \t\xa0]+in)?|brings(?:[ \t\xa0]+in)?|"
    r"injected|pumped|(?:short|underfunded|overdrawn|in[ \t\xa0]+deficit)[ \t\xa0]+by|"
    r"(?:cost|costs|costing)(?:[ \t\xa0]+(?:[A-Z][\w\-]*|[a-z]+)(?:['’]s)?){1,3}?)"
    r"(?:[ \t\xa0]+(?:the[ \t\xa0]+[a-z]+|him|her|them|it|us|about|almost|nearly|more[ \t\xa0]+than|over|some|around|"
    r"roughly|an[ \t\xa0]+estimated|a[ \t\xa0]+record|up[ \t\xa0]+to|at))*[ \t\xa0]+\Z",
    re.I,
)
_NOT_THINGS = frozenset(
    [
        *("years", "months", "weeks", "days", "hours", "minutes", "seconds", "times", "points", "votes"),
        *("metres", "meters", "kilometres", "kilometers", "miles", "feet", "yards", "inches", "acres", "hectares"),
    ]
)  # a length or an area describes ("1,600 metres long", "the 10,000 metres"), it counts nothing


_SETTING_BEFORE = re.compile(
    r"\b(?:maximum|minimum|limit|default|threshold|ceiling|timeout)\b(?:[ \t\xa0]+[\w'’\-]+){0,4}?[ \t\xa0]+"
    r"(?:is|was|were|are|has[ \t\xa0]+been|have[ \t\xa0]+been|had[ \t\xa0]+been)[ \t\xa0]+(?:[\w\-]+[ \t\xa0]+){0,2}\Z",
    re.I,
)
_MODAL_BEFORE = re.compile(
    r"\b(?:would|will|could|may|might|should|must|set[ \t\xa0]+to|due[ \t\xa0]+to|expected[ \t\xa0]+to|plans?[ \t\xa0]+to)\b[^.;:]*\Z",
    re.I,
)


# Where a figure or the vocabulary of estimates may start. Digits are found by a
# digit-led pattern (fast: the engine skips to the next digit); words through the
# document's shared word set, so no pattern runs at every character.
_DIGITS = re.compile(r"\d[\d,.]*")
_CUE_WORDS = frozenset(
    [
        *("estimate", "estimates", "estimated", "estimating", "estimation", "estimations"),
        *("assess", "assesses", "assessed", "assessing", "assessment", "assessments", "intelligence"),
        *("poll", "polls", "polled", "polling", "survey", "surveys", "surveyed", "census", "statistics"),
        *("official", "death", "casualty", "casualties", "tally", "projected", "projection", "projections"),
        *(
            "forecast",
            "forecasts",
            "data",
            "believed",
            "thought",
            "said",
            "understood",
            "expected",
            "expect",
            "expects",
        ),
        *("could", "may", "might"),
    ]
)
_PASSIVE_CUES = frozenset(["believed", "thought", "said", "understood"])
_VAGUE_WORDS = frozenset(["tens", "hundreds", "thousands", "millions", "billions", "dozens"])
# Shares given in words: "one in four children", "seven out of ten teachers", "two thirds of small
# firms", "almost half of adults". A share of a plural whole, as "41% of their income" is by digits.
_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine|ten)"
_WORD_SHARE = re.compile(
    rf"(?:{_SMALL}[ \t\xa0]+(?:in|out[ \t\xa0]+of)[ \t\xa0]+(?:{_SMALL}|\d+)"
    r"|(?:a|one|two|three|four)[ \t\xa0\-]+(?:thirds?|quarters?|fifths?|tenths?)[ \t\xa0]+of"
    r"|(?<!a[ \t\xa0])half[ \t\xa0]+of)"
    rf"(?:[ \t\xa0]+(?:the|all|its|their))?(?:[ \t\xa0]+[a-z][a-z\-]*['’]s)?(?:[ \t\xa0]+[a-z][a-z\-]+)?[ \t\xa0]+{_PLURAL}\b"
    r"(?![ \t\xa0]*[’'])(?![ \t\xa0]+(?:of|in)[ \t\xa0]+(?:the[ \t\xa0]+)?(?:votes?|ballots?|seats))"
    r"(?<!goals)(?<!points)(?<!runs)(?<!wickets)(?<!tries)(?<!matches)(?<!games)(?<!shots)(?<!votes)(?<!seats)"
)  # "half of the team's goals": the match reports counted it
_SHARE_WORDS = frozenset(
    [
        *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half"),
        *("third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"),
    ]
)
_FRACTION_NOUNS = frozenset(["third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"])
_PERCENT_WORDS = frozenset(["percent", "cent"])
_LOOKUP = _CUE_WORDS | _VAGUE_WORDS
_MAGNITUDE_WORDS = frozenset(["thousand", "million", "billion"])
announce_triggers(lambda: _LOOKUP | _SHARE_WORDS | _PERCENT_WORDS | _MAGNITUDE_WORDS)
# A share given by a number in words, as a sentence must open with one: "Sixty-two percent of respondents".
_UNITS_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_WORD_PERCENT = re.compile(
    rf"\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ \t\xa0\-]{_UNITS_WORD})?|ten|eleven|twelve|"
    rf"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|{_UNITS_WORD}|(?:a|one)[ \t\xa0]+hundred)"
    r"[ \t\xa0]+(?:per[ \t\xa0]*)?\Z"
)


# A change by a fraction in words: "jumped by a fifth", "went up by a quarter", "fell by half".
_WORD_FRACTION = re.compile(
    r"(?:(?:a|one|two|three|four)[ \t\xa0\-]+(?:thirds?|quarters?|fifths?|tenths?)|half|a[ \t\xa0]+half)\b(?![ \t\xa0]+of\b)"
)


def _word_shares(doc: Document, low: str) -> list[re.Match[str]]:
    """Shares given in words (see the grammar above), and changes by a fraction in words, in text order."""
    found: list[re.Match[str]] = []
    last = -1
    for pos, word in word_hits(doc, _SHARE_WORDS | _PERCENT_WORDS | _MAGNITUDE_WORDS):
        if word in _MAGNITUDE_WORDS:
            if (hit := _word_count(low, pos, word)) is not None and hit.start() >= last:
                found.append(hit)  # "sold more than four million copies": a count of a thousand things or more
                last = hit.end()
            continue
        if word in _PERCENT_WORDS:
            if (hit := _word_percent(low, pos, word)) is not None and hit.start() >= last:
                found.append(hit)
                last = hit.end()
            continue
        start = previous_word_start(low, pos) if word in _FRACTION_NOUNS else pos
        if start < last:
            continue
        if (hit := _WORD_SHARE.match(low, start)) is not None:
            found.append(hit)
            last = hit.end()
        elif (
            (hit := _WORD_FRACTION.match(low, start)) is not None
            and _MOVE_BEFORE.search(low, max(0, start - 48), start) is not None
            and _BY_BEFORE.search(low, max(0, start - 24), start) is not None
        ):
            found.append(hit)  # "rose by a third": a change measured (not "cut in half", "by half-time")
            last = hit.end()
        elif (hit := _SHARE_OF_WHOLE.match(low, start)) is not None:
            found.append(hit)  # "spends about a quarter of its national income": a share of a measured whole
            last = hit.end()
        elif (hit := _FRACTION_OF_OWN.match(low, start)) is not None and _MOVE_BEFORE.search(
            low, max(0, start - 48), start
        ) is not None:
            found.append(hit)  # "has lost almost a third of its value": a move of its subject's whole
            last = hit.end()
    return found


# "by" before a fraction in words, perhaps hedged: "rose by a third", "has fallen by roughly a third".
_BY_BEFORE = re.compile(
    r"\bby(?:[ \t\xa0]+(?:about|almost|nearly|roughly|around|some|more[ \t\xa0]+than|over|close[ \t\xa0]+to|just))?[ \t\xa0]+\Z"
)


# A fraction of the subject's own whole, singular, after a verb of change: "lost a third of its
# value", "shed half its market value", "gained a quarter of their worth" (a plural whole, "half of
# its matches", is a share read by _WORD_SHARE).
_FRACTION_OF_OWN = re.compile(
    r"(?:(?:a|one|two|three|four)[ \t\xa0\-]+(?:thirds?|quarters?|fifths?|tenths?)|half)"
    r"(?:[ \t\xa0]+of)?[ \t\xa0]+(?:its|their|the[ \t\xa0]+company['’]s|[a-z]+['’]s)(?:[ \t\xa0]+[a-z]+(?<!s))?"
    r"[ \t\xa0]+[a-z]+(?<!s)\b(?![ \t\xa0]*['’])"
)


# A fraction of a whole that statistics measure, singular: "a quarter of its national income", "half
# of the country's electricity", "a third of its budget" (not "half of its length", "a third of the time").
_SHARE_OF_WHOLE = re.compile(
    r"(?:(?:a|one|two|three|four)[ \t\xa0\-]+(?:thirds?|quarters?|fifths?|tenths?)|half)(?:[ \t\xa0]+of)?[ \t\xa0]+"
    r"(?:its|their|the(?:[ \t\xa0]+[a-z\-]+['’]s)?|[a-z\-]+['’]s)(?:[ \t\xa0]+[a-z\-]+){0,2}?[ \t\xa0]+"
    r"(?:income|budget|gdp|output|spending|revenue|electricity|energy|economy|workforce|population|exports|imports|"
    r"emissions|wealth|territory|production|supply|trade)\b(?![ \t\xa0]*['’])"
)
# A count in words of a thousand things or more: "sold more than four million copies", "two million
# people" (not "a million miles away", an idiom, nor "millions of", a magnitude).
_NUMBER_WORD_BEFORE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|half[ \t\xa0]+a)(?:[ \t\xa0\-]+(?:one|two|three|four|five|six|seven|"
    r"eight|nine))?(?:[ \t\xa0]+and[ \t\xa0]+a[ \t\xa0]+half)?[ \t\xa0]+\Z"
)
_COUNT_NOUN_AFTER = re.compile(rf"[ \t\xa0]+(?:[a-z][a-z\-]*[ \t\xa0]+)?(?P<noun>{_PLURAL})\b(?![ \t\xa0]*[’'])")


def _word_count(low: str, pos: int, word: str) -> re.Match[str] | None:
    """A count in words ending at the magnitude at ``pos`` and followed by a plural noun, else None."""
    number = _NUMBER_WORD_BEFORE.search(low, max(0, pos - 40), pos)
    if number is None:
        return None
    end = pos + len(word)
    noun = _COUNT_NOUN_AFTER.match(low, end, end + 40)
    if noun is None or noun.group("noun") in _NOT_COUNTED or noun.group("noun") in _NOT_THINGS:
        return None
    if _MONEY_WORDS.match(low, end, end + 12) or _HOLDS_BEFORE.search(low, max(0, number.start() - 40), number.start()):
        return None  # a sum of money (read by its digits' rules), or what a place holds ("home to two million people")
    return _SPAN.match(low, number.start(), noun.end())


_SPAN = re.compile(r"[\s\S]+")  # a match over exactly the span it is given


def _word_percent(low: str, pos: int, word: str) -> re.Match[str] | None:
    """A share by a number in words ending at "percent"/"cent" at ``pos`` and followed by its whole
    or its view ("Sixty-two percent of respondents", "forty per cent say"), else None."""
    number = _WORD_PERCENT.search(low, max(0, pos - 40), pos)
    if number is None or (word == "cent" and not number.group(0).rstrip().endswith("per")):
        return None
    end = pos + len(word)
    whole = _SHARE_OF.match(low, end, end + 48) or _SHARE_HOLDS.match(low, end, end + 40)
    if whole is None:
        return None
    return _SPAN.match(low, number.start(), end)


class UncitedClaim(NamedTuple):
    """One claim: its sentence, its figures (span, value), or the vague magnitude, and the cue word."""

    sentence: Sentence
    figures: list[tuple[Span, str]]
    vague: re.Match[str] | None
    cue: re.Match[str] | None


def _by_sentence(doc: Document, found: list[re.Match[str]]) -> dict[int, list[re.Match[str]]]:
    """Matches of one whole-document scan, grouped by the sentence they start in."""
    starts = [s.span.start for s in doc.sentences]
    out: dict[int, list[re.Match[str]]] = {}
    for m in found:
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < doc.sentences[i].span.end:
            out.setdefault(i, []).append(m)
    return out


def _figures(
    doc: Document, found: list[re.Match[str]], quotes: list[Span], strong: set[Span] | None = None
) -> list[tuple[Span, str]]:
    """The claim-bearing figures among a sentence's numbers: (span, normalised number).

    ``strong`` collects the spans of those that state a share, an amount, a move or a count.
    """
    text = doc.text
    out: list[tuple[Span, str]] = []
    for m in found:
        start, end = m.start("num"), m.end("num")
        if _in_quote(quotes, start):
            continue
        raw = m.group("num")
        digits = raw.replace(",", "")
        try:
            value = float(digits)
        except ValueError:  # pragma: no cover - the pattern only matches numbers
            continue
        if m.group("mag") and not m.group("cur") and m.group("mag")[:1].isalpha() and m.group("mag") in ("m", "k"):
            continue  # "5m", "10k": metres or a race, not a sum
        measure = _MEASURE_UNIT.match(text, end, end + 16) is not None
        unit = bool(m.group("cur") or m.group("mag") or m.group("pct")) or measure
        if not unit:
            if value < 10 or ("," not in raw and len(digits.split(".")[0]) == 4 and 1800 <= value <= 2100):
                continue  # small counts and years
            if "." in raw:
                continue  # "10.30", versions: no unit, no claim
        mag_end = m.end("mag") if m.group("mag") else end
        lost = _time_lost(text, m, value, mag_end) or _duration_put_at(text, m, mag_end)
        if not lost and _NOT_A_COUNT_AFTER.match(text, end, min(len(text), end + 16)):
            continue
        if not (m.group("cur") or m.group("pct")) and _MODIFIER_AFTER.match(text, end, end + 40):
            continue  # "the 1,300-km flight", "1,500 page documents": a number describing a thing, not a claim
        before = text[max(0, start - 24) : start]
        if m.group("cur") is None and _ONE_OF_THE.search(before):
            continue  # "in each of the 50 states": one of a known set, counted by nobody
        label = _NOT_A_COUNT_BEFORE.search(before) if m.group("cur") is None else None
        if label and label.group(0).strip().lower() not in _LEADS:
            continue
        span_start = m.start("cur") if m.group("cur") else start
        span_end = m.end("pct") if m.group("pct") else mag_end
        is_strong = strong is not None and (lost or _strong(text, m, value))
        if not is_strong and _TEMPERATURE.match(text, end, end + 4):
            continue  # "highs of 24C on Saturday": a forecast's weather, not a figure to source unless measured
        out.append((Span(span_start, span_end), digits))
        if is_strong and strong is not None:
            strong.add(out[-1][0])
    return out


_ONE_OF_THE = re.compile(
    r"\b(?:each|every|any|either|one)[ \t\xa0]+of[ \t\xa0]+(?:the|its|their|our)[ \t\xa0]+\Z", re.I
)


# A number joined to its unit before a noun, as a compound modifier: "The 1,300-km flight", "a 40-page
# report", "1,500 page documents" (not "1,300 km", a distance, nor "1,300 pages", a count).
_MODIFIER_AFTER = re.compile(
    r"(?:-(?!fold\b|plus\b)[a-z]+|[ \t\xa0]+(?:page|mile|acre|foot|metre|meter|kilometre|kilometer|storey|story|seat|bed|room|word|"
    r"hectare|tonne|ton|square-foot|square-metre))[ \t\xa0]+(?!(?:of|and|or|in|on|at|to|by|for|from|with|was|were|is|are|"
    r"has|have|had|will|would)\b)[a-z]{3,}\b"
)


# Time lost or spent, summed over many ("delays cost 41,000 hours of crew time", "strikes lost 2.7
# million working days"): a measured total, unlike a duration ("for 20 years", "a 1,000-day siege").
_TIME_LOST_BEFORE = re.compile(
    r"\b(?:cost|costs|costing|lost|lose|losing|loses|wasted|waste|wastes|wasting|spent|spend|spends|spending|saved|save|saves|"
    r"saving)"
    r"(?:[ \t\xa0]+(?:the[ \t\xa0]+)?[\w'’\-]+){0,3}?"
    r"(?:[ \t\xa0]+(?:about|almost|nearly|more[ \t\xa0]+than|over|some|around|roughly|an[ \t\xa0]+estimated))?[ \t\xa0]+\Z",
    re.I,
)
_TIME_UNIT = re.compile(r"[ \t\xa0]+(?:[a-z\-]+[ \t\xa0]+)?(?:hours|days|weeks)\b(?![\-])")
_SCALE = {"million": 1e6, "billion": 1e9, "thousand": 1e3, "bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3}


# An estimate's value given as a duration: "Industry surveys put the average developer's daily wait
# for CI at 40 minutes", "estimated at six hours" (not "for 20 years", a duration told).
_PUT_AT = re.compile(
    r"\b(?:put|puts|putting|estimated?|estimates|pegs?|pegged)\b(?:[ \t\xa0]+[\w'’\-]+){1,8}?[ \t\xa0]+at"
    r"(?:[ \t\xa0]+(?:about|around|roughly|some|nearly|almost|more[ \t\xa0]+than|an[ \t\xa0]+average[ \t\xa0]+of))?[ \t\xa0]+\Z",
    re.I,
)
_DURATION_AFTER = re.compile(r"[ \t\xa0\-]*(?:minutes|hours|days|weeks|months|years)\b", re.I)


def _duration_put_at(text: str, m: re.Match[str], end: int) -> bool:
    """Whether the figure is a duration an estimate puts something at (see _PUT_AT)."""
    if m.group("cur") or m.group("pct") or _DURATION_AFTER.match(text, end, end + 12) is None:
        return False
    start = m.start("num")
    return _PUT_AT.search(text, max(0, start - 90), start) is not None


def _time_lost(text: str, m: re.Match[str], value: float, end: int) -> bool:
    """Whether the figure sums a thousand hours, days or weeks or more lost or spent (see above)."""
    if m.group("cur") or m.group("pct"):
        return False
    if value * _SCALE.get((m.group("mag") or "").strip().lower(), 1) < _LARGE_COUNT:
        return False
    if _TIME_UNIT.match(text, end, end + 24) is None:
        return False
    start = m.start("num")
    return _TIME_LOST_BEFORE.search(text, max(0, start - 48), start) is not None


def _in_quote(quotes: list[Span], offset: int) -> bool:
    """Whether ``offset`` is inside a quotation (``quotes`` sorted and disjoint, as found)."""
    i = bisect.bisect_right(quotes, offset, key=lambda q: q.start) - 1
    return i >= 0 and offset < quotes[i].end


def _has_marker(marker_starts: list[int], span: Span) -> bool:
    """Whether a citation marker starts inside ``span`` (``marker_starts`` sorted)."""
    i = bisect.bisect_left(marker_starts, span.start)
    return i < len(marker_starts) and marker_starts[i] < span.end


def _headline(sentence: Sentence) -> bool:
    text = sentence.text.rstrip()
    if text[-1:] in '.!?…:”"’)':
        return False
    words = text.split()
    return len(words) < 25


def _cue_hits(doc: Document, low: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The vocabulary of estimates (cues) and the vague magnitudes, in text order."""
    cues_found: list[re.Match[str]] = []
    vague_found: list[re.Match[str]] = []
    for pos, word in word_hits(doc, _LOOKUP):
        if word in _PASSIVE_CUES:  # "is believed to": the cue starts at the verb before
            pos = previous_word_start(low, pos)
        if word in _VAGUE_WORDS:
            if (hit := _VAGUE.match(low, pos)) is not None:
                vague_found.append(hit)
        elif (hit := _CUE.match(low, pos)) is not None:
            cues_found.append(hit)
    return cues_found, vague_found


_PER_CENT = re.compile(r"[ \t\xa0]*(?:per[ \t\xa0]*cent|percent)\b")


def _figure_key(text: str, span: Span) -> str:
    """A figure with its unit, so "$300 million" is not the "300 km" sourced elsewhere: digits
    without commas, "per cent" as %, lower case ("1,200" and a total of parts, "1200", meet)."""
    shown = _PER_CENT.sub("%", text[span.start : span.end].lower()).replace(",", "")
    return " ".join(shown.split())


def _total(numbers: Iterator[str] | list[str]) -> str:
    """The sum of a sentence's figures, so a total of sourced parts counts as sourced."""
    total = 0.0
    for n in numbers:
        try:
            total += float(n)
        except ValueError:
            return ""
    if not math.isfinite(total):
        return ""  # absurdly long digit strings: no total to compare
    return str(int(total)) if total == int(total) else f"{total:.6f}".rstrip("0").rstrip(".")


def _sourced_paragraphs(doc: Document, sourced: list[bool]) -> frozenset[int]:
    return doc.derived(
        "claims-sourced-paragraphs", lambda d: frozenset(s.paragraph for s in d.sentences if sourced[s.index])
    )


def _excused(
    doc: Document,
    sentence: Sentence,
    previous: Sentence | None,
    sourced: list[bool],
    gives_figures: Callable[[Sentence], bool],
    leads: Callable[[Sentence], bool],
    in_person: Callable[[], bool],
) -> bool:
    """Sourced by a source of its paragraph that speaks for it (see _vouches), or continuing the
    sourced sentence before it."""
    if previous is not None and sourced[previous.index] and _CONTINUATION.match(sentence.text):
        return True
    if sentence.paragraph not in _sourced_paragraphs(doc, sourced):
        return False
    if any(
        sourced[other.index] and _vouches(other, sentence, gives_figures, leads)
        for other in _paragraph_sentences(doc)[sentence.paragraph]
        if other.index != sentence.index
    ):
        return True
    return in_person()  # a piece written (in part) in the first person: the writer's account


def _paragraph_sentences(doc: Document) -> dict[int, list[Sentence]]:
    def compute(d: Document) -> dict[int, list[Sentence]]:
        out: dict[int, list[Sentence]] = {}
        for s in d.sentences:
            out.setdefault(s.paragraph, []).append(s)
        return out

    return doc.derived("claims-paragraph-sentences", compute)


# A figure of a place or a whole ("Water use in Isfahan province", "Reported fraud in England and
# Wales", "German grocery spending", "global population", "worldwide"): a statistic someone
# compiled. The place words are its scope, not its subject: sharing them ("NHS England") ties
# it to no account.
_SCOPE = re.compile(
    r"\b(?:in|across|throughout)[ \t\xa0]+(?:the[ \t\xa0]+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?P<place>[A-Z][a-z]+(?:[ \t\xa0]+(?:and[ \t\xa0]+)?[A-Z][a-z]+)*)"
    r"|\b(?i:global|worldwide|nationwide|national|nationally|countrywide|international)\b"
    r"|\b(?:in|across|throughout)[ \t\xa0]+the[ \t\xa0]+(?P<area>district|region|county|borough|province|country|"
    r"city|town|area|ward|constituency|capital)\b"
)  # "in the district": a place by its kind, a scope as a named place is


def _scope_words(text: str) -> tuple[bool, set[str]]:
    """Whether the sentence states a figure of a place or a whole, and the words naming the place."""
    words: set[str] = set()
    scoped = False
    for m in _SCOPE.finditer(text):
        scoped = True
        if m.group("place") or m.group("area"):
            words.update(_CONTENT.findall(m.group(0).lower()))  # "across", "throughout" too: the scope's own words
    return scoped, words


def _places(doc: Document, paragraph: int) -> set[str]:
    """The place words of a paragraph's figures of a place ("in England": a scope, not a subject)."""
    out: set[str] = set()
    for s in _paragraph_sentences(doc).get(paragraph, []):
        out |= _scope_words(s.text)[1]
    return out


def _content_words(text: str) -> set[str]:
    """Content words, a plural read as its singular ("runners" meets "runner", "minorities" "minority")."""
    return {
        w[:-3] + "y" if w.endswith("ies") else w.removesuffix("s")
        for w in _CONTENT.findall(text.lower())
        if w not in _STOP
    }


# A source bringing in a poll's or a study's results ("A YouGov poll for the Times found ..."), or a
# report it gives no figure from yet ("Airbus reported its results on Wednesday.", "Kospi data from the
# Korea Exchange showed a broad sell-off."): the figures after it in its paragraph are its account.
_POLL_WORDS = re.compile(r"\b(?:polls?|polled|surveys?|surveyed|study|studies|census|questionnaire)\b", re.I)
_REPORT_WORDS = re.compile(
    r"\b(?:reports?|reported|data|figures|statistics|results|accounts|analysis|published|released|showed|shows|"
    r"found|finds)\b",
    re.I,
)


# A source's sentence opening on what the sentence before it told: "This news was dropped by ...",
# "The figures, from the ONS, ...", "That estimate came from ...".
_NEWS_BACK = re.compile(
    r"[\"“‘'(\s]*(?:the|these|those|this|that)[ \t\xa0]+(?:same[ \t\xa0]+)?(?:news|announcement|report|claim|claims|"
    r"information|details|figures?|numbers?|data|statistics|estimates?|results?|survey|poll|findings|count|tally|"
    r"plan|move|decision|deal|total|toll)\b(?![ \t\xa0]+of\b)",
    re.I,
)


# A figure sentence pointing back to the source's subject before its figures: "Output from its gas
# fields dropped 8%" after "Profit fell to $6.3 billion, Shell said".
_POINTS_BACK = re.compile(r"\b(?:its|their)\b", re.I)
# A long-run change, the writer's background ("has risen 40% since 2019", "up from 41% five years
# ago", "over the past decade"), and a figure of a nation's whole ("47% of German grocery spending"):
# statistics someone compiled, not a further figure of the account before.
_TREND = re.compile(
    r"\bsince[ \t\xa0]+(?:the[ \t\xa0]+)?(?:(?:early|mid|late)[ \t\xa0\-]+)?(?:1[89]|20)\d\d"
    r"|\b(?:\w+|\d+)[ \t\xa0]+years[ \t\xa0]+(?:ago|earlier|before)\b"
    r"|\b(?:over|in|during|within)[ \t\xa0]+(?:the[ \t\xa0]+(?:past|last)[ \t\xa0]+|a[ \t\xa0]+)?(?:[\w\-]+[ \t\xa0]+)?(?:years|decades?)\b",
    re.I,
)
_CAPITAL_THEN_WORD = re.compile(r"\b([A-Z][a-z]+)[ \t\xa0]+[a-z]")


@functools.lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """The shipped demonyms ("German", "British", "Korean"): a nation's whole, not a subject."""
    return frozenset(d for entry in load_toml("entities.toml").get("countries", []) for d in entry.get("demonyms", []))


def _national(text: str) -> bool:
    """Whether the sentence tells a figure of a nation's whole ("47% of German grocery spending")."""
    return any(m.group(1) in _demonyms() for m in _CAPITAL_THEN_WORD.finditer(text))


_DIGIT = re.compile(r"\d")


def _first_digit(text: str) -> int:
    m = _DIGIT.search(text)
    return m.start() if m else len(text)


def _vouches(
    source: Sentence,
    sentence: Sentence,
    gives_figures: Callable[[Sentence], bool],
    leads: Callable[[Sentence], bool],
) -> bool:
    """Whether a sourced sentence of the paragraph speaks for the figure sentence.

    Before it, when the figure carries its account on: opening on it ("Its margin ...", "Of
    those, 58% ...") or sharing a word of its subject ("The museum's shop ..." after "the museum
    said"), or when the source brings in a poll or a report whose figures follow (see _POLL_WORDS),
    named before any figure of its own ("The figures, from the ONS, show the average rent reached
    £1,240 a month. Rents in the inner suburbs rose 4.3%"); not "Hard discounters now take 47% of German grocery spending" after "Its margin was the
    lowest since 2019, LSEG data showed", a figure of another thing. After it, when the source
    gives figures itself ("..., the ONS said of the 12% rise"), opens on the figures ("The figures,
    from ...") or shares its subject: two words, or one for a figure not of a place or a whole
    ("Reported fraud in England and Wales rose 17%" is not the Court of Appeal's, which "said
    off-plan fraud should be treated as a breach of trust").
    """
    scoped, place = _scope_words(sentence.text)
    own = _content_words(sentence.text) - place
    shared = own & _content_words(source.text)
    if source.index < sentence.index:
        return (
            bool(shared)
            or _refers_back(sentence.text[:40])
            or _CONTINUATION.match(sentence.text) is not None
            or _POLL_WORDS.search(source.text) is not None
            or (_REPORT_WORDS.search(source.text) is not None and (not gives_figures(source) or leads(source)))
            or (
                gives_figures(source)
                and (leads(source) or _POINTS_BACK.search(sentence.text, 0, _first_digit(sentence.text)) is not None)
                and not (scoped or _TREND.search(sentence.text) or _national(sentence.text))
            )
        )
    if _NEWS_BACK.match(source.text) or len(shared) >= 2 or (shared and not scoped):
        return True
    return gives_figures(source)


# A paragraph that opens by naming the source of the figures before it: "The figures, from the
# Office for National Statistics, show ...".
_SOURCE_OF_BEFORE = re.compile(
    r"(?:the|these|those|this|that)[ \t\xa0]+(?:figures?|numbers?|data|statistics|estimates?|results?|survey|poll|"
    r"findings|count|tally)\b(?![ \t\xa0]+of\b)",
    re.I,
)  # not "The number of cycle journeys ...": a new statement, not the source of the one before


def _backed_paragraphs(doc: Document, sentences: list[Sentence], sourced: list[bool]) -> frozenset[int]:
    """Paragraphs whose figures the next paragraph sources by referring back to them."""
    first: dict[int, Sentence] = {}
    for s in sentences:
        first.setdefault(s.paragraph, s)
    return frozenset(p - 1 for p, s in first.items() if sourced[s.index] and _SOURCE_OF_BEFORE.match(s.text.lstrip()))


# Someone gives the figure, whoever it is: "..., it added", "the brokerage said", "according to ...".
_SAID = re.compile(
    r"\baccording[ \t\xa0]+to\b|\b(?:said|says|added|told|reported|noted|estimated|"
    r"announced|wrote|claimed|stated|disclosed)\b(?=[^\w]*$|,|[ \t\xa0]+(?:on|in|last|this|that)\b)"
    r"|\b(?:adds|reports|estimates|claims)\b(?=[^\w]*$|,)"
    r"|\btold[ \t\xa0]+(?:the[ \t\xa0]+)?[\w'’\-]+(?=[^\w]*$|,|[ \t\xa0]+(?:on|in|at|during|last|this|that)\b)",
)  # "reports", "estimates", "claims" are nouns as often: "Norovirus lab reports in England are running 38% above";
# "..., the chief executive, Lotte Brandt, told analysts on a call": told its audience


# A participle after the noun it describes, in the subject before the figure: "Investment fraud
# losses reported in the UK reached £650m", "Measles cases recorded in England climbed to 2,300"
# tell which things were counted, not who gives the count (not "..., officials reported on Monday",
# nor "Officials reported in March that ...").
_NOUN_BEFORE = re.compile(r"\b[A-Za-z][a-z]{2,}s[ \t\xa0]+\Z")
_FIGURE_AFTER = re.compile(r"[^.;:]*?(?<![\w.,])[$€£]?\d")
_THAT = re.compile(r"\bthat\b")


def _says(text: str) -> bool:
    """Whether someone gives the sentence's figure (``_SAID``), a participle describing a noun not counting."""
    for m in _SAID.finditer(text):
        if m.group(0) in ("reported", "recorded") and _NOUN_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            after = _FIGURE_AFTER.match(text, m.end())
            if after is not None and _THAT.search(text, m.end(), after.end()) is None:
                continue
        return True
    return False


_CONTENT = re.compile(r"[a-z]{5,}")
_STOP = frozenset(
    ["about", "after", "again", "their", "there", "these", "those", "which", "while", "would", "could", "should",
     "other", "where", "being", "since", "under", "before", "still", "years", "first", "three", "people", "million",
     "billion", "percent", "according", "said", "added", "through", "between", "during", "against", "because"]
)  # fmt: skip
_CONTINUE_SPAN = 2  # paragraphs a sourced account may run on for
_ACCOUNT_REACH = 2  # and how far past its sourced paragraph, however its paragraphs chain
_OVERLAP = 2  # content words the paragraph shares with the last paragraph of the account it carries on:
# one shared word is incidental ("council", "district"): a new figure about another thing after a sourced paragraph
_OVERLAP_REPORT = 1  # but one will do for an account that reported results ("SPH reported its first net loss"),
# whose figures run on as a results story goes ("Operating revenue ... declined 9.8 per cent")
_OVERLAP_ACCOUNT = 2  # or with the whole account, its sourced opening included


# A paragraph that opens on the account before it: its subject by pronoun ("Its wage bill ...", "They
# also ...") or its time ("... over the same period", "in the same quarter").
_BACK_WORDS = re.compile(
    r"^[\"“‘'(]*(?:its|their|it|they|he|she)\b(?![ \t\xa0]+(?:is|was|seems|appears)[ \t\xa0]+(?:not|un|a|an|hard|clear|likely))"
    r"|\b(?:over|in|during|for|across)[ \t\xa0]+(?:the|that)[ \t\xa0]+same[ \t\xa0]+(?:period|time|months?|years?|quarter|weeks?|days?)\b",
    re.I,
)
# A period of the sentence's own before "the same period": "fell by 22% between 2019 and 2023, while
# loans more than doubled over the same period" refers to its own span, not the account's.
_OWN_PERIOD = re.compile(
    r"\b(?:(?:1[89]|20)\d\d|between|since|January|February|March|April|June|July|August|September|October|"
    r"November|December|last[ \t\xa0]+(?:year|month|week|quarter)|the[ \t\xa0]+(?:year|decade|quarter|months?)[ \t\xa0]+to)\b"
)


def _refers_back(text: str) -> bool:
    """Whether the sentence opens on the account before or measures over its period (``_BACK_WORDS``);
    "the same period" only when the sentence named no period of its own before it."""
    m = _BACK_WORDS.search(text)
    return m is not None and (m.start() == 0 or _OWN_PERIOD.search(text, 0, m.start()) is None)


# A paragraph opening on a definite statistic right after a report ("According to the ONS, inflation
# eased ... / The annual rate fell to 3.4%"): the report's measure, named by its kind.
_DEFINITE_MEASURE = re.compile(
    r"[\"“‘'(]*(?:the[ \t\xa0]+(?:[a-z\-]+[ \t\xa0]+){0,2}?(?:rate|figure|index|total|level|toll|count|tally|average|median|"
    r"reading|measure|gauge)\b(?![ \t\xa0]+of\b)"
    r"|(?:counts|numbers|tallies|readings|records|sightings|measurements)[ \t\xa0]+of\b)",
    re.I,
)  # "Counts of wild bees fell by a third" two paragraphs after "according to a study of 1,346 survey sites"


# A paragraph opening on the source itself by what it is: "The company's media business ...", "The group, however, ...".
_SOURCE_BACK = re.compile(
    r"^[\"“‘'(]*(?:the|its|their)[ \t\xa0]+(?:company|group|firm|agency|ministry|bank|airline|council|club|"
    r"government|authority|department|board|union|party|operator|retailer|insurer|lender|carrier|charity)(?:['’]s?)?\b",
    re.I,
)


# A paragraph opening on what the account before it named ("The slowdown cut demand ...", "Hartley's
# profit jumped ..."): one shared word in its subject position (its first words, up to an auxiliary)
# is the account's subject, not an incidental word further on ("in the district", "Strikes have cost").
_AUXILIARY = frozenset(["have", "has", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may"])


def _opening_subject(text: str) -> set[str]:
    out: set[str] = set()
    for token in text.split()[:4]:
        if token.lower() in _AUXILIARY:
            break
        out.update(_CONTENT.findall(token.lower()))
    return out


_COMMON_WORD = re.compile(r"(?<![A-Za-z])[a-z]{5,}")


_NATIONALITY = re.compile(r"(?:ian|ean|ese|ish|ch|ic|i)$")  # "Iranian", "Korean", "Chinese", "British", "Israeli"


def _only_nationalities(doc: Document, shared: set[str]) -> bool:
    """Whether every shared word is a nationality: only ever written capitalised and ending like one
    ("Iranian satellite imagery" after "according to the Iranian Space Agency" shares no subject with
    it; "Hartley's profit" after "Hartley's said" does)."""
    if not shared or not all(_NATIONALITY.search(w) for w in shared):
        return False
    common = doc.derived("claims-common-words", lambda d: frozenset(_COMMON_WORD.findall(d.text)))
    return not (shared & common)


_REPORTING = frozenset(["reported", "reports", "published", "publishes", "released", "disclosed", "discloses"])
_DOCUMENT_CUES = frozenset(["according-to", "data-from", "document", "possessive"])


class _Figured:
    """The paragraphs holding a claim-bearing figure: each read only when asked about (most never
    are), its answer kept."""

    def __init__(self, doc: Document, sentences: list[Sentence], numbers: dict[int, list[re.Match[str]]]) -> None:
        self._doc, self._numbers = doc, numbers
        self._known: dict[object, bool] = {}
        self._by_paragraph: dict[object, list[int]] = {}
        for s in sentences:
            if s.index in numbers:
                self._by_paragraph.setdefault(s.paragraph, []).append(s.index)

    def __contains__(self, paragraph: object) -> bool:
        known = self._known.get(paragraph)
        if known is None:
            indices = self._by_paragraph.get(paragraph, [])
            known = self._known[paragraph] = any(_figures(self._doc, self._numbers[i], []) for i in indices)
        return known


class _Among:
    """The paragraphs of ``within`` that ``figured`` holds (a sourced paragraph with a figure)."""

    def __init__(self, within: set[int], figured: _Figured) -> None:
        self._within, self._figured = within, figured

    def __contains__(self, paragraph: object) -> bool:
        return paragraph in self._within and paragraph in self._figured


def _continued_paragraphs(
    doc: Document,
    sentences: list[Sentence],
    sourced: list[bool],
    numeric: Container[int] = frozenset(),
    figured: Container[int] = frozenset(),
) -> frozenset[int]:
    """Paragraphs that carry on a sourced account: within two paragraphs of it and on its subject.

    "Operating revenue declined 9.8 per cent" three paragraphs into a results story continues
    "SPH said its full-year results ..."; never more than two paragraphs past the sourced one but
    by an unbroken run of paragraphs of figures (a chain of paragraphs each sharing a word with the
    last drifted to figures nobody gave: "Insured losses already exceed 410 million euros" four
    paragraphs after the water agency spoke); a
    paragraph shares the subject when one content word is
    in the account's last paragraph, or two with the sourced paragraph it opened with; to leap over
    a paragraph that carries nothing on, it must share two with the one before that, unless that
    one is the source. A paragraph
    that gives its view to an unnamed group ("Analysts say ...") carries nothing on, and neither
    does a source that gave no figure (``numeric``: the paragraphs holding one) unless it reports
    or publishes them ("SPH reported its first net loss"): "The coroner said she would write to the
    council" vouches for no "Cycling in the city has grown 31%".
    """
    attributions = document_attributions(doc)
    words: dict[int, set[str]] = {}
    has_source: set[int] = set()
    reports: set[int] = set()
    hearsay: set[int] = set()
    for s in sentences:
        words.setdefault(s.paragraph, set()).update(w for w in _CONTENT.findall(s.text.lower()) if w not in _STOP)
        if sourced[s.index]:
            has_source.add(s.paragraph)
            if any(a.verb in _REPORTING or a.cue in _DOCUMENT_CUES for a in attributions.in_sentence(s.index)):
                reports.add(s.paragraph)  # "SPH on Tuesday reported its first net loss": results follow
        elif any(a.kind == "unnamed" for a in attributions.in_sentence(s.index)):
            hearsay.add(s.paragraph)
    opening: dict[int, str] = {}
    for s in sentences:
        opening.setdefault(s.paragraph, s.text)
    out: set[int] = set()
    last = -_CONTINUE_SPAN - 1  # the last paragraph of the running account: sourced or carrying one on
    subject: set[str] = set()  # the content words of the running account's sourced paragraph
    origin = -_ACCOUNT_REACH - 1  # the account's sourced paragraph
    # A piece in the first person (a project's blog reporting its own work) is one account, the
    # writer's: its paragraphs chain without the reach.
    personal: bool | None = None  # read only when an account would be cut: the register costs a pass
    reported = False  # whether the running account's source reported results
    for p in sorted(words):
        run = p - 1 == last and last in out and last in figured and p in figured  # figures carried on, as results go
        if p - origin > _ACCOUNT_REACH and not run and last >= 0:
            if personal is None:
                personal = writing_register(doc).personal_piece
            if not personal:
                last = -_CONTINUE_SPAN - 1  # the account has run its course: a new figure needs a source of its own
        if p in has_source:
            if p in numeric or p in reports:
                subject, last, origin = words[p], p, p
                reported = p in reports
            elif 0 < p - last <= _CONTINUE_SPAN:
                last = p  # a remark within a running account ("Mr Ng said ...") keeps it running
                if p - origin <= _ACCOUNT_REACH:
                    origin = p  # the source still speaking, its account runs on from here
            continue
        if p in hearsay:
            continue  # "Analysts say ...": carries on no one's account
        gap = p - last
        if (gap == 1 and (run or _refers_back(opening.get(p, "")))) or (
            0 < gap <= _CONTINUE_SPAN and (reported or last in reports) and _DEFINITE_MEASURE.match(opening.get(p, ""))
        ):
            out.add(p)  # "Its wage bill rose 12%", "... over the same period": the account's subject or time
            last = p
            if run:
                origin = p  # a run of results carries the account on
            continue
        if (
            0 < gap <= _CONTINUE_SPAN
            and (mine := words[p] - _places(doc, p))
            and (
                len(shared := mine & words.get(last, set()))
                >= (
                    (
                        _OVERLAP_REPORT
                        if not _only_nationalities(doc, shared)
                        and (reported or shared & _opening_subject(opening.get(p, "")))
                        else _OVERLAP
                    )
                    if gap == 1 or last in has_source
                    else _OVERLAP_ACCOUNT
                )
                or len(mine & subject) >= _OVERLAP_ACCOUNT
            )
        ):
            out.add(p)
            last = p
            if _SOURCE_BACK.match(opening.get(p, "")):
                origin = p  # "The company's media business ...": the source's own subject, its account runs on
    return frozenset(out | _listed(sentences, has_source))


def _listed(sentences: list[Sentence], sourced: set[int]) -> set[int]:
    """The items of a list a sourced account introduces: the one-sentence paragraphs, with no source of
    their own, after a paragraph ending on a colon, itself or the one before it sourced ("according to
    Google's Year in Search ... / Some of the other data points include: / Pizza was searched more
    than the World Cup. / ...")."""
    count: dict[int, int] = {}
    closing: dict[int, str] = {}
    for s in sentences:
        count[s.paragraph] = count.get(s.paragraph, 0) + 1
        closing[s.paragraph] = s.text
    out: set[int] = set()
    for p in sorted(closing):
        if not closing[p].rstrip().endswith(":") or not (p in sourced or p - 1 in sourced):
            continue
        q = p + 1
        while count.get(q) == 1 and q not in sourced and not closing[q].rstrip().endswith(":"):
            out.add(q)
            q += 1
    return out


# "A Marist poll of 1,100 voters", "the ONS census": the poll or report carries its maker's name;
# "a poll compiled by the company", "a survey conducted by the bank": its maker follows it.
_NAMED_CUE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)[ \t\xa0]+(?:[A-Z][\w&'’.\-]*[ \t\xa0]+(?:(?:of|for|and|&)[ \t\xa0]+(?=[A-Z]))?){1,3}"
    r"(?:poll|polls|survey|surveys|census|study|report|assessment|estimates?|forecast|projections?|data)\b"
    r"|\b(?:poll|polls|survey|surveys|census|study|report|assessment|estimates?|forecasts?|projections?|data|figures|"
    r"count|tally),?[ \t\xa0]+(?:compiled|conducted|commissioned|published|carried[ \t\xa0]+out|run|released|"
    r"collected|gathered|prepared|issued)[ \t\xa0]+by[ \t\xa0]+(?:the[ \t\xa0]+|its[ \t\xa0]+|their[ \t\xa0]+)?[\w'’\-]+"
)


# "A survey of 400 fund managers showed ...": the sentence brings in a source of its own, unnamed,
# so another source of its paragraph (a chief executive's remark) does not vouch for it.
_NEW_SOURCE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t\xa0]+(?:(?:new|recent|separate|online|national|latest)[ \t\xa0]+)?"
    r"(?:survey|poll|study)[ \t\xa0]+of\b"
)


# A price the market set ("Hartley's shares jumped 27% to 412p"): the exchange measured it, so a
# company's statement the paragraph before does not vouch for it.
_MARKET_MOVE = re.compile(
    r"\b(?:shares|stocks?|index|indices|volumes?|trading|pound|sterling|dollar|euro|yen|yuan|rupee|bonds?|yields?|futures|"
    r"crude|bitcoin)[ \t\xa0]+(?:[\w'’\-]+[ \t\xa0]+){0,3}?(?:rose|fell|jumped|slipped|slumped|surged|climbed|dropped|"
    r"gained|lost|soared|plunged|tumbled|sank|rallied|edged|added|shed)\b",
    re.I,
)


def _listing(sentence: Sentence) -> bool:
    """Price lists, scores and tables: more figures than words to state them."""
    text = sentence.text
    words = text.split()
    if text.isascii() or not any(ch.isdigit() for ch in _NON_ASCII.findall(text)):
        digits = len(_WORD_WITH_DIGIT.findall(text))  # one C pass: the digits are then 0-9
    else:
        digits = sum(1 for w in words if any(ch.isdigit() for ch in w))
    bracketed = len(_BRACKETED.findall(sentence.text))  # "Canara Bank (up 1.28 per cent), UCO Bank (...)"
    short = len(words) < 4 or (len(words) < 6 and not text.rstrip().endswith("."))  # "Inflation hit 9.1% in June."
    return short or digits * 3 > len(words) or bracketed >= 2


# A figure in a supposition, an example or a condition is no claim of fact: "If 30% of users click
# ...", "Suppose a town of 10,000 people ...", "In this example, revenue rises 10%", "Say your
# salary rises 5%", "Let's say 40% of your budget goes on rent".
_SUPPOSING = re.compile(
    r"[\"“‘'(\s]*(?:if|unless|suppose|supposing|imagine|say|let['’]s[ \t\xa0]+say|assume|assuming|"
    r"for[ \t\xa0]+(?:example|instance)|e\.g\.|as[ \t\xa0]+an[ \t\xa0]+(?:example|illustration)|hypothetically|"
    r"in[ \t\xa0]+(?:this|that|our|the|an?)[ \t\xa0]+(?:\w+[ \t\xa0]+)?(?:example|scenario|illustration|hypothetical)|"
    r"what[ \t\xa0]+if|in[ \t\xa0]+theory)\b",
    re.I,
)
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|suppose|supposing|assuming|imagine|whenever|say)\b[^,;:.!?]*\Z", re.I)
# A rule of thumb told by its numbers ("cybersecurity follows an 80-20 rule: 80 percent of the benefit
# comes from 20 percent of the work"), and a threshold a rule sets ("All entities that spend $750,000 or
# more in a fiscal year must submit an audit"): neither measures anything.
_RULE_OF_THUMB = re.compile(
    r"\b\d{1,3}[-/]\d{1,3}[ \t\xa0]+(?:rule|principle|law)\b|\brules?[ \t\xa0]+of[ \t\xa0]+thumb\b", re.I
)
_THRESHOLD_RULE = re.compile(
    r"[ \t\xa0]+(?:or|and)[ \t\xa0]+(?:more|less|fewer|over|above|under|below|higher|lower)\b[^.;:!?]{0,80}?\b"
    r"(?:must|shall|(?:is|are)[ \t\xa0]+required[ \t\xa0]+to|(?:has|have)[ \t\xa0]+to|qualif(?:y|ies)|(?:is|are)[ \t\xa0]+eligible)\b",
    re.I,
)
_EXAMPLE_BEFORE = re.compile(
    r"\b(?:for[ \t\xa0]+(?:example|instance)|e\.g\.|such[ \t\xa0]+as)[,:]?[ \t\xa0]+(?:up[ \t\xa0]+to[ \t\xa0]+|about[ \t\xa0]+|around[ \t\xa0]+)?\Z",
    re.I,
)
_READER = re.compile(r"\b(?:you|your|yours)\b", re.I)


# The writer reporting a survey of their own ("we asked 9,000 developers", "our 2024 survey", "we
# received 9,000 responses"; not "we asked the council", an interview): the article is then the primary record of that survey, and its shares of respondents
# are the findings it publishes, not figures that need a source (the Rust project's survey posts).
_OWN_SURVEY = re.compile(
    r"\b(?:we|our)[ \t\xa0]+(?:[\w'’,.-]+[ \t\xa0]+){0,3}?(?:surveys?|surveyed|polls?|polled|questionnaires?|"
    r"asked[ \t\xa0]+(?:(?:more[ \t\xa0]+than|over|nearly|almost|about|some)[ \t\xa0]+)?\d[\d,.]*|"
    r"asked[ \t\xa0]+(?:the[ \t\xa0]+|our[ \t\xa0]+|all[ \t\xa0]+)?(?:respondents|participants)|"
    r"(?:received|had|got|collected|gathered)[ \t\xa0]+(?:(?:more[ \t\xa0]+than|over|nearly|almost|about|some)[ \t\xa0]+)?"
    r"[\d,.]+[ \t\xa0]+(?:total[ \t\xa0]+)?(?:survey[ \t\xa0]+)?(?:responses|answers|submissions|respondents|completions))\b",
    re.I,
)
_SHARE_MENTION = re.compile(r"%|\bper[ \t\xa0]?cent\b|\bhalf\b|\bthirds?\b|\bquarters?\b|\bmajority\b", re.I)


# A piece presenting a survey as its own subject ("this year's survey", "the survey ran for 30
# days", "thank everyone who took part"), written in the first person and naming no other maker
# of it: the survey team's report of its results.
_THIS_SURVEY = re.compile(
    r"\b(?:this|this[ \t\xa0]+year['’]s|our)[ \t\xa0]+(?:\d{4}[ \t\xa0]+)?(?:annual[ \t\xa0]+)?survey\b"
    r"|\bthe[ \t\xa0]+(?:\d{4}[ \t\xa0]+)?(?:annual[ \t\xa0]+)?survey[ \t\xa0]+(?:ran|closed|ran[ \t\xa0]+for|"
    r"launched|opened|was[ \t\xa0]+(?:conducted|open|offered|run|held|launched|live|available))\b(?![ \t\xa0]+by)"
    r"|\b(?:everyone|all|those|you|people)(?:[ \t\xa0]+(?:the|of|you|people))*[ \t\xa0]+who[ \t\xa0]+"
    r"(?:took[ \t\xa0]+(?:part|the[ \t\xa0]+time)|participated|responded|filled)",
    re.I,
)
_SURVEY_MAKER = re.compile(
    r"\b(?:survey|poll)[ \t\xa0]+(?:was[ \t\xa0]+)?(?:conducted|commissioned|carried[ \t\xa0]+out|run|published|compiled)[ \t\xa0]+by\b"
    r"|\b[A-Z][\w&.\-]*['’]s[ \t\xa0]+(?:\d{4}[ \t\xa0]+)?(?:annual[ \t\xa0]+)?(?:survey|poll)\b"
)
_RESPONSES = re.compile(r"\b(?:respond\w*|responses|participa\w*|surveys?)\b", re.I)


def _reports_own_survey(doc: Document, quotes: list[Span]) -> int | None:
    """Where the writer, outside any quotation, first reports a survey they ran (see _OWN_SURVEY,
    _THIS_SURVEY), or None: its results are what follows (a share before it is of something else)."""
    first = next((m.start() for m in _OWN_SURVEY.finditer(doc.text) if not _in_quote(quotes, m.start())), None)
    if first is not None:
        return first
    if "survey" not in folded(doc):
        return None  # the piece never names a survey (one C pass)
    own = [m for m in _THIS_SURVEY.finditer(doc.text) if not _in_quote(quotes, m.start())]
    if not own or _SURVEY_MAKER.search(doc.text) is not None:
        return None
    return own[0].start() if writes_in_person(doc) else None


# The writer's own measurement: a first person (outside quotation marks) before the figure in its
# sentence ("In our load test ... was 14 ms", "we see that response times exceed 100 ms", "This
# year we had 5,883 respondents"), or the figure's whole or noun the writer's ("50.9% of our run
# time", "the 5,500 responses we got"); not the writer's knowledge or belief of a claim about the
# world ("we know that 70% of ..."). The writer is then the one who measured or counted.
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|I(?!\.)|[Mm]y|me)\b")
_KNOWING = re.compile(
    r"\b(?:[Ww]e|I)[ \t\xa0]+(?:all[ \t\xa0]+)?(?:know|knew|believe|think|hear|heard|read|understand|suspect|fear|"
    r"were[ \t\xa0]+told|are[ \t\xa0]+told|learned|learnt)\b"
)
_OWN_AFTER = re.compile(
    r"[ \t\xa0]+(?:of[ \t\xa0]+(?:our|my)\b|(?:[\w\-]+[ \t\xa0]+){0,2}?(?:that[ \t\xa0]+|which[ \t\xa0]+)?(?:we|I)[ \t\xa0]+"
    r"(?:got|get|had|have|received|saw|see|measured|counted|collected|served|handled|ran|made|wrote|landed|merged))"
)


def _writers_own(doc: Document, sentence: Sentence, figures: list[tuple[Span, str]], quotes: list[Span]) -> bool:
    """Whether the sentence's first figure is the writer's own measurement (see _FIRST_PERSON)."""
    if not figures:
        return False
    first = figures[0][0]
    text = doc.text
    for m in _FIRST_PERSON.finditer(text, sentence.span.start, first.start):
        if not _in_quote(quotes, m.start()):
            return _KNOWING.search(text, sentence.span.start, first.start) is None
    return any(_OWN_AFTER.match(text, span.end, span.end + 40) for span, _ in figures)


# The writer working out the figures just given: "That is about two-thirds of the councillors who
# voted", "That works out at £40 a head", "This amounts to a 12% cut".
_RESTATES = re.compile(
    r"[\"“‘'(]*(?:that|this|which)(?:['’]s|[ \t\xa0]+(?:is|was|means|amounts[ \t\xa0]+to|works[ \t\xa0]+out[ \t\xa0]+(?:at|to)|"
    r"comes[ \t\xa0]+to|makes))\b",
    re.I,
)


# What the writer calls their own ("our monthly CI bill", "my pension"): a later sentence on "The bill"
# is about the writer's own, in a piece written in the first person.
_OUR = re.compile(r"\b(?:[Oo]ur|[Mm]y)[ \t\xa0]+((?:[\w\-]+[ \t\xa0]+){0,3}[\w\-]+)")
_DEFINITE_SUBJECT = re.compile(
    r"[\"“‘'(]*(?:the|this|that)[ \t\xa0]+(?:[a-z][\w\-]*[ \t\xa0]+){0,2}?(?P<head>[a-z][\w\-]*)[ \t\xa0]+"
    r"(?:is|was|are|were|has|had|have|now|fell|rose|dropped|grew|stands|stood|came|went)\b",
    re.I,
)


def _first_party_subject(doc: Document, sentence: Sentence, quotes: list[Span]) -> bool:
    """Whether the sentence opens on a thing the writer earlier called their own (see _OUR)."""
    m = _DEFINITE_SUBJECT.match(sentence.text)
    if m is None:
        return False

    def owned(d: Document) -> dict[str, int]:
        out: dict[str, int] = {}
        for o in _OUR.finditer(d.text):
            if not _in_quote(quotes, o.start()):
                for w in o.group(1).split():
                    out.setdefault(w.lower(), o.start())
        return out

    at = doc.derived("claims-first-party-words", owned).get(m.group("head").lower())
    return at is not None and at < sentence.span.start and writes_in_person(doc)


# A project's own records, counted off its repository or servers: commits, changelists, contributors,
# lines of code, downloads, requests, packages. In a piece its keepers write (the first person outside
# quotation marks, or an "About" section) these counts are the publisher's own figures.
_PROJECT_RECORD = re.compile(
    r"[ \t\xa0]+(?:[a-z\-]+[ \t\xa0]+){0,2}?(?:commits|changelists|contributors|committers|maintainers|"
    r"pull[ \t\xa0]+requests|lines[ \t\xa0]+of[ \t\xa0]+(?:code|source)|downloads|requests|repositories|packages|crates|"
    r"modules|stars|forks|lint[ \t\xa0]+checks|tests|test[ \t\xa0]+cases|"
    r"users|visitors|visits|sessions|page[ \t\xa0]+views|pageviews|messages|sites|websites|pages|accounts|subscribers|"
    r"sign-?ups|organi[sz]ations)\b",
    re.I,
)  # and its product's use, counted off its own servers: "gsa.gov receives more than 5 million page views a month"


# Or the people who used it, by what they did with it: "423,450 taxpayers logged into Direct File",
# "more than 3.3 million taxpayers started the Eligibility Checker" (a product's own log of its use).
_PRODUCT_USE = re.compile(
    r"[ \t\xa0]+(?:[a-z\-]+[ \t\xa0]+)?(?:people|users|taxpayers|residents|customers|visitors|applicants|"
    r"students|members|participants|veterans|households|businesses|agencies)[ \t\xa0]+(?:have[ \t\xa0]+|had[ \t\xa0]+)?"
    r"(?:used|logged[ \t\xa0]+(?:in|into|on)|started|signed[ \t\xa0]+up|registered|downloaded|installed|submitted|completed)\b"
)


# The state a project's work replaced, told before what it is now: "Now, instead of 1,000 emails a day,
# the team gets 50" (in the project's own post, its before and after).
_INSTEAD_OF = re.compile(
    r"\b(?:instead[ \t\xa0]+of|rather[ \t\xa0]+than)(?:[ \t\xa0]+(?:the|about|some|around|nearly|almost|"
    r"more[ \t\xa0]+than|over))?[ \t\xa0]+\Z",
    re.I,
)


def _project_records(text: str, strong: set[Span]) -> bool:
    """Whether every measured figure counts the project's own records (see _PROJECT_RECORD, _PRODUCT_USE)."""
    return bool(strong) and all(
        _PROJECT_RECORD.match(text, span.end, span.end + 48) or _PRODUCT_USE.match(text, span.end, span.end + 60)
        for span in strong
    )


# What a program's makers measure of it: its memory, CPU time, latency, allocations, binary size,
# build time. In a technical piece (code shown) or one written in the first person, a change or a
# share of these is the makers' benchmark of their own work, as "30% faster" is.
_PROGRAM_MEASURE = re.compile(
    r"\b(?:memory|CPU|cpu|latenc(?:y|ies)|throughput|allocations?|heap|garbage[ \t\xa0]+collect\w*|GC|"
    r"binar(?:y|ies)|(?:build|compile|compilation|link|startup|start-up|run)[ \t\xa0\-]?times?|"
    r"runtime|overhead|(?:CPU|cpu)[ \t\xa0]+(?:performance|efficiency|usage|time)|benchmarks?|"
    r"instructions|cache[ \t\xa0]+(?:misses|hits)|samples|requests[ \t\xa0]+per[ \t\xa0]+second)\b"
)

_PROGRAM_AFTER = re.compile(
    r"[ \t\xa0]+(?:less|more|lower|higher|fewer|smaller|larger)[ \t\xa0]+(?:[a-z\-]+[ \t\xa0]+)?"
    r"(?:memory|CPU|cpu|latency|allocations|heap|binar(?:y|ies)|build[ \t\xa0]+times?|overhead|instructions|garbage)\b"
)
_WHOLE_AFTER = re.compile(
    r"[ \t\xa0]+of[ \t\xa0]+(?:(?:the|its|their|our|all)[ \t\xa0]+)?[\w\-]+(?:[ \t\xa0]+(?!of\b)[\w\-]+)?"
    r"(?:[ \t\xa0]+of[ \t\xa0]+(?:(?:the|its|their|our)[ \t\xa0]+)?[\w\-]+(?:[ \t\xa0]+[\w\-]+)?)?"
)


def _program_measured(text: str, sentence: Sentence, strong: set[Span]) -> bool:
    """Whether every measured figure is a change or a share of a program's measure (see
    _PROGRAM_MEASURE): named in the words before it ("reduces idle memory consumption by up to
    20%") or as its whole ("90% of the cost of the garbage collector"); not what the writer knows
    of the world ("We know that 70% of security bugs come from memory errors")."""
    if _KNOWING.search(sentence.text):
        return False
    for span in strong:
        if _PROGRAM_MEASURE.search(text, max(sentence.span.start, span.start - 60), span.end):
            continue  # before it, or inside a share in words ("a quarter of the samples")
        if _PROGRAM_AFTER.match(text, span.end, min(sentence.span.end, span.end + 40)):
            continue  # after it: "use 30% less memory", "20% lower latency"
        whole = _WHOLE_AFTER.match(text, span.end, min(sentence.span.end, span.end + 80))
        if whole is None or _PROGRAM_MEASURE.search(whole.group(0)) is None:
            return False
    return bool(strong)


# A press release's closing "About <name>" section: the issuer describing itself, its own record.
_ABOUT_HEADING = re.compile(r"\s*(?:#+\s*)?\**About\s+(?:the\s+)?[A-Z][^\n]{0,80}")


def _about_paragraphs(sentences: list[Sentence]) -> frozenset[int]:
    """Paragraphs under an "About X" heading, up to the next heading (a line without a stop); a
    heading joined to its first paragraph ("About the Foundation Node.js is used by ...") too."""
    out: set[int] = set()
    inside = False
    paragraph = -1
    for s in sentences:
        text = s.text.strip()
        first = s.paragraph != paragraph
        paragraph = s.paragraph
        heading = text[-1:] not in '.!?:;"”’)'
        if first and _ABOUT_HEADING.match(text):
            inside = True
            if heading:
                continue
        elif inside and heading:
            inside = False
        if inside:
            out.add(s.paragraph)
    return frozenset(out)


# A rule of recurrence states a schedule, not a measurement: "Every six months, half of the terms end."
_RECURRING = re.compile(
    r"\W*(?:every|each)[ \t\xa0]+(?:[\w\-]+[ \t\xa0]+)?(?:years?|months?|weeks?|days?|quarters?|terms?)\b", re.I
)


def _supposed(doc: Document, sentence: Sentence, figures: list[tuple[Span, str]]) -> bool:
    """Whether the sentence supposes or illustrates rather than states (see the grammar above)."""
    if _SUPPOSING.match(sentence.text) or _RECURRING.match(sentence.text) or _RULE_OF_THUMB.search(sentence.text):
        return True
    first = figures[0][0].start if figures else sentence.span.end
    if figures and _THRESHOLD_RULE.match(doc.text, figures[0][0].end, sentence.span.end):
        return True  # "All entities that spend $750,000 or more ... must submit an audit": a rule's threshold
    if _CONDITION_BEFORE.search(doc.text, max(sentence.span.start, first - 120), first):
        return True  # "the server needs twice the capacity if 30% of users ..."
    if _EXAMPLE_BEFORE.search(doc.text, max(sentence.span.start, first - 30), first):
        return True  # "(for example, up to 20 percent time)": an illustration
    return _READER.search(sentence.text) is not None  # "your salary", "you pay 20%": a worked example


_BRACKETED = re.compile(r"\([^()]{0,40}\d[^()]{0,40}\)")
_WORD_WITH_DIGIT = re.compile(r"(?<!\S)\S*?[0-9]")  # tried only where a word starts: linear
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


# A coordinated clause after the figure: "Revenue rose 85% to €48 million, and the company expects
# to break even" (its source speaks for its own clause, not for the figure before it).
_COORDINATED = re.compile(
    r"(?:[,;][ \t\xa0]*|[ \t\xa0]+)(?:and|but|while|whereas|although|though)(?:[ \t\xa0]+[A-Za-z][\w'’.\-]*){0,4}[ \t\xa0]+\Z",
    re.I,
)  # "..., and chief executive Jane Doe said": the coordinator, then at most a title before the source


def _sources_only_after(doc: Document, sentence: Sentence, figure: int, found: list[Attribution]) -> bool:
    """Whether every source of the sentence opens a clause of its own after its first figure (see _COORDINATED)."""
    sources = [a for a in found if a.kind in ("named", "described")]
    if not sources:
        return False
    text = doc.text
    for a in sources:
        words = a.source.removeprefix("and ").removeprefix("but ")
        at = text.rfind(words, sentence.span.start, a.span.end) if words else -1
        if at < figure or _COORDINATED.search(text, max(figure, at - 48), at) is None:
            return False
    return True


def _locus(a: Attribution) -> bool:
    """Whether the "source" is the country where the figure happened: "Russia recorded more than 1,200
    deaths in industrial accidents" tells where they died, not who counted them."""
    if a.verb not in ("recorded", "registered", "saw", "suffered"):
        return False
    g = gazetteer()
    key = g.keys.get(a.source)
    return key is not None and g.names.get(key) == a.source


def _breakdown(text: str, figures: list[tuple[Span, str]], sourced: set[str]) -> bool:
    """Whether the sentence splits a sourced total into parts: one figure sourced elsewhere, the
    others adding up to it ("Of the 1,200 roles, 700 are in administration and 500 in ...")."""
    if len(figures) < 3:
        return False
    for k, (span, number) in enumerate(figures):
        if _figure_key(text, span) in sourced and _total(n for j, (_, n) in enumerate(figures) if j != k) == number:
            return True
    return False


_IN_ADDRESS = frozenset("/-_.@=")


def _cited_sentences(doc: Document) -> set[int]:
    """The sentences a citation supports (``doc.citations_in(s.span)`` not empty), from one sweep
    of the citations' spans over the sentences rather than a question per sentence."""
    sentences = doc.sentences
    ends = [s.span.end for s in sentences]
    if any(s.span.start < p.span.end for p, s in itertools.pairwise(sentences)):
        return {s.index for s in sentences if doc.citations_in(s.span)}  # not ordered and disjoint: ask each
    out: set[int] = set()
    for c in doc.citations:
        for span in c.cited_by:
            j = bisect.bisect_right(ends, span.start)  # the first sentence ending after the span starts
            while j < len(sentences) and sentences[j].span.start < span.end:
                out.add(sentences[j].index)
                j += 1
    return out


def uncited_claims(doc: Document) -> Iterator[UncitedClaim]:
    """The sentences that state figures or estimates as fact with no source, one per claim."""
    sentences = doc.body_sentences
    if not sentences:
        return
    low = folded(doc)
    cues_found, vague_found = _cue_hits(doc, low)
    shares_found = _word_shares(doc, low)
    if not cues_found and not shares_found and _DIGITS.search(low) is None:
        return  # no vocabulary of estimates and no figure: nothing to flag
    attributions = document_attributions(doc)
    quotes = [Span(m.start(), m.end()) for m in _QUOTE.finditer(doc.text)]
    marker_starts = sorted(mk.span.start for mk in doc.markers)
    sourced = [False] * len(doc.sentences)
    cited = _cited_sentences(doc)
    for s in doc.sentences:
        sourced[s.index] = (
            any(a.kind in ("named", "described") and not _locus(a) for a in attributions.in_sentence(s.index))
            or s.index in cited
            or _has_marker(marker_starts, s.span)
        )
    numbers_found: list[re.Match[str]] = []
    for digits in _DIGITS.finditer(low):
        start = digits.start()
        if start > 0 and low[start - 1] in "$€£¥":
            start -= 1
        if (hit := _FIGURE.match(low, start)) is not None:
            numbers_found.append(hit)
    numbers = _by_sentence(doc, numbers_found)
    later_sources: set[int] = set()  # sentences whose sources speak only for a clause after their figures
    for i, found in numbers.items():
        span = doc.sentences[i].span
        if (
            sourced[i]
            and not doc.citations_in(span)
            and not _has_marker(marker_starts, span)
            and _sources_only_after(doc, doc.sentences[i], found[0].start(), attributions.in_sentence(i))
        ):
            sourced[i] = False
            later_sources.add(i)
    cues = _by_sentence(doc, cues_found)
    for i in cues:
        if not sourced[i] and _NAMED_CUE.search(doc.sentences[i].text):
            sourced[i] = True  # "A YouGov poll for the Times found ...": its maker named, the paragraph's source
    for i in sorted(set(numbers) | set(cues)):
        if not sourced[i] and i not in later_sources:
            text = doc.sentences[i].text
            if _HEARD_OR_PUBLISHED.search(text) is not None or _BASED_ON.search(text) is not None:
                sourced[i] = True  # "a study ... published in the journal Ecology Letters": the paragraph's source
    vagues = _by_sentence(doc, vague_found)
    shares = _by_sentence(doc, shares_found)
    plan: list[tuple[Sentence, list[tuple[Span, str]], re.Match[str] | None, re.Match[str] | None, bool, bool]] = []
    sourced_numbers: set[str] = set()
    previous: Sentence | None = None
    backed = _backed_paragraphs(doc, sentences, sourced)
    lazy: dict[str, object] = {}  # analyses a sentence needs only once nothing else has sourced it

    def continued() -> frozenset[int]:
        if "continued" not in lazy:
            figured = _Figured(doc, sentences, numbers)
            numeric = _Among({s.paragraph for s in sentences if sourced[s.index]}, figured)
            # a source that gave figures: only its account carries figures on
            lazy["continued"] = _continued_paragraphs(doc, sentences, sourced, numeric, figured)
        return lazy["continued"]  # type: ignore[return-value]

    def own_survey(sentence: Sentence) -> bool:
        """The writer's own survey: its size and its responses, and its shares once it is introduced."""
        if "own_survey" not in lazy:
            lazy["own_survey"] = _reports_own_survey(doc, quotes)
        at = lazy["own_survey"]
        if at is None:
            return False
        return (
            _OWN_SURVEY.search(sentence.text) is not None
            or _RESPONSES.search(sentence.text) is not None
            or sentence.span.end > at  # type: ignore[operator]
        )

    english = doc_is_english(doc)  # the measured-figure reading rests on English verbs and nouns

    def gives_figures(source: Sentence) -> bool:
        return source.index in numbers and bool(_figures(doc, numbers[source.index], []))

    def in_person() -> bool:
        """Whether the writer says I or we, or addresses you, outside quotation marks."""
        if "in_person" not in lazy:
            text = doc.text
            lazy["in_person"] = any(
                not _in_quote(quotes, m.start())
                and text[m.start() - 1 : m.start()] not in _IN_ADDRESS
                and text[m.end() : m.end() + 1] not in _IN_ADDRESS
                for m in PERSONAL_WORD.finditer(text)
            )  # not "bto.org/our-science/": a word of an address
        return bool(lazy["in_person"])

    def leads(source: Sentence) -> bool:
        """Whether the sentence names its source before its first number ("According to X, ...")."""
        first = numbers[source.index][0].start() if source.index in numbers else source.span.end
        return any(
            a.kind in ("named", "described") and a.span.start < first for a in attributions.in_sentence(source.index)
        )

    about = _about_paragraphs(sentences) if "about " in low else frozenset()
    release = corporate_release(doc, sentences, about)

    def official() -> bool:
        """A government release: its own figures only (read once a figure is not otherwise sourced)."""
        if "official" not in lazy:
            lazy["official"] = not release and bool(press_release(doc))
        return bool(lazy["official"])

    def first_party() -> bool:
        return bool(about) or writes_in_person(doc)

    def software_piece() -> bool:
        return technical_piece(doc) or writing_register(doc).personal_piece

    deferred: list[tuple[Sentence, list[tuple[Span, str]], re.Match[str] | None, bool, Sentence | None]] = []

    def sourced_first(
        sentence: Sentence,
        stated: list[tuple[Span, str]],
        cue: re.Match[str] | None,
        unnamed_own: bool,
        previous: Sentence | None,
    ) -> bool:
        """Whether a source of its own, of its paragraph or of the piece speaks for the sentence's
        figures; a sourced sentence's stated figures count as sourced elsewhere."""
        i = sentence.index
        ok = (
            sourced[i]
            or (
                (i in numbers or cue is not None)  # only a sentence with a figure or cue needs these
                and (
                    _BASED_ON.search(sentence.text) is not None or _HEARD_OR_PUBLISHED.search(sentence.text) is not None
                )
            )
            or bool(cue is not None and _NAMED_CUE.search(sentence.text))
            or (
                not (cue is not None and (unnamed_own or _NEW_SOURCE.search(sentence.text)))
                and (
                    _excused(doc, sentence, previous, sourced, gives_figures, leads, in_person)
                    or sentence.paragraph in backed
                )
            )
        )
        ok = ok or sentence.paragraph in about  # the issuer's own description of itself
        ok = ok or release  # a press release: the issuer's own figures, it is their source
        ok = ok or (
            cue is None and sentence.paragraph in continued() and not _MARKET_MOVE.search(sentence.text)
        )  # its figures count as sourced too
        ok = ok or (
            (
                _SHARE_MENTION.search(sentence.text)
                or _OWN_SURVEY.search(sentence.text)
                or _RESPONSES.search(sentence.text)
            )
            is not None
            and own_survey(sentence)
        )  # the writer's own survey: its size and its shares
        if ok and stated:
            sourced_numbers.update(_figure_key(doc.text, span) for span, _ in stated)
            sourced_numbers.add(_total(n for _, n in stated))
        return ok

    for sentence in sentences:
        i = sentence.index
        if i not in numbers and i not in cues and i not in shares:
            previous = sentence  # no figure, share or cue: nothing to claim, nothing to source
            continue
        cue = cues[i][0] if i in cues else None
        strong: set[Span] = set()
        figures = (
            []
            if i not in numbers or _headline(sentence) or _listing(sentence)
            else _figures(doc, numbers[i], quotes, strong)
        )
        vague = None
        if cue and not figures and i in vagues and not _headline(sentence):  # not a caption or a headline
            vague = vagues[i][0]
            if _in_quote(quotes, vague.start()):
                vague = None
        stated = list(figures)  # before any share in words: the figures a sourced sentence vouches for
        # a measured figure someone is quoted as giving ("..., prosecutors said", "it added") is not stated as fact
        if not strong and i in shares and english and not _headline(sentence):
            # (also beside plain figures: "dropped by a quarter, from 1.2 million to 900,000")
            for hit in shares[i]:
                if _in_quote(quotes, hit.start()) or _MODAL_BEFORE.search(low, max(0, hit.start() - 60), hit.start()):
                    continue
                if _MAGNITUDE_WORDS.intersection(hit.group(0).split()) and first_party():
                    continue  # "approximately one million users" in the project's own post: its own count
                words = " ".join(doc.text[hit.start() : hit.end()].split())
                figures.append((Span(hit.start(), hit.end()), words))
                strong.add(figures[-1][0])
            figures.sort(key=lambda f: f[0].start)
        if not stated and not figures and vague is None:
            previous = sentence  # nothing to claim and nothing to vouch for
            continue
        own = [a for a in attributions.in_sentence(i) if not _locus(a)]  # a source of its own ("a survey showed")
        unnamed_own = any(a.kind == "unnamed" for a in own)
        if figures and _supposed(doc, sentence, figures):
            figures, strong = [], set()  # a supposition or worked example: no claim
        if strong and cue is None and _project_records(doc.text, strong) and first_party():
            strong = set()  # the keepers' count of their own commits, downloads or lines of code
        if (
            strong
            and cue is None
            and all(_INSTEAD_OF.search(doc.text, max(0, span.start - 40), span.start) for span in strong)
            and first_party()
        ):
            strong = set()  # "Now, instead of 1,000 emails a day, the team gets 50": the writer's before and after
        if strong and cue is None and _program_measured(doc.text, sentence, strong) and software_piece():
            strong = set()  # "reduces idle memory consumption by up to 20%": the makers measured their program
        measured = (
            bool(strong)
            and english
            and sentence.text.rstrip()[-1:] in '.!?"”’)'
            and not (cue is None and i not in later_sources and (own or _says(sentence.text)))
        )
        if not (figures or vague) or (cue is None and not measured):
            # never reported: whether it is sourced matters only for the figures it states (see below)
            if stated:
                deferred.append((sentence, stated, cue, unnamed_own, previous))
            previous = sentence
            continue
        ok = sourced_first(sentence, stated, cue, unnamed_own, previous)
        if not ok and _writers_own(
            doc, sentence, figures or ([(Span(vague.start(), vague.end()), "")] if vague else []), quotes
        ):
            ok = True  # the writer measured or counted it: they are its source
        if not ok and not unnamed_own and official() and issuers_own(doc, sentence, figures, quotes):
            ok = True  # the issuer's case, office or program: the release is its source
        if (
            not ok
            and previous is not None
            and previous.paragraph == sentence.paragraph
            and previous.index in numbers
            and _RESTATES.match(sentence.text)
        ):
            ok = True  # "That is about two-thirds of the councillors who voted": the writer's sum of the figures before
        if not ok and figures and _first_party_subject(doc, sentence, quotes):
            ok = True  # "The bill is now $38,000" after "Our monthly CI bill ... was $63,000": the writer's own
        plan.append((sentence, figures, vague, cue, ok, measured))
        previous = sentence
    if deferred and (
        needed := {
            _figure_key(doc.text, span)
            for _, figures, vague, cue, ok, measured in plan
            if not ok
            for span, _ in figures
        }
    ):
        # a sentence never reported sources its figures for the others that state them: read only
        # those whose figures (or their total) another, unsourced, states
        for sentence, stated, cue, unnamed_own, previous in deferred:
            keys = {_figure_key(doc.text, span) for span, _ in stated}
            total = _total(n for _, n in stated)
            if keys & needed or total in needed:
                sourced_first(sentence, stated, cue, unnamed_own, previous)
    named_offsets = [s.span.start for s in doc.sentences if sourced[s.index]]
    reported: set[frozenset[str]] = set()
    for sentence, figures, vague, cue, ok, measured in plan:
        if ok or not (figures or vague) or (cue is None and not measured):
            continue  # a plain count without the vocabulary of estimates or official data: stay silent
        if figures and all(_figure_key(doc.text, span) in sourced_numbers for span, _ in figures):
            continue  # the same figure is sourced elsewhere in the article
        if _breakdown(doc.text, figures, sourced_numbers):
            continue  # "Of the 1,200 roles, 700 are in administration and 500 ...": the parts of a sourced total
        if any(o < sentence.span.start for o in named_offsets) and _BACK_REFERENCE.search(sentence.text):
            continue  # "the recent announcement": refers back to a sourced statement
        key = frozenset(n for _, n in figures)
        if figures and key in reported:
            continue  # one finding per claim, even when the article repeats it
        reported.add(key)
        yield UncitedClaim(sentence, figures, vague, cue)
