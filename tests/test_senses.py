"""auditor.language.senses: WordNet's relations (rules/data/wordnet.tsv), morphology and a small table of
kinds, for CON002's paraphrases.

The words and sentences are written for these tests, in other words than the corpora."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import audit_text, codes

from auditor.language import senses
from auditor.language.senses import (
    act_meets,
    derives,
    kind_of,
    lemmas,
    opposite,
    root,
    same_act,
    same_kind,
    synonyms,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "rules" / "data" / "wordnet.tsv"


@pytest.mark.parametrize(
    ("a", "b", "pos"),
    [("purchase", "buy", "v"), ("customer", "client", "n"), ("physician", "doctor", "n"), ("sofa", "couch", "n")],
)
def test_synonyms_share_a_first_sense(a: str, b: str, pos: str) -> None:
    assert synonyms(a, b, pos) and synonyms(b, a, pos)


@pytest.mark.parametrize(
    ("narrow", "broad", "pos"),
    [
        ("sedan", "car", "n"),
        ("ferries", "boats", "n"),  # inflected forms go through morphy
        ("bungalow", "house", "n"),
        ("mice", "rodent", "n"),  # an irregular plural, from noun.exc
        ("stroll", "walk", "v"),
        ("whisper", "speak", "v"),
    ],
)
def test_a_hyponym_is_a_kind_of_its_hypernym_and_not_the_reverse(narrow: str, broad: str, pos: str) -> None:
    assert kind_of(narrow, broad, pos)
    assert not kind_of(broad, narrow, pos)
    if pos == "n":
        assert same_kind(narrow, broad) and same_kind(broad, narrow)


@pytest.mark.parametrize(
    ("noun", "verb"),
    [("demolition", "demolish"), ("evacuation", "evacuated"), ("resignation", "resigns"), ("approval", "approve")],
)
def test_wordnet_derivations_join_a_noun_of_action_and_its_verb(noun: str, verb: str) -> None:
    assert derives(noun, verb) and derives(verb, noun)
    assert same_act(noun, verb)


def test_a_noun_of_action_meets_a_verb_of_its_kind() -> None:
    assert act_meets("purchase", "bought")
    assert act_meets("buy", "purchased")
    assert not act_meets("purchase", "sold")


@pytest.mark.parametrize(("a", "b"), [("win", "lose"), ("open", "close"), ("accept", "reject"), ("victory", "defeat")])
def test_antonyms(a: str, b: str) -> None:
    assert opposite(a, b) and opposite(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("bank", "river"),
        ("hospital", "hospitality"),
        ("strike", "attack"),  # a strike's first sense is a stoppage of work, not a military strike
        ("meeting", "strike"),
        ("cat", "car"),
        ("school", "fish"),  # "school" of fish is a late sense
    ],
)
def test_unrelated_words_do_not_match(a: str, b: str) -> None:
    assert not (synonyms(a, b) or same_kind(a, b) or same_act(a, b) or act_meets(a, b) or opposite(a, b))


def test_nouns_of_action() -> None:
    assert all(senses.names_an_act(w) for w in ("demolition", "merger", "evacuation"))
    assert not any(senses.names_an_act(w) for w in ("future", "building", "sofa", "blorp"))


def test_nouns_of_people() -> None:
    assert all(senses.names_a_person(w) for w in ("cyclist", "firefighter", "pensioner"))
    assert not any(senses.names_a_person(w) for w in ("shed", "storm", "blorp"))


def test_words_wordnet_lacks_fall_back_to_morphology() -> None:
    assert lemmas("blorps", "n") == ()
    assert same_act("reblorping", "reblorped")  # one root by morphology
    assert not same_kind("blorp", "flurb")
    assert not opposite("blorp", "flurb")


def test_irregular_forms_come_from_the_exception_lists() -> None:
    assert lemmas("went", "v") == ("go",)
    assert lemmas("children", "n") == ("child",)


def test_the_table_is_small() -> None:
    assert DATA.stat().st_size < 2_000_000


def test_the_table_loads_on_first_use_without_the_tool() -> None:
    """Importing senses reads nothing; the first question reads the shipped file, with no tools/ on the path."""
    code = (
        "import sys; from auditor.language import senses as s; "
        "assert s._wordnet.cache_info().currsize == 0; "
        "assert s.kind_of('sedan', 'car'); assert s._wordnet.cache_info().currsize == 1; "
        "assert not any('build_lexicon' in m for m in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd="/")


def test_without_the_table_wordnet_answers_no(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(senses, "DATA", "no-such-file.tsv")
    senses._wordnet.cache_clear()
    for cached in (senses.lemmas, senses.senses, senses._above, senses._synsets, senses._kinds_above):
        cached.cache_clear()
    try:
        assert not kind_of("sedan", "car") and not opposite("win", "lose")
        assert same_act("suspension", "suspended")  # morphology remains
        assert same_kind("wreckage", "debris")  # and the table of kinds
    finally:
        monkeypatch.undo()
        senses._wordnet.cache_clear()
        for cached in (senses.lemmas, senses.senses, senses._above, senses._synsets, senses._kinds_above):
            cached.cache_clear()


def _tool():
    spec = importlib.util.spec_from_file_location("build_lexicon", ROOT / "tools" / "build_lexicon.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_tool_rebuilds_the_same_bytes() -> None:
    tool = _tool()
    if not (tool.DEFAULT / "data.noun").is_file():
        pytest.skip(f"WordNet's WNDB files are not at {tool.DEFAULT} (see tools/build_lexicon.py)")
    assert tool.build(tool.DEFAULT).encode("utf-8") == DATA.read_bytes()


def test_the_file_holds_what_its_format_says() -> None:
    wn = senses._wordnet()
    assert wn.lemmas == sorted(wn.lemmas) and wn.exceptions == sorted(wn.exceptions)
    assert 0 < wn.nouns < len(wn.synsets)
    assert all(wn.lexfile(s.synset) < 29 for s in wn.senses("sedan", "n"))  # noun lexicographer files
    assert all(wn.lexfile(s.synset) >= 29 for s in wn.senses("stroll", "v"))


@pytest.mark.parametrize(
    ("noun", "verb"),
    [
        ("suspension", "suspended"),
        ("delivery", "delivered"),
        ("closure", "closes"),
        ("death", "died"),
        ("decision", "decided"),
        ("cancellation", "cancelled"),
        ("arrival", "arriving"),
        ("payment", "paid"),
        ("denial", "denied"),
        ("completion", "completed"),
        ("dismissal", "dismissed"),
        ("failure", "failed"),
    ],
)
def test_a_noun_of_action_meets_its_verb(noun: str, verb: str) -> None:
    assert same_act(noun, verb), (root(noun), root(verb))


@pytest.mark.parametrize(
    ("a", "b"),
    [("hospital", "hospitality"), ("strike", "striker"), ("battery", "batter"), ("general", "generate")],
)
def test_words_that_only_look_alike_stay_apart(a: str, b: str) -> None:
    assert not same_act(a, b)


def test_kinds_are_narrow() -> None:
    assert same_kind("strikes", "walkout")  # WordNet: a walkout is a strike
    assert same_kind("moratorium", "pause")  # WordNet: a moratorium is a kind of pause
    assert same_kind("wreckage", "debris")  # the table: WordNet does not relate them
    assert same_kind("layoffs", "redundancy")  # the table
    assert not same_kind("strike", "pause")
    assert not same_kind("walkout", "march")


def con002(text: str) -> list:
    return codes(audit_text(text, select=["CON"]), "CON002")


FLAG = [
    # "none" against one case of the same kind of thing, as the verb's object
    "No further strikes have been called, the union said.\n\n"
    "On Monday the union said it had called a 24-hour walkout for next week.\n",
    "No new moratorium has been announced, the ministry said.\n\n"
    "The ministry said in a statement on Friday that it had announced a six-month pause on new licences.\n",
    # a member the article itself declares: the 40 staff are librarians, assistants and drivers
    "The council said none of its 40 library staff would lose their jobs.\n\n"
    "The 40 staff are 12 librarians, 20 assistants and 8 drivers.\n\n"
    "Six assistants will be made redundant in March, the council said.\n",
]
LEAVE = [
    # another kind of thing
    "No further strikes have been called, the union said.\n\nOn Monday the union said it had called a meeting.\n",
    # no declaration makes assistants staff: the rule does not guess
    "The council said none of its 40 library staff would lose their jobs.\n\n"
    "Six assistants will be made redundant in March, the council said.\n",
    # the case is of another noun: "a meeting about the strike" is a meeting
    "No further strikes have been called, the union said.\n\nOn Monday the union called a meeting about the strike.\n",
    # a case told as what was not done
    "No further strikes have been called, the union said.\n\nThe union has not called a walkout, it said.\n",
]


@pytest.mark.parametrize("text", FLAG)
def test_con002_meets_a_paraphrase(text: str) -> None:
    assert len(con002(text)) == 1, text


@pytest.mark.parametrize("text", LEAVE)
def test_con002_leaves_other_things_alone(text: str) -> None:
    assert con002(text) == [], text
