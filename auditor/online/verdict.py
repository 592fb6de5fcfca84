"""Turn page facts into one verdict: ok, dead, soft_404 or unverifiable.

Pure functions of the facts (and of the probe of a made-up address on the same
site), recomputed on every run so cached facts never carry a stale judgement.
"""

from __future__ import annotations

import re
from typing import Any

from auditor.reading.urls import safe_split

DEAD_KINDS = {"dns", "connect"}
_LOCALE = re.compile(r"[a-z]{2}(?:[-_][a-z]{2})?")
_HOME_PATHS = {"", "/", "/index.html", "/index.htm", "/index.php", "/home", "/home/", "/default.aspx"}


def _path(url: str) -> str:
    parts = safe_split(url)
    return (parts.path if parts else "") or "/"


def _segments(path: str) -> list[str]:
    return [p for p in path.split("/") if p]


def _is_home(path: str) -> bool:
    low = path.lower()
    if low in _HOME_PATHS:
        return True
    segs = _segments(low)
    return len(segs) == 1 and bool(_LOCALE.fullmatch(segs[0])) and path.endswith("/")  # /en/, /en-gb/


def soft_404(facts: dict[str, Any], probe: dict[str, Any] | None) -> str | None:
    """Why a page that answered 200 is really a missing page, or None."""
    if facts.get("status") != 200 or facts.get("error_kind"):
        return None
    asked, final = facts.get("url") or "", facts.get("final_url") or ""
    asked_path, final_path = _path(asked), _path(final)
    if facts.get("says_not_found"):
        return f'the page answers 200 but its title says it is missing ("{facts.get("html_title")}")'
    if facts.get("redirects") and not _is_home(asked_path):
        if _is_home(final_path):
            return f"the link redirects to the site's home page ({final})"
        a, f = _segments(asked_path.lower()), _segments(final_path.lower())
        if len(a) >= 2 and len(f) < len(a) and len(f) <= 2 and a[: len(f)] == f:
            return f"the link redirects to a section page ({final})"
    if probe and probe.get("status") == 200 and not probe.get("error_kind") and not _is_home(asked_path):
        p_final = probe.get("final_url") or ""
        if facts.get("redirects") and probe.get("redirects") and p_final == final:
            return f"the link redirects to {final}, where a made-up address on the same site also lands"
        if _same_page(facts, probe) and probe.get("lead"):
            title = facts.get("html_title") or facts.get("title") or ""
            return f'the page is the same as the site\'s answer for a made-up address ("{title}")'
    return None


def _same_page(facts: dict[str, Any], probe: dict[str, Any]) -> bool:
    """Same title, description and lead as the answer for a made-up address."""
    keys = ("html_title", "title", "description", "lead")
    return bool(facts.get("html_title") or facts.get("title")) and all(facts.get(k) == probe.get(k) for k in keys)


def shell_only(facts: dict[str, Any], probe: dict[str, Any] | None) -> bool:
    """The site answers any address with the same content-less page (built by JavaScript)."""
    return bool(
        probe
        and probe.get("status") == 200
        and not probe.get("error_kind")
        and facts.get("status") == 200
        and not facts.get("redirects")
        and not probe.get("lead")
        and _same_page(facts, probe)
    )


def classify(facts: dict[str, Any], probe: dict[str, Any] | None = None) -> dict[str, Any]:
    """verdict (ok | dead | soft_404 | unverifiable | skipped), reason, soft_404, soft_404_reason."""
    kind = facts.get("error_kind")
    status = facts.get("status")
    if kind == "invalid":  # not a fetchable web address: CIT001's business, not a page's
        return {"verdict": "skipped", "reason": facts.get("error"), "soft_404": False, "soft_404_reason": None}
    if kind in DEAD_KINDS or (kind == "http" and status in (404, 410)):
        return {"verdict": "dead", "reason": facts.get("error"), "soft_404": False, "soft_404_reason": None}
    if kind:
        return {"verdict": "unverifiable", "reason": facts.get("error"), "soft_404": False, "soft_404_reason": None}
    why = soft_404(facts, probe)
    if why:
        return {"verdict": "soft_404", "reason": why, "soft_404": True, "soft_404_reason": why}
    if shell_only(facts, probe):
        why = (
            "the site answers every address, even a made-up one, with the same page "
            "(probably built by JavaScript), so auditor cannot tell whether this one exists"
        )
        return {"verdict": "unverifiable", "reason": why, "soft_404": False, "soft_404_reason": None}
    return {"verdict": "ok", "reason": None, "soft_404": False, "soft_404_reason": None}
