"""Recall and trap hits of the rules on the development corpus (bench/corpus/dev).

    python bench/eval_dev.py [--codes CON001,CON002] [--files new-] [--show]

Reads every ``bench/corpus/dev/labels-*.json`` (a list of {file, code, kind, line, quote,
note}), audits the corpus once with ``auditor check --format json=FILE`` and matches findings
to labels by file, code and line (within one line). A defect is found when a finding of its
code sits at its line or names it among its related lines; a trap is hit when a finding of its
code sits at its line and matches no defect. The development corpus is for tuning; the blind
corpus (bench/corpus/blind) is measured by another script and never read here.
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "bench" / "corpus" / "dev"


def load_labels(corpus: Path = DEV) -> list[dict]:
    labels: list[dict] = []
    for path in sorted(corpus.glob("labels*.json")):
        labels.extend(json.loads(path.read_text(encoding="utf-8")))
    return labels


def run_auditor(corpus: Path = DEV, files: list[str] | None = None) -> dict[str, list[dict]]:
    """Findings per file name, from one run of the command line over the corpus (or ``files`` of it)."""
    targets = [str(corpus / name) for name in files] if files else [str(corpus)]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "dev.json"
        subprocess.run(
            [sys.executable, "-m", "auditor", "check", *targets, "--quiet", "--format", f"json={out}"],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            check=False,
        )
        data = json.loads(out.read_text(encoding="utf-8"))
    return {Path(d["path"]).name: d["findings"] for d in data["documents"]}


def _near(line: int, target: int) -> bool:
    return abs(line - target) <= 1


def score(labels: list[dict], findings: dict[str, list[dict]]) -> dict[str, dict]:
    """Per code: defects found, defects, traps hit, traps, and the misses and hits by label."""
    table: dict[str, dict] = collections.defaultdict(
        lambda: {"found": 0, "defects": 0, "hit": 0, "traps": 0, "missed": [], "trapped": []}
    )
    defects_by = collections.defaultdict(list)
    for lab in labels:
        if lab["kind"] == "defect":
            defects_by[(lab["file"], lab["code"])].append(lab["line"])
    for lab in labels:
        row = table[lab["code"]]
        own = [f for f in findings.get(lab["file"], []) if f["code"] == lab["code"]]
        if lab["kind"] == "defect":
            row["defects"] += 1
            lines = [[f["line"], *(r["line"] for r in f.get("related", []))] for f in own]
            if any(_near(n, lab["line"]) for ls in lines for n in ls):
                row["found"] += 1
            else:
                row["missed"].append(lab)
        else:
            row["traps"] += 1
            defect_lines = defects_by[(lab["file"], lab["code"])]
            for f in own:
                if not _near(f["line"], lab["line"]):
                    continue
                touched = [f["line"], *(r["line"] for r in f.get("related", []))]
                if not any(_near(n, d) for n in touched for d in defect_lines):
                    row["hit"] += 1
                    row["trapped"].append((lab, f))
                    break
    return table


def run(limit: int | None = None) -> list[dict]:
    """Rows for ``bench/eval.py``: recall and trap hits per code on the development corpus.

    ``limit`` (a partial run, which bench/eval.py never writes) audits only the first ``limit``
    labelled articles and scores their labels alone: the same code path on a slice.
    """
    labels = load_labels()
    if not labels:
        return []
    files = None
    if limit is not None:
        files = sorted({lab["file"] for lab in labels})[: max(1, limit)]
        labels = [lab for lab in labels if lab["file"] in files]
    table = score(labels, run_auditor(files=files))
    rows = []
    for code in sorted(table):
        row = table[code]
        recall = row["found"] / row["defects"] if row["defects"] else None
        rows.append(
            {
                "rule": code,
                "dataset": "dev corpus (bench/corpus/dev)" + (f", first {len(files)} articles" if files else ""),
                "precision": None,
                "recall": recall,
                "f1": None,
                "reference": "",
                "notes": f"{row['found']}/{row['defects']} defects found, {row['hit']}/{row['traps']} traps hit",
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--codes", default="", help="comma-separated codes to report (default: all labelled)")
    parser.add_argument(
        "--files",
        default="",
        help="only labels of files whose names start with one of these comma-separated prefixes (new-05,new-06)",
    )
    parser.add_argument("--show", action="store_true", help="list missed defects and trap hits")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEV,
        help="another labelled folder of the same shape (a held-out batch measured once, not tuned on)",
    )
    args = parser.parse_args(argv)
    labels = load_labels(args.corpus)
    wanted = {c.strip() for c in args.codes.split(",") if c.strip()}
    if wanted:
        labels = [lab for lab in labels if lab["code"] in wanted]
    prefixes = tuple(p.strip() for p in args.files.split(",") if p.strip())
    if prefixes:
        labels = [lab for lab in labels if lab["file"].startswith(prefixes)]
    table = score(labels, run_auditor(args.corpus))
    print(f"{'code':8} {'recall':>14} {'trap hits':>12}")
    total = [0, 0, 0, 0]
    for code in sorted(table):
        row = table[code]
        rec = row["found"] / row["defects"] if row["defects"] else 0.0
        print(f"{code:8} {row['found']:>4}/{row['defects']:<4} {rec:4.2f} {row['hit']:>6}/{row['traps']:<4}")
        total = [total[0] + row["found"], total[1] + row["defects"], total[2] + row["hit"], total[3] + row["traps"]]
        if args.show:
            for lab in row["missed"]:
                print(f"    missed {lab['file']}:{lab['line']} {lab['quote']!r}")
            for lab, f in row["trapped"]:
                print(f"    trap   {lab['file']}:{lab['line']} {lab['quote']!r} <- {f['message'][:160]}")
    rec = total[0] / total[1] if total[1] else 0.0
    print(f"{'all':8} {total[0]:>4}/{total[1]:<4} {rec:4.2f} {total[2]:>6}/{total[3]:<4}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
