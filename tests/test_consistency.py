"""CON001-CON003 on text written for the tests, and the seed expectations of issue 6."""

from __future__ import annotations

import pytest
from conftest import audit_seed, audit_text, codes, lines_of


def con(text: str, code: str) -> list:
    return codes(audit_text(text, select=["CON"]), code)


# ---------------------------------------------------------------- CON001 numeric-contradiction

CON001_FLAG = [
    "Russia sent 5,000 troops to the border.\nAnalysts say Russia sent 8,000 troops to the border.\n",
    # aliases: the capital and the demonym stand for the country
    "Moscow deployed 12,000 troops near Kharkiv.\n"
    "On the ground, Russian commanders deployed 20,000 troops near Kharkiv.\n",
    # a hedge is a range, and these ranges do not meet
    "Officials said about 300 people were killed in the flood in Peru.\n"
    "Peru's government said 900 people were killed in the flood in Peru.\n",
    # no named subject, but one event counted twice
    "At least 40 people were killed when the ferry capsized on Sunday.\n"
    "The ferry carried 150 passengers.\n"
    "Police said 25 people were killed on Sunday.\n",
]

CON001_OK = [
    # an additional group
    "Russia sent 5,000 troops to the border.\nRussia later sent an additional 3,000 troops to the border.\n",
    "Russia sent 5,000 troops to the border.\nRussia sent 3,000 more troops to the border.\n",
    # hedges that overlap, and a bound
    "Russia sent 5,000 troops to the border.\nMoscow sent about 5,400 troops to the border.\n",
    "Russia sent 5,000 troops to the border.\nRussia could send up to 10,000 troops to the border.\n",
    # an explicit revision
    "Peru said 40 people were killed.\nPeru later revised the toll to 52 people killed.\n",
    # different groups: another counted thing, another event, another subject, another year
    "Russia sent 5,000 engineers.\nRussia sent 1,000 deminers.\n",
    "Syria said 12 people were killed.\nSyria said 30 people were injured.\n",
    "Russia sent 5,000 troops.\nBelarus sent 2,000 troops.\n",
    "In 2022, Iran arrested 300 protesters.\nIn 2023, Iran arrested 900 protesters.\n",
    # places differ, or other parties
    "China sent 300 doctors to Italy.\nChina sent 500 doctors to Spain.\n",
    "Israeli strikes killed 12 people in Rafah.\nIsraeli strikes killed 30 people in Khan Younis.\n",
    # subsets and rates
    "Kenya hired 900 nurses.\nOf them, Kenya hired 300 nurses in Nairobi.\n",
    "Egypt deports 40 migrants a day.\nEgypt deported 900 migrants.\n",
    # no named subject: separate incidents
    "A bomb killed 12 people at a market.\nIn a separate attack, a bomb killed 7 people at a market.\n",
    "The first blast killed 12 people.\nThe second blast killed 5 people.\n",
    # no named subject and no event: too vague to compare
    "The plant has 900 workers.\nThe plant has 1,200 workers.\n",
    # vague quantities never contradict
    "North Korea sent thousands of troops.\nNorth Korea sent 500 troops.\n",
]


@pytest.mark.parametrize("text", CON001_FLAG)
def test_con001_flags(text: str) -> None:
    found = con(text, "CON001")
    assert len(found) == 1, text
    assert found[0].related, "the earlier figure is in related"


@pytest.mark.parametrize("text", CON001_OK)
def test_con001_leaves_alone(text: str) -> None:
    assert con(text, "CON001") == [], text


def test_con001_points_at_later_sentence() -> None:
    result = audit_text("Russia sent 5,000 troops.\nSome context here.\nMoscow sent 7,500 troops.\n", select=["CON"])
    assert lines_of(result, "CON001") == [3]
    f = codes(result, "CON001")[0]
    assert result.doc.position(f.related[0].start)[0] == 1
    assert "7,500 troops" in f.message and "5,000 troops" in f.message and "line 1" in f.message


def test_con001_tolerance_option() -> None:
    from auditor.config import Config

    text = "Russia sent 5,000 troops.\nMoscow sent 5,500 troops.\n"
    assert len(con(text, "CON001")) == 1
    cfg = Config(sections={"rules": {"CON001": {"tolerance": 0.2}}})
    assert codes(audit_text(text, select=["CON"], config=cfg), "CON001") == []


# ---------------------------------------------------------------- CON003 sum-mismatch

