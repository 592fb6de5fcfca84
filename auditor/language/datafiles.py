"""The data files shipped in ``rules/data/``, read without importlib.resources and without tomllib.

Two costs of every run, the first one on a CI runner included (bench/RESULTS.md "Start-up"): tomllib
is pure Python, and parsing the four TOML files (48 KB) cost about 60 M instructions; locating them
through ``importlib.resources`` imported it, its readers and zipfile, about 40 M more. So a file is
read from the ``auditor_rules`` package's folder on disk (``importlib.resources`` only when the
package is not a folder, as in a zip), and each TOML file has a generated twin,
``NAME.toml.json``, holding the parsed data and the SHA-256 of the TOML text it was made from. The
twin is used only when that hash matches the TOML file as read now: an edited TOML file whose twin
was not regenerated is parsed with tomllib as before, so the data a run sees is always the TOML
file's. ``tests/test_datafiles.py`` fails while a twin is stale or wrong;
``python -m auditor.language.datafiles`` rewrites them all.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import math
import sys
from pathlib import Path
from typing import Any

_PACKAGE = "auditor_rules"
TWIN_FORMAT = 1
TWIN_SUFFIX = ".json"  # language.toml -> language.toml.json


@functools.lru_cache(maxsize=1)
def data_folder() -> Path | None:
    """``rules/data`` as a folder on disk (None when the package is not one, e.g. zipped)."""
    try:
        spec = importlib.util.find_spec(_PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        folder = Path(location) / "data"
        if folder.is_dir():
            return folder
    return None


def read_text(name: str) -> str:
    """A data file's text (newlines translated, as ``read_text`` always did)."""
    folder = data_folder()
    if folder is not None:
        return (folder / name).read_text(encoding="utf-8")
    from importlib import resources

    return (resources.files(_PACKAGE) / "data" / name).read_text(encoding="utf-8")


def source_hash(text: str) -> str:
    """What a twin records of its TOML file: the SHA-256 of its text as read."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _twin_data(name: str, text: str) -> dict[str, Any] | None:
    """The twin's data when it was made from exactly ``text`` in this format; else None."""
    try:
        twin = json.loads(read_text(name + TWIN_SUFFIX))
    except (OSError, ValueError):
        return None
    if (
        not isinstance(twin, dict)
        or twin.get("format") != TWIN_FORMAT
        or twin.get("source_sha256") != source_hash(text)
        or not isinstance(twin.get("data"), dict)
    ):
        return None
    return twin["data"]


def load_toml(name: str) -> dict[str, Any]:
    """A shipped TOML file's data: from its twin when current, else parsed (the same dict either way)."""
    text = read_text(name)
    data = _twin_data(name, text)
    if data is not None:
        return data
    import tomllib

    return tomllib.loads(text)


def _check_plain(value: Any, where: str) -> None:
    """Refuse a value JSON would not give back as it is (TOML dates and times, inf and nan)."""
    if isinstance(value, dict):
        for key, item in value.items():
            _check_plain(item, f"{where}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _check_plain(item, f"{where}[{i}]")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{where}: {value} has no JSON form")
    elif not isinstance(value, str | int | bool):
        raise ValueError(f"{where}: a {type(value).__name__} has no JSON form; use a string")


def twin_text(text: str) -> str:
    """The twin of a TOML file's ``text``, as ``python -m auditor.language.datafiles`` writes it."""
    import tomllib

    data = tomllib.loads(text)
    _check_plain(data, "data")
    twin = {"format": TWIN_FORMAT, "source_sha256": source_hash(text), "data": data}
    return json.dumps(twin, ensure_ascii=False, indent=1) + "\n"


def toml_names(folder: Path) -> list[str]:
    """The TOML data files of ``folder``, sorted."""
    return sorted(p.name for p in folder.glob("*.toml"))


def main(argv: list[str] | None = None) -> int:
    """Rewrite every TOML file's twin in rules/data (run after editing one)."""
    folder = data_folder()
    if folder is None:
        print("rules/data is not a folder on disk: nothing to write", file=sys.stderr)
        return 2
    for name in toml_names(folder):
        text = (folder / name).read_text(encoding="utf-8")
        twin = folder / (name + TWIN_SUFFIX)
        new = twin_text(text)
        if not twin.is_file() or twin.read_text(encoding="utf-8") != new:
            twin.write_text(new, encoding="utf-8", newline="\n")
            print(f"wrote {twin}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
