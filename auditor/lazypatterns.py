"""Module-level patterns of auditor compiled when first used, not when their module is imported.

auditor's modules compile about 300 regular expressions at their top level (``_X = re.compile(...)``)
and Python's regex compiler is pure Python: importing them cost ~45 ms of CPU in every run with no
pattern cache (a CI runner's first run), while one article uses barely half of them (seeds/002:
226 of 465; bench/RESULTS.md "Start-up"). :func:`enable` (called when :mod:`auditor` is imported)
makes ``re.compile`` called *at the top level of a module of auditor or auditor_rules* return a
:class:`LazyPattern`, which compiles on its first use and from then on hands out the compiled
Pattern's own bound methods, so a hot loop calls the engine exactly as before. Every other caller
of ``re.compile`` (patterns built inside functions, the standard library, third-party code) gets
what it always got. ``tests/test_lazypatterns.py`` compiles every lazy pattern of the tree, so a
malformed one still fails the suite rather than a user's run.
"""

from __future__ import annotations

import copyreg
import re
import sys
from typing import Any

_PACKAGES = ("auditor.", "auditor_rules.")
# What a Pattern offers; all of it is read from the compiled Pattern on first use and kept as plain
# attributes, so later lookups never reach __getattr__.
_FORWARDED = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)

_real_compile = re.compile
_enabled = False


class LazyPattern:
    """A pattern compiled on first use; behaves as the compiled Pattern for every public attribute.

    ``pattern`` (the text) needs no compiling, so one module-level pattern built from another's
    text stays lazy. Comparison and hashing are by identity, which is all a module-level constant
    needs; pickling hands over the compiled Pattern.
    """

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The real Pattern (compiled now if it was not yet)."""
        real = self.__dict__.get("_compiled")
        if real is None:
            real = _real_compile(self.pattern, self._flags)
            self.__dict__.update({name: getattr(real, name) for name in _FORWARDED}, _compiled=real)
        return real

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy, pickle and friends probe for optional hooks this way
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce__(self) -> Any:
        real = self.compiled()
        return copyreg.dispatch_table[type(real)](real)  # exactly how the compiled Pattern pickles

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"


def _compile(pattern: Any, flags: int = 0) -> Any:
    if type(pattern) is str:
        caller = sys._getframe(1)
        if caller.f_code.co_name == "<module>" and caller.f_globals.get("__name__", "").startswith(_PACKAGES):
            return LazyPattern(pattern, int(flags))
    elif type(pattern) is LazyPattern:
        return pattern if not flags else _real_compile(pattern.pattern, flags)  # as re.compile(Pattern) does
    return _real_compile(pattern, flags)


_compile.__doc__ = re.compile.__doc__
_compile.__wrapped__ = _real_compile  # type: ignore[attr-defined]


def enable() -> bool:
    """Make auditor's module-level ``re.compile`` calls lazy (once per process); False where it cannot."""
    global _enabled
    if not _enabled and hasattr(sys, "_getframe") and re.compile is _real_compile:
        re.compile = _compile  # type: ignore[assignment]
        _enabled = True
    return _enabled


def lazy_patterns(namespace: dict[str, Any]) -> list[LazyPattern]:
    """The lazy patterns a module's namespace holds, directly or in a tuple, list, set or dict."""
    found: list[LazyPattern] = []
    for value in namespace.values():
        items = (
            value.values() if isinstance(value, dict) else value if isinstance(value, tuple | list | set) else (value,)
        )
        found += [v for v in items if type(v) is LazyPattern]
    return found
