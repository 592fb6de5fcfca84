"""Check the fresh4 held-out corpus as written: label fields, quotes on their lines, every article
labelled, same-code labels two lines apart, and the checksums in SHA256SUMS.

    python bench/corpus/fresh4/check_labels.py

Only this folder is read. The auditor is never run here: the corpus is held out, so labels are
checked against the articles' text, never against what a rule reports.
"""

from __future__ import annotations

import collections
import hashlib
import itertools
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"defect", "trap"}
FIELDS = {"file", "code", "kind", "line", "quote", "note"}
CODES = {
    "CIT001", "CIT002", "CIT003", "CIT004", "CIT005", "CIT006",
    "CON001", "CON002", "CON003",
    "DAT001", "DAT002", "DAT003",
    "LNG001", "LNG002",
    "SRC001", "SRC002",
}  # fmt: skip
NOT_ARTICLES = {"README.md", "check_labels.py", "labels.json", "SHA256SUMS"}
SUFFIXES = {".txt", ".md", ".html"}


def articles() -> list[str]:
    """Article files: every file here except the labels, this script, the README and the sums."""
    return sorted(p.name for p in HERE.iterdir() if p.is_file() and p.name not in NOT_ARTICLES)


def check_labels(labels: list[dict]) -> list[str]:
    """Problems with the labels themselves and with how they sit on the articles."""
    problems: list[str] = []
    texts: dict[str, list[str]] = {}
    for lab in labels:
        missing = FIELDS - set(lab)
        if missing:
            problems.append(f"{lab.get('file', '?')}: label without {sorted(missing)}")
            continue
        where = f"{lab['file']}:{lab['line']}"
        if lab["kind"] not in KINDS:
            problems.append(f"{where}: kind {lab['kind']!r}")
        if lab["code"] not in CODES:
            problems.append(f"{where}: code {lab['code']!r}")
        if not str(lab["note"]).strip():
            problems.append(f"{where}: empty note")
        path = HERE / lab["file"]
        if lab["file"] in NOT_ARTICLES or not path.is_file():
            problems.append(f"{lab['file']}: not an article in this folder")
            continue
        lines = texts.setdefault(lab["file"], path.read_text(encoding="utf-8").split("\n"))
        line = lab["line"]
        if not isinstance(line, int) or not 1 <= line <= len(lines) or lab["quote"] not in lines[line - 1]:
            problems.append(f"{where}: quote not on its line: {lab['quote']!r}")
    by_code: dict[tuple[str, str], list[int]] = collections.defaultdict(list)
    for lab in labels:
        if set(lab) >= FIELDS and isinstance(lab["line"], int):
            by_code[lab["file"], lab["code"]].append(lab["line"])
    for (name, code), lines in sorted(by_code.items()):
        for a, b in itertools.pairwise(sorted(lines)):
            if b - a < 2:
                problems.append(f"{name}: {code} labels on lines {a} and {b} are closer than two lines")
    labelled = {lab.get("file") for lab in labels}
    for name in articles():
        if Path(name).suffix not in SUFFIXES:
            problems.append(f"{name}: not a .txt, .md or .html article")
        if name not in labelled:
            problems.append(f"{name}: no label")
    return problems


def check_sums() -> list[str]:
    """Problems with SHA256SUMS: a file changed, missing, unlisted, or the list out of name order."""
    listed: dict[str, str] = {}
    order: list[str] = []
    for row in (HERE / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = row.split(maxsplit=1)
        name = name.lstrip("*")
        listed[name] = digest
        order.append(name)
    problems = [] if order == sorted(order) else ["SHA256SUMS: not sorted by name"]
    present = {p.name for p in HERE.iterdir() if p.is_file() and p.name != "SHA256SUMS"}
    problems.extend(f"{n}: not in SHA256SUMS" for n in sorted(present - set(listed)))
    for name, digest in sorted(listed.items()):
        path = HERE / name
        if not path.is_file():
            problems.append(f"{name}: listed but missing")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            problems.append(f"{name}: checksum differs")
    return problems


def main() -> int:
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    problems = check_labels(labels) + check_sums()
    for problem in problems:
        print(problem)
    counts = collections.Counter((lab.get("code"), lab.get("kind")) for lab in labels)
    for code in sorted({str(lab.get("code")) for lab in labels}):
        print(f"{code}: {counts[code, 'defect']} defects, {counts[code, 'trap']} traps")
    defects = sum(lab.get("kind") == "defect" for lab in labels)
    print(f"{len(labels)} labels ({defects} defects, {len(labels) - defects} traps) in {len(articles())} files")
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
