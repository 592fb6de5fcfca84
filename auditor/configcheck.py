"""Validate a ``[tool.auditor]`` table before anything runs (as ruff does).

A misspelt key (``selct``) or a value of the wrong type (``accept = "record high"``)
would otherwise be ignored and the run would go on with defaults, so every key
of every table is checked here and the first problem stops the run (exit 2)
with the file, the key and the nearest valid key.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable, Iterable
from typing import Any

Check = Callable[[Any], str | None]  # None = fine, else what was expected


class SchemaError(ValueError):
    """One configuration problem; the message names the table and the key."""


def _norm(key: Any) -> str:
    return str(key).replace("_", "-").lower()


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, str):
        return f'a string ("{value[:40]}")'
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def is_int(v: Any) -> str | None:
    return None if isinstance(v, int) and not isinstance(v, bool) else "a whole number"


def is_number(v: Any) -> str | None:
    return None if isinstance(v, int | float) and not isinstance(v, bool) else "a number"


def is_bool(v: Any) -> str | None:
    return None if isinstance(v, bool) else "true or false"


def is_str(v: Any) -> str | None:
    return None if isinstance(v, str) else "a string"


def is_str_list(v: Any) -> str | None:
    ok = isinstance(v, list) and all(isinstance(x, str) for x in v)
    return None if ok else "a list of strings"


def is_codes(v: Any) -> str | None:
    return None if isinstance(v, str) or is_str_list(v) is None else "a list of rule codes"


def is_date(v: Any) -> str | None:
    return None if isinstance(v, dt.date | str) else "a date (YYYY-MM-DD)"


def is_size(v: Any) -> str | None:
    ok = isinstance(v, str) or (isinstance(v, int) and not isinstance(v, bool))
    return None if ok else 'a size such as 5000000 or "5MB"'


def is_str_or_list(v: Any) -> str | None:
    return None if isinstance(v, str) or is_str_list(v) is None else "a string or a list of strings"


def is_code_table(v: Any) -> str | None:
    """``per-file-ignores``: glob = [codes] (its own parser checks the codes)."""
    if not isinstance(v, dict):
        return "a table of glob = [codes]"
    return None


TOP: dict[str, Check] = {
    "select": is_codes,
    "ignore": is_codes,
    "extend-select": is_codes,
    "fail-under": is_int,
    "fail-on": is_str,
    "as-of": is_date,
    "max-file-size": is_size,
    "exclude": is_str_list,
    "force-exclude": is_bool,
    "follow-symlinks": is_bool,
    "jobs": is_int,
    "rule-timeout": is_number,
    "rule-memory": is_int,
    "report-dir": is_str,
    "baseline": is_str,
    "accepted-file": is_str,
    "per-file-ignores": is_code_table,
    "sarif-include-set-aside": is_bool,
}
TABLES = ("rules", "sources", "language", "online")

SOURCES: dict[str, Check] = {
    "trusted": is_str_list,
    "untrusted": is_str_list,
    "platforms": is_str_list,
    "own-sites": is_str_list,
}


def _reject(v: Any) -> str | None:
    if is_str_list(v) is None:
        return None
    if isinstance(v, dict) and all(is_str_list(x) is None for x in v.values()):
        return None
    return "a list of strings, or a table of rule code = [strings]"


LANGUAGE: dict[str, Check] = {"accept": is_str_list, "reject": _reject}


def _nearest(key: str, choices: Iterable[str]) -> str:
    by_norm = {_norm(c): c for c in choices}
    close = difflib.get_close_matches(_norm(key), list(by_norm), n=1, cutoff=0.6)
    return f"; did you mean `{by_norm[close[0]]}`?" if close else ""


def _unknown(table: str, key: Any, choices: Iterable[str], kind: str = "key") -> SchemaError:
    choices = sorted(choices)
    hint = _nearest(str(key), choices) or f" (valid: {', '.join(choices)})"
    return SchemaError(f"unknown {kind} `{key}` in [{table}]{hint}")


def _check_table(table: str, data: Any, schema: dict[str, Check]) -> None:
    if not isinstance(data, dict):
        raise SchemaError(f"[{table}] must be a table, got {_describe(data)}")
    for key, value in data.items():
        check = schema.get(_norm(key))
        if check is None:
            raise _unknown(table, key, schema)
        expected = check(value)
        if expected is not None:
            raise SchemaError(f"[{table}] {key} must be {expected}, got {_describe(value)}")


def _check_rule_options(data: Any, rules: dict[str, dict[str, Any]]) -> None:
    table = "tool.auditor.rules"
    if not isinstance(data, dict):
        raise SchemaError(f"[{table}] must be a table of [{table}.CODE] tables")
    for code, options in data.items():
        defaults = rules.get(str(code).upper())
        if defaults is None:
            raise _unknown(table, code, rules, kind="rule code")
        where = f"{table}.{code}"
        if not isinstance(options, dict):
            raise SchemaError(f"[{where}] must be a table of options, got {_describe(options)}")
        if not defaults and options:
            raise SchemaError(f"[{where}]: {str(code).upper()} takes no options")
        schema = {_norm(k): _like(v) for k, v in defaults.items()}
        _check_table(where, options, schema)


def _like(default: Any) -> Check:
    """A check for an option from the type of its documented default."""
    if isinstance(default, bool):
        return is_bool
    if isinstance(default, int):
        return is_int
    if isinstance(default, float):
        return is_number
    if isinstance(default, list):
        return is_str_list
    return is_str


def online_schema() -> dict[str, Check]:
    from auditor.online.settings import Settings

    defaults = Settings()
    out: dict[str, Check] = {}
    for name in Settings.__slots__:  # type: ignore[attr-defined]
        if name == "cache_dir":
            out[_norm(name)] = is_str
        elif name == "allow_networks":
            out[_norm(name)] = is_str_or_list
        else:
            out[_norm(name)] = _like(getattr(defaults, name))
    return out


def rule_option_defaults() -> dict[str, dict[str, Any]]:
    """Every rule code (internal ones too) -> its documented options."""
    from auditor.registry import all_rules, internal_rules

    return {r.code: dict(r.options) for r in (*all_rules(), *internal_rules())}


def validate(data: dict[str, Any]) -> None:
    """Raise :class:`SchemaError` for the first unknown key or badly typed value."""
    for key, value in data.items():
        norm = _norm(key)
        if norm in TABLES:
            continue
        check = TOP.get(norm)
        if check is None:
            raise _unknown("tool.auditor", key, [*TOP, *TABLES])
        expected = check(value)
        if expected is not None:
            raise SchemaError(f"[tool.auditor] {key} must be {expected}, got {_describe(value)}")
    for key, value in data.items():
        norm = _norm(key)
        if norm == "rules":
            _check_rule_options(value, rule_option_defaults())
        elif norm == "sources":
            _check_table("tool.auditor.sources", value, SOURCES)
        elif norm == "language":
            _check_table("tool.auditor.language", value, LANGUAGE)
        elif norm == "online":
            _check_table("tool.auditor.online", value, online_schema())
