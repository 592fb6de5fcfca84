"""A small, conservative measure of whether a fetched page is about the claim citing it (NET005).

It compares content words (lower-cased, cut to a five-letter stem, stop words
dropped) and numbers of the page's title, description and lead with those of
the citing sentences, the link text and the article's title. A page is called
unrelated only when the two share *nothing* and both sides say enough to judge:
a zero-overlap test is blunt, but it almost never fires on a page that is
really about the claim, which is what matters for an editor's report.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]{4,}|\d[\d,.]*\d|\d{3,}", re.UNICODE)
_STOP_WORDS = """
    about above after again against also although among another anything around away back been before
    being below between both came come could does doing down during each either else even ever every
    from further give given going good great have having here however into itself just keep know last
    least less like made make many more most much must near never news next often once only other
    others over own part people said same says should show since some still such take than that their
    them then there these they thing think this those though three through time told took toward under
    until upon very want well were what when where whether which while will with within without would
    year years your report reports reported according today yesterday week month new first latest
    read more page home article articles story stories update updated live video photo photos image
    images sign subscribe newsletter cookie cookies privacy policy terms menu search share click
    """
_STOP = frozenset(_STOP_WORDS.split())


def tokens(text: str) -> set[str]:
    """Stemmed content words and normalised numbers of ``text``."""
    out: set[str] = set()
    for m in _WORD.finditer(text or ""):
        w = m.group(0).lower()
        if w[0].isdigit():
            digits = w.replace(",", "").replace(".", "")
            if len(digits) >= 3:
                out.add(digits)
            continue
        if w in _STOP:
            continue
        out.add(w[:5])
    return out


def unrelated(page_text: str, claim_text: str, min_page: int = 6, min_claim: int = 5) -> bool:
    """True when the page and the claim share no content word and both say enough."""
    page, claim = tokens(page_text), tokens(claim_text)
    if len(page) < min_page or len(claim) < min_claim:
        return False
    return not (page & claim)