CON003_FLAG = [
    "The ministry sent 7,000 workers: 5,000 builders and 1,000 deminers.\n",
    "The convoy carried 120 people (40 doctors, 50 nurses and 20 engineers).\n",
    # the breakdown in the next sentence
    "North Korea will send 7,000 workers to Kursk.\n"
    "They are a mix of 5,000 construction workers and 1,000 mine clearers.\n",
    "The team has 30 members, comprising 12 analysts and 14 reporters.\n",
]

CON003_OK = [
    "The ministry sent 6,000 workers: 5,000 builders and 1,000 deminers.\n",
    "North Korea will send 6,000 workers to Kursk.\n"
    "They are a mix of 5,000 construction workers and 1,000 mine clearers.\n",
    # partial lists
    "The company employs 900 people, including 300 engineers and 200 designers.\n",
    "Police arrested 40 people, among them 10 students and 5 teachers.\n",
    # hedged parts are never summed
    "Seoul says 7,000 workers are going: approximately 5,000 builders and 1,000 deminers.\n",
    # no breakdown marker: two facts, not a total and its parts
    "Russia sent 7,000 workers.\nIt also sent 5,000 tanks and 1,000 trucks.\n",
    # parts of another thing
    "The city has 9,000 residents: 3,000 dogs and 2,000 cats live there too.\n",
]


@pytest.mark.parametrize("text", CON003_FLAG)
def test_con003_flags(text: str) -> None:
    assert len(con(text, "CON003")) == 1, text


@pytest.mark.parametrize("text", CON003_OK)
def test_con003_leaves_alone(text: str) -> None:
    assert con(text, "CON003") == [], text


def test_con003_message_and_related() -> None:
    result = audit_text(
        "North Korea will send 7,000 workers to Kursk.\nThey are a mix of 5,000 builders and 1,000 mine clearers.\n",
        select=["CON"],
    )
    [f] = codes(result, "CON003")
    assert lines_of(result, "CON003") == [2]
    assert result.doc.position(f.related[0].start)[0] == 1
    assert "7,000 workers" in f.message and "= 6,000" in f.message


def test_sum_that_adds_up_is_confirmed() -> None:
    from auditor_rules.consistency import sum_checks

    result = audit_text("The ministry sent 6,000 workers: 5,000 builders and 1,000 deminers.\n", select=["CON"])
    [check] = sum_checks(result.doc)
    assert check["adds_up"] and check["sum"] == 6000


# ---------------------------------------------------------------- CON002 polarity-contradiction

CON002_FLAG = [
    # apposition: the minister speaks for the country
    "Russian Foreign Minister Sergei Lavrov acknowledged the North Korean deployment.\n"
    "Russia has not confirmed the North Korean deployment.\n",
    # surname alone after the apposition, capital for the country
    "Ukrainian Defence Minister Rustem Umerov gave a briefing.\n"
    "Umerov confirmed the strike on the refinery.\n"
    "Kyiv has denied the strike on the refinery.\n",
    # the seat of government for the country; sent versus denied sending
    "The Kremlin has denied sending troops to Belarus.\n"
    "Russian Defence Minister Andrei Belov confirmed that Russia sent troops to Belarus.\n",
    # a company the text names
    "Acme Corp confirmed the layoffs at its Ohio plant.\nAcme Corp has not confirmed any layoffs.\n",
    # silence on the matter versus an admission
    "Pyongyang admitted the missile launch.\nNorth Korea has remained silent on the matter.\n",
    "Iran has yet to acknowledge the explosion at the port.\nTehran acknowledged the explosion at the port.\n",
]

CON002_OK = [
    # explicit change over time
    "Russia initially denied the deployment of troops.\n"
    "Russian officials later acknowledged the deployment of troops.\n",
    "Russia had denied the deployment of troops.\nRussia confirmed the deployment of troops.\n",
    # different subjects
    "Russia confirmed the deployment of troops.\nNorth Korea has not confirmed the deployment of troops.\n",
    # different things confirmed
    "Russia confirmed the grain deal.\nRussia has not confirmed the prisoner exchange.\n",
    # hypotheticals, questions, infinitives
    "Russia confirmed the prisoner exchange.\nIf Russia does not confirm the prisoner exchange, talks end.\n",
    "Russia confirmed the prisoner exchange.\nWill Russia deny the prisoner exchange?\n",
    "Russia confirmed the prisoner exchange.\nRussia plans to announce the prisoner exchange.\n",
    # "not only" is not a negation
    "Russia sent troops.\nRussia has not only sent troops but also weapons.\n",
    # dated differently
    "On Monday, Russia denied the prisoner exchange.\nOn Friday, Russia confirmed the prisoner exchange.\n",
    # a passive without an agent has no subject
    "Russia confirmed the prisoner exchange.\nThe prisoner exchange has not been confirmed.\n",
    # a pronoun stands for the last party named before it, here Ukraine
    "Russia confirmed the prisoner exchange.\nUkraine welcomed the news.\nIt has not confirmed the prisoner exchange.\n",
    # "was denied entry" is not a denial
    "The Russian envoy confirmed the visit.\nRussian diplomats were denied entry to the visit.\n",
]


