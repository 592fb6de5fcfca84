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
    piece = " ".join(text[lo:hi].split())  # _WS.sub(" ", ...).strip(): the same whitespace, twice as fast
    return ("…" if lo > 0 else "") + piece + ("…" if hi < len(text) else "")


# Characters a reader cannot see but that change what is shown: C0/C1 controls (an ESC starts a
# terminal sequence), bidi embeddings, overrides and isolates (a URL can render reversed), and
# zero-width characters (``reu\u200bters.com`` reads as reuters.com). Tab, newline and CR are
# left to the callers, which turn them into spaces. ZWNJ and ZWJ join letters in Persian, Indic
# scripts and emoji: between two word characters they are kept.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u180e\u200b\u200e\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
    r"|(?<!\w)[\u200c\u200d]|[\u200c\u200d](?!\w)"
)
# Every character _INVISIBLE can match, as one class: a class alone lets the engine skip to a
# candidate character in C, where _INVISIBLE (two of its branches start with a look-behind) is
# tried at every position. A text with none of them has nothing to show (6x cheaper per excerpt).
_MAYBE_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
)


def has_invisible(text: str) -> bool:
    """Whether ``text`` holds a control, bidi or zero-width character :func:`visible` would show."""
    return _MAYBE_INVISIBLE.search(text) is not None and _INVISIBLE.search(text) is not None


def visible(text: str) -> str:
    """``text`` with every invisible or direction-changing character written as ``\\u202e`` (``\\x1b``)."""
    if not text or _MAYBE_INVISIBLE.search(text) is None or _INVISIBLE.search(text) is None:
        return text
    return _INVISIBLE.sub(_escape, text)


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
