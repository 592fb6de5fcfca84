"""Compiled regular expressions kept between runs, the way Python keeps bytecode in ``__pycache__``.

auditor's analyses build about 360 regular expressions, and Python's regex compiler (pure Python)
spends about 70 ms of CPU on them in every run: a third of a one-article run, the cost a pre-commit
hook pays per commit (bench/RESULTS.md). What it produces, the engine's program for a pattern,
depends only on the pattern, its flags and the Python build. :func:`enable` keeps those programs in
one file in the user's cache folder and hands a known one straight to the engine, so ``re.compile``
returns the Pattern it always returned, without parsing the pattern again.

A pattern is stored when a run compiles it that an earlier run also compiled: the analyses' own
patterns are stored from the second run on, while one built from an article's words (the people it
names) is stored only if a later run builds it again, and then only its compiled form and text, in
the user's own cache folder, among at most 2,048. Another Python, a changed engine, or a file that
is corrupt, unreadable or unwritable only means patterns are compiled as usual;
``AUDITOR_PATTERN_CACHE=off`` turns the cache off.

The same file keeps the other thing every start built from text: the code of the methods
:mod:`dataclasses` writes as source and compiles with ``exec`` (each class's ``__init__``, ~80 of
them: parsing and compiling them was ~15 % of a warm one-article run). :func:`enable` gives the
``dataclasses`` module an ``exec`` that compiles a source once and reuses the code object, which is
what ``exec`` would have compiled (same text, file name, flags and optimisation level), as Python
reuses a module's bytecode from ``__pycache__``; and the pattern texts :func:`remember` is asked
for (the word-list tries of auditor.language.trie, ~4 ms of Python per run), stored, like a
pattern, once a second run builds the same one.
"""

from __future__ import annotations

import array
import builtins
import marshal
import os
import re
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from types import CodeType
from typing import Any

_FORMAT = 2
_MAX_CODES = 1024  # auditor defines ~80 dataclasses, the packages it uses a few more
_MAX_TEXTS = 256  # the built-in word lists make ~20 tries
_TEXT = 1 << 64  # marks the digest of a text's key, apart from the patterns' digests
_MAX_PROGRAMS = 2048  # the built-in analyses need ~500 (HTML pages included); the rest are evicted oldest first
_MAX_SEEN = 8192
_MAX_FILE = 64 << 20  # 2,048 programs take about 2 MB
_Key = tuple[str, int]


