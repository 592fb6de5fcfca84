"""LNG001-LNG003 on text written for the tests, plus the seed expectations."""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest
from conftest import audit_seed, audit_text, codes, lines_of

from auditor.config import Config
from auditor.model import Severity


def flagged(text: str, code: str, config: Config | None = None) -> list[str]:
    result = audit_text(text, select=[code], config=config)
    assert not result.failures, result.failures
    return [result.doc.snippet(f.span) for f in codes(result, code)]


# --- LNG001 unsupported-superlative ------------------------------------------------


@pytest.mark.parametrize(
    "text, words",
    [
        ("The storm caused unprecedented damage along the coast.", "unprecedented"),
        ("Prices reached a record high in the third quarter.", "record high"),
        ("It was the first-ever visit by a sitting premier.", "first-ever"),
        ("It was the first ever visit by a sitting premier.", "first ever"),
        ("It was the first‑ever visit by a sitting premier.", "first‑ever"),
        ("The flood was the worst the valley has seen since 1953.", "worst the valley has seen since"),
        ("This is the most overt sign yet of the pact.", "most overt sign yet"),
        ("It was the region's most violent week since 2014.", "most violent week since"),
        ("Turnout was the LOWEST EVER recorded in the town.", "LOWEST EVER"),
        ("The deal is the biggest ever signed by the club.", "biggest ever"),
    ],
)
def test_lng001_flags_unsupported_superlatives(text: str, words: str) -> None:
    assert flagged(text, "LNG001") == [words]


@pytest.mark.parametrize(
    "text",
    [
        # attributed to a named source
        "The quake was the strongest since 1964, according to the US Geological Survey.",
        "The quake was the strongest since 1964, Smith said.",
        "Smith said the quake was the strongest since 1964.",
        "The quake was the strongest since 1964, said Maria Lopez, a seismologist.",
        # cited
        "The quake was the strongest since 1964 [1].\n[1] https://example.org/quake-report",
        "The quake was the [strongest since 1964](https://example.org/quake-report).",
        # inside a quote attributed to a named person (straight and curly quotes)
        '"This is the worst flooding we have ever seen," Mayor Jane Doe said.',
        "“This is the worst flooding we have ever seen,” Mayor Jane Doe said.",
        "Mayor Jane Doe told reporters: “It is the worst flooding since records began.”",
        # plain superlatives without a record qualifier
        "Lagos is the largest city in the region.",
        "She is the most senior woman in the cabinet.",
        "The latest figures arrive on Monday; the next ones in June.",
        "The law forbids most abortions since many women do not know they are pregnant.",
        "Most residents have left since the fighting began.",
        "He is the richest man in the world.",
        "Governor Ana Ruiz touted the plant as the largest ever built in the state.",
    ],
)
def test_lng001_leaves_supported_or_plain_superlatives(text: str) -> None:
    path = "article.md" if "](" in text else "article.txt"
    result = audit_text(text, path=path, select=["LNG001"])
    assert not result.failures, result.failures
    assert codes(result, "LNG001") == []


def test_lng001_never_flags_exception_words() -> None:
    data = tomllib.loads((files("auditor_rules") / "data" / "language.toml").read_text(encoding="utf-8"))
    words = data["exceptions"]["est"]
    assert {"interest", "protest", "forest", "honest", "request", "suggest", "arrest", "west"} <= set(words)
    assert {"manifest", "contest"} <= set(words)
    text = " ".join(f"The {w} ever since remained." for w in words)
    assert flagged(text, "LNG001") == []
    capitalised = " ".join(f"{w.capitalize()} yet again stood firm." for w in words)
    assert flagged(capitalised, "LNG001") == []


def test_lng001_announced_by_does_not_vouch_for_the_judgement() -> None:
    text = "The plan, announced by Defence Minister Ana Ruiz on Monday, is the clearest sign yet of a shift."
    assert flagged(text, "LNG001") == ["clearest sign yet"]


def test_lng001_unnamed_group_does_not_support_a_record() -> None:
    assert flagged("Analysts say the drought is the worst in decades.", "LNG001") == ["worst in decades"]


def test_language_accept_and_reject_from_config() -> None:
    cfg = Config(sections={"language": {"accept": ["record high"], "reject": ["jaw dropper"]}})
    assert flagged("Shares hit a record high.", "LNG001", cfg) == []
    assert flagged("The finale was a jaw-dropper.", "LNG003", cfg) == ["jaw-dropper"]
    per_rule = Config(sections={"language": {"reject": {"LNG001": ["greatest"]}}})
    assert flagged("It is the greatest show.", "LNG001", per_rule) == ["greatest"]
    bad = Config(sections={"language": {"accept": "not a list", "reject": 3}})
    assert flagged("Prices reached a record high.", "LNG001", bad) == ["record high"]


# --- LNG002 weasel-attribution ------------------------------------------------------


