"""Check the fresh corpus's labels: every quote sits on its stated line, and the checksums hold.

    python bench/corpus/fresh/check_labels.py

It reads only this folder and never runs the auditor: the corpus is held out, and the
labels are checked against the text as written, not against what any rule finds.
"""

from __future__ import annotations

import collections
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"defect", "trap"}


def check_labels(labels: list[dict]) -> list[str]:
    """Problems with the labels: missing files, unknown kinds, quotes not on their line."""
    problems = []
    for lab in labels:
        path = HERE / lab["file"]
        if not path.is_file():
            problems.append(f"{lab['file']}: no such file")
            continue
        if lab["kind"] not in KINDS:
            problems.append(f"{lab['file']}:{lab['line']}: kind {lab['kind']!r}")
        lines = path.read_text(encoding="utf-8").split("\n")
        if not 1 <= lab["line"] <= len(lines) or lab["quote"] not in lines[lab["line"] - 1]:
            problems.append(f"{lab['file']}:{lab['line']}: quote not on its line: {lab['quote']!r}")
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
    print(f"{len(labels)} labels in {len({lab['file'] for lab in labels})} files, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
