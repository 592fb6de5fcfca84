"""Build a benchmark corpus of realistic articles from real sentences.

Articles are recombined from human-written text: BABE news sentences (and their
article URLs, used for reference lists), ContraDoc news and wiki passages,
CoNLL-2010 Wikipedia sentences and the paragraphs of the seed articles. Lorem
ipsum would make every rule's lexicon miss and flatter the figures.

The mix mirrors what a newsroom archive holds: mostly plain text, some Markdown
(with front matter and inline links), a few HTML pages; about half the articles
carry ``[n]`` markers and a "Sources:" list, some cite inline URLs, and a few URLs
are broken (a space, ``htp://``) so the citation rules have real work. The
corpus is deterministic for a given seed and size.
"""

from __future__ import annotations

import csv
import html
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from _results import EVAL_DATA, ROOT

TARGET_BYTES = 4300  # body target; titles, markers and sources bring the mean to about 5 KB


@dataclass
class Pools:
    """Real text to draw from."""

    sentences: list[str] = field(default_factory=list)
    passages: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    headlines: list[str] = field(default_factory=list)

    @property
    def sources(self) -> str:
        return f"{len(self.sentences)} sentences, {len(self.passages)} passages, {len(self.urls)} URLs"


_WIKI_FIXES = (
    ("-LRB- ", "("),
    (" -RRB-", ")"),
    ("-LRB-", "("),
    ("-RRB-", ")"),
    ("( ", "("),
    (" )", ")"),
    (" n't", "n't"),
    (" ,", ","),
    (" .", "."),
    (" ;", ";"),
    (" :", ":"),
    ("` ", "'"),
    (" '", "'"),
)
_GOOD_SENTENCE = re.compile(r"^[A-Z\"“].{30,320}[.!?\"”]$")
_URL_IN_LINE = re.compile(r"https?://[^\s\[\]]+")


def _clean_wiki(text: str) -> str:
    text = " ".join(text.split())
    for a, b in _WIKI_FIXES:
        text = text.replace(a, b)
    return text


def load_pools(eval_dir: Path = EVAL_DATA, seeds_dir: Path = ROOT / "seeds") -> Pools:
    """Read the shared evaluation data and the seeds (whatever of them is present)."""
    pools = Pools()
    babe = eval_dir / "babe" / "final_labels_SG2.csv"
    if babe.is_file():
        with babe.open(encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh, delimiter=";"):
                text = " ".join((row.get("text") or "").split())
                if _GOOD_SENTENCE.match(text):
                    pools.sentences.append(text)
                    if len(text) < 120:
                        pools.headlines.append(text.rstrip('.!?"”'))
                link = (row.get("news_link") or "").strip()
                if link.startswith("http") and " " not in link:
                    pools.urls.append(link)
    for name in ("test.csv", "train.csv"):
        weasel = eval_dir / "wiki-weasel" / name
        if weasel.is_file():
            with weasel.open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    text = _clean_wiki(row.get("text") or "")
                    if _GOOD_SENTENCE.match(text):
                        pools.sentences.append(text)
    contradoc = eval_dir / "contradoc" / "contradoc_flat.json"
    if contradoc.is_file():
        for item in json.loads(contradoc.read_text(encoding="utf-8")):
            text = " ".join(str(item.get("text") or "").split())
            cut = text.rfind(". ")
            if cut > 200:
                pools.passages.append(text[: cut + 1])
    if seeds_dir.is_dir():
        for seed in sorted(seeds_dir.glob("*.txt")):
            for line in seed.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                if len(line) < 40 or _URL_IN_LINE.search(line) or line.startswith("["):
                    continue
                (pools.passages if len(line) > 400 else pools.sentences).append(line)
            pools.urls.extend(m.group(0).rstrip(".,)") for m in _URL_IN_LINE.finditer(seed.read_text(encoding="utf-8")))
    if not pools.sentences:
        raise RuntimeError(f"no source text found under {eval_dir} or {seeds_dir}")
    if not pools.urls:
        pools.urls = ["https://www.reuters.com/world/europe/story-2024-03-01/"]
    if not pools.headlines:
        pools.headlines = [s[:90].rstrip(".") for s in pools.sentences[:200]]
    if not pools.passages:
        pools.passages = [" ".join(pools.sentences[i : i + 5]) for i in range(0, min(len(pools.sentences), 500), 5)]
    return pools


def _broken(url: str, rng: random.Random) -> str:
    """A URL damaged the way copy damages them: a stray space or a misspelt scheme."""
    if rng.random() < 0.5 and "/" in url[10:]:
        cut = url.rfind("/", 10) + 1 + rng.randint(1, 6)
        cut = min(cut, len(url) - 1)
        return url[:cut] + " " + url[cut:]
    return url.replace("https://", "htp://", 1).replace("http://", "htp://", 1)


