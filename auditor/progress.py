"""The one progress bar: a line on stderr, redrawn in place, only where someone watches.

Used for auditing articles (``auditing ███░░ 12/40``) and for checking cited pages
online (``checking cited pages ███░░ 12/40 · 2 failed · 8.5/s · 5 s``, drawn at once
and redrawn twice a second while it waits, so a slow first answer never leaves the
screen blank). It never writes to stdout, so machine formats on stdout stay clean,
and it redraws at most ten times a second, so a run of a million small files does
not spend its time drawing.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

_WIDTH = 30
_INTERVAL = 0.1  # seconds between redraws


class Progress:
    """Items done of ``total`` (and, if any are reported, how many failed and the rate)."""

    def __init__(
        self,
        total: int,
        label: str = "auditing",
        enabled: bool | None = None,
        stream: TextIO | None = None,
        count_failures: bool = False,
    ) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.label = label
        watched = self.stream.isatty() if enabled is None else enabled
        self.enabled = watched and total > 0
        self.done = 0
        self.failed = 0
        self.counts_failures = count_failures
        self.started = time.monotonic()
        self._drawn = -_INTERVAL
        self._width = 0

    def step(self, failed: bool | None = None) -> None:
        """One more item done; ``failed`` says whether it failed, for bars that count failures."""
        self.done += 1
        if failed is not None:
            self.counts_failures = True
            self.failed += int(failed)
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._drawn >= _INTERVAL or self.done == self.total:
            self._drawn = now
            self._draw(now)

    def show(self) -> None:
        """Draw the bar now, before anything is done (a slow first item must not leave the screen blank)."""
        if self.enabled:
            now = time.monotonic()
            self._drawn = now
            self._draw(now)

    def tick(self) -> None:
        """Redraw for the elapsed time while nothing finishes (called by a timer)."""
        if self.enabled and time.monotonic() - self._drawn >= _INTERVAL:
            self.show()

    def _draw(self, now: float) -> None:
        filled = int(_WIDTH * self.done / max(1, self.total))
        line = f"{self.label} {'█' * filled}{'░' * (_WIDTH - filled)} {self.done}/{self.total}"
        if self.counts_failures:
            rate = self.done / max(1e-6, now - self.started)
            line += f" · {self.failed} failed · {rate:.1f}/s · {now - self.started:.0f} s"
        self._width = max(self._width, len(line))
        self.stream.write("\r" + line)
        self.stream.flush()

    def close(self) -> None:
        """Erase the bar, so what is printed next starts on a clean line."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0