class _State:
    """What this process knows: the stored programs, the patterns earlier runs compiled, what changed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.programs: dict[_Key, tuple[Any, ...]] = {}
        self.seen_before: dict[int, None] = {}  # digests of the patterns earlier runs compiled
        self.seen_now: dict[int, None] = {}  # ... and this run (ordered: the newest last)
        self.used: dict[_Key, None] = {}
        self.codes: dict[str, CodeType] = {}  # source text -> what exec compiles it to
        self.codes_used: dict[str, None] = {}
        self.texts: dict[str, str] = {}  # what remember() built, by key
        self.texts_used: dict[str, None] = {}
        self.changed = False


_state: _State | None = None
_original: Any = None


def cache_path() -> Path:
    """$XDG_CACHE_HOME/auditor (else ~/.cache/auditor), one file per Python build tag and file format
    (so that trees of another format, side by side, do not overwrite each other's file in turn)."""
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".cache"
    return root / "auditor" / f"patterns-{sys.implementation.cache_tag}-v{_FORMAT}.bin"


def _engine() -> tuple[Any, Any, Any] | None:
    """The regex engine's compiler pieces, if they have the shape this module was written against."""
    if sys.implementation.name != "cpython" or not (3, 11) <= sys.version_info[:2] <= (3, 13):
        return None
    try:
        import _sre
        from re import _compiler, _parser
    except ImportError:
        return None
    if array.array("I").itemsize != _sre.CODESIZE or not hasattr(_compiler, "_code"):
        return None
    return _sre, _compiler, _parser


def _header() -> tuple[Any, ...]:
    import _sre

    return (_FORMAT, sys.version, _sre.MAGIC, _sre.CODESIZE, sys.maxunicode)


def _digest(pattern: str, flags: int) -> int:
    raw = pattern.encode("utf-8", "surrogatepass")
    return (zlib.crc32(raw) << 32 | zlib.adler32(raw)) ^ flags


def enable(path: Path | None = None) -> bool:
    """Serve ``re.compile`` from the cache for the rest of the process; False when it cannot."""
    global _state, _original
    if _state is not None:
        return True
    if os.environ.get("AUDITOR_PATTERN_CACHE", "").strip().lower() in {"0", "off", "no", "false"}:
        return False
    engine = _engine()
    if engine is None:
        return False
    _sre, _compiler, _parser = engine
    try:
        state = _State(path or cache_path())
    except (RuntimeError, KeyError):  # no home folder to keep it in
        return False
    _load(state)
    original = _compiler.compile

    def compile_cached(p: Any, flags: int = 0) -> Any:
        if type(p) is not str or flags & re.DEBUG:
            return original(p, flags)
        key = (p, int(flags))
        stored = state.programs.get(key)
        if stored is not None:
            try:
                final, code, groups, groupindex, indexgroup = stored
                compiled = _sre.compile(p, final, array.array("I", code).tolist(), groups, groupindex, indexgroup)
            except Exception:  # an entry this engine refuses: forget it, compile as usual
                state.programs.pop(key, None)
                state.changed = True
            else:
                state.used[key] = None
                return compiled
        parsed = _parser.parse(p, flags)
        program = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        entry = (int(flags | parsed.state.flags), program, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        compiled = _sre.compile(p, *entry)
        digest = _digest(p, key[1])
        if digest in state.seen_before:  # an earlier run compiled it too: worth keeping
            state.programs[key] = (entry[0], array.array("I", program).tobytes(), *entry[2:])
            state.used[key] = None
        state.seen_now[digest] = None
        state.changed = True
        return compiled

    _state, _original = state, original
    _compiler.compile = compile_cached  # re._compile looks it up on every miss of re's own cache
    _memoize_charsets(_compiler)
    _iterate_subpatterns(_parser)
    _reuse_generated_code(state)
    return True


def _reuse_generated_code(state: _State) -> None:
    """Let :mod:`dataclasses` ``exec`` a method's source it compiled in an earlier run from its code object.

    ``exec(text, globals, locals)`` compiles ``text`` as ``compile(text, "<string>", "exec")`` with
    the future features of the calling module (``dataclasses`` has none; if it ever has, nothing is
    changed) and the interpreter's optimisation level, then runs it. The code object depends only
    on the text, so one compiled in an earlier run is the same object; a module-level ``exec`` in
    ``dataclasses`` is found before the built-in one.
    """
    import __future__

    import dataclasses

    namespace = vars(dataclasses)
    if "exec" in namespace or any(isinstance(v, __future__._Feature) for v in namespace.values()):
        return

    def exec_cached(source: Any, globals: Any = None, locals: Any = None, /) -> None:
        if type(source) is not str or globals is None:  # (a None globals would be this frame's)
            caller = sys._getframe(1)
            if globals is None:
                globals, locals = caller.f_globals, caller.f_locals if locals is None else locals
            return builtins.exec(source, globals, locals)
        code = state.codes.get(source)
        if type(code) is not CodeType:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            state.codes[source] = code
            state.changed = True
        state.codes_used[source] = None
        return builtins.exec(code, globals, locals)

    dataclasses.exec = exec_cached  # type: ignore[attr-defined]


def remember(key: str, build: Callable[[], str]) -> str:
    """``build()``, or what it returned in an earlier run for the same ``key`` (kept from a second run on).

    For a text that is a pure function of ``key`` and costs more to build than to look up: a
    pattern's source built from a word list (the key names the list in full). Without the cache
    (``enable`` not called, or it could not be), ``build()``.
    """
    state = _state
    if state is None:
        return build()
    known = state.texts.get(key)
    if type(known) is not str:
        known = build()
        digest = _digest(key, 0) | _TEXT
        if digest in state.seen_before:  # an earlier run built it too: worth keeping
            state.texts[key] = known
        state.seen_now[digest] = None
        state.changed = True
    state.texts_used[key] = None
    return known


def _subpattern_items(self: Any) -> Any:
    return iter(self.data)


def _iterate_subpatterns(parser: Any) -> None:
    """Let the parser's ``SubPattern`` iterate over its list directly.

    It defines ``__getitem__`` but no ``__iter__``, so every ``for op, av in pattern`` of the
    compiler and of ``getwidth`` calls a Python method per item (~83,000 calls in a cold run, ~8 %
    of compiling). ``__getitem__`` with an integer returns ``self.data[index]`` and ``data`` is only
    ever set in ``__init__``, so iterating the list gives the same items in the same order.
    """
    subpattern = getattr(parser, "SubPattern", None)
    if subpattern is None or "__iter__" in vars(subpattern) or "data" in vars(subpattern):
        return
    subpattern.__iter__ = _subpattern_items


_MAX_CHARSETS = 4096
_charsets: dict[tuple[Any, ...], Any] = {}
_plain_optimize: Any = None


def _memoize_charsets(compiler: Any) -> None:
    """Optimise each character class once per process, not once per occurrence.

    A cold run compiles ~1,850 classes, ~210 of them distinct (``[ \\t\\xa0]`` alone ~380 times):
    the compiler's ``_optimize_charset`` (a 256-entry map scanned for runs, per class) was ~15 % of
    compiling. It is a pure function of the class's items and the case functions it is given, and
    its callers only read what it returns, so the memo gives the same programs
    (``tests/test_patterncache.py`` compares them pattern by pattern).
    """
    global _plain_optimize
    plain = getattr(compiler, "_optimize_charset", None)
    if _plain_optimize is not None or plain is None:
        return

    def optimize_charset(charset: Any, iscased: Any = None, fixup: Any = None, fixes: Any = None) -> Any:
        try:
            key = (tuple(charset), iscased, fixup, None if fixes is None else id(fixes))
            known = _charsets.get(key)
        except TypeError:  # an item that cannot be a key: as before
            return plain(charset, iscased, fixup, fixes)
        if known is None:
            optimized, hascased = plain(charset, iscased, fixup, fixes)
            known = (tuple(optimized), hascased)  # shared from now on: nobody can change it
            if len(_charsets) >= _MAX_CHARSETS:  # (classes built from articles' words)
                _charsets.clear()
            _charsets[key] = known
        return known

    _plain_optimize = plain
    compiler._optimize_charset = optimize_charset


def disable() -> None:
    """Back to the plain compiler (tests); nothing is saved."""
    global _state, _original, _plain_optimize
    engine = _engine()
    if _state is not None and engine is not None:
        engine[1].compile = _original
    if _plain_optimize is not None and engine is not None:
        engine[1]._optimize_charset = _plain_optimize
        _plain_optimize = None
        _charsets.clear()
    if engine is not None and vars(engine[2].SubPattern).get("__iter__") is _subpattern_items:
        del engine[2].SubPattern.__iter__
    dataclasses = sys.modules.get("dataclasses")
    if dataclasses is not None and getattr(vars(dataclasses).get("exec"), "__name__", "") == "exec_cached":
        del dataclasses.exec  # type: ignore[attr-defined]
    _state, _original = None, None


def _load(state: _State) -> None:
    try:
        if state.path.stat().st_size > _MAX_FILE:  # not a file this module wrote
            return
        raw = state.path.read_bytes()
    except OSError:
        return
    try:
        if len(raw) < 4 or zlib.crc32(raw[4:]) != int.from_bytes(raw[:4], "big"):
            return
        header, programs, seen, codes, texts = marshal.loads(raw[4:])
    except (ValueError, EOFError, TypeError):
        return
    if header != _header() or not isinstance(programs, dict) or not isinstance(seen, list):
        return
    state.programs = programs
    state.seen_before = dict.fromkeys(seen)
    if isinstance(codes, dict):
        state.codes = codes
    if isinstance(texts, dict):
        state.texts = texts


def save() -> None:
    """Write what this run added, if anything; a cache that cannot be written is left as it was."""
    state = _state
    if state is None or not state.changed:
        return
    stored, used, now = dict(state.programs), list(state.used), dict(state.seen_now)  # (threads may still compile)
    recent = set(used)
    programs = {k: v for k, v in stored.items() if k not in recent}
    programs.update((k, stored[k]) for k in used if k in stored)  # the ones this run used last: evicted last
    for k in list(programs)[: max(0, len(programs) - _MAX_PROGRAMS)]:
        del programs[k]
    seen = [d for d in state.seen_before if d not in now] + list(now)
    codes = _recent_last(state.codes, state.codes_used, _MAX_CODES)
    texts = _recent_last(state.texts, state.texts_used, _MAX_TEXTS)
    payload = marshal.dumps((_header(), programs, seen[-_MAX_SEEN:], codes, texts))
    from auditor.safeio import write_bytes_atomic

    try:
        write_bytes_atomic(state.path, zlib.crc32(payload).to_bytes(4, "big") + payload)
    except OSError:
        return
    state.changed = False


def _recent_last(entries: dict[str, Any], used: dict[str, None], limit: int) -> dict[str, Any]:
    """``entries`` with the ones this run used last (evicted last), at most ``limit``, oldest dropped."""
    stored, recent = dict(entries), list(used)  # (threads may still add)
    kept = {k: v for k, v in stored.items() if k not in used}
    kept.update((k, stored[k]) for k in recent if k in stored)
    for k in list(kept)[: max(0, len(kept) - limit)]:
        del kept[k]
    return kept


def stored(path: Path | None = None) -> int:
    """How many programs the file holds that this Python would use (0: it would not read the file)."""
    state = _State(path or cache_path())
    _load(state)
    return len(state.programs)
