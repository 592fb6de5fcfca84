"""``--changed``: the article files git reports changed against a reference.

Changed means: differing between the merge base of REF and HEAD and the working
tree (committed, staged or not), plus untracked files that are not ignored.
Without REF, the merge base with the default branch: ``origin/HEAD``, else
``main``, else ``master``.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from auditor.config import EXTENSIONS

DEFAULT_BRANCHES = ("origin/HEAD", "main", "master", "origin/main", "origin/master")


class GitError(Exception):
    """Git is missing, the folder is not a repository, or the reference is unknown."""


def _git(args: list[str], cwd: Path) -> str:
    try:
        done = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=True, encoding="utf-8", errors="surrogateescape"
        )
    except FileNotFoundError as exc:
        raise GitError("--changed needs git, which was not found on PATH") from exc
    if done.returncode != 0:
        raise GitError(done.stderr.strip() or f"git {' '.join(args)} failed")
    return done.stdout


def repo_root(start: Path) -> Path:
    here = start if start.is_dir() else start.parent
    try:
        return Path(_git(["rev-parse", "--show-toplevel"], here).strip())
    except GitError as exc:
        if "not a git repository" in str(exc).lower():
            raise GitError(f"--changed works inside a git repository, and {here} is not in one") from exc
        raise


def _resolves(ref: str, root: Path) -> bool:
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], root)
        return True
    except GitError:
        return False


def base_commit(root: Path, ref: str | None) -> tuple[str | None, str]:
    """The commit to compare with, and a description of it (None: no commits yet)."""
    if not _resolves("HEAD", root):
        return None, "an empty repository"
    if ref:
        if not _resolves(ref, root):
            raise GitError(f"--changed: unknown git reference {ref!r}")
        candidates = [ref]
    else:
        candidates = [r for r in DEFAULT_BRANCHES if _resolves(r, root)]
        if not candidates:
            raise GitError(
                "--changed: no default branch found (origin/HEAD, main or master); name one, e.g. --changed HEAD~1"
            )
    chosen = candidates[0]
    try:
        base = _git(["merge-base", chosen, "HEAD"], root).strip()
        return base, f"the merge base with {chosen}"
    except GitError:  # unrelated histories: compare with the reference itself
        return _git(["rev-parse", chosen], root).strip(), chosen


def changed_files(start: Path, ref: str | None) -> tuple[list[Path], str]:
    """Existing article files changed against ``ref`` (absolute paths, sorted) and what was compared."""
    root = repo_root(start)
    base, described = base_commit(root, ref)
    names: set[str] = set()
    if base is None:
        names.update(_git(["ls-files", "-z", "--cached"], root).split("\0"))
    else:
        names.update(_git(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=ACMRT", base], root).split("\0"))
    names.update(_git(["ls-files", "-z", "--others", "--exclude-standard"], root).split("\0"))
    out = []
    for name in names:
        if not name or Path(name).suffix.lower() not in EXTENSIONS:
            continue
        p = root / name
        if p.is_file():
            out.append(p)
    return sorted(out), described


def is_ref(name: str, start: Path) -> bool:
    """Whether ``name`` is a git reference here (False outside a repository)."""
    try:
        return _resolves(name, repo_root(start))
    except GitError:
        return False
