"""One way to cut a readable excerpt around a span, shared by reports and rules."""

from __future__ import annotations

import re

_WS = re.compile(r"\s+")


def clip(text: str, focus_start: int, focus_end: int, width: int = 160) -> str:
    """``text`` on one line, cut to about ``width`` characters around the focus.

    The cut keeps the focus in view (a third of the spare room before it), snaps
    to word boundaries, and marks what was cut with an ellipsis.
    """
    focus_start = max(0, min(focus_start, len(text)))
    focus_end = max(focus_start, min(focus_end, len(text)))
    lo, hi = 0, len(text)
    if hi - lo > width:
        spare = max(0, width - (focus_end - focus_start))
        lo = max(0, min(focus_start - spare // 3, len(text) - width))
        hi = min(len(text), lo + width)
        if lo > 0:  # do not start inside a word
            space = text.find(" ", lo, focus_start)
            lo = space + 1 if space != -1 else lo
        if hi < len(text):  # do not end inside a word
            space = text.rfind(" ", max(focus_end, lo), hi)
            hi = space if space != -1 else hi
    piece = _WS.sub(" ", text[lo:hi]).strip()
    return ("…" if lo > 0 else "") + piece + ("…" if hi < len(text) else "")
