"""Source reliability: the ratings enricher and SRC001-SRC003.

Ratings come from the shipped table (see ``_ratings.py`` and docs/sources.md);
a newsroom adds its own verdicts in ``[tool.auditor.sources]``:
``trusted = ["example-local.com"]`` and ``untrusted = ["content-farm.net"]``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from auditor.context import Context
from auditor.language import ratings as _ratings
from auditor.language.datafiles import load_toml
from auditor.language.publishers import classify, is_asset_url, is_navigation_url, is_official_domain, site_named_in
from auditor.language.sourcing import PERSONAL_SHARE
from auditor.model import Citation, Document, Finding, Sentence, Severity, Span
from auditor.reading.citations import prose_words
from auditor.reading.urls import is_hosting_suffix, registrable_domain
from auditor.registry import RuleDocs, enricher, rule


@functools.lru_cache(maxsize=32)
def _overrides_cached(trusted: tuple[str, ...], untrusted: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    return _ratings.overrides({"trusted": list(trusted), "untrusted": list(untrusted)})


def _overrides(ctx: Context) -> tuple[frozenset[str], frozenset[str]]:
    section = ctx.config.section("sources")

    def as_tuple(v: Any) -> tuple[str, ...]:
        return tuple(str(x) for x in v) if isinstance(v, list) else ()

    return _overrides_cached(as_tuple(section.get("trusted")), as_tuple(section.get("untrusted")))


@functools.lru_cache(maxsize=1)
def _platforms() -> tuple[frozenset[str], frozenset[str]]:
    """User-generated platforms (rules/data/platforms.toml): registrable domains and first labels."""
    data = load_toml("platforms.toml")
    return frozenset(data.get("domains", [])), frozenset(data.get("names", []))


def is_platform(domain: str, ctx: Context) -> bool:
    """A site where anyone publishes (shipped list plus `[tool.auditor.sources] platforms`)."""
    domains, names = _platforms()
    extra = ctx.config.section("sources").get("platforms", [])
    if domain in domains or domain.split(".", 1)[0] in names or is_hosting_suffix(domain):
        return True
    return isinstance(extra, list) and domain in {str(d).lower() for d in extra}


@enricher("ratings", order=20)
def enrich_ratings(doc: Document, ctx: Context) -> None:
    """Fill each citation's rating, rating_detail and URL shape (publisher, kind)."""
    trusted, untrusted = _overrides(ctx)
    for c in doc.citations:
        if not c.url:
            continue
        url = c.extra.get("intended_url") or c.url  # a broken scheme is rated by the address meant
        entry = _ratings.lookup(url)
        override = _ratings.override_for(url, trusted, untrusted)
        detail: dict[str, Any] = {
            "lists": list(entry["lists"]) if entry else [],
            "score": entry["score"] if entry else None,
            "state_affiliated": bool(entry and entry["state"]),
            "state": entry["state"] if entry else None,
            "disputed": bool(entry and entry["disputed"]),
            "domain_used": entry["key"] if entry else None,
            "subdomain": bool(entry and c.domain and entry["key"] != c.domain),
            "override": None,
        }
        rating = entry["rating"] if entry else None
        detail["platform"] = bool(c.domain and not detail["subdomain"] and is_platform(c.domain, ctx))
        if override:
            detail["override"] = "trusted" if override == "reliable" else "untrusted"
            detail["lists"] = [
                {"list": "config", "rating": override, "label": detail["override"], "when": ""},
                *detail["lists"],
            ]
            rating = override
        detail["summary"] = _ratings.describe_lists(detail["lists"])  # one line for reports
        c.rating = rating
        c.rating_detail = detail
        try:
            shape = classify(c.url)
        except (ValueError, TypeError):
            shape = None
        if shape is not None:
            c.extra["publisher"] = shape.publisher.name
            c.extra["url_kind"] = shape.kind


def _related(c: Citation) -> list[Span]:
    return [s for s in c.cited_by if not s.overlaps(c.span)]


def _unique_urls(doc: Document) -> Iterator[Citation]:
    """Each cited URL once (a URL written twice is reported where it first appears).

    On a web page, links to the page's own site (menus, related stories) are not sources.
    """
    seen: set[str] = set()
    own = registrable_domain(doc.meta.url) if doc.meta.url else None
    for c in doc.citations:
        if not c.url or not c.domain or c.url in seen or (own and c.kind == "anchor" and c.domain == own):
            continue
        seen.add(c.url)
        yield c


def _citing_sentences(doc: Document, c: Citation) -> list[Sentence]:
    """The sentences that cite ``c`` (or hold it), in order, each once."""
    found: dict[int, Sentence] = {}
    for span in [*c.cited_by, c.span]:
        s = doc.sentence_at(span.start)
        if s is not None:
            found[s.index] = s
    return [found[i] for i in sorted(found)]


_WRITTEN_URL = re.compile(r"\S*(?:://|www\.)\S*|\S+\.[a-z]{2,}/\S*|\[\d+\]", re.I)  # a URL as written, a marker


# A publication named as the source of a report ("According to TechNewsWorld", "TechNewsWorld
# reported"): naming it does not say who runs it, so the note stays.
_AS_REPORTER_BEFORE = re.compile(
    r"(?:according\s+to|reported\s+(?:by|in)|cited\s+by|quoted\s+(?:by|in)|\bper|wrote\s+in|told)\s+(?:the\s+)?$", re.I
)
_AS_REPORTER_AFTER = re.compile(r"^\W*(?:\w+\W+)?(?:reported|reports|wrote|writes|quoted|says|said)\b", re.I)
# The named site's own survey or figures: "Stack Overflow's 2024 Developer Survey", "data from the
# Census Bureau". A site cited for what it counted or asked is the primary record of that count,
# even "according to" it; a site's report or article about the world is not (the outlet reporting).
_DATA_NOUN = r"(?:survey|surveys|poll|polls|census|data|dataset|statistics|figures|numbers|count|ranking|index)"
_DATA_MODIFIER = r"(?:\d{4}|[A-Z][\w-]*|(?i:annual|yearly|latest|own|new|internal|developer|user|reader))"
_OWN_DATA_AFTER = re.compile(rf"^(?:['’]s?(?:\s+{_DATA_MODIFIER}){{0,3}})?\s+(?i:{_DATA_NOUN})\b")
_OWN_DATA_BEFORE = re.compile(
    rf"\b{_DATA_NOUN}\s+(?:published\s+|released\s+|compiled\s+)?(?:by|from)\s+(?:the\s+)?$", re.I
)


# Head nouns of an institution's name ("Aurora Police Department", "United Nations Office for
# ..."): a party named by one is a body speaking for itself, not an outlet reporting others, so
# "according to" it cites its own record. Outlets' heads (news, times, post, world) are not here.
_INSTITUTION = (
    r"office|offices|department|ministry|ministries|agency|agencies|bureau|police|council|commission|"
    r"institute|university|association|authority|authorities|administration|foundation|federation|union|"
    r"organi[sz]ation|bank|court|committee|centre|center|hospital|board|directorate|secretariat|"
    r"ministerio|ministère|ministerium|policía|polícia|instituto|institut|asociación|associação|comisión|"
    r"agencia|agência|secretaría|secretaria|defensoría|tribunal|universidad|universidade|université"
)
_INSTITUTION_WORD = re.compile(rf"\b(?i:{_INSTITUTION})\b")
_WORDS_BEFORE = re.compile(r"(?:[^\W_][\w'’.-]*\s+){0,3}$")
_WORDS_AFTER = re.compile(r"^(?:\s+[^\W_][\w'’.-]*){0,3}")


def _institution_named(text: str, where: tuple[int, int]) -> bool:
    """The name at ``where``, with up to three words joined to it on either side, has an institution's head noun."""
    before = _WORDS_BEFORE.search(text[max(0, where[0] - 60) : where[0]])
    after = _WORDS_AFTER.match(text[where[1] : where[1] + 60])
    name = (before.group() if before else "") + text[where[0] : where[1]] + (after.group() if after else "")
    return bool(_INSTITUTION_WORD.search(name))


