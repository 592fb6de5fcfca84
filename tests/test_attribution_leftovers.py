"""Attribution leftovers of issue 13: a role named by its owner is a source, an impersonal passive
names no one, and a relative clause's verb reports nothing (its antecedent is the subject)."""

from __future__ import annotations

import pytest

from auditor.language.attribution import find_attributions


def sources(text: str) -> list[tuple[str, str]]:
    return [(a.kind, a.source) for a in find_attributions(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The chain's chief executive said sales rose 12% in the quarter.",
        "Sales rose 12% in the quarter, the chain's chief executive said.",
        "The bank's chief economist said inflation would fall next year.",
        "The airline's founder told reporters the route would reopen.",
        "Its finance director said margins had recovered.",
    ],
)
def test_a_role_named_by_its_owner_is_a_source(text: str) -> None:
    assert [k for k, _ in sources(text)] == ["named"], (text, sources(text))


def test_a_role_with_no_owner_names_no_one() -> None:
    assert sources("A chief executive said sales rose.") == []


@pytest.mark.parametrize(
    "text",
    [
        "It was often said in literary London that she wrote too much.",
        "It is widely said in Washington that the deal is dead.",
        "It has long been said in Brussels that the rules are too strict.",
    ],
)
def test_an_impersonal_passive_names_no_place_as_its_source(text: str) -> None:
    assert all(k != "named" or s.lower() in ("she",) for k, s in sources(text)), (text, sources(text))
    assert not any(s in ("London", "Washington", "Brussels") for _, s in sources(text))


def test_an_inverted_source_is_still_read() -> None:
    assert sources("The deal is dead, said the ministry.") == [("named", "the ministry")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Researchers at Nanchang University who have counted the lake's birds said the cranes could arrive early.",
            "Nanchang University",
        ),
        ("Scientists at the University of Leeds who studied the samples said the virus had mutated.", "Leeds"),
        ("Engineers at Airbus who have tested the wing said it met the standard.", "Airbus"),
    ],
)
def test_the_subject_of_a_verb_after_a_relative_clause_is_its_antecedent(text: str, name: str) -> None:
    found = sources(text)  # the relative clause's own verb ("have counted") may name them too
    assert found and all(k == "named" and name in s and "who" not in s for k, s in found), found


def test_a_relative_clauses_own_verb_has_its_antecedent_for_subject() -> None:
    found = sources("Ellen Page and Greta Gerwig are among the actors who have said that they won't work with him.")
    assert all("who" not in s for _, s in found), found
