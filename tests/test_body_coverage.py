"""AUD005: an HTML page whose article was not read is never graded as clean."""

from __future__ import annotations

import datetime as dt

from auditor.audit import audit_document
from auditor.config import Config
from auditor.reading.loaders import load_text
from auditor.registry import get_rule

_PARA = "<p>" + " ".join(f"word{i}" for i in range(60)) + " ends here.</p>\n"


def _page(body: str, html_attrs: str = "", head_close: str = "</head>") -> str:
    return f"<html{html_attrs}><head><title>Kursk report</title>{head_close}<body>{body}</body></html>"


def _aud005(source: str) -> list:
    doc = load_text(source, "a.html")
    audited = audit_document(doc, Config(), dt.date(2025, 6, 30))
    return [f for f in audited.findings if f.code == "AUD005"]


def test_wrapper_layout_classes_do_not_hide_the_article() -> None:
    for wrapper in ('class="header-spacing"', 'class="has-sidebar"', 'id="header"', 'class="l-sidebar-fixed"'):
        source = _page(f"<div {wrapper}><article>{_PARA * 3}</article></div>")
        doc = load_text(source, "a.html")
        assert "word59 ends here." in doc.text, wrapper
        assert not doc.meta.body_note and not _aud005(source)
    source = _page(f"<article>{_PARA * 3}</article>", html_attrs=' class="collapsed-nav"')
    assert "word1 " in load_text(source, "a.html").text and not _aud005(source)


def test_unclosed_head_does_not_hide_the_body() -> None:
    source = _page(_PARA * 3, head_close="")
    assert "word59 ends here." in load_text(source, "a.html").text
    assert not _aud005(source)


def test_article_inside_navigation_is_flagged_not_passed() -> None:
    source = _page(f"<nav>{_PARA * 3}</nav><p>Short footer line.</p>")
    found = _aud005(source)
    assert len(found) == 1 and get_rule("AUD005").severity.value == "error"
    assert "only 3 of the 189 words" in found[0].message


def test_redirect_stub_is_flagged() -> None:
    source = '<html><head><meta http-equiv="refresh" content="0; url=https://example.com/a"></head><body></body></html>'
    found = _aud005(source)
    assert len(found) == 1 and "redirect stub" in found[0].message


def test_short_page_and_plain_article_are_left_alone() -> None:
    assert not _aud005(_page("<p>One short paragraph.</p><nav><p>Menu item</p></nav>"))
    assert not _aud005(_page(f"<nav><p>Home World Sport</p></nav><main>{_PARA * 3}</main>"))
    assert not _aud005(_page("<p>Text only.</p>").replace("<p>", "<div>").replace("</p>", "</div>"))
