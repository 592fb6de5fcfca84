"""The audited site's own domains: a blog or newsroom linking its own pages is not citing a source.

A static-site checkout says where it is published: Hugo's ``baseURL``, Zola's ``base_url``
(``config.toml``, ``hugo.toml``), Jekyll's ``url`` (``_config.yml``), MkDocs' ``site_url``
(``mkdocs.yml``) and a GitHub Pages ``CNAME`` file. The newsroom may name more sites with
``own-sites`` in ``[tool.auditor.sources]``. SRC003 leaves a link to one of these domains alone
(nobody needs to vet the publisher's own pages); nothing else reads them, so a checkout that names
another site as its own silences at most that site's "unrated" notes, never a rating.

The files are looked for in the audited folder and its parents up to the top of the git work tree
(outside git: the audited folder and the one above it, where a ``content/`` folder's site keeps
its configuration). Only top-level keys are read, line by line, from at most the first 256 KB.
"""

from __future__ import annotations

import re
from pathlib import Path

from auditor.reading.urls import registrable_domain

_MAX_BYTES = 256 * 1024
_MAX_FOLDERS = 32
# A top-level `key = "value"` (TOML, before the first table) or `key: value` (YAML, not indented).
_TOML_KEY = re.compile(r"""^(base_?url)[ \t]*=[ \t]*["']([^"'\r\n]{1,300})["']""", re.I | re.M)
_YAML_KEY = re.compile(r"""^(url|site_url|baseurl)[ \t]*:[ \t]*["']?([^"'\s#]{1,300})""", re.I | re.M)
_HOST = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}\.)+[a-z]{2,63}$")
_FILES = (
    ("config.toml", "toml"),
    ("hugo.toml", "toml"),
    ("_config.yml", "yaml"),
    ("_config.yaml", "yaml"),
    ("mkdocs.yml", "yaml"),
    ("hugo.yaml", "yaml"),
    ("CNAME", "cname"),
)


def _read(path: Path) -> str:
    try:
        if not path.is_file():
            return ""
        with path.open("rb") as handle:
            return handle.read(_MAX_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return ""


def _domain(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    domain = registrable_domain(value if "://" in value else "https://" + value)
    if domain is None or not _HOST.match(domain):
        return None
    return domain


def domains_in(folder: Path) -> list[str]:
    """The own domains one folder's site configuration names (in the order of :data:`_FILES`)."""
    found: list[str] = []
    for name, kind in _FILES:
        text = _read(folder / name)
        if not text:
            continue
        if kind == "toml":
            top = re.split(r"^[ \t]*\[", text, maxsplit=1, flags=re.M)[0]  # before the first table
            values = [m.group(2) for m in _TOML_KEY.finditer(top)]
        elif kind == "yaml":
            values = [m.group(2) for m in _YAML_KEY.finditer(text)]
        else:
            values = text.strip().splitlines()[:1]
        for value in values:
            domain = _domain(value)
            if domain and domain not in found:
                found.append(domain)
    return found


def _folders(start: Path, stop: Path | None) -> list[Path]:
    here = start.resolve()
    if not here.is_dir():
        here = here.parent
    chain = [here, *here.parents][:_MAX_FOLDERS]
    stop = stop.resolve() if stop is not None else None
    if stop is not None and stop in chain:
        return chain[: chain.index(stop) + 1]
    return chain[:2]


def own_sites(start: Path, stop: Path | None, configured: list[str] | None = None) -> tuple[str, ...]:
    """The registrable domains of the site being audited: configured ones first, then found ones.

    ``stop`` is the top of the git work tree (or None outside git).
    """
    found: list[str] = []
    for value in configured or []:
        domain = _domain(str(value))
        if domain and domain not in found:
            found.append(domain)
    for folder in _folders(start, stop):
        for domain in domains_in(folder):
            if domain not in found:
                found.append(domain)
    return tuple(found)
