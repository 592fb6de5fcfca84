"""Precision of every rule on real published pages, from findings judged by hand.

Usage: ``python bench/precision.py [--limit N] [--json] [--all-unjudged] [--write]``

The real pages of ``../shared/eval`` (htmldate's test set and newspaper4k's HTML) are
audited with the ``auditor`` command line, the only interface a newsroom sees, and
every finding is matched to a judgement in ``bench/judgements/eval-pages.jsonl``
(written by a reader acting as a standards editor: ``tp`` a defect worth flagging in
the article body, ``fp`` wrong, harmless or outside the body, ``unsure``). Matching is
by page, rule code and content fingerprint (SARIF ``auditorContent/v1``), falling back
to page, code and the first 120 characters of the excerpt, so findings survive line
moves and the file stays valid while rules change. Per rule it reports precision =
tp / (tp + fp) over the judged findings, the share judged to lie outside the article
body, findings not judged yet (new since judging: judge them and add lines) and
judgements that match no finding any more (kept: they count again if the finding returns).
Every rule's findings are judged, SRC003 (an info note per unrated site) included since
2026-12-03, so the share outside the body is over all findings; a rule in ``SAMPLED``
would be judged on a sample, its unjudged findings counted but listed only with
``--all-unjudged``.
``--write`` puts the table, with date and commit, in ``bench/RESULTS.md`` (the
``precision-table`` markers; the false-alarm notes around it are written by hand).
``run(limit=None)`` gives the rows ``bench/eval.py`` prints (via ``eval_precision.py``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _results import EVAL_DATA, ROOT, replace_section, stamp

JUDGEMENTS = Path(__file__).resolve().parent / "judgements" / "eval-pages.jsonl"
FOLDERS = ("htmldate/test_set", "newspaper4k/html")
AS_OF = "2026-01-01"  # the date the judgements were made against (DAT rules read it)
EXCERPT = 120
SAMPLED: frozenset[str] = frozenset()  # rules judged on a sample only (unjudged findings expected)
KEYS = ("page", "code", "excerpt", "fingerprint", "judgement", "reason", "outside_body")
JUDGEMENT_VALUES = ("tp", "fp", "unsure")
DATASET = "real pages: htmldate + newspaper4k HTML (judged by hand)"
REFERENCE = "hand judgements, bench/judgements/eval-pages.jsonl"


def eval_dir() -> Path:
    """The shared evaluation data: beside the checkout, or beside the main tree for a worktree."""
    if EVAL_DATA.is_dir():
        return EVAL_DATA
    for parent in ROOT.parents:
        if (parent / "shared" / "eval").is_dir():
            return parent / "shared" / "eval"
    return EVAL_DATA


def pages(limit: int | None = None) -> list[Path]:
    """The HTML pages judged, sorted by file name (the order ``--limit`` cuts)."""
    base = eval_dir()
    found = [p for folder in FOLDERS for p in (base / folder).glob("*.html") if p.is_file()]
    found.sort(key=lambda p: (p.name, str(p)))
    return found[:limit] if limit else found


def load_judgements(path: Path = JUDGEMENTS) -> list[dict[str, Any]]:
    """One dict per non-empty line of the judgements file."""
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def audit(files: list[Path]) -> list[dict[str, Any]]:
    """Findings of one ``auditor check`` run over ``files``: page, code, line, excerpt, fingerprint."""
    if not files:
        return []
    with tempfile.TemporaryDirectory(prefix="auditor-precision-") as tmp:
        js, sarif = Path(tmp) / "out.json", Path(tmp) / "out.sarif"
        cmd = [sys.executable, "-m", "auditor", "check", *map(str, files), "--as-of", AS_OF, "--quiet"]
        cmd += ["--format", f"json={js}", "--format", f"sarif={sarif}", "--no-step-summary"]
        done = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True, check=False)
        if not js.is_file() or not sarif.is_file():
            raise RuntimeError(f"auditor check failed (exit {done.returncode}): {done.stderr.strip()[-500:]}")
        report = json.loads(js.read_text(encoding="utf-8"))
        results = json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"]
    prints: dict[tuple[str, str, int, int], list[str]] = defaultdict(list)
    for r in results:
        loc = r["locations"][0]["physicalLocation"]
        region = loc["region"]
        name = loc["artifactLocation"]["uri"].rsplit("/", 1)[-1]
        key = (name, r["ruleId"], region.get("startLine", 0), region.get("startColumn", 0))
        prints[key].append(r.get("partialFingerprints", {}).get("auditorContent/v1", ""))
    out = []
    for doc in report["documents"]:
        name = Path(doc["path"]).name
        for f in doc["findings"]:
            same = prints.get((name, f["code"], f["line"], f["column"]))
            out.append(
                {
                    "page": name,
                    "code": f["code"],
                    "line": f["line"],
                    "column": f["column"],
                    "excerpt": f.get("excerpt") or "",
                    "fingerprint": same.pop(0) if same else "",
                }
            )
    out.sort(key=lambda f: (f["page"], f["code"], f["line"], f["column"]))
    return out


def match(findings: list[dict[str, Any]], judgements: list[dict[str, Any]]) -> tuple[list, list, list]:
    """Pair findings with judgements: (matched pairs, unjudged findings, judgements matching nothing).

    First by page, code and fingerprint (a judgement covers every finding with its fingerprint:
    the same sentence flagged twice counts twice). Then, for findings left over, by page, code
    and excerpt prefix, using only judgements whose fingerprint matched nothing (a fingerprint
    that changed while the sentence did not), each for one fingerprint.
    """
    by_print: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for j in judgements:
        by_print[(j["page"], j["code"], j.get("fingerprint") or "")].append(j)
    pairs, left, used = [], [], set()
    for f in findings:
        if f["code"].startswith("AUD"):
            continue
        prefix = f["excerpt"][:EXCERPT]
        same = by_print.get((f["page"], f["code"], f["fingerprint"]), []) if f["fingerprint"] else []
        hit = next((j for j in same if j["excerpt"] == prefix), same[0] if same else None)
        if hit is None:
            left.append(f)
        else:
            pairs.append((f, hit))
            used.add(id(hit))
    spare: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for j in judgements:
        if id(j) not in used:
            spare[(j["page"], j["code"])].append(j)
    taken: dict[tuple[str, str, str], dict[str, Any]] = {}
    unjudged = []
    for f in left:
        group = (f["page"], f["code"], f["fingerprint"] or f"line {f['line']}:{f['column']}")
        hit = taken.get(group)
        if hit is None:
            pool = spare.get((f["page"], f["code"]), [])
            hit = next((j for j in pool if j["excerpt"] == f["excerpt"][:EXCERPT]), None)
            if hit is not None:
                pool.remove(hit)
                taken[group] = hit
                used.add(id(hit))
        if hit is None:
            unjudged.append(f)
        else:
            pairs.append((f, hit))
    stale = [j for j in judgements if id(j) not in used]
    return pairs, unjudged, stale


def summarise(findings: list[dict[str, Any]], pairs: list, unjudged: list) -> list[dict[str, Any]]:
    """Per-rule counts and precision, one dict per rule code, then one for all rules."""
    total: Counter[str] = Counter(f["code"] for f in findings if not f["code"].startswith("AUD"))
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    outside: Counter[str] = Counter()
    for f, j in pairs:
        votes[f["code"]][j["judgement"]] += 1
        outside[f["code"]] += bool(j.get("outside_body"))
    open_: Counter[str] = Counter(f["code"] for f in unjudged)

    def row(code: str, n: int, v: Counter[str], out: int, u: int) -> dict[str, Any]:
        judged = v["tp"] + v["fp"] + v["unsure"]
        decided = v["tp"] + v["fp"]
        return {
            "rule": code,
            "findings": n,
            "judged": judged,
            "tp": v["tp"],
            "fp": v["fp"],
            "unsure": v["unsure"],
            "precision": round(v["tp"] / decided, 3) if decided else None,
            "outside_body": out,
            "outside_share": round(out / judged, 3) if judged else None,
            "unjudged": u,
            "sampled": code in SAMPLED,
        }

    rows = [row(c, total[c], votes[c], outside[c], open_[c]) for c in sorted(total)]
    every: Counter[str] = Counter()
    for c in votes:
        every.update(votes[c])
    rows.append(row("all", sum(total.values()), every, sum(outside.values()), sum(open_.values())))
    return rows


def measure(limit: int | None = None) -> dict[str, Any]:
    """Audit the pages, match the judgements, and return everything the reports need."""
    files = pages(limit)
    names = {p.name for p in files}
    judgements = [j for j in load_judgements() if j["page"] in names]
    findings = audit(files)
    pairs, unjudged, stale = match(findings, judgements)
    return {
        "pages": len(files),
        "as_of": AS_OF,
        "rules": summarise(findings, pairs, unjudged),
        "unjudged": unjudged,
        "stale": stale,
    }


def _cell(value: Any) -> str:
    return "-" if value is None else f"{value:.2f}" if isinstance(value, float) else str(value)


def table(rules: list[dict[str, Any]]) -> str:
    """The per-rule table in Markdown."""
    head = "| rule | findings | judged | tp | fp | unsure | precision | outside body |"
    lines = [head, "|---|---|---|---|---|---|---|---|"]
    for r in rules:
        name = f"{r['rule']} (sample)" if r["sampled"] else r["rule"]
        out = f"{r['outside_body']} ({_cell(r['outside_share'])})" if r["judged"] else "-"
        cells = [name, r["findings"], r["judged"], r["tp"], r["fp"], r["unsure"], _cell(r["precision"]), out]
        lines.append("| " + " | ".join(map(str, cells)) + " |")
    return "\n".join(lines)


def commit() -> str:
    """The short commit id of the tree measured, with "+dirty" when it has changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True)
    except OSError:
        return "unknown"
    return (head.stdout.strip() or "unknown") + ("+dirty" if dirty.stdout.strip() else "")


