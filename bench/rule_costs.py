"""What each rule family costs per article: CPU milliseconds per stage of an offline audit.

    python bench/rule_costs.py [--articles N] [--no-write]

Builds (or reuses) the perf corpus, loads each article, then times every enricher and every
offline rule separately on it, plus the whole per-article pipeline (load, audit, score,
render). Issues 3 and 5 asked that the source and language rules add little to an audit: this
table is where that is checked. Figures are process CPU time, steadier than wall time on a
shared machine. It measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _results import machine, markdown_table, replace_section, stamp

FAMILY = {"CIT": "citations", "SRC": "sources", "DAT": "dates", "LNG": "language", "CON": "consistency"}
ENRICHER_FAMILY = {
    "enricher ratings": "sources",
    "enricher article-date": "dates",
    "enricher citation-dates": "dates",
    "enricher consistency-facts": "consistency",
    "enricher page-dates": "online",
}


def measure(corpus: Path, limit: int) -> tuple[collections.Counter[str], float, int]:
    from auditor.config import Config
    from auditor.context import Context
    from auditor.reading.loaders import load_path
    from auditor.registry import all_rules, enrichers
    from auditor.runner import RunSettings, discover, process_file

    config = Config()
    targets, _ = discover([corpus], config, None)
    targets = targets[:limit]
    as_of = dt.date(2026, 1, 1)
    process_file(targets[0], RunSettings(config=config, as_of=as_of))  # warm-up: imports, data
    costs: collections.Counter[str] = collections.Counter()
    rules = [r for r in all_rules() if not r.online]
    for t in targets:
        start = time.process_time()
        doc = load_path(t.path)
        costs["load (read, decode, sentences, citations)"] += time.process_time() - start
        ctx = Context(config, as_of)
        for _, name, enrich in enrichers():
            start = time.process_time()
            enrich(doc, ctx)
            costs[f"enricher {name}"] += time.process_time() - start
        for r in rules:
            start = time.process_time()
            list(r.check(doc, ctx))
            costs[r.code] += time.process_time() - start
    settings = RunSettings(config=config, as_of=as_of, write_markdown=True)
    start = time.process_time()
    for t in targets:
        process_file(t, settings)
    whole = time.process_time() - start
    return costs, whole, len(targets)


def render(costs: collections.Counter[str], whole: float, n: int, corpus_note: str) -> str:
    per = {k: v / n * 1000 for k, v in costs.items()}
    families: collections.Counter[str] = collections.Counter()
    for k, v in per.items():
        families[ENRICHER_FAMILY.get(k) or FAMILY.get(k[:3], "engine (loading)")] += v
    rows = [[k, f"{v:.2f}"] for k, v in sorted(per.items(), key=lambda kv: -kv[1])]
    fam_rows = [[k, f"{v:.2f}"] for k, v in families.most_common()]
    return "\n".join(
        [
            "## Cost per rule and per stage",
            "",
            f"Measured {stamp()} on {machine()}. Command: `python bench/rule_costs.py`. {corpus_note}",
            "",
            f"Whole per-article pipeline (load, enrichers, every offline rule, scoring, views, Markdown "
            f"scorecard): **{whole / n * 1000:.2f} ms CPU per article** ({n / whole:.0f} articles per "
            "CPU-second). Stages timed one by one (the first rule to ask for a shared analysis, such as "
            "attributions or claims, carries its cost):",
            "",
            markdown_table(["family", "ms per article"], fam_rows),
            "",
            markdown_table(["stage or rule", "ms per article"], rows),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", "-n", type=int, default=500)
    parser.add_argument("--corpus", type=Path, help="an existing folder of articles (default: build one)")
    parser.add_argument("--no-write", action="store_true", help="print only; do not update RESULTS.md")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if corpus is None:
            from perf_corpus import build_corpus

            corpus = Path(tmp) / "corpus"
            build_corpus(corpus, args.articles)
        costs, whole, n = measure(corpus, args.articles)
    note = f"Corpus: {n} articles of about 5 KB from bench/perf_corpus.py (real sentences)."
    body = render(costs, whole, n, note)
    print(body)
    if not args.no_write:
        replace_section("costs", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
