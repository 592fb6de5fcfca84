"""Check that every label in labels.json points at its quote.

    python bench/corpus/fresh2/check_labels.py

For each label: the file exists, the kind is "defect" or "trap", the code is one of the
planted codes, the line exists and contains the quote exactly, and labels of the same code
in one file sit at least two lines apart (the scorer matches within one line). Also checks
that SHA256SUMS lists every other file in this folder with its current digest. Exits 1 on
any problem. It reads only this folder: it never runs the auditor.
"""

from __future__ import annotations

import collections
import hashlib
import itertools
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODES = {
    "CON001",
    "CON002",
    "CON003",
    "DAT001",
    "DAT003",
    "CIT002",
    "CIT003",
    "CIT004",
    "CIT006",
    "LNG001",
    "LNG002",
    "SRC002",
}


def check_labels(labels: list[dict]) -> list[str]:
    """Problems with the labels, one message each."""
    problems: list[str] = []
    lines_by_file: dict[str, list[str]] = {}
    seen: dict[tuple[str, str], list[int]] = collections.defaultdict(list)
    for n, lab in enumerate(labels):
        where = f"label {n} ({lab.get('file')}:{lab.get('line')} {lab.get('code')})"
        missing = {"file", "code", "kind", "line", "quote", "note"} - set(lab)
        if missing:
            problems.append(f"{where}: missing {sorted(missing)}")
            continue
        if lab["kind"] not in ("defect", "trap"):
            problems.append(f"{where}: kind {lab['kind']!r}")
        if lab["code"] not in CODES:
            problems.append(f"{where}: unexpected code")
        path = HERE / lab["file"]
        if not path.is_file():
            problems.append(f"{where}: no such file")
            continue
        if lab["file"] not in lines_by_file:
            lines_by_file[lab["file"]] = path.read_text(encoding="utf-8").split("\n")
        lines = lines_by_file[lab["file"]]
        if not 1 <= lab["line"] <= len(lines):
            problems.append(f"{where}: line out of range")
            continue
        if lab["quote"] not in lines[lab["line"] - 1]:
            problems.append(f"{where}: quote not on its line: {lab['quote']!r}")
        if not lab["note"].strip():
            problems.append(f"{where}: empty note")
        seen[(lab["file"], lab["code"])].append(lab["line"])
    for (file, code), nums in sorted(seen.items()):
        nums.sort()
        for a, b in itertools.pairwise(nums):
            if b - a < 2:
                problems.append(f"{file}: {code} labels at lines {a} and {b} are closer than two lines")
    return problems


def check_sums() -> list[str]:
    """Problems with SHA256SUMS: missing, stale or unlisted files."""
    sums = HERE / "SHA256SUMS"
    if not sums.is_file():
        return ["SHA256SUMS missing"]
    listed: dict[str, str] = {}
    for row in sums.read_text(encoding="utf-8").splitlines():
        digest, _, name = row.partition("  ")
        listed[name] = digest
    problems = []
    files = sorted(p.name for p in HERE.iterdir() if p.is_file() and p.name != "SHA256SUMS")
    for name in files:
        digest = hashlib.sha256((HERE / name).read_bytes()).hexdigest()
        if listed.get(name) != digest:
            problems.append(f"SHA256SUMS: {name} missing or stale")
    for name in sorted(set(listed) - set(files)):
        problems.append(f"SHA256SUMS: lists {name}, which is not here")
    return problems


def main() -> int:
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    problems = check_labels(labels) + check_sums()
    for p in problems:
        print(p)
    counts = collections.Counter((lab["code"], lab["kind"]) for lab in labels)
    for code in sorted(CODES):
        print(f"{code}: {counts[(code, 'defect')]} defects, {counts[(code, 'trap')]} traps")
    print(f"{len(labels)} labels, {len({lab['file'] for lab in labels})} files, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