def section(got: dict[str, Any]) -> str:
    """The RESULTS.md block: when, on what, the table."""
    every = got["rules"][-1]
    judged, total = every["judged"], every["findings"]
    coverage = "every finding judged" if judged == total else f"{judged} of {total} findings judged"
    sampled = ", ".join(sorted(SAMPLED))
    if sampled:
        coverage += f" ({sampled} on a sample)"
    share = f"{every['outside_body']} of {total} ({every['outside_body'] / total:.1%})" if total else "-"
    return (
        f"Measured {stamp()} at commit {commit()} (`python bench/precision.py --write`): "
        f"{got['pages']} pages, `--as-of {got['as_of']}`, {coverage}; "
        f"precision = tp / (tp + fp), unsure left out; findings outside the article body: {share} of all findings.\n\n"
        + table(got["rules"])
        + "\n"
    )


def run(limit: int | None = None) -> list[dict[str, Any]]:
    """Rows for ``bench/eval.py``: one per rule with findings on the pages, then all rules."""
    got = measure(limit)
    rows = []
    for r in got["rules"]:
        notes = (
            f"{got['pages']} pages; {r['findings']} findings, {r['judged']} judged "
            f"(tp {r['tp']}, fp {r['fp']}, unsure {r['unsure']}); outside the article body {r['outside_body']}"
        )
        if r["unjudged"]:
            notes += f"; not judged: {r['unjudged']}" + (" (judged on a sample)" if r["sampled"] else " (new)")
        if r["rule"] == "all" and got["stale"]:
            notes += f"; judgements matching no finding: {len(got['stale'])}"
        rows.append(
            {
                "rule": r["rule"] if r["rule"] != "all" else "all rules",
                "dataset": DATASET,
                "precision": r["precision"],
                "recall": None,
                "f1": None,
                "reference": REFERENCE,
                "notes": notes,
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Per-rule precision on the real eval pages, from hand judgements.")
    p.add_argument("--limit", type=int, default=None, help="audit only the first N pages (by file name)")
    p.add_argument("--json", action="store_true", help="print machine-readable JSON")
    p.add_argument("--all-unjudged", action="store_true", help="also list unjudged findings of sampled rules")
    p.add_argument("--write", action="store_true", help="put the table in bench/RESULTS.md (full runs only)")
    args = p.parse_args(argv)
    got = measure(args.limit)
    if args.json:
        print(json.dumps(got, indent=2, ensure_ascii=False))
        return 0
    print(f"{got['pages']} pages audited with --as-of {got['as_of']}; judgements: {JUDGEMENTS.relative_to(ROOT)}\n")
    print(table(got["rules"]))
    listed = [f for f in got["unjudged"] if args.all_unjudged or f["code"] not in SAMPLED]
    if listed:
        print(f"\nNot judged yet ({len(listed)}): judge each and add a line to the judgements file")
        for f in listed:
            print(f"  {f['page']}:{f['line']}:{f['column']} {f['code']} [{f['fingerprint']}] {f['excerpt'][:100]}")
    if args.write and not args.limit:
        replace_section("precision-table", section(got))
        print("\nwritten to bench/RESULTS.md", file=sys.stderr)
    if got["stale"]:
        print(
            f"\nJudgements that match no finding any more ({len(got['stale'])}): the finding is gone or its sentence changed (they count again if it returns)"
        )
        for j in got["stale"]:
            print(f"  {j['page']} {j['code']} [{j.get('fingerprint', '')}] {j['judgement']}: {j['excerpt'][:100]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