@dataclass
class Article:
    title: str
    paragraphs: list[str]
    references: list[str]  # URLs of the "Sources:" list, in marker order
    date: str


def make_article(pools: Pools, rng: random.Random, target: int = TARGET_BYTES) -> Article:
    """One article of about ``target`` bytes of body text."""
    title = rng.choice(pools.headlines)
    year, month, day = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    style = rng.random()
    refs: list[str] = []
    if style < 0.5:  # reference list with markers
        refs = rng.sample(pools.urls, k=min(len(pools.urls), rng.randint(2, 6)))
        if rng.random() < 0.08:
            refs[-1] = _broken(refs[-1], rng)
    paragraphs: list[str] = []
    size = len(title)
    marker_budget = list(range(1, len(refs) + 1))
    if refs and rng.random() < 0.1:
        marker_budget.append(len(refs) + 1)  # a dangling marker, as copy sometimes has
    if refs and rng.random() < 0.1 and len(marker_budget) > 1:
        marker_budget.pop(rng.randrange(len(marker_budget) - 1))  # an orphan reference
    while size < target:
        if rng.random() < 0.12:
            para = rng.choice(pools.passages)
        else:
            para = " ".join(rng.choice(pools.sentences) for _ in range(rng.randint(2, 4)))
        if marker_budget and rng.random() < 0.6:
            para += f" [{marker_budget.pop(0)}]"
        elif style >= 0.5 and style < 0.75 and rng.random() < 0.25:
            url = rng.choice(pools.urls)
            if rng.random() < 0.05:
                url = _broken(url, rng)
            para += f" (source: {url})"
        paragraphs.append(para)
        size += len(para.encode("utf-8")) + 1
    for label in marker_budget:  # markers not placed yet go into the last paragraphs
        paragraphs[-1] += f" [{label}]"
    return Article(title, paragraphs, refs, f"{year:04d}-{month:02d}-{day:02d}")


def render(article: Article, fmt: str, rng: random.Random) -> str:
    refs = [f"[{i}] {url}" for i, url in enumerate(article.references, 1)]
    if fmt == "md":
        body = []
        for para in article.paragraphs:
            if rng.random() < 0.15:
                words = para.split(" ")
                if len(words) > 8:
                    k = rng.randrange(2, len(words) - 3)
                    link = f"[{words[k]} {words[k + 1]}]({rng.choice(article.references or ['https://apnews.com/article/x'])})"
                    words[k : k + 2] = [link]
                    para = " ".join(words)
            body.append(para)
        front = f'---\ntitle: "{article.title.replace(chr(34), "")}"\ndate: {article.date}\n---\n\n'
        out = front + f"# {article.title}\n\n" + "\n\n".join(body)
        if refs:
            out += "\n\n## Sources\n\n" + "\n".join(f"- {r}" for r in refs)
        return out + "\n"
    if fmt == "html":
        paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in article.paragraphs)
        sources = ""
        if refs:
            items = "\n".join(
                f'<li>[{i}] <a href="{html.escape(u)}">{html.escape(u)}</a></li>'
                for i, u in enumerate(article.references, 1)
            )
            sources = f"\n<h2>Sources</h2>\n<ol>\n{items}\n</ol>"
        return (
            f"<!doctype html>\n<html><head><title>{html.escape(article.title)}</title>\n"
            f'<meta property="article:published_time" content="{article.date}T09:00:00Z">\n</head>\n'
            f'<body><nav><a href="/">Home</a></nav>\n<article>\n<h1>{html.escape(article.title)}</h1>\n'
            f"{paras}{sources}\n</article></body></html>\n"
        )
    out = article.title + "\n" + "\n".join(article.paragraphs)
    if refs:
        out += "\nSources:\n" + "\n".join(refs)
    return out + "\n"


def build_corpus(folder: Path, n: int, seed: int = 2026, chunk: int = 100, pools: Pools | None = None) -> list[Path]:
    """Write ``n`` articles under ``folder`` in sub-folders of ``chunk`` files; return the sub-folders.

    Formats: 85 % plain text, 12 % Markdown, 3 % HTML.
    """
    pools = pools or load_pools()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    dirs: list[Path] = []
    for i in range(n):
        if i % chunk == 0:
            d = folder / f"part{i // chunk:04d}"
            d.mkdir(exist_ok=True)
            dirs.append(d)
        roll = rng.random()
        fmt = "txt" if roll < 0.85 else "md" if roll < 0.97 else "html"
        article = make_article(pools, rng)
        (dirs[-1] / f"article{i:06d}.{fmt}").write_text(render(article, fmt, rng), encoding="utf-8")
    return dirs
