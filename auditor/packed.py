"""Run-sized lists of strings kept packed, so a run's memory does not grow with its size.

A run holds a few strings for every article from discovery to the end: the file's
path, its scorecard's name in the report folder. As Python objects those cost
200-340 bytes an article (an object, a string header, a list or set slot), 15 MB
more at 50,000 articles than at 5,000. Packed, the strings are UTF-8 bytes in one
buffer with one 4-byte end offset each, and an item is decoded when it is read.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate
from typing import overload

_CODEC = ("utf-8", "surrogatepass")  # round-trips any str, surrogate-escaped file names included


class PackedStrings(Sequence[str]):
    """An append-only sequence of strings stored as UTF-8 in one buffer."""

    __slots__ = ("_blob", "_ends")

    def __init__(self, items: Iterable[str] = ()) -> None:
        self._blob = bytearray()
        self._ends = array("I")  # 4 bytes an offset while the buffer is under 4 GB (always, for paths)
        self.extend(items)

    def append(self, item: str) -> None:
        self.extend((item,))

    def extend(self, items: Iterable[str]) -> None:
        """Append every item: encoded, joined and measured in C-speed loops (a run plans 50,000 names)."""
        encoded = [item.encode(*_CODEC) for item in items]
        ends = accumulate(map(len, encoded), initial=len(self._blob))
        next(ends)  # the initial value: the end of what was there
        self._blob += b"".join(encoded)
        if len(self._blob) > 0xFFFFFFFF and self._ends.typecode == "I":
            self._ends = array("q", self._ends)
        self._ends.extend(ends)

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        ends = self._ends
        if index < 0:
            index += len(ends)
        end = ends[index]  # IndexError past the end, as a list
        start = ends[index - 1] if index else 0
        return self._blob[start:end].decode(*_CODEC)

    def __iter__(self) -> Iterator[str]:
        blob, start = self._blob, 0
        for end in self._ends:
            yield blob[start:end].decode(*_CODEC)
            start = end


class SortedNames(PackedStrings):
    """A sorted set of strings, packed: membership by binary search, iteration in order."""

    __slots__ = ()

    def __init__(self, items: Iterable[str] = ()) -> None:
        super().__init__(sorted(set(items)))

    def __contains__(self, item: object) -> bool:
        if not isinstance(item, str):
            return False
        i = bisect.bisect_left(self, item)
        return i < len(self) and self[i] == item


def merged(a: Iterable[str], b: Iterable[str]) -> Iterator[str]:
    """The union of two sorted iterables of distinct strings, sorted, each string once."""
    import heapq

    last: str | None = None
    for item in heapq.merge(a, b):
        if item != last:
            yield item
            last = item


def difference(a: Iterable[str], b: Iterable[str]) -> Iterator[str]:
    """The strings of sorted ``a`` that sorted ``b`` does not hold, in order (one pass over each)."""
    other = iter(b)
    current = next(other, None)
    for item in a:
        while current is not None and current < item:
            current = next(other, None)
        if current != item:
            yield item