# A sentence pointing back at a party named just before, by a noun for what it is ("the nation's
# rail system", "this app", "the company says"): outlets' nouns (paper, site, magazine) are not
# here, since "The paper said" is an outlet reporting.
_ANAPHOR = re.compile(
    r"\b(?:this|these|that|those|the|its)\s+(?:[^\W\d_]+['’]s\s+)?(?:[^\W\d_]+\s+)?"
    r"(?:app|apps|company|companies|firm|network|networks|agency|system|service|platform|operator|carrier|"
    r"airline|railway|railroad|retailer|startup|start-up|charity|group|organi[sz]ation|brand|maker|"
    r"manufacturer|developer|provider|utility|department|ministry|council|institute|university|club|team)\b",
    re.I,
)


def _named_just_before(doc: Document, s: Sentence, c: Citation) -> bool:
    """One of the three sentences before ``s`` names the site's owner, and ``s`` points back at it."""
    if not _ANAPHOR.search(s.text):
        return False
    for prev in doc.sentences[max(0, s.index - 3) : s.index]:
        text = _WRITTEN_URL.sub(lambda m: " " * len(m.group()), prev.text)
        where = site_named_in(c.url or "", text)
        if where is not None and not _AS_REPORTER_BEFORE.search(text[max(0, where[0] - 40) : where[0]]):
            return True
    return False


def _names_its_site(doc: Document, c: Citation) -> bool:
    """A sentence citing ``c`` names the site's owner ("Target CEO", "Michael Mann", "shadowcrew.com").

    The site is then the named party's own, a primary record of its words or data, unless the
    sentence names it as the outlet reporting the claim; an institution ("according to the
    Aurora Police Department") is never an outlet. A sentence that points back at a party named
    in one of the three before it ("Amtrak reported no delays. ... the nation's rail system was
    adding seats") names it too. URLs written out in the sentence are left out: an address spells
    its own domain.
    """
    citing = _citing_sentences(doc, c)
    for s in citing:
        text = _WRITTEN_URL.sub(lambda m: " " * len(m.group()), s.text)
        where = site_named_in(c.url or "", text)
        if where is None:
            continue
        before, after = text[max(0, where[0] - 40) : where[0]], text[where[1] : where[1] + 40]
        if _OWN_DATA_AFTER.match(after) or _OWN_DATA_BEFORE.search(before):
            return True  # its own survey or figures: the primary record, "according to" or not
        if _institution_named(text, where):
            return True
        if not (_AS_REPORTER_BEFORE.search(before) or _AS_REPORTER_AFTER.match(after)):
            return True
    return any(_named_just_before(doc, s, c) for s in citing)


def _cites_own_data(doc: Document, c: Citation) -> bool:
    """A sentence citing ``c`` cites the site's owner for its own survey or figures ("Stack Overflow's
    2024 Developer Survey"): the link is the primary record of that count, whatever the site's rating."""
    for s in _citing_sentences(doc, c):
        text = _WRITTEN_URL.sub(lambda m: " " * len(m.group()), s.text)
        where = site_named_in(c.url or "", text)
        if where is not None and (
            _OWN_DATA_AFTER.match(text[where[1] : where[1] + 40])
            or _OWN_DATA_BEFORE.search(text[max(0, where[0] - 40) : where[0]])
        ):
            return True
    return False


# The site's owner releasing documents: "Wikileaks announced the forthcoming release of ...",
# "WikiLeaks published the files". Reporting verbs ("RT reported", "said") are not releases.
_RELEASES = re.compile(
    r"\b(?:released|releases|leaked|leaks|published|publishes|posted|dumped|made\s+public|"
    r"announced\s+(?:the\s+)?(?:\w+\s+)?(?:release|publication))\b",
    re.I,
)


def _own_document(doc: Document, c: Citation) -> bool:
    """The link is a document the rated site itself released, cited for what that site released.

    The sentence citing it, or the one before it in its paragraph, names the site's owner as
    releasing it: the link is then the primary record of what was published, not a source
    vouching for a fact.
    """
    for s in _citing_sentences(doc, c):
        around = [s] + [p for p in doc.sentences[max(0, s.index - 1) : s.index] if p.paragraph == s.paragraph]
        for t in around:
            if _RELEASES.search(t.text) and site_named_in(c.url or "", t.text) is not None:
                return True
    return False


@rule(
    "SRC001",
    "low-reliability-source",
    "sources",
    Severity.WARNING,
    "a cited domain rated unreliable or deprecated",
    RuleDocs(
        what="""
        Flags a citation whose site the shipped ratings (Wikipedia's perennial sources list,
        Burdisso et al. 2024, Lin et al. 2023, Lasser et al.) or the newsroom's `untrusted` list
        rate unreliable (warning) or deprecated (error). Sites rated "mixed" are not flagged:
        the scorecard shows their rating beside the citation. Not flagged either: a page's links
        to its own site (its logo, its own address), posts on platforms where anyone publishes
        (the rating is the platform's: social networks, Q&A sites such as Stack Overflow,
        preprint servers), a document the rated site itself released, cited where the
        sentence or the one before names the site releasing it ("Wikileaks announced the release
        of CIA files. One tool called Marble ..."), and the site's own survey or figures cited as
        its own ("Stack Overflow's 2024 Developer Survey", "data from the site"): that link is
        the primary record of what was published or counted, not a source vouching for a fact.
        A rating about one part of a site covers only that part: Wikipedia's "generally
        unreliable" for ScienceDirect is about its Topics pages (`/topics/`), not the journal
        articles.
        """,
        why="""
        A claim is only as good as its source. Deprecated sites (for example ones that publish
        fabricated stories or state propaganda) should not support factual claims at all.
        """,
        flag="Officials admitted the plan [1].\n[1] https://www.rt.com/news/123456-officials-admit-plan/",
        ok="Officials admitted the plan [1].\n[1] https://apnews.com/article/officials-plan-0123456789abcdef0123456789abcdef",
        silence='Add the domain to `trusted = ["…"]` in `[tool.auditor.sources]` if your newsroom vouches for it.',
    ),
)
def check_low_reliability(doc: Document, ctx: Context) -> Iterator[Finding]:
    own = registrable_domain(doc.meta.url) if doc.meta.url else None
    for c in _unique_urls(doc):
        if c.rating not in ("unreliable", "deprecated"):
            continue
        if is_asset_url(c.url or "") or (own and c.domain == own):
            continue  # a logo, an image, the page's own address: its own site supports no claim of its own
        if c.rating_detail.get("override") != "untrusted" and (_own_document(doc, c) or _cites_own_data(doc, c)):
            continue
        detail = c.rating_detail
        if detail.get("platform") and detail.get("override") != "untrusted":
            continue  # the rating is the platform's, not the linked account's
        where = detail.get("domain_used") or c.domain
        if detail.get("override") == "untrusted":
            why = "it is on your newsroom's untrusted list"
        else:
            why = _ratings.describe_lists(detail.get("lists", []))
        if detail.get("disputed"):
            kinder = sorted(
                {
                    _ratings.LIST_NAMES.get(i["list"], i["list"])
                    for i in detail.get("lists", [])
                    if i["rating"] == "reliable"
                }
            )
            dispute = f" The lists disagree: {' and '.join(kinder)} rate it reliable." if kinder else ""
        else:
            dispute = ""
        yield Finding(
            "SRC001",
            c.span,
            f"{where} is rated {c.rating} ({why}).{dispute} Support this claim with a reliable source.",
            severity=Severity.ERROR if c.rating == "deprecated" else Severity.WARNING,
            related=_related(c),
            evidence={"domain": where, "rating": c.rating, "lists": detail.get("lists", [])},
        )


# A field of a profile, fact box or contact block whose whole value is the link: "URL：https://
# www.housecom.co.jp/", "Talent agency: Saram Entertainment", "Website: example.org". The label
# names an address or what the linked party is; the link is that party's own site, not a source.
# "Source: ..." and "Via ..." labels are citations and are not fields here.
_FIELD_LABEL = re.compile(
    rf"(?:^|[\s|｜/、,;])(?:(?i:url|web|website|web\s+site|homepage|home\s+page|hp|official\s+(?:site|website)|"
    rf"site\s+oficial|sitio\s+web|página\s+web|site\s+web|ホームページ|公式サイト|公式ホームページ|网址|網址)|"
    rf"(?:[^\W\d_][\w-]*\s+){{0,2}}(?i:{_INSTITUTION}|agency|company|label|club|team|employer|manufacturer|"
    rf"developer|publisher|school|venue|operator|organiser|organizer|sponsor|partner))\s*[:：]\s*$"
)


