"""A temporary on-disk queue of article views, so memory stays flat on big runs.

Formats that need every finding (JSON, SARIF, JUnit, GitHub) are written after
the run, when totals and cross-document results are known. Instead of keeping
50,000 views in memory, the CLI appends each view here as it arrives and the
formats replay them one at a time.
"""

from __future__ import annotations

import io
import pickle
from array import array
from collections.abc import Iterator
from typing import IO

from auditor.reporting.views import DocView, IndexRow, index_rank

_IN_MEMORY = 64 << 10  # bytes a spool keeps in memory before it moves to a temporary file


def _spilled(f: IO[bytes], suffix: str) -> IO[bytes]:
    """``f``, or once the in-memory buffer a spool starts with outgrows ``_IN_MEMORY``, a temporary
    file holding the same bytes at the same position (offsets into it stay valid).

    A short run (a pre-commit hook's few articles) then never creates a file, nor imports
    ``tempfile`` (and ``random``); a long one keeps its memory flat as before.
    """
    if type(f) is not io.BytesIO or f.getbuffer().nbytes <= _IN_MEMORY:
        return f
    import tempfile

    disk = tempfile.TemporaryFile(prefix="auditor-", suffix=suffix)  # noqa: SIM115 (the spool closes it)
    with f.getbuffer() as data:
        disk.write(data)
    disk.seek(f.tell())
    f.close()
    return disk


class ViewSpool:
    """Append views; iterate them back in the same order, as often as needed."""

    def __init__(self) -> None:
        self._file: IO[bytes] = io.BytesIO()  # a temporary file once it grows (see _spilled)
        self.count = 0

    def append(self, view: DocView) -> None:
        pickle.dump(view, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._file = _spilled(self._file, ".spool")
        self.count += 1

    def __iter__(self) -> Iterator[DocView]:
        self._file.flush()
        self._file.seek(0)
        for _ in range(self.count):
            yield pickle.load(self._file)
        self._file.seek(0, 2)

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> ViewSpool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class RowLog:
    """The index rows of a run, on disk, with the few run-wide facts kept as counters.

    ``index.md``, the summary line and the machine formats need one light row per
    article, worst score first. Keeping 50,000 rows in memory was most of the
    growth of peak memory with the size of a run; here each row is pickled to a
    temporary file and only its offset stays in memory (8 bytes), grouped by
    score. Rows arrive in path order (discovery sorts them), so reading each
    score's group in arrival order gives the (score, path) order of the index
    without sorting; when rows do not arrive in path order, each group is sorted.
    """

    def __init__(self) -> None:
        self._file: IO[bytes] = io.BytesIO()  # a temporary file once it grows (see _spilled)
        self._by_score: dict[int, array[int]] = {}
        self._last_path: str | None = None
        self._in_path_order = True
        self.count = 0

    def append(self, row: IndexRow) -> None:
        offset = self._file.seek(0, 2)
        pickle.dump(row, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._file = _spilled(self._file, ".rows")
        self._by_score.setdefault(index_rank(row), array("q")).append(offset)
        if self._last_path is not None and row.path < self._last_path:
            self._in_path_order = False
        self._last_path = row.path
        self.count += 1

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[IndexRow]:
        """The rows in the order they were appended."""
        self._file.flush()
        self._file.seek(0)
        for _ in range(self.count):
            yield pickle.load(self._file)

    def worst_first(self) -> Iterator[IndexRow]:
        """The rows by (:func:`index_rank`, path), as ``sorted(rows, key=...)`` would give them."""
        self._file.flush()
        for score in sorted(self._by_score):
            group = (self._read(offset) for offset in self._by_score[score])
            yield from (group if self._in_path_order else sorted(group, key=lambda r: r.path))

    def _read(self, offset: int) -> IndexRow:
        self._file.seek(offset)
        return pickle.load(self._file)

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> RowLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
