"""The citations family (CIT001-CIT006): is what the article cites well formed, used, and apt?

* CIT001 malformed-url, CIT002 orphan-reference, CIT003 dangling-citation: the
  structure the loader read (:mod:`auditor.reading.citations`);
* CIT004 uncited-claim: figures and estimates stated with no source, found by
  :mod:`auditor.language.figures`;
* CIT005 fabricated-url-pattern, CIT006 irrelevant-citation: whether a cited link
  looks like its publisher's real URLs, and whether it is about what it supports
  (:mod:`auditor.language.publishers`, :mod:`auditor.language.relevance`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.context import Context
from auditor.language.dating import MONTHS
from auditor.language.figures import uncited_claims
from auditor.language.publishers import (
    classify,
    english_edition,
    is_asset_url,
    is_navigation_url,
    publisher_for,
    slug_words,
)
from auditor.language.relevance import (
    DocTerms,
    Relevance,
    content_stems,
    doc_terms,
    english_slug,
    relevance,
    stem,
    words,
)
from auditor.language.sourcing import technical_piece
from auditor.model import Citation, Document, Finding, Sentence, Severity, Span
from auditor.reading.citations import prose_words
from auditor.reading.excerpts import has_invisible, visible
from auditor.reading.urls import repair_scheme, safe_split
from auditor.registry import RuleDocs, rule

_SCHEMES = {"http", "https"}
_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$", re.I)
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_SCHEME_START = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)(:?)(/*)")
_IPV4ISH = re.compile(r"[\d.]+")


def _before_break(raw: str, index: int, width: int = 24) -> str:
    """The whole words before a break, as a landmark ("Wiederaufbau-in-Kursk-"); the message quotes
    the whole URL besides, so nothing of it is cut."""
    segment = raw[:index].rsplit("/", 1)[-1]
    words = re.split(r"(?<=[-_.])", segment)
    kept = ""
    for word in reversed(words):
        if kept and len(word) + len(kept) > width:
            break
        kept = word + kept
    return kept


def _after(raw: str, index: int) -> str:
    landmark = _before_break(raw, index)
    return f', after "{landmark}"' if landmark else ""


_INNER_SPACE = re.compile(r"\s")


def url_problems(c: Citation) -> Iterator[tuple[Severity, str, str | None, Span | None]]:
    """What is broken about a URL as written: (severity, message, fix, span)."""
    raw = c.raw or c.url or ""
    for b in c.breaks:
        rel = b.start - c.span.start
        yield (
            Severity.ERROR,
            f'The URL contains a space{_after(raw, rel)}: "{raw}". The link breaks at the space.',
            "remove the space",
            b,
        )
    url = c.url or ""
    written = url.strip()
    scheme_end = written.find("://")
    path_start = written.find("/", scheme_end + 3 if scheme_end >= 0 else 0)  # a space in the host: below
    path = written.split("?", 1)[0].split("#", 1)[0]
    inner = _INNER_SPACE.search(path, path_start) if path_start >= 0 else None
    if not c.breaks and inner and c.kind != "url":
        # A link's address (an href, a Markdown target) with a space in its path: browsers may
        # send it as %20, but the address as written is not a URL, and it breaks wherever it is
        # copied. A space in a search query ("?q=two words") is how search forms write it.
        yield (
            Severity.WARNING,
            f'The link\'s address contains a space{_after(written, inner.start())}: "{written}".',
            "remove the space, or write it as %20",
            None,
        )
    repair = repair_scheme(url)
    if repair is not None:
        # One finding for a broken scheme, naming the address meant; the rest of the checks read
        # that address, so "https//example.com" is not also "a host named https".
        fix = f"write {repair.intended}"
        scheme = repair.scheme
        if repair.problem == "misspelt":
            message = f'The scheme "{scheme}://" is misspelt; readers\' browsers will not open it.'
        elif repair.problem == "colon":
            message = f'The URL lacks the colon after "{scheme}".'
        elif repair.problem == "slashes":
            message = f'The URL has {repair.slashes} slash(es) after "{scheme}:"; it needs two.'
        else:
            message = f"The URL repeats its scheme ({scheme}://{scheme}://…)."
        yield Severity.ERROR, message, fix, None
        url = repair.intended
    m = None if url.lower().startswith("www.") else _SCHEME_START.match(url)
    if not m:
        if not url.lower().startswith("www."):
            yield Severity.ERROR, f'"{url[:60]}" does not start with a scheme such as https://.', None, None
            return
    elif repair is None:
        scheme, colon, slashes = m.group(1), m.group(2), m.group(3)
        if scheme.lower() not in _SCHEMES and scheme.lower() not in ("ftp", "ftps"):
            yield Severity.WARNING, f'The scheme "{scheme}:" is not a web link (http or https).', None, None
        elif not colon:
            yield Severity.ERROR, f'The URL lacks the colon after "{scheme}".', f"write {scheme}://", None
        elif len(slashes) != 2:
            yield Severity.ERROR, f'The URL has {len(slashes)} slash(es) after "{scheme}:"; it needs two.', None, None
    parts = safe_split(url if "://" in url else "http://" + url.lstrip("/"))
    if parts is None:
        yield Severity.ERROR, "The URL cannot be parsed (bad port or brackets).", None, None
        return
    host = parts.hostname or ""
    if not host:
        yield Severity.ERROR, "The URL has no host name.", None, None
    elif has_invisible(host):  # reu\u200bters.com reads as reuters.com but is another name
        yield (
            Severity.ERROR,
            f'The host "{visible(host)}" holds an invisible or direction-changing character; readers see one '
            "address and the link goes to another.",
            "retype the address without the hidden character",
            None,
        )
        return
    elif not host.startswith("[") and ":" not in host:  # urlsplit drops an IPv6 literal's brackets
        labels = host.rstrip(".").split(".")
        ascii_host = host.isascii()
        is_ip = bool(_IPV4ISH.fullmatch(host))
        if ascii_host and not is_ip and host != "localhost":
            if len(labels) < 2:
                yield Severity.ERROR, f'The host "{host}" has no domain ending (such as .com).', None, None
            elif any(not _HOST_LABEL.match(label) for label in labels):
                yield Severity.ERROR, f'The host "{host}" contains characters a domain name cannot hold.', None, None
            elif labels[-1].isdigit():
                yield Severity.ERROR, f'The host "{host}" ends in a number, not a domain ending.', None, None
    after_host = url.split(host, 1)[1] if host and host in url else ""
    # An HTML href is written by the CMS, not typed: browsers encode it, so only typed URLs are judged.
    typed = c.kind != "anchor"
    # The fragment never reaches the server and browsers encode it: only the path and query are judged.
    before_fragment = after_host.split("#", 1)[0]
    non_ascii = (
        [] if before_fragment.isascii() or not typed else sorted({ch for ch in before_fragment if ord(ch) > 127})
    )
    if non_ascii:
        shown = ", ".join(f'"{ch}"' for ch in non_ascii[:5])
        yield (
            Severity.WARNING,
            f"The URL has unencoded non-ASCII characters in its path ({shown}); "
            "many tools and some browsers mangle them, and the copy may not match the real address.",
            "copy the address from the browser's address bar, which percent-encodes them",
            None,
        )
    # In a query a bare "%" is a value the site wrote ("?w=100%&sidebar=yes"), passed through by every
    # browser and server; in a path it is a broken escape.
    if _BAD_PERCENT.search(before_fragment.split("?", 1)[0]):
        yield Severity.WARNING, 'The URL has a "%" that does not start a %XX escape.', None, None
    opens, closes = url.count("("), url.count(")")
    if closes > opens or url.endswith(("(", "[", "<")):
        yield Severity.WARNING, "The URL carries stray punctuation from the sentence around it.", None, None


@rule(
    "CIT001",
    "malformed-url",
    "citations",
    Severity.ERROR,
    "a cited URL that is broken as written",
    RuleDocs(
        what="""
        Flags a cited URL that cannot work as written: a space inside it, a misspelt or missing
        scheme (`htp://`, `https:/`), a host that is not a domain or holds an invisible or
        direction-changing character (`reu\\u200bters.com`), unencoded non-ASCII characters in
        the path or query (not in the `#fragment`, which browsers encode and never send), a broken
        `%` escape in the path (in a query, `?w=100%&sidebar=yes`, a bare `%` is a value the site
        wrote and every browser passes on), or stray punctuation from the sentence around it (a
        dash after a bare URL, "…/jdEcVMJyip— Locke Data", is the sentence's). A space
        in a link's path (an HTML href, a Markdown target) is a warning: browsers may send it as
        `%20`, but the address breaks wherever it is copied; a space in a search query
        (`?q=two words`) is left alone. In copy, a URL broken by a space is joined when the next
        token clearly continues it (a path, a file name, a slug's numbered or line-closing rest:
        `2558123-havenstaking- rotterdam-sjorders-vroegpensioen`).
        """,
        why="""
        Readers click the link and land on an error page; fact-checkers cannot reach the source.
        A URL broken this way was usually retyped or pasted from a PDF, so it may not be the
        address the writer meant.
        """,
        flag="[1] https://www.example-news.de/politik/story- article1234.html",
        ok="[1] https://www.example-news.de/politik/story-article1234.html",
        silence="Fix the URL by copying it from the browser's address bar.",
    ),
)
def check_malformed(doc: Document, ctx: Context) -> Iterator[Finding]:
    for c in doc.citations:
        if not c.url:
            continue
        for severity, message, fix, span in url_problems(c):
            yield Finding(
                "CIT001",
                span or c.span,
                message,
                severity=severity,
                related=_related(c),
                fix=fix,
                evidence={"url": c.raw or c.url},
            )


def _related(c: Citation) -> list[Span]:
    return [s for s in c.cited_by if not s.overlaps(c.span)]


@rule(
    "CIT002",
    "orphan-reference",
    "citations",
    Severity.WARNING,
    "a numbered reference-list entry that no sentence cites",
    RuleDocs(
        what="""
        Flags an entry of a numbered reference list (`[3] https://…`, `3. https://…`, a Markdown
        footnote definition) whose number no marker in the body (`[3]`, `[^3]`) points to.
        Unnumbered "Sources:" lists are left alone: they do not promise a marker.
        """,
        why="""
        A reader cannot tell which claim an uncited reference supports, so it supports none; a list
        of references that nothing cites often means the links were added after the fact.
        """,
        flag="""
        North Korea sent 6,000 workers.
        [1] https://example.org/news/2025/06/17/workers
        """,
        ok="""
        North Korea sent 6,000 workers [1].
        [1] https://example.org/news/2025/06/17/workers
        """,
        silence="Cite the entry where it supports a claim, or delete it.",
    ),
)
def check_orphans(doc: Document, ctx: Context) -> Iterator[Finding]:
    seen: set[tuple[str, int]] = set()
    for c in doc.citations:
        if not c.in_reference_list or not c.label or c.cited_by:
            continue
        span = c.entry_span or c.span
        # One finding per entry: an entry's text and its markup link may both hold the URL
        # ("2. [https://a.example](https://a.example)"), so key on the label and the line it opens.
        key = (c.label, doc.text.rfind("\n", 0, span.start))
        if key in seen:
            continue
        seen.add(key)
        marker = c.marker or f"[{c.label}]"
        yield Finding(
            "CIT002",
            span,
            f"Reference {marker} is listed but no sentence cites it.",
            evidence={"label": c.label, "url": c.url},
            fix=f"add {marker} after the claim it supports, or remove the entry",
        )


@rule(
    "CIT003",
    "dangling-citation",
    "citations",
    Severity.ERROR,
    "a citation marker in the body with no matching reference",
    RuleDocs(
        what="""
        Flags a marker in the body (`[7]`, `[2, 5]`, `[3-4]`, `[^note]`) whose number or label
        has no entry in the article's reference list.
        """,
        why="""
        The marker tells readers a source exists; when none does, the claim looks sourced but is
        not. Often the list was cut or renumbered during editing.
        """,
        flag="""
        Officials confirmed the figure [7].
        [1] https://example.org/a
        """,
        ok="""
        Officials confirmed the figure [1].
        [1] https://example.org/a
        """,
        silence="Restore the missing entry or remove the marker.",
    ),
)
def check_dangling(doc: Document, ctx: Context) -> Iterator[Finding]:
    labels = {c.label for c in doc.citations if c.in_reference_list and c.label}
    reported: set[tuple[int, str]] = set()
    for mk in doc.markers:
        if mk.label in labels or (mk.span.start, mk.label) in reported:
            continue
        reported.add((mk.span.start, mk.label))
        shown = f"[^{mk.label[1:]}]" if mk.label.startswith("^") else f"[{mk.label}]"
        where = "the reference list has no such entry" if labels else "the article has no reference list"
        yield Finding(
            "CIT003",
            mk.span,
            f"Citation marker {shown} points to nothing: {where}.",
            evidence={"label": mk.label},
        )


@rule(
    "CIT004",
    "uncited-claim",
    "citations",
    Severity.WARNING,
    "a figure, estimate or assessment with no citation, link or named source",
    RuleDocs(
        what="""
        Flags a sentence that gives figures or magnitudes as estimates, official data,
        intelligence assessments or poll results ("intelligence agencies estimate that
        thousands ...", "a poll found 58 percent ...") when neither the sentence nor its
        paragraph carries a citation marker, a link, or a named or described source
        ("according to X", "X said", "data from X", "X's estimate", "two officials familiar with
        the talks said"). It also flags a measured figure stated as fact without that
        vocabulary: a move of a share, an amount or a count of 100 or more after a verb of
        change ("fell 1.8% to 19,412 points", "lost £310,000", "reached 412,000", ", up 40%"),
        a share of a whole ("41% of their income", "30% of Britain's electricity", "60% of voters",
        in words too: "one in four children", "two thirds of small firms"; not "of the vote"), the
        level of a statistic ("the average price is now £312,000", "the jobless rate was 5.2%"), a
        share holding a view as polls report it ("38 per cent say", "61% back the ban"), a physical
        quantity after a verb of change ("has fallen by 9 gigawatts"), a projection ("could reach
        5 billion euros"), a move by comparison ("7% higher than a year ago") or a count of a thousand
        things or more ("14,000 homes", "sold 4,300 robots"), or a large sum paid, cost or
        raised, received, earned or owed ("for a fee of £62 million", "cost the council $3.2 billion",
        "owes £2.1 billion", "imported 4.7 billion euros of batteries"), a threshold passed
        ("already exceed 410 million euros", "have passed 9,000"), a change with its object
        ("reduces incidents by 60 per cent"; not "voted to raise the wage by $1", a decision), a
        length moved ("retreated by 1.4 kilometres") or a physical rate ("0.1 millimetres a year"),
        a market's move however it is told ("ended the session down 0.6%", "shed 45 points, or 0.9
        per cent", "rose 15 basis points", "has lost a third of its value"), or a share in words
        ("Sixty-two percent of respondents", "seven in ten Americans say": the poll's sample, not
        its source; "A majority of voters, 54%, oppose"), a valuation, shortfall or large sum
        projected ("values the company at $12 billion", "is short by $900 million", "will save
        taxpayers £45 million a year"; not "the fine will cost him $500") or a thousand hours, days
        or weeks or more lost or spent ("delays cost crews 38,000 hours"; not "the siege lasted
        1,000 days"), a quantity with its unit written on ("risen by 1.2C", "20cm", "424 ppm"; a
        temperature only when measured moving: not "highs of 24C"; not a gradient: "climbs 1,200
        metres over 20km"), what the average one pays or earns ("a typical household now pays
        £1,850 a year") or a gap opened ("outpaced wages by 12 percentage points"),
        when no one in the
        sentence gives it (a source opening a clause of its own after the figure speaks for that
        clause only: "Revenue rose 85% to €48 million, and the company expects to break even")
        ("based on Florida tax appraisal records", "the jury heard", "published
        in the journal Ecology Letters", "Harbour master data showed" count) ("..., prosecutors said", "it added") and the
        paragraph neither has a source nor carries on a sourced account of the two paragraphs
        before it on the same subject. "Is expected to cost £85 million" is an estimate, and a
        sentence bringing in an unnamed survey or poll of its own ("A survey of 400 fund
        managers showed 61% ...") is not vouched for by another source of its paragraph, nor
        a market move ("shares jumped 27% to 412p") by a company's statement before it. A
        sentence that continues a sourced one ("An additional
        1,000 ..."), refers back to a sourced announcement, is sourced by the next paragraph
        ("The figures, from the ONS, ..."), or repeats a figure sourced earlier is left alone,
        and so are plans and rules ("the wage would go up to $8"), prices and fees, stock
        listings, plain figures, years, dates, ordinals, ages, durations, section numbers,
        capacities and lengths ("the stadium holds 60,000 fans", "1,600 metres long"),
        suppositions and worked examples ("If 30% of users ...", "Suppose a town of 10,000 people
        ...", "Say your salary rises 5%"), quoted text, headlines and text in other languages. A
        sourced account carries figures on only when its source gave or reported figures ("The
        coroner said she would write to the council" vouches for no growth rate after it), and
        a paragraph opening on the account's subject or time ("Its wage bill rose 12%", "... over
        the same period", "The company's media business ...") carries it on; an account runs at
        most two paragraphs past its source's last word unless its paragraphs are an unbroken run
        of figures (a results story) or the piece is written in the first person. Figures named by
        their keeper or a poll by its maker ("the council's own figures show", "a poll compiled by
        the company") are sourced, and so is the paragraph of a poll or survey named by its maker
        ("A YouGov poll for the Times found ...", "The survey, carried out by Ipsos, ..."). A
        paragraph opening on a statistic by its kind ("The annual rate fell to 3.4%") carries on a
        report up to two paragraphs before it ("According to the ONS, inflation eased in May"), as
        does one opening on its counts ("Counts of wild bees fell by a third ..." after "a study ...
        published in the journal Ecology Letters", which sources its paragraph). A writer reporting a survey of their own ("we asked
        9,000 developers", "our 2024 survey", "we received 9,000 responses", "when we asked
        respondents", "this year we had 5,883 respondents", outside quotation
        marks, or a first-person piece presenting "this year's survey" as its own with no other
        maker named) is the primary record of it: its size and shares are left alone ("we asked the
        council" is an interview, not a survey). So is what the writer measured or counted (a first
        person before the figure: "In our load test ... was 14 ms", "50.9% of our run time"; not "we
        know that 70% of ..."), a press release's "About X" section (the issuer's own description)
        and the whole of a press release (its issuer "today announced" in its first two sentences,
        under a wire's dateline such as "/PRNewswire/" or above an "About" section); in another
        press release (a government office's: a release header such as "FOR IMMEDIATE RELEASE" or
        a contact block above the body, a closing "###" or "-30-", or a public office announcing
        "today" in its opening) the issuer's own figures: a sentence about the case or the office
        (charged, accused, convicted, defendants, prosecutors, cases, a named Unit or Division) or
        one whose figures' clauses have a specific subject (a name, a pronoun, a definite or
        demonstrative noun phrase: "the Task Force has tracked 4,600 victims", "This outreach
        reached 48,000 households"), while the world's statistics it quotes stay flagged (a generic
        subject: "Overdose deaths rose 41%", "Teenagers account for 22% of all shoplifting
        arrests", "There were 412 fatal collisions", "These types of thefts account for 30%"), a
        setting ("the maximum has been increased from 128 to 1024"), a port number, a project's
        keepers counting its own records in a piece they write in the first person or with an
        "About" section ("780 contributors have made 30,000 commits", "11 million downloads per
        month", "380,000 lines of code"), a schedule ("Every six months,
        half of the terms end"), a benchmark's "30% faster" or "up to 10% smaller", and, in a
        technical piece (code shown) or one written in the first person, a program's makers
        measuring it: a change or a share of its memory, CPU time, latency, allocations, binary
        size or build time ("reduces idle memory consumption by up to 20%", "32.4% of the
        samples"; not "We know that 70% of security bugs ..."). A change with a
        direction is read in its other forms ("went up by a quarter", "gave up 3%", "trading 0.4%
        lower", "12% higher in March than"), money spent or lost with its object ("costs the health
        service £1.2 billion", "made a loss of £14.6 million", "paid out", "£90 million over
        budget"), a rate of things ("carries 80,000 vehicles a day") and a toll: ten or more people
        harmed, moved or put out of work ("infected 340 people", "900 families were evacuated"; not
        "600 workers will lose their jobs", a plan). An account carries on to a paragraph that
        shares two content words with it, or one in the paragraph's opening words ("The slowdown
        ...", "Hartley's profit ..."), or one after a source that reported results, a nationality
        not counting as that one ("according to the Iranian Space Agency" carries nothing on to
        "Sales of Iranian satellite imagery rose 35%"). Another sentence of the paragraph sources a
        figure only when it speaks for it: before it, when the figure carries its account on (opening
        on it, "Of those, 58% ...", or sharing a word of its subject) or the source brings in a poll,
        or a report named before any figure of its own; after it, when the source gives figures
        itself, opens on what was just told ("This news was dropped by ...") or shares the figure's
        subject (two words, or one unless the figure is of a place or a whole: "Reported fraud in
        England and Wales rose 17%" is not the Court of Appeal's, which "said off-plan fraud should
        be treated as a breach of trust"); in a piece written in the first person any source of the
        paragraph counts.
        A source named before its figures, or one the figure points back to ("Output from its gas
        fields dropped 8%"), speaks for the figures after it in its paragraph, unless they are of a
        place, a whole or a nation, or a long-run change ("Knife crime has risen 40% since 2019"). Also read: a gap to a reference level ("running 38% above the five-year
        average"), a fraction in words of a measured whole ("a quarter of its national income") or
        hedged ("fallen by roughly a third"), "a third of 12-year-olds", a count in words ("sold more
        than four million copies"; not in a first-person piece), an estimate's duration ("surveys put
        the average wait at 40 minutes"), a group's projection ("Insurers expect claims to reach
        £120m"); a country that "recorded" deaths is where they happened, not their source. Left
        alone: the writer's sum of the figures just given ("That is about two-thirds of the
        councillors who voted"), a thing the first-person writer called their own ("The bill is now
        $38,000" after "Our monthly CI bill ..."), an own survey's results only after it is
        introduced, the parts of a sourced total ("Of the 1,200 roles, 700 ... and 500 ..."), the
        one-sentence items of a list a sourced paragraph introduces with a colon, a number as a
        modifier ("the 1,300-km flight", "1,500 page documents"), one of a known set ("in each of
        the 50 states"), an example ("for example, up to 20 percent time"), and a first-person
        piece's own product use (users, visitors, sessions, page views, messages, sites, pages,
        accounts, organisations: "gsa.gov receives more than 5 million page views a month") as its
        project records are, a rule of thumb ("an 80-20 rule: 80 percent of the benefit ..."), a
        threshold a rule sets ("All entities that spend $750,000 or more ... must submit an audit")
        and what a thing is made of ("comprised of a mainland and 1,500 islands"). A participle
        after the counted noun ("losses reported in the UK reached £650m") names no reporter; a count
        with a rate before its noun ("41 million monthly users") is measured whatever verb holds it;
        "over the same period" after the sentence's own period refers to that, not to the account
        before; a side's claim ("Opponents claim") names nobody; what a collection holds by its size
        ("a database of ... 48,000 labor categories", "a fleet of 2,400 buses") is a fact of record,
        and in the project's own post the people who used its product ("423,450 taxpayers logged into
        Direct File"), and the state its work replaced ("instead of 1,000 emails a day"), are its own
        records; a place named by its kind ("in the district") is a scope,
        as a named place is. One finding per sentence.
        """,
        why="""
        Figures and official estimates are the claims readers most often repeat and
        fact-checkers most often check. Without a source neither can tell whether the number
        is an official count, another outlet's report or the writer's guess.
        """,
        flag="Western intelligence services estimate that 12,000 soldiers have crossed the border.",
        ok="Britain's Ministry of Defence estimates that 12,000 soldiers have crossed the border.",
        silence="Name the source of the figure in the sentence, or cite it with a link or marker.",
    ),
)
def check_uncited_claims(doc: Document, ctx: Context) -> Iterator[Finding]:
    for claim in uncited_claims(doc):
        yield _claim_finding(doc, *claim)


def _claim_finding(
    doc: Document,
    sentence: Sentence,
    figures: list[tuple[Span, str]],
    vague: re.Match[str] | None,
    cue: re.Match[str] | None,
) -> Finding:
    if figures:
        span = Span(figures[0][0].start, figures[-1][0].end)
        shown = ", ".join(doc.text[s.start : s.end] for s, _ in figures[:3])
        what = f"states {'figures' if len(figures) > 1 else 'the figure'} {shown}"
    else:
        assert vague is not None
        span = Span(
            min(vague.start(), cue.start()) if cue else vague.start(), max(vague.end(), cue.end() if cue else 0)
        )
        what = f'gives an estimate ("{" ".join(doc.text[span.start : span.end].split())}")'
    if cue and figures:
        what += f' as "{cue.group(0)}"'
    span = Span(max(span.start, sentence.span.start), min(span.end, sentence.span.end))
    return Finding(
        "CIT004",
        span,
        f"This sentence {what} but names no source and cites nothing. "
        "Say who counted or estimated it, or cite the report.",
        related=[],
        evidence={"figures": [doc.text[s.start : s.end] for s, _ in figures], "cue": cue.group(0) if cue else None},
    )


@rule(
    "CIT005",
    "fabricated-url-pattern",
    "citations",
    "warning",
    "a URL on a known publisher's site that fits none of its article URL shapes",
    RuleDocs(
        what="""
        For 29 major publishers (Reuters, AP, AFP, BBC, The Guardian, The New York Times, The
        Washington Post, Al Jazeera, CNN, Bloomberg, FT, WSJ, NPR, Politico, Le Monde, Der Spiegel,
        n-tv, Yonhap, NHK, ABC Australia, CBC, DW, France 24, The Kyiv Independent, The Times of
        India, USA Today, NBC News, Fox News, HuffPost), auditor knows the shapes of their article
        URLs (date parts, ID formats). A URL on such a site whose path reads like an article slug
        but fits none of those shapes is flagged, with the shape expected. Home pages, section
        pages, video, live and author pages are recognised and left alone.
        """,
        why="""
        Invented citations (often from AI writing tools) look plausible but do not follow the
        publisher's real address scheme: a Guardian link without /YYYY/mon/DD/, a Reuters link
        without its date or ID. Such a link leads nowhere, and the claim it supports is unsourced.
        """,
        flag="[1] https://www.theguardian.com/world/ukraine-analysis-why-thousands-are-fleeing-the-east",
        ok="[1] https://www.theguardian.com/world/2022/apr/19/ukraine-analysis-why-thousands-are-fleeing-the-east",
        silence="Replace the link with the address of the real article, copied from the browser.",
    ),
)
def check_fabricated(doc: Document, ctx: Context) -> Iterator[Finding]:
    seen: set[str] = set()
    for c in doc.citations:
        if not c.url or c.url in seen:
            continue
        seen.add(c.url)
        try:
            shape = classify(c.url)
        except (ValueError, TypeError):
            continue
        if shape is None or shape.kind != "unknown":
            continue
        pub = shape.publisher
        yield Finding(
            "CIT005",
            c.span,
            f"This link to {pub.name} fits none of {pub.name}'s article address shapes "
            f"(expected {pub.expected}); it may be invented or garbled. "
            "Open it and replace it with the real article's address.",
            related=_related(c),
            evidence={"publisher": pub.name, "expected": pub.expected, "path": shape.path},
        )


# --- CIT006 ------------------------------------------------------------------------------------

_URL_IN_TEXT = re.compile(r"\S+://\S+|www\.\S+")
_MARKER = re.compile(r"^\s*(?:\[\^?[\w-]+\]:?|\d{1,3}[.)])\s*")


def _clean_text(doc: Document) -> str:
    """The body prose with URLs and reference lists blanked out (same length as the text).

    Anchor texts stay: the writer wrote them, so they belong to the claim and the article.
    The spans are merged first, so thousands of citations sharing one long entry cost one blank.
    """
    text = doc.text
    spans = [(z.start, z.end) for z in doc.reference_zones]
    for c in doc.citations:
        if c.entry_span is not None:
            spans.append((c.entry_span.start, c.entry_span.end))
        written = text[c.span.start : c.span.end]
        if "://" in written or written[:4].lower() == "www.":
            spans.append((c.span.start, c.span.end))
    out: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        if end <= pos:
            continue
        start = max(start, pos)
        out.append(text[pos:start])
        out.append(" " * (end - start))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _doc_terms(doc: Document) -> tuple[str, DocTerms]:
    def compute(d: Document) -> tuple[str, DocTerms]:
        clean = _clean_text(d)
        return clean, doc_terms(clean)

    return doc.derived("links.clean_terms", compute)


def _slug_text(url: str) -> str | None:
    """The path segment that reads as a headline (most words, at least four), percent-decoded.

    A Wikipedia title in another script is written as escapes (``/wiki/%D0%A7...``): read raw,
    its hex digits would pass for words ("BD BC BA").
    """
    from urllib.parse import unquote

    parts = safe_split(url if "://" in url else "http://" + url)  # "www.nceas.ucsb.edu": a host, no path
    if parts is None:
        return None
    segments = (_FILE_EXT.sub("", unquote(s, errors="replace")) for s in parts.path.split("/") if s)
    best = max(segments, key=slug_words, default="")
    return best if slug_words(best) >= 4 else None


# "Intel_TRNG_Report_20120312.pdf": a file's type is no word of what it is about
_FILE_EXT = re.compile(r"\.(?:pdf|docx?|pptx?|xlsx?|odt|txt|ps|epub|zip)$", re.I)


# "Wilson, G., Aruliah, D. A., ... (2014). Best practices for scientific computing. PLoS Biology":
# an entry in a reference style, its authors before the year and its venue after the title.
_AUTHOR_YEAR = re.compile(r"\((?:19|20)\d\d[a-z]?\)\.?\s+")


def _work_title(entry: str) -> str:
    """The title of an author-year reference entry (the authors' names are not its subject)."""
    m = _AUTHOR_YEAR.search(entry)
    if m is None or m.start() == 0:
        return entry
    return entry[m.end() :].partition(". ")[0]


_MONTH_WORDS = frozenset([*MONTHS, *(m[:3] for m in MONTHS), "sept"])  # "May", "Oct", "Sept"


def _subject_words(title: str) -> list[str]:
    """A title's words without its numbers and month names (what is left of "The Moscow Times, 16 October 2022")."""
    return [w for w in words(title) if not w.isdigit() and w.lower() not in _MONTH_WORDS]


def citation_text(c: Citation, titles: dict[Span, str | None] | None = None) -> tuple[str, str] | None:
    """What the citation says it is about, and where that came from (reference title, address).

    An inline link's anchor text is not used: the writer wrote it to fit the sentence, so it
    always matches; the address says what the linked page is really about. ``titles`` keeps each
    entry's title, read once however many URLs the entry holds.
    """
    if c.in_reference_list and c.entry_text:
        key = c.entry_span
        if titles is not None and key is not None and key in titles:
            title = titles[key]
        else:
            title = _MARKER.sub("", _URL_IN_TEXT.sub(" ", c.entry_text)).strip(" .,;:-–—\"'")
            title = _work_title(title)
            # "A Bola, 28 January 2026", "European Investment Bank, 2026": a publisher and a date
            # name no subject, so the address says what the page is about
            title = title if len(_subject_words(title)) >= 4 else None
            if titles is not None and key is not None:
                titles[key] = title
        if title is not None:
            return title, "reference title"
    elif c.in_reference_list and c.kind == "anchor" and c.anchor_text:
        # a reference list of links ("<li>[4] BBC News, <a href=...>Heathrow third runway decision delayed</a>"):
        # the anchor is the work's title, written by its publisher, not fitted to the citing sentence
        title = " ".join(c.anchor_text.split())
        if len(_subject_words(title)) >= 4 and "://" not in title and not title.lower().startswith("www."):
            return title, "reference title"
    slug = _slug_text(c.url or "")
    return (slug, "address") if slug else None


OFF_SUBJECT_MISSING = 4  # the citation's words the article never uses, at least this many ...


def _off_subject(rel: Relevance, terms: DocTerms) -> bool:
    """... and at least half of its content words, and none of the article's names among the rest.

    The article then shares only incidental words with it: "australia-beat-india-fifth-test-
    sydney-reclaim-border-gavaskar" cited in an ice-core story shares "beat", "fifth" and "test",
    and none of Australia, India, Sydney, reclaim, border or Gavaskar. A shared name (the IRS,
    Israel, the Palestinians) means the same subject told in other words.
    """
    if len(rel.missing) < OFF_SUBJECT_MISSING or 2 * len(rel.missing) < len(rel.terms):
        return False
    missing = set(rel.missing)
    return not any(stem(w) in terms.names for w in rel.terms if w not in missing)


def _off_subject_title(rel: Relevance, terms: DocTerms) -> bool:
    """A reference's title that its citing sentence shares no word with, whose subject the article never
    mentions: three or more of its common words absent, and more of them than of its names (an entry whose authors
    were read as its title names people, not a subject), then as a headline slug (:func:`_off_subject`), or more
    than half its words absent with less than half its weight in the article ("The coral gardens of seamounts off Chile" cited for trench
    life in a story set in Chile: only the place is shared, the subject is not)."""
    if rel.claim != 0:
        return False
    subject = [w for w in rel.missing if w[:1].islower()]
    if len(subject) < OFF_SUBJECT_MISSING - 1 or 2 * len(subject) < len(rel.missing):
        return (
            False  # mostly names absent: an entry whose authors were read as its title ("Zizka, A., ... & Edler, D.")
        )
    if _off_subject(rel, terms):
        return True
    return len(rel.missing) >= OFF_SUBJECT_MISSING - 1 and 2 * len(rel.missing) > len(rel.terms) and rel.document < 0.5


# A link the text itself calls the writer's own (an earlier post, this project's page): a blog's links
# between its own posts follow the blog's subjects, not this post's, so their words prove nothing.
_SELF_TITLE = re.compile(
    r"\b(?:this|our|my)\s+(?:\w+\s+)?(?:package|post|blog|project|series|newsletter|site|column|podcast|tool)\b",
    re.I,
)
_OWN_POST = re.compile(
    r"\b(?:previous|earlier|last|older|past|other|related|first|second|third|next|follow-up|companion)\s+"
    r"(?:blog\s+)?(?:posts?|articles?|entry|entries|instalments?|installments?|episodes?|parts?)\b"
    r"|\b(?:previously|earlier|before)\s+on\s+(?:this|our|my)\b"
    r"|\b(?:I|we)\s+(?:have\s+|had\s+)?(?:wrote|written|blogged|posted|covered|described|explained)\b",
    re.I,
)


def _host(url: str) -> str:
    rest = url.partition("://")[2] or url
    return rest.split("/", 1)[0].split(":", 1)[0].lower().removeprefix("www.")


def _own_site(doc: Document, c: Citation, seen: dict[tuple[str, int, int], bool]) -> bool:
    """A link to the article's own site, or one the text calls the writer's own earlier post.

    ``seen`` keeps the verdict on each entry and sentence: thousands of links may share one
    "Sources:" entry, which is read once.
    """
    if c.url and doc.meta.url and _host(c.url) == _host(doc.meta.url):
        return True
    if _OWN_POST.search(doc.text, c.span.start, c.span.end):
        return True
    if c.in_reference_list and c.entry_text and c.entry_span is not None:
        key = ("entry", c.entry_span.start, c.entry_span.end)
        if key not in seen:
            # "blog post on the first version of this package": the article's own subject (an
            # anchor "[this post](...)" points at the linked post, so only an entry's title counts)
            seen[key] = bool(_SELF_TITLE.search(c.entry_text) or _OWN_POST.search(c.entry_text))
        if seen[key]:
            return True
    for span in c.cited_by:
        sentence = doc.sentence_at(span.start)
        if sentence is None:
            continue
        key = ("sentence", sentence.span.start, sentence.span.end)
        if key not in seen:
            seen[key] = bool(_OWN_POST.search(sentence.text))
        if seen[key]:
            return True
    return False


# Path segments of a publisher's address that place a story (edition, region, format), not its subject.
_PLACING = frozenset(
    [
        "news",
        "world",
        "uk",
        "us",
        "au",
        "ca",
        "in",
        "en",
        "gb",
        "eu",
        "europe",
        "asia",
        "africa",
        "americas",
        "australia",
        "international",
        "national",
        "local",
        "global",
        "live",
        "video",
        "videos",
        "audio",
        "opinion",
        "comment",
        "commentisfree",
        "blog",
        "blogs",
        "article",
        "articles",
        "story",
        "stories",
        "features",
        "feature",
        "a",
        "amp",
        "mobile",
        "www",
        "edition",
        "editions",
        "section",
        "sections",
        "content",
        "pages",
        "page",
        "index",
        "uk-news",
        "us-news",
        "australia-news",
        "world-news",
    ]
)


def _section(url: str) -> str | None:
    """A publisher's section, the first path segment naming a subject: "music" in /music/2026/apr/30/..."""
    parts = safe_split(url if "://" in url else "http://" + url)
    if parts is None:
        return None
    for seg in parts.path.split("/"):
        seg = seg.lower()
        if not seg or seg in _PLACING:
            continue
        return seg if seg.isalpha() and 3 <= len(seg) <= 20 else None
    return None


def _off_section(c: Citation, rel: Relevance, terms: DocTerms) -> bool:
    """A headline slug filed under a subject the article never names, and mostly absent from it.

    "/football/2025/oct/20/bristol-city-sack-manager-championship" in a by-election story shares
    the names Bristol and City, but the article never mentions football, sacking or a manager:
    the section says what the story is about, so shared names do not make it this article's.
    """
    section = _section(c.url or "")
    if section is None or stem(section) in terms.stems:
        return False
    return (
        len(rel.missing) >= OFF_SUBJECT_MISSING - 1
        and 2 * len(rel.missing) >= len(rel.terms)
        and rel.document < 0.5  # most of the slug's weight is not the article's
    )


def _dated_story(c: Citation) -> bool:
    """An address dated by its path ("/sport/2024/11/18/harlow-vale-fc-sign-new-goalkeeper-on-loan"): a
    publisher's story filed by day, whose slug is its headline, on any site."""
    return c.date is not None and c.date_source in ("url", "publisher-url")


def _address_against_title(c: Citation, title: str, source: str, claims: str | None, terms: DocTerms) -> Finding | None:
    """A reference entry that names one page and links another: 'PostgreSQL 16 documentation,
    "Explicit Locking: Advisory Locks"' with the address ".../javascript-date-library-comparison".

    The address's slug (four words or more) shares no word with the entry's title, none with the
    sentence that cites it and none with the article: the link is not the page the entry names.
    """
    if source != "reference title" or not c.url:
        return None
    slug = _slug_text(c.url)
    if slug is None:
        return None
    rel = relevance(claims, slug, terms, english=True)
    if not rel.judgeable or rel.document > 0 or (rel.claim or 0) > 0 or len(rel.missing) < 4:
        return None
    if content_stems(slug) & content_stems(title):
        return None
    shown = ", ".join(f'"{w}"' for w in rel.missing[:4])
    return Finding(
        "CIT006",
        c.span,
        f'This reference names "{title}", but its address is about "{" ".join(rel.terms[:10])}", which '
        f"neither that title nor the article mentions ({shown}): the link is not the page the entry names. "
        "Check that it supports the claim, or replace it.",
        related=_related(c),
        evidence={
            "citation_text": slug,
            "source": "address against its reference title",
            "title": title,
            "claim_overlap": rel.claim,
            "document_overlap": rel.document,
            "missing": rel.missing,
        },
    )


# A site's listing of its stories under one label: "/tag/energy-prices", "/topics/local-elections",
# "/category/tennis-results". Its slug names a label, not a story: no source whose subject can be judged.
_LISTING = re.compile(
    r"/(?:tags?|topics?|categor(?:y|ies)|subjects?|keywords?|labels?|themes?|hubs?|series|archives?)/[^/?#]+/?(?:[?#]|$)",
    re.I,
)


def _listing(url: str) -> bool:
    parts = safe_split(url)
    return bool(parts and _LISTING.search(parts.path + "?"))


def _navigation(url: str) -> bool:
    """A site's about, contact or privacy page, not a story filed under such a section: the path's last
    segment is then no headline slug ("/about-us/news-opinion/2026/premier-league-football-safeguarding-
    partnership/" is a story on the charity's site; "/about-us/our-trustees" is a page about the site)."""
    if not is_navigation_url(url):
        return False
    parts = safe_split(url)
    last = [seg for seg in parts.path.split("/") if seg][-1:] if parts else []
    return not (last and slug_words(last[0]) >= 4 and not is_navigation_url("http://x/" + last[0]))


def _supports_something(doc: Document, c: Citation) -> bool:
    """A reference-list entry, or a link in a sentence that says something beyond the link itself."""
    if c.in_reference_list:
        return True
    for span in c.cited_by:
        s = doc.sentence_at(span.start)
        if s is not None and prose_words(doc, s) >= 6:
            return True
    return False


@rule(
    "CIT006",
    "irrelevant-citation",
    "citations",
    "warning",
    "a citation whose slug or title is about something the claim and article never mention",
    RuleDocs(
        what="""
        Compares what a citation says it is about (its anchor text, its title in the reference
        list, or the words of its address) with the sentence that cites it and with the whole
        article, by an information-weighted overlap of stemmed words in which names count most.
        Flags the citation when neither the claim nor the article shares its subject and it names
        specific things the article never mentions. Stems join -ance nouns to their -ant
        adjectives ("distance" and "distant" are one subject), a word written as two joined ones
        counts as its parts as well ("NetlifyCMS" names "netlify-cms"), and a slug with no stop word
        still counts as English when two of its words have English endings
        ("crypto-exchange-collapse-leaves-investors-stranded"), and always on a major publisher's
        English edition (`english_hosts` in rules/data/publishers.toml:
        "uk-mortgage-rates-fall-lenders-cut-deals" on theguardian.com). A publisher's headline
        slug is also flagged when the article shares only incidental words with it: at least four
        of its words, and half of them, are absent, and none of the rest is a name the article
        uses ("australia-beat-india-fifth-test-sydney-reclaim-border-gavaskar" in an ice-core
        story shares only "beat", "fifth" and "test"), or when it is filed under a section the
        article never names, three of its words and half are absent, and the article shares less
        than half of its weight, shared names or not
        (".../football/2025/oct/20/bristol-city-sack-manager-championship" in a Bristol by-election
        story). An address filed by day ("/sport/2024/11/18/...") is a story's headline slug on any
        site, and a slug is English by its inflections too (two words that drop an -s, -ed or
        -ing: "bundesliga-tv-rights-auction-results") on a host of no other language's country
        domain. In a reference list of links the anchor is the work's title ("<li>[4] BBC News, <a
        href=.../c8j3ve2k0lmo>Heathrow third runway decision delayed again</a>"), and a title the citing
        sentence shares no word with is flagged when the article shares only incidental words with it, as a
        headline slug, or when three or more of its common words and more than half of its words are
        absent, a shared place or not ("The coral gardens of seamounts off Chile" cited for trench life);
        a story filed under a site's about section ("/about-us/news-opinion/2026/<headline>") is judged.
        A reference entry that gives only a publisher and a date ("A Bola, 28 January
        2026") is judged by its address, and a reference whose address is another page than its
        title names (a slug of four words or more sharing no word with the title, the citing
        sentence or the article: 'PostgreSQL 16 documentation, "Explicit Locking"' linked to
        ".../javascript-date-library-comparison") is flagged. Citations in another language, and ones
        with too few words to judge, are left alone, and so are a site's listings under a label
        ("/tag/energy-prices", "/topics/local-elections", "/category/...": a label, not a story),
        links to the article's own site
        (its page address says which), in a piece that shows code (a tutorial, a release note, a
        project's newsletter: its links point at tools and docs named by their own terms) every link but
        one to a covered news publisher and a reference whose address is another page than its title,
        and links the text calls the writer's own ("an earlier
        post", "previously on this blog", "blog post on the first version of this package",
        "as I wrote"): a blog's links between its posts follow the blog's subjects, not the post's.
        """,
        why="""
        A citation about something else (another city, another year's event) lends a claim
        authority it does not have. It often means the link was pasted by mistake or invented.
        """,
        flag="""
        The city council approved the new cycling budget on Tuesday [1]. The budget pays for twelve kilometres of protected bike lanes, new cycle parking at the main station and safer junctions near schools. Council members argued for months about the cost of the lanes and about parking spaces for cars. Cycling groups welcomed the vote, while some shop owners on the high street said they feared losing customers who arrive by car.
        [1] https://www.example-news.com/sport/tennis-star-wins-wimbledon-final-in-straight-sets
        """,
        ok="""
        The city council approved the new cycling budget on Tuesday [1]. The budget pays for twelve kilometres of protected bike lanes, new cycle parking at the main station and safer junctions near schools. Council members argued for months about the cost of the lanes and about parking spaces for cars. Cycling groups welcomed the vote, while some shop owners on the high street said they feared losing customers who arrive by car.
        [1] https://www.example-news.com/local/city-council-approves-cycling-budget
        """,
        silence="Check the link supports the sentence; replace it if it does not.",
    ),
    options={"document_threshold": 0.35, "cited_document_threshold": 0.15, "min_words": 60},
)
def check_irrelevant(doc: Document, ctx: Context) -> Iterator[Finding]:
    opts = ctx.options("CIT006", {"document_threshold": 0.35, "cited_document_threshold": 0.15, "min_words": 60})
    todo: list[tuple[Citation, str, str]] = []
    seen: set[str] = set()
    titles: dict[Span, str | None] = {}
    own: dict[tuple[str, int, int], bool] = {}  # entries and sentences already read for "the writer's own"
    for c in doc.citations:
        if not c.url or c.url in seen:
            continue
        seen.add(c.url)
        if c.extra.get("url_kind") in ("home", "section", "other"):
            continue
        if is_asset_url(c.url) or _navigation(c.url) or _listing(c.url) or not _supports_something(doc, c):
            continue
        if _own_site(doc, c, own):
            continue
        found = citation_text(c, titles)
        if found is not None:
            todo.append((c, *found))
    if not todo:  # most articles: nothing to compare, so the article is never tokenised
        return
    clean, terms = _doc_terms(doc)
    if terms.words < opts["min_words"] or not terms.english:  # another language: its links are not judged
        return
    judged: dict[tuple[object, ...], Relevance] = {}  # citations sharing an entry and its claims: judged once
    # A piece that shows code links to tools, packages and docs named by their own terms ("measure
    # anything, measure everything", "const-prop-default"): there only a reference whose address is
    # another page than its title, and a link to a news publisher covered in publishers.toml, are judged.
    technical = technical_piece(doc)
    for c, text, source in todo:
        key = (c.entry_span, *c.cited_by) if source == "reference title" else None
        rel = judged.get(key) if key is not None else None
        if rel is None:
            claims = [clean[s.start : s.end] for s in c.cited_by]
            english = source == "address" and (english_edition(c.url or "") or english_slug(text, c.url or ""))
            rel = relevance(" ".join(claims) if claims else None, text, terms, english=english)
            if key is not None:
                judged[key] = rel
        if source == "reference title":
            cited = " ".join(clean[s.start : s.end] for s in c.cited_by) or None
            mismatch = _address_against_title(c, text, source, cited, terms)
            if mismatch is not None:
                yield mismatch
                continue
        if technical and not (source == "address" and publisher_for(c.url or "") is not None):
            continue
        if not rel.judgeable or len(rel.missing) < 2:
            continue
        if rel.claim is None:  # a reference no sentence cites: only the article to compare with
            if rel.document >= opts["document_threshold"]:
                continue
        elif rel.claim > 0 or (
            rel.document >= opts["cited_document_threshold"]
            and not (
                source == "address"
                and (english_edition(c.url or "") or _dated_story(c))
                and (_off_subject(rel, terms) or _off_section(c, rel, terms))
            )
            and not (source == "reference title" and _off_subject_title(rel, terms))
        ):
            # Writers paraphrase what they link to, so a cited link is flagged only when its
            # sentence shares none of its words and the article next to none, or, for a news
            # publisher's headline slug, only a few incidental ones while most of its subject is absent.
            continue
        shown = ", ".join(f'"{w}"' for w in rel.missing[:4])
        about = " ".join(rel.terms[:10])
        yield Finding(
            "CIT006",
            c.span,
            f'This citation\'s {source} is about "{about}", but the article never mentions {shown}: '
            "it does not look like a source for this article. Check that it supports the claim, or replace it.",
            related=_related(c),
            evidence={
                "citation_text": text,
                "source": source,
                "claim_overlap": rel.claim,
                "document_overlap": rel.document,
                "missing": rel.missing,
            },
        )
