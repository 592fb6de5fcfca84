"""The scorecard and index layout (issue 17): what an editor reads first, and what must never break."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.reading.loaders import load_text
from auditor.registry import get_rule
from auditor.reporting.markdown import render_scorecard, url_link, url_target
from auditor.reporting.views import CitationView, DocView, FindingView, first_sentence, sourcing_counts
from auditor.scoring import METHOD, score_findings

ROOT = Path(__file__).resolve().parent.parent
SEED2 = "002_3ff166a586569695.txt"


def _run(tmp_path: Path) -> tuple[dict, Path]:
    out = tmp_path / "rep"
    cmd = [sys.executable, "-m", "auditor", "check", "seeds", "--report-dir", str(out), "--format", "json"]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 1, done.stderr
    return json.loads(done.stdout), out


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path]:
    """One ``auditor check seeds --report-dir --format json`` for this module: its tests only read it."""
    return _run(tmp_path_factory.mktemp("cards"))


def test_seed2_card_is_short_opens_with_the_verdict_and_keeps_every_finding(seeds_run: tuple[dict, Path]) -> None:
    data, out = seeds_run
    card = (out / f"{SEED2}.md").read_text(encoding="utf-8")
    lines = card.splitlines()
    assert len(lines) <= 60  # two screens of 1,000 px rendered (bench/render_reports.py)
    assert lines[4].startswith("## Fails: ") and "grade F" in lines[4]
    assert lines[5].startswith("**Why it fails:**") and "CIT001 malformed-url" in lines[5]
    fixes = [ln for ln in lines[:20] if re.match(r"^[123]\. \[[A-Z]{3}\d{3} [a-z-]+\]\(#[a-z0-9-]+\)", ln)]
    assert len(fixes) == 3
    for ln in fixes:  # each link goes to a heading that exists
        anchor = re.search(r"\(#([a-z0-9-]+)\)", ln).group(1)
        assert f"### {anchor.upper().split('-', 1)[0]} {anchor.split('-', 1)[1]}" in card
    doc = next(d for d in data["documents"] if d["path"].endswith(SEED2))
    assert len(doc["findings"]) == 17
    for f in doc["findings"]:  # every finding is in the card, at its line:column
        assert f"`{f['line']}:{f['column']}`" in card
    assert card.count("*Why it matters:*") == len({f["code"] for f in doc["findings"]})  # once per rule
    assert "6 alike" in card  # the six orphan references are one item


def test_no_url_is_cut_and_every_citation_finding_names_its_url(seeds_run: tuple[dict, Path]) -> None:
    data, out = seeds_run
    for card in out.glob("*.md"):
        text = card.read_text(encoding="utf-8")
        for shown, target in re.findall(r"\[(https?://[^\]]*)\]\(([^)]*)\)", text):
            assert "…" not in shown and "…" not in target
        for token in text.split():  # nor in a message or a quote: no URL-like token ends or starts cut
            assert not ("://" in token and "…" in token), (card.name, token)
    card = (out / f"{SEED2}.md").read_text(encoding="utf-8")
    doc = next(d for d in data["documents"] if d["path"].endswith(SEED2))
    for c in doc["citations"]:
        assert url_link(c["url"]) in card
    about_urls = {"CIT001", "CIT002", "CIT005", "CIT006", "DAT001", "SRC003"}
    for f in doc["findings"]:  # every finding about a citation carries its whole URL in the JSON too
        if f["code"] in about_urls:
            assert f["url"].startswith("https://") and "…" not in f["url"], f


def test_index_says_why_in_the_failing_row_and_draws_no_mermaid(seeds_run: tuple[dict, Path]) -> None:
    _data, out = seeds_run
    index = (out / "index.md").read_text(encoding="utf-8")
    assert "mermaid" not in index
    rows = [ln for ln in index.splitlines() if ln.startswith("| [")]
    assert "seeds/002" in rows[0]  # worst first
    assert "**fail**" in rows[0] and "below the bar of 70" in rows[0] and "CIT001 malformed-url" in rows[0]
    assert all("| pass | no error" in r for r in rows[1:])


def test_url_link_keeps_the_whole_url_and_encodes_what_would_break_the_link() -> None:
    url = "https://example.org/a b/ré(1)"
    link = url_link(url)
    assert link == "[https://example.org/a b/ré(1)](https://example.org/a%20b/r%C3%A9%281%29)"


def test_sourcing_counts_each_sentence_once_by_its_strongest_source() -> None:
    text = "Smith said the bridge would reopen in May.\n\nAnalysts suggest the cost will rise.\n\nThe bridge is old.\n"
    doc = load_text(text, "a.txt")
    counts = sourcing_counts(doc, [])
    assert counts["named"] == 1 and counts["unnamed"] == 1 and counts["nothing"] >= 1
    assert sum(counts[k] for k in ("named", "described", "unnamed", "cited", "nothing")) == len(doc.body_sentences)


def test_scores_follow_the_two_sentence_method_overall_and_per_category(seeds_run: tuple[dict, Path]) -> None:
    data, out = seeds_run
    card = (out / f"{SEED2}.md").read_text(encoding="utf-8")
    section = card.split("**How this score is computed:** ", 1)[1].strip()
    assert section == METHOD
    assert len(re.findall(r"[.!?](?:\s|$)", METHOD)) == 2  # two sentences
    cost = {"error": 12, "warning": 4, "info": 0}
    for doc in data["documents"]:
        assert doc["score"] == max(0, 100 - sum(cost[f["severity"]] for f in doc["findings"]))
        for name, score in doc["categories"].items():
            own = [f for f in doc["findings"] if get_rule(f["code"]).category == name]
            assert score == max(0, 100 - sum(cost[f["severity"]] for f in own)), (doc["path"], name)


def test_thin_sourcing_shows_in_the_sources_score_of_seed_002(seeds_run: tuple[dict, Path]) -> None:
    data, out = seeds_run
    doc = next(d for d in data["documents"] if d["path"].endswith(SEED2))
    assert "SRC004" in {f["code"] for f in doc["findings"]}
    assert doc["categories"]["sources"] < 100
    card = (out / f"{SEED2}.md").read_text(encoding="utf-8")
    assert "**Sourcing:** 1 of 23 statements rest on a source" in card


def _page(body: str) -> str:
    return f"<html><head><title>T</title></head><body><article>{body}</article></body></html>"


def test_site_navigation_and_link_lists_are_not_counted_as_sources() -> None:
    from auditor.reporting.views import citation_view

    prose = (
        "<p>The council approved the plan, "
        '<a href="https://www.reuters.com/world/council-approves-plan-2024-05-01/">Reuters reported</a> on Monday, '
        'in a story by <a href="https://www.example.com/authors/jane-doe">Jane Doe</a> '
        'filed under <a href="https://www.example.com/tag/politics">politics</a>.</p>'
        '<p><a href="https://www.example.com/2024/05/02/another-story-about-something-else">Another story about '
        "something else entirely</a></p>"
        '<p>See <a href="https://www.example.com/">the home page</a> or '
        '<a href="https://www.example.com/search?q=plan">search</a> for more on the plan.</p>'
    )
    doc = load_text(_page(prose), "a.html")
    roles = {c.url: citation_view(doc, c).role for c in doc.citations}
    assert roles["https://www.reuters.com/world/council-approves-plan-2024-05-01/"] is None
    assert roles["https://www.example.com/authors/jane-doe"] == "author page"
    assert roles["https://www.example.com/tag/politics"] == "section page"
    assert roles["https://www.example.com/2024/05/02/another-story-about-something-else"] == "link list"
    assert roles["https://www.example.com/"] == "home page"
    assert roles["https://www.example.com/search?q=plan"] == "search page"


def test_a_reference_is_cited_at_its_markers_and_a_link_at_itself() -> None:
    from auditor.reporting.views import citation_view

    text = "Title\n\nThe plan was approved by the council on Monday [1].\n\nReferences\n\n[1] https://www.reuters.com/a-2024-05-01/\n"
    doc = load_text(text, "a.txt")
    (c,) = [citation_view(doc, c) for c in doc.citations]
    line, col = doc.position(text.index("[1]"))
    assert c.cited_at == [(line, col)]


def test_a_url_with_a_space_is_quoted_whole_in_the_message() -> None:
    from conftest import audit_text, codes

    text = "The plan was approved [1].\n\n[1] https://www.example.org/news/council-approves- plan-2024.html\n"
    (f,) = codes(audit_text(text, select=["CIT001"]), "CIT001")
    assert '"https://www.example.org/news/council-approves- plan-2024.html"' in f.message
    assert 'after "council-approves-"' in f.message and "…" not in f.message


def test_a_passing_card_says_which_bar_it_cleared() -> None:
    from auditor.reporting.markdown import _pass_reason
    from auditor.scoring import score_findings

    assert (
        _pass_reason(score_findings([], 80, "warning")) == "no error or warning, and 100 is at or above the bar of 80"
    )
    assert _pass_reason(score_findings([], 70, "never")).startswith("no severity fails it (`--fail-on never`)")


def _finding(code: str, line: int, message: str, severity: str = "warning", **kw: object) -> FindingView:
    rule = get_rule(code)
    return FindingView(
        code=code,
        name=rule.name,
        category=rule.category,
        severity=severity,
        line=line,
        column=1,
        end_line=line,
        end_column=2,
        message=message,
        excerpt=str(kw.pop("excerpt", "")),
        why=first_sentence(rule.docs.why),
        **kw,  # type: ignore[arg-type]
    )


def _citation(url: str, marker: str | None, line: int) -> CitationView:
    return CitationView(
        url=url,
        domain="example.org",
        line=line,
        column=1,
        marker=marker,
        date=None,
        date_source=None,
        rating="reliable",
        rating_detail={},
        cited_in_body=False,
        cited_lines=[],
        kind="reference",
        anchor=None,
    )


def _card(findings: list[FindingView], citations: list[CitationView], sourcing: dict[str, int] | None = None) -> str:
    view = DocView(
        path="a.txt",
        report_path="a.txt.md",
        title="T",
        format="text",
        published="2025-05-01",
        published_source="text",
        published_confidence="high",
        published_detail=None,
        words=100,
        encoding_note=None,
        not_audited=None,
        score=score_findings([]),
        citations=citations,
        findings=findings,
        set_aside=[],
        sourcing=sourcing or {},
    )
    return render_scorecard(view)


LISTED = "https://example.org/news/2025/05/01/the-council-approves-the-plan-after-a-long-debate-on-the-budget"
UNLISTED = "https://example.net/a-page-the-citations-list-does-not-show"


def test_a_finding_links_its_reference_by_marker_and_an_unlisted_url_shows_whole() -> None:
    f1 = _finding(
        "CIT005", 9, "This link fits none of the site's shapes.", url=LISTED, marker="[2]", in_references=True
    )
    f2 = _finding("CIT001", 4, "The URL is broken.", severity="error", url=UNLISTED, anchor="the page")
    card = _card([f1, f2], [_citation(LISTED, "[2]", 9)])
    assert card.count(url_link(LISTED)) == 1  # once, whole, in Citations
    item = next(ln for ln in card.splitlines() if ln.startswith("- `9:1`"))
    assert item.startswith(f"- `9:1` [\\[2\\]]({url_target(LISTED)}) — This link fits")  # the marker opens it
    item = next(ln for ln in card.splitlines() if "`4:1`" in ln)
    assert f"{url_link(UNLISTED)} “the page”" in item  # not shown elsewhere: the whole URL, on the finding


def test_severity_is_named_on_a_finding_only_where_its_rule_mixes_them() -> None:
    same = [_finding("LNG002", k, f'"reportedly" attributes claim {k}.', excerpt=f"Quote {k}.") for k in (3, 5)]
    mixed = [_finding("CIT001", 7, "The URL is broken.", severity="error"), _finding("CIT001", 8, "Non-ASCII.")]
    card = _card(same + mixed, [])
    assert "- `3:1` — " in card and "- `5:1` — " in card
    assert "- error · `7:1` — " in card and "- warning · `8:1` — " in card
    assert "  - “Quote 3.”" in card and "> " not in card  # quotes are nested items, not block quotes


def test_rules_after_the_top_three_share_one_heading_and_keep_their_explanation() -> None:
    findings = [_finding("CIT001", 1, "Broken.", severity="error")]
    findings += [_finding("CIT002", k, f"Reference [{k}] is listed but no sentence cites it.") for k in (2, 3)]
    findings += [_finding("LNG002", 4, '"is seen as" attributes the claim to nobody.')]
    findings += [_finding("DAT001", k, f"This article is dated {k} April 2022.") for k in (5, 6)]
    findings += [_finding("SRC003", 7, "x.org is not rated.", severity="info")]
    card = _card(findings, [])
    headings = [ln for ln in card.splitlines() if ln.startswith("### ")]
    assert headings[:3] == ["### CIT001 malformed-url", "### CIT002 orphan-reference", "### DAT001 stale-citation"]
    assert headings[3:] == ["### Other findings"]  # nothing links to the others: no heading each
    rest = card.split("### Other findings\n", 1)[1]
    assert rest.startswith("- **LNG002 weasel-attribution** · warning · `4:1` — ")
    assert "- **SRC003 unrated-source** · info · `7:1` — " in rest
    assert card.count("*Why it matters:*") == 5  # once per rule, wherever it is listed
    for f in findings:
        assert f"`{f.line}:1`" in card


def test_a_rule_with_several_findings_after_the_top_three_nests_them_under_one_item() -> None:
    findings = [_finding(c, k, f"Finding {k}.", "error") for k, c in enumerate(("CIT001", "CIT005", "CIT006"), 1)]
    findings += [_finding("DAT001", k, f"This article is dated {k} April 2022.") for k in (5, 6)]
    card = _card(findings, [])
    rest = card.split("### Other findings\n", 1)[1]
    assert rest.startswith("- **DAT001 stale-citation** · Dates · 2 warnings. *Why it matters:* ")
    assert "\n  - `5:1` — This article is dated 5 April 2022." in rest
    assert "\n  - `6:1` — This article is dated 6 April 2022." in rest


def test_categories_are_one_line_and_the_sourcing_summary_leaves_out_what_is_zero() -> None:
    sourcing = dict.fromkeys(("named", "described", "unnamed", "cited", "nothing"), 0)
    sourcing.update(named=3, nothing=7, rated_reliable=2, rated_mixed=0, rated_unreliable=0, rated_unrated=1)
    card = _card([_finding("LNG002", 4, '"is seen as" attributes the claim to nobody.')], [], sourcing)
    assert "**By category:** Citations 100 · Sources 100 · Dates 100 · Language 100 · Consistency 100." in card
    assert "**Sourcing:** 3 of 10 statements rest on a source (3 named); 7 attribute nothing" in card
    summary = card.split("**By category:**", 1)[1].split("## Findings", 1)[0]
    assert not re.search(r"\b0 ", summary)  # no "0 described", no "0 mixed"
    assert "## Citations: 2 of 3 rated reliable, 1 unrated (SRC003)" in card


def test_a_link_target_percent_encodes_exactly_the_characters_that_could_break_it() -> None:
    from urllib.parse import quote

    def one_by_one(url: str) -> str:  # the definition: every character not printable ASCII, or ( ) < > \
        return "".join(ch if 32 < ord(ch) < 127 and ch not in "()<>\\" else quote(ch, safe="") for ch in url)

    urls = [
        "https://example.com/a/b?c=d#e",  # nothing to encode: returned as it is
        "https://example.com/a b(c)<d>\\e",
        "https://de.wikipedia.org/wiki/Déjà_vu",
        "https://x.org/\u202e\u2028\x7f\x00\t日本\U0001f600",
        "",
    ]
    urls += ["".join(chr(c) for c in range(start, start + 40)) for start in range(0, 400, 40)]
    for url in urls:
        assert url_target(url) == one_by_one(url)
    assert url_target(urls[0]) is urls[0]
