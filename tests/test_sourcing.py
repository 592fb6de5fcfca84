"""SRC004 thin-sourcing and the sentence counts behind the scorecard's sourcing summary."""

from __future__ import annotations

import pytest
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
    from auditor.config import Config
    from auditor.context import Context
    from auditor_rules.sources import check_thin_sourcing

    assert (
        list(
            check_thin_sourcing(
                doc, Context(config=Config(), as_of=doc.meta.published or __import__("datetime").date(2025, 1, 1))
            )
        )
        == []
    )


# --- pieces that are not third-person reporting (judged on real pages and two real blogs) ---------


def _src004(text: str, name: str = "a.txt") -> list:
    return codes(audit_text(text, name, select=["SRC004"]), "SRC004")


def test_a_first_person_post_or_a_guide_is_not_thin_reporting() -> None:
    post = [
        "We moved our build to a new server in May.",
        "Our team had been waiting for this for a year.",
        "I wrote the first draft of the migration plan.",
        "You can read the plan in the repository.",
        *PLAIN[:6],
    ]
    assert not _src004(_article(post))


ESSAY = [
    "Large software systems are hard to build.",
    "In our experience, teams start too big.",
    "We have seen this pattern many times.",
    "A small first release teaches more than a long plan.",
    "Your users will tell you what matters.",
    "Contracts often fix the scope too early.",
    "Teams then spend years on features nobody uses.",
    "A better approach is to ship something small.",
    "Each release shows what to build next.",
    "Budgets can follow what the releases show.",
    "Leaders can measure progress by working software.",
    "Documents alone rarely show progress.",
]


def test_an_undated_essay_in_the_writers_voice_is_not_thin_reporting() -> None:
    """An essay, a guide or a team's account: the writer's voice (I/we/you in 1 statement in 10 or
    more) and no dated event (fewer than 1 in 10 holds a date). Judged on the 18F blog."""
    assert not _src004(_article(ESSAY))


@pytest.mark.parametrize(
    "changed",
    [
        # the writer's voice, but dated events: a dispatch, still reporting
        [s.replace("many times", "on Tuesday").replace("years", "since March 2023") for s in ESSAY]
        + ["We met the team on 4 May.", "The review ended last week."],
        # no dates, but no writer's voice either: third-person analysis (the seeds' stories)
        [
            s.replace("In our experience, teams", "Teams")
            .replace("We have seen", "Analysts see")
            .replace("Your", "The")
            .replace("you", "them")
            for s in ESSAY
        ],
    ],
)
def test_dated_events_or_a_third_person_voice_keep_a_piece_reporting(changed: list[str]) -> None:
    assert _src004(_article(changed))


def test_quoted_first_person_does_not_make_a_report_personal() -> None:
    quoted = [
        '"We will close the bridge in May," the sign reads.',
        '"Our crews start on Monday," another sign says.',
        '"You should plan another route," reads a third.',
        *PLAIN,
    ]
    assert _src004(_article(quoted))


def test_an_argument_is_not_thin_reporting() -> None:
    argument = [
        "A toll would pay for the repairs.",
        "The council should raise it in May.",
        "Drivers could use the old road instead.",
        "Shops might lose some trade for a while.",
        "The works must not last two years.",
        *PLAIN[:5],
    ]
    assert not _src004(_article(argument))


def test_a_list_of_names_or_results_is_not_thin_reporting() -> None:
    winners = "\n\n".join(f"Winner {i}\n\nRunner-up {i}\n\nThird place {i}" for i in range(8))
    assert not _src004(_article(PLAIN) + "\n" + winners + "\n")


def test_a_closing_credit_for_the_whole_piece_sources_it() -> None:
    credit = "(Sourcing: much of this list was obtained from the National Conference of State Legislatures)."
    assert not _src004(_article(PLAIN) + "\n" + credit + "\n")
    based = "This post is based on a recent piece that the author wrote for Bloomberg."
    assert not _src004(_article(PLAIN) + "\n" + based + "\n")
    assert _src004(_article(PLAIN) + "\nThis list will grow as the works go on.\n")


def test_a_results_desk_page_is_not_thin_reporting() -> None:
    sport = _html(PLAIN, "https://news.example.com/sports/article/derby-draw-123.php", "Derby draw")
    assert not _src004(sport, "s.html")
    market = _html(PLAIN, "https://news.example.com/markets/stocks/news/bank-shares-gain", "Bank shares gain")
    assert not _src004(market, "m.html")
    sporty_word = _html(PLAIN, "https://news.example.com/news/sportsman-bridge-closes", "Bridge closes")
    assert _src004(sporty_word, "n.html")
    esports = _html(PLAIN, "https://www.oneesports.gg/league-of-legends/t1-worlds-champion/", "T1 win")
    assert not _src004(esports, "e.html")
    transport = _html(PLAIN, "https://www.transport-news.com/bridge-closes/", "Bridge closes")
    assert _src004(transport, "t.html")


def test_captions_repeats_and_other_languages_are_not_counted() -> None:
    caption = "FILE - In this June 20, 2020, file photo, the bridge is seen from the river in Elmont, N.Y."
    text = caption + "\n\n" + caption + "\n\n" + _article([*PLAIN[:7], PLAIN[0]])
    doc = load_text(text, "a.txt")
    assert sum(sentence_sourcing(doc).values()) == 7  # the caption and the repeated sentence go
    assert not _src004(text)
    tagalog = "Naglabas na nga ng official statement ang ABS-CBN tungkol sa paglipat ng manager ni Bea Alonzo."
    mixed = _article([*PLAIN[:7], tagalog])
    assert sum(sentence_sourcing(load_text(mixed, "a.txt")).values()) == 7
    found = _src004(caption + "\n\n" + _article(PLAIN))
    assert found and "FILE" not in found[0].message and found[0].span.start > len(caption)


TECHNICAL = [
    "The new release makes the scheduler aware of container limits.",
    "Programs start with `GOMAXPROCS` set to the number of cores the container may use.",
    "Before this change the runtime read the host's core count.",
    "A program in a small container then ran too many threads.",
    "The setting is read again when the limit changes.",
    "Programs that set it by hand keep their own value.",
    "The `GODEBUG` variable turns the new behaviour off.",
    "Older programs need no change.",
    "The change ships in the next release.",
    "It was tested on three cloud providers.",
]


def test_leaves_alone_a_technical_piece_that_shows_code() -> None:
    text = "---\ntitle: Container limits\n---\n\n" + _article(TECHNICAL) + "\n```\nfunc main() {}\n```\n"
    assert not codes(audit_text(text, "post.md", select=["SRC004"]), "SRC004")
    plain = text.replace("`", "").replace("\nfunc main() {}\n", "")
    assert codes(audit_text(plain, "post.md", select=["SRC004"]), "SRC004")  # the code is what clears it


def test_one_code_span_does_not_make_a_report_technical() -> None:
    text = "---\ntitle: The bridge\n---\n\n" + _article(["The `Bridge` will close in May.", *PLAIN[1:]])
    assert codes(audit_text(text, "report.md", select=["SRC004"]), "SRC004")


def test_the_markdown_loader_counts_code_blocks_and_spans() -> None:
    text = "Text with `a` and `b`.\n\n```\ncode\nmore\n```\n\n    indented\n\nMore `c`.\n"
    assert load_text(text, "a.md").meta.code == 5
    assert load_text("Plain `x` text.\n", "a.txt").meta.code == 0
