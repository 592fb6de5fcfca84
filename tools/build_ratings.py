"""Rebuild ``rules/data/domain_ratings.tsv`` from the raw public rating lists.

Usage: ``python tools/build_ratings.py [RATINGS_DIR]`` (default ``../shared/data/ratings``, or
``../../shared/data/ratings`` from a worktree).

Every list's verdict is kept with its raw label and date; the normalised rating
follows a documented precedence (see docs/sources.md):

1. Wikipedia: Reliable sources/Perennial sources (audiodude parse, then the copy in
   Burdisso et al. 2024 for domains the parse lacks): independent, reviewed, dated.
2. Burdisso et al. 2024 golden truth (MBFC / NewsGuard / manual labels).
3. Lin et al. 2023 pc1 aggregate score (0-1).
4. Lasser et al. misinformation domain list.

A domain is *disputed* when one list puts it on the reliable side and another on
the unreliable or deprecated side.

Output: one line per domain, tab-separated:
``domain  rating  score  state  disputed  sources`` where ``sources`` is
``list=raw=when`` items joined by ``|`` (``raw`` and ``when`` percent-escape ``|=``); a verdict
about one part of a site (:data:`SCOPES`) ends ``=path``, and the line's rating is then that of
the site's other pages.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "rules" / "data" / "domain_ratings.tsv"
sys.path.insert(0, str(ROOT))

from auditor.reading.urls import registrable_domain  # noqa: E402

WIKI_STATUS = {"gr": "reliable", "nc": "mixed", "m": "mixed", "gu": "unreliable", "d": "deprecated", "b": "deprecated"}
BURDISSO = {"1": "reliable", "0": "mixed", "-1": "unreliable"}
ORDER = ["wikipedia", "burdisso2024", "lin2023", "lasser"]
SIDE = {"reliable": 1, "mixed": 0, "unreliable": -1, "deprecated": -1}

# State-controlled outlets without editorial independence, with the state that runs them.
# Source: each outlet's Wikipedia article and, where it has one, its perennial-sources entry.
STATE_MANUAL = {
    "rt.com": "Russia",
    "sputniknews.com": "Russia",
    "sputnikglobe.com": "Russia",
    "tass.com": "Russia",
    "tass.ru": "Russia",
    "ria.ru": "Russia",
    "rg.ru": "Russia",
    "1tv.ru": "Russia",
    "vesti.ru": "Russia",
    "rtvi.com": "Russia",
    "kcna.kp": "North Korea",
    "rodong.rep.kp": "North Korea",
    "naenara.com.kp": "North Korea",
    "vok.rep.kp": "North Korea",
    "xinhuanet.com": "China",
    "news.cn": "China",
    "cgtn.com": "China",
    "chinadaily.com.cn": "China",
    "globaltimes.cn": "China",
    "people.com.cn": "China",
    "cctv.com": "China",
    "ecns.cn": "China",
    "chinanews.com.cn": "China",
    "presstv.ir": "Iran",
    "presstv.com": "Iran",
    "irna.ir": "Iran",
    "hispantv.com": "Iran",
    "tasnimnews.com": "Iran",
    "farsnews.ir": "Iran",
    "sana.sy": "Syria",
    "belta.by": "Belarus",
    "telesurtv.net": "Venezuela",
    "granma.cu": "Cuba",
    "trtworld.com": "Turkey",
    "aa.com.tr": "Turkey",
    "alarabiya.net": "Saudi Arabia",
    "spa.gov.sa": "Saudi Arabia",
    "vnanet.vn": "Vietnam",
}
# A Wikipedia summary that says this marks a state-affiliated outlet (unless rated generally reliable).
STATE_WORDS = re.compile(
    r"\bstate[- ](?:owned|run|controlled|media|propaganda)\b|\bgovernment[- ](?:controlled|run|owned)\b", re.I
)


def clean_domain(value: str) -> str | None:
    """``https://www.dw.com/en`` -> ``dw.com``; None for things that are not domains."""
    v = value.strip().lower()
    v = re.sub(r"^[a-z]+://", "", v).split("/", 1)[0].split("?", 1)[0].strip(".")
    v = v.removeprefix("www.")
    if not re.fullmatch(r"[a-z0-9.-]+\.[a-z0-9-]{2,}", v):
        return None
    return v


