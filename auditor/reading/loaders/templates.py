"""Template tags of static-site generators in Markdown: markup for the generator, not prose.

A blog kept as a site checkout writes its images, includes and links as template tags: Jekyll,
Eleventy and Liquid ``{% image "a.jpg" "alt" %}``, ``{% include note.html %}``, ``{{ site.baseurl }}``;
Hugo shortcodes ``{{< figure src="a.jpg" >}}`` and ``{{% note %}}``; Go's present tool
``{{code "x.go"}}``; Jinja and Nunjucks comments ``{# ... #}``. Read as text they turn into
sentences ("{% image "assets/x.jpg" ... %} The new tool is ...") and link texts that are not links
(``[the post]({{ "/2015/10/13/post/" | url }})``). They are blanked with spaces before the Markdown
is parsed, so that every offset stays where it was; a tag that is a link's whole destination keeps
the address it names (its first quoted string or its argument: ``/2015/10/13/post/``), padded with
spaces, so the link stays a link to that page. ``{% raw %}`` blocks and Go's ``{{raw `...`}}``
keep their content (only the tags go), and fenced code blocks are left as they are: a tag there is
an example.
"""

from __future__ import annotations

import re

_MAX_TAG = 2000  # a tag longer than this is not one (an unclosed "{%" in prose): left as it is
_OPEN = re.compile(r"\{(?:\{[<%]?|%|#)")
_CLOSE = {"{{<": ">}}", "{{%": "%}}", "{{": "}}", "{%": "%}", "{#": "#}"}
_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})", re.M)
_QUOTED = re.compile(r"""["']([^"'\s]{1,500})["']""")
_ARGUMENT = re.compile(r"""^[{%<#-]+\s*(?:post_url|link|relref|ref)\s+["']?([^\s"'%}>]{1,500})""")
_VERBATIM = re.compile(r"^\{\{raw\s*`(.*)`\}\}$", re.S)
_RAW = re.compile(r"^\{%-?\s*(end)?raw\s*-?%\}$")


def _fences(text: str) -> list[tuple[int, int]]:
    """[start, end) of each fenced code block (an unclosed fence runs to the end)."""
    spans: list[tuple[int, int]] = []
    opened: tuple[int, str] | None = None
    for m in _FENCE.finditer(text):
        mark = m.group(1)
        if opened is None:
            opened = (m.start(), mark[0] * 3)
        elif mark.startswith(opened[1]):
            spans.append((opened[0], m.end()))
            opened = None
    if opened is not None:
        spans.append((opened[0], len(text)))
    return spans


def _replacement(tag: str, text: str, start: int) -> str:
    """Spaces as long as ``tag``, or the address it names when it is a link's destination."""
    blank = " " * len(tag)
    before = text[max(0, start - 2) : start]
    if not before.endswith("(") or "\n" in tag:
        return blank
    m = _ARGUMENT.match(tag) or _QUOTED.search(tag)
    if m is None:
        return blank
    address = m.group(1)
    return address + " " * (len(tag) - len(address)) if len(address) < len(tag) else blank


def blank_templates(text: str, start: int = 0) -> str:
    """``text`` with every template tag after ``start`` blanked (see the module's docstring)."""
    if "{" not in text[start:]:
        return text
    fences = _fences(text)
    out: list[str] = []
    at = pos = start
    fence_i = 0
    in_raw = False
    while True:
        m = _OPEN.search(text, pos)
        if m is None:
            break
        while fence_i < len(fences) and fences[fence_i][1] <= m.start():
            fence_i += 1
        if fence_i < len(fences) and fences[fence_i][0] <= m.start():
            pos = fences[fence_i][1]  # a tag in a code block is an example
            continue
        close = _CLOSE[m.group(0)]
        end = text.find(close, m.end(), m.end() + _MAX_TAG)
        if end == -1:
            pos = m.end()
            continue
        end += len(close)
        tag = text[m.start() : end]
        raw = _RAW.match(tag)
        if in_raw and not (raw and raw.group(1)):
            pos = m.end()  # inside {% raw %}: literal text, only {% endraw %} ends it
            continue
        if raw:
            in_raw = not raw.group(1)
        out.append(text[at : m.start()])
        verbatim = _VERBATIM.match(tag)
        if verbatim:  # Go's {{raw `...`}}: the text between the backquotes is shown as it is
            body = verbatim.group(1)
            out.append(" " * (len(tag) - len(body) - 3) + body + "   ")
        elif "\n" in tag:
            out.append("".join(c if c in "\r\n" else " " for c in tag))
        else:
            out.append(_replacement(tag, text, m.start()))
        at = pos = end
    out.append(text[at:])
    return text[:start] + "".join(out) if start else "".join(out)
