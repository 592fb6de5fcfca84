"""A temporary on-disk queue of article views, so memory stays flat on big runs.

Formats that need every finding (JSON, SARIF, JUnit, GitHub) are written after
the run, when totals and cross-document results are known. Instead of keeping
50,000 views in memory, the CLI appends each view here as it arrives and the
formats replay them one at a time.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterator

from auditor.reporting.views import DocView


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
