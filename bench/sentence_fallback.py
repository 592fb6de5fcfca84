"""How often the pure-Python sentence splitter agrees with blingfire (issue 14).

For every paragraph of the seeds, the newspaper4k pages and the htmldate pages (as auditor's
loaders read them), both splitters cut the paragraph into sentences; a paragraph agrees when
both give the same sentences. Boundaries are compared too: precision and recall of the
fallback's sentence ends against blingfire's. Prints the table and writes it to its section of
bench/RESULTS.md (only when every data set was found, so a fresh clone never blanks it):

    python bench/sentence_fallback.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _results import EVAL_DATA, machine, replace_section, stamp  # noqa: E402

from auditor.reading.loaders import load_path  # noqa: E402
from auditor.reading.segment import sentence_offsets, splitter_name  # noqa: E402
from auditor.reading.sentences_py import split_offsets  # noqa: E402

EVAL = EVAL_DATA
SETS = {
    "seeds": sorted((ROOT / "seeds").glob("*.*")),
    "newspaper4k pages": sorted((EVAL / "newspaper4k" / "html").glob("*.html")),
    "htmldate pages": sorted((EVAL / "htmldate" / "test_set").glob("*.html")),
}


def _cuts(chunk: str, offsets: list[tuple[int, int]]) -> list[str]:
    return [s for s in (chunk[a:b].strip() for a, b in offsets) if s]


def _ends(chunk: str, offsets: list[tuple[int, int]]) -> set[int]:
    return {len(chunk[:b].rstrip()) for a, b in offsets if chunk[a:b].strip()}


def measure(files: list[Path]) -> dict[str, float]:
    assert splitter_name() == "blingfire", "blingfire's library does not load here: nothing to compare with"
    blingfire = sentence_offsets
    paragraphs = same = tp = fp = fn = 0
    t_bf = t_py = 0.0
    for path in files:
        doc = load_path(path)
        if doc is None or not getattr(doc, "paragraphs", None):
            continue
        for para in doc.paragraphs:
            chunk = doc.text[para.start : para.end]
            if not chunk.strip():
                continue
            t0 = time.perf_counter()
            ref = blingfire(chunk)
            t1 = time.perf_counter()
            got = split_offsets(chunk)
            t2 = time.perf_counter()
            t_bf += t1 - t0
            t_py += t2 - t1
            paragraphs += 1
            same += _cuts(chunk, ref) == _cuts(chunk, got)
            r, g = _ends(chunk, ref), _ends(chunk, got)
            tp += len(r & g)
            fp += len(g - r)
            fn += len(r - g)
    return {
        "files": len(files),
        "paragraphs": paragraphs,
        "same": same / paragraphs if paragraphs else 0.0,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "ms_bf": 1000 * t_bf / max(1, len(files)),
        "ms_py": 1000 * t_py / max(1, len(files)),
    }


def main() -> None:
    lines = [
        "| set | files | paragraphs | same sentences as blingfire | end precision | end recall "
        "| ms/file blingfire | ms/file fallback |",
        "|---|---|---|---|---|---|---|---|",
    ]
    complete = True
    for name, files in SETS.items():
        if not files:
            lines.append(f"| {name} | (not found) | | | | | | |")
            complete = False
            continue
        m = measure(files)
        lines.append(
            f"| {name} | {m['files']} | {m['paragraphs']} | {m['same']:.1%} | {m['precision']:.3f} | "
            f"{m['recall']:.3f} | {m['ms_bf']:.2f} | {m['ms_py']:.2f} |"
        )
    table = "\n".join(lines)
    print(table)
    if complete:
        body = (
            "## Sentence splitting without blingfire (issue 14)\n\n"
            "`python bench/sentence_fallback.py`: the pure-Python splitter (`auditor/reading/sentences_py.py`, "
            "used when blingfire's library cannot load) against blingfire, paragraph by paragraph as the "
            "loaders read the files. Precision and recall are of the fallback's sentence ends, blingfire's "
            f"taken as right. {stamp()}, {machine()}.\n\n{table}\n"
        )
        replace_section("sentence-fallback", body)


if __name__ == "__main__":
    main()