def _field_value(doc: Document, c: Citation) -> bool:
    """The link is the whole value of a labelled field (an address or what the linked party is)."""
    s = doc.sentence_at(c.span.start)
    if s is None or c.span.end > s.span.end:
        return False
    rest = doc.text[c.span.end : s.span.end].strip(" \t\n.。")
    return not rest and bool(_FIELD_LABEL.search(doc.text[max(s.span.start, c.span.start - 80) : c.span.start]))


# A pointer for readers to further details, not a source of what the article says: "More
# information about registration can be found at www.example.org", "Más información en ...".
_MORE_INFORMATION = re.compile(
    r"\b(?:(?:more|further|additional)\s+(?:information|info|details)|for\s+(?:details|tickets|registration)|"
    r"for\s+more(?:[,:.]|\s+(?:[\w\-]+\s+)?(?:on|about|info\w*|details|tips|ideas|insights|reading|examples|resources)\b)|"
    r"learn\s+more|to\s+(?:register|apply|rsvp|sign\s+up)\b|"
    r"más\s+información|mayor\s+información|mais\s+informações|plus\s+d['’]informations?|mehr\s+informationen|"
    r"weitere\s+informationen|maggiori\s+informazioni|ulteriori\s+informazioni|meer\s+informatie)\b",
    re.I,
)
# The page's own furniture addressed to the reader: "If you can't see the form on this page, click here."
_PAGE_FURNITURE = re.compile(r"\b(?:on|of|in|below|above)\s+this\s+(?:page|screen)\b|\b(?:the|this)\s+form\b", re.I)
_YOU = re.compile(r"\b(?:you|your|you['’](?:re|ve|ll|d))\b", re.I)


