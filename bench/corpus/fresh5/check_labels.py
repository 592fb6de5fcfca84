"""Check the fresh5 corpus's labels: every quote sits on its stated line, every article is labelled,
and the checksums hold.

    python bench/corpus/fresh5/check_labels.py

It reads only this folder and never runs the auditor: the corpus is held out, and the labels are
checked against the text as written, not against what any rule finds.
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
NOT_ARTICLES = {"README.md", "check_labels.py", "labels.json", "SHA256SUMS"}


def articles() -> list[str]:
    """The article files: everything in the folder but the labels, this script, the README and the sums."""
    return sorted(p.name for p in HERE.iterdir() if p.is_file() and p.name not in NOT_ARTICLES)


def check_labels(labels: list[dict]) -> list[str]:
    """Problems with the labels: missing fields or files, unknown kinds, quotes not on their line,
    same-code labels closer than two lines, and articles without a label."""
    problems = []
    texts: dict[str, list[str]] = {}
    for lab in labels:
        missing = FIELDS - set(lab)
        if missing:
            problems.append(f"{lab.get('file', '?')}: label without {sorted(missing)}")
            continue
        path = HERE / lab["file"]
        if not path.is_file():
            problems.append(f"{lab['file']}: no such file")
            continue
        if lab["kind"] not in KINDS:
            problems.append(f"{lab['file']}:{lab['line']}: kind {lab['kind']!r}")
        lines = texts.setdefault(lab["file"], path.read_text(encoding="utf-8").split("\n"))
        if not 1 <= lab["line"] <= len(lines) or lab["quote"] not in lines[lab["line"] - 1]:
            problems.append(f"{lab['file']}:{lab['line']}: quote not on its line: {lab['quote']!r}")
    by_code = collections.defaultdict(list)
    for lab in labels:
        if set(lab) >= FIELDS:
            by_code[lab["file"], lab["code"]].append(lab["line"])
    for (name, code), lines in sorted(by_code.items()):
        lines.sort()
        for a, b in itertools.pairwise(lines):
            if b - a < 2:
                problems.append(f"{name}: {code} labels on lines {a} and {b} are closer than two lines")
    labelled = {lab.get("file") for lab in labels}
    problems.extend(f"{name}: no label" for name in articles() if name not in labelled)
    return problems


def check_sums() -> list[str]:
    """Problems with SHA256SUMS: a file changed, missing, or not listed."""
    listed = {}
    for row in (HERE / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = row.split(maxsplit=1)
        listed[name.lstrip("*")] = digest
    present = {p.name for p in HERE.iterdir() if p.is_file() and p.name != "SHA256SUMS"}
    problems = [f"{n}: not in SHA256SUMS" for n in sorted(present - set(listed))]
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
    counts = collections.Counter((lab["code"], lab["kind"]) for lab in labels)
    for code in sorted({lab["code"] for lab in labels}):
        print(f"{code}: {counts[code, 'defect']} defects, {counts[code, 'trap']} traps")
    defects = sum(lab["kind"] == "defect" for lab in labels)
    print(f"{len(labels)} labels ({defects} defects, {len(labels) - defects} traps) in {len(articles())} files")
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
