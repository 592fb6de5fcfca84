"""The spools stay in memory for a short run and move to a temporary file as they grow, reading back the same."""

from __future__ import annotations

import io
import sys

from auditor.reporting import spool
from auditor.reporting.views import IndexRow, ScoreSummary


def _row(i: int) -> IndexRow:
    return IndexRow(f"p{i:05d}", f"r{i}.md", "t" * 40, ScoreSummary(i % 7, "F", False, {"error": i % 3}))


def test_a_short_row_log_never_touches_the_disk() -> None:
    with spool.RowLog() as log:
        for i in range(20):
            log.append(_row(i))
        assert type(log._file) is io.BytesIO
        assert [r.path for r in log] == [f"p{i:05d}" for i in range(20)]


def test_a_growing_row_log_moves_to_a_file_and_reads_back_the_same() -> None:
    rows = [_row(i) for i in range(3000)]
    with spool.RowLog() as log:
        for r in rows:
            log.append(r)
        assert type(log._file) is not io.BytesIO
        assert [r.path for r in log] == [r.path for r in rows]
        expected = sorted(rows, key=lambda r: (r.score.score, r.path))
        assert [r.path for r in log.worst_first()] == [r.path for r in expected]
        assert [r.path for r in log] == [r.path for r in rows]  # walked again: the same


def test_a_growing_view_spool_moves_to_a_file_and_replays_in_order() -> None:
    with spool.ViewSpool() as views:
        for i in range(2000):
            views.append(_row(i))
            if i == 10:
                assert type(views._file) is io.BytesIO
        assert type(views._file) is not io.BytesIO
        assert [v.path for v in views] == [f"p{i:05d}" for i in range(2000)]
        views.append(_row(2000))
        assert [v.path for v in views][-2:] == ["p01999", "p02000"]


def test_a_text_run_of_one_article_imports_no_tempfile(tmp_path: object) -> None:
    import subprocess
    from pathlib import Path

    article = Path(__file__).resolve().parents[1] / "seeds"
    one = next(article.glob("002_*.txt"))
    code = (
        "import sys\nfrom auditor.cli import main\nmain(['check', sys.argv[1], '-q', '--as-of', '2026-01-01'])\n"
        "print('tempfile' in sys.modules)\n"
    )
    env = {"AUDITOR_PATTERN_CACHE": "off", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code, str(one)], capture_output=True, text=True, env=env)
    assert done.stdout.splitlines()[-1] == "False", done.stderr[-2000:]