def _reader_pointer(doc: Document, c: Citation) -> bool:
    """The sentence holding the link points the reader to details or the page's own form, and claims
    nothing; or, in a press release, the link stands alone on its line (the issuer's site, a hotline's,
    a resource for readers at the foot of the release)."""
    from auditor.language.genre import press_release

    s = doc.sentence_at(c.span.start)
    if s is None or len(s.text.split()) > 25:
        return False
    text = doc.text
    line_start = text.rfind("\n", 0, c.span.start) + 1
    line_end = text.find("\n", c.span.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip(" \t.;:,")
    if line == text[c.span.start : c.span.end].strip(" \t.;:,") and press_release(doc):
        return True
    return bool(_MORE_INFORMATION.search(s.text) or (_PAGE_FURNITURE.search(s.text) and _YOU.search(s.text)))


def _own_site_elsewhere(doc: Document, c: Citation) -> bool:
    """The link is on the page's own publisher under another suffix (a nikkei.com page, nikkei.co.jp),
    or on the site its og:url names when the canonical is another's (a syndicated copy's own site)."""
    if not c.domain:
        return False
    if doc.meta.site_url and c.kind == "anchor" and registrable_domain(doc.meta.site_url) == c.domain:
        return True
    own = registrable_domain(doc.meta.url) if doc.meta.url else None
    name = own.split(".", 1)[0] if own else ""
    return len(name) >= 4 and c.domain.split(".", 1)[0] == name


@rule(
    "SRC003",
    "unrated-source",
    "sources",
    Severity.INFO,
    "a cited domain the ratings do not know",
    RuleDocs(
        what="""
        Notes each cited site that none of the shipped rating lists (nor the newsroom's
        `trusted` / `untrusted` lists) rates, once per domain. Left alone: sites under a suffix
        only official bodies may register (.gov, gov.il, .edu, ac.uk, state.co.us ...), platforms
        where anyone publishes (rules/data/platforms.toml: t.co, youtu.be, archive.org; the
        account or the archived page is what to vet, and no list rates it), and a
        site the citing sentence names as its owner ("Target CEO" for corporate.target.com,
        "Michael Mann" for michaelmann.net, "Health and Human Services" for hhs.gov), the named
        party's own record of its words or data, spelled whole or with a short suffix the site adds
        ("the Aurora Police Department" for auroragov.org, "Office for the Coordination of
        Humanitarian Affairs" for ochaopt.org), or named in one of the three sentences before one
        that points back at it ("Amtrak reported no delays. ... the nation's rail system was adding
        seats"); the note stays when the sentence names the site as the outlet reporting the claim
        ("According to TechNewsWorld", "TechNewsWorld reported"), unless it cites the site for its
        own survey or figures ("according to Stack Overflow's 2024 Developer Survey") or the party
        is an institution ("according to the Ministry of Mines"). Also left alone: press-release
        wires, DOI resolvers and crowdfunding pages (the release, paper or campaign is its
        issuer's), the value of a labelled field ("URL: https://...", "Talent agency: Saram
        Entertainment"; not "Source: ..."), a pointer for readers ("More information at ...", "To learn more,
        visit ...", "For more, go to ...", "If you can't see the form on this page, click here"; in
        a press release, a link alone on its line: the issuer's site, a hotline's, a resource at the
        foot of the release), an image's or a media file's address (a
        photo's upload path, ".../wp-content/uploads/2024/10/gavel.jpg": page furniture), and the page's own publisher under
        another suffix (nikkei.co.jp on a nikkei.com page) or named by og:url beside another
        site's canonical address (a syndicated copy), and the audited site's own domains: those
        its site generator's configuration names (Hugo or Zola `baseURL`/`base_url`, Jekyll
        `url`, MkDocs `site_url`, a GitHub Pages `CNAME`) and `own-sites` in
        `[tool.auditor.sources]`. A site on a hosting suffix (`someone.github.io`,
        `netlify.app`) is a platform.
        """,
        why="""
        An unrated site is not a bad site, but nobody has vouched for it: an editor should know
        who runs it before it supports a claim.
        """,
        flag="The council approved it [1].\n[1] https://www.tiny-local-blog-unrated.net/2024/05/council",
        ok="The council approved it [1].\n[1] https://www.reuters.com/world/council-approves-plan-2024-05-01/",
        silence='Add the domain to `trusted = ["…"]` in `[tool.auditor.sources]`.',
    ),
)
def check_unrated(doc: Document, ctx: Context) -> Iterator[Finding]:
    seen: set[str] = set()
    for c in _unique_urls(doc):
        if c.rating is not None or c.domain in seen or c.rating_detail.get("state_affiliated"):
            continue
        if not re.search(r"[a-z]", c.domain or ""):  # a bare IP address: CIT001's business
            continue
        if is_official_domain(c.url or "") or _names_its_site(doc, c) or _field_value(doc, c):
            continue  # the suffix or the sentence already says who publishes it: nothing to look up
        if _reader_pointer(doc, c) or _own_site_elsewhere(doc, c):
            continue  # a pointer to details or a form, the publisher's own site: no claim rests on it
        if c.rating_detail.get("platform"):
            continue  # a platform (t.co, youtu.be, archive.org): who posted it is the question, not the host
        if is_asset_url(c.url or ""):
            continue  # an image or media file's address (a photo's upload path): page furniture, no claim rests on it
        if c.domain in ctx.config.own_sites:
            continue  # the audited site's own pages (its site configuration or `own-sites`): nobody to vet
        seen.add(c.domain or "")
        yield Finding(
            "SRC003",
            c.span,
            f"{c.domain} is not rated by any of the reliability lists auditor ships; "
            "check who publishes it before relying on it.",
            related=_related(c),
            evidence={"domain": c.domain},
        )


# --- SRC002: claims resting on state-affiliated media alone -------------------------------------

_NATION = (
    r"(?:Russian|Chinese|North\s+Korean|Iranian|Syrian|Belarusian|Venezuelan|Cuban|Turkish|Saudi|"
    r"Eritrean|Vietnamese|Kremlin|Kremlin-controlled|Beijing's|Pyongyang's|Tehran's|Moscow's)"
)
_NATION_BEFORE = re.compile(rf"\b{_NATION}\s+$")
_STATE_GENERIC = (  # lower case: matched against the lower-cased text, which is much faster
    r"(?:state|government)[\s-](?:(?:run|owned|controlled|affiliated)[\s-])?(?:run\s+)?"
    r"(?:media|television|tv|news\s+agency|broadcaster|outlets?|newspapers?|press|news|channels?|radio)\b"
)
_STATE_NAMED = (
    r"KCNA|Korean\s+Central\s+News\s+Agency|Rodong\s+Sinmun|Xinhua|TASS|RIA\s+Novosti|RT(?![-/])|Russia\s+Today|"
    r"Sputnik(?!\s+(?:V|Light|vaccines?|jabs?|shots?|satellites?|[1-9])\b)|CGTN|"
    r"CCTV(?!\s+(?:footage|cameras?|images?|videos?|recordings?|systems?|surveillance)\b)|Global\s+Times|"
    r"People's\s+Daily|Press\s+TV|IRNA|Tasnim|Fars\s+news\s+agency|SANA|BelTA|teleSUR|Telesur|Granma|"
    r"China\s+Daily|Rossiya\s+1|Channel\s+One\s+Russia"
)
_GENERIC_RE = re.compile(_STATE_GENERIC)
_GENERIC_RE_I = re.compile(_STATE_GENERIC, re.I)
_NAMED_RE = re.compile(rf"(?:{_STATE_NAMED})\b")  # no leading \b (much faster): the start is checked by hand


class _Mention:
    """A state-media mention at [start, end) of the text it was found in."""

    __slots__ = ("end", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text


def _generic_spans(lower: str) -> Iterator[tuple[int, int]]:
    """``_GENERIC_RE.finditer(lower)`` spans, trying the regex only where "state"/"government" occur.

    Every match starts with one of the two words and contains no other occurrence of them, so
    these are exactly finditer's matches.
    """
    for word in ("state", "government"):
        i = lower.find(word)
        while i != -1:
            m = _GENERIC_RE.match(lower, i)
            if m:
                yield m.span()
            i = lower.find(word, i + 1)


# An outlet described as the state's: "The Zvezda television channel, which is run by the defence
# ministry,", "a newspaper owned by the Communist Party": state media by description, whatever its name.
_DESCRIBED_STATE = re.compile(
    r"\b(?:television\s+channel|tv\s+channel|channel|broadcaster|newspaper|news\s+agency|agency|station|network|"
    r"outlet|daily|website)\s*,?\s*(?:which\s+is\s+|that\s+is\s+|is\s+)?(?:run|owned|controlled|funded|operated)\s+"
    r"by\s+(?:the\s+)?(?:(?:[A-Z][a-z]+n|[A-Z][a-z]+['’]s)\s+)?(?:(?:defen[cs]e|foreign|interior|information)\s+)?"
    r"(?:ministry|government|state|kremlin|military|army|armed\s+forces|communist\s+party|presidential\s+administration)"
    r"(?:\s+of\s+[A-Z][a-z]+)?\s*,?",
    re.I,
)

# What every _DESCRIBED_STATE match holds, over the lower-cased text: tried first because that
# pattern's leading \b and re.I make it costly over a whole article (none of these letters has
# another case that re.I would match and lower() would not make).
_DESCRIBED_GATE = re.compile(r"(?:run|owned|controlled|funded|operated)\s+by\s")


def _mentions(text: str) -> list[_Mention]:
    """Every mention of state media in ``text``: generic ("state media") or a named outlet."""
    lower = text.lower()
    spans: set[tuple[int, int]] = set()
    if "state" in lower or "government" in lower:
        if len(lower) == len(text):
            spans.update(_generic_spans(lower))
        else:  # lower-casing changed offsets (rare Unicode): scan the original text
            spans.update(m.span() for m in _GENERIC_RE_I.finditer(text))
    spans.update(m.span() for m in _NAMED_RE.finditer(text))
    if (
        " by " in lower
        and ("run" in lower or "owned" in lower or "controlled" in lower or "funded" in lower or "operated" in lower)
        and _DESCRIBED_GATE.search(lower)
    ):
        spans.update(m.span() for m in _DESCRIBED_STATE.finditer(text))
    return [
        _Mention(a, b, text[a:b])
        for a, b in sorted(spans)
        if a == 0 or not (text[a - 1].isalnum() or text[a - 1] == "_")
    ]


_BEFORE = re.compile(
    r"(?:according\s+to|reports?\s+(?:from|by|in|on)|reported\s+(?:by|in|on)|corroborated\s+by|confirmed\s+by|"
    r"verified\s+by|cited\s+by|citing|quoted\s+by|per|based\s+on|as\s+reported\s+by|carried\s+by|broadcast\s+by)"
    r"\s+(?:[\w'-]+\s+){0,4}$",
    re.I,
)
_AFTER = re.compile(
    r"^\s*(?:news\s+agency\s+|agency\s+|outlets?\s+)?"
    r"(?:,\s*(?:the\s+|a\s+|an\s+|citing\s+|quoting\s+)[^,;.()\"“”]{1,60},\s*)?"  # "KCNA, the North's state news agency, said"
    r"(?:(?:channel|broadcaster|network|newspaper|station)?\s*(?:[A-Z][\w'’-]*\s+(?:\d+\s+)?){1,3})?"  # "channel Rossiya 24"
    r"(?:has\s+|have\s+|had\s+)?"
    r"(?:said|says|reported|reports|claimed|claims|announced|stated|showed|shows|confirmed|published|aired)\b",
    re.I,
)
# The state reporting its own leaders' words or acts is a primary source for them, not for facts.
_OWN_WORDS = re.compile(
    r"^\s*(?:news\s+agency\s+|agency\s+)?"
    r"(?:(?:channel|broadcaster|network|newspaper|station)?\s*(?:[A-Z][\w'’-]*\s+(?:\d+\s+)?){1,3}(?=said|says|reported|showed|shows|quoted|published|aired))?"
    r"(?:has\s+)?(?:reported|said|says|showed|shows|quoted|published|aired)?\s*"
    r"(?:that\s+)?(?:(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3}|(?:he|she|they)\s+)"
    r"(?:as\s+saying|praising|praised|saying|said|vowed|vowing|warned|warning|called|calling|urged|urging|told|"
    r"pledged|pledging|thanked|thanking|hailed|hailing|expressed|expressing|denounced|condemned)\b"
    r"|^\s*(?:quoted|quoting)\b"
)
_QUOTE = re.compile(r"[\"“«„]([^\"”»“]{25,})[\"”»“]")
_LEAD_WORDS = 3  # words a sentence may open with before a quotation that is its statement


def _quotes_their_words(text: str, mention: int) -> bool:
    """Whether a quotation is what the outlet said: the sentence opens on it ("'The strikes will go on,'
    KCNA said") or it follows the mention; not a phrase quoted inside the claim ("Russia has blocked
    three apps for 'spreading destructive content among minors', TASS said": the claim is TASS's)."""
    return any(q.start() >= mention or len(text[: q.start()].split()) <= _LEAD_WORDS for q in _QUOTE.finditer(text))


_HEDGED = re.compile(
    r"could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)|without\s+(?:providing\s+|offering\s+)?evidence|"
    r"unverified|no\s+independent|propaganda|not\s+(?:been\s+)?independently|cannot\s+be\s+verified|"
    r"independently\s+(?:verified|confirmed)",
    re.I,
)
_OTHER_SOURCE = re.compile(
    r"\b(?:Reuters|Associated\s+Press|AP|AFP|BBC|Yonhap|NHK|CNN|Bloomberg|Kyodo|DPA|EFE|ANSA|"
    r"intelligence|satellite\s+(?:images|imagery)|independent\s+(?:journalists|monitors|analysts|observers)|"
    r"witnesses|researchers|the\s+United\s+Nations|UN\s+(?:monitors|officials))\b"
)


def _state_mentions(sentence: str) -> list[_Mention]:
    """Mentions of state media that the sentence uses as support ("according to KCNA")."""
    out = []
    for m in _mentions(sentence):
        before = sentence[max(0, m.start - 60) : m.start]
        after = sentence[m.end : m.end + 80]
        if not (_BEFORE.search(before) or _AFTER.match(after)):
            continue
        if _OWN_WORDS.match(after):
            continue
        out.append(m)
    return out


@rule(
    "SRC002",
    "state-affiliated-source",
    "sources",
    Severity.WARNING,
    "a claim that rests on state-affiliated media alone",
    RuleDocs(
        what="""
        Flags a sentence whose only support is state-affiliated media: every citation it carries
        links to a state outlet (rt.com, tass.com, kcna.kp, xinhuanet.com …), or the text names
        state media as its source ("state media reported that …", "according to Xinhua",
        "reports from Russian state media", "KCNA said"). It stays silent when the sentence also
        names or cites an independent source, when it reports what a government or its leader
        said (state media are the primary source for that), when the writer already warns
        that the claim could not be verified, and when the next sentence confirms the same fact
        from an independent source ("Reuters, citing the governor, also said the fire was out";
        "The British Antarctic Survey ... confirmed that depth", a named source confirming a noun
        phrase that points back at the fact), or one of the two sentences after cites an
        independent record of the same fact ("Flight-tracking data from Flightradar24 [2] showed no
        departures from the airport": a record by what it is or by its verb, sharing a content word
        with the claim when it is the next sentence, two otherwise; a source that only says so, or
        a link about something else, shares two: "The launch drew protests from Tokyo [1]" clears
        nothing), when an independent source in the next sentence gives the same count ("Xinhua
        said 34 people had died ... Local hospital staff told the BBC that at least 34 bodies ...")
        or points back at it by name ("The toll was given by hospital officials to AP [2]")
        or, named in the same paragraph, restates the fact in two of its content words ("Maritime
        security firm Ambrey said the ship had been seized ..."; not a denial: "Ukraine's army
        denied that ..."), when another party confirms it in the same sentence ("..., a figure the city's
        main hospital confirmed", "a distance Japan's defence ministry also gave", "; the Red Cross put
        the figure at 2,000 as well", "a claim the UN later backed", "which the Institute for the Study
        of War also reported", ", and the Ukrainian military later acknowledged the strike"; not "a
        figure which Pyongyang has not confirmed", nor the state itself: "which Pyongyang's military
        later confirmed"), when state media record the state's own proceedings ("a plenary meeting
        of the ruling party's Central Committee", "Xi Jinping chaired a meeting ...", "Kim Jong Un
        inspected a munitions factory, KCNA reported"), and when state
        media carry a government's own account ("Tehran's official account, carried by IRNA, is
        that", "the ministry said, in a statement carried by TASS", "RIA reported, citing the
        agriculture ministry"; not "citing local officials", nor "a military source said"). State media
        named by description count ("The Zvezda television channel, which is run by the defence
        ministry, said"), and so does a channel named after "state television" ("the state
        television channel Rossiya 24 said"), or named with a phrase between it and its verb ("KCNA,
        the North's state news agency, said", "RT, citing Iranian officials, said"). A government's
        account broadcast or aired by its media is that government's ("The Iranian government's
        version of events, broadcast by Press TV, is that ..."), and another party confirming a
        linked state outlet in the same sentence clears it as it clears a named one (", a distance
        South Korea's Joint Chiefs of Staff also gave [3]").
        Another party confirming in an "as" clause clears it ("as Xinhua reported and as a study in
        The Lancet later confirmed"). A phrase quoted inside the claim is not the outlet's own words
        ("blocked three apps for 'spreading destructive content', TASS said"), and a next sentence
        resting on state media itself, or about another state, or a reference-list entry confirms
        nothing of the claim.
        A subdomain takes its owner's state (english.news.cn is Xinhua's, as news.cn is), and a
        page's links to its own publisher's stories are navigation, not sources.
        """,
        why="""
        State-affiliated outlets are not independent on subjects where their government has a
        stake. A claim backed only by them is the government's account, and readers should be
        told so or given an independent source.
        """,
        flag="The strike destroyed 40 tanks, according to Russian state media.",
        ok=(
            "State media quoted the minister as saying the strike destroyed 40 tanks, "
            "a claim that could not be independently verified."
        ),
        silence="Add an independent source to the sentence, or attribute the claim as the government's account.",
    ),
)
def check_state_affiliated(doc: Document, ctx: Context) -> Iterator[Finding]:
    # One pass over the text for named state media; only sentences with a mention or a
    # state-affiliated citation are looked at further.
    candidates: dict[int, Sentence] = {}
    for m in _mentions(doc.text):
        s = doc.sentence_at(m.start)
        if s is not None and not doc.in_reference_zone(s.span.start):
            candidates[s.index] = s
    for c in doc.citations:
        if (
            c.rating_detail.get("state_affiliated")
            and not is_asset_url(c.url or "")
            and not is_navigation_url(c.url or "")
        ):
            for span in c.cited_by:
                s = doc.sentence_at(span.start)
                if s is not None:
                    candidates[s.index] = s
    own = registrable_domain(doc.meta.url) if doc.meta.url else None
    for index in sorted(candidates):
        if _corroborated(doc, candidates[index]):
            continue
        yield from _check_sentence(doc, candidates[index], own)


# A neighbouring sentence that confirms with an independent source: "Reuters, citing the regional
# governor, also said the fire was out", "South Korea's military confirmed the launch (Yonhap)".
_CONFIRMS = re.compile(
    r"\b(?:also|confirmed|confirms|confirming|independently|separately|corroborated|verified|likewise|too|"
    r"(?:the|a)\s+same\s+(?:toll|figure|number|count|total|account|estimate|tally))\b",
    re.I,
)  # "gave the same toll to the Associated Press"


_LONG_WORD = re.compile(r"[a-z]{4,}")
_COMMON_WORDS = frozenset(
    ["that", "with", "from", "have", "been", "said", "says", "were", "this", "they", "also", "their", "there",
     "which", "would", "could", "about", "after", "when", "what", "into", "than", "them", "will", "reported",
     "according", "confirmed", "state", "media"]
)  # fmt: skip


def _corroborated(doc: Document, s: Sentence) -> bool:
    """Whether the next sentence confirms the state media's claim from an independent source.

    Only what follows corroborates: a confirmation before a state-media claim is of something else
    ("the military confirmed a launch" does not vouch for "the payload was three times heavier").
    """
    for i in (s.index + 1,):
        if not 0 <= i < len(doc.sentences):
            continue
        other = doc.sentences[i]
        if abs(other.paragraph - s.paragraph) > 1:
            continue
        if _other_state(s.text, other.text):
            continue  # "Russia's digital ministry said separately that ..." after Iran's bill: another state's fact
        if (
            _same_figure(s.text, other.text)
            and (other.paragraph == s.paragraph or _shared_words(s.text, other.text))
            and not _DISPUTES.search(other.text)
            and _independent(doc, other)
        ):
            return (
                True  # "Local hospital staff told the BBC that at least 34 bodies ...": the same count, another source
            )
        if (
            other.paragraph == s.paragraph
            and len(_shared_words(s.text, other.text)) >= _RESTATED_WORDS
            and not _DISPUTES.search(other.text)
            and _named_confirmation(doc, other)
            and _independent(doc, other)
        ):
            return (
                True  # "Ukraine's military said the dam had been breached at 2am, flooding ...": the same fact, named
            )
        if (
            _BACK_SUBJECT.match(other.text)
            and not _DISPUTES.search(other.text)
            and not _UNCONFIRMED.search(other.text)
            and _independent(doc, other)
        ):
            return True  # "The toll was later confirmed by the city's health bureau to Reuters": the same fact, named
        if not _CONFIRMS.search(other.text) or _UNCONFIRMED.search(other.text):
            continue  # "Japan has not confirmed that claim": no confirmation
        if _state_mentions(other.text):
            continue  # "..., the Global Times reported, a fall also recorded in ...": it confirms its own claim
        shared = _shared_words(s.text, other.text)
        if not shared and not _CONFIRMS_IT.search(other.text):
            continue  # nothing in common and no "confirmed that depth": another fact
        cited = [c for c in doc.citations_in(other.span) if c.url and not is_asset_url(c.url)]
        independent = [c for c in cited if not c.rating_detail.get("state_affiliated")]
        if independent or (not _state_mentions(other.text) and _OTHER_SOURCE.search(other.text)):
            return True
        if not _mentions(other.text) and _named_confirmation(doc, other):
            return True
    return _evidence_after(doc, s)


_COUNT = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\w.,])\d{2,}(?![\w,])")


