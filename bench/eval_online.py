"""Evaluate page publication-date extraction (online page facts) on labelled news pages.

Dataset: ../shared/eval/htmldate (200 real news pages with human-checked dates,
eval_mediacloud_2020.json, from the htmldate project's tests). Compares:

* ``auditor.online.pagefacts`` (what ``--online`` uses),
* ``auditor.reading.loaders.html.extract_metadata`` (the article loader's date),
* htmldate's ``find_date`` (fast and extensive), when htmldate is installed.

A prediction counts as correct when it is the labelled day. Precision is over
the pages where a method gave a date, recall over all pages.

Run: ``python bench/eval_online.py [LIMIT]``.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the repository (CI, the main checkout); one level up from a nested work tree
EVAL = next(
    (p / "shared" / "eval" / "htmldate" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared" / "eval").is_dir()),
    ROOT.parent / "shared" / "eval" / "htmldate",
)
sys.path.insert(0, str(ROOT))


def _pages(limit: int | None) -> list[tuple[str, str, str]]:
    labels = json.loads((EVAL / "eval_mediacloud_2020.json").read_text(encoding="utf-8"))
    out = []
    for url, item in sorted(labels.items()):
        path = EVAL / "test_set" / item["file"]
        if path.is_file():
            out.append((url, path.read_bytes().decode("utf-8", errors="replace"), item["date"]))
    return out[:limit] if limit else out


def _methods() -> dict[str, Callable[[str, str], str | None]]:
    from auditor.online.pagefacts import page_facts
    from auditor.reading.loaders.html import extract_metadata

    def ours(html: str, url: str) -> str | None:
        return page_facts(html, url)["published"]

    def loader(html: str, url: str) -> str | None:
        d = extract_metadata(html).get("published")
        return d.isoformat() if d else None

    methods: dict[str, Callable[[str, str], str | None]] = {"auditor.online pagefacts": ours, "loader": loader}
    try:
        from htmldate import find_date
    except ImportError:
        return methods

    def fast(html: str, url: str) -> str | None:
        return find_date(html, url=url, extensive_search=False, original_date=True)

    def extensive(html: str, url: str) -> str | None:
        return find_date(html, url=url, extensive_search=True, original_date=True)

    def combined(html: str, url: str) -> str | None:
        return ours(html, url) or fast(html, url)

    methods["htmldate fast"] = fast
    methods["htmldate extensive"] = extensive
    methods["pagefacts, then htmldate"] = combined
    return methods


def _near(got: str, gold: str) -> bool:
    """Right to within a day (time zones): what a year-scale date check needs."""
    import datetime as dt

    try:
        return abs((dt.date.fromisoformat(got[:10]) - dt.date.fromisoformat(str(gold)[:10])).days) <= 1
    except ValueError:
        return False


def run(limit: int | None = None) -> list[dict[str, Any]]:
    """One row per method: precision, recall, F1 and milliseconds per page."""
    if not EVAL.is_dir():
        return []
    pages = _pages(limit)
    rows = []
    for name, fn in _methods().items():
        given = correct = near = 0
        started = time.perf_counter()
        for url, html, gold in pages:
            try:
                got = fn(html, url)
            except Exception:  # an extractor's crash is a miss, not a failed evaluation
                got = None
            if got:
                given += 1
                correct += got[:10] == gold
                near += _near(got, gold)
        seconds = time.perf_counter() - started
        p = correct / given if given else 0.0
        r = correct / len(pages) if pages else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        rows.append(
            {
                "rule": f"page-date ({name})",
                "dataset": f"htmldate mediacloud ({len(pages)} pages)",
                "method": name,
                "precision": round(p, 3),
                "recall": round(r, 3),
                "f1": round(f1, 3),
                "reference": "htmldate 1.10 reports F1 0.925 fast / 0.949 extensive on its 1,000-page set",
                "notes": f"{1000 * seconds / max(1, len(pages)):.1f} ms/page; "
                f"within a day: precision {near / given if given else 0:.3f}, recall {near / max(1, len(pages)):.3f}",
            }
        )
    return rows


def main() -> None:
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else None
    rows = run(limit)
    if not rows:
        print("../shared/eval/htmldate not found")
        return
    print(f"{'method':<28} {'precision':>9} {'recall':>7} {'f1':>6}  notes")
    for r in rows:
        print(f"{r['method']:<28} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['f1']:>6.3f}  {r['notes']}")


if __name__ == "__main__":
    main()
