"""Map offsets in the text editors read back to lines and columns of the file.

Loaders strip markup, drop comments and decode entities, so ``Document.text``
is not the file. They build it with a :class:`TextBuilder`, which records for
every piece of text where it came from; :class:`SourceMap` answers
``position(offset) -> (line, column)`` with two binary searches.
"""

from __future__ import annotations

from bisect import bisect_right


class LineIndex:
    """Line starts of a source string, for offset -> (line, column)."""

    __slots__ = ("_length", "_starts")

    def __init__(self, source: str) -> None:
        starts = [0]
        find = source.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self._starts = starts
        self._length = len(source)

    def position(self, src_offset: int) -> tuple[int, int]:
        src_offset = max(0, min(src_offset, self._length))
        line = bisect_right(self._starts, src_offset) - 1
        return line + 1, src_offset - self._starts[line] + 1

    def offset(self, line: int, column: int) -> int:
        """Source offset of a 1-based line and 0-based column (HTMLParser style)."""
        if line - 1 >= len(self._starts):
            return self._length
        return min(self._starts[line - 1] + column, self._length)

    def line_span(self, line: int) -> tuple[int, int]:
        """Source offsets [start, end) of a 1-based line, without its newline."""
        start = self._starts[line - 1]
        end = self._starts[line] - 1 if line < len(self._starts) else self._length
        return start, end

    @property
    def line_count(self) -> int:
        return len(self._starts)


class SourceMap:
    """Offsets of ``Document.text`` -> offsets and positions in the source file.

    Segments are ``(text_start, src_start, exact)``: an exact segment maps
    character by character; an inexact one (a decoded entity, an inserted
    paragraph break) maps every offset to ``src_start``.
    """

    __slots__ = ("_exact", "_src_starts", "_text_starts", "lines", "source")

    def __init__(
        self,
        source: str,
        segments: list[tuple[int, int, bool]] | None = None,
        lines: LineIndex | None = None,
    ) -> None:
        self.source = source
        self.lines = lines or LineIndex(source)
        segments = segments if segments is not None else [(0, 0, True)]
        self._text_starts = [s[0] for s in segments]
        self._src_starts = [s[1] for s in segments]
        self._exact = [s[2] for s in segments]

    @classmethod
    def identity(cls, source: str) -> SourceMap:
        return cls(source)

    def source_offset(self, offset: int) -> int:
        i = bisect_right(self._text_starts, offset) - 1
        if i < 0:
            return 0
        if self._exact[i]:
            return self._src_starts[i] + (offset - self._text_starts[i])
        return self._src_starts[i]

    def position(self, offset: int) -> tuple[int, int]:
        return self.lines.position(self.source_offset(offset))

    def source_line(self, line: int) -> str:
        start, end = self.lines.line_span(line)
        return self.source[start:end].rstrip("\r")


class TextBuilder:
    """Assemble document text piece by piece while recording where each came from."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._parts: list[str] = []
        self._segments: list[tuple[int, int, bool]] = []
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def copy(self, src_start: int, src_end: int) -> None:
        """Append source text verbatim: offsets map one to one."""
        if src_end <= src_start:
            return
        self._add(self.source[src_start:src_end], src_start, True)

    def add(self, text: str, src_offset: int) -> None:
        """Append text that stands for the source at ``src_offset`` (an entity, a break)."""
        if text:
            self._add(text, src_offset, False)

    def add_exact(self, text: str, src_start: int) -> None:
        """Append text that equals the source from ``src_start`` on, character by character."""
        if text:
            self._add(text, src_start, True)

    def _add(self, text: str, src: int, exact: bool) -> None:
        segs = self._segments
        if segs and exact and segs[-1][2]:
            t0, s0, _ = segs[-1]
            if s0 + (self._length - t0) == src:  # contiguous with the previous piece
                self._parts.append(text)
                self._length += len(text)
                return
        segs.append((self._length, src, exact))
        self._parts.append(text)
        self._length += len(text)

    def ends_with(self, suffix: str) -> bool:
        if not self._parts:
            return False
        tail = "".join(self._parts[-3:])
        return tail.endswith(suffix)

    def build(self) -> tuple[str, SourceMap]:
        segments = self._segments or [(0, 0, True)]
        return "".join(self._parts), SourceMap(self.source, segments)
