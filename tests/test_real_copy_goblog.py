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
