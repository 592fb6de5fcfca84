"""LNG001 records measured by the source that follows them, and LNG002 groups that are described,
restricted, already introduced or only behaving (sentences modelled on real pages)."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def flagged(text: str, code: str) -> list[str]:
    result = audit_text(text, select=[code])
    return [result.doc.snippet(f.span) for f in codes(result, code)]


@pytest.mark.parametrize(
    "text",
    [
        "New cases have reached a record high in Oregon.\n\nThe Oregon Health Authority reported 1,517 new infections.",
        "Rattled by the biggest single-day spurt yet in cases, Bihar announced a lockdown. Other districts follow.\n\n"
        "According to the state health department, 749 people tested positive, raising the cases to 13,274.",
    ],
)
def test_a_record_measured_by_the_next_named_source_is_left_alone(text: str) -> None:
    assert flagged(text, "LNG001") == []


@pytest.mark.parametrize(
    "text",
    [
        # the source that follows is on another subject
        "Storm Ivo brought the worst flooding the coast has seen.\n\n"
        "Wind gusts reached 112 mph at the head, according to the Met Office.",
        # the source that follows gives only dates
        "The team has confirmed the most distant galaxy ever observed.\n\n"
        "A second instrument confirmed its distance in March 2025 ([NASA](https://science.nasa.gov/webb/galaxy)).",
        # a source before the record does not measure it
        "Vela raised $140 million in a robotics round, according to PitchBook.\n\n"
        "The round is the largest ever for a European robotics company.",
        # the telescope is the astronomers' tool, not the speaker
        "Astronomers using the James Webb Space Telescope have confirmed the most distant galaxy ever observed.",
    ],
)
def test_records_without_their_own_measurement_are_flagged(text: str) -> None:
    assert len(flagged(text, "LNG001")) == 1, text


def test_ever_closing_a_negated_phrase_is_no_record() -> None:
    assert flagged("Try the newest dating services no fees ever for red units.", "LNG001") == []
    assert flagged("It was the worst storm no one has ever seen.", "LNG001") == ["worst storm no one has ever seen"]


@pytest.mark.parametrize(
    "text",
    [
        "Government forces pushed in on Monday. Rebel sources said clashes were continuing.",
        "Security officials said the border was closed.",
        "The case is weak, but only academic economists believe this is the case.",
        "Restaurant owners in Milan protested on Tuesday. Many worry they will have to close again.",
        "I love the guestbook, but not when people say unkind things about each other.",
        "Surveillance has grown, according to analysts and activists working in the region.",
        "Marianne Williamson reportedly lays off her entire campaign staff",  # a headline line of its own
    ],
)
def test_described_restricted_or_known_groups_are_left_alone(text: str) -> None:
    assert flagged(text, "LNG002") == [], text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Sources said the talks had failed.", "Sources said"),
        ("Anonymous sources said the talks had failed.", "sources said"),
        ("The talks collapsed on Monday. Many fear a war.", "Many fear"),
        ("Some lawmakers hope for a deal. Some noted that the recess would give more time.", "Some noted"),
        ("People say the town is dying.", "People say"),
        ("According to analysts, the town is dying.", "According to analysts"),
    ],
)
def test_unnamed_groups_are_still_flagged(text: str, words: str) -> None:
    assert words in flagged(text, "LNG002"), text


def test_peacock_terms_in_a_headline_line_are_left_alone() -> None:
    assert flagged("Stunning photos of the cosmos\n\nThe probe sent them on Monday.", "LNG003") == []
    assert flagged("The probe sent stunning photos of the cosmos on Monday.", "LNG003") == ["stunning"]


def test_a_record_beside_an_unsourced_figure_is_flagged() -> None:
    text = "Funding for Antarctic drilling has never been higher. China's polar research budget rose 38% in 2024."
    assert flagged(text, "LNG001") == ["never been higher"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Some investors fear the price undervalues the pub estate.", "Some investors fear"),
        ("Many residents believe the plan is doomed.", "Many residents believe"),
        ("Several lawmakers have warned of a shutdown.", "Several lawmakers have warned"),
    ],
)
def test_quantified_groups_of_people_are_weasels_by_their_ending(text: str, words: str) -> None:
    assert flagged(text, "LNG002") == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Some investors bought shares on Monday.",
        "He met some workers on Monday and they said the plant would close.",
        '"Many residents believe the plan is doomed," the mayor said.',
    ],
)
def test_quantified_groups_doing_things_are_left_alone(text: str) -> None:
    assert flagged(text, "LNG002") == [], text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Critics have long said the scheme wastes money.", "Critics have long said"),
        ("Many in the party believe she should go.", "Many in the party believe"),
        ("Studies show that coffee is healthy.", "Studies show"),
        ("Recent research suggests the drug works.", "research suggests"),
        ("Industry observers believe the dispute could drag on.", "observers believe"),
        ("Pundits have tipped Brandt to start.", "Pundits have tipped"),
    ],
)
def test_unnamed_research_and_vague_shares_are_weasels(text: str, words: str) -> None:
    assert flagged(text, "LNG002") == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Harvard research suggests the drug works. She studied at Harvard.",
        "NASA scientists say the probe will land.",
        "The studies show that coffee is healthy.",
        "Studies show coffee is healthy [1].\n\n[1] https://example.org/study",
    ],
)
def test_named_determined_or_cited_research_is_left_alone(text: str) -> None:
    assert flagged(text, "LNG002") == [], text


def test_a_remark_quoted_in_single_quotes_before_a_colon_is_the_speakers() -> None:
    assert flagged("'Best boy band ever': David Beckham jokes he's wearing his dad's jeans.", "LNG001") == []
    assert flagged("It was the best boy band ever, he's sure.", "LNG001") == ["best boy band ever"]
    assert flagged("The fans' best boy band ever': nonsense.", "LNG001") == ["best boy band ever"]


def test_a_data_noun_in_a_compound_names_no_source() -> None:
    assert flagged("Arden's data-centre chips are the world's fastest.", "LNG001") == ["world's fastest"]


def test_a_named_subjects_characterisation_is_attributed() -> None:
    text = "The ministry called it the biggest single week of exports since the corridor opened."
    assert flagged(text, "LNG001") == []
    assert flagged("Critics called it the worst decision ever.", "LNG001") == ["worst decision ever"]


def test_an_institutions_records_source_a_reported_claim() -> None:
    text = "The firm had reportedly been fined £12,000 in 2022, according to council licensing records."
    assert flagged(text, "LNG002") == []
    assert flagged("The firm had reportedly been fined £12,000 in 2022.", "LNG002") == ["reportedly"]


def test_a_bare_quantifier_refers_back_only_to_the_subject_just_named() -> None:
    text = "Four million households pay through prepayment meters. Some say fixed deals are a rip-off."
    assert flagged(text, "LNG002") == ["Some say"]


def test_a_capitalised_group_word_inside_a_name_is_no_weasel() -> None:
    text = "Analysts at the International Institute for Strategic Studies said the launch failed."
    assert flagged(text, "LNG002") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Industry sources say the deal is off.", "sources say"),
        ("Crypto insiders say two exchanges are short of funds.", "insiders say"),
    ],
)
def test_a_field_describes_no_source(text: str, words: str) -> None:
    assert flagged(text, "LNG002") == [words]


@pytest.mark.parametrize(
    "text",
    [
        "According to the same bulletin, it was the hottest July on record.",
        "Data from NOAA show it was the hottest June on record.",
        "According to the filing, it was the largest loss in the company's history.",
    ],
)
def test_a_record_sourced_to_a_document_in_its_sentence_is_left_alone(text: str) -> None:
    assert flagged(text, "LNG001") == [], text


def test_a_vague_document_still_sources_nothing() -> None:
    assert len(flagged("According to reports, it was the hottest July on record.", "LNG001")) == 1
    assert len(flagged("Some data show it was the hottest June on record.", "LNG001")) == 1
