"""Shares told twice: once as a percentage, once as counts (CON001).

A share is a part of a whole doing one thing: (value in percent, hedge, the whole's noun, the whole's
count when the text gives it, what the part does, when). "71% of them opposed any closure" after "drew
6,480 responses" is (71, -, response, 6,480, {oppose, closure}); "Of the 6,480 people who responded,
3,950 said they opposed any closure" is (61.0, -, people, 6,480, {respond, oppose, closure}). Two shares
are one when they do the same thing (a content word of their predicates in common) of one whole: the
same noun, the same count of the whole, or two words more in common ("cancelled 9.8% of its scheduled
services" and "ran 2,738 of the 3,150 trains it had scheduled, and cancelled the other 412"). Their
values must then agree within rounding and hedge.

Every share is read at a figure the figure pass already found, so the pass is linear in the article:
shares told as percentages are indexed once, and each share told as counts looks at most
``_MAX_SHARES`` of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from auditor.language.arithmetic import (
    FRACTION_RE,
    FRACTION_WORDS,
    PROPORTION_HEDGES,
    STOP_WORDS,
    UNTELLING_VERBS,
    Figure,
    Mismatch,
    body_sentences,
    clip,
    counted,
    figure_times,
    figures,
    fmt,
    singular,
)
from auditor.language.claims import verb_stem
from auditor.language.senses import kind_of, names_a_person, same_kind
from auditor.model import Document

_MAX_SHARES = 24  # shares told as percentages one count share is compared with
_WORD = re.compile(r"[A-Za-z][a-z'’-]*")
_CLAUSE_END = re.compile(r"[,;:.!?()]|\s(?:and|but|while|whereas|according|after|before|because|as)\s")
_POPULATION_AFTER = re.compile(  # "68.4% of entries", "9.8% of its scheduled services", "71% of them"
    r"\s+(?:out\s+)?of\s+(?:(?P<det>them|which|whom)\b|(?:(?:the|its|their|all|these|those|(?:the\s+)?"
    r"[A-Za-z]+['’]s)\s+)?"
    r"(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)(?P<noun>[a-z]{3,}s)\b)"
)
_ANAPHOR_BEFORE = re.compile(  # "2,900 sponges ..., of which about 60% were": the count before is the whole
    r"\b(?:of|out\s+of)\s+(?:which|whom|them|those|these)\s+(?:(?:about|around|roughly|some|nearly|almost|"
    r"just\s+over|just\s+under|more\s+than|over)\s+)?$",
    re.I,
)
_CHANGE_WORDS = (
    r"up|down|rose|risen|rise|fell|fallen|fall|grew|growth|increase[ds]?|decrease[ds]?|decline[ds]?|"
    r"dropped|drop|jumped|climbed|gained|lost|cut|higher|lower|more|less|from|by"
)
_CHANGE_NEAR = re.compile(r"\b(?:" + _CHANGE_WORDS + r")\b", re.I)  # after it: "4% higher", "12% rise"
_CHANGE_BEFORE_PCT = re.compile(  # right before it: "rose 4%", "up by about 3%"; not "By noon, 62%"
    r"\b(?:" + _CHANGE_WORDS + r")\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|almost|some|just\s+over|"
    r"more\s+than)\s+)?$",
    re.I,
)
_OPENING_WHOLE = re.compile(  # "Of the 6,480 people who responded ..., 3,950 said ...", "Of the trust's 9,120"
    r"\s*(?:Of|Among)\s+(?:the|its|their|all|(?:the\s+)?[A-Za-z]+['’]s)\s+$"
)
_PART_OF_WHOLE = re.compile(r"^\s+(?:out\s+)?of\s+(?:the|its|their|all)\s+$")  # "2,738 of the 3,150 trains"
_COMPLEMENT = re.compile(r"\b(?:the\s+)?(?:other|remaining)\s+$", re.I)  # "and cancelled the other 412"
_PLACE = re.compile(r"\b(?:in|across|at|throughout)\s+(?:the\s+)?([A-Z][\w'’-]+)")
_CALENDAR = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Christmas",
        "Easter",
    ]
)  # "in July" is a time (``_figure_times`` reads it), not a place
_SCOPE_OPENING = re.compile(r"\s*(Nationally|Globally|Worldwide|Elsewhere|Regionally|Locally)\b")
_HEDGE_WORDS = re.compile(r"\b(?:about|around|roughly|some|nearly|almost|approximately|an\s+estimated)\s+$", re.I)
_NEGATION = re.compile(  # the predicate denied ("did not vote", "were never paid"), not "a species not described"
    r"\b(?:did|do|does|is|are|was|were|has|have|had|will|would|could|can)\s+(?:not|never)\b|n['’]t\b|^\s*never\b",
    re.I,
)


@dataclass(slots=True)
class Share:
    """A part of a whole doing one thing, in percent."""

    sentence: int
    figure: Figure  # the percentage, or the part's count
    value: float
    hedge: str | None
    noun: str  # the whole's counted noun, singular ("" when the text does not name it)
    whole: float | None  # the whole's count, when the text gives it
    words: frozenset[str]  # stems of what the part does (and of the whole's description)
    negated: bool
    acts: frozenset[str] = frozenset()  # stems of what the part itself does: its clause, or the verb before it
    places: frozenset[str] = frozenset()  # where the share's own clause says it holds ("in England", "Nationally")


def _stems(text: str) -> set[str]:
    out = set()
    for w in _WORD.findall(text):
        lw = w.lower()
        if lw in STOP_WORDS or len(lw) < 3 or w[0].isupper():
            continue  # names are places or parties, not what a part does
        stem = verb_stem(singular(lw)) if not lw.endswith(("ed", "ing")) else verb_stem(lw)
        if stem not in UNTELLING_VERBS:
            out.add(stem)
    return out


def _clause_after(text: str, start: int, limit: int) -> str:
    m = _CLAUSE_END.search(text, start, limit)
    return text[start : m.start() if m else limit]


def _clause_before(text: str, start: int, floor: int) -> str:
    chunk = text[floor:start]
    cut = max(chunk.rfind(","), chunk.rfind(";"), chunk.rfind(":"), chunk.rfind("("))
    return chunk[cut + 1 :]


def _percent_shares(doc: Document, figs: list[Figure]) -> list[Share]:
    text = doc.text
    sentences = body_sentences(doc)
    out: list[Share] = []
    for n, f in enumerate(figs):
        if f.kind != "percent" or not f.usable:
            continue
        sent = sentences[f.sentence]
        near_before = text[max(sent.span.start, f.start - 24) : f.start]
        near_after = text[f.end : min(sent.span.end, f.end + 16)]
        if _CHANGE_BEFORE_PCT.search(near_before) or _CHANGE_NEAR.match(near_after.lstrip()):
            continue  # a change, not a share of a whole
        whole: Figure | None = None
        noun = ""
        words_from = f.end
        pop = _POPULATION_AFTER.match(text, f.end)
        if _ANAPHOR_BEFORE.search(near_before) or (pop and pop.group("det")):
            whole = next(
                (g for g in reversed(figs[:n]) if g.sentence == f.sentence and g.kind == "count" and g.head), None
            )
            if whole is None:
                continue
            noun = whole.head or ""
            if pop:
                words_from = pop.end()
        elif pop and pop.group("noun"):
            noun = singular(pop.group("noun").lower())
            words_from = pop.end()
            whole = next(
                (
                    g
                    for g in figs
                    if g.sentence == f.sentence and g.kind == "count" and g.head and counted(g.head) == counted(noun)
                ),
                None,
            )
        else:
            continue
        after = _clause_after(text, words_from, sent.span.end)
        before = _clause_before(text, f.start, sent.span.start)
        described = text[pop.start("mods") : pop.end("mods")] if pop and pop.group("noun") else ""
        verb = _verb_before(before)
        acts = _stems(after) | verb
        words = acts | _stems(described)
        if whole is not None:
            words |= _stems(_clause_after(text, whole.end, sent.span.end))
        if not acts:
            continue
        negated = bool(_NEGATION.search(after) or _NEGATION.search(before[-30:]))
        places = {m.group(1) for m in _PLACE.finditer(after + " " + before[-40:]) if m.group(1) not in _CALENDAR}
        scope = _SCOPE_OPENING.match(sent.text)
        if scope:
            places.add(scope.group(1))
        share = Share(f.sentence, f, f.value, f.hedge, noun, whole.value if whole else None, frozenset(words), negated)
        share.places, share.acts = frozenset(places), frozenset(acts)
        out.append(share)
    return out


def _count_shares(doc: Document, figs: list[Figure]) -> list[tuple[Share, Figure]]:
    """Shares told as a part and its whole: "Of the N X, M ...", "M of the N X ...", "... the other M"."""
    text = doc.text
    sentences = body_sentences(doc)
    out: list[tuple[Share, Figure]] = []
    for n, f in enumerate(figs):
        if f.kind != "count" or not f.usable or f.hedge in ("above", "below"):
            continue
        sent = sentences[f.sentence]
        if _OPENING_WHOLE.fullmatch(text, sent.span.start, f.start) and f.head:
            part = next((g for g in figs[n + 1 : n + 3] if g.sentence == f.sentence and g.kind == "count"), None)
            if part is not None and part.usable and part.value < f.value:
                told = _clause_after(text, part.end, sent.span.end)
                out.append((_make(sentences, f, part, _stems(told), bool(_NEGATION.search(told)), text), part))
            continue
        if n + 1 >= len(figs) or figs[n + 1].sentence != f.sentence or not figs[n + 1].head:
            continue
        whole = figs[n + 1]
        if whole.kind != "count" or not _PART_OF_WHOLE.match(text[f.end : whole.start]) or f.value >= whole.value:
            continue
        before = _clause_before(text, f.start, sent.span.start)
        out.append((_make(sentences, whole, f, _verb_before(before), bool(_NEGATION.search(before)), text), f))
        rest = next((g for g in figs[n + 2 : n + 4] if g.sentence == f.sentence and g.kind == "count"), None)
        if rest is None or rest.value + f.value != whole.value:
            continue
        other = _COMPLEMENT.search(text, max(sent.span.start, rest.start - 14), rest.start)
        if other:  # "ran 2,738 of the 3,150 trains ..., and cancelled the other 412": the rest of the whole
            before = _clause_before(text, other.start(), sent.span.start)
            out.append(
                (_make(sentences, whole, rest, _verb_before(before), bool(_NEGATION.search(before)), text), rest)
            )
    return out


def _verb_before(clause: str) -> set[str]:
    """The word right before a figure (hedges aside): the verb of "delayed 15% of", "cancelled the other 412"."""
    words = [w for w in _WORD.findall(clause) if w.lower() not in _HEDGE_SET]
    return _stems(words[-1]) if words else set()


_HEDGE_SET = frozenset(
    [
        "about",
        "around",
        "roughly",
        "some",
        "nearly",
        "almost",
        "approximately",
        "estimated",
        "an",
        "just",
        "over",
        "under",
    ]
)


def _make(sentences: list, whole: Figure, part: Figure, acts: set[str], negated: bool, text: str) -> Share:
    sent = sentences[whole.sentence]
    described = _clause_after(text, whole.end, sent.span.end)
    words = acts | _stems(described) | set(whole.modifiers)
    hedged = bool(_HEDGE_WORDS.search(text, max(0, part.start - 16), part.start)) or bool(part.hedge or whole.hedge)
    share = Share(
        part.sentence,
        part,
        100.0 * part.value / whole.value,
        "about" if hedged else None,
        whole.head or "",
        whole.value,
        frozenset(words),
        negated,
    )
    share.acts = frozenset(acts)
    return share


def _one_whole(p: Share, c: Share) -> bool:
    """Whether two shares are of one whole doing one thing (see the module's docstring): the parts' own
    acts meet, and the wholes are one (one count, one noun, or two more words in common)."""
    nouns = {verb_stem(c.noun), verb_stem(p.noun)}
    if not (p.acts & c.acts) - nouns or p.negated != c.negated:
        return False
    if p.whole is not None and c.whole is not None:
        return p.whole == c.whole  # two counts of the whole: they must be one
    if p.noun and c.noun and (counted(p.noun) == counted(c.noun) or same_kind(p.noun, c.noun)):
        return True
    return len((p.words & c.words) - nouns) >= 2


def _tolerance(p: Share) -> tuple[float, float]:
    """How far below and above a stated percentage its counts may fall: rounding, and a hedge's reach
    ("about 60%" is a round figure: a step of ten either side halved, five points, plus one)."""
    f = p.figure
    base = max(1.0, f.precision)
    if p.hedge in ("about", "nearly"):
        step = 10.0 if f.value % 10 == 0 else 5.0 if f.value % 5 == 0 else 2.0
        wide = step / 2 + 1.0
        return wide, (base if p.hedge == "nearly" else wide)
    if p.hedge == "above":
        return base, float("inf")
    if p.hedge == "below":
        return float("inf"), base
    return base, base


def share_mismatches(doc: Document) -> list[Mismatch]:
    """A share told as counts that does not fit the same share told as a percentage elsewhere."""
    figs = figures(doc)
    if not any(f.kind == "percent" for f in figs):
        return []
    pcts = _percent_shares(doc, figs)
    if not pcts:
        return []
    sentences = body_sentences(doc)
    out: list[Mismatch] = []
    seen: set[tuple[int, int]] = set()  # (sentence, part) already compared
    for c, part in _count_shares(doc, figs):
        if (c.sentence, part.start) in seen:
            continue
        seen.add((c.sentence, part.start))
        tc = figure_times(sentences, part)
        csent = sentences[c.sentence].text
        matched = []
        for p in pcts[:_MAX_SHARES]:
            if p.sentence == c.sentence or not _one_whole(p, c):
                continue
            if any(place not in csent for place in p.places):
                continue  # "Nationally, 67.6% of entries in England": another whole than the trust's entries
            tp = figure_times(sentences, p.figure)
            if tp and tc and tp != tc:
                continue
            matched.append(p)
        fitting = []
        for p in matched:
            below, above = _tolerance(p)
            if c.hedge:
                below, above = below + 3.0, above + 3.0
            fitting.append(p.value - below <= c.value <= p.value + above)
        if not matched or any(fitting):
            continue  # none told, or one the counts fit: they may restate that one
        p = max(matched, key=lambda q: (len(q.words & c.words), -abs(q.sentence - c.sentence)))
        later, earlier = (c, p) if c.sentence > p.sentence else (p, c)
        lf, ef = later.figure, earlier.figure
        ls, es = sentences[later.sentence], sentences[earlier.sentence]
        arithmetic = (
            f"{fmt(part.value)} of {fmt(c.whole or 0)} is {c.value:.1f}%, not the {p.figure.text} given for the "
            "same share"
        )
        out.append(
            Mismatch(
                "CON001",
                "share",
                later.sentence,
                earlier.sentence,
                clip(ls.text, lf.start - ls.span.start, lf.end - ls.span.start),
                clip(es.text, ef.start - es.span.start, ef.end - es.span.start),
                arithmetic,
                {"values": [c.value, p.value]},
            )
        )
    return out


# ---------------------------------------------------------------- a part larger than its whole
#
# "14 people had been taken to hospital in Gravdal" and "The 16 passengers admitted to hospital in Gravdal":
# passengers are people, so the 16 are some of the 14 or all of them; either way they cannot be more. A
# definite count of a kind of the earlier count's noun (or the reverse: the general noun later), told of
# the same thing (two content words of their clauses in common), that exceeds the general count is a
# contradiction however the two are related; a smaller one may be a subgroup and is left alone.

_PART_REACH = 40  # earlier figures a definite count is compared with
_GENERIC_PEOPLE = frozenset({"people", "person", "persons", "individual"})
_DESCRIBED = re.compile(r"[A-Za-z][a-z'’-]{2,}")


def _about(text: str, f: Figure, floor: int, ceiling: int) -> frozenset[str]:
    """Content words of a figure's clause (names included: "in Gravdal"), as stems."""
    before = text[max(floor, f.start - 50) : f.start]
    cut = max(before.rfind(","), before.rfind(";"))
    after = text[f.end : min(ceiling, f.end + 70)]
    out = set()
    for w in _DESCRIBED.findall(before[cut + 1 :] + " " + after):
        lw = w.lower()
        if lw in STOP_WORDS:
            continue
        stem = verb_stem(singular(lw)) if not lw.endswith(("ed", "ing")) else verb_stem(lw)
        if stem not in UNTELLING_VERBS:
            out.add(stem)
    return frozenset(out)


@lru_cache(maxsize=4096)
def _general(specific: str, general: str) -> bool:
    """Whether ``general`` names a whole ``specific`` is a kind of ("passengers" and "people")."""
    if specific == general:
        return False
    if general in _GENERIC_PEOPLE or counted(general) == "people":
        return names_a_person(specific)
    return kind_of(specific, general, depth=6)


def part_whole_mismatches(doc: Document) -> list[Mismatch]:
    """A definite count of a kind of an earlier count's noun, of the same thing, larger than it (or the
    general count later and smaller)."""
    text = doc.text
    sentences = body_sentences(doc)
    counts = [f for f in figures(doc) if f.kind == "count" and f.head and f.usable and f.hedge != "below"]
    out: list[Mismatch] = []
    done: set[int] = set()
    for k, later in enumerate(counts):
        if later.sentence in done:
            continue
        ls = sentences[later.sentence]
        about_later: frozenset[str] | None = None
        for earlier in reversed(counts[max(0, k - _PART_REACH) : k]):
            if earlier.sentence == later.sentence or earlier.head == later.head:
                continue
            if not (later.definite or earlier.definite):
                continue  # one of them must point at a group the text already has
            lh, eh = later.head or "", earlier.head or ""
            if counted(lh) == counted(eh):
                continue
            if _general(lh, eh):
                part, whole = later, earlier
            elif _general(eh, lh):
                part, whole = earlier, later
            else:
                continue
            if not part.low > whole.high:
                continue  # a part no larger than its whole: a subgroup, or the whole again
            es = sentences[earlier.sentence]
            if about_later is None:
                about_later = _about(text, later, ls.span.start, ls.span.end)
            common = about_later & _about(text, earlier, es.span.start, es.span.end)
            if len(common - {verb_stem(lh), verb_stem(eh)}) < 2:
                continue
            te, tl = figure_times(sentences, earlier), figure_times(sentences, later)
            if te and tl and te != tl:
                continue
            done.add(later.sentence)
            arithmetic = (
                f"{fmt(part.value)} {part.head} are some of the {fmt(whole.value)} {whole.head} or all of them, "
                f"and cannot be more"
            )
            out.append(
                Mismatch(
                    "CON001",
                    "restatement",
                    later.sentence,
                    earlier.sentence,
                    clip(ls.text, later.start - ls.span.start, later.end - ls.span.start),
                    clip(es.text, earlier.start - es.span.start, earlier.end - es.span.start),
                    arithmetic,
                    {"values": [later.value, earlier.value]},
                )
            )
            break
    return out


# ---------------------------------------------------------------- a change whose ends are told apart
#
# "reported a 12% rise in half-year pre-tax profit to £96m" and, later, "Pre-tax profit rose from £88m a year
# earlier": the change and its new end in one sentence, its old end alone in another. The two are one change
# when the old end's clause names what changed with a word of the first ("profit"); the change is then
# recomputed from the ends by interval arithmetic (each end within its rounding), against the stated
# percentage within its own rounding.

_CHANGE_BEFORE = re.compile(
    r"\b(?P<w>rose|risen|rise|rising|grew|grow|grown|increased?|climbed|jumped|gained|up|fell|fall|fallen|falling|"
    r"dropped|drop|declined?|slipped|slid|down|lost|shed)\s+(?:by\s+)?$",
    re.I,
)
_CHANGE_AFTER = re.compile(r"\s+(?P<w>rise|increase|gain|jump|growth|fall|drop|decline|slide|loss)\b", re.I)
_FALLING = frozenset(
    [
        "fell",
        "fallen",
        "falling",
        "dropped",
        "declined",
        "slipped",
        "slid",
        "down",
        "lost",
        "shed",
        "fall",
        "drop",
        "decline",
        "slide",
        "loss",
    ]
)
_NEW_END = re.compile(r"\b(?:to|at)\s+(?:about\s+|around\s+|some\s+)?$", re.I)
_PRIOR_END = re.compile(
    r"\bhad\s+(?:closed|ended|finished|stood|settled|been)\s+at\s+$", re.I
)  # "had closed at $9,480"
_SUBJECT_REACH = 90  # characters of a clause read for what changed
_MAX_CHANGES = 12  # changes told with their new end that one lone old end is compared with


def _clause_words(text: str, start: int, end: int) -> frozenset[str]:
    out = set()
    for w in _DESCRIBED.findall(text[start:end]):
        lw = w.lower()
        if lw in STOP_WORDS or lw in _FALLING:
            continue
        stem = verb_stem(singular(lw)) if not lw.endswith(("ed", "ing")) else verb_stem(lw)
        if stem not in UNTELLING_VERBS:
            out.add(stem)
    return frozenset(out)


_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\s|\s(?:but|while|whereas)\s")


def _one_clause(text: str, a: Figure, b: Figure) -> bool:
    """Whether two figures of a sentence sit in one clause ("had closed at $9,480 ..., and the contract touched
    an intraday low of $8,905" holds two)."""
    lo, hi = (a, b) if a.start < b.start else (b, a)
    return not _CLAUSE_BREAK.search(text, lo.end, hi.start)


def _half(f: Figure) -> float:
    """Half a unit of a figure's last stated digit: "£96m" is £95.5m-£96.5m, "£271,400" ±£50, "9%" ±0.5."""
    if f.precision:
        return f.precision
    if f.kind == "percent":
        return 0.5
    value, unit = abs(f.value), 1.0
    while unit * 10 <= value and value % (unit * 10) == 0:
        unit *= 10
    return unit / 2


def split_change_mismatches(doc: Document) -> list[Mismatch]:
    """A percentage change told with its new end whose old end, told alone in another sentence, gives
    another change."""
    text = doc.text
    sentences = body_sentences(doc)
    figs = figures(doc)
    by_sentence: dict[int, list[Figure]] = {}
    for f in figs:
        by_sentence.setdefault(f.sentence, []).append(f)
    changes: list[tuple[Figure, Figure, bool, frozenset[str]]] = []  # (percentage, new end, falling, words)
    lone: list[Figure] = []
    for i, own in sorted(by_sentence.items()):
        sent = sentences[i]
        for n, f in enumerate(own):
            if f.kind == "percent":
                before = _CHANGE_BEFORE.search(text, max(sent.span.start, f.start - 20), f.start)
                after = _CHANGE_AFTER.match(text, f.end)
                if not (before or after):
                    continue
                new = next(
                    (g for g in own[n + 1 :] if g.kind != "percent" and _NEW_END.search(text, g.start - 12, g.start)),
                    None,
                )
                if new is None or any(
                    g.old and g is not new and g.unit == new.unit and g.kind == new.kind for g in own
                ):
                    continue  # no new end, or both ends told here (the clause checks read that)
                word = (before or after).group("w").lower()  # type: ignore[union-attr]
                floor = max(sent.span.start, f.start - _SUBJECT_REACH)
                changes.append((f, new, word in _FALLING, _clause_words(text, floor, new.start)))
            elif f.kind in ("money", "count", "measure") and (
                f.old or _PRIOR_END.search(text, max(sent.span.start, f.start - 24), f.start)
            ):
                same = [
                    g for g in own if g is not f and g.kind == f.kind and g.unit == f.unit and _one_clause(text, f, g)
                ]
                if not same and not any(g.kind == "percent" for g in own):
                    lone.append(f)  # "Pre-tax profit rose from £88m a year earlier": an old end alone
    out: list[Mismatch] = []
    for old in lone:
        os_ = sentences[old.sentence]
        floor = max(os_.span.start, old.start - _SUBJECT_REACH)
        words = _clause_words(text, floor, old.start)
        best = None
        for pct, new, falling, cwords in changes[:_MAX_CHANGES]:
            if new.kind != old.kind or new.unit != old.unit or new.sentence == old.sentence:
                continue
            common = words & cwords
            if common and (best is None or len(common) > best[0]):
                best = (len(common), pct, new, falling)
        if best is None:
            continue
        _, pct, new, falling = best
        if old.hedge or new.hedge or pct.hedge or old.value <= 0:
            continue
        lo_old, hi_old = old.value - _half(old), old.value + _half(old)
        lo_new, hi_new = new.value - _half(new), new.value + _half(new)
        low = 100.0 * (lo_new - hi_old) / hi_old
        high = 100.0 * (hi_new - lo_old) / lo_old
        stated = -pct.value if falling else pct.value
        slack = _half(pct) + 0.05
        if low - slack <= stated <= high + slack:
            continue
        actual = 100.0 * (new.value - old.value) / old.value
        later, earlier = (old, pct) if old.sentence > pct.sentence else (pct, old)
        ls, es = sentences[later.sentence], sentences[earlier.sentence]
        direction = "a rise" if actual >= 0 else "a fall"
        arithmetic = (
            f"from {old.text} to {new.text} is {direction} of {abs(actual):.1f}%, not the {pct.text} "
            f"{'fall' if falling else 'rise'} given"
        )
        out.append(
            Mismatch(
                "CON001",
                "change",
                later.sentence,
                earlier.sentence,
                clip(ls.text, later.start - ls.span.start, later.end - ls.span.start),
                clip(es.text, earlier.start - es.span.start, earlier.end - es.span.start),
                arithmetic,
                {"values": [actual, stated]},
            )
        )
    return out


# ---------------------------------------------------------------- a percentage told again in words
#
# "38% of checkout requests were failing" and "roughly one in four checkout requests was failing": one
# population (the same noun and words) doing one thing (the same content words after it), told as a
# percentage and as a fraction word, at values no rounding or hedge joins. A fraction word alone is
# compared: two percentages of one population are the restatement check's.

_WORD_SHARE_NOUN = re.compile(  # what the fraction counts: "one in four checkout requests", "half of the pupils"
    r"\s+(?:of\s+(?:(?:the|its|their|all)\s+)?)?(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)(?P<noun>[a-z]{3,}s)\b"
)
_SURVEY = 4  # percentages of one population that make an article a survey report (each answers its own question)
_FRACTION_KEYWORDS = ("half", "third", "quarter", "fifth", "tenth")
_RATIO_GATE = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s")


def _word_shares(doc: Document) -> list[tuple[int, int, int, float, str | None, str, frozenset[str], frozenset[str]]]:
    """Fraction words with the population after them: (sentence, start, end, value, hedge, noun, mods, acts)."""
    text = doc.text
    out = []
    for i, sent in enumerate(body_sentences(doc)):
        low = sent.text.lower()
        if not any(k in low for k in _FRACTION_KEYWORDS) and not _RATIO_GATE.search(low):
            continue  # most sentences hold no fraction word: a substring test, not the fraction pattern
        for m in FRACTION_RE.finditer(sent.text):
            a, b = sent.span.start + m.start(), sent.span.start + m.end()
            np = _WORD_SHARE_NOUN.match(text, b)
            if np is None:
                continue
            hedge = m.group("hedge")
            hedge_kind = PROPORTION_HEDGES[" ".join(hedge.lower().split())] if hedge else None
            value = FRACTION_WORDS[" ".join(m.group("frac").lower().split())]
            acts = _stems(_clause_after(text, np.end(), sent.span.end))
            mods = frozenset(w for w in np.group("mods").lower().split() if w not in STOP_WORDS)
            if acts:
                out.append((i, a, b, value, hedge_kind, singular(np.group("noun").lower()), mods, frozenset(acts)))
    return out


def word_share_mismatches(doc: Document) -> list[Mismatch]:
    """A fraction word whose population and act are a percentage's, at a value the percentage cannot be."""
    figs = figures(doc)
    if not any(f.kind == "percent" for f in figs):
        return []
    words = _word_shares(doc)
    if not words:
        return []
    text = doc.text
    sentences = body_sentences(doc)
    pcts = []
    for f in figs:
        if f.kind != "percent" or not f.usable or not f.head:
            continue
        sent = sentences[f.sentence]
        if _CHANGE_BEFORE_PCT.search(text, max(sent.span.start, f.start - 30), f.start):
            continue
        pop = _POPULATION_AFTER.match(text, f.end)
        if pop is None or not pop.group("noun"):
            continue
        mods = frozenset(w for w in (pop.group("mods") or "").lower().split() if w not in STOP_WORDS)
        acts = frozenset(_stems(_clause_after(text, pop.end(), sent.span.end)))
        pcts.append((f, singular(pop.group("noun").lower()), mods, acts))
    nouns: dict[str, int] = {}
    for _, noun, _, _ in pcts:
        nouns[noun] = nouns.get(noun, 0) + 1
    out: list[Mismatch] = []
    for i, a, b, value, hedge, noun, mods, acts in words:
        if nouns.get(noun, 0) >= _SURVEY:
            continue  # a survey report: its shares of respondents answer different questions
        for f, pnoun, pmods, pacts in pcts[:_MAX_SHARES]:
            if f.sentence == i or pnoun != noun or pmods != mods or pacts != acts:
                continue
            wide = 3.0 + (5.0 if hedge in ("about", "nearly") else 0.0)
            low, high = value - wide, value + wide
            if hedge in ("above", "just-above"):
                high = float("inf") if hedge == "above" else value + wide
            if hedge in ("below", "just-below"):
                low = 0.0 if hedge == "below" else value - wide
            if low <= f.value <= high:
                continue
            ws, fs = sentences[i], sentences[f.sentence]
            said = text[a:b]
            later, earlier = (i, f.sentence) if i > f.sentence else (f.sentence, i)
            quote_w = clip(ws.text, a - ws.span.start, b - ws.span.start)
            quote_f = clip(fs.text, f.start - fs.span.start, f.end - fs.span.start)
            out.append(
                Mismatch(
                    "CON001",
                    "share",
                    later,
                    earlier,
                    quote_w if later == i else quote_f,
                    quote_f if later == i else quote_w,
                    f'"{said}" is {value:.0f}%, not the {f.text} given for the same {noun}s',
                    {"values": [value, f.value]},
                )
            )
            break
    return out
