"""Golden files for the scorecard and index layout (issue 17).

A small set of articles covers each part of the layout: a sourced article that passes, a thin one
with uncited references, an HTML page with site navigation and a link list, a redirect stub
(AUD005, "not read") and an empty file (AUD002, "not audited"). A layout change shows here as a
diff; after checking it, rewrite the expected files with
``AUDITOR_UPDATE_GOLDEN=1 python -m pytest tests/test_golden_reports.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "data" / "golden"


def _render(out: Path) -> None:
    cmd = [sys.executable, "-m", "auditor", "check", "tests/data/golden/articles", "--report-dir", str(out)]
    cmd += ["--as-of", "2025-06-01", "--quiet"]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 1, done.stderr  # the redirect stub fails (AUD005 is an error)


def test_reports_match_the_golden_files(tmp_path: Path) -> None:
    _render(tmp_path)
    made = sorted(p.name for p in tmp_path.glob("*.md"))  # the Markdown; bookkeeping files aside
    expected_dir = GOLDEN / "expected"
    if os.environ.get("AUDITOR_UPDATE_GOLDEN"):
        for old in expected_dir.glob("*.md"):
            old.unlink()
        for name in made:
            (expected_dir / name).write_bytes((tmp_path / name).read_bytes())
    assert made == sorted(p.name for p in expected_dir.glob("*.md"))
    for name in made:
        got = (tmp_path / name).read_text(encoding="utf-8")
        want = (expected_dir / name).read_text(encoding="utf-8")
        assert got == want, f"{name} differs from tests/data/golden/expected/{name}"


def test_golden_index_marks_pages_that_are_not_articles(tmp_path: Path) -> None:
    index = (GOLDEN / "expected" / "index.md").read_text(encoding="utf-8")
    rows = [ln for ln in index.splitlines() if ln.startswith("| [")]
    assert "empty.txt" in rows[0] and "| — | — | **not audited** |" in rows[0]
    assert "redirect.html" in rows[1] and "**not read** · fails" in rows[1] and "AUD005" in rows[1]
    assert [r for r in rows[2:] if "| — |" in r] == []  # articles read keep their score and grade
    page = (GOLDEN / "expected" / "page.html.md").read_text(encoding="utf-8")
    assert "- author pages: [https://www.example-news.com/authors/jane-doe]" in page
    assert "- link lists: [https://www.example-news.com/2025/05/27/storm-warning-issued-for-the-coast]" in page
