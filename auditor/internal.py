"""Findings about the run itself rather than the article (the AUD family).

They are documented like rules (``auditor rule AUD001``) but are emitted by the
runner: a file that could not be audited, a guessed encoding, a crashed rule.
They count in the overall score, never in a category.
"""

from __future__ import annotations

from collections.abc import Iterable

from auditor.model import Finding, Severity
from auditor.rulespec import Rule, RuleDocs


def _never(*_: object) -> Iterable[Finding]:
    return ()


INTERNAL_RULES: dict[str, Rule] = {}
"""Every AUD code, by code: what ``auditor rules`` lists after the rule families."""


def _internal(code: str, name: str, severity: Severity, summary: str, docs: RuleDocs) -> None:
    INTERNAL_RULES[code] = Rule(code, name, "input", severity, summary, docs, _never)


_internal(
    "AUD001",
    "internal-error",
    Severity.ERROR,
    "a rule crashed or ran past its time budget on this article; the other rules still ran",
    RuleDocs(
        what="Reports that a rule raised an exception on this article, or ran past its time budget "
        "(`rule-timeout`, default 10 s of CPU time per rule per article) or its share of memory (`rule-memory`, "
        "default 1024 MB) and was stopped. The finding names the rule "
        "and the error or the budget; a stopped rule's findings are dropped, the other rules still run.",
        why="A crash or a stopped rule means the article was not fully checked; the run exits with code 2 "
        "so CI notices.",
        flag="Any article on which a rule fails or runs out of time.",
        ok="Articles on which every rule runs within its budget.",
        silence="Report the article and the message as a bug; `--ignore` the crashing rule meanwhile, or "
        "raise `rule-timeout` for a machine that is merely slow.",
    ),
)
_internal(
    "AUD002",
    "not-audited",
    Severity.ERROR,
    "the file could not be audited (binary, empty, too large, unreadable)",
    RuleDocs(
        what="Marks a file that was found but not audited, and says why: binary content, an empty file, "
        "a file over `max-file-size`, or one that could not be read.",
        why="An article that was not checked must not pass silently as a clean one.",
        flag="A 30 MB file, a PNG saved as article.txt, an empty draft.",
        ok="Any readable text, Markdown or HTML file under the size limit.",
        silence='Raise `max-file-size`, fix the file, or exclude it with `exclude = ["drafts/**"]`.',
    ),
)
_internal(
    "AUD003",
    "encoding-guessed",
    Severity.INFO,
    "the file is not UTF-8; its encoding was detected",
    RuleDocs(
        what="Says that a file was not valid UTF-8 and names the encoding it was decoded with.",
        why="A wrong guess garbles accented names and quotes; editors should check them or re-save as UTF-8.",
        flag="A file saved as Windows-1252 with curly quotes.",
        ok="A UTF-8 file, with or without a byte-order mark.",
        silence="Save the file as UTF-8.",
    ),
)
_internal(
    "AUD004",
    "unused-suppression",
    Severity.WARNING,
    "a suppression comment that silences nothing, or that auditor cannot read",
    RuleDocs(
        what="Reports an `<!-- auditor: ignore[...] -->` or `disable[...]` comment that silenced no finding in "
        "this run, a code in it that no rule has, an `enable` without a `disable`, and comments starting "
        "`auditor:` that are not understood.",
        why="A stale suppression hides the next real problem on that line; a mistyped one silences nothing "
        "while the editor believes it does.",
        flag="<!-- auditor: ignore[LNG001] --> above a sentence that has no superlative any more.",
        ok="<!-- auditor: ignore[LNG001] --> above a sentence that LNG001 flags.",
        silence="Remove or correct the comment. Codes of rules that did not run (`--select`, online rules "
        "offline) are not reported. `--ignore AUD004` turns the check off.",
    ),
)
_internal(
    "AUD005",
    "body-not-read",
    Severity.ERROR,
    "the text read from an HTML page is implausibly small for it, or the page is a redirect stub, home page or listing",
    RuleDocs(
        what="Marks an HTML page whose text, as auditor read it, holds less than half of the words in the "
        'page\'s paragraphs (with at least 100 such words), a `<meta http-equiv="refresh">` redirect '
        "page with almost no text, a page whose structure is a home page, section front or listing "
        "rather than an article: most of its text in links with many headline links to its own site and "
        "little prose, or long paragraphs that are each a summary under a linked headline (a page whose "
        "`og:type` or JSON-LD says it is an article is never called a listing), an RSS, Atom or RDF feed "
        "saved as a page, or a page whose text is nearly all menus, link lists and teasers with no article "
        "found in the rest (a video or interstitial page, a page whose article a script loads). It says how many words were read, or what made the page look like a listing. "
        "A feed's text is not audited; on a listing, teasers and headline lists are dropped by their shape.",
        why="A page whose article was not read has no findings and would score 100/A: the most misleading "
        "report there is. It is an error so that the page is never graded as clean.",
        flag="A page whose whole article sits inside elements marked as menus or sidebars; a home page "
        "whose paragraphs are all teasers in navigation blocks or summaries under linked headlines; a "
        "redirect stub.",
        ok="An article page whose paragraphs are read, even with a long list of related headlines; a short "
        "page with few paragraphs.",
        silence="Audit the article itself (or the page a redirect points to); `--ignore AUD005`, or "
        '`[tool.auditor.per-file-ignores] "fronts/**" = ["AUD005"]` for pages known not to be articles.',
    ),
)
_internal(
    "AUD006",
    "front-matter-unreadable",
    Severity.WARNING,
    "a Markdown article's YAML or TOML front matter could not be read; the body was audited",
    RuleDocs(
        what="Marks a Markdown article whose front matter (YAML between `---` lines, TOML between `+++` "
        "lines) does not parse, is not a set of `key: value` fields, or is never closed. It names the "
        "parser's complaint and points at the line where it arose. The body is audited all the same.",
        why="The title and publication date come from the front matter; ignored without a word, the article "
        "is audited as undated (or dated from the command line) and the editor never learns why.",
        flag='---\ntitle: "Flood closes the road\ndate: [2025-03-14\n---',
        ok='---\ntitle: "Flood closes the road"\ndate: 2025-03-14\n---  (or the TOML form between +++ lines)',
        silence="Fix the front matter (quote values holding a colon, close brackets and quotes); "
        "`--ignore AUD006` turns the check off.",
    ),
)
