"""Online verification of cited pages (only imported with ``--online``).

The one entry point is :func:`check_pages`; it imports httpx and the rest of the
online stack when called, so importing this package stays cheap. docs/online.md
documents the settings and every field of the page facts it returns.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

__all__ = ["check_pages"]


def check_pages(urls: list[str], settings: dict[str, Any], as_of: dt.date, progress: bool) -> dict[str, dict[str, Any]]:
    """Fetch every distinct URL once (safely, politely, cached): facts keyed by normalised URL."""
    from auditor.online.run import check_pages as run

    return run(urls, settings, as_of, progress)
