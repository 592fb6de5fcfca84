"""Evaluate CON001-CON003 on ContraDoc (Li et al., NAACL 2024): does an article contradict itself?

Document level: a document counts as flagged when any consistency rule reports a finding.
Contradictory documents are kept only when their evidence sentence still occurs in the text
(the copy is cut to 2,000 characters); every non-contradictory document is kept. The evidence
hit rate is the share of true positives where a finding (or its ``related`` sentence) overlaps
the evidence sentence. Run ``python bench/eval_consistency.py [LIMIT]``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any

EVAL = Path(os.environ.get("AUDITOR_EVAL_DIR") or Path(__file__).resolve().parents[1].parent / "shared" / "eval")
DATA = EVAL / "contradoc" / "contradoc_flat.json"
REFERENCE = "best published F1 0.649 (fine-tuned 8B model, Chen et al. 2025); large LLMs near chance"
CODES = ("CON001", "CON002", "CON003")


def load(limit: int | None = None) -> list[dict[str, Any]]:
    """The documents kept for evaluation, in file order (``limit`` keeps the first N of them)."""
    if not DATA.is_file():
        return []
    rows = json.loads(DATA.read_text(encoding="utf-8"))
    kept = [
        r
        for r in rows
        if r.get("label") != "contradictory" or (r.get("evidence") and r["evidence"] in r.get("text", ""))
    ]
    return kept[:limit] if limit else kept


def _row(rule: str, dataset: str, tp: int, fp: int, fn: int, notes: str) -> dict[str, Any]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "rule": rule,
        "dataset": dataset,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "reference": REFERENCE,
        "notes": notes,
    }


def run(limit: int | None = None) -> list[dict[str, Any]]:
    """Rows of precision, recall and F1: all rules together, each rule, and per document type."""
    docs = load(limit)
    if not docs:
        return []
    from auditor.audit import audit_document
    from auditor.config import Config
    from auditor.reading.loaders import load_text

    config = Config(select=list(CODES))
    as_of = dt.date(2026, 1, 1)
    outcomes: list[tuple[dict[str, Any], set[str], bool]] = []
    for r in docs:
        doc = load_text(r["text"], f"{r['id']}.txt")
        result = audit_document(doc, config, as_of)
        found = [f for f in result.findings if f.code in CODES]
        start = r["text"].find(r["evidence"]) if r.get("evidence") else -1
        hit = False
        if start >= 0:
            ev = (start, start + len(r["evidence"]))
            spans = [s for f in found for s in [f.span, *f.related]]
            hit = any(s.start < ev[1] and ev[0] < s.end for s in spans)
        outcomes.append((r, {f.code for f in found}, hit))

    rows = []
    groups: list[tuple[str, str, tuple[str, ...]]] = [("CON001-CON003", "all", CODES)]
    groups += [(code, "all", (code,)) for code in CODES]
    groups += [("CON001-CON003", t, CODES) for t in ("news", "wiki", "story")]
    for rule, doc_type, codes in groups:
        tp = fp = fn = hits = 0
        n = 0
        for r, flagged_codes, hit in outcomes:
            if doc_type != "all" and r.get("doc_type") != doc_type:
                continue
            n += 1
            flagged = bool(flagged_codes & set(codes))
            positive = r.get("label") == "contradictory"
            if flagged and positive:
                tp += 1
                hits += hit
            elif flagged:
                fp += 1
            elif positive:
                fn += 1
        rate = f"{hits}/{tp}" if tp else "0/0"
        notes = f"{n} docs ({doc_type}); flagged {tp + fp}; finding at the evidence sentence in {rate} true positives"
        rows.append(_row(rule, f"contradoc/{doc_type}", tp, fp, fn, notes))
    return rows


def main(argv: list[str]) -> int:
    limit = int(argv[1]) if len(argv) > 1 else None
    rows = run(limit)
    if not rows:
        print(f"evaluation data not found at {DATA}")
        return 0
    print(f"{'rule':<15} {'dataset':<18} {'P':>6} {'R':>6} {'F1':>6}  notes")
    for row in rows:
        print(
            f"{row['rule']:<15} {row['dataset']:<18} {row['precision']:>6.3f} {row['recall']:>6.3f} "
            f"{row['f1']:>6.3f}  {row['notes']}"
        )
    print(f"reference: {REFERENCE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
