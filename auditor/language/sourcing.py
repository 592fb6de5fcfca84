"""How an article's sentences are sourced: the counts behind the scorecard's sourcing summary and SRC004.

Each body sentence counts once, under the strongest attribution it carries
(named > described > unnamed), as :mod:`auditor.language.attribution` reads it; a
sentence without attribution that links or cites a reference counts as ``cited``,
and one with neither as ``nothing``. Lines without a final stop (headings, titles,
captions) are not statements and are not counted, nor are photo captions that do end in a stop
("FILE - In this June 20, 2020, file photo, ..."), a sentence printed twice (a caption or teaser
repeating the text) after its first time, and sentences in another language. Attribution is read
from English wording, so other languages count no sentences (the summary and SRC004 then say
nothing).

:func:`writing_register` says how the piece is written (first or second person, conditionals,
a list of lines, a closing credit for the whole piece): SRC004 measures news-style attribution,
which only reporting in the third person owes its readers.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from auditor.model import Document, Sentence

_STATEMENT_END = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$")  # a heading, caption or title line has none
_STOPS = ".!?…:;"  # what is_statement reads for _STATEMENT_END: a stop ...
_CLOSERS = "\"'”’)]"  # ... then closing quotes and brackets, then white space

SENTENCE_KINDS = ("named", "described", "unnamed", "cited", "nothing")
SOURCED_KINDS = ("named", "described", "cited")  # a reader can tell where the sentence comes from

# A photo caption: the wire's "FILE -" prefix, "In this ... photo/screengrab", a credit line, or a
# trailing "(AP Photo/Name)". Captions describe a picture; nobody attributes them.
_CAPTION = re.compile(
    r"^\W*(?:FILE\s*[-–—]|In\s+this\s+(?:[\w,'’-]+\s+){0,6}?(?:photo|image|picture|screengrab|screenshot|"
    r"still|video\s+grab|frame\s+grab|handout)s?\b|(?:Photo|Image|Picture|Photograph|Credit)s?(?:\s+credit)?\s*:)"
    r"|\((?:[A-Z][\w.]*\s+)?(?:Photo|Images?)\s*/[^)]{1,60}\)\s*$"
)
_HEAD, _BAR, _CREDIT = _CAPTION.pattern.partition(r"|\((?:[A-Z]")  # its two top-level branches
_CAPTION_HEAD = re.compile(_HEAD)
_CAPTION_CREDIT = re.compile(_BAR[1:] + _CREDIT)
_ENGLISH_FUNCTION = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "a",
        "an",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "for",
        "on",
        "with",
        "that",
        "this",
        "from",
        "by",
        "as",
        "it",
        "its",
        "he",
        "she",
        "they",
        "his",
        "her",
        "their",
        "our",
        "we",
        "you",
        "has",
        "have",
        "had",
        "will",
        "not",
        "but",
        "or",
        "than",
        "which",
        "who",
    ]
)
_ENGLISH_FUNCTION_BYTES = frozenset(w.encode() for w in _ENGLISH_FUNCTION)
# Every byte that is not [A-Za-z] becomes a space: the words of [A-Za-z]+ by str.split (see _foreign).
_NOT_A_LETTER = bytes(b if 65 <= b <= 90 or 97 <= b <= 122 else 32 for b in range(256))


def is_caption(text: str) -> bool:
    """Whether a sentence is a photo caption or credit line (see ``_CAPTION``)."""
    # its two branches apart: each alone lets the engine skip ahead (the start of the text; an "(")
    return _CAPTION_HEAD.match(text) is not None or _CAPTION_CREDIT.search(text) is not None


def _foreign(text: str) -> bool:
    """A sentence of eight or more words with none of the commonest English function words.

    Catches the other language's sentences of a mixed page (Tagalog narration around English quotes).
    """
    if " the " in text or " of " in text or " to " in text or " and " in text or " in " in text or " a " in text:
        return False  # most sentences: a function word between two spaces is one of the runs read below
    words = text.split()
    if len(words) < 8:
        return False
    # the runs of [A-Za-z], lowered: every character outside ASCII becomes "?", then a space
    return _ENGLISH_FUNCTION_BYTES.isdisjoint(text.encode("ascii", "replace").translate(_NOT_A_LETTER).lower().split())


def counted_statements(doc: Document) -> list[Sentence]:
    """The body sentences the sourcing counts read: statements, not captions, repeats or another language."""
    return list(doc.derived("sourcing.statements", _statements))


def _statements(doc: Document) -> list[Sentence]:
    seen: set[str] = set()
    out = []
    for sent in doc.body_sentences:
        text = sent.text.strip()
        if not is_statement(text) or is_caption(text) or text in seen or _foreign(text):
            continue
        seen.add(text)
        out.append(sent)
    return out


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
    for sent in counted_statements(doc):
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
    # _STATEMENT_END read from the end: white space, then closing quotes and brackets, then the stop
    end = text.rstrip().rstrip(_CLOSERS)
    return bool(end) and end[-1] in _STOPS


def sourced_share(counts: dict[str, int]) -> tuple[int, int]:
    """(sentences that name, describe or cite a source, all sentences counted)."""
    return sum(counts.get(k, 0) for k in SOURCED_KINDS), sum(counts.get(k, 0) for k in SENTENCE_KINDS)


# --- how the piece is written ---------------------------------------------------------------------

_QUOTED = re.compile(r"[\"“][^\"“”]{0,600}[\"”]")
# The writer speaking as I or we, or to the reader as you ("US", the country, is not "us").
# Written as \b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Uu]s|[Oo]ur|[Oo]urs|[Oo]urselves|[Yy]ou|[Yy]our|
# [Yy]ours|[Yy]ourself|[Yy]ourselves)\b, which finds the same words: a pattern opening on a character
# class lets the engine skip to a candidate letter in C, where a leading \b is tried at every position
# (3x cheaper per sentence). The look-behind after the first letter is the \b before it; each
# branch then names its first letter again. tests/test_pattern_speed.py checks both agree.
_PERSONAL = re.compile(
    r"[IMmWwUuOoYy](?<!\w[IMmWwUuOoYy])"
    r"(?:(?<=I)|(?<=[Mm])(?:e|y|ine|yself)|(?<=[Ww])e|(?<=[Uu])s|(?<=[Oo])ur(?:s|selves)?|"
    r"(?<=[Yy])ou(?:r|rs|rself|rselves)?)\b"
)
# Conditionals and modals: what would, should or could be argues or advises; it reports nothing.
# \b(?:would|should|could|might|must|ought|may)(?:n['’]t)?\b, opening on a class (see _PERSONAL).
_MODAL = re.compile(
    r"[wscmo](?<!\w[wscmo])(?:(?<=w)ould|(?<=s)hould|(?<=c)ould|(?<=m)(?:ight|ust|ay)|(?<=o)ught)(?:n['’]t)?\b"
)
# A closing credit for the whole piece: "(Sourcing: much of this list was obtained from ...)",
# "This post is based on a recent piece that the author wrote for Bloomberg."
_PIECE_CREDIT = re.compile(
    r"^\W*(?:Sourcing|Sources?)\s*:\s*\w"
    r"|\b(?:this|the\s+above)\s+(?:list|article|story|post|report|piece|round-?up|roundup|information|data|"
    r"figures|table|guide|timeline)\s+(?:was|were|is|are|has\s+been|have\s+been)\s+"
    r"(?:(?:largely|mostly|partly|mainly|partially|primarily)\s+)?"
    r"(?:obtained|compiled|drawn|taken|sourced|adapted|based|derived|gathered|excerpted|reprinted)\s+(?:from|on)\s+\w",
    re.I,
)

# Words every match of _PIECE_CREDIT holds, written without "i" (which re.I also matches as "ı" and
# "İ"): a sentence holding none, folded as re.I folds, cannot match (most sentences; the pattern's
# leading \b and re.I make it costly to try at every position).
_CREDIT_WORDS = ("sourc", "obta", "comp", "drawn", "taken", "adapted", "based", "der", "gathered", "excerpted", "repr")


def _may_credit(text: str) -> bool:
    """False when ``text`` cannot match :data:`_PIECE_CREDIT` (a necessary test, never a sufficient one)."""
    low = text.lower() if text.isascii() else text.casefold()
    return any(w in low for w in _CREDIT_WORDS)


PERSONAL_SHARE = 0.3  # a piece where this share of statements says I/we/you is an account or a guide


@dataclass(frozen=True, slots=True)
class Register:
    """How a piece is written, from its counted statements and its other lines."""

    statements: int  # counted statements (see counted_statements)
    personal: int  # statements in which the writer says I/we or addresses you, outside quotations
    modal: int  # statements built on would/should/could/might/must/may
    lines: int  # body lines that are not statements: headings, list items, names, captions
    credit: str  # a sentence crediting the whole piece to a source, or ""

    def share(self, n: int) -> float:
        return n / self.statements if self.statements else 0.0

    @property
    def personal_piece(self) -> bool:
        """Written as I or we, or to the reader as you: a blog post, a how-to, a statement."""
        return self.share(self.personal) >= PERSONAL_SHARE


CODE_SHARE = 0.05  # a Markdown body showing code at least this often per statement (twice or more) is technical


def technical_piece(doc: Document) -> bool:
    """Whether the piece shows code (blocks or spans) at least twice and once per 20 statements: a
    tutorial, a release note, a project's newsletter. Its statements are about the code it shows, and
    its links point at tools, packages and docs named by their own terms, not at reports."""
    # fewer than two code blocks or spans: never technical, and the register's pass is not needed
    return doc.meta.code >= 2 and doc.meta.code >= CODE_SHARE * writing_register(doc).statements


def writing_register(doc: Document) -> Register:
    """How the piece is written (see :class:`Register`), computed once per document."""
    return doc.derived("sourcing.register", _register)


PERSONAL_WORD = _PERSONAL  # I, me, my, we, us, our, you, your ...: the writer or the reader addressed


def writes_in_person(doc: Document) -> bool:
    """``writing_register(doc).personal > 0``, with one cheap pass first: a piece with no I, we or you
    anywhere has none in its statements, and its register need not be read for that."""
    if _PERSONAL.search(doc.text) is None:
        return False
    return writing_register(doc).personal > 0


def _register(doc: Document) -> Register:
    statements = counted_statements(doc)
    personal = modal = 0
    credit = ""
    for sent in statements:
        text = sent.text
        # most statements quote nobody: no opening quote mark, nothing for _QUOTED to take out
        bare = _QUOTED.sub(" ", text) if '"' in text or "“" in text else text
        personal += bool(_PERSONAL.search(bare))
        modal += bool(_MODAL.search(bare))
        if not credit and _may_credit(sent.text) and _PIECE_CREDIT.search(sent.text):
            credit = sent.text.strip()
    lines = sum(1 for s in doc.body_sentences if not is_statement(s.text))
    return Register(len(statements), personal, modal, lines, credit)
