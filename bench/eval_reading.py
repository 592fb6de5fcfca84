"""How well the HTML loader reads the article of a real page: body tokens against newspaper4k.

For each page of ``../shared/eval/newspaper4k`` with an expected ``text``, the page
is loaded as an audit loads it and the words of the text the rules see are
compared, as multisets, with the expected article text: precision is the share of
our words that are the article's, recall the share of the article's words we kept.
Rows: English pages (the issue's bar: recall >= 0.95, precision >= 0.9) and all
pages; notes give the pages the main-content filter did not touch and why.
Run it alone: ``python bench/eval_reading.py``; ``--benchmark DIR`` measures a benchmark
laid out as Zyte's article-extraction benchmark instead (see ``benchmark_pages``).
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
if not EVAL.is_dir():  # a git worktree sits one level deeper than the checkout CI uses
    EVAL = next(
        (p / "shared" / "eval" for p in Path(__file__).resolve().parents if (p / "shared" / "eval").is_dir()), EVAL
    )
_WORD = re.compile(r"\w+")
ENGLISH = {"en"}


def _tokens(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(text or ""))


def pages(limit: int | None = None) -> list[tuple[str, str, str, str]]:
    """(name, html, expected text, language) for every page with an expected text."""
    base = EVAL / "newspaper4k"
    out = []
    for meta in sorted((base / "metadata").glob("*.json"))[:limit]:
        info = json.loads(meta.read_text(encoding="utf-8"))
        page = base / "html" / (meta.stem + ".html")
        if page.is_file() and info.get("text"):
            html = page.read_bytes().decode("utf-8", errors="replace")
            out.append((meta.stem, html, info["text"], _language(info, html)))
    return out


def _language(info: dict, html: str) -> str:
    lang = info.get("language") or info.get("meta_lang")
    if isinstance(lang, str) and lang:
        return lang[:2].lower()
    m = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", html[:5000])
    return m.group(1).lower() if m else "en"


def benchmark_pages(folder: Path) -> list[tuple[str, str, str, str]]:
    """(name, html, expected text, language) of an article-extraction benchmark laid out as
    Zyte's (github.com/scrapinghub/article-extraction-benchmark): ``ground-truth.json`` mapping a
    page's id to its ``articleBody``, and ``html/ID.html`` (or ``ID.html``; gunzip the ``.gz``
    files first). Pages nobody here read: a held-out check of the reading."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for name in sorted(truth):
        page = next((p for p in (folder / "html" / f"{name}.html", folder / f"{name}.html") if p.is_file()), None)
        body = truth[name].get("articleBody")
        if page is not None and body:
            html = page.read_bytes().decode("utf-8", errors="replace")
            out.append((name, html, body, _language({}, html)))
    return out


def measure(limit: int | None = None, folder: Path | None = None) -> list[dict]:
    from auditor.reading.loaders import load_text

    per_page = []
    for name, html, expected, lang in benchmark_pages(folder)[:limit] if folder else pages(limit):
        t0 = time.perf_counter()
        doc = load_text(html, name + ".html", "html")
        took = time.perf_counter() - t0
        got, want = _tokens(doc.text), _tokens(expected)
        common = sum((got & want).values())
        mc = doc.meta.main_content
        per_page.append(
            {
                "page": name,
                "lang": lang,
                "precision": common / max(1, sum(got.values())),
                "recall": common / max(1, sum(want.values())),
                "filtered": bool(mc and mc.applied),
                "why_not": (mc.reason if mc else "body not read in full (AUD005)") if not (mc and mc.applied) else "",
                "seconds": took,
            }
        )
    return per_page


def _row(dataset: str, items: list[dict]) -> dict:
    p = sum(i["precision"] for i in items) / len(items)
    r = sum(i["recall"] for i in items) / len(items)
    skipped = [f"{i['page']} ({i['why_not']})" for i in items if not i["filtered"]]
    ms = 1000 * sum(i["seconds"] for i in items) / len(items)
    return {
        "rule": "html-body",
        "dataset": dataset,
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "reference": "issue 12 bar: recall >= 0.95, precision >= 0.9 (English pages)",
        "notes": f"{len(items)} pages, mean of per-page token P/R; {ms:.0f} ms/page (load); "
        f"not filtered: {', '.join(skipped) or 'none'}",
    }


def run(limit: int | None = None) -> list[dict]:
    if not (EVAL / "newspaper4k").is_dir():
        return []
    items = measure(limit)
    if not items:
        return []
    english = [i for i in items if i["lang"] in ENGLISH]
    rows = [_row("newspaper4k English pages", english)] if english else []
    return [*rows, _row("newspaper4k all pages", items)]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    if len(sys.argv) > 2 and sys.argv[1] == "--benchmark":
        items = measure(folder=Path(sys.argv[2]))
        rows = [_row("benchmark all pages", items)]
        english = [i for i in items if i["lang"] in ENGLISH]
        if len(english) != len(items):
            rows.insert(0, _row("benchmark English pages", english))
        worst = sorted(items, key=lambda i: i["recall"])[:8]
        for row in rows:
            print(f"{row['dataset']}: P={row['precision']} R={row['recall']} F1={row['f1']}  {row['notes'][:300]}")
        print(
            "lowest recall:", ", ".join(f"{i['page'][:12]} R={i['recall']:.2f} P={i['precision']:.2f}" for i in worst)
        )
        print(
            "lowest precision:",
            ", ".join(
                f"{i['page'][:12]} P={i['precision']:.2f}" for i in sorted(items, key=lambda i: i["precision"])[:8]
            ),
        )
        sys.exit(0)
    for row in run():
        print(f"{row['dataset']}: P={row['precision']} R={row['recall']} F1={row['f1']}  {row['notes']}")