def esc(value: str) -> str:
    return value.replace("%", "%25").replace("|", "%7C").replace("=", "%3D").replace("\t", " ").replace("\n", " ")


class Table:
    def __init__(self) -> None:
        self.votes: dict[str, dict[str, tuple[str, str, str]]] = {}  # domain -> list -> (rating, raw, when)
        self.state: dict[str, str] = {}
        self.score: dict[str, float] = {}

    def add(self, domain: str | None, source: str, rating: str | None, raw: str, when: str) -> None:
        if not domain or rating is None:
            return
        per = self.votes.setdefault(domain, {})
        if source not in per:  # first verdict of a list wins (wiki parse before its copy)
            per[source] = (rating, raw, when)


# Entries of the perennial-sources list that the parse above missed (checked against the list itself).
WIKI_SUPPLEMENT = {
    "rt.com": ("d", "RT (RT, Russia Today)", "2022"),
    "russiatoday.com": ("d", "RT (RT, Russia Today)", "2022"),
}


# A list's verdict about one part of a site, with the address path it covers: it rates only the URLs
# under that path, and the site's other pages take the next list's verdict (precedence as usual).
# Wikipedia's perennial-sources entry "ScienceDirect topic" is about the machine-generated Topics
# pages (sciencedirect.com/topics/...), not the peer-reviewed journal articles the site hosts.
SCOPES = {("sciencedirect.com", "wikipedia"): "/topics/"}


TOPICAL = re.compile(r"blog|opinion|op-ed|\(|sponsored|contributor|interview|column|forum|comment|review|podcast", re.I)


