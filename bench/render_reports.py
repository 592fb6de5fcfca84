"""Render reports/index.md and one scorecard to HTML, and screenshot them in headless Chromium.

Why: the scorecards are read in viewers (GitHub, GitLab, editors' Markdown previews), so the layout is
checked as rendered, not only as text (issue 17). Not a test: run it by hand after a layout change::

    .venv/bin/pip install markdown-it-py          # only this script needs it
    apt-get install -y chromium                   # optional: without it only HTML is written
    .venv/bin/python bench/render_reports.py [--reports reports] [--card NAME.md ...] [--out /tmp/render]
                                             [--screen 1280x1000]

Then open OUT/*.html in a browser, or look at OUT/*.N.png: one PNG per screen (1280 x 1000 px, a
laptop browser; ``--screen 1100x1400`` gives the taller screen measured before), so
``ls OUT/002_*.png`` says how many screens seed 002's card takes. ``--card`` may be given several
times, with a path relative to ``--reports`` (a long real page's card, say).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from markdown_it import MarkdownIt

STYLE = (
    "body{font:15px/1.45 sans-serif;max-width:1000px;margin:2em auto;padding:0 1em}"
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top}"
    "a{overflow-wrap:anywhere}blockquote{color:#555;margin:0 0 0 1em;border-left:3px solid #ddd;padding-left:.6em}"
)


def to_html(md_path: Path, out_dir: Path, shift: int = 0, suffix: str = "") -> Path:
    """The Markdown as an HTML page; ``shift`` scrolls it up by that many pixels (for the next screen)."""
    md = MarkdownIt("commonmark").enable("table")
    body = md.render(md_path.read_text(encoding="utf-8"))
    scroll = f"body{{position:relative;top:-{shift}px}}" if shift else ""
    target = out_dir / (md_path.name + suffix + ".html")
    target.write_text(f"<!doctype html><meta charset=utf-8><style>{STYLE}{scroll}</style>{body}", encoding="utf-8")
    return target


SCREEN = (1280, 1000)  # one screen of a laptop browser, roughly (its window, without the toolbars)


def page_height(html: Path, chromium: str, size: tuple[int, int] = SCREEN) -> int:
    """The rendered height of the page in pixels, read back from the DOM after a script measured it."""
    probe = html.with_suffix(".probe.html")
    probe.write_text(
        html.read_text(encoding="utf-8")
        + "<script>document.body.setAttribute('data-height', document.documentElement.scrollHeight)</script>",
        encoding="utf-8",
    )
    with tempfile.TemporaryDirectory(prefix="render-profile-") as profile:
        cmd = [chromium, *FLAGS, f"--user-data-dir={profile}", f"--window-size={size[0]},{size[1]}"]
        done = subprocess.run(
            [*cmd, "--dump-dom", probe.resolve().as_uri()], capture_output=True, text=True, timeout=60
        )
    probe.unlink()
    m = re.search(r'data-height="(\d+)"', done.stdout)
    return int(m.group(1)) if m else size[1]


FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def screenshot(html: Path, png: Path, chromium: str, size: tuple[int, int]) -> None:
    with tempfile.TemporaryDirectory(prefix="render-profile-") as profile:
        cmd = [
            chromium,
            *FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={size[0]},{size[1]}",
            f"--screenshot={png}",
            html.resolve().as_uri(),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=60)


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    return int(width), int(height)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=Path, default=Path("reports"))
    parser.add_argument("--card", action="append", help="a scorecard under --reports (default: seed 002's)")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "auditor-render")
    parser.add_argument("--screen", type=_size, default=SCREEN, help="WIDTHxHEIGHT of one screen (1280x1000)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    width, tall = args.screen
    for name in ("index.md", *(args.card or ["002_3ff166a586569695.txt.md"])):
        html = to_html(args.reports / name, args.out)
        print(html)
        if not chromium:
            print("chromium not found: HTML only (apt-get install -y chromium)")
            continue
        # One PNG per screen (NAME.1.png, NAME.2.png, ...): how much an editor sees before scrolling.
        height = page_height(html, chromium, args.screen)
        screens = max(1, -(-height // tall))
        lines = len((args.reports / name).read_text(encoding="utf-8").splitlines())
        print(f"{name}: {lines} lines, {height} px high at {width} px wide, {height / tall:.2f} screens of {tall} px")
        for k in range(screens):
            page = to_html(args.reports / name, args.out, shift=k * tall, suffix=f".{k + 1}")
            png = page.with_suffix(".png")
            screenshot(page, png, chromium, args.screen)
            print(png)


if __name__ == "__main__":
    main()
