"""``--changed`` in temporary git repositories, the pre-commit hook, and a light offline start."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from workflow_helpers import BAD_URL, run_cli

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.org",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **GIT_ENV}
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=check)


def make_repo(tmp: Path, branch: str = "main") -> Path:
    repo = tmp / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", branch)
    (repo / "auditor.toml").write_text('select = ["CIT"]\n', encoding="utf-8")
    for name in ("a.txt", "b.txt", "notes.py"):
        (repo / name).write_text("Clean text.\n", encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "start")
    return repo


def audited(out: str) -> list[str]:
    return sorted(line.split(":")[0] for line in out.splitlines() if ": CIT" in line)


def test_changed_against_the_default_branch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "environ", {**os.environ, **GIT_ENV})
    repo = make_repo(tmp_path)
    git(repo, "checkout", "-q", "-b", "feature")
    (repo / "b.txt").write_text(f"Changed {BAD_URL}.\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "edit b")
    (repo / "sub").mkdir()
    (repo / "sub" / "c.md").write_text(f"# New\n\nUntracked {BAD_URL}.\n", encoding="utf-8")
    (repo / "a.txt").write_text(f"Unstaged {BAD_URL}.\n", encoding="utf-8")
    (repo / "z.txt").write_text(f"Ignored {BAD_URL}.\n", encoding="utf-8")
    (repo / ".gitignore").write_text("z.txt\n", encoding="utf-8")
    code, out, err = run_cli(["check", "--changed"], repo)
    assert code == 1, err
    assert audited(out) == ["a.txt", "b.txt", "sub/c.md"]
    assert "3 article(s) audited" in out and "merge base with main" in err
    # A path limits the scope; a path right after --changed is taken as a path, not a REF.
    code, out, _ = run_cli(["check", "--changed", "sub"], repo)
    assert audited(out) == ["sub/c.md"]
    # An explicit REF: only what changed since the last commit.
    code, out, _ = run_cli(["check", "--changed", "HEAD"], repo)
    assert audited(out) == ["a.txt", "sub/c.md"]


def test_changed_with_nothing_changed_passes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "environ", {**os.environ, **GIT_ENV})
    repo = make_repo(tmp_path, branch="master")
    code, out, err = run_cli(["check", "--changed"], repo)
    assert code == 0 and "0 changed article file(s) against the merge base with master" in err
    assert "0 article(s) audited" in out


def test_changed_outside_a_repository_or_with_a_bad_ref(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "environ", {**os.environ, **GIT_ENV, "GIT_CEILING_DIRECTORIES": str(tmp_path)})
    plain = tmp_path / "plain"
    plain.mkdir()
    code, _, err = run_cli(["check", "--changed"], plain)
    assert code == 2 and "--changed works inside a git repository" in err
    repo = make_repo(tmp_path)
    code, _, err = run_cli(["check", "--changed", "no-such-branch"], repo)
    assert code == 2 and "unknown git reference 'no-such-branch'" in err


def test_offline_run_does_not_import_the_online_stack(tmp_path: Path) -> None:
    article = tmp_path / "one.txt"
    article.write_text(f"Title\n\nA sentence with {BAD_URL}.\n", encoding="utf-8")
    code = (
        "import sys\nfrom auditor.cli import main\n"
        f"main(['check', {str(article)!r}, '-q'])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('httpx', 'httpcore', 'h11', 'anyio')"
        " or m.startswith('auditor.online'))\n"
        "print('HEAVY', heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert "HEAVY []" in done.stdout, done.stdout + done.stderr


def test_pre_commit_hook_blocks_a_failing_article(tmp_path: Path) -> None:
    """Install this repository's hook definition in a fresh repository and commit through it.

    The hook comes from ``.pre-commit-hooks.yaml``; it runs as a ``repo: local``
    hook with ``language: system`` pointing at the auditor under test, so pre-commit
    needs no network to build an environment.
    """
    if shutil.which("pre-commit") is None and not (Path(sys.executable).parent / "pre-commit").exists():
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    yaml = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    hook = {k: v for k, v in _hook_fields(yaml).items() if k in ("id", "name", "entry", "files", "types")}
    assert hook["entry"] == "auditor check --force-exclude"
    auditor = Path(sys.executable).parent / "auditor"
    entry = str(auditor) if auditor.exists() else f"{sys.executable} -m auditor"
    repo = tmp_path / "newsroom"
    repo.mkdir()
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(tmp_path / "pc-home")}
    env.pop("GITHUB_STEP_SUMMARY", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(args, cwd=repo, env=env, capture_output=True, text=True)

    run("git", "init", "-q", "-b", "main")
    (repo / "auditor.toml").write_text('select = ["CIT"]\n', encoding="utf-8")
    (repo / ".pre-commit-config.yaml").write_text(
        "repos:\n  - repo: local\n    hooks:\n"
        f"      - id: {hook['id']}\n        name: {hook['name']}\n"
        f"        entry: {entry} check\n        language: system\n"
        f"        types: {hook['types']}\n        files: '{hook['files']}'\n",
        encoding="utf-8",
    )
    pre_commit = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    installed = run(pre_commit, "install")
    assert installed.returncode == 0, installed.stderr + installed.stdout
    run("git", "add", "auditor.toml", ".pre-commit-config.yaml")
    assert run("git", "commit", "-q", "-m", "config").returncode == 0

    (repo / "bad.md").write_text(f"# Bad\n\nSee {BAD_URL} for the figures.\n", encoding="utf-8")
    run("git", "add", "bad.md")
    blocked = run("git", "commit", "-m", "bad article")
    assert blocked.returncode != 0
    assert "CIT001" in blocked.stdout + blocked.stderr

    (repo / "bad.md").unlink()
    run("git", "rm", "-q", "--cached", "bad.md")
    (repo / "good.md").write_text("# Good\n\nA clean [report](https://example.org/report).\n", encoding="utf-8")
    run("git", "add", "good.md")
    passed = run("git", "commit", "-m", "good article")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "good article" in run("git", "log", "--oneline").stdout


def _hook_fields(yaml: str) -> dict[str, str]:
    """The scalar fields of the first hook (a tiny reader: the file is flat YAML)."""
    out: dict[str, str] = {}
    for line in yaml.splitlines():
        stripped = line.strip().removeprefix("- ")
        if line.startswith("#") or ":" not in stripped:
            continue
        key, _, value = stripped.partition(":")
        out.setdefault(key.strip(), value.strip())
    return out


def _offline_hook_env(tmp_path: Path) -> dict[str, str]:
    """The environment for pre-commit to build the hook's Python environment with no package index.

    pre-commit installs the hook (``language: python``) by ``pip install .`` of the repository in a new
    virtualenv. Offline, pip may use no index (``PIP_NO_INDEX``), so it installs the package alone
    (``PIP_NO_DEPS``), built with the setuptools and wheel of this test environment
    (``PIP_NO_BUILD_ISOLATION=0``, pip's spelling for "off"); the dependencies the hook imports come
    from this environment's site-packages on ``PYTHONPATH`` (auditor itself does not: an editable
    install is found only through a ``.pth`` file, which ``PYTHONPATH`` does not read).
    """
    import sysconfig

    try:
        import setuptools
        import wheel  # noqa: F401  (setuptools < 70.1 builds wheels with it)
    except ImportError:
        pytest.skip("building the hook offline needs setuptools and wheel (pip install -e '.[test]')")
    if int(setuptools.__version__.split(".")[0]) < 68:
        pytest.skip("building the hook offline needs setuptools >= 68 (pip install -e '.[test]')")
    paths = sysconfig.get_paths()
    site = os.pathsep.join(dict.fromkeys([paths["purelib"], paths["platlib"]]))
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(tmp_path / "pc-home"), "PYTHONPATH": site}
    env.update({"PIP_NO_INDEX": "1", "PIP_NO_DEPS": "1", "PIP_NO_BUILD_ISOLATION": "0", "PIP_FIND_LINKS": ""})
    # The hook's virtualenv gets no seed packages: the pip that installs the hook is this environment's
    # (``PYTHONPATH`` above puts it first in any case), so seeding the new one only unpacks pip and
    # setuptools into an empty app-data cache (XDG_CACHE_HOME is the session's) for nothing.
    env["VIRTUALENV_NO_SEED"] = "1"
    env.pop("GITHUB_STEP_SUMMARY", None)
    return env


def test_pre_commit_installs_the_hook_from_this_repository(tmp_path: Path) -> None:
    """``pre-commit try-repo`` with this checkout: the real manifest, ``language: python``, one batch.

    The hook is installed from the repository itself (its working tree, as pre-commit copies it), not
    a hand-written copy, and run on articles in a fresh repository. With ``require_serial: false``
    pre-commit would split the files into one batch per CPU, and each batch would replace the report
    folder the other wrote, so index.md would list only some of the articles.
    """
    if shutil.which("pre-commit") is None and not (Path(sys.executable).parent / "pre-commit").exists():
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    if git(ROOT, "rev-parse", "HEAD", check=False).returncode != 0:
        pytest.skip("this checkout is not a git repository")
    assert _hook_fields((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))["require_serial"] == "true"
    env = _offline_hook_env(tmp_path)
    pre_commit = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    repo = tmp_path / "newsroom"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / "auditor.toml").write_text('select = ["CIT"]\nreport-dir = "scorecards"\n', encoding="utf-8")
    names = [f"story{i}.md" for i in range(8)]
    for name in names:
        (repo / name).write_text(f"# {name}\n\nA clean [report](https://example.org/{name}).\n", encoding="utf-8")
    (repo / "bad.md").write_text(f"# Bad\n\nSee {BAD_URL} for the figures.\n", encoding="utf-8")
    git(repo, "add", "-A")

    def try_repo(*files: str) -> subprocess.CompletedProcess[str]:
        cmd = [pre_commit, "try-repo", str(ROOT), "auditor", "--verbose", "--files", *files]
        return subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True, timeout=300)

    done = try_repo("bad.md", *names)  # one environment build, one run (each try-repo builds its own)
    out = done.stdout + done.stderr
    assert done.returncode == 1 and "bad.md:3:15: CIT001" in done.stdout, out
    assert "auditor (audit articles)" in done.stdout  # the hook as the manifest names it
    assert done.stdout.count("article(s) audited") == 1, out  # one batch: one summary line for all nine
    assert "9 article(s) audited, 1 failing" in done.stdout, out
    index = (repo / "scorecards" / "index.md").read_text(encoding="utf-8")
    assert all(name in index for name in [*names, "bad.md"]), index


@pytest.mark.skipif(
    os.environ.get("AUDITOR_NETWORK_TESTS") != "1",
    reason="installs the hook as users do (pre-commit builds a venv with pip, which needs a package index); "
    "set AUDITOR_NETWORK_TESTS=1 to run it",
)
def test_pre_commit_hook_from_this_repository(tmp_path: Path) -> None:
    """The hook exactly as a newsroom uses it: ``repo:`` this repository at its HEAD commit."""
    head = git(ROOT, "rev-parse", "HEAD", check=False)
    if head.returncode != 0:
        pytest.skip("this checkout is not a git repository")
    pre_commit = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    repo = tmp_path / "newsroom"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / "auditor.toml").write_text('select = ["CIT"]\n', encoding="utf-8")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {head.stdout.strip()}\n    hooks:\n      - id: auditor\n",
        encoding="utf-8",
    )
    (repo / "bad.md").write_text(f"# Bad\n\nSee {BAD_URL} now.\n", encoding="utf-8")
    (repo / "good.md").write_text("# Good\n\nA clean sentence.\n", encoding="utf-8")
    git(repo, "add", "-A")
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(tmp_path / "pc-home")}
    env.pop("GITHUB_STEP_SUMMARY", None)
    bad = subprocess.run([pre_commit, "run", "--files", "bad.md"], cwd=repo, env=env, capture_output=True, text=True)
    assert bad.returncode == 1 and "CIT001" in bad.stdout, bad.stdout + bad.stderr
    good = subprocess.run([pre_commit, "run", "--files", "good.md"], cwd=repo, env=env, capture_output=True, text=True)
    assert good.returncode == 0, good.stdout + good.stderr


def test_documented_pre_commit_rev_exists() -> None:
    """The `rev:` the README and docs/workflow.md give is a tag of this repository at the current version."""
    from auditor import __version__

    revs = {
        line.split("rev:", 1)[1].strip()
        for doc in ("README.md", "docs/workflow.md")
        for line in (ROOT / doc).read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("rev:")
    }
    assert revs == {f"v{__version__}"}
    tags = git(ROOT, "tag", "--list", check=False)
    if tags.returncode != 0 or not tags.stdout.strip():
        pytest.skip("no tags in this checkout (a shallow CI clone fetches none)")
    assert f"v{__version__}" in tags.stdout.split()