def _counts(text: str) -> set[str]:
    """The counts a sentence gives, commas dropped ("1,000" and "1000" meet); not years."""
    out = set()
    for m in _COUNT.finditer(text):
        digits = m.group(0).replace(",", "")
        if not ("," not in m.group(0) and len(digits) == 4 and 1900 <= int(digits) <= 2100):
            out.add(digits)
    return out


# A denial or a doubt restates a claim to refute it: "Ukraine's army denied that the village had fallen".
_DISPUTES = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|rejects?|rejected|disputes?|disputed|dismiss\w*|refut\w*|contradict\w*|false|"
    r"not|no|never|nothing|without|n['’]t|fake|fabricat\w*|propaganda|unfounded|baseless)\b",
    re.I,
)
# A sentence opening on the claim's fact by a noun pointing back at it: "The toll was given by hospital
# officials to AP", "That figure was confirmed by ...".
_BACK_SUBJECT = re.compile(
    r"\W*(?:the|that|this|those|these)\s+(?:same\s+)?(?:death\s+)?(?:toll|figure|figures|number|count|total|estimate|"
    r"account|claim|tally|report)\b",
    re.I,
)
_RESTATED_WORDS = 2  # content words a named source's next sentence shares with the claim to restate it


def _shared_words(claim: str, other: str) -> set[str]:
    """The content words two sentences share."""
    return (set(_LONG_WORD.findall(claim.lower())) & set(_LONG_WORD.findall(other.lower()))) - _COMMON_WORDS


