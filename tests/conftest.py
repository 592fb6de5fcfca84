"""Shared test helpers: audit a string as an article and look at what a rule says."""

from __future__ import annotations

import ast
import datetime as dt
import functools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from auditor.audit import AuditedDocument, audit_document
from auditor.config import Config
from auditor.model import Document, Finding
from auditor.reading.loaders import load_text

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"
AS_OF = dt.date(2026, 11, 23)


def audit_text(
    text: str,
    path: str = "article.txt",
    select: list[str] | None = None,
    as_of: dt.date = AS_OF,
    config: Config | None = None,
    pages: dict | None = None,
    allow_crash: bool = False,
) -> AuditedDocument:
    """Load ``text`` as if it were the file ``path`` and run the selected rules on it.

    A rule that crashes is reported by the engine as an AUD001 finding and the run
    goes on; in a test that would read as "the rule flagged nothing", so a rule
    test that asserts absence would pass on a crash. The helper therefore fails
    the test on any crash, unless the test is about crashes (``allow_crash``).
    """
    cfg = config or Config()
    if select is not None:
        cfg.select = [s.upper() for s in select]
    doc = load_text(text, path)
    result = audit_document(doc, cfg, as_of, pages)
    if result.failures and not allow_crash:
        crashed = "; ".join(f"{f.rule}: {f.error}" for f in result.failures)
        raise AssertionError(f"a rule crashed on {path} (reported as AUD001): {crashed}")
    return result


def codes(result: AuditedDocument, code: str | None = None) -> list[Finding]:
    """Findings of one code (or all) from an audit."""
    return [f for f in result.findings if code is None or f.code == code]


def lines_of(result: AuditedDocument, code: str) -> list[int]:
    """The 1-based lines where ``code`` was reported."""
    doc: Document = result.doc
    return [doc.position(f.span.start)[0] for f in result.findings if f.code == code]


@functools.cache
def parsed_source(path: Path) -> ast.Module:
    """The syntax tree of one source file, parsed once a session.

    The layout, dependency and lazy-pattern tests each walk every module of the tree (1.8 MB of
    source): parsing it once instead of five times saves seconds. Callers only read the trees.
    """
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def audit_seed(name_prefix: str, select: list[str] | None = None, config: Config | None = None) -> AuditedDocument:
    path = next(SEEDS.glob(f"{name_prefix}*"))
    return audit_text(path.read_text(encoding="utf-8"), f"seeds/{path.name}", select=select, config=config)


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(autouse=True, scope="session")
def _own_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Runs made by the tests keep their caches (compiled patterns, pages) in a temporary folder."""
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    yield
    if before is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = before


@pytest.fixture(autouse=True, scope="session")
def _subprocess_bytecode(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Interpreters the tests start cache their bytecode in one temporary folder for the session.

    A machine that sets PYTHONDONTWRITEBYTECODE=1 (this one does) makes every ``python -m auditor``
    a test starts compile all of auditor from source: about 0.25 s of CPU each, over a hundred times
    a session. A user's install has its bytecode compiled, so a cached one is also the realistic
    start. The cache lives outside the tree (PYTHONPYCACHEPREFIX), so no ``__pycache__`` is left in
    it; bench/startup.py sets its own bytecode environment for what it measures.
    """
    keys = ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")
    before = {k: os.environ.get(k) for k in keys}
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(tmp_path_factory.mktemp("pycache"))
    yield
    for k, v in before.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(autouse=True)
def _plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests compare output byte for byte: a FORCE_COLOR in the caller's environment must not colour it."""
    monkeypatch.delenv("FORCE_COLOR", raising=False)
