"""auditor's dataclasses with shared methods answer exactly as the standard library's generated ones."""

from __future__ import annotations

import copy
import dataclasses
import importlib
import pickle
import pkgutil
import re
import sys
import types
from typing import Any

import pytest

import auditor
import auditor_rules
from auditor import quickclasses

SHAPES: list[dict[str, Any]] = [
    {"slots": True},
    {"frozen": True, "slots": True},
    {"frozen": True, "slots": True, "order": True},
    {},
    {"frozen": True},
    {"order": True},
    {"repr": False},
    {"eq": False},
    {"eq": False, "frozen": True},
]


def _namespace(name: str) -> dict[str, Any]:
    """A module's namespace (dataclass looks its module up in sys.modules)."""
    module = types.ModuleType(name)
    sys.modules[name] = module
    module.dataclasses = dataclasses  # type: ignore[attr-defined]
    return vars(module)


def _define(module: str, options: dict[str, Any], real: bool) -> type:
    """The same class body twice: once as auditor's (quick), once as the standard library builds it."""
    namespace = _namespace(module)
    maker = "dataclasses.dataclass.__wrapped__" if real else "dataclasses.dataclass"
    exec(
        "from __future__ import annotations\n"
        f"@{maker}(**OPTIONS)\n"
        "class Point:\n"
        "    x: int\n"
        "    y: float = 0.0\n"
        "    label: str = dataclasses.field(default='', compare=False)\n"
        "    note: str = dataclasses.field(default='', repr=False)\n"
        "    tags: list = dataclasses.field(default_factory=list, hash=False)\n",
        {**namespace, "OPTIONS": options},
        namespace,
    )
    namespace.pop("OPTIONS", None)
    return namespace["Point"]


def _samples(cls: type) -> list[Any]:
    return [
        cls(1),
        cls(1, 0.0, "other label"),
        cls(1, 2.5),
        cls(2, -1.0, "x", "a note", ["t"]),
        cls(1, float("nan")),
    ]


def _answers(cls: type) -> list[Any]:
    items = _samples(cls)
    out: list[Any] = [re.sub(r"<[\w.]+ object at 0x[0-9a-f]+>", "<P>", repr(x)) for x in items]
    out += [(a == b, a != b) for a in items for b in items]
    out.append([x == object() for x in items])
    params = cls.__dataclass_params__  # type: ignore[attr-defined]  # (the quick ones say order=False)
    try:
        hashes = [hash(x) for x in items]
        out.append([hash(a) == hash(b) for a in hashes for b in hashes])  # NaN hashes by identity in 3.10+
    except TypeError as exc:
        out.append(str(exc))
    out.append(cls.__hash__ is None)
    if params.order or getattr(cls, "__lt__", None) is not object.__lt__:
        try:
            out += [(a < b, a <= b, a > b, a >= b) for a in items[:4] for b in items[:4]]
        except TypeError as exc:
            out.append(str(exc).replace(cls.__qualname__, "P"))
    return out


@pytest.mark.parametrize("options", SHAPES, ids=[repr(s) for s in SHAPES])
def test_shared_methods_answer_as_generated_ones(options: dict[str, Any]) -> None:
    assert quickclasses.enable()
    quick = _define("auditor.language.example", options, real=False)
    plain = _define("auditor.language.example_plain", options, real=True)
    assert _answers(quick) == _answers(plain)
    assert [f.name for f in dataclasses.fields(quick)] == [f.name for f in dataclasses.fields(plain)]
    one = quick(3, 1.5, "l", "n", ["a"])
    fields = dataclasses.astuple
    assert fields(pickle.loads(pickle.dumps(one))) == fields(one) == fields(copy.deepcopy(one))
    assert fields(dataclasses.replace(one, x=4)) == fields(quick(4, 1.5, "l", "n", ["a"]))
    assert dataclasses.asdict(one) == dataclasses.asdict(plain(3, 1.5, "l", "n", ["a"]))


def test_a_value_that_holds_itself_prints_as_the_generated_repr_does() -> None:
    assert quickclasses.enable()
    quick = _define("auditor.language.example", {}, real=False)
    plain = _define("auditor.language.example_plain", {}, real=True)
    a, b = quick(1), plain(1)
    a.tags.append(a)
    b.tags.append(b)
    assert repr(a) == repr(b)


def test_other_classes_and_classes_with_their_own_methods_are_left_to_the_standard_library() -> None:
    assert quickclasses.enable()
    namespace = _namespace("somebody_else")
    exec("@dataclasses.dataclass\nclass A:\n    x: int\n", namespace)
    assert namespace["A"].__dataclass_params__.eq  # built by the standard library as asked
    namespace = _namespace("auditor.example")
    exec("@dataclasses.dataclass\nclass B:\n    x: int\n    def __eq__(self, other):\n        return True\n", namespace)
    assert namespace["B"](1) == namespace["B"](2) and namespace["B"].__dataclass_params__.eq


def test_every_dataclass_of_the_tree_still_compares_and_prints() -> None:
    """Every module imports with the shared methods, and each class's methods are the shared ones."""
    count = 0
    for package in (auditor, auditor_rules):
        for info in pkgutil.walk_packages(package.__path__, prefix=package.__name__ + "."):
            if info.name.endswith("__main__"):
                continue
            module = importlib.import_module(info.name)
            for value in vars(module).values():
                if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == info.name:
                    assert value.__repr__.__module__ == "auditor.quickclasses" or "__repr__" in value.__dict__
                    count += 1
    assert count > 50


def _frozen_answers(cls: type) -> list[str]:
    """What assigning and deleting a field, a class attribute and a new name do to an instance."""
    one = cls(1)
    out = []
    for action in (
        lambda: setattr(one, "x", 2),
        lambda: delattr(one, "y"),
        lambda: setattr(one, "brand_new", 1),
        lambda: delattr(one, "brand_new"),
        lambda: object.__setattr__(one, "x", 5),
    ):
        try:
            action()
            out.append("ok")
        except Exception as exc:  # the exception itself is the answer compared
            out.append(f"{type(exc).__name__}: {exc}".replace(cls.__qualname__, "P"))
    out.append(repr(one.x))
    return out


@pytest.mark.parametrize("slots", [True, False])
def test_a_frozen_class_refuses_and_allows_what_the_generated_methods_do(slots: bool) -> None:
    assert quickclasses.enable()
    quick = _define("auditor.language.example", {"frozen": True, "slots": slots}, real=False)
    plain = _define("example_plain", {"frozen": True, "slots": slots}, real=True)  # (not auditor's: generated)
    assert plain.__setattr__.__module__ == "example_plain"
    assert _frozen_answers(quick) == _frozen_answers(plain)
    if sys.version_info[:2] in ((3, 11), (3, 12)):
        assert quick.__setattr__.__module__ == quick.__delattr__.__module__ == "auditor.quickclasses"
        assert quick.__setattr__.__qualname__ == "Point.__setattr__"


def test_frozen_classes_of_other_packages_keep_the_generated_methods() -> None:
    assert quickclasses.enable()
    namespace = _namespace("somebody_else")
    exec("@dataclasses.dataclass(frozen=True)\nclass A:\n    x: int\n", namespace)
    assert namespace["A"].__setattr__.__module__ == "somebody_else"
    with pytest.raises(dataclasses.FrozenInstanceError):
        namespace["A"](1).x = 2
