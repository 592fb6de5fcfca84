"""Consistency: figures, totals and statements that cannot all be true (CON001-CON003).

Claims come from :mod:`auditor.language.claims`; the rules here only decide which pairs
conflict. Pairs are formed inside blocks that share a key (subject and counted thing, or
subject and predicate family), so the cost stays near-linear in the article's length. The
same claims, as plain data, feed the cross-document report (``--cross-document``).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from auditor.context import Context
from auditor.language.arithmetic import (
    Mismatch,
    breakdown_mismatches,
    clause_change_mismatches,
    different_items,
    fit_mismatches,
    multiplier_mismatches,
    proportion_mismatches,
    restatement_mismatches,
    transposition_mismatches,
)
from auditor.language.claims import (
    GENERIC_OBJECT,
    LOCATIVE_RE,
    TIME_RE,
    Claims,
    Quantity,
    Statement,
    document_claims,
    verb_stem,
)
from auditor.language.entities import display_name
from auditor.language.entities import words as _words
from auditor.language.polarity import conflicts as statement_conflicts
from auditor.language.shares import (
    part_whole_mismatches,
    share_mismatches,
    split_change_mismatches,
    word_share_mismatches,
)
from auditor.model import Document, Finding, Sentence, Severity, Span
from auditor.reading.excerpts import clip
from auditor.registry import RuleDocs, cross_document, enricher, rule

FACTS_KEY = "consistency"
_MAX_BLOCK = 60  # claims compared inside one block; beyond that the block is sampled in order
_HUMAN = _words(
    "people person child adult nurse soldier troop staff police personnel civilian teen student medic "
    "guard refugee migrant captive hostage prisoner detainee victim casualty pilot crew militia"
)
_GENERIC_TOTAL = _words(
    "people person individual worker personnel staff troop soldier member employee force victim casualty "
    "case unit laborer civilian resident"
)


def claims_of(doc: Document) -> Claims:
    """The article's claims; none for a non-English article (the cues are English words)."""
    return document_claims(doc)


