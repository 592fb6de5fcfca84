"""The page-facts cache: SQLite (stdlib), shared safely between processes.

It stores what was learnt about a page (small JSON facts), never the body, keyed
by normalised URL, with an expiry time. WAL journaling and a busy timeout let two
auditor runs share one cache; results are committed in small batches at least
every second (in one transaction per batch), so a run killed halfway
leaves a consistent cache holding all but its last second of results.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1


class PageCache:
    """A tiny key -> (facts, expiry) store; every method degrades to a no-op on error."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "online-cache.sqlite3"
        self.db: sqlite3.Connection | None = None
        self.read_only = False
        self._pending: list[tuple[str, str, float, float, int]] = []
        self._flushed = time.time()
        if self.path.is_dir() or (self.path.exists() and not self.path.is_file()):
            _warn(f"{self.path} is not a file: the online cache is not used (remove it to get one)")
            return
        with contextlib.suppress(OSError):  # a read-only place: the cache may still be read below
            folder.mkdir(parents=True, exist_ok=True)
        if not _writable(folder, self.path):
            self.db = self._open_read_only()
            return
        # Two runs starting together may find the database locked while the other switches it to
        # WAL or creates the table (SQLite reports that without waiting): try again briefly.
        rebuilt = False
        for attempt in range(20):
            try:
                self.db = self._open()
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    break  # not a race: waiting will not help
                time.sleep(0.05 * (attempt + 1))
            except sqlite3.DatabaseError as exc:  # truncated, random bytes, another program's file
                if rebuilt or not self._move_aside(exc):
                    break
                rebuilt = True
            except OSError:
                break
        self.db = None  # an unusable cache means fetching again, never a failed run

    def _move_aside(self, exc: Exception) -> bool:
        """Keep a corrupt cache for inspection under another name and start a new one (one warning)."""
        aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
        try:
            self.path.replace(aside)
            for extra in ("-wal", "-shm"):
                Path(str(self.path) + extra).unlink(missing_ok=True)
        except OSError:
            _warn(f"{self.path} is damaged ({exc}) and could not be moved aside: the online cache is not used")
            return False
        _warn(f"{self.path} was damaged ({exc}): moved to {aside.name}, a new cache is built")
        return True

    def _open_read_only(self) -> sqlite3.Connection | None:
        """A cache we may not write (a shared read-only copy, docs/scale.md): read it, never write it."""
        if not self.path.is_file():
            return None
        self.read_only = True
        uri = self.path.resolve().as_uri()
        for mode in ("mode=ro", "immutable=1"):  # WAL needs its -shm file; immutable does without
            try:
                db = sqlite3.connect(f"{uri}?{mode}", uri=True, timeout=10.0, check_same_thread=False)
                db.execute("SELECT count(*) FROM pages WHERE 0").fetchall()
                return db
            except sqlite3.Error:
                continue
        _warn(f"{self.path} cannot be read: the online cache is not used")
        return None

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10.0, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA busy_timeout = 10000")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute(
                "CREATE TABLE IF NOT EXISTS pages (key TEXT PRIMARY KEY, facts TEXT NOT NULL,"
                " stored REAL NOT NULL, expires REAL NOT NULL, version INTEGER NOT NULL)"
            )
            check = db.execute("PRAGMA quick_check(1)").fetchall()  # a damaged page shows here, not mid-run
            if check != [("ok",)]:
                raise sqlite3.DatabaseError(str(check[0][0]) if check else "quick_check failed")
        except sqlite3.Error:
            db.close()
            raise
        return db

    def get_many(self, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Unexpired facts for the keys that have them."""
        if self.db is None:
            return {}
        keys = list(keys)
        found: dict[str, dict[str, Any]] = {}
        now = time.time()
        try:
            for i in range(0, len(keys), 500):
                part = keys[i : i + 500]
                marks = ",".join("?" * len(part))
                rows = self.db.execute(
                    f"SELECT key, facts FROM pages WHERE key IN ({marks}) AND expires > ? AND version = ?",
                    [*part, now, SCHEMA_VERSION],
                ).fetchall()
                for key, facts in rows:
                    try:
                        found[key] = json.loads(facts)
                    except ValueError:
                        continue
        except sqlite3.Error:
            return found
        return found

    def put(self, key: str, facts: dict[str, Any], max_age: float) -> None:
        """Queue facts for writing; they reach the database within a second or 64 entries."""
        if self.db is None or max_age <= 0 or self.read_only:
            return
        now = time.time()
        self._pending.append((key, json.dumps(facts, sort_keys=True), now, now + max_age, SCHEMA_VERSION))
        if len(self._pending) >= 64 or now - self._flushed >= 1.0:
            self.flush()

    def drop(self, key: str) -> None:
        """Forget ``key`` (queued or stored)."""
        self._pending = [row for row in self._pending if row[0] != key]
        if self.db is not None and not self.read_only:
            try:
                self.db.execute("DELETE FROM pages WHERE key = ?", (key,))
            except sqlite3.Error:
                return

    def flush(self, attempts: int = 1) -> None:
        """Write queued facts in one transaction (a killed run loses at most this batch).

        A batch that meets a locked database stays queued for the next flush; ``close``
        tries a few times before giving up.
        """
        self._flushed = time.time()
        if self.db is None or not self._pending:
            return
        rows, self._pending = self._pending, []
        for attempt in range(attempts):
            try:
                with self.db:
                    self.db.execute("BEGIN IMMEDIATE")
                    self.db.executemany(
                        "INSERT OR REPLACE INTO pages (key, facts, stored, expires, version) VALUES (?, ?, ?, ?, ?)",
                        rows,
                    )
                return
            except sqlite3.OperationalError:
                if attempt + 1 < attempts:
                    time.sleep(0.05 * (attempt + 1))
            except sqlite3.Error:
                return
        self._pending = rows + self._pending

    def close(self) -> None:
        self.flush(attempts=20)
        if self.db is not None and self.read_only:
            self.db.close()
            self.db = None
        if self.db is not None:
            try:
                self.db.execute("DELETE FROM pages WHERE expires < ?", (time.time() - 7 * 86400,))
                self.db.close()
            except sqlite3.Error:
                pass
            self.db = None


def _writable(folder: Path, path: Path) -> bool:
    import os

    if path.exists():
        return os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK)
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def _warn(text: str) -> None:
    import sys

    print(f"auditor: warning: {text}", file=sys.stderr)
