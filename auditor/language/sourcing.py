"""How an article's sentences are sourced: the counts behind the scorecard's sourcing summary and SRC004.

Each body sentence counts once, under the strongest attribution it carries
(named > described > unnamed), as :mod:`auditor.language.attribution` reads it; a
sentence without attribution that links or cites a reference counts as ``cited``,
and one with neither as ``nothing``. Lines without a final stop (headings, titles,
captions) are not statements and are not counted. Attribution is read from English wording, so
other languages count no sentences (the summary and SRC004 then say nothing).
"""

from __future__ import annotations

import bisect
import re

from auditor.model import Document

_STATEMENT_END = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$")  # a heading, caption or title line has none

SENTENCE_KINDS = ("named", "described", "unnamed", "cited", "nothing")
SOURCED_KINDS = ("named", "described", "cited")  # a reader can tell where the sentence comes from


def sentence_sourcing(doc: Document) -> dict[str, int]:
    """Body sentences by how they are sourced (see the module docstring), computed once per document."""
    return dict(doc.derived("sourcing.sentences", _compute))


def _compute(doc: Document) -> dict[str, int]:
    from auditor.language.attribution import document_attributions
    from auditor.language.languageid import doc_is_english

    counts = dict.fromkeys(SENTENCE_KINDS, 0)
    sentences = doc.body_sentences
    if not sentences or not doc_is_english(doc):
        return counts
    attributions = document_attributions(doc)
    cited = sorted((s.start, s.end) for c in doc.citations for s in c.cited_by)
    cited_starts = [a for a, _ in cited]
    for sent in sentences:
        if not is_statement(sent.text):
            continue
        kinds = {a.kind for a in attributions.in_sentence(sent.index)}
        kind = next((k for k in ("named", "described", "unnamed") if k in kinds), "")
        if not kind:
            i = bisect.bisect_left(cited_starts, sent.span.start)
            inside = i < len(cited) and cited[i][0] < sent.span.end
            kind = "cited" if inside else "nothing"
        counts[kind] += 1
    return counts


def is_statement(text: str) -> bool:
    """Whether a sentence ends like a statement (a heading, title or caption does not)."""
    return bool(_STATEMENT_END.search(text))


def sourced_share(counts: dict[str, int]) -> tuple[int, int]:
    """(sentences that name, describe or cite a source, all sentences counted)."""
    return sum(counts.get(k, 0) for k in SOURCED_KINDS), sum(counts.get(k, 0) for k in SENTENCE_KINDS)