def _same_figure(claim: str, other: str) -> bool:
    """Whether the other sentence gives a count the claim gives ("34 people" / "at least 34 bodies")."""
    return bool(_counts(claim) & _counts(other))


def _independent(doc: Document, other: Sentence) -> bool:
    """Whether a sentence rests on a source other than state media: it names no state outlet as
    support and cites an independent page, names an independent outlet or record, or names who says it."""
    if _state_mentions(other.text):
        return False
    cited = [c for c in doc.citations_in(other.span) if c.url and not is_asset_url(c.url)]
    if any(c.rating_detail.get("state_affiliated") for c in cited):
        return False
    return bool(cited) or _OTHER_SOURCE.search(other.text) is not None or _named_confirmation(doc, other)


def _evidence_after(doc: Document, s: Sentence) -> bool:
    """One of the two sentences after, in the same or the next paragraph, cites an independent record
    of the same fact ("Flightradar24 data showed no departures [link]", "Satellite images from Planet
    Labs [3] show the slide"): it cites no state media and shares a content word with the claim
    (two, unless it is the very next sentence of the paragraph and shows, records or confirms it)."""
    words = set(_LONG_WORD.findall(s.text.lower())) - _COMMON_WORDS
    for other in doc.sentences[s.index + 1 : s.index + 3]:
        if other.paragraph - s.paragraph > 1:
            break
        cited = [c for c in doc.citations_in(other.span) if c.url and not is_asset_url(c.url)]
        if any(c.rating_detail.get("state_affiliated") for c in cited) or _state_mentions(other.text):
            continue  # a record another state-media claim cites is of that claim
        if doc.in_reference_zone(other.span.start):
            break  # the list of references: no sentence of the story
        if _other_state(s.text, other.text):
            continue  # a record of another state's fact
        marked = bool(_MARKER_IN.search(other.text))  # "[3]": a reference the list resolves
        if not (cited or marked):
            continue
        need = 1 if other.index == s.index + 1 and other.paragraph == s.paragraph else 2
        if not _SHOWS.search(other.text):
            need = 2  # a source saying the same fact shares it; one word is a link about something else
            # ("The missile test drew condemnation from Seoul [1]" records nothing of the flight)
        if len(words & set(_LONG_WORD.findall(other.text.lower()))) >= need:
            return True
    return False


_MARKER_IN = re.compile(r"\[\d{1,3}\]")
# A record of the fact: it shows, records or confirms it ("Flightradar24 data showed no departures"), or
# is a record by what it is ("Active-fire detections from NASA's FIRMS satellite system cover ...").
_SHOWS = re.compile(
    r"\b(?:show|shows|showed|shown|showing|confirm\w*|corroborat\w*|verif\w*|record|records|recorded|indicat\w*|"
    r"match|matches|matched|reveal\w*|depict\w*|document\w*|data|detections?|imagery|images|footage|logs|"
    r"tracking|measurements?|readings?)\b",
    re.I,
)


# The confirmation points back at the state media's fact: "confirmed that depth", "confirmed the
# booking" (a noun phrase, not a clause of its own such as "confirmed the strike killed 40").
_CONFIRMS_IT = re.compile(
    r"\b(?:confirmed|confirms|corroborated|verified)\s+(?:that|this|these|those|the(?:\s+same)?)\s+"
    r"(?!(?:its|their|his|her|it|they|he|she|we|a|an|the|there)\b)[a-z]+\b"
    r"(?!\s+(?:had|has|have|was|were|is|are|would|will|did|could|may|might|[a-z]+ed)\b)"
    r"|\b(?:the|a)\s+same\s+(?:toll|figure|number|count|total|account|estimate|tally)\b"
)


_UNCONFIRMED = re.compile(
    r"\b(?:not|n['’]t|never|yet\s+to|declined\s+to|refused\s+to|unable\s+to|could\s+not)\s+(?:\w+\s+){0,2}?"
    r"(?:confirm|confirmed|verify|verified|corroborate|corroborated)\b",
    re.I,
)


def _named_confirmation(doc: Document, other: Sentence) -> bool:
    """The sentence names who confirms: a source by name, not state media ("Paul Ng confirmed ...")."""
    from auditor.language.attribution import document_attributions

    named = document_attributions(doc).named(other.index, scope=None)
    return any(not _mentions(a.source) for a in named)


# State media as the carrier of a government's own words: "... account, carried by the state news
# agency IRNA, is that", "the ministry said, in a statement carried by TASS": the claim is presented
# as that government's account, which its own media can source.
_CARRIER_BEFORE = re.compile(
    r"\b(?:carried|relayed|published|released|distributed|circulated|broadcast|aired|televised)[ \t\xa0]+(?:by|in|through|via|on)[ \t\xa0]+"
    r"(?:the[ \t\xa0]+)?(?:[\w'’\-]+[ \t\xa0]+){0,4}?$",
    re.I,
)
_CITING_GOVERNMENT = re.compile(
    r"[^.;]{0,60}?\bciting\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:ministry|government|governor|"
    r"authorities|military|army|spokes(?:man|woman|person)|president|minister|cabinet|kremlin)\b",
    re.I,
)
# Another party confirming the state outlet's fact in the same sentence: "..., a figure the city's main
# hospital confirmed to this newspaper" (not "..., a figure which Pyongyang has not confirmed").
# (an estimate, a claim or a toll that another party "later backed", "also reported", "shared in its
# June report"; ", and the Ukrainian military later acknowledged the strike")
_CONFIRMED_IN_SENTENCE = re.compile(
    r"[,;]\s+(?:(?:a|an)\s+[a-z]+|"
    r"which|something|and|while)\s+(?:that\s+|which\s+)?(?P<party>(?:the\s+)?"
    r"(?:(?!(?:not|never|yet|neither|nor|cannot|can['’]t|hasn['’]t|haven['’]t|didn['’]t|has\s+not|it|they|he|she|"
    r"was|were|is|are|be|been)\b)"
    r"[\w'’-]+\s+){1,6}?)(?:(?:later|also|since|independently|separately|subsequently|too)\s+)?"
    r"(?:(?:has|have|had)\s+)?(?:(?:since|also|later)\s+)?"
    r"(?:confirmed|corroborated|verified|backed|supported|echoed|acknowledged|matched|shared|repeated|endorsed|"
    r"(?<=also\s)(?:reported|said|gave|put)|(?<=independently\s)(?:reported|said|gave|put))\b",
    re.I,
)


