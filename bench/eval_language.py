"""Evaluate the language rules on public labelled data, and time them on the seeds.

* LNG002 weasel-attribution against wiki-weasel (CoNLL-2010 Wikipedia sentences,
  label 1 = uncertain / weasel), sentence level, on the test split.
* LNG001 and LNG003 against BABE (news sentences labelled for media bias):
  word level against ``biased_words`` and sentence level against ``label_bias``.

Each sentence is audited as a one-sentence article, so the rules see exactly
what they see in production. Run ``python bench/eval_language.py [LIMIT]``.
"""

from __future__ import annotations

import ast
import csv
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
if not EVAL.is_dir():  # a worktree one level deeper than the checkout CI uses
    EVAL = ROOT.parent.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT))

from auditor.audit import audit_document  # noqa: E402
from auditor.config import Config  # noqa: E402
from auditor.reading.loaders import load_text  # noqa: E402
from auditor.registry import get_rule  # noqa: E402

AS_OF = __import__("datetime").date(2026, 11, 23)


def _findings(text: str, select: list[str]) -> list[tuple[str, str]]:
    doc = load_text(text, "eval.txt")
    result = audit_document(doc, Config(select=select), AS_OF)
    return [(f.code, doc.snippet(f.span)) for f in result.findings if f.code in select]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


def _row(rule: str, dataset: str, tp: int, fp: int, fn: int, reference: str, notes: str) -> dict:
    p, r, f = _prf(tp, fp, fn)
    return {
        "rule": rule,
        "dataset": dataset,
        "precision": p,
        "recall": r,
        "f1": f,
        "reference": reference,
        "notes": f"{notes}; tp={tp} fp={fp} fn={fn}",
    }


def eval_weasel(limit: int | None) -> list[dict]:
    path = EVAL / "wiki-weasel" / "test.csv"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))[:limit]
    tp = fp = fn = 0
    for row in rows:
        text = row["text"].replace("-LRB-", "(").replace("-RRB-", ")").strip()
        gold = row["label"].strip() == "1"
        pred = bool(_findings(text, ["LNG002"]))
        tp += pred and gold
        fp += pred and not gold
        fn += gold and not pred
    return [
        _row(
            "LNG002",
            f"wiki-weasel test ({len(rows)} sentences)",
            tp,
            fp,
            fn,
            "published systems F1 0.57-0.60 (CoNLL-2010 task 1, Wikipedia)",
            "sentence level; the labels cover all uncertainty (hedges such as 'may', 'possibly'), "
            "LNG002 only unattributed claims",
        )
    ]


_WORD = re.compile(r"[\w’'\-]+")


def eval_babe(limit: int | None) -> list[dict]:
    path = EVAL / "babe" / "final_labels_SG2.csv"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter=";") if r["label_bias"] in ("Biased", "Non-biased")]
    rows = rows[:limit]
    out: list[dict] = []
    for code in ("LNG001", "LNG003", "LNG001+LNG003"):
        select = code.split("+")
        s_tp = s_fp = s_fn = 0
        w_tp = w_fp = w_fn = 0
        for row in rows:
            gold_sentence = row["label_bias"] == "Biased"
            try:
                biased = {w.lower() for w in ast.literal_eval(row["biased_words"])}
            except (ValueError, SyntaxError):
                biased = set()
            found = _findings(row["text"], select)
            pred = bool(found)
            s_tp += pred and gold_sentence
            s_fp += pred and not gold_sentence
            s_fn += gold_sentence and not pred
            flagged_words = {w.lower() for _, snippet in found for w in _WORD.findall(snippet)}
            # a finding is right at word level when one of its words is a labelled biased word
            for _, snippet in found:
                words = {w.lower() for w in _WORD.findall(snippet)}
                if words & biased:
                    w_tp += 1
                else:
                    w_fp += 1
            w_fn += len(biased - flagged_words)
        n = len(rows)
        out.append(
            _row(
                code,
                f"BABE SG2 sentences ({n})",
                s_tp,
                s_fp,
                s_fn,
                "label_bias (Biased vs Non-biased)",
                "sentence level",
            )
        )
        out.append(
            _row(
                code,
                f"BABE SG2 biased_words ({n} sentences)",
                w_tp,
                w_fp,
                w_fn,
                "biased_words (annotated words)",
                "word level: a finding counts as right when it covers an annotated word; "
                "recall over all annotated words",
            )
        )
    return out


def time_seeds(repeat: int = 30, rounds: int = 5) -> list[dict]:
    """Milliseconds per seed article for the language rules and CIT004.

    Documents are loaded beforehand (loading is not these rules' cost); the shared
    attribution analysis is counted in whichever family runs first on a document, so
    each family is timed on fresh documents. The best of ``rounds`` is kept, to
    measure the code rather than a busy machine.
    """
    from auditor.context import Context

    families = {"LNG": ["LNG001", "LNG002", "LNG003"], "CIT004": ["CIT004"]}
    rows = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        audit_document(load_text(text, str(path)), Config(select=["LNG", "CIT004"]), AS_OF)  # compile once
        timings = {}
        for family, codes in families.items():
            rules = [get_rule(c) for c in codes]
            best = float("inf")
            for _ in range(rounds):
                docs = [load_text(text, str(path)) for _ in range(repeat)]
                start = time.process_time()
                for d in docs:
                    ctx = Context(Config(), AS_OF)
                    for r in rules:
                        assert r is not None
                        list(r.check(d, ctx))
                best = min(best, (time.process_time() - start) / repeat * 1000)
            timings[family] = best
        rows.append({"seed": path.name, "bytes": len(text.encode()), **{k: round(v, 3) for k, v in timings.items()}})
    return rows


def run(limit: int | None = None) -> list[dict]:
    """Evaluation rows (rule, dataset, precision, recall, f1, reference, notes)."""
    return eval_weasel(limit) + eval_babe(limit)


def main() -> None:
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else None
    rows = run(limit)
    if not rows:
        print(f"evaluation data not found under {EVAL}")
    print("| rule | dataset | precision | recall | F1 | reference | notes |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['rule']} | {r['dataset']} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} "
            f"| {r['reference']} | {r['notes']} |"
        )
    print()
    print("| seed | bytes | LNG001-003 ms | CIT004 ms |")
    print("|---|---|---|---|")
    for t in time_seeds():
        print(f"| {t['seed']} | {t['bytes']} | {t['LNG']:.3f} | {t['CIT004']:.3f} |")


if __name__ == "__main__":
    main()
