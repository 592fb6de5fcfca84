"""SRC004 thin-sourcing and the sentence counts behind the scorecard's sourcing summary."""

from __future__ import annotations

from conftest import audit_seed, audit_text, codes

from auditor.language.sourcing import sentence_sourcing
from auditor.reading.loaders import load_text

PLAIN = [
    "The bridge will close in May.",
    "Repairs will cost more than planned.",
    "Traffic will move to the old road.",
    "Shops nearby expect fewer customers.",
    "The works will last two years.",
    "A new bus line will open.",
    "Parking will be free during the works.",
    "The bridge opened in 1962.",
    "It carries 20,000 cars a day.",
    "The old road is narrow.",
]


def _article(sentences: list[str]) -> str:
    return "\n\n".join(" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)) + "\n"


def test_flags_an_article_where_nothing_rests_on_a_source() -> None:
    found = codes(audit_text(_article(PLAIN), select=["SRC004"]), "SRC004")
    assert len(found) == 1
    assert "Only 0 of 10 sentences" in found[0].message
    assert found[0].evidence["nothing"] == 10


def test_a_vague_group_is_not_a_source() -> None:
    text = _article(["Analysts say the bridge will close in May.", *PLAIN[1:]])
    assert codes(audit_text(text, select=["SRC004"]), "SRC004")


def test_leaves_alone_one_named_source_in_ten() -> None:
    text = _article(["The bridge will close in May, the city council said.", *PLAIN[1:]])
    assert not codes(audit_text(text, select=["SRC004"]), "SRC004")


def test_leaves_alone_a_linked_source() -> None:
    text = _article(["The bridge will close in May [1].", *PLAIN[1:]]) + "\n[1] https://www.reuters.com/a-2024-05-01/\n"
    assert not codes(audit_text(text, select=["SRC004"]), "SRC004")


def test_leaves_alone_short_texts_and_other_languages() -> None:
    assert not codes(audit_text(_article(PLAIN[:7]), select=["SRC004"]), "SRC004")
    spanish = [
        "El puente cerrará en mayo y la obra durará dos años.",
        "Las reparaciones costarán más de lo previsto por la ciudad.",
        "El tráfico pasará por la carretera vieja durante las obras.",
        "Los comercios de la zona esperan menos clientes este año.",
        "Una nueva línea de autobús abrirá en junio para los vecinos.",
        "El aparcamiento será gratuito durante todas las obras del puente.",
        "El puente se inauguró en 1962 y es uno de los más antiguos.",
        "Cada día lo cruzan unos veinte mil coches de la región.",
    ]
    text = _article(spanish)
    assert not codes(audit_text(text, select=["SRC004"]), "SRC004")
    assert sum(sentence_sourcing(load_text(text, "a.txt")).values()) == 0


def test_counts_each_sentence_once_under_its_strongest_source() -> None:
    text = "Smith said the bridge would reopen in May, analysts say.\n\nAnalysts suggest the cost will rise.\n"
    counts = sentence_sourcing(load_text(text, "a.txt"))
    assert counts["named"] == 1 and counts["unnamed"] == 1


def test_headings_are_not_statements() -> None:
    text = "Bridge to Close\n\nWhat Happens Next\n\n" + _article(PLAIN)
    assert sum(sentence_sourcing(load_text(text, "a.txt")).values()) == 10


def test_seeds_the_generated_stories_are_thin_the_sourced_one_is_not() -> None:
    flagged = {seed: bool(codes(audit_seed(seed, select=["SRC004"]))) for seed in ("000", "001", "002", "003")}
    assert flagged == {"000": True, "001": False, "002": True, "003": True}


def _html(sentences: list[str], url: str, title: str) -> str:
    paras = "".join(f"<p>{s}</p>" for s in sentences)
    return (
        f'<html><head><title>{title}</title><link rel="canonical" href="{url}"></head>'
        f"<body><article><h1>{title.split('|')[0].strip()}</h1>{paras}</article></body></html>"
    )


def test_declared_opinion_is_not_thin_reporting() -> None:
    opinion = _html(PLAIN, "https://news.example.com/opinion/2024/05/bridge-should-close", "The bridge | Opinion")
    assert not codes(audit_text(opinion, "o.html", select=["SRC004"]), "SRC004")
    column = _html(PLAIN, "https://news.example.com/news/bridge", "Why the bridge must close | COMMENTARY")
    assert not codes(audit_text(column, "c.html", select=["SRC004"]), "SRC004")
    report = _html(PLAIN, "https://news.example.com/news/2024/05/bridge-closes", "Bridge closes in May")
    assert codes(audit_text(report, "r.html", select=["SRC004"]), "SRC004")


def test_a_page_whose_article_was_not_read_is_not_judged() -> None:
    doc = load_text(_article(PLAIN), "a.txt")
    doc.meta.body_note = "only 40 of 900 words were read"
    from auditor_rules.sources import check_thin_sourcing

    from auditor.config import Config
    from auditor.context import Context

    assert (
        list(
            check_thin_sourcing(
                doc, Context(config=Config(), as_of=doc.meta.published or __import__("datetime").date(2025, 1, 1))
            )
        )
        == []
    )
