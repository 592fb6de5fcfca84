"""Static-site template tags in Markdown are the generator's markup, not prose (loaders/templates.py)."""

from __future__ import annotations

import pytest
from conftest import audit_text

from auditor.reading.loaders import load_text
from auditor.reading.loaders.templates import blank_templates


@pytest.mark.parametrize(
    "tag",
    [
        '{% image "assets/blog/tool.jpg" "A screenshot of the tool" %}',  # Eleventy / Liquid
        "{% include note.html content=page.note %}",  # Jekyll
        "{%- if page.draft -%}",
        "{{ site.baseurl }}",
        '{{< figure src="/img/blog-images/2017-06/chart.png" caption="The chart" >}}',  # Hugo shortcodes
        "{{% notice tip %}}",
        '{{code "hello.go" `/START/` `/END/`}}',  # Go's present tool
        "{# a note for the editors #}",
    ],
)
def test_a_tag_is_blanked_and_offsets_stay(tag: str) -> None:
    text = f"Before the tag. {tag} After the tag.\n"
    out = blank_templates(text)
    assert len(out) == len(text)
    assert out == "Before the tag. " + " " * len(tag) + " After the tag.\n"


@pytest.mark.parametrize(
    ("link", "address"),
    [
        (
            '[the post]({{ "/2015/10/13/open-source-micropurchasing/" | url }})',
            "/2015/10/13/open-source-micropurchasing/",
        ),
        ("[the post]({% post_url 2010-07-21-name-of-post %})", "2010-07-21-name-of-post"),
        ('[the guide]({{< relref "guide.md" >}})', "guide.md"),
        ("[a page]({% link _pages/about.md %})", "_pages/about.md"),
    ],
)
def test_a_tag_that_is_a_links_destination_keeps_its_address(link: str, address: str) -> None:
    out = blank_templates(link)
    assert len(out) == len(link)
    assert out.replace(" ", "").endswith(f"({address})")


def test_multi_line_tags_keep_their_line_breaks() -> None:
    text = 'One.\n{{< gallery\n  src="a.jpg"\n>}}\nTwo.\n'
    out = blank_templates(text)
    assert out.count("\n") == text.count("\n") and "gallery" not in out and "Two." in out


def test_code_raw_blocks_and_lone_braces_are_left_alone() -> None:
    fenced = "Text.\n\n```liquid\n{% include note.html %}\n```\n\nMore {% include x.html %} text.\n"
    out = blank_templates(fenced)
    assert "{% include note.html %}" in out and "{% include x.html %}" not in out
    raw = "{% raw %}Use {{ page.title }} in a layout.{% endraw %}"
    assert blank_templates(raw).strip() == "Use {{ page.title }} in a layout."
    go_raw = "Consider this:\n{{raw `\n\tfunc f() {}\n`}}\nDone.\n"
    out = blank_templates(go_raw)
    assert len(out) == len(go_raw) and "\tfunc f() {}\n" in out and "raw" not in out and "`" not in out
    prose = "A set is written {1, 2, 3}; the {{ never closed, and a brace { alone."
    assert blank_templates(prose) == prose
    unclosed = "Open {% here and " + "x" * 3000 + " %} far away."
    assert blank_templates(unclosed) == unclosed  # too far apart to be one tag


def test_front_matter_is_not_touched() -> None:
    text = '---\ntitle: "{{ not a tag here }}"\n---\n\nBody {% image "a.jpg" %} text.\n'
    start = text.index("Body")
    out = blank_templates(text, start)
    assert out[:start] == text[:start] and "image" not in out[start:]


def test_the_markdown_loader_reads_no_tag_as_prose() -> None:
    text = (
        "---\ntitle: Tool\n---\n\n"
        '{% image "assets/blog/forecast.jpg" "The homepage of the tool" %} The tool works on phones.\n\n'
        'Half of the bidders registered after [our post]({{ "/2015/10/13/micro/" | url }}).\n'
    )
    doc = load_text(text, "post.md")
    assert "image" not in doc.text and "assets" not in doc.text and "{{" not in doc.text
    assert "Half of the bidders registered after our post." in doc.text
    assert "/2015/10/13/micro/" not in doc.text  # the link's address is a link's, not text
    line = text[: text.index("Half")].count("\n") + 1
    found = audit_text(text, "post.md")
    assert found.doc.position(found.doc.text.index("Half"))[0] == line  # offsets map to the source lines


def test_a_document_without_braces_is_returned_as_it_is() -> None:
    text = "Plain prose with no template at all.\n"
    assert blank_templates(text) is text