def read_wikipedia(t: Table, folder: Path) -> None:
    found: dict[str, list[tuple[str, str, str]]] = {}  # domain -> [(status, name, when)]
    for line in (folder / "wikipedia_perennial_sources.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        status = row.get("status", "")
        if status not in WIKI_STATUS:
            continue
        domains = set()
        if row.get("domain"):
            domains.add(row["domain"])
        for m in re.finditer(r"\{\{WP:RSPUSES\|([^}]*)\}\}", row.get("alltext", "")):
            domains.update(p for p in m.group(1).split("|") if "=" not in p)
        summary = row.get("summary", "")
        for d in sorted(filter(None, (clean_domain(x) for x in domains))):
            found.setdefault(d, []).append(
                (status, row.get("id") or row.get("name", ""), str(row.get("rsp_last") or ""))
            )
            if status != "gr" and STATE_WORDS.search(summary) and d not in t.state:
                t.state[d] = "state-affiliated (Wikipedia perennial sources summary)"
    for d, entry in WIKI_SUPPLEMENT.items():
        found.setdefault(d, [entry])
    for d, entries in sorted(found.items()):
        # One domain, several entries ("The Guardian" and "The Guardian blogs"): the general entry
        # decides; when general entries disagree ("general topics" vs "politics"), no single verdict.
        general = [e for e in entries if not TOPICAL.search(e[1])] or entries
        ratings = {WIKI_STATUS[s] for s, _, _ in general}
        rating = ratings.pop() if len(ratings) == 1 else "mixed"
        raw = " / ".join(sorted({f"{s} ({n})" for s, n, _ in entries}))
        when = max(w for _, _, w in entries)
        t.add(d, "wikipedia", rating, raw, when)
    data = json.loads((folder / "burdisso2024_wikipedia_perennial_sources.json").read_text(encoding="utf-8"))
    for domain, label in sorted(data.items()):
        t.add(clean_domain(domain), "wikipedia", BURDISSO.get(str(label)), f"{label} (Burdisso copy)", "2024")


def read_burdisso(t: Table, folder: Path) -> None:
    with (folder / "burdisso2024_golden_truth.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            label = row["reliability_label"].strip()
            raw = f"{label} ({row['label_source']}"
            if row.get("newsguard_score"):
                raw += f", NewsGuard {row['newsguard_score']}"
            t.add(clean_domain(row["domain"]), "burdisso2024", BURDISSO.get(label), raw + ")", "2024")


def lin_rating(pc1: float) -> str:
    """Cut points chosen on well-known anchors: AP/Reuters ~1, CNN 0.66, Breitbart/RT ~0.3."""
    if pc1 >= 0.7:
        return "reliable"
    if pc1 >= 0.4:
        return "mixed"
    return "unreliable"


def read_lin(t: Table, folder: Path) -> None:
    with (folder / "lin2023_domain_pc1.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            try:
                pc1 = float(row["pc1"])
            except ValueError:
                continue
            d = clean_domain(row["domain"])
            if d:
                t.add(d, "lin2023", lin_rating(pc1), f"pc1 {pc1:.3f}", "2023")
                t.score.setdefault(d, round(pc1, 3))


def read_lasser(t: Table, folder: Path) -> None:
    with (folder / "lasser_domain_list_clean.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            label = row["label"].strip()
            kind = row["type"].strip()
            if "satire" in label:
                rating = "unreliable"  # not a source of fact, whatever its other labels
            elif kind == "unreliable":
                rating = "unreliable"
            elif kind == "reliable":
                rating = "reliable"
            else:
                continue
            t.add(clean_domain(row["url"]), "lasser", rating, f"{label} ({row['source']})", row["last_update"].strip())


def combine(t: Table) -> list[str]:
    lines = []
    for state_domain, country in STATE_MANUAL.items():
        t.state[state_domain] = country
    for domain in sorted(set(t.votes) | set(t.state)):
        per = t.votes.get(domain, {})
        # The line's rating and dispute are those of the site's pages outside every scoped verdict.
        general = {s: v for s, v in per.items() if (domain, s) not in SCOPES} or per
        rating = next((general[s][0] for s in ORDER if s in general), "")
        sides = {SIDE[v[0]] for v in general.values()}
        disputed = 1 in sides and -1 in sides
        score = t.score.get(domain)
        sources = "|".join(
            f"{s}={esc(per[s][0] + ':' + per[s][1])}={esc(per[s][2])}"
            + (f"={esc(SCOPES[(domain, s)])}" if (domain, s) in SCOPES else "")
            for s in ORDER
            if s in per
        )
        lines.append(
            "\t".join(
                [
                    domain,
                    rating,
                    "" if score is None else f"{score:g}",
                    t.state.get(domain, ""),
                    "1" if disputed else "",
                    sources,
                ]
            )
        )
    return lines


def build(folder: Path) -> list[str]:
    t = Table()
    read_wikipedia(t, folder)
    read_burdisso(t, folder)
    read_lin(t, folder)
    read_lasser(t, folder)
    # Ratings are keyed by registrable domain, except hosts with their own entry (blogs on a platform).
    assert registrable_domain("https://www.bbc.co.uk/") == "bbc.co.uk"
    return combine(t)


def main(argv: list[str]) -> int:
    candidates = [ROOT.parent / "shared", ROOT.parent.parent / "shared"]  # CI: ../shared; worktrees: ../../shared
    default = next((c for c in candidates if c.is_dir()), candidates[0]) / "data" / "ratings"
    folder = Path(argv[1]) if len(argv) > 1 else default
    lines = build(folder)
    header = (
        "# auditor domain ratings, built by tools/build_ratings.py from the lists named in NOTICE.\n"
        "# domain\trating\tscore(lin2023 pc1)\tstate\tdisputed\tlist=rating:raw=when|...\n"
    )
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} domains to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
