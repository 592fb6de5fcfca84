"""Patterns rewritten for speed find what the patterns they replace found (issue 15).

Each rewrite keeps its meaning and only changes how the engine searches: a pattern opening on a
character class skips to candidate characters in C, where a leading ``\\b`` (or a look-behind) is
tried at every position, and a cheap necessary test spares a costly pattern most texts. Each is
checked here against the original pattern's text on the seeds' sentences, on hand-made edge cases
(string starts and ends, underscores, digits, letters outside ASCII, the characters ``re.I`` folds
specially) and on random strings over an alphabet built to hit the words.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from auditor.language import sourcing
from auditor.reading import excerpts
from auditor_rules import sources

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

PERSONAL = (
    r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Uu]s|[Oo]ur|[Oo]urs|[Oo]urselves|[Yy]ou|[Yy]our|[Yy]ours|"
    r"[Yy]ourself|[Yy]ourselves)\b"
)
MODAL = r"\b(?:would|should|could|might|must|ought|may)(?:n['’]t)?\b"
INVISIBLE = (
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u180e\u200b\u200e\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
    r"|(?<!\w)[\u200c\u200d]|[\u200c\u200d](?!\w)"
)

EDGES = [
    "",
    "I",
    "I.",
    "_I",
    "I_",
    "9we",
    "we9",
    "éwe",
    "weé",
    "We're here",
    "Ourselves",
    "oursel",
    "ours",
    "ourse",
    "yourselves!",
    "yourselve",
    "mine, myself",
    "mY",
    "MY",
    "US officials",
    "us",
    "Us",
    "mustn't",
    "mustn’t",
    "mightn't've",
    "shouldnt",
    "would-be",
    "wouldn't",
    "could",
    "Could",
    "ought",
    "oughtn't",
    "mayday",
    "may",
    "ıt",
    "İt",
    "ſourcing: the list",
    "Sources: the agency",
    "This list was obtaıned from the agency.",
    "This LIST WAS COMPILED FROM records",
    "The above data were derived from the survey.",
    "This piece has been reprinted on the site",
    "the channel run by the ministry",
    "a newspaper, which is owned by the state",
    "a website operated by the Kremlin",
    "a\u200cb",
    " \u200c",
    "\u200d ",
    "\u200b",
    "x\x1by",
    "\ufeff",
]

ALPHABET = list("IMmWwUuOoYyeisrlfhcdutgany' _-.:,9éıİſK’\u200c\u200d\u200b\x07") + [" "] * 6


def _sentences() -> list[str]:
    from auditor.reading.loaders import load_path

    out = []
    for path in sorted(SEEDS.iterdir()):
        if path.is_file():
            doc = load_path(path)
            out += [s.text for s in doc.sentences]
            out.append(doc.text)
    return out


def _randoms(n: int = 4000, seed: int = 15) -> list[str]:
    rng = random.Random(seed)
    words = ["we", "our", "ours", "ourselves", "you", "your", "my", "me", "us", "I", "would", "mustn't",
             "may", "ought", "sources:", "sourcing:", "this list was", "obtained from", "derived from",
             "run by", "owned by the state", "channel"]  # fmt: skip
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(0, 6)):
            parts.append(
                rng.choice(words) if rng.random() < 0.5 else "".join(rng.choices(ALPHABET, k=rng.randint(1, 5)))
            )
        out.append(("" if rng.random() < 0.5 else " ").join(parts))
    return out


def _texts() -> list[str]:
    return EDGES + _sentences() + _randoms()


def test_personal_and_modal_find_what_the_word_alternations_found() -> None:
    for original, rewritten in ((PERSONAL, sourcing._PERSONAL), (MODAL, sourcing._MODAL)):
        reference = re.compile(original)
        for text in _texts():
            assert [m.span() for m in rewritten.finditer(text)] == [m.span() for m in reference.finditer(text)], text


def test_credit_gate_never_refuses_a_credit() -> None:
    for text in _texts():
        if sourcing._PIECE_CREDIT.search(text):
            assert sourcing._may_credit(text), text
    assert not sourcing._may_credit("The minister said on Tuesday that talks would resume.")


def test_invisible_class_holds_every_character_the_pattern_matches() -> None:
    reference = re.compile(INVISIBLE)
    for text in _texts():
        if reference.search(text):
            assert excerpts._MAYBE_INVISIBLE.search(text), repr(text)
        assert excerpts.visible(text) == (reference.sub(excerpts._escape, text) if text else text)
        assert excerpts.has_invisible(text) == (reference.search(text) is not None)


def test_described_state_gate_never_refuses_a_description() -> None:
    for text in _texts():
        if sources._DESCRIBED_STATE.search(text):
            assert sources._DESCRIBED_GATE.search(text.lower()), text


def test_foreign_sentence_test_unchanged() -> None:
    words = re.compile(r"[A-Za-z]+")
    for text in _texts():
        expected = len(text.split()) >= 8 and not any(
            w.lower() in sourcing._ENGLISH_FUNCTION for w in words.findall(text)
        )
        assert sourcing._foreign(text) == expected, text


def test_word_runs_by_bytes_are_the_regex_runs() -> None:
    from auditor.language import languageid

    runs = re.compile(r"[a-z]+")
    for text in _texts():
        low = text.lower()
        assert languageid._words(low) == [w.encode() for w in runs.findall(low)], text


def test_whitespace_runs_by_split_are_the_regex_runs() -> None:
    from auditor.workflow import ledger

    spaces = re.compile(r"\s+")
    odd = ["\x1c a\x1d\x1e\x1fb\x85c\u2028d\u3000 e\u00a0f\u200bg", "\t\n\r\x0b\x0c", " x  y ", "\ufeffz"]
    for text in _texts() + odd:
        assert " ".join(text.split()) == spaces.sub(" ", text).strip(), repr(text)
        assert excerpts.clip(text, 0, 0, width=10_000) == spaces.sub(" ", text).strip(), repr(text)
        assert ledger.normalise(text) == ledger.normalise(text + " ")


def test_initialisms_and_captions_unchanged() -> None:
    from auditor.language import relevance

    initialism = re.compile(r"\b[A-Z]{3,}s?\b")
    texts = [*_texts(), "SBOM", "SBOMs", "xSBOM", "_NASA", "NASA_", "ÉNASA", "NASAs are", "AB", "ABC.", "9ABC", "ABCé"]
    for text in texts:
        assert relevance._INITIALISM.findall(text) == initialism.findall(text), text
    captions = [
        "FILE - A man walks.",
        "  In this June 20, 2020, file photo, a man walks.",
        "Photo: Reuters",
        "Photographs credit: AP",
        "A man walks. (AP Photo/Jane Doe)",
        "A man walks (Images/Getty) ",
        "(Photo/x",
        "In this photo",
        "—FILE—",
    ]
    for text in texts + captions:
        assert sourcing.is_caption(text) == bool(sourcing._CAPTION.search(text)), text


def test_markdown_escape_unchanged() -> None:
    from auditor.reporting import markdown

    for text in [*_texts(), "# heading", "  - item", "12. item", "3) x", "١٢. x", "+1", "=x", "!x", "\u00a0-x"]:
        v = excerpts.visible(text)
        expected = markdown._MD_LEADING.sub(markdown._escape_leading, v) if text else ""
        if text and markdown._NEEDS_ESCAPE.search(text):
            continue  # the chain before changes the text first; compared on the texts it leaves alone
        assert markdown.esc(text) == expected, repr(text)


def test_joined_words_unchanged() -> None:
    from auditor.language import relevance

    camel = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+|[A-Z]{2,}(?![a-z]))+\b")
    joined = [
        "NetlifyCMS",
        "GitHub",
        "xGitHub",
        "_GitHub",
        "éGitHub",
        "GitHubé",
        "PowerShell's",
        "AbC",
        "AbCD",
        "AbCDe",
    ]
    for text in [*_texts(), *joined, " ".join(joined)]:
        assert relevance._CAMEL_TOKEN.findall(text) == camel.findall(text), text


def test_characters_outside_ascii_by_bytes_are_the_regex_ones() -> None:
    from auditor.language.trie import non_ascii

    pattern = re.compile(r"[^\x00-\x7f]")
    for text in [*_texts(), "a\udc80b", "\ud800", "“quoted” — ‘x’ ﬁ 𝔸", "plain ascii"]:
        assert non_ascii(text) == "".join(pattern.findall(text)), text


def test_clause_ends_unchanged() -> None:
    from auditor.language import attribution

    clause_end = re.compile(r"(?<!\b[A-Z])[.!?;:][\s”\"’)]+|[\n(“\"]")
    ends = ["U.S. officials", "A. B", "the U. said", "x.y", "Mr. Smith", ".”", "A.\n", "aB. c", '(a) “b” "c"', "É. x"]
    rng = random.Random(7)
    noise = ["".join(rng.choices('aAZé._ .!?;:\n(“"”’)', k=rng.randint(0, 14))) for _ in range(4000)]
    for text in [*_texts(), *ends, *noise]:
        assert [m.span() for m in attribution._CLAUSE_END.finditer(text)] == [
            m.span() for m in clause_end.finditer(text)
        ], text


ASCII = [chr(i) for i in range(128)]
_CLASSES = {"DIGIT": r"\d", "NOT_DIGIT": r"\D", "SPACE": r"\s", "NOT_SPACE": r"\S", "WORD": r"\w", "NOT_WORD": r"\W"}


def _same(ch: str, code: int, ignore: bool) -> bool:
    c = chr(code)
    folds = (str.lower, str.upper, str.casefold)
    return ch == c or (ignore and any(f(ch) == f(c) for f in folds))


def _in_class(items: list, ch: str, ignore: bool) -> bool:
    from re import _constants as sre

    hit, negate = False, False
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            hit |= _same(ch, av, ignore)
        elif op is sre.RANGE:
            hit |= any(av[0] <= ord(c) <= av[1] for c in ({ch, ch.lower(), ch.upper()} if ignore else {ch}))
        elif op is sre.CATEGORY:
            hit |= bool(re.fullmatch(_CLASSES[str(av).removeprefix("CATEGORY_").removeprefix("UNI_")], ch))
        else:  # an item this walk does not know: it may match
            return True
    return hit != negate


def _first(items: object, ignore: bool) -> tuple[set[str], bool]:
    """The ASCII characters a parsed pattern can start with (a superset), and whether it can match empty."""
    out: set[str] = set()
    for op, av in items:  # type: ignore[attr-defined]
        first, empty = _first_of(op, av, ignore)
        out |= first
        if not empty:
            return out, False
    return out, True


def _first_of(op: object, av: object, ignore: bool) -> tuple[set[str], bool]:
    from re import _constants as sre

    if op is sre.LITERAL:
        return {ch for ch in ASCII if _same(ch, av, ignore)}, False  # type: ignore[arg-type]
    if op is sre.NOT_LITERAL:
        return {ch for ch in ASCII if not _same(ch, av, ignore)}, False  # type: ignore[arg-type]
    if op is sre.ANY:
        return set(ASCII), False
    if op is sre.IN:
        return {ch for ch in ASCII if _in_class(av, ch, ignore)}, False  # type: ignore[arg-type]
    if op is sre.SUBPATTERN:
        _, add, delete, inner = av  # type: ignore[misc]
        return _first(inner, (ignore or bool(add & re.I)) and not delete & re.I)
    if op is sre.BRANCH:
        alternatives = [_first(alt, ignore) for alt in av[1]]  # type: ignore[index]
        return set().union(*(f for f, _ in alternatives)), any(e for _, e in alternatives)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, _, inner = av  # type: ignore[misc]
        first, empty = _first(inner, ignore)
        return first, empty or low == 0
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _first(av, ignore)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True  # zero width: what follows starts the match
    return set(ASCII), True  # a back-reference, anything else: could be anything


def test_date_grammar_pieces_start_only_with_the_characters_they_declare() -> None:
    """Each branch of the date grammar (and each word of its gate) is tried only at a word whose first
    character it declares: the declaration must hold every ASCII character the piece can start with."""
    from re import _parser

    from auditor.language import dating

    for chars, source in (*dating._BRANCHES, *dating._GATE_ALTERNATIVES):
        first, empty = _first(_parser.parse(source, re.VERBOSE), False)
        assert not empty, source
        assert first <= set(chars), (source[:60], sorted(first - set(chars)))


def test_first_characters_walk() -> None:
    from re import _parser

    def first(p: str) -> str:
        return "".join(sorted(_first(_parser.parse(p, re.VERBOSE), False)[0]))

    assert first(r"(?<![\w])(?i:ab|c)x") == "ACac"
    assert first(r"(?:\d{0,2}|q)?z") == "0123456789qz"
    assert first(r"(?P<n>[^\W\d_]{2})") == "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    assert first(r"(?i:[s-t])") == "STst"


def _word_starts() -> list[tuple[str, int]]:
    from auditor.language import dating

    root = SEEDS.parent / "bench" / "corpus"
    texts = [p.read_text("utf-8", "replace") for p in sorted(SEEDS.iterdir()) if p.is_file()]
    for name in ("dev", "fresh", "fresh3", "fresh4"):
        texts += [p.read_text("utf-8", "replace") for p in sorted((root / name).rglob("*")) if p.is_file()]
    rng = random.Random(30)
    words = ["in", "the", "since", "last", "this", "next", "May", "March", "Sept.", "Monday", "Today", "today", "2024",
             "12", "1st", "Q3", "H1", "of", "summer", "Summer", "ago", "years", "days", "early", "mid-", "late", "on",
             "at", "weekend", "past", "few", "two", "Two", "ſince", "İn", "ın", "Kn", "TODAY", "LAST", "third", "quarter",
             "half", "from", "to", "-", "–", ",", ".", "'s", "’s", "1990s", "2019-2020", "2024-03-05", "5/6/2024", "%",
             "per cent", "$", "#", "_", "é", "\n", "Tuesday's", "tonight", "yesterday", "so far this", "towards the end"]  # fmt: skip
    seps = ["", " ", " ", "  ", "\t", "-", ","]
    texts += ["".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 8))) for _ in range(6000)]
    return [(t, w.start()) for t in texts for w in dating._WORD_START.finditer(t)]


def test_date_grammar_by_first_character_matches_as_the_whole_grammar() -> None:
    """At every word start of the seeds, the tuning corpora and random strings (and with the text cut
    short after it), what is tried for the word's first character gives the match the whole grammar
    gives: span, branch, and every group."""
    from auditor.language import dating

    def seen(m: re.Match[str] | None) -> object:
        return m and (m.span(), m.lastgroup, {k: m.span(k) for k, v in m.groupdict().items() if v is not None})

    starts = _word_starts()
    assert len(starts) > 100_000
    matched = 0
    for text, at in starts:
        for end in (len(text), min(len(text), at + 9)):
            whole = dating._PATTERN.match(text, at, end)
            matched += whole is not None
            assert seen(whole) == seen(dating._match(text, at, end)), (text[at : at + 40], end - at)
    assert matched > 2_000
