"""auditor's dataclasses get shared ``__repr__``, ``__eq__``, ``__hash__`` and ordering, not ones compiled per class.

On Python 3.11 ``@dataclass`` writes each method it adds as source text and compiles it with
``exec``: auditor's ~67 classes cost 268 compilations, about 80 M instructions of every run (a
tenth of a warm one-article run; bench/RESULTS.md "Start-up"). Only ``__init__`` needs its own code
(its signature, defaults and speed); the others are the same function for every class, given the
names of the fields they read, and so are a frozen class's ``__setattr__`` and ``__delattr__``
(two more compilations per frozen class on 3.11 and 3.12). :func:`enable` (called when :mod:`auditor` is imported) makes
``dataclasses.dataclass`` applied to a class *of a module of auditor or auditor_rules* build the
class with the standard library (``__init__``, fields, slots, frozen, pickling) and attach those
shared methods, which answer exactly as the generated ones do (``tests/test_quickclasses.py``
compares them). Every other class, and any class that defines one of these methods itself or asks
for ``unsafe_hash``, is left to the standard library as it is.
"""

from __future__ import annotations

import dataclasses
import operator
import reprlib
import sys
from collections.abc import Callable
from typing import Any

_PACKAGES = ("auditor.", "auditor_rules.")
_OWN = ("__repr__", "__eq__", "__hash__", "__lt__", "__le__", "__gt__", "__ge__")
_ORDER = (("__lt__", operator.lt), ("__le__", operator.le), ("__gt__", operator.gt), ("__ge__", operator.ge))

_real_dataclass = dataclasses.dataclass
# The generated frozen pair has this shape and signature in 3.11 and 3.12 (3.13 builds all methods in one pass).
_real_frozen: Any = (
    getattr(dataclasses, "_frozen_get_del_attr", None) if sys.version_info[:2] in ((3, 11), (3, 12)) else None
)
_enabled = False


def _values(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The tuple of those attributes, as the generated methods build it (``(self.a, self.b,)``)."""
    if len(names) == 1:
        one = operator.attrgetter(names[0])
        return lambda obj: (one(obj),)
    if not names:
        return lambda obj: ()
    return operator.attrgetter(*names)


def _repr_method(names: tuple[str, ...]) -> Callable[[Any], str]:
    @reprlib.recursive_repr("...")  # what the generated __repr__ prints for a value that holds itself
    def __repr__(self: Any) -> str:
        return self.__class__.__qualname__ + "(" + ", ".join([f"{n}={getattr(self, n)!r}" for n in names]) + ")"

    return __repr__


def _eq_method(key: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any, Any], Any]:
    def __eq__(self: Any, other: Any) -> Any:
        if other.__class__ is self.__class__:
            return key(self) == key(other)
        return NotImplemented

    return __eq__


def _order_method(key: Callable[[Any], tuple[Any, ...]], op: Callable[[Any, Any], bool]) -> Callable[[Any, Any], Any]:
    def compare(self: Any, other: Any) -> Any:
        if other.__class__ is self.__class__:
            return op(key(self), key(other))
        return NotImplemented

    return compare


def _hash_method(key: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any], int]:
    def __hash__(self: Any) -> int:
        return hash(key(self))

    return __hash__


def _ours(cls: type) -> bool:
    return cls.__module__.startswith(_PACKAGES) or cls.__module__ in ("auditor", "auditor_rules")


def _frozen_methods(cls: type, fields: list[Any], globals: dict[str, Any]) -> tuple[Callable[..., None], ...]:
    """A frozen class's ``__setattr__`` and ``__delattr__``, as closures instead of compiled text.

    The same code as the standard library's generated pair (``dataclasses._frozen_get_del_attr``,
    3.11 and 3.12), which it compiles with ``exec`` twice per frozen class: a field, or any name on
    the class itself, cannot be assigned or deleted; anything else goes to the parent's method.
    """
    if not _ours(cls):
        return _real_frozen(cls, fields, globals)
    names = tuple(f.name for f in fields)
    error = dataclasses.FrozenInstanceError

    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise error(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise error(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _quick(cls: type, options: dict[str, Any]) -> type:
    """``dataclass(cls, **options)`` with the shared methods in place of the compiled ones."""
    repr_, eq, order = options.get("repr", True), options.get("eq", True), options.get("order", False)
    frozen = options.get("frozen", False)
    rest = {k: v for k, v in options.items() if k not in ("repr", "eq", "order")}
    new: Any = _real_dataclass(cls, repr=False, eq=False, order=False, **rest)
    fields = dataclasses.fields(new)
    compared = _values(tuple(f.name for f in fields if f.compare))
    if repr_:
        method = _repr_method(tuple(f.name for f in fields if f.repr))
        method.__qualname__ = f"{new.__qualname__}.__repr__"
        new.__repr__ = method
    if eq:
        new.__eq__ = _eq_method(compared)
        if frozen:  # hashable by the fields it compares (or those marked hash=True), as dataclass does
            new.__hash__ = _hash_method(
                _values(tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash)))
            )
        else:
            new.__hash__ = None  # mutable and compared by value: unhashable
    if order:
        for name, op in _ORDER:
            setattr(new, name, _order_method(compared, op))
    return new


def _dataclass(cls: type | None = None, /, **options: Any) -> Any:
    def wrap(c: type) -> type:
        if not _ours(c) or options.get("unsafe_hash") or any(name in c.__dict__ for name in _OWN):
            return _real_dataclass(c, **options)
        if options.get("order") and not options.get("eq", True):
            return _real_dataclass(c, **options)  # the error dataclass raises for it
        return _quick(c, options)

    return wrap if cls is None else wrap(cls)


_dataclass.__doc__ = _real_dataclass.__doc__
_dataclass.__wrapped__ = _real_dataclass  # type: ignore[attr-defined]


def enable() -> bool:
    """Use the shared methods for auditor's dataclasses defined from now on (once per process)."""
    global _enabled
    if not _enabled and dataclasses.dataclass is _real_dataclass:
        dataclasses.dataclass = _dataclass  # type: ignore[assignment]
        if _real_frozen is not None and dataclasses._frozen_get_del_attr is _real_frozen:  # type: ignore[attr-defined]
            dataclasses._frozen_get_del_attr = _frozen_methods  # type: ignore[attr-defined]
        _enabled = True
    return _enabled
