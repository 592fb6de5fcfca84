"""What reading YAML front matter costs: PyYAML's pure-Python loader against libyaml, on real blogs.

    python bench/yaml_front_matter.py [FOLDER ...]

Reads the ``---`` front matter of every Markdown file under the folders (by default the real blogs
named in HELPERS.md where they exist, else ``seeds`` and ``bench/corpus``), parses each block with
``yaml.safe_load`` and with the loader :func:`auditor.reading.loaders.markdown._load_yaml` uses,
and prints the CPU milliseconds per block of each and how many blocks they read differently (the
values' ``repr``, key order included; it should be 0). It measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BLOGS = ("/tmp/goblog/_content/blog", "/tmp/nodeblog", "/tmp/polar-sites/rust", "/tmp/polar-sites/ropensci")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M)


def blocks(folders: list[Path]) -> list[str]:
    """The YAML front matter blocks of the Markdown files under ``folders``, as the loader cuts them."""
    out = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() not in (".md", ".markdown", ".mdx", ".rmd") or not path.is_file():
                continue
            source = path.read_text(encoding="utf-8", errors="replace")
            if source[:3] != "---" or (len(source) > 3 and source[3] not in "\r\n"):
                continue
            m = _CLOSING.search(source, 4)
            if m:
                out.append(source[source.index("\n") + 1 : m.start()] if "\n" in source[: m.start()] else "")
    return out


def _outcome(load: Callable[[str], Any], block: str) -> tuple[str, str]:
    """("ok", the value's repr) or ("error", the problem's words)."""
    try:
        return "ok", repr(load(block))
    except Exception as exc:  # broken front matter: both must refuse it
        return "error", str(exc)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    args = parser.parse_args(argv)
    import yaml

    from auditor.reading.loaders.markdown import _load_yaml

    folders = args.folders or [Path(b) for b in BLOGS if Path(b).is_dir()]
    folders = folders or [ROOT / "seeds", ROOT / "bench" / "corpus" / "dev"]
    found = blocks(folders)
    if not found:
        print("no YAML front matter found")
        return 0
    results: dict[str, list[tuple[str, str]]] = {}
    timings: dict[str, float] = {}
    for name, load in (("yaml.safe_load (pure Python)", yaml.safe_load), ("auditor's _load_yaml", _load_yaml)):
        start = time.process_time()
        results[name] = [_outcome(load, block) for block in found]
        timings[name] = (time.process_time() - start) / len(found) * 1000
    pure, ours = results.values()
    # a value must be the same; a refusal only refused alike (ours words it as AUD006 reports it)
    differ = sum(1 for a, b in zip(pure, ours, strict=True) if a[0] != b[0] or (a[0] == "ok" and a != b))
    print(f"{len(found)} front matter blocks from {', '.join(map(str, folders))}")
    for name, ms in timings.items():
        print(f"  {name}: {ms:.3f} ms CPU per block")
    print(f"  read differently: {differ}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
