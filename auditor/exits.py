"""How a run ends when the user or the shell stops it: Ctrl-C and a closed pipe.

Exit codes are part of the contract CI reads: 2 means "configuration or usage
error", so an interruption must not reuse it. Ctrl-C ends with 130 (128 + SIGINT,
as shells report it) and says how far the run got; a reader that closes the pipe
early (``auditor check ... | head -1``) ends the run quietly with 141
(128 + SIGPIPE), with no traceback.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2  # passed; an article failed; usage, configuration or internal error
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


class UsageError(Exception):
    """Bad arguments or inputs the user can fix: exit code 2 with a one-line message."""


@dataclass(slots=True)
class RunState:
    """How many of the run's articles are done, and where their scorecards go."""

    total: int = 0
    done: int = 0
    report_dir: Path | None = None


_state: RunState | None = None


def begin(total: int, report_dir: Path | None) -> RunState:
    """Start counting a run (one per process at a time: the CLI's)."""
    global _state
    _state = RunState(total=total, report_dir=report_dir)
    return _state


def end() -> None:
    global _state
    _state = None


def interrupted_message() -> str:
    """``interrupted after N of M articles; DIR is incomplete`` (as far as is known)."""
    state = _state
    if state is None:
        return "interrupted"
    text = f"interrupted after {state.done} of {state.total} articles"
    if state.report_dir is not None:
        text += f"; {state.report_dir} is incomplete"
    return text


def one_line(text: str) -> str:
    """A message for stderr on one line, a hostile file name's newlines and escape sequences shown, not obeyed."""
    if text.isprintable():
        return text
    from auditor.reading.excerpts import visible

    return visible(text.replace("\n", "\\n").replace("\r", "\\r"))


def silence_stdout() -> None:
    """After EPIPE: point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
