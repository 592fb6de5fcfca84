"""SRC002 kinds read off fresh4's misses and trap: what makes a claim rest on state media alone, and
what counts as independent corroboration. Each with phrasings no corpus holds and look-alikes."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def src002(text: str) -> list:
    return codes(audit_text(text, select=["SRC002"]), "SRC002")


# A phrase quoted inside the claim (the actor's stated reason) does not make the sentence the
# outlet's own words: the claim still rests on it.
@pytest.mark.parametrize(
    "text",
    [
        'Russia has blocked three foreign chatbot apps for "spreading destructive content among minors", '
        "the state news agency TASS said on Monday.",
        'Belarus expelled two diplomats for "activities incompatible with their status", BelTA reported.',
        'The court jailed the blogger for "discrediting the armed forces of the country", RIA Novosti said.',
    ],
)
def test_a_phrase_quoted_inside_the_claim_is_no_primary_source(text: str) -> None:
    assert len(src002(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        '"The exercises will continue until the enemy stops its provocations," KCNA said on Tuesday.',
        'KCNA quoted the minister as saying: "The exercises will continue until the enemy stops."',
    ],
)
def test_the_outlets_own_words_quoted_stay_silent(text: str) -> None:
    assert src002(text) == [], text


# A next sentence that rests on state media itself confirms its own claim, not the one before it.
@pytest.mark.parametrize(
    "second",
    [
        "Purchases by overseas buyers in London fell last year, the Global Times reported, a fall also recorded "
        "in Knight Frank's research [1].",
        "Sales of new-build flats in London also fell, Xinhua reported, a drop that Reuters confirmed [1].",
    ],
)
def test_a_confirmation_of_another_state_media_claim_clears_nothing(second: str) -> None:
    text = (
        "Demand from mainland Chinese buyers for new-build flats in London fell by a third last year, the state "
        f"broadcaster CGTN reported. {second}\n\n[1] https://www.reuters.com/markets/london-buyers\n"
    )
    r = audit_text(text, select=["SRC002"])
    found = [r.doc.snippet(f.span) for f in codes(r, "SRC002")]
    assert any("state broadcaster" in f for f in found), found


def test_an_independent_confirmation_after_still_clears() -> None:
    text = (
        "Demand from mainland Chinese buyers for new-build flats in London fell by a third last year, the state "
        "broadcaster CGTN reported. Reuters also reported the fall in demand from Chinese buyers [1].\n\n"
        "[1] https://www.reuters.com/markets/london-buyers\n"
    )
    assert src002(text) == []


# A next sentence about another state ("said separately") confirms another fact.
def test_another_states_separate_statement_is_no_confirmation() -> None:
    text = (
        "Iran's parliament has approved a bill requiring foreign AI services to store users' data inside the "
        "country, Press TV reported. Russia's digital ministry said separately that it was drafting a register "
        "of approved AI services, according to Reuters [1].\n\n[1] https://www.reuters.com/technology/russia-register\n"
    )
    assert len(src002(text)) == 1
    same = text.replace("Russia's digital ministry said separately", "Iran's digital ministry said separately")
    assert src002(same) == []


# Another party confirming in an "as" clause of the same sentence clears it.
@pytest.mark.parametrize(
    "text",
    [
        "Beijing's low-emission zone cut nitrogen dioxide in the core by a fifth, as the state agency Xinhua "
        "reported and as a study in The Lancet Planetary Health later confirmed.",
        "The dam's spillway failed on Sunday night, as TASS reported and as satellite images from Maxar later showed.",
        "The harvest was the largest in a decade, as Xinhua said and as the UN's food agency has since confirmed.",
    ],
)
def test_another_party_confirming_in_an_as_clause_clears(text: str) -> None:
    assert src002(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "The harvest was the largest in a decade, as Xinhua reported and as Beijing's agriculture ministry confirmed.",
        "The harvest was the largest in a decade, as Xinhua reported and as the Global Times later confirmed.",
    ],
)
def test_the_state_confirming_its_own_media_in_an_as_clause_clears_nothing(text: str) -> None:
    assert len(src002(text)) == 1, text