def _fmt(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _what(q: Quantity) -> str:
    words = [*q.modifiers, q.head or "items"]
    noun = " ".join(words)
    return noun if noun.endswith("s") or noun.endswith(("people", "personnel", "staff", "police")) else noun + "s"


def _line(doc: Document, offset: int) -> int:
    return doc.position(offset)[0]


# ---------------------------------------------------------------- CON001


def _sentence_index(doc: Document) -> dict[str, Any]:
    """Per-sentence mentions and figures, built once so that comparing a pair costs O(1)."""

    def build(d: Document) -> dict[str, Any]:
        claims = claims_of(d)
        starts = [s.span.start for s in claims.sentences]
        mentions: dict[int, list] = defaultdict(list)
        for m in claims.mentions:
            i = bisect.bisect_right(starts, m.start) - 1
            if i >= 0 and m.start < claims.sentences[i].span.end:
                mentions[i].append(m)
        values: dict[tuple[int, str | None], set[float]] = defaultdict(set)
        for q in claims.quantities:
            values[(q.sentence, q.head)].add(q.value)
        return {"mentions": mentions, "values": values, "context": {}}

    return doc.derived("consistency.index", build)


def _context(claims: Claims, doc: Document, q: Quantity) -> tuple[tuple[str, ...], ...]:
    """Times, places and other parties a sentence names: figures for different ones describe different things."""
    index = _sentence_index(doc)
    cache_key = (q.sentence, q.subject)
    if cache_key in index["context"]:
        return index["context"][cache_key]
    sent = claims.sentences[q.sentence]
    dateline = _DATELINE.match(sent.text)  # "SEOUL, Jan 14, 2026 (Wire) - ": the story's date, not the figure's
    skip = dateline.end() if dateline else 0
    body = sent.text[skip:]
    mentions = [m for m in index["mentions"].get(q.sentence, []) if m.start >= sent.span.start + skip]
    names = {doc.text[m.start : m.end] for m in mentions}
    times = tuple(sorted({m.group(0).lower() for m in TIME_RE.finditer(body)}))
    places = tuple(sorted({m.group("place") for m in LOCATIVE_RE.finditer(body) if m.group("place") not in names}))
    others = tuple(sorted({m.key for m in mentions} - {q.subject}))
    index["context"][cache_key] = (times, places, others)
    return times, places, others


_DATELINE = re.compile(r"\s*[A-Z][A-Z'’. -]{2,}(?:,\s*[A-Z][\w.]*)*,?\s+[^\n]{0,40}?\s[-–—]{1,2}\s")


def numeric_conflicts(doc: Document, tolerance: float = 0.0) -> list[tuple[Quantity, Quantity]]:
    """(later, earlier) pairs of figures for one counted thing of one subject that cannot both hold."""
    claims = claims_of(doc)
    blocks: dict[tuple, list[Quantity]] = defaultdict(list)
    for q in claims.quantities:
        # without a named subject, only a count of an event ("killed", "arrested") is specific enough
        # without a subject or a known event, what the counted things did ("joined the strike") names the fact
        if q.comparable and (q.subject or q.event or q.predicate):
            event = q.event or ("" if q.subject else "p:" + q.predicate)
            blocks[(q.subject or "", q.head, q.modifiers, event)].append(q)
    out: list[tuple[Quantity, Quantity]] = []
    for key in sorted(blocks):
        items = blocks[key][:_MAX_BLOCK]
        for j, later in enumerate(items):
            for earlier in items[:j]:
                if earlier.sentence == later.sentence or not _disjoint(earlier, later, tolerance):
                    continue
                if _both_stated(doc, earlier, later):
                    continue  # each sentence gives both figures: a repeated sentence or caption
                if _context(claims, doc, earlier) != _context(claims, doc, later):
                    continue
                if different_items(claims.sentences[earlier.sentence].text, claims.sentences[later.sentence].text):
                    continue  # list items with their own labels: two projects, two options, two sites
                if not later.subject and _DISTINCT_RE.search(
                    claims.sentences[earlier.sentence].text + " " + claims.sentences[later.sentence].text
                ):
                    continue  # "in a separate attack", "the second blast": another incident
                out.append((later, earlier))
                break
    out.sort(key=lambda p: (p[0].span.start, p[1].span.start))
    return out


_DISTINCT_RE = re.compile(
    r"\b(?:first|second|third|fourth|another|other|separate|separately|each|both|respectively|whereas|"
    r"meanwhile|elsewhere|similar|earlier|previous|last|next)\b",
    re.I,
)


def _both_stated(doc: Document, a: Quantity, b: Quantity) -> bool:
    values = _sentence_index(doc)["values"]
    pair = {a.value, b.value}
    return pair <= values[(a.sentence, a.head)] or pair <= values[(b.sentence, b.head)]


def _disjoint(a: Quantity, b: Quantity, tolerance: float) -> bool:
    slack = tolerance * max(a.value, b.value)
    return a.high + slack < b.low or b.high + slack < a.low


def _bounds(q: Quantity) -> str:
    """What a hedged figure allows: "3,750-6,250", "5,000 or more", "at most 10,000"."""
    if q.high == float("inf"):
        return f"{_fmt(q.low)} or more"
    if q.low <= 0:
        return f"at most {_fmt(q.high)}"
    return f"{_fmt(q.low)}-{_fmt(q.high)}" if q.low != q.high else _fmt(q.low)


def _describe(q: Quantity) -> str:
    hedge = f"{q.hedge} " if q.hedge and q.hedge != "range" else ""
    return f"{hedge}{q.text.strip()} {_what(q)}"


@rule(
    "CON001",
    "numeric-contradiction",
    "consistency",
    Severity.WARNING,
    "the same quantity of the same thing given different values",
    RuleDocs(
        what="""
        Flags a figure that contradicts an earlier one in the same article: the same counted thing
        ("troops", "construction workers"), of the same subject (a country, with its demonym,
        capital and officials counted as one), for the same event (sent, killed, arrested ...),
        given values that cannot both be true. Hedges are read as ranges ("about 5,000" allows
        3,750-6,250; "up to 10,000" allows anything below), and figures that describe another
        group or another moment are left alone: "an additional 1,000", "1,000 more", "initially",
        "later revised to", "already", "so far", rates ("per day"), subsets ("of them",
        "including"), and sentences naming different dates or places. A rate meets only a rate of
        its period ("4.2 million jobs a day" and "the 2.4 million jobs we push through every day"),
        and a figure written with an earlier one's digits in another order ("1,150 customers", "the
        1,510 households he defrauded"; "a depth of 3,104 metres", "the 3,410-metre borehole") is
        compared when the same noun, two counts of people told of one party, the story's one amount,
        the subject both sentences name, or a definite measure of three or more digits after a
        dimension ties them together. A percentage change is recomputed from its two ends told in
        the same clause, in any order ("dropped 15% to 1,700, down from 2,500"; "was 50% higher than
        last year's $90 million"), the old end being the one "from", "than", "on last year's" or
        "compared with" an earlier moment introduces; a forecast, another measure ("income of") or
        another change's figures are no old end. "Doubled", "halving", "more than tripled" and
        the other forms of a multiple's verb are checked against the two ends after them ("halved,
        falling from 220 to 150" is ×0.68). A later definite count narrowed by a demonstrative, by
        words the article has not used before or by a later moment ("these 2 countries", "the 200
        engineers in its Cork office", "the 300 users we interviewed", "the 30,000 nurses in the
        region", "the 23 miners still missing") names a set of its own, a part of the earlier whole
        or a whole around it, and an owner's larger count told for the first time ("the school's
        650 pupils") holds the earlier group.
        Digits in another order restate the story's amount under any noun ("ordered to pay £43.2m" and
        "The £34.2m award"), a four-digit count named as a crowd or tally ("in front of 48,210" and "The
        crowd of 42,810"), or people a later clause describes again ("made 114 patients and staff ill" and
        "the 141 people who have fallen ill"). Shares in words ("159, or about three in five") are
        recomputed, and so is a change that points back ("That is a 12% reduction") against the change
        told last with both ends, what an amount earns at its rate ("£15,000 at 4.2% would earn £720 a
        year"), and a share whose part is named by its noun ("The job cuts, about 15% of the group's 12,400
        staff" after "shed 1,200 jobs"), a vote's share against its tally ("passed by 27 votes to 14" and "a
        71% majority"). "The 1,300-km flight" restates what "flew about 1,000 km" measured, and "The £47m
        overspend" what was "£38m over its original budget".
        A definite count of an agent noun restates the earlier count of people who did its act
        ("Some 25 researchers signed the letter" and "the 41 signatories"; "survivors", "evacuees",
        "attendees"). A plan told with "will" ("Some 450 jobs will go") is restated by a later definite count ("the 520
        jobs"); another modal, a condition or a future date keeps it a possibility, and a dateline's
        date ("LEEDS, March 3 (Reuters) -") is the story's, not the figure's.
        A share told as a percentage and again as counts ("drew 6,480 responses, 71% of them opposed"
        and "Of the 6,480 people who responded, 3,950 said they opposed"; "cancelled 9.8% of its
        scheduled services" and "ran 2,738 of the 3,150 trains it had scheduled, and cancelled the
        other 412") is recomputed when the parts do one thing (the verb before or the clause after each)
        of one whole (one count of it, one noun, or two words more in common); another place ("Nationally,
        ... in England"), another date, a denial against a told act, a bound that holds, or a percentage of
        change is left alone, and when the counts fit any share told so, none is flagged. "About 60%" is a
        round figure: five points and one either side. A count of a kind of another count's noun, told
        of the same thing ("14 people had been taken to hospital in Gravdal" and "The 16 passengers
        admitted to hospital in Gravdal"), cannot be larger than it: passengers are people. A change told
        with its new end ("a 12% rise in pre-tax profit to £96m") is recomputed from its old end told alone
        in another sentence ("Pre-tax profit rose from £88m a year earlier": 9.1%), each end within its
        rounding, and a percentage told again in words ("38% of checkout requests were failing" and "roughly
        one in four checkout requests was failing") must agree with it.
        """,
        why="""
        Two figures for one fact tell readers that at least one is wrong, and they cannot tell
        which. Usually one figure was updated and the other was not.
        """,
        flag="""
        Russia sent 5,000 troops to the border.
        Analysts say Russia sent 8,000 troops to the border.
        """,
        ok="""
        Russia sent 5,000 troops to the border.
        Russia later sent an additional 3,000 troops to the border.
        """,
        silence="""
        Make the figures agree, or say why they differ ("initially", "by March", "an additional").
        `[tool.auditor.rules.CON001] tolerance = 0.05` accepts figures within 5% of each other.
        """,
    ),
    options={"tolerance": 0.0},
)
def check_numeric(doc: Document, ctx: Context) -> Iterator[Finding]:
    opts = ctx.options("CON001", {"tolerance": 0.0})
    sentences = claims_of(doc).sentences
    conflicts = numeric_conflicts(doc, float(opts["tolerance"]))  # once: the pairs are also what is flagged
    for later, earlier in conflicts:
        line = _line(doc, earlier.span.start)
        subject = f" for {display_name(later.subject)}" if later.subject else ""
        said_later = _excerpt(sentences[later.sentence], later.span, 120)
        said_earlier = _excerpt(sentences[earlier.sentence], earlier.span, 120)
        ranges = ""
        if later.hedge or earlier.hedge:
            ranges = f" ({_bounds(earlier)} cannot meet {_bounds(later)})"
        yield Finding(
            "CON001",
            sentences[later.sentence].span,
            f'This sentence says "{said_later}", but line {line} says "{said_earlier}": {_describe(later)}'
            f"{subject} against {_describe(earlier)}{ranges}. Make the figures agree, or say why they differ "
            f"(a revision, another date, another group).",
            related=[sentences[earlier.sentence].span],
            evidence={
                "subject": later.subject,
                "counted": later.head,
                "values": [later.value, earlier.value],
            },
        )
    flagged = {(later.sentence, earlier.sentence) for later, earlier in conflicts}
    for m in [
        *fit_mismatches(doc),
        *proportion_mismatches(doc),
        *multiplier_mismatches(doc),
        *restatement_mismatches(doc),
        *transposition_mismatches(doc),
        *clause_change_mismatches(doc),
        *share_mismatches(doc),
        *part_whole_mismatches(doc),
        *split_change_mismatches(doc),
        *word_share_mismatches(doc),
    ]:
        if (m.later, m.earlier) in flagged or _within_tolerance(m, float(opts["tolerance"])):
            continue
        flagged.add((m.later, m.earlier))
        yield _mismatch_finding(doc, sentences, m)


def _within_tolerance(m: Mismatch, tolerance: float) -> bool:
    values = m.evidence.get("values")
    if not tolerance or not values:
        return False
    a, b = values
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


_ADVICE = {
    "share": "Recompute the percentage or correct the counts.",
    "change": "Recompute the change or correct one of the figures.",
    "restatement": "Make the figures agree, or say why they differ (a revision, another date, another group).",
    "same sentence": "Correct the total or the parts, or say what the remainder is.",
    "across sentences": "Correct the total or the parts, or say what the remainder is.",
}


def _mismatch_finding(doc: Document, sentences: list[Sentence], m: Mismatch) -> Finding:
    """A finding that quotes both statements and gives the arithmetic that sets them apart."""
    advice = _ADVICE.get(m.kind, "")
    if m.later == m.earlier:
        message = f'"{m.later_text}": {m.arithmetic}. {advice}'
        related: list[Span] = []
    else:
        line = _line(doc, sentences[m.earlier].span.start)
        message = (
            f'This sentence says "{m.later_text}", but line {line} says "{m.earlier_text}": {m.arithmetic}. {advice}'
        )
        related = [sentences[m.earlier].span]
    return Finding(m.code, sentences[m.later].span, message, related=related, evidence={"kind": m.kind, **m.evidence})


# ---------------------------------------------------------------- CON003

_SEP_CHARS = (",", "and", "plus", "—and", "–and", "-and", ", and", ", plus")
_EXHAUSTIVE = (
    "comprising",
    "consisting of",
    "made up of",
    "composed of",
    "divided into",
    "divided between",
    "split into",
    "split between",
    "broken down into",
    "namely",
    "a mix of",
    "a mixture of",
    "a combination of",
)


def _sep_ok(between: str) -> bool:
    compact = " ".join(between.split())
    return compact in _SEP_CHARS or compact.replace(" ", "") in ("—and", "–and", ",and")


def _exhaustive(before: str) -> str | None:
    """The marker that introduces a complete breakdown, if ``before`` ends with one."""
    stripped = " ".join(before.lower().split()).rstrip()
    for marker in _EXHAUSTIVE:
        if stripped.endswith(marker):
            return marker
    if stripped.endswith((":", "—", "–", "(")):
        return "punct"
    return None


def sum_checks(doc: Document, tolerance: float = 0.0) -> list[dict[str, Any]]:
    """Every stated total with its stated parts: whether they add up, and where they sit."""
    claims = claims_of(doc)
    text = doc.text
    by_sentence: dict[int, list[Quantity]] = defaultdict(list)
    for q in claims.quantities:
        by_sentence[q.sentence].append(q)
    results: list[dict[str, Any]] = []
    for i in sorted(by_sentence):
        qs = by_sentence[i]
        k = 0
        while k < len(qs):
            run = [qs[k]]
            while (
                k + len(run) < len(qs)
                and run[-1].head
                and _sep_ok(text[run[-1].span.end : qs[k + len(run)].span.start])
            ):
                run.append(qs[k + len(run)])
            k += len(run)
            if len(run) < 2 or not all(p.head for p in run):
                continue
            sent_start = claims.sentences[i].span.start
            first = run[0]
            idx = k - len(run)  # where the run starts (qs.index would rescan the sentence per run)
            prev_end = qs[idx - 1].span.end if idx > 0 else sent_start
            marker = _exhaustive(text[prev_end : first.span.start])
            if marker is None:
                continue
            total: Quantity | None = None
            if idx > 0 and text[prev_end : first.span.start].strip(" ,:—–(").lower() in ("", *_EXHAUSTIVE):
                total = qs[idx - 1]
            elif marker != "punct" and idx == 0:
                total = _total_before(claims, i, run)
            if total is None or not _compatible(total, run):
                continue
            if not (total.exact and all(p.exact for p in run)):
                continue
            if any(set(q.markers) & {"additional", "subset", "question"} for q in [total, *run]):
                continue
            parts_sum = sum(p.value for p in run)
            results.append(
                {
                    "total": total,
                    "parts": run,
                    "sum": parts_sum,
                    "adds_up": abs(parts_sum - total.value) <= tolerance * total.value,
                }
            )
    return results


def _total_before(claims: Claims, i: int, run: list[Quantity]) -> Quantity | None:
    """The figure of the previous three sentences that a breakdown ("a mix of ...") refers back to."""
    for j in (i - 1, i - 2, i - 3):
        if j < 0:
            break
        prior = [q for q in claims.quantities if q.sentence == j and q.head and not q.vague]
        for q in reversed(prior):
            if _compatible(q, run):
                return q
    return None


def _compatible(total: Quantity, parts: list[Quantity]) -> bool:
    if total.head is None:
        return False
    if total.subject and any(p.subject and p.subject != total.subject for p in parts):
        return False
    if any(p.head == total.head for p in parts):
        return True
    return total.head in _GENERIC_TOTAL and all(_human(p.head or "") for p in parts)


def _human(head: str) -> bool:
    """Whether a counted noun names people, so that a head count can be their total."""
    return head in _HUMAN or head.endswith(("er", "or", "ist", "yst", "ian", "ant", "ent", "ee", "man", "woman", "ic"))


@rule(
    "CON003",
    "sum-mismatch",
    "consistency",
    Severity.ERROR,
    "a stated total that does not equal its stated parts",
    RuleDocs(
        what="""
        Flags a total whose stated breakdown does not add up: "7,000 workers: 5,000 builders and
        1,000 deminers". A breakdown is a list of two or more figures introduced by a colon, a
        dash, a parenthesis or words such as "comprising", "made up of", "split between", "a mix
        of", right after the total or in the next sentence or two. The total may also be named
        sentences before the parts ("Of those, ...", "Of the confirmed cases, ..." up to four
        sentences on), said to be one in the sentence before ("The final bill came to £46 million.
        The fund gave £28 million, the council £11 million and donors £5 million"), or be the
        story's one amount that "the money" splits after a colon, or a total marked as one whose
        parts are told one by one in the sentences around it ("A total of 40,100 valid votes were
        cast" and each candidate's votes). A total is also one when its sentence opens by saying so
        ("Overall,", "Between them,", "Taken together,") or "combined" closes its clause ("2,300
        members combined, with 1,400 at Rovers and 800 at City"); a later list of two parts that
        falls well short, a list dated otherwise ("In 2023, ...") and parts of two nouns, one of
        them the total's ("250 seats and 150 councils"), are not its breakdown. A definite total said to
        be its parts ("The 140 works on show are 62 paintings, 51 drawings and 19 prints", "The £212m was
        paid for with ..."), split into as many places as it names ("in two cities, 31 of them in ... and
        12 in ..."), or described again by an opening "Of the men underground," or "Of those who have
        fallen ill," must add up. Items with their
        figures in brackets after a total in their sentence ("covers staff (£1.5 million), rent
        (£0.9 million) and grants (£0.6 million)") are all of it when three or more come within a
        tenth of it and nothing says they are some of it ("include") or another moment's. Totals that add up are
        confirmed silently; lists introduced by "including" or "among them" are partial and
        never checked; hedged parts ("about 2,000") may miss by a tenth, and exact parts may miss a hedged
        total ("Some 41,000 homes") by one unit of its last non-zero digit or 2.5%, no more. A count inside
        an item's words ("£120,000 for the two open races, ...") does not end a list, and a list that also
        counts another thing ("the two sites") is no partition of a head count. Takings told in one
        sentence ("Revenue ... rose 4% to £842m") are split by three or more sources told as income in the
        next ("Sales at its UK retail brands reached £512m, foodservice brought in £201m and ..."), never by
        costs.
        """,
        why="""
        Arithmetic errors are the easiest mistakes for readers to spot and the most damaging to
        trust: if the sum is wrong, which figure is?
        """,
        flag="The ministry sent 7,000 workers: 5,000 builders and 1,000 deminers.",
        ok="The ministry sent 6,000 workers: 5,000 builders and 1,000 deminers.",
        silence="Correct the total or the parts, or say what the remainder is.",
    ),
    options={"tolerance": 0.0},
)
def check_sums(doc: Document, ctx: Context) -> Iterator[Finding]:
    opts = ctx.options("CON003", {"tolerance": 0.0})
    sentences = claims_of(doc).sentences
    checks = sum_checks(doc, float(opts["tolerance"]))  # once: the checked parts are also what the next pass skips
    for check in checks:
        if check["adds_up"]:
            continue
        total: Quantity = check["total"]
        parts: list[Quantity] = check["parts"]
        later_sentence = max(total.sentence, parts[0].sentence)
        earlier_sentence = min(total.sentence, parts[0].sentence)
        span = sentences[later_sentence].span
        related = [] if later_sentence == earlier_sentence else [sentences[earlier_sentence].span]
        listed = " + ".join(f"{_fmt(p.value)} {_what(p)}" for p in parts)
        where = "" if not related else f" (line {_line(doc, total.span.start)})"
        diff = total.value - check["sum"]
        rest = f"say what the other {_fmt(diff)} are" if diff > 0 else f"the parts exceed the total by {_fmt(-diff)}"
        yield Finding(
            "CON003",
            span,
            f"The total of {_fmt(total.value)} {_what(total)}{where} does not match its parts: "
            f"{listed} = {_fmt(check['sum'])}. Correct the total or the parts, or {rest}.",
            related=related,
            evidence={"total": total.value, "parts": [p.value for p in parts], "sum": check["sum"]},
        )
    checked = {p.sentence for check in checks for p in check["parts"]}
    for m in breakdown_mismatches(doc):
        if m.later in checked:
            continue
        parts_sum, total = m.evidence["sum"], m.evidence["total"]
        if abs(parts_sum - total) <= float(opts["tolerance"]) * total:
            continue
        yield _mismatch_finding(doc, sentences, m)


# ---------------------------------------------------------------- CON002


def objects_meet(a: dict[str, Any] | Statement, b: dict[str, Any] | Statement) -> bool:
    """Whether two statements are about the same thing (shared entity or word; silence covers the topic)."""
    ga, gb = _get(a, "generic"), _get(b, "generic")
    if (ga and _get(a, "silence")) or (gb and _get(b, "silence")):
        return True
    if ga or gb:
        return False
    shared = len(set(_get(a, "object_entities")) & set(_get(b, "object_entities")))
    terms_a = set(_get(a, "object_terms")) - GENERIC_OBJECT
    terms_b = set(_get(b, "object_terms")) - GENERIC_OBJECT
    shared += len(terms_a & terms_b)
    if str(_get(a, "family")).startswith("v:"):
        return shared >= 2  # any other verb: the objects must clearly be the same
    # one shared word is enough for short objects ("the layoffs"); long ones must share two
    return shared >= 2 or (shared == 1 and min(len(terms_a), len(terms_b)) <= 2)


def _get(x: dict[str, Any] | Statement, name: str) -> Any:
    return x[name] if isinstance(x, dict) else getattr(x, name)


def _times_compatible(a: tuple | list, b: tuple | list) -> bool:
    return not a or not b or set(a) == set(b)


def _canonical_subjects(statements: list[Statement]) -> dict[str, str]:
    """A surname stands for the one full name the article gives it ("Calder" for "Manager Ruth Calder")."""
    names = {st.subject for st in statements if st.subject.startswith("name:")}
    out: dict[str, str] = {}
    for short in names:
        if " " in short:
            continue
        longer = [n for n in names if n != short and n.endswith(" " + short[5:])]
        if len(longer) == 1:
            out[short] = longer[0]
    return out


def _bare_verb(st: Statement) -> str:
    return verb_stem(st.phrase.split()[-1].lower()) if st.phrase.split() else ""


def _objects_meet(a: Statement, b: Statement) -> bool:
    """Objects that meet, or a bare denial ("has not conceded") against the same verb with a short object."""
    if objects_meet(a, b):
        return True
    bare, full = (a, b) if not a.object_text else (b, a) if not b.object_text else (None, None)
    if bare is None or full is None or bare.polarity > 0 or bare.silence or bare.object_entities:
        return False
    head = re.split(r"\s+(?:in|at|on|to|for|with|by|from|after|before|during)\s+", full.object_text, maxsplit=1)[0]
    return _bare_verb(bare) == _bare_verb(full) and 0 < len(head.split()) <= 3 and "that" not in head.split()


def polarity_conflicts(doc: Document) -> list[tuple[Statement, Statement]]:
    """(later, earlier) statements of one subject and predicate family with opposite polarity."""
    blocks: dict[tuple[str, str], list[Statement]] = defaultdict(list)
    statements = claims_of(doc).statements
    canonical = _canonical_subjects(statements)
    for st in statements:
        if not st.shifted:
            blocks[(canonical.get(st.subject, st.subject), st.family)].append(st)
    out: list[tuple[Statement, Statement]] = []
    for key in sorted(blocks):
        items = blocks[key][:_MAX_BLOCK]
        for j, later in enumerate(items):
            for earlier in items[:j]:
                if earlier.sentence == later.sentence or earlier.polarity == later.polarity:
                    continue
                if earlier.silence and later.silence:
                    continue
                if not _times_compatible(earlier.times, later.times) or not _objects_meet(earlier, later):
                    continue
                out.append((later, earlier))
                break
    out.sort(key=lambda p: (p[0].span.start, p[1].span.start))
    return out


def _said(st: Statement) -> str:
    return f"{st.phrase} {st.object_text}".strip()


def _alias_note(a: str, b: str, subject: str) -> str:
    """Explain why two differently named subjects are one ("Sergei Lavrov speaks for Russia")."""
    if a == b:
        return ""
    if subject in (a, b):
        other = b if a == subject else a
        return f" ({other} speaks for {subject})"
    return f" ({a} and {b} both speak for {subject})"


@rule(
    "CON002",
    "polarity-contradiction",
    "consistency",
    Severity.WARNING,
    "one sentence affirms what another denies about the same subject",
    RuleDocs(
        what="""
        Flags a statement that contradicts an earlier one about the same subject: one says the
        subject confirmed, acknowledged, admitted or announced something (or sent or deployed
        it), the other that it did not, denied it, has yet to, declined or refused to, or
        remained silent. A country, its demonym, its capital, its government seat ("the
        Kremlin") and officials the article introduces by apposition ("Russian Foreign Minister
        Sergei Lavrov", then "Lavrov") count as one subject. The two statements must share what
        they are about (a named party or a content word) unless one is silence on "the matter".
        Also flagged: one party leaving open, refusing to say or denying what it asserts
        elsewhere ("Helix has not said how much it will cost" / "Helix said the pill would
        cost about $1,000 a month"; "did not respond to questions about the recall" / "acknowledged
        the recall"; "declined to name the man" / "confirmed the man was Daniel Hooper", where only
        a name answers; "The exchange denied that it had lent out customer funds" /
        "Vaultline lent $600 million of customer deposits, the exchange admitted"), with the
        party's spokespeople, candidates and descriptions ("the company") as the party; a
        "none" statement against a count of the same thing in other words ("No injuries were
        reported" / "Two firefighters were treated in hospital"; "Nobody was hurt" / "Three
        passengers were taken to hospital"; "There were no arrests" / "Four supporters were
        arrested"), unless the count names a scene of its own ("12 homes on Mill Street" for "no
        homes on Ferry Road") or another incident, or against one case told, named or
        of a kind of it ("no vessel was damaged" / "the Ocean Star ferry was damaged": WordNet's
        hypernyms); "has not received" or "received no" against a decision about it ("refused
        the appeal", "upheld the complaint"), for the same sender; "every X" against the
        exceptions; a denial of a thing against its admission ("denied both charges" / "admitted
        the charges": WordNet's antonyms); no plan against a decision to do the act or a kind of
        it ("had no plans for acquisitions" / "agreed to purchase a bakery chain"); an assurance
        not to try an act against the act ("would not seek to appeal" / "has applied to
        appeal"); an assurance that something will not happen against a sentence telling it,
        the act read by what it does rather than its words ("there will be no job cuts" /
        "announced 400 redundancies"; "promised not to raise fares" / "fares will rise by 5% in
        May"; "bills would not go up" / "bills will go up by 8%"), with every word that narrows
        it ("compulsory", "the Leeds site") and by the same party; a statement about a whole class
        against one member of it told otherwise, the predicate in other words ("no library in the
        borough would close" / "includes shutting the Westbrook branch library"; "no planned surgery
        had been called off" / "47 routine operations cancelled"; "all of the new stops would open" /
        "The Hollin Bridge stop will not open until February"; "No curfew has been imposed" / "The
        curfew ... was extended"), the class's narrowing words ("member farms") in the member's
        sentence; one party ruling an act out and announcing it ("the company said it ... would not
        appeal" / "the same statement said Harlow would seek permission to appeal"), both parties
        resolved to one. A silence is read without its circumstances ("declined to comment on the cause
        when contacted on Tuesday" is silent on the cause); "no further arrests" is held only against
        a telling of more ("two more men were arrested", "another strike"), never against the arrests
        it follows; "in some cases ... did not" denies a part only; a "none" dated by the date its
        paragraph opens on ("On May 24, 2014, ... No injuries were reported") is not held against a
        member told on another such date. A denial made on one day ("said on Tuesday it had not
        received any notice") is held against the same party telling the thing done on an earlier day
        ("had received a notice on 2 April"), though the two are dated apart: the denial was untrue
        when made. A "none" statement or an
        assurance is not held against a telling dated to another year or of another incident
        ("a separate demonstration in 2021"), nor against a statistic over a period ("arrests
        fell from 20 to 15"). Explicit changes over time are left
        alone: "initially denied ... later confirmed", "had denied", "no longer", and
        statements dated differently; so are two parties' accounts (a dispute).
        """,
        why="""
        Readers cannot tell which statement is true; a fact-checker will. Such pairs usually come
        from merging an older draft or wire copy with newer reporting.
        """,
        flag="""
        Russian Foreign Minister Sergei Lavrov publicly acknowledged the North Korean deployment.
        Russia has not confirmed the presence of North Korean troops.
        """,
        ok="""
        Russia initially denied the North Korean deployment.
        Russian Foreign Minister Sergei Lavrov later acknowledged the North Korean deployment.
        """,
        silence="Reconcile the statements, or say what changed between them and when.",
    ),
)
def check_polarity(doc: Document, ctx: Context) -> Iterator[Finding]:
    sentences = claims_of(doc).sentences
    text = doc.text
    for later, earlier in polarity_conflicts(doc):
        who_later = text[later.subject_span.start : later.subject_span.end]
        who_earlier = text[earlier.subject_span.start : earlier.subject_span.end]
        subject = display_name(later.subject)
        alias = _alias_note(who_earlier, who_later, subject)
        yield Finding(
            "CON002",
            sentences[later.sentence].span,
            f'This sentence says {who_later} "{_said(later)}", but line {_line(doc, earlier.span.start)} says '
            f'{who_earlier} "{_said(earlier)}"{alias}. Say which is right, or what changed between the two.',
            related=[sentences[earlier.sentence].span],
            evidence={"subject": later.subject, "family": later.family},
        )
    flagged = {(later.sentence, earlier.sentence) for later, earlier in polarity_conflicts(doc)}
    for c in statement_conflicts(doc):
        if (c.later, c.earlier) in flagged:
            continue
        flagged.add((c.later, c.earlier))
        line = _line(doc, sentences[c.earlier].span.start)
        yield Finding(
            "CON002",
            sentences[c.later].span,
            f'This sentence says "{c.later_text}", but line {line} says "{c.earlier_text}": {c.reason}. '
            "Say which is right, or what changed between the two.",
            related=[sentences[c.earlier].span],
            evidence={"kind": c.kind},
        )


# ---------------------------------------------------------------- facts and the cross-document report


def _excerpt(sent: Sentence, focus: Span, width: int = 200) -> str:
    return clip(sent.text, focus.start - sent.span.start, focus.end - sent.span.start, width)


def document_facts(doc: Document) -> dict[str, Any]:
    """Picklable claims of one document for ``--cross-document``."""
    claims = claims_of(doc)
    facts: list[dict[str, Any]] = []
    for st in claims.statements:
        if st.family.startswith("v:") or st.subject.startswith("the:"):
            continue  # affirmations of other verbs are only collected where the same article negates them
        sent = claims.sentences[st.sentence]
        facts.append(
            {
                "type": "statement",
                "subject": st.subject,
                "subject_text": doc.text[st.subject_span.start : st.subject_span.end],
                "family": st.family,
                "polarity": st.polarity,
                "silence": st.silence,
                "phrase": _said(st),
                "object_entities": list(st.object_entities),
                "object_terms": list(st.object_terms),
                "generic": st.generic,
                "times": list(st.times),
                "shifted": st.shifted,
                "line": _line(doc, st.span.start),
                "excerpt": _excerpt(sent, st.span),
                "path": doc.path,
            }
        )
    for q in claims.quantities:
        if not q.head or not q.subject:
            continue
        sent = claims.sentences[q.sentence]
        times, places, others = _context(claims, doc, q)
        facts.append(
            {
                "type": "quantity",
                "context": [list(times), list(places), list(others)],
                "subject": q.subject,
                "counted": q.head,
                "modifiers": list(q.modifiers),
                "event": q.event,
                "value": q.value,
                "low": q.low,
                "high": None if q.high == float("inf") else q.high,
                "hedge": q.hedge,
                "vague": q.vague,
                "markers": list(q.markers),
                "text": q.text,
                "line": _line(doc, q.span.start),
                "excerpt": _excerpt(sent, q.span),
                "path": doc.path,
            }
        )
    return {"path": doc.path, "claims": facts}


@enricher("consistency-facts", order=90)
def record_facts(doc: Document, ctx: Context) -> None:
    """Leave this document's claims where the cross-document analyser finds them.

    Only with ``--cross-document``: nothing else reads them (the CON rules read the claims
    themselves), and every result carries them back from a worker process.
    """
    if getattr(ctx.config, "cross_document", False):
        ctx.facts[FACTS_KEY] = document_facts(doc)


def _statement_ref(c: dict[str, Any]) -> dict[str, Any]:
    return {"path": c["path"], "line": c["line"], "excerpt": c["excerpt"]}


@cross_document("consistency")
def analyse(entries: list[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """Facts that articles of one run state differently: opposite statements, disagreeing figures."""
    statements: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    figures: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for path, facts in entries:
        data = (facts or {}).get(FACTS_KEY) if isinstance(facts, dict) else None
        if not isinstance(data, dict):
            continue
        for c in data.get("claims", []):
            c = {**c, "path": c.get("path") or path}
            if c.get("type") == "statement" and not c.get("shifted"):
                statements[(c["subject"], c["family"])].append(c)
            elif c.get("type") == "quantity" and _figure_comparable(c):
                key = (c["subject"], c["counted"], tuple(c.get("modifiers", [])), c.get("event") or "")
                figures[key].append(c)
    out: list[dict[str, Any]] = []
    seen: set[tuple] = set()
    for key in sorted(statements):
        for a, b in _cross_pairs(statements[key]):
            if a["polarity"] == b["polarity"] or (a["silence"] and b["silence"]):
                continue
            if not _times_compatible(a["times"], b["times"]) or not objects_meet(a, b):
                continue
            pair = (a["path"], a["line"], b["path"], b["line"])
            if pair in seen:
                continue
            seen.add(pair)
            yes, no = (a, b) if a["polarity"] > 0 else (b, a)
            out.append(
                {
                    "kind": "polarity",
                    "message": (
                        f"{display_name(key[0])}: {yes['path']} (line {yes['line']}) says {yes['subject_text']} "
                        f'"{yes["phrase"]}"; {no["path"]} (line {no["line"]}) says {no["subject_text"]} '
                        f'"{no["phrase"]}".'
                    ),
                    "statements": [_statement_ref(a), _statement_ref(b)],
                }
            )
    for key in sorted(figures):
        reported: set[tuple[str, str]] = set()
        for a, b in _cross_pairs(figures[key]):
            if (a["path"], b["path"]) in reported or not _figures_disjoint(a, b):
                continue
            if a.get("context") != b.get("context"):
                continue  # other dates, places or parties: another figure
            reported.add((a["path"], b["path"]))
            what = " ".join([*key[2], key[1]])
            out.append(
                {
                    "kind": "figure",
                    "message": (
                        f"{display_name(key[0])}, {what}"
                        + (f" ({key[3]})" if key[3] else "")
                        + f": {a['path']} (line {a['line']}) gives {_fact_value(a)}; "
                        f"{b['path']} (line {b['line']}) gives {_fact_value(b)}."
                    ),
                    "statements": [_statement_ref(a), _statement_ref(b)],
                }
            )
    out.sort(key=lambda e: (e["kind"], [(s["path"], s["line"]) for s in e["statements"]], e["message"]))
    return out


def _cross_pairs(items: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Pairs from different documents, in path and line order; blocks are capped to stay linear-ish."""
    ordered = sorted(items, key=lambda c: (c["path"], c["line"]))[: _MAX_BLOCK * 4]
    for j, b in enumerate(ordered):
        for a in ordered[:j]:
            if a["path"] != b["path"]:
                yield a, b


def _figure_comparable(c: dict[str, Any]) -> bool:
    return bool(c.get("counted")) and not c.get("vague") and not c.get("markers")


def _figures_disjoint(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ah = float("inf") if a["high"] is None else a["high"]
    bh = float("inf") if b["high"] is None else b["high"]
    return ah < b["low"] or bh < a["low"]


def _fact_value(c: dict[str, Any]) -> str:
    hedge = f"{c['hedge']} " if c.get("hedge") and c["hedge"] != "range" else ""
    return f'{hedge}{c["text"].strip()} ("{c["excerpt"][:120]}")'