@pytest.mark.parametrize(
    "text, words",
    [
        ("Experts say the bridge will need replacing.", "Experts say"),
        ("Some analysts suggest the merger will fail.", "Some analysts suggest"),
        ("Critics argue that the tax is regressive.", "Critics argue"),
        ("Observers note a change in tone.", "Observers note"),
        ("It is widely believed that the vote was rigged.", "It is widely believed"),
        ("It has been reported that the minister will resign.", "It has been reported"),
        ("The minister will reportedly resign.", "reportedly"),
        ("Many believe the plant is unsafe.", "Many believe"),
        ("Sources say the talks collapsed.", "Sources say"),
        ("The pact is seen as a warning to rivals.", "is seen as"),
        ("He is widely regarded as the favourite.", "is widely regarded as"),
        ("By some estimates the repairs will take a year.", "By some estimates"),
        ("It is arguably the weakest link.", "arguably"),
        ("Some historians have argued that the treaty failed.", "Some historians have argued"),
    ],
)
def test_lng002_flags_weasels(text: str, words: str) -> None:
    assert flagged(text, "LNG002") == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts at Chatham House said the merger will fail.",
        "Chatham House analysts said the merger will fail.",
        "Experts from the World Health Organization say the risk is low.",
        "The minister will reportedly resign, according to Reuters.",
        "The minister will reportedly resign, the BBC said.",
        "Two officials familiar with the talks said the deal was close.",
        "A senior diplomat, who spoke on condition of anonymity, said the deal was close.",
        "“Experts say it is safe,” said Dr Amal Nour.",
        "The suggestion was rejected by the panel.",
        "The platforms removed some fear-mongering posts.",
        "Turnout rose by some 5,000 voters.",
        "The suspect allegedly stole two cars.",
        "The plan would help poorer households, the researchers said.",
        "A Gallup poll reports that many voters are undecided.",
    ],
)
def test_lng002_leaves_named_and_described_sources(text: str) -> None:
    result = audit_text(text, select=["LNG002"])
    assert not result.failures, result.failures
    assert [f for f in codes(result, "LNG002") if f.severity != Severity.INFO] == []


# --- LNG003 peacock-term ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, words",
    [
        ("The treaty represents a significant moment for the region.", "a significant moment"),
        ("The port plays a pivotal role in trade.", "pivotal role"),
        ("The vote raises critical questions about oversight.", "critical questions"),
        ("The ruling sends a clear message to landlords.", "sends a clear message"),
        ("It was a historic deal for both unions.", "historic deal"),
        ("It is a game changer for farmers.", "game changer"),
        ("The strike was a watershed for the union.", "was a watershed"),
        ("The watershed election reshaped the council.", "watershed election"),
    ],
)
def test_lng003_flags_peacock_terms(text: str, words: str) -> None:
    assert flagged(text, "LNG003") == [words]


@pytest.mark.parametrize(
    "text",
    [
        "“It is a historic deal,” said union leader Sam Okafor.",
        "Union leader Sam Okafor said it was a historic deal.",
        "The historic district has 40 listed buildings.",
        "The court will rule on the question on Friday.",
        "Rain gauges in the same watershed recorded 40 mm.",  # a river's drainage basin
        "The agency maps every watershed in the province.",
    ],
)
def test_lng003_leaves_attributed_or_plain_words(text: str) -> None:
    assert flagged(text, "LNG003") == []


def test_lng003_is_less_severe_than_lng001() -> None:
    from auditor.registry import get_rule

    lng001, lng003 = get_rule("LNG001"), get_rule("LNG003")
    assert lng001 is not None and lng003 is not None
    assert lng003.severity.rank < lng001.severity.rank


def test_language_hostile_input() -> None:
    huge = "Official figures show " + "9" * 400 + " troops and " + "9" * 400 + " more."
    for text in [huge, "", "\u200b\u200b", "most " * 2000, "est" * 5000, "“" * 300 + "record", "𝔘𝔫𝔭𝔯𝔢𝔠𝔢𝔡𝔢𝔫𝔱𝔢𝔡"]:
        result = audit_text(text, select=["LNG", "CIT004"])
        assert not result.failures


# --- seeds --------------------------------------------------------------------------


def test_seed_language_expectations() -> None:
    s000 = audit_seed("000", select=["LNG"])
    assert {3, 5} <= set(lines_of(s000, "LNG002"))
    assert 9 in lines_of(s000, "LNG003")
    s001 = audit_seed("001", select=["LNG"])
    assert 17 in lines_of(s001, "LNG002")
    assert 1 not in lines_of(s001, "LNG002")  # "reportedly ..., according to Yonhap"
    s003 = audit_seed("003", select=["LNG"])
    assert 7 in lines_of(s003, "LNG001")


def test_seed_language_findings_are_few() -> None:
    """Every finding on the seeds was reviewed; keep the count from creeping up unnoticed."""
    totals = {n: len(codes(audit_seed(n, select=["LNG"]))) for n in ("000", "001", "002", "003")}
    assert totals == {"000": 6, "001": 6, "002": 1, "003": 2}


def test_non_breaking_spaces_are_spaces() -> None:
    text = "The\u00a0Lancet\u00a0said the move will have\u00a0dire consequences and is\u00a0unprecedented."
    assert flagged(text, "LNG003") == []
    assert flagged(text, "LNG001") == []
    assert flagged("Critics\u00a0argue the\u00a0tax is regressive.", "LNG002") == ["Critics\u00a0argue"]


@pytest.mark.parametrize("code", ["LNG001", "LNG002", "LNG003", "CIT004"])
def test_documented_examples_behave(code: str) -> None:
    """The examples in each rule's documentation are flagged and left alone as documented."""
    import textwrap

    from auditor.registry import get_rule

    rule = get_rule(code)
    assert rule is not None
    flag = textwrap.dedent(rule.docs.flag).strip()
    ok = textwrap.dedent(rule.docs.ok).strip()
    assert codes(audit_text(flag, select=[code]), code)
    assert not codes(audit_text(ok, select=[code]), code)
