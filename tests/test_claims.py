"""CIT004 uncited-claim on text written for the tests, plus the seed expectations."""

from __future__ import annotations

import pytest
from conftest import audit_seed, audit_text, codes, lines_of


def flagged(text: str, path: str = "article.txt") -> list[str]:
    result = audit_text(text, path=path, select=["CIT004"])
    assert not result.failures, result.failures
    return [result.doc.snippet(f.span) for f in codes(result, "CIT004")]


@pytest.mark.parametrize(
    "text",
    [
        "Western intelligence services estimate that 12,000 soldiers have crossed the border.",
        "Census data show the town has 48,000 residents, 60% of them under 40.",
        "Repairs will cost an estimated $4.5 billion over the decade.",
        "The rebels are believed to have 3,000 fighters.",
        "Officials estimate that thousands of homes were destroyed.",
        "A poll found that 58 percent of voters back the plan.",
        # measured figures stated as fact: a count of thousands, a share of a whole
        "The plant employs 3,400 people and exports 60% of its output.",
    ],
)
def test_cit004_flags_unsourced_figures(text: str) -> None:
    assert len(flagged(text)) == 1


def test_cit004_one_finding_per_claim() -> None:
    text = (
        "Official figures show the ministry hired 1,200 nurses, 340 doctors and 95 midwives.\n\n"
        "Official figures show the 1,200 nurses, 340 doctors and 95 midwives start in May."
    )
    found = flagged(text)
    assert found == ["1,200 nurses, 340 doctors and 95"]


@pytest.mark.parametrize(
    "text",
    [
        # named sources, as the sentence puts them
        "Britain's Ministry of Defence estimates that 12,000 soldiers have crossed the border.",
        "About 12,000 soldiers have crossed the border, according to the UN refugee agency.",
        "The agency cited data from Statistics Canada showing 40,000 new jobs.",
        "Intelligence assessments, particularly from the Pentagon, put the figure at 12,000.",
        "Reuters reported that 12,000 soldiers had crossed.",
        "About 12,000 soldiers have crossed, two officials familiar with the matter said.",
        "About 12,000 soldiers have crossed [2].\n[2] https://example.org/report",
        # sourced earlier in the paragraph, or continuing a sourced sentence
        "The census bureau said the town grew last year. It now has 48,000 residents.",
        "The NHS said it hired 1,200 nurses.\nAn additional 300 will start in May.",
        # numbers that are not claims
        "The war began in 2022 and the talks resumed on 17 June.",
        "Article 5 of the treaty has been invoked once, in the 21st century.",
        "The 45-year-old lost a four-year battle; she was 45 years old.",
        "He arrived at 10:30 and left at 11.45, after a 3-hour meeting.",
        "It was her 2nd visit to Boeing's 737 line, chapter 11 of the story.",
        "Her column ran under the headline “12,000 troops cross border”.",
        "Three people and two dogs were rescued.",
        # plain figures without the vocabulary of estimates, data or assessments
        "The plant employs 340 people and exports most of its output.",
        "The penalty is $95 per adult, and workers in 13 states will see raises.",
        "More than 43 million Americans are expected by AAA to travel this weekend, an estimate says.",
    ],
)
def test_cit004_leaves_sourced_and_non_claims(text: str) -> None:
    assert flagged(text) == []


def test_cit004_figure_sourced_elsewhere_is_not_repeated() -> None:
    text = (
        "Workers: 6,000 head to the region.\n\n"
        "Yonhap reported that 5,000 builders and 1,000 deminers will go.\n\n"
        "The 6,000 workers will stay a year."
    )
    assert flagged(text) == []


def test_cit004_unnamed_group_is_not_a_source() -> None:
    assert len(flagged("Analysts estimate that 12,000 soldiers have crossed the border.")) == 1


def test_cit004_headline_is_skipped() -> None:
    assert flagged("6,000 Workers Heading to the Front\n\nThe move was announced by Minister Ana Ruiz.") == []


def test_seed_claims_expectations() -> None:
    assert 2 in lines_of(audit_seed("000", select=["CIT004"]), "CIT004")
    assert 2 not in lines_of(audit_seed("001", select=["CIT004"]), "CIT004")
    assert 17 not in lines_of(audit_seed("003", select=["CIT004"]), "CIT004")


def test_seed_claims_total() -> None:
    """Every CIT004 finding on the seeds was reviewed by hand."""
    totals = {n: len(lines_of(audit_seed(n, select=["CIT004"]), "CIT004")) for n in ("000", "001", "002", "003")}
    assert totals == {"000": 1, "001": 0, "002": 0, "003": 0}


def test_a_spokesperson_is_a_described_source() -> None:
    """ "a spokeswoman said", "a spokesman for the organisers said": someone speaking for a body."""
    from auditor.language.attribution import find_attributions

    for text in (
        "Nobody was hurt, a spokeswoman said.",
        "Nobody was hurt, a spokeswoman for the organisers said.",
        "A representative of the club said nobody was hurt.",
    ):
        found = find_attributions(text)
        assert [a.kind for a in found] in (["described"], ["named"]), text
