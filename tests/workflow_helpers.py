"""Helpers for the workflow tests: run the CLI in a folder and read its JSON."""

from __future__ import annotations

import json
import os
from contextlib import chdir, redirect_stderr, redirect_stdout
from io import StringIO
from pathlib import Path
from typing import Any

from auditor.cli import main

BAD_URL = "http://exa mple.com/report"  # CIT001: a space inside the URL (error)


def run_cli(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Run ``auditor ARGS`` in ``cwd``; returns (exit code, stdout, stderr)."""
    out, err = StringIO(), StringIO()
    keys = {"GITHUB_STEP_SUMMARY", *(env or {})}
    saved = {k: os.environ.pop(k, None) for k in keys}  # a CI runner's own summary must not leak in
    try:
        os.environ.update(env or {})
        with chdir(cwd), redirect_stdout(out), redirect_stderr(err):
            code = main(args)
    finally:
        for k, v in saved.items():
            os.environ.pop(k, None)
            if v is not None:
                os.environ[k] = v
    return code, out.getvalue(), err.getvalue()


def check_json(cwd: Path, *args: str, select: str = "CIT") -> tuple[int, dict[str, Any]]:
    """``auditor check ARGS --format json --select CIT`` and the parsed document list."""
    code, out, err = run_cli(["check", *args, "--format", "json", "--select", select, "--as-of", "2026-11-23"], cwd)
    assert code in (0, 1), err
    return code, json.loads(out)


def doc_of(data: dict[str, Any], name: str) -> dict[str, Any]:
    return next(d for d in data["documents"] if d["path"].endswith(name))


def open_codes(doc: dict[str, Any]) -> list[tuple[str, int]]:
    return [(f["code"], f["line"]) for f in doc["findings"]]


def aside(doc: dict[str, Any]) -> list[tuple[str, int, str]]:
    return [(f["code"], f["line"], f["status"]) for f in doc.get("set_aside", [])]
