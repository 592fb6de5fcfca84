"""False alarms read on a site nobody tuned on (the Go blog), each with a true sibling in other words."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes

from auditor.reading.loaders import load_text

FRONT = "---\ntitle: T\n---\n\n"


@pytest.mark.parametrize(
    "text",
    [
        # an N-unit compound is a width or size of its noun, not a count of the unit
        "The low two bits of the counter cycle through four values.\n\n"
        "In the final step, the function folds the 256-bit key down to a 32-bit word.\n",
        # "N times faster" is a ratio between two amounts, not a count of occasions
        "The tool calls the cache 40 times in the benchmark.\n\nAfter the rewrite, that's 9 times faster.\n",
        "The loader retried 12 times in the first run.\n\nIt is now three times quicker than before.\n",
        # two percentages of difference said of two things
        "Typical photos, from small icons to large posters,\nare about 20% smaller when saved with version 3.\n\n"
        "Vector drawings are 45% smaller.\n",
        # a score given as the difference of two shares is not a share of the earlier score
        "Last spring the panel gave the city a rating of 71.\n\n"
        'This autumn the rating is a steady 70 (78% "good" minus 8% "poor").\n',
        # figures of one worked example against another part of the text
        "In this example we end up with two unknowns and four constraints.\n\n"
        "Later on, the solver meets the three constraints of the loop one at a time.\n",
    ],
)
def test_con001_left_alone(text: str) -> None:
    assert not codes(audit_text(text, select=["CON001"]), "CON001")


def test_con001_survey_share_with_its_own_question_left_alone() -> None:
    text = (
        "We asked which editor people use: VS Code is the favourite among respondents at 38%.\n"
        "Some 12% of respondents said they had tried the new linter, and 30% of respondents said they use it.\n"
        "And 22% of respondents said documentation is hard to find, and 15% of respondents want more examples.\n\n"
        "Among the 19% of respondents who said tests are slow, most use large fixtures.\n"
    )
    assert not codes(audit_text(text, select=["CON001"]), "CON001")


@pytest.mark.parametrize(
    "text",
    [
        # a compound restated by its owner's plain count is still compared
        "The 380-bed hospital opened in May.\n\nThe hospital's 450 beds were full by June.\n",
        "The hospital has 450 beds, officials said.\n\nThe 380-bed hospital opened in May.\n",
        # the same subject's difference given twice
        "Compressed photos are about 20% smaller with the new encoder.\n\nThe compressed photos are 45% smaller.\n",
        # a count of occasions against a count of occasions
        "Officials said 36 trucks crossed on Monday.\n\nThe 48 trucks carried flour and medicine.\n",
        # a share restated with the same question
        "A poll found 18 percent of households responded.\n\nIn all, 14 percent of households responding said no.\n",
    ],
)
def test_con001_still_flagged(text: str) -> None:
    assert codes(audit_text(text, select=["CON001"]), "CON001")


def test_wrapped_html_tag_in_markdown_is_markup() -> None:
    source = FRONT + 'We found <img src="x.svg" alt="Chart showing 93% of\nrespondents are happy" /> nothing.\n'
    doc = load_text(source, "post.md")
    assert "Chart showing" not in doc.text
    assert "We found" in doc.text and "nothing." in doc.text


def test_comparison_signs_over_a_line_break_are_prose() -> None:
    source = FRONT + "If a < b and\nc > d, swap them.\n"
    doc = load_text(source, "post.md")
    assert "c > d, swap them." in doc.text


# ---------------------------------------------------------------- CON002


@pytest.mark.parametrize(
    "text",
    [
        # what can or will be is no event denied or told
        "The flags are untyped constants that can be assigned to any boolean field, but once set they stay.\n\n"
        "For instance, a byte holds 0 through 255, so values outside that range can never be assigned to it.\n",
        "The build returns a token which will be revoked in the future.\n\n"
        "Odds are the token has not been revoked yet when we read it.\n",
        # the writer's finding is not the respondents' act
        "A lease is revoked after the deadline.\n\nOdds are the lease has not been revoked yet when we read it.\n",
        "Check that the lease is revoked.\n\nOdds are the lease has not been revoked yet when we read it.\n",
        "We found that 70% of respondents agree that they trust the maintainers to do what is best.\n\n"
        "Overall, respondents did not find diagnosing slow builds easy, with 40% reporting it was hard.\n",
    ],
)
def test_con002_left_alone(text: str) -> None:
    assert not codes(audit_text(text, select=["CON002"]), "CON002")


@pytest.mark.parametrize(
    "text",
    [
        "The club has never been relegated, its chairman said.\n\nThe club was relegated in 1998.\n",
        "The council has not paid the contractor.\n\nThe council paid the contractor on Monday.\n",
    ],
)
def test_con002_still_flagged(text: str) -> None:
    assert codes(audit_text(text, select=["CON002"]), "CON002")


# ---------------------------------------------------------------- CON003


def test_con003_rounded_shares_left_alone() -> None:
    text = "Of those who picked one platform, 41% split into 22% on phones, 13% on tablets, 6% on TVs and 0.4% on watches.\n"
    assert not codes(audit_text(text, select=["CON003"]), "CON003")


def test_con003_shares_beyond_rounding_still_flagged() -> None:
    text = "Of those who picked one platform, 48% split into 22% on phones, 13% on tablets, 6% on TVs and 0.4% on watches.\n"
    assert codes(audit_text(text, select=["CON003"]), "CON003")


# ---------------------------------------------------------------- DAT003


def test_dat003_years_listed_after_from_left_alone() -> None:
    text = "Satisfaction was 88% in 2023, statistically unchanged from 2022 and 2021.\n"
    assert not codes(audit_text(text, select=["DAT003"]), "DAT003")


def test_dat003_reversed_range_still_flagged() -> None:
    text = "The survey ran between 2022 and 2021 across four regions.\n"
    assert codes(audit_text(text, select=["DAT003"]), "DAT003")


# ---------------------------------------------------------------- DAT001


@pytest.mark.parametrize(
    "text",
    [
        FRONT.replace("title: T", "title: T\ndate: 2024-06-03") + "Last weekend we marked the fifth anniversary of\n"
        "[the first release](https://blog.example.org/2019/06/first-release.html), with cake.\n",
        FRONT.replace("title: T", "title: T\ndate: 2017-11-01") + "Interest kept rising from 2013 to 2017.\n\n"
        "Source: [trends](https://trends.example.com/explore?date=2009-10-01%202017-10-30&q=widgets)\n",
    ],
)
def test_dat001_left_alone(text: str) -> None:
    assert not codes(audit_text(text, path="post.md", select=["DAT001"]), "DAT001")


def test_dat001_anniversary_with_a_source_of_another_year_still_flagged() -> None:
    text = (
        FRONT.replace("title: T", "title: T\ndate: 2024-06-03") + "Last weekend we marked the fifth anniversary of\n"
        "[the first release](https://blog.example.org/2012/06/first-release.html), with cake.\n"
    )
    assert codes(audit_text(text, path="post.md", select=["DAT001"]), "DAT001")


# ---------------------------------------------------------------- LNG001


@pytest.mark.parametrize(
    "text",
    [
        "To best serve the needs of our ever-growing community, we moved the forum.\n",
        "Ana Ruiz is best known for her work in memory safety and compilers.\n",
        "With the formatter:\n\n- **calm**: never have an argument about tabs or braces ever again!\n",
    ],
)
def test_lng001_left_alone(text: str) -> None:
    assert not codes(audit_text(text, select=["LNG001"]), "LNG001")


@pytest.mark.parametrize(
    "text",
    [
        "It was the best release we have ever shipped.\n",
        "This is the best known example in the project's history.\n",
        "The river has never been higher.\n",
    ],
)
def test_lng001_still_flagged(text: str) -> None:
    assert codes(audit_text(text, select=["LNG001"]), "LNG001")


def test_lng001_one_finding_per_claim() -> None:
    text = "This was the first ever meeting of its kind, a milestone for the group.\n"
    assert len(codes(audit_text(text, select=["LNG001"]), "LNG001")) == 1


# ---------------------------------------------------------------- CIT006

_BODY = (
    "Supply-chain security was the theme of the year for the toolchain team and for the wider community. "
    "The linker now records every module and version it uses, and the release notes describe the format "
    "in detail for those who audit builds and ship them to customers with strict review processes.\n\n"
    "The compiler team spent the year on the same theme: reproducible builds, signed modules, and a checksum "
    "database that every install consults before it trusts a download from a proxy or a mirror.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        FRONT + _BODY + "You can now [generate an SBOM](https://en.wikipedia.org/wiki/Software_bill_of_materials) "
        "for any binary.\n",
        FRONT + _BODY + "Rather than fall back to randomized or deterministic signatures, we [showed the new scheme "
        "is sound](https://github.com/cfrg/draft-irtf-cfrg-det-sigs-with-noise/issues/6).\n",
    ],
)
def test_cit006_left_alone(text: str) -> None:
    assert not codes(audit_text(text, path="post.md", select=["CIT006"]), "CIT006")


def test_cit006_off_topic_address_still_flagged() -> None:
    text = (
        FRONT
        + _BODY
        + "You can now [generate one](https://en.wikipedia.org/wiki/Celebrity_diet_tips_for_the_summer_holidays) for any binary.\n"
    )
    assert codes(audit_text(text, path="post.md", select=["CIT006"]), "CIT006")


def test_con001_kinds_of_another_thing_left_alone() -> None:
    text = (
        "A handler is a function with one of these three types.\n\n"
        "We repeat the difference between the two types of queues to help you remember.\n"
    )
    assert not codes(audit_text(text, select=["CON001"]), "CON001")


def test_con001_kinds_of_one_thing_still_flagged() -> None:
    text = "The library offers three types of queues.\n\nThe two types of queues differ only in speed.\n"
    assert codes(audit_text(text, select=["CON001"]), "CON001")