@pytest.mark.parametrize("text", CON002_FLAG)
def test_con002_flags(text: str) -> None:
    found = con(text, "CON002")
    assert len(found) == 1, text
    assert found[0].related


@pytest.mark.parametrize("text", CON002_OK)
def test_con002_leaves_alone(text: str) -> None:
    assert con(text, "CON002") == [], text


def test_con002_message_names_both_sides() -> None:
    result = audit_text(
        "Russian Foreign Minister Sergei Lavrov acknowledged the North Korean deployment.\n"
        "Russia has not confirmed the North Korean deployment.\n",
        select=["CON"],
    )
    [f] = codes(result, "CON002")
    assert lines_of(result, "CON002") == [2]
    assert "Sergei Lavrov" in f.message and "line 1" in f.message and "Russia" in f.message


# ---------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n",
        "9" * 400 + " troops.\n",
        "Russia sent 1e309 troops and 10,000,000,000,000,000,000 troops.\n",
        "Россия направила 5 000 солдат. 北朝鮮は 6,000 人を派遣した。\n",
        "Russia " * 2000 + "confirmed it.\n",
    ],
)
def test_hostile_input_does_not_crash(text: str) -> None:
    result = audit_text(text, select=["CON"])
    assert not result.failures


# ---------------------------------------------------------------- seeds (issue 6)


def test_seed_001_polarity() -> None:
    result = audit_seed("001", select=["CON"])
    assert lines_of(result, "CON002") == [14]
    [f] = codes(result, "CON002")
    assert [result.doc.position(s.start)[0] for s in f.related] == [9]
    assert lines_of(result, "CON001") == [] and lines_of(result, "CON003") == []


@pytest.mark.parametrize("seed", ["000", "002", "003"])
def test_other_seeds_have_no_consistency_findings(seed: str) -> None:
    result = audit_seed(seed, select=["CON"])
    assert [f.code for f in result.findings] == []


def test_seed_002_total_confirmed() -> None:
    from auditor_rules.consistency import sum_checks

    result = audit_seed("002", select=["CON"])
    checks = sum_checks(result.doc)
    assert checks and all(c["adds_up"] for c in checks)
    assert {c["sum"] for c in checks} == {6000}


@pytest.mark.parametrize("code", ["CON001", "CON002", "CON003"])
def test_documented_examples_behave(code: str) -> None:
    import textwrap

    from auditor.registry import get_rule

    rule = get_rule(code)
    assert rule is not None
    flag = textwrap.dedent(rule.docs.flag).strip() + "\n"
    ok = textwrap.dedent(rule.docs.ok).strip() + "\n"
    assert len(con(flag, code)) == 1
    assert con(ok, code) == []


def test_lines_point_into_the_original_markdown() -> None:
    text = (
        "---\ntitle: Test\n---\n\n# Heading\n\n"
        "Russian Foreign Minister Sergei Lavrov **acknowledged** the North Korean deployment.\n\n"
        "Russia has [not confirmed](https://example.org/a) the North Korean deployment.\n"
    )
    result = audit_text(text, path="article.md", select=["CON"])
    assert lines_of(result, "CON002") == [9]
    [f] = codes(result, "CON002")
    assert result.doc.position(f.related[0].start)[0] == 7


def test_long_article_is_handled_whole() -> None:
    """A 600-paragraph article goes through without failures (its cost is measured in bench/, not here)."""
    block = (
        "Russia sent {n} troops to the border. The Kremlin has not confirmed the deployment of troops. "
        "Moscow confirmed the deployment of troops. Officials said {n} people were killed in the attack.\n"
    )
    text = "".join(block.format(n=f"{1000 + i:,}") for i in range(600))
    result = audit_text(text, select=["CON"])
    assert not result.failures
