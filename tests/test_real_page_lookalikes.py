"""Shapes judged false alarms on the real eval pages (bench/judgements), each with its true sibling."""

from __future__ import annotations

from conftest import audit_text, codes


def test_two_addresses_side_by_side_are_not_one_url_with_a_space() -> None:
    result = audit_text("WATCH LIVE: https://t.co/2nLUhDS820 pic.twitter.com/jQ7omnJ3PE\n", select=["CIT001"])
    assert not codes(result, "CIT001")
    assert [c.url for c in result.doc.citations] == ["https://t.co/2nLUhDS820"]
    broken = audit_text("See https://www.ntv.de/politik/Kursk- article22489714.html today.\n", select=["CIT001"])
    assert codes(broken, "CIT001")  # a path cut by a stray space is still joined and flagged


def test_a_word_glued_to_a_good_url_is_not_a_scheme() -> None:
    result = audit_text("Faites un appel aux donshttps://www.ch-cote-basque.fr/dons/ aujourd'hui.\n", select=["CIT001"])
    assert not codes(result, "CIT001")
    assert [c.url for c in result.doc.citations] == ["https://www.ch-cote-basque.fr/dons/"]
    assert codes(audit_text("A bad link htps://example.com/x here.\n", select=["CIT001"]), "CIT001")


def test_a_logo_on_a_deprecated_site_is_no_source() -> None:
    text = "Officials said 40 people were hurt.\n\nhttps://cdn.img.sputniknews.com/i/logo.png\n"
    assert not codes(audit_text(text, select=["SRC001"]), "SRC001")
    story = "Officials said 40 people were hurt, Sputnik reported: https://sputniknews.com/world/2024/05/x\n"
    assert codes(audit_text(story, select=["SRC001"]), "SRC001")


def test_a_record_measured_by_a_named_source_beside_it() -> None:
    text = (
        "New cases have reached a record high for the third straight day in Oregon. "
        "The Oregon Health Authority reported 1,517 new infections on Friday.\n"
    )
    assert not codes(audit_text(text, select=["LNG001"]), "LNG001")
    unmeasured = "The storm was the worst the coast has ever seen. The mayor said schools would close.\n"
    assert codes(audit_text(unmeasured, select=["LNG001"]), "LNG001")


def test_a_demonstrative_sentence_carries_on_a_sourced_figure() -> None:
    text = (
        "The Oregon Health Authority reported 27 new deaths on Friday. "
        "That brings the state's estimated death toll to 820.\n"
    )
    assert not codes(audit_text(text, select=["CIT004"]), "CIT004")
    new_paragraph = (
        "The Oregon Health Authority reported 27 new deaths on Friday.\n\n"
        "This year, an estimated 40% of households lost power.\n"
    )
    assert codes(audit_text(new_paragraph, select=["CIT004"]), "CIT004")
