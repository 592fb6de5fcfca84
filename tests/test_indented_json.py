"""The fast JSON writer must write exactly what json.dumps(indent=2, ensure_ascii=False) writes."""

import json
import math

import pytest

from auditor.reporting.formats import indented_json

CASES = [
    {},
    [],
    {"a": [], "b": {}},
    [{}, [[]]],
    {"x": 1.5, "nan": math.nan, "inf": math.inf, "-inf": -math.inf, "t": True, "f": False, "n": None},
    {1: 2, None: "k"},  # non-string keys: handed to the json module
    (1, 2, 10**30),
    {"s": 'é\n"\u2028\x00\\'},
    {"nested": {"list": [1, "two", {"three": [3.0]}]}},
]


@pytest.mark.parametrize("value", CASES)
@pytest.mark.parametrize("indent", ["", "    "])
def test_matches_json_dumps(value, indent):
    expected = "\n".join(indent + line for line in json.dumps(value, ensure_ascii=False, indent=2).split("\n"))
    assert indented_json(value, indent) == expected


def test_unknown_types_raise_like_json():
    with pytest.raises(TypeError):
        indented_json({"a": object()})
