"""A one-article run imports only what its format needs (start-up is most of a pre-commit hook's time)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HTML_STACK = ("lxml", "readability", "bs4", "chardet", "cchardet", "html5lib", "auditor.reading.loaders.html")
MARKDOWN_STACK = ("markdown_it", "mdurl", "frontmatter", "yaml", "auditor.reading.loaders.markdown")
ONLINE_STACK = ("httpx", "httpcore", "h11", "anyio", "auditor.online")
ELSEWHERE = ("tldextract", "blingfire", "numpy", "dask", "distributed", "auditor.scale")


def _imported(article: Path, tmp_path: Path, report_dir: bool = True) -> list[str]:
    """Every module a ``check`` of ``article`` left in sys.modules, in a fresh interpreter."""
    argv = ["check", str(article), "-q", "--as-of", "2026-01-01", "--no-step-summary"]
    argv += ["--report-dir", str(tmp_path / "r")] if report_dir else []
    code = f"import json, sys\nfrom auditor.cli import main\nmain({argv!r})\nprint(json.dumps(sorted(sys.modules)))\n"
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT, env=env, check=False
    )
    assert out.returncode in (0, 1), out.stderr  # 1: the article fails the audit, which is not the point here
    return json.loads(out.stdout.strip().splitlines()[-1])


def _loaded(modules: list[str], stacks: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == s or m.startswith(s + ".") for s in stacks)]


def test_a_text_article_imports_no_html_markdown_or_online_stack(tmp_path: Path) -> None:
    article = next((ROOT / "seeds").glob("002_*.txt"))
    modules = _imported(article, tmp_path)
    assert "auditor_rules.citations" in modules  # the rules did run
    assert _loaded(modules, HTML_STACK + MARKDOWN_STACK + ONLINE_STACK + ELSEWHERE) == []


def test_without_a_report_folder_the_scorecard_writer_is_not_loaded(tmp_path: Path) -> None:
    article = next((ROOT / "seeds").glob("002_*.txt"))
    assert "auditor.reporting.markdown" not in _imported(article, tmp_path, report_dir=False)


def test_a_markdown_article_imports_no_html_or_online_stack(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("# Title\n\nPrices rose 4% in 2024, [the agency said](https://example.org/a).\n", "utf-8")
    modules = _imported(article, tmp_path)
    assert "auditor.reading.loaders.markdown" in modules
    assert _loaded(modules, HTML_STACK + ONLINE_STACK + ELSEWHERE) == []


def test_an_html_article_does_import_the_html_stack(tmp_path: Path) -> None:
    """The check above can fail: the HTML stack is there when an HTML page needs it."""
    article = tmp_path / "a.html"
    words = " ".join(f"Sentence {i} says prices rose in the city." for i in range(40))
    article.write_text(f"<html><body><article><p>{words}</p></article></body></html>", "utf-8")
    assert {"lxml", "auditor.reading.loaders.html"} <= set(_imported(article, tmp_path))
