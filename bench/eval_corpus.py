"""Recall and trap hits of every rule family on the frozen blind corpus (bench/corpus/blind).

The blind corpus was written before any rule was tuned on it (issue 13) and is pinned by
its SHA256SUMS, so its figures measure how the rules generalise to copy nobody tuned them on.
The script runs ``auditor check`` as a black box, matches each finding to the labels by
file, code and line (+-1; among several candidates the label whose quote is nearest the
finding's column wins), and prints per-family recall on defects, trap hits, and the
findings that match no label.

    python bench/eval_corpus.py            # table, and the section in bench/RESULTS.md
    python bench/eval_corpus.py --json     # machine output on stdout
    python bench/eval_corpus.py --no-write # do not touch bench/RESULTS.md
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from _results import ROOT, markdown_table, replace_section, stamp

BLIND = ROOT / "bench" / "corpus" / "blind"
# A fixed "today" keeps the run reproducible; every blind article states its own date.
AS_OF = "2026-12-03"
SECTION = "blind-corpus"


def load_labels(corpus: Path) -> list[dict]:
    """The labels, each with the 1-based column span of its quote on its line."""
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    lines_of: dict[str, list[str]] = {}
    for label in labels:
        lines = lines_of.setdefault(label["file"], (corpus / label["file"]).read_text(encoding="utf-8").split("\n"))
        start = lines[label["line"] - 1].find(label["quote"]) + 1
        label["col_start"], label["col_end"] = start, start + len(label["quote"])
    return labels


def run_auditor(corpus: Path) -> list[dict]:
    """Every finding of one ``auditor check`` run over the corpus, with its file relative to it."""
    with tempfile.TemporaryDirectory(prefix="auditor-blind-") as tmp:
        cmd = [sys.executable, "-m", "auditor", "check", str(corpus), "--format", "json"]
        cmd += ["--report-dir", str(Path(tmp) / "reports"), "--as-of", AS_OF, "--fail-on", "never"]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"auditor check failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    try:
        documents = json.loads(proc.stdout)["documents"]
    except (ValueError, KeyError) as exc:  # e.g. a crash that still exits 1
        raise SystemExit(f"auditor check printed no JSON report ({exc}): {proc.stderr.strip()[-2000:]}") from exc
    findings = []
    for doc in documents:
        rel = Path(doc["path"]).resolve().relative_to(corpus.resolve()).as_posix()
        for finding in doc["findings"]:
            findings.append({**finding, "file": rel})
    return findings


def _distance(label: dict, finding: dict) -> tuple[int, int]:
    """How far a finding sits from a label: line offset first, then columns outside the quote."""
    col = finding.get("column") or 0
    outside = max(label["col_start"] - col, col - label["col_end"], 0)
    return abs(label["line"] - finding["line"]), outside


def match(labels: list[dict], findings: list[dict]) -> tuple[dict[int, list[dict]], list[dict]]:
    """Assign each finding to its nearest label (same file and code, line +-1).

    Returns the findings per label index and the findings that match no label. A label is
    found (a defect) or hit (a trap) when at least one finding is assigned to it.
    """
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        by_key[(label["file"], label["code"])].append(i)
    assigned: dict[int, list[dict]] = defaultdict(list)
    unlabelled = []
    for finding in findings:
        near = [
            i
            for i in by_key.get((finding["file"], finding["code"]), ())
            if abs(labels[i]["line"] - finding["line"]) <= 1
        ]
        if not near:
            unlabelled.append(finding)
            continue
        best = min(near, key=lambda i: (_distance(labels[i], finding), i))
        assigned[best].append(finding)
    return assigned, unlabelled


def score(labels: list[dict], findings: list[dict]) -> dict:
    """Per-family and overall figures."""
    assigned, unlabelled = match(labels, findings)
    families: dict[str, dict] = {}
    for i, label in enumerate(labels):
        fam = families.setdefault(label["code"], {"defects": 0, "found": 0, "traps": 0, "trap_hits": 0, "missed": []})
        hit = bool(assigned.get(i))
        if label["kind"] == "defect":
            fam["defects"] += 1
            fam["found"] += hit
            if not hit:
                fam["missed"].append(f"{label['file']}:{label['line']}: {label['quote']}")
        else:
            fam["traps"] += 1
            fam["trap_hits"] += hit
    for fam in families.values():
        fam["recall"] = round(fam["found"] / fam["defects"], 3) if fam["defects"] else None
    defects = sum(f["defects"] for f in families.values())
    found = sum(f["found"] for f in families.values())
    traps = sum(f["traps"] for f in families.values())
    trap_hits = sum(f["trap_hits"] for f in families.values())
    labelled_codes = set(families)
    return {
        "corpus": "bench/corpus/blind",
        "articles": len({label["file"] for label in labels}),
        "families": dict(sorted(families.items())),
        "overall": {
            "defects": defects,
            "found": found,
            "recall": round(found / defects, 3) if defects else None,
            "traps": traps,
            "trap_hits": trap_hits,
            "trap_hits_per_100": round(100 * trap_hits / traps, 1) if traps else None,
            "findings": len(findings),
            "unlabelled": len(unlabelled),
            "unlabelled_in_labelled_families": sum(f["code"] in labelled_codes for f in unlabelled),
        },
        "unlabelled_by_code": dict(sorted(Counter(f["code"] for f in unlabelled).items())),
    }


def _commit() -> str:
    proc = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    return proc.stdout.strip() or "unknown"


def render(result: dict) -> str:
    """The Markdown section for bench/RESULTS.md."""
    rows = [
        [
            code,
            f"{f['found']} of {f['defects']}",
            f"{f['recall']:.2f}" if f["recall"] is not None else "-",
            f"{f['trap_hits']} of {f['traps']}",
        ]
        for code, f in result["families"].items()
    ]
    o = result["overall"]
    rows.append(
        [
            "**all**",
            f"**{o['found']} of {o['defects']}**",
            f"**{o['recall']:.2f}**",
            f"**{o['trap_hits']} of {o['traps']}**",
        ]
    )
    sums = (
        hashlib.sha256((BLIND / "SHA256SUMS").read_bytes()).hexdigest()[:12] if (BLIND / "SHA256SUMS").exists() else "-"
    )
    unl = ", ".join(f"{code} {n}" for code, n in result["unlabelled_by_code"].items()) or "none"
    return "\n".join(
        [
            "## Blind corpus (frozen, never tuned on)",
            "",
            f"Measured {stamp()} at commit `{_commit()}` by `python bench/eval_corpus.py` on {result['articles']} articles "
            f"in `bench/corpus/blind` (SHA256SUMS digest `{sums}`; `--as-of {AS_OF}`). The corpus was written blind for "
            "issue 13, before any rule was changed for it; tests/test_corpus_labels.py keeps it frozen. A finding counts "
            "for a label when file and code agree and its line is within one of the label's.",
            "",
            markdown_table(["family", "defects found", "recall", "trap hits"], rows),
            "",
            f"Trap hits per 100 traps: {o['trap_hits_per_100']}. Findings: {o['findings']}, of which {o['unlabelled']} match "
            f"no label ({o['unlabelled_in_labelled_families']} of them in the labelled families): {unl}.",
        ]
    )


def run(limit: int | None = None) -> list[dict]:
    """Rows for bench/eval.py: recall per family on the blind corpus (small, so ``limit`` is ignored)."""
    result = score(load_labels(BLIND), run_auditor(BLIND))
    rows = []
    for code, f in [*result["families"].items(), ("all", result["overall"])]:
        rows.append(
            {
                "rule": code,
                "dataset": f"blind corpus ({result['articles']} articles, frozen)",
                "precision": None,
                "recall": f["recall"],
                "f1": None,
                "reference": "",
                "notes": f"{f['found']} of {f['defects']} defects found; {f['trap_hits']} of {f['traps']} traps hit",
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=BLIND)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    parser.add_argument("--missed", action="store_true", help="list the defects no finding matched")
    args = parser.parse_args(argv)
    labels = load_labels(args.corpus)
    result = score(labels, run_auditor(args.corpus))
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
    else:
        print(f"{'family':8} {'found':>9} {'recall':>7} {'trap hits':>10}")
        for code, f in result["families"].items():
            recall = f"{f['recall']:.2f}" if f["recall"] is not None else "-"
            print(f"{code:8} {f['found']:>4} / {f['defects']:<3} {recall:>6} {f['trap_hits']:>4} / {f['traps']:<3}")
            if args.missed:
                for miss in f["missed"]:
                    print(f"           missed {miss}")
        o = result["overall"]
        print(
            f"{'all':8} {o['found']:>4} / {o['defects']:<3} {o['recall']:>6.2f} {o['trap_hits']:>4} / {o['traps']:<3}"
        )
        print(
            f"findings {o['findings']}, unlabelled {o['unlabelled']} ({o['unlabelled_in_labelled_families']} in labelled families)"
        )
    if not args.no_write and args.corpus.resolve() == BLIND.resolve():
        replace_section(SECTION, render(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
