"""Evaluate the article-date logic on real pages with known publication dates.

Datasets (../shared/eval, read-only): newspaper4k (html/*.html with metadata/*.json
``publish_date``) and htmldate (test_set/*.html with eval_mediacloud_2020.json).
Each page is loaded as the auditor loads HTML and the article-date enricher runs on
it, exactly as in an audit (no --as-of). A page counts as answered when a date is
found; precision is correct/answered, recall correct/all pages with a true date.
A date the enricher only infers from the text (confidence low: "it discusses 2020")
is a declared guess, never used for an error: it is counted apart, not as an answer.
On the htmldate set the page-date reader alone (``auditor.reading.pagedate``, what
the loader and online page facts call) is scored too, and, when htmldate is
installed, htmldate's ``find_date`` (fast and extensive, ``original_date=True``)
on the same pages, so the figures stand side by side.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
if not EVAL.is_dir():  # a git worktree sits one level deeper than the checkout CI uses
    EVAL = next(
        (p / "shared" / "eval" for p in Path(__file__).resolve().parents if (p / "shared" / "eval").is_dir()), EVAL
    )
AS_OF = dt.date(2026, 11, 23)


def _newspaper4k(limit: int | None) -> Iterator[tuple[Path, dt.date, str]]:
    base = EVAL / "newspaper4k"
    for meta in sorted((base / "metadata").glob("*.json"))[:limit]:
        info = json.loads(meta.read_text(encoding="utf-8"))
        page = base / "html" / (meta.stem + ".html")
        value = info.get("publish_date")
        if page.is_file() and isinstance(value, str) and len(value) >= 10:
            yield page, dt.date.fromisoformat(value[:10]), info.get("url") or ""


def _htmldate(limit: int | None) -> Iterator[tuple[Path, dt.date, str]]:
    base = EVAL / "htmldate"
    truth = json.loads((base / "eval_mediacloud_2020.json").read_text(encoding="utf-8"))
    for url, item in sorted(truth.items())[:limit]:
        page = base / "test_set" / item["file"]
        if page.is_file() and isinstance(item.get("date"), str):  # a few pages have no true date (NaN)
            yield page, dt.date.fromisoformat(item["date"]), url


def _predict(page: Path) -> tuple[dt.date | None, str | None]:
    from auditor.config import Config
    from auditor.context import Context
    from auditor.reading.loaders import load_text
    from auditor.registry import enrichers

    raw = page.read_bytes().decode("utf-8", errors="replace")
    doc = load_text(raw, page.name, "html")
    ctx = Context(config=Config(), as_of=AS_OF)
    for _, name, fn in enrichers():
        if name == "article-date":
            fn(doc, ctx)
    if doc.meta.published_confidence == "low":  # a declared guess from the text: not a stated date
        return None, f"guess:{doc.meta.published == _truth.get(page)}"
    return doc.meta.published, doc.meta.published_source


_truth: dict[Path, dt.date] = {}  # for counting the guesses that happen to be right


def _reader(page: Path, url: str) -> tuple[dt.date | None, str | None]:
    from auditor.reading.pagedate import page_date

    found = page_date(page.read_bytes().decode("utf-8", errors="replace"), url)
    return (found.date, found.source.split()[0]) if found else (None, None)


def _htmldate_methods() -> dict[str, Callable[[Path, str], tuple[dt.date | None, str | None]]]:
    """htmldate's find_date, when installed (a yardstick here, not a dependency)."""
    try:
        from htmldate import find_date
    except ImportError:
        return {}

    def method(extensive: bool) -> Callable[[Path, str], tuple[dt.date | None, str | None]]:
        def run(page: Path, url: str) -> tuple[dt.date | None, str | None]:
            html = page.read_bytes().decode("utf-8", errors="replace")
            got = find_date(html, url=url, extensive_search=extensive, original_date=True)
            return (dt.date.fromisoformat(got[:10]), "htmldate") if got else (None, None)

        return run

    return {"htmldate fast": method(False), "htmldate extensive": method(True)}


def _score(
    dataset: str,
    items: list[tuple[Path, dt.date, str]],
    predict: Callable[[Path, str], tuple[dt.date | None, str | None]] | None = None,
    rule: str = "article-date",
) -> dict:
    answered = exact = near = 0
    guesses = [0, 0]  # wrong, right
    sources: dict[str, int] = {}
    start = time.perf_counter()
    for page, truth, url in items:
        _truth[page] = truth
        got, source = predict(page, url) if predict else _predict(page)
        if got is None:
            if source:
                guesses[source == "guess:True"] += 1
            continue
        answered += 1
        sources[source or "?"] = sources.get(source or "?", 0) + 1
        exact += got == truth
        near += abs((got - truth).days) <= 1
    total = len(items)
    elapsed = time.perf_counter() - start
    precision = exact / answered if answered else 0.0
    recall = exact / total if total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "rule": rule,
        "dataset": dataset,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "reference": "htmldate 1.10: F1 0.925 (fast) / 0.949 (extensive) on its 1,000-page set",
        "notes": (
            f"{total} pages; exact day {exact}/{total} ({exact / total:.0%}), within 1 day {near}/{total} "
            f"({near / total:.0%}); precision within a day {near / max(answered, 1):.3f}; answered {answered}; "
            f"by source {dict(sorted(sources.items()))}; "
            + (
                f"{sum(guesses)} low-confidence guesses from the text left out ({guesses[1]} right); "
                if sum(guesses)
                else ""
            )
            + f"{elapsed / max(total, 1) * 1000:.1f} ms/page (load + date)"
        )
        if total
        else "no pages",
        "accuracy": round(exact / total, 3) if total else 0.0,
        "accuracy_1day": round(near / total, 3) if total else 0.0,
        "precision_1day": round(near / answered, 3) if answered else 0.0,
    }


def run(limit: int | None = None) -> list[dict]:
    """Rows of (rule, dataset, precision, recall, f1, reference, notes); empty without ../shared/eval."""
    if not EVAL.is_dir():
        return []
    warnings.filterwarnings("ignore")
    rows = []
    if (EVAL / "newspaper4k").is_dir():
        rows.append(_score("newspaper4k", list(_newspaper4k(limit))))
    if (EVAL / "htmldate").is_dir():
        pages = list(_htmldate(limit))
        rows.append(_score("htmldate-mediacloud-2020", pages))
        rows.append(_score("htmldate-mediacloud-2020", pages, _reader, "page-date reader"))
        for name, fn in _htmldate_methods().items():
            rows.append(_score("htmldate-mediacloud-2020", pages, fn, name))
    return rows


def main() -> None:
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else None
    rows = run(limit)
    if not rows:
        print(f"evaluation data not found under {EVAL}")
        return
    print(f"{'method':20} {'dataset':26} {'exact':>6} {'prec':>6} {'recall':>6} {'f1':>6} {'P±1d':>6}")
    for r in rows:
        print(
            f"{r['rule']:20} {r['dataset']:26} {r['accuracy']:6.1%} "
            f"{r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {r['precision_1day']:6.3f}"
        )
        print(f"  {r['notes']}")


if __name__ == "__main__":
    main()
