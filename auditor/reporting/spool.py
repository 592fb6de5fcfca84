"""A temporary on-disk queue of article views, so memory stays flat on big runs.

Formats that need every finding (JSON, SARIF, JUnit, GitHub) are written after
the run, when totals and cross-document results are known. Instead of keeping
50,000 views in memory, the CLI appends each view here as it arrives and the
formats replay them one at a time.
"""

from __future__ import annotations

import pickle
import tempfile
from array import array
from collections.abc import Iterator

from auditor.reporting.views import DocView, IndexRow, index_rank


class ViewSpool:
    """Append views; iterate them back in the same order, as often as needed."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="auditor-", suffix=".spool")  # noqa: SIM115 (closed by close())
        self.count = 0

    def append(self, view: DocView) -> None:
        pickle.dump(view, self._file, protocol=pickle.HIGHEST_PROTOCOL)
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
        self._file = tempfile.TemporaryFile(prefix="auditor-", suffix=".rows")  # noqa: SIM115 (closed by close())
        self._by_score: dict[int, array[int]] = {}
        self._last_path: str | None = None
        self._in_path_order = True
        self.count = 0

    def append(self, row: IndexRow) -> None:
        offset = self._file.seek(0, 2)
        pickle.dump(row, self._file, protocol=pickle.HIGHEST_PROTOCOL)
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
