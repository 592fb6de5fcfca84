"""Entity mentions: countries, their demonyms, capitals and bodies, plus people the article ties to them.

Shipped aliases (``data/entities.toml``) resolve "Russia", "Russian", "Moscow" and "the Kremlin"
to one subject key. People are learnt from the article itself, from appositions such as
"Russian Foreign Minister Sergei Lavrov" or "Sergei Shoigu, Russia's Security Council
Secretary": afterwards "Lavrov" alone resolves to Russia as well.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from auditor.language.datafiles import load_toml


def words(text: str) -> frozenset[str]:
    """A word list written as one string, so that lexicons stay compact and easy to edit."""
    return frozenset(text.split())


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text naming a subject; ``key`` is the subject it resolves to."""

    start: int
    end: int
    key: str
    kind: str  # country | person


@dataclass(frozen=True, slots=True)
class Gazetteer:
    by_first: dict[str, tuple[str, ...]]  # first word -> aliases starting with it, longest first
    keys: dict[str, str | None]  # alias -> key (None: an ignored phrase)
    names: dict[str, str]  # key -> display name


CAP_RE = re.compile(r"[A-Z][\w'’.&-]*")
"""Capitalised tokens: the only places where a name can start (one fast pass per document)."""


def _first_word(alias: str) -> str:
    m = CAP_RE.match(alias)
    return (m.group(0) if m else alias).rstrip(".,")


def _index(aliases: list[str] | dict[str, object]) -> dict[str, tuple[str, ...]]:
    by_first: dict[str, list[str]] = {}
    for alias in aliases:
        by_first.setdefault(_first_word(alias), []).append(alias)
    return {k: tuple(sorted(v, key=lambda a: (-len(a), a))) for k, v in by_first.items()}


TITLES = (
    r"(?:prime\s+minister|foreign\s+minister|defen[cs]e\s+minister|minister|president|vice[\s-]president|"
    r"leader|secretary|secretary[\s-]general|spokes(?:man|woman|person)|ambassador|envoy|official|chief|premier|"
    r"chancellor|general|commander|diplomat|director|adviser|advisor|governor|mayor|king|queen|prince|"
    r"dictator|head|representative|deputy|counterpart|negotiator|supreme\s+leader)"
)
TITLE_WORDS = words(
    "minister president vice-president leader secretary secretary-general spokesman spokeswoman spokesperson "
    "ambassador envoy official chief premier chancellor general commander diplomat director adviser advisor "
    "governor mayor king queen prince dictator head representative deputy counterpart negotiator"
)
"""The last word of every title in TITLES: a cheap gate before trying the apposition patterns."""
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
_APPOS_AFTER = re.compile(r"(?:['’]s)?\s+(?:[A-Za-z-]+\s+){0,4}?(?i:" + TITLES + r")\s*,?\s+(?P<name>" + _NAME + r")\b")
_APPOS_BEFORE = re.compile(r"(?P<name>" + _NAME + r"),\s+(?:the\s+|a\s+)?$")
_TITLE_AFTER = re.compile(r"(?:['’]s)?\s+(?:[A-Za-z-]+\s+){0,3}?(?i:" + TITLES + r")\b")
_NOT_NAME = words(
    "The This That These Those His Her Its Their Our Monday Tuesday Wednesday Thursday Friday Saturday "
    "Sunday January February March April May June July August September October November December"
)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Load the shipped aliases once and compile them into one alternation."""
    data = load_toml("entities.toml")
    keys: dict[str, str | None] = {}
    names: dict[str, str] = {}
    for entry in data.get("countries", []):
        key = entry["key"]
        shown = (entry.get("names") or entry.get("demonyms") or [key])[0]
        names[key] = shown
        for field in ("names", "demonyms", "capitals", "bodies"):
            for alias in entry.get(field, []):
                keys.setdefault(alias, key)
    for phrase in data.get("ignore", []):
        keys[phrase] = None
    return Gazetteer(_index(keys), keys, names)


def display_name(key: str | None) -> str:
    """How a subject key reads in a message."""
    if not key:
        return "?"
    if key.startswith("name:"):
        return key[5:]
    if key.startswith("the:"):
        return "the " + key[4:]
    return gazetteer().names.get(key, key)


def cap_tokens(text: str) -> list[tuple[int, int, str]]:
    """Every capitalised token that starts a word, with its offsets."""
    return [
        (m.start(), m.end(), m.group(0))
        for m in CAP_RE.finditer(text)
        if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "._")
    ]


def _lookup(text: str, caps: list[tuple[int, int, str]], by_first: dict[str, tuple[str, ...]]):
    """(start, end, alias) of the longest alias starting at each capitalised token, left to right."""
    covered = -1
    for start, _end, token in caps:
        if start < covered:
            continue
        for alias in by_first.get(token.rstrip(".,"), ()):
            end = start + len(alias)
            if text.startswith(alias, start) and (end >= len(text) or not text[end].isalnum()):
                yield start, end, alias
                covered = end
                break


def find_mentions(
    text: str, caps: list[tuple[int, int, str]] | None = None, titles: list[int] | None = None
) -> list[Mention]:
    """Every country-like mention, then the people the text ties to a country.

    ``titles`` (offsets of title words such as "minister") limits the apposition patterns to
    mentions that have a title shortly after them; without it every mention is tried.
    """
    gaz = gazetteer()
    if caps is None:
        caps = cap_tokens(text)
    found: list[Mention] = []
    for start, end, alias in _lookup(text, caps, gaz.by_first):
        key = gaz.keys.get(alias)
        if key:
            found.append(Mention(start, end, key, "country"))
    people: dict[str, str] = {}
    for mention in found:
        if titles is not None:
            k = bisect.bisect_left(titles, mention.end)
            if k == len(titles) or titles[k] > mention.end + 60:
                continue
        after = _APPOS_AFTER.match(text, mention.end)
        if after and after.group("name").split()[0] not in _NOT_NAME:
            _learn(people, after.group("name"), mention.key)
            continue
        if _TITLE_AFTER.match(text, mention.end):
            before = _APPOS_BEFORE.search(text, max(0, mention.start - 80), mention.start)
            if before and before.group("name").split()[0] not in _NOT_NAME:
                _learn(people, before.group("name"), mention.key)
    if people:
        taken = [(m.start, m.end) for m in found]
        for m in _people_pattern(tuple(sorted(people))).finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                found.append(Mention(m.start(), m.end(), people[m.group(0)], "person"))
        found.sort(key=lambda m: (m.start, -m.end))
    return found


def _learn(people: dict[str, str], name: str, key: str) -> None:
    """A full name, its surname, and for East Asian order ("Kim Jong-un") its family name."""
    if gazetteer().keys.get(name, "") is None or name in gazetteer().keys:
        return
    parts = name.split()
    aliases = [name, parts[-1]]
    if len(parts) >= 3 or "-" in parts[-1]:
        aliases.append(parts[0])
    for alias in aliases:
        if len(alias) > 2 and alias not in gazetteer().keys:
            people.setdefault(alias, key)


@lru_cache(maxsize=256)
def _people_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Names the article introduced; few, so one small alternation is cheap."""
    alternation = "|".join(re.escape(n) for n in sorted(names, key=lambda a: (-len(a), a)))
    return re.compile(r"(?<![\w])(?:" + alternation + r")(?![\w])")