_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|while|but)\b")
_PARTY = re.compile(r"\b(?:the\s+)?[A-Z][\w'’.-]+")


def _same_count_after(text: str, start: int, end: int) -> bool:
    """Whether a clause after the state media's mention and the claim has another party give the claim's count
    ("State media said 2,000 homes were destroyed; the Red Cross put the figure at 2,000 as well")."""
    cut = _CLAUSE_BREAK.search(text, end)
    if cut is None:
        return False
    before, after = text[: cut.start()], text[cut.end() :]
    if not (_counts(before) & _counts(after)) or _DISPUTES.search(after) or _UNCONFIRMED.search(after):
        return False
    party = _PARTY.search(after)
    return party is not None and not _mentions(after) and not _STATE_SIDE.search(party.group(0))


# "..., as the state agency Xinhua reported and as a study in The Lancet later confirmed": another
# party's confirmation in an "as" clause of its own.
_CONFIRMED_AS = re.compile(
    r"\bas\s+(?P<party>(?:the\s+|a\s+|an\s+)?(?:(?!(?:not|never|yet|it|they|he|she)\b)[\w'’.-]+\s+){1,8}?)"
    r"(?:(?:later|also|since|independently|separately|subsequently)\s+)?(?:(?:has|have|had)\s+)?"
    r"(?:confirmed|corroborated|verified|found|showed|documented)\b",
    re.I,
)


def _confirmed_in_sentence(text: str, after: int) -> bool:
    """Whether a party other than state media, or the state they speak for, confirms the claim later
    in its sentence (see above; not "which Pyongyang's military later confirmed")."""
    for pattern in (_CONFIRMED_IN_SENTENCE, _CONFIRMED_AS):
        m = pattern.search(text, after)
        if m is not None and not _mentions(m.group("party")) and not _STATE_SIDE.search(m.group("party")):
            return True
    return False


# The states whose media _NATION names, by country, capital or adjective: their own officials
# confirming their media's claim are not independent of it.
_STATE_SIDE = re.compile(
    r"\b(?:Russia|Russian|Moscow|Kremlin|China|Chinese|Beijing|North\s+Korea|North\s+Korean|Pyongyang|Korean\s+People|"
    r"Iran|Iranian|Tehran|Syria|Syrian|Damascus|Belarus|Belarusian|Minsk|Venezuela|Venezuelan|Caracas|Cuba|Cuban|Havana|"
    r"Eritrea|Eritrean|Asmara|Vietnam|Vietnamese|Hanoi|Turkey|Turkish|Ankara|Saudi|Riyadh)\b"
)


_SIDE = {
    **dict.fromkeys(("russia", "russian", "moscow", "kremlin"), "ru"),
    **dict.fromkeys(("china", "chinese", "beijing"), "cn"),
    **dict.fromkeys(("north korea", "north korean", "pyongyang", "korean people"), "kp"),
    **dict.fromkeys(("iran", "iranian", "tehran"), "ir"),
    **dict.fromkeys(("syria", "syrian", "damascus"), "sy"),
    **dict.fromkeys(("belarus", "belarusian", "minsk"), "by"),
    **dict.fromkeys(("venezuela", "venezuelan", "caracas"), "ve"),
    **dict.fromkeys(("cuba", "cuban", "havana"), "cu"),
    **dict.fromkeys(("eritrea", "eritrean", "asmara"), "er"),
    **dict.fromkeys(("vietnam", "vietnamese", "hanoi"), "vn"),
    **dict.fromkeys(("turkey", "turkish", "ankara"), "tr"),
    **dict.fromkeys(("saudi", "riyadh"), "sa"),
}


def _sides(text: str) -> set[str]:
    return {_SIDE.get(" ".join(m.group(0).lower().split()), "") for m in _STATE_SIDE.finditer(text)} - {""}


def _other_state(claim: str, other: str) -> bool:
    """Whether the two sentences are about different states ("Iran's parliament ..." / "Russia's
    digital ministry said separately ..."): a confirmation of another state's fact."""
    mine, theirs = _sides(claim), _sides(other)
    return bool(mine) and bool(theirs) and not (mine & theirs)


# The state's own proceedings, which its media are the record of: a meeting of a party or state organ
# ("a plenary meeting of the ruling party's Central Committee"), or a named leader's official act at
# the head of the claim ("Kim Jong Un inspected a munitions factory", "President Lukashenko met ...").
_OWN_PROCEEDINGS = re.compile(
    r"\b(?:meeting|session|plenum|plenary|congress|conference)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?i:party|committee|commission|cabinet|government|politburo|assembly|presidium|leadership|state\s+council)\b"
    r"|^\W*(?:[A-Z][\w'’.-]*\s+){1,4}(?:has\s+|had\s+|on\s+[A-Z]\w+\s+)?(?:met|visited|inspected|chaired|presided|"
    r"signed|hosted|toured|addressed|convened|oversaw|guided|congratulated|held\s+talks)\b"
)
_GOVERNMENT_ACCOUNT = re.compile(
    r"\b(?:official|government['’]?s?|ministry['’]?s?|kremlin['’]?s?|administration['’]?s?|authorities['’]?|"
    r"regional[ \t\xa0]+government|state['’]s)[ \t\xa0]+(?:[\w'’\-]+[ \t\xa0]+){0,2}?"
    r"(?:account|position|version|statement|line|view|said|says|claims?|denied|insisted)\b"
    r"|\b(?:ministry|government|kremlin|cabinet|presidency|military)\b(?![ \t\xa0]+sources?\b)[^.;]{0,40}\b(?:said|says|statement)\b",
    re.I,
)


def _check_sentence(doc: Document, s: Sentence, own: str | None = None) -> Iterator[Finding]:
    text = s.text
    if _HEDGED.search(text) or prose_words(doc, s) < 6:  # a link list item or caption is not a claim
        return
    cited = [c for c in doc.citations_in(s.span) if c.url and not is_asset_url(c.url)]
    if own:  # a publisher's links to its own stories are its navigation, not its sources
        cited = [c for c in cited if registrable_domain(c.url or "") != own]
    if any(not c.rating_detail.get("state_affiliated") for c in cited):
        return
    state_cited = [c for c in cited if c.rating_detail.get("state_affiliated")]
    mentions = _state_mentions(text)
    if mentions and _quotes_their_words(text, mentions[0].start):
        return  # state media quoted in their own words: a primary source for those
    if mentions:
        rest = text[: mentions[0].start] + " " + text[mentions[-1].end :]
        if _OTHER_SOURCE.search(rest):
            return
        if _OWN_PROCEEDINGS.search(rest):
            return  # "Xi Jinping chaired a meeting of the Politburo, Xinhua reported": the state's own record of its proceedings
        if (
            _CITING_GOVERNMENT.match(text, mentions[-1].end)
            or _confirmed_in_sentence(text, mentions[-1].end)
            or _same_count_after(text, mentions[0].start, mentions[-1].end)
        ):
            return  # "RIA reported, citing the agriculture ministry", "..., a figure the hospital confirmed"
        if _CARRIER_BEFORE.search(
            text, max(0, mentions[0].start - 60), mentions[0].start
        ) and _GOVERNMENT_ACCOUNT.search(text, 0, mentions[0].start):
            return  # "Russia's defence ministry said, in a statement carried by TASS, that": the government's account
        m = mentions[0]
        nation = _NATION_BEFORE.search(text, max(0, m.start - 30), m.start)
        begin = nation.start() if nation else m.start
        named = text[begin : m.end]
        yield Finding(
            "SRC002",
            Span(s.span.start + begin, s.span.start + m.end),
            f'This claim rests only on state-affiliated media ("{named}"). Such outlets are not '
            "independent where their government has a stake: add an independent source, or "
            "present the claim as the government's account.",
            related=[s.span],
            evidence={"named": named},
        )
    elif state_cited and not _OTHER_SOURCE.search(text) and not _confirmed_in_sentence(text, 0):
        # (", a distance South Korea's Joint Chiefs of Staff also gave [3]": another party confirms it)
        domains = sorted({c.rating_detail.get("domain_used") or c.domain or "" for c in state_cited})
        states = sorted({str(c.rating_detail["state"]) for c in state_cited if c.rating_detail.get("state")})
        countries = [x for x in states if "(" not in x]  # wiki-derived flags carry no country
        who = f" (state media of {', '.join(countries)})" if countries else ""
        yield Finding(
            "SRC002",
            s.span,
            f"This claim's only source is state-affiliated media: {', '.join(domains)}{who}. "
            "Add an independent source, or present the claim as that government's account.",
            related=[c.span for c in state_cited if not c.span.overlaps(s.span)],
            evidence={"domains": domains},
        )


