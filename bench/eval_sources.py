"""Evaluate the source rules on the real article URLs of the BABE corpus, and time them on the seeds.

Reports: how many distinct domains (and URLs) the shipped ratings rate, by which list; URLs that
crashed parsing (must be none); CIT005 on real article URLs of covered publishers (every one it
flags is a false positive, since these are real articles); and milliseconds per seed article for
the source rules. Run: ``python bench/eval_sources.py [LIMIT]``.
"""

from __future__ import annotations

import collections
import csv
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def shared_dir() -> Path | None:
    for candidate in (ROOT.parent / "shared", ROOT.parent.parent / "shared"):  # CI, then worktrees
        if (candidate / "eval").is_dir():
            return candidate
    return None


def babe_urls(limit: int | None = None) -> list[str]:
    shared = shared_dir()
    if shared is None:
        return []
    path = shared / "eval" / "babe" / "final_labels_SG2.csv"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        urls = sorted({(row.get("news_link") or "").strip() for row in csv.DictReader(fh, delimiter=";")} - {""})
    return urls[:limit] if limit else urls


def seed_timing(repeat: int = 20) -> float:
    """Milliseconds per seed article for the ratings enricher and SRC/CIT005/CIT006 rules.

    Documents are loaded before the clock starts; the same audit with no rule selected is
    subtracted, so the figure is what these rules (and the ratings enricher) add.
    """
    import datetime as dt

    from auditor.audit import audit_document
    from auditor.config import Config
    from auditor.reading.loaders import load_text

    texts = [(p.read_text(encoding="utf-8"), f"seeds/{p.name}") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if not texts:
        return 0.0
    day = dt.date(2026, 1, 1)

    def timed(select: list[str]) -> float:
        cfg = Config(select=select)
        docs = [load_text(t, n) for _ in range(repeat) for t, n in texts]
        start = time.perf_counter()
        for d in docs:
            audit_document(d, cfg, day)
        return time.perf_counter() - start

    timed(["SRC", "CIT005", "CIT006"])  # warm up: table load, regex compilation, stem cache
    ours = min(timed(["SRC", "CIT005", "CIT006"]) for _ in range(3))
    none = min(timed(["NONE"]) for _ in range(3))
    return max(ours - none, 0.0) / (repeat * len(texts)) * 1000


def real_pages(limit: int | None = None) -> dict:
    """CIT005/CIT006/SRC002 on real published pages (newspaper4k and htmldate test pages).

    Every page is a real article, so CIT005 on a covered publisher's link and CIT006 on a link
    the page's own text cites are almost surely false alarms; the report lists them to read.
    """
    import datetime as dt
    import warnings

    from auditor.audit import audit_document
    from auditor.config import Config
    from auditor.reading.loaders import load_text

    shared = shared_dir()
    if shared is None:
        return {}
    files = sorted((shared / "eval" / "newspaper4k" / "html").glob("*.html"))
    files += sorted((shared / "eval" / "htmldate" / "test_set").glob("*.html"))
    files = files[:limit] if limit else files
    cfg = Config(select=["SRC002", "CIT005", "CIT006"])
    counts: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    links = 0
    for path in files:
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            doc = load_text(text, path.name)
        result = audit_document(doc, cfg, dt.date(2026, 1, 1))
        links += len(doc.citations)
        for f in result.findings:
            counts[f.code] += 1
            examples[f.code].append(f"{path.name}: {doc.snippet(f.span)[:80]!r}")
    return {"pages": len(files), "links": links, "counts": counts, "examples": examples}


def run(limit: int | None = None) -> list[dict]:
    from auditor.language import ratings as _ratings
    from auditor.language.publishers import classify, url_date
    from auditor.reading.urls import registrable_domain

    urls = babe_urls(limit)
    if not urls:
        return [
            {
                "rule": "SRC",
                "dataset": "BABE",
                "precision": None,
                "recall": None,
                "f1": None,
                "reference": "",
                "notes": "../shared/eval not found: skipped",
            }
        ]
    crashed: list[str] = []
    domains: dict[str, dict | None] = {}
    by_list: collections.Counter[str] = collections.Counter()
    by_rating: collections.Counter[str] = collections.Counter()
    rated_urls = 0
    covered = flagged = dated = 0
    false_positives: list[str] = []
    for url in urls:
        try:
            domain = registrable_domain(url)
            entry = _ratings.lookup(url)
            shape = classify(url)
            url_date(url)
        except Exception:  # the point: report any crash, never hide it
            crashed.append(f"{url}: {traceback.format_exc(limit=1).strip().splitlines()[-1]}")
            continue
        if entry:
            rated_urls += 1
        if domain and domain not in domains:
            domains[domain] = entry
            if entry:
                by_rating[entry["rating"] or "state-affiliated only"] += 1
                for item in entry["lists"]:
                    by_list[item["list"]] += 1
        if shape is not None and shape.kind in ("article", "unknown", "other", "section", "home"):
            covered += 1
            if shape.kind == "unknown":
                flagged += 1
                false_positives.append(url)
            if shape.date:
                dated += 1
    rated = sum(1 for e in domains.values() if e)
    rows = [
        {
            "rule": "SRC001/SRC003 ratings",
            "dataset": f"BABE news_link ({len(urls)} URLs, {len(domains)} domains)",
            "precision": None,
            "recall": round(rated / len(domains), 3) if domains else None,
            "f1": None,
            "reference": "coverage = rated domains / distinct domains",
            "notes": (
                f"{rated}/{len(domains)} domains rated ({rated_urls}/{len(urls)} URLs); by list: "
                + ", ".join(f"{k} {v}" for k, v in sorted(by_list.items()))
                + "; ratings: "
                + ", ".join(f"{k} {v}" for k, v in sorted(by_rating.items()))
                + f"; unrated: {', '.join(sorted(d for d, e in domains.items() if not e)[:8])}"
            ),
        },
        {
            "rule": "URL parsing",
            "dataset": "BABE news_link",
            "precision": None,
            "recall": None,
            "f1": None,
            "reference": "crashes must be 0",
            "notes": f"{len(crashed)} crashes" + (": " + "; ".join(crashed[:5]) if crashed else ""),
        },
        {
            "rule": "CIT005",
            "dataset": f"BABE real article URLs of covered publishers ({covered})",
            "precision": None,
            "recall": None,
            "f1": None,
            "reference": "false-positive rate = flagged / covered (all are real articles)",
            "notes": (
                f"flagged {flagged}/{covered} (FP rate {flagged / covered:.3%})" if covered else "no covered URLs"
            )
            + f"; URL date found for {dated}"
            + (f"; e.g. {false_positives[0]}" if false_positives else ""),
        },
        _pages_row(real_pages(limit)),
        {
            "rule": "SRC/CIT005/CIT006 timing",
            "dataset": "seeds/ (4 articles)",
            "precision": None,
            "recall": None,
            "f1": None,
            "reference": "ms per article, ratings enricher + rules, after warm-up",
            "notes": f"{seed_timing(5 if limit else 50):.3f} ms per article",
        },
    ]
    return rows


def _pages_row(found: dict) -> dict:
    if not found:
        notes = "../shared/eval not found: skipped"
    else:
        counts = found["counts"]
        notes = (
            f"{found['pages']} pages, {found['links']} links: CIT005 {counts['CIT005']}, CIT006 {counts['CIT006']}, "
            f"SRC002 {counts['SRC002']}, AUD001 {counts['AUD001']}"
        )
        for code in ("CIT005", "CIT006", "SRC002"):
            if found["examples"].get(code):
                notes += f"; {code} e.g. {found['examples'][code][0]}"
    return {
        "rule": "CIT005/CIT006/SRC002 on real pages",
        "dataset": "newspaper4k + htmldate HTML pages",
        "precision": None,
        "recall": None,
        "f1": None,
        "reference": "flags on real published pages (each to be read: most are false alarms)",
        "notes": notes,
    }


def main(argv: list[str]) -> int:
    limit = int(argv[1]) if len(argv) > 1 else None
    rows = run(limit)
    keys = ["rule", "dataset", "precision", "recall", "f1", "notes"]
    print(" | ".join(keys))
    print(" | ".join("---" for _ in keys))
    for row in rows:
        print(" | ".join("" if row[k] is None else str(row[k]) for k in keys))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
