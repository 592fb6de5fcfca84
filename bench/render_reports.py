"""Render reports/index.md and one scorecard to HTML, and screenshot them in headless Chromium.

Why: the scorecards are read in viewers (GitHub, GitLab, editors' Markdown previews), so the layout is
checked as rendered, not only as text (issue 17). Not a test: run it by hand after a layout change::

    .venv/bin/pip install markdown-it-py          # only this script needs it
    apt-get install -y chromium                   # optional: without it only HTML is written
    .venv/bin/python bench/render_reports.py [--reports reports] [--card NAME.md] [--out /tmp/render]

Then open OUT/*.html in a browser, or look at OUT/*.png.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path

from markdown_it import MarkdownIt

STYLE = (
    "body{font:15px/1.45 sans-serif;max-width:1000px;margin:2em auto;padding:0 1em}"
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top}"
    "td a{word-break:break-all}blockquote{color:#555;margin:0 0 0 1em;border-left:3px solid #ddd;padding-left:.6em}"
)


def to_html(md_path: Path, out_dir: Path) -> Path:
    md = MarkdownIt("commonmark").enable("table")
    body = md.render(md_path.read_text(encoding="utf-8"))
    target = out_dir / (md_path.name + ".html")
    target.write_text(f"<!doctype html><meta charset=utf-8><style>{STYLE}</style>{body}", encoding="utf-8")
    return target


def screenshot(html: Path, png: Path, chromium: str) -> None:
    with tempfile.TemporaryDirectory(prefix="render-profile-") as profile:
        cmd = [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--window-size=1100,2400",
            f"--screenshot={png}",
            html.resolve().as_uri(),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=60)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=Path, default=Path("reports"))
    parser.add_argument("--card", default="002_3ff166a586569695.txt.md")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "auditor-render")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    for name in ("index.md", args.card):
        html = to_html(args.reports / name, args.out)
        print(html)
        if chromium:
            png = html.with_suffix(".png")
            screenshot(html, png, chromium)
            print(png)


if __name__ == "__main__":
    main()