# --- SRC004: an article whose statements rest on no source ----------------------------------------

THIN_SHARE = 10  # per cent: fewer sourced sentences than this is thin
THIN_MIN_SENTENCES = 8  # a shorter text says too little about how it is sourced


_OPINION = re.compile(
    r"(?:^|[/|_\-\s])(?:opinions?|commentary|comment|columns?|columnists?|editorials?|op-?eds?|letters)(?:$|[/|_\-\s.])",
    re.I,
)


# Desks whose copy is results and prices: scores, odds, winners, index and share moves are public
# record that nobody attributes (judged on real pages: a Derby post draw, a share-market update).
_RESULTS_DESK = re.compile(r"(?:^|/)(?:sports?|sport-news|markets?|stocks?|scores|results)(?:/|$)", re.I)


def _declared_genre(doc: Document) -> str:
    """What the page files itself as, when that is not reporting: "opinion", "results" or "".

    A results desk is a /sports/ or /markets/ section, or a site whose name says it covers sport.

    Signed commentary argues rather than reports, so counting its attributions says nothing
    about its sourcing (judged on real pages: every such SRC004 was a false alarm); the address
    or the title's section label says so.
    """
    from urllib.parse import urlsplit

    where = urlsplit(doc.meta.url).path if doc.meta.url else ""
    title = doc.meta.title or ""
    section = title.rsplit("|", 1)[1] if "|" in title else ""
    if _OPINION.search(where) or _OPINION.search(section) or _OPINION.search(doc.path.rsplit("/", 1)[0]):
        return "opinion"
    if _RESULTS_DESK.search(where):
        return "results"
    site = (registrable_domain(doc.meta.url) or "").split(".", 1)[0] if doc.meta.url else ""
    return "results" if site.startswith("sport") or site.endswith("sports") else ""  # skysports, oneesports


MODAL_SHARE = 0.4  # ... or where this share argues what would, should or could be
LIST_LINES = 2  # ... or with more than this many non-statement lines per statement: a list


def _not_reporting(doc: Document) -> str:
    """Why the piece is not the third-person reporting SRC004 measures, or "" if it is."""
    from auditor.language.genre import press_release
    from auditor.language.sourcing import technical_piece, writing_register

    genre = _declared_genre(doc)
    if genre:
        return genre
    if press_release(doc):
        return "release"  # the issuer's own announcement: the issuer is its source
    reg = writing_register(doc)
    if reg.credit:
        return "credited"  # a closing line names the source of the whole piece
    if reg.personal_piece:
        return "personal"  # a first-person account, a statement in the speaker's words, a how-to
    if reg.share(reg.modal) >= MODAL_SHARE:
        return "argument"
    if reg.lines > LIST_LINES * reg.statements:
        return "list"
    if technical_piece(doc):
        return "technical"  # a tutorial or release note: its statements are about the code it shows
    if reg.share(reg.personal) >= ESSAY_PERSONAL_SHARE and _dated_share(doc) < DATED_SHARE:
        return "essay"  # the writer's own voice telling no dated event: an essay, a guide, a profile
    return ""


ESSAY_PERSONAL_SHARE = 0.1  # ... or where this share speaks as I/we/you
DATED_SHARE = 0.1  # ... and fewer than this share dates anything: a report tells when things happened


def _dated_share(doc: Document) -> float:
    """The share of counted statements holding a date ("on Tuesday", "in March 2024", "last week")."""
    from bisect import bisect_left

    from auditor.language.dating import document_mentions
    from auditor.language.sourcing import counted_statements

    statements = counted_statements(doc)
    if not statements:
        return 0.0
    starts = sorted(m.span.start for m in document_mentions(doc))
    dated = 0
    for sent in statements:
        i = bisect_left(starts, sent.span.start)
        dated += i < len(starts) and starts[i] < sent.span.end
    return dated / len(statements)


@rule(
    "SRC004",
    "thin-sourcing",
    "sources",
    Severity.WARNING,
    "an article where fewer than 1 sentence in 10 names, describes or links a source",
    RuleDocs(
        what=f"""
        Flags an English article of at least {THIN_MIN_SENTENCES} body sentences in which fewer
        than {THIN_SHARE} % of the sentences tell readers where their statement comes from: a named
        source ("Smith said", "according to the ministry"), a described one ("two officials
        familiar with the talks") or a link or reference. Sentences crediting a vague group
        ("analysts say") do not count as sourced. The scorecard's sourcing summary shows the same
        counts; the finding sits on the first statement (headings, titles, photo captions, a
        sentence printed twice and sentences in another language are not counted). It measures
        third-person reporting, so it leaves alone pages whose article was not read in full
        (AUD005), pages that file themselves as opinion (an address or a title section such as
        /opinion/, "| COMMENTARY") or under a results desk (/sports/, /markets/, a sports site
        such as skysports.com: scores, odds and prices are public record), press releases (a
        release header such as "FOR IMMEDIATE RELEASE" or a contact block with a telephone number
        or an address above the body, a closing "###" or "-30-", or a public office announcing
        "today" in the opening: the issuer is the source of what it announces), pieces where at least {int(PERSONAL_SHARE * 100)} % of the
        statements speak as I or we or to the reader as you (a first-person blog post, a
        how-to, a statement in its author's words), pieces where at least
        {int(MODAL_SHARE * 100)} % argue what would, should or could be, lists (more than
        {LIST_LINES} lines without a stop per statement), technical pieces (a Markdown body showing
        code, in blocks or spans, at least twice and once per 20 statements: a
        tutorial or a release note, whose statements are about the code it shows), pieces in the
        writer's own voice (I, we or you in at least 1 statement in 10) that date no event (fewer
        than 1 statement in 10 holds a date: an essay, a guide, a team's account of how it works)
        and pieces with a
        closing credit for the whole ("(Sourcing: much of this list was obtained from ...)").
        """,
        why="""
        An article where nearly nothing is attributed asks readers to take every statement on the
        writer's word; sourcing is what lets an editor and a reader check it.
        """,
        flag=(
            "The bridge will close in May. Repairs will cost more than planned. Traffic will move to "
            "the old road. Shops nearby expect fewer customers. The works will last two years. A new "
            "bus line will open. Parking will be free during the works. The bridge opened in 1962."
        ),
        ok=(
            "The bridge will close in May, the city council said. Repairs will cost more than planned. "
            "Traffic will move to the old road. Shops nearby expect fewer customers. The works will last "
            "two years. A new bus line will open. Parking will be free during the works. The bridge "
            "opened in 1962."
        ),
        silence=(
            "Attribute the article's key statements (who said, reported or published them) or link "
            "the sources; for opinion pieces and notices, `per-file-ignores` with SRC004."
        ),
    ),
)
def check_thin_sourcing(doc: Document, ctx: Context) -> Iterator[Finding]:
    from auditor.language.sourcing import counted_statements, sentence_sourcing, sourced_share

    if doc.meta.body_note:
        return  # a page whose article was not read
    counts = sentence_sourcing(doc)
    sourced, total = sourced_share(counts)
    if total < THIN_MIN_SENTENCES or sourced * 100 >= THIN_SHARE * total or _not_reporting(doc):
        return
    first = counted_statements(doc)[0]
    parts = ", ".join(f"{counts[k]} {k}" for k in ("named", "described", "cited"))
    yield Finding(
        "SRC004",
        first.span,
        f"Only {sourced} of {total} sentences name, describe or link a source ({parts}; "
        f"{counts['unnamed']} credit an unnamed group, {counts['nothing']} attribute nothing): "
        "readers cannot tell where the article's statements come from.",
        fix="say who said or reported the key statements, or link their sources",
        evidence={"sourced": sourced, "sentences": total, **{k: counts[k] for k in counts}},
    )
