"""An assurance that something will not happen, and a sentence that tells it happening (for CON002).

An assurance is read as an act and the thing it is done to: "there will be no job cuts" (a loss
of jobs), "promised not to raise fares" (an increase of fares), "no libraries will close" (a
closure of libraries), "bills would not go up" (an increase of bills), "vowed it would never sell
user data" (a sale of user data), "ruled out compulsory redundancies" (a loss of jobs, narrowed
by "compulsory"). Acts are compared by what they do, not by their words: a root ("closure" and
"close", "sold" and "sell"), or one of a few acts news copy tells in many words (an increase:
raise, rise, go up, put up, hike; a loss of jobs: job cuts, redundancies, layoffs, made
redundant, lose jobs, cut posts).

A breach tells the same act on the same thing (or a kind of it), with every narrowing word of
the assurance ("compulsory", "user", "Northgate"), and is neither negated, conditional nor
planned ("could rise", "plans to close"). Dates, changes and disputes are the caller's to judge.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from auditor.language.entities import words as _words
from auditor.language.senses import root, same_kind

_INCREASE = frozenset(root(w) for w in _words("raise rise increase hike"))
_LOSS_VERBS = frozenset(root(w) for w in _words("cut lose lost axe shed slash eliminate scrap"))
_JOBS = frozenset(root(w) for w in _words("job post role staff worker employee"))
_REDUNDANT = frozenset(root(w) for w in _words("redundancy redundant layoff lay-off"))
_CLOSE = frozenset(root(w) for w in _words("close closure shut"))
_LIGHT = frozenset(
    root(w)
    for w in _words(
        "say comment confirm know expect need want seem respond happen change affect discuss give make take be have "
        "do get go come see use try stop seek rule allow accept"
    )
)
_MONTHS = _words(
    "January February March April May June July August September October November December Monday Tuesday Wednesday "
    "Thursday Friday Saturday Sunday"
)
_ACT_WORDS = _INCREASE | _LOSS_VERBS | _JOBS | _REDUNDANT | _CLOSE
_PARTICLE_UP = _words("go goes going went gone put puts putting")

_STOP = _words(
    "the a an of to in on at for with by and or but that this these those its their his her from as into about "
    "it they he she we there will would be been is are was were has have had not never no any all some its our "
    "year month week next this after before during until while since so than also said says told"
)
_ASSURE = r"(?:promis|pledg|vow|guarant|assur|insist|undert[oa]|committ|reassur|said|says|told|confirm|stat)\w*"
_NP = r"(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,3}?[a-z][\w-]*)"
_NP_END = r"(?=\s*(?:$|[,.;:!?]|\b(?:in|at|on|for|from|to|by|with|after|before|until|this|next|unless|if|while|and|or|because|as|under|across|over)\b))"
_SHAPES = (
    # "promised there will be no job cuts", "said there would be no closures"
    re.compile(r"\b" + _ASSURE + r"\b[^.;:!?]{0,40}?\bthere\s+(?:will|would)\s+be\s+no\s+" + _NP + _NP_END),
    # "pledged that no libraries will close", "said no teachers would lose their jobs"
    re.compile(
        r"\b" + _ASSURE + r"\b[^.;:!?]{0,40}?\bno\s+" + _NP + r"\s+(?:will|would)\s+(?:be\s+)?(?P<verb>go|[a-z]{3,})"
        r"(?:\s+(?P<prt>up|down|off))?(?:\s+(?P<obj>(?:their|its|any)\s+[a-z]+))?"
    ),
    # "promised not to raise fares", "pledged never to sell the stadium"
    re.compile(
        r"\b(?:promis|pledg|vow|guarant|undert[oa]|committ|agreed)\w*\s+(?:not|never)\s+to\s+(?P<verb>[a-z]{3,})"
        r"(?:\s+(?P<prt>up))?\s+(?P<obj>(?:[A-Za-z][\w'’-]*\s+){0,3}?[a-z][\w-]*)" + _NP_END
    ),
    # "said bills would not go up", "vowed it would never sell user data"
    re.compile(
        r"\b"
        + _ASSURE
        + r"\s+(?:that\s+)?(?P<np>(?:the\s+|its\s+|their\s+)?(?:[A-Za-z][\w'’-]*\s+){0,2}?[a-z][\w-]*)\s+"
        r"(?:will|would)\s+(?:not|never)\s+(?:be\s+)?(?P<verb>go|[a-z]{3,})(?:\s+(?P<prt>up|down|off))?"
        r"(?:\s+(?!(?:this|next|last|in|on|at|by|for|from|to|until|before|after)\b)"
        r"(?P<obj>(?:the\s+|its\s+|their\s+|any\s+)?(?:[A-Za-z][\w'’-]*\s+){0,2}?[a-z][\w-]*)" + _NP_END + r")?"
    ),
    # "ruled out compulsory redundancies", "ruled out closing the depot"
    re.compile(r"\bruled?\s+out\s+(?:any\s+)?" + _NP + _NP_END),
)
_UNSURE = re.compile(
    r"\b(?:not|never|no|n['’]t|cannot|impossible|unable|hard|difficult|refused|declined|would\s+not|could\s+not)\s+"
    r"(?:\w+\s+){0,2}$",
    re.I,
)
_NOT_TOLD = re.compile(
    r"\b(?:not|never|no|n['’]t|could|might|may|if|unless|whether|should|plans?\s+to|planning|proposed?|proposals?|"
    r"considering|consider|threat\w*|fear\w*|warn\w*|rul\w+\s+out|avoid\w*|instead\s+of|rather\s+than|against)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Assurance:
    """An act a party said would not happen, on a thing, with the words that narrow it."""

    sentence: int
    said: str
    act: str  # "increase", "jobloss", "close", or a verb's root
    thing: str  # the head noun as written, lower case ("" for "no job cuts": the thing is in the act)
    narrowing: frozenset[str]  # modifiers and names the breach must repeat ("compulsory", "user", "Northgate")
    agent: str = ""  # who would not do it, when named ("the changes would not affect customers": change)
    parties: frozenset[str] = frozenset()  # the capitalised words of the assurance's sentence
    universal: bool = False  # "no libraries will close": every one of them


@dataclass(frozen=True, slots=True)
class Breach:
    """A sentence that tells the assured act happening."""

    assurance: Assurance
    sentence: int
    told: str


_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")
_GUARDS = (
    ("be no ",),
    (" will ", " would "),
    ("not to ", "never to "),
    ("will not", "would not", "will never", "would never"),
    ("ruled out", "rule out", "rules out"),
)  # substrings each shape needs, tested before its pattern


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def act_of(words: list[str]) -> str | None:
    """The act a short run of words names: "job cuts", "redundancies", "go up", "raise", "closure"."""
    roots = [root(w.lower()) for w in words]
    rs = set(roots)
    if rs & _REDUNDANT or (rs & _LOSS_VERBS and rs & _JOBS):
        return "jobloss"
    if rs & _INCREASE or (len(words) >= 2 and words[0].lower() in _PARTICLE_UP and words[1].lower() == "up"):
        return "increase"
    if rs & _CLOSE:
        return "close"
    return None


def assurances(sentences: list) -> Iterator[Assurance]:
    """Every assurance of the body sentences that an act would not happen to a thing."""
    for i, sent in enumerate(sentences):
        text = sent.text
        low = text.lower()
        if not ("will" in low or "would" in low or "not to " in low or "never to " in low or "rule" in low):
            continue  # every shape needs a future, an infinitive or "ruled out": substring tests first
        if not (" no " in low or " not " in low or "never" in low or "rule" in low) or text.rstrip().endswith("?"):
            continue
        for shape, guard in zip(_SHAPES, _GUARDS, strict=True):
            if not any(g in low for g in guard):
                continue
            for m in shape.finditer(text):
                if _UNSURE.search(text[max(0, m.start() - 40) : m.start()]):
                    continue  # "impossible to guarantee that no change will break": no assurance given
                found = _read(i, m)
                if found is not None:
                    after = re.split(r"[,;:.!?]", text[m.end() :], maxsplit=1)[0]  # "no redundancies at the Leeds site"
                    names = {root(w.lower()) for w in re.findall(r"\b[A-Z][\w'’-]{2,}", after) if w not in _MONTHS}
                    parties = frozenset(re.findall(r"\b[A-Z][\w'’-]+", text))
                    universal = shape.pattern.find(r"\bno\s+") != -1  # "there will be no", "no X will"
                    yield replace(found, narrowing=found.narrowing | names, parties=parties, universal=universal)


def _read(i: int, m: re.Match[str]) -> Assurance | None:
    groups = m.groupdict()
    np = [w for w in _tokens(groups.get("np") or "") if w.lower() not in _STOP]
    obj = [w for w in _tokens(groups.get("obj") or "") if w.lower() not in _STOP]
    verb = groups.get("verb") or ""
    phrase = [verb, groups.get("prt") or ""] if verb else []
    if phrase:
        act = act_of([*phrase, *obj]) or act_of(phrase) or (root(verb.lower()) if len(verb) > 3 else None)
    else:
        act = act_of(np)  # "no job cuts", "compulsory redundancies": the noun names the act
        np = [w for w in np if root(w.lower()) not in _ACT_WORDS]
        if act is None:
            return None
        return Assurance(i, m.group(0), act, "", _narrowing(np, head=False))
    if act is None:
        return None
    if act == "jobloss":  # "no teachers would lose their jobs": the teachers are who would lose them
        return Assurance(i, m.group(0), act, np[-1].lower() if np else "", _narrowing(np))
    if act in _LIGHT:
        return None  # "would not comment", "would not affect": no act a sentence could tell done
    target = [w for w in obj if act_of([w]) is None] or np
    if not target:
        return None
    agent = np[-1].lower() if obj and np else ""
    return Assurance(i, m.group(0), act, target[-1].lower(), _narrowing(target), agent)


def _narrowing(words: list[str], head: bool = True) -> frozenset[str]:
    """The words before a head that narrow it, and names: "compulsory" redundancies, "user" data."""
    kept = [w for w in (words[:-1] if head else words) if root(w.lower()) not in _ACT_WORDS]
    return frozenset(root(w.lower()) for w in kept)


def breaches(sentences: list) -> Iterator[Breach]:
    """Every assurance against the nearest other sentence that tells its act done to its thing."""
    found = list(assurances(sentences))
    budget = 400
    for a in found:
        order = sorted(range(len(sentences)), key=lambda j: (abs(j - a.sentence), j))
        for j in order:
            if j == a.sentence or budget <= 0:
                continue
            budget -= 1
            told = _tells(sentences[j].text, a)
            if told is not None:
                yield Breach(a, j, told)
                break


_ACT_HINTS = {
    "increase": ("rais", "rise", "rose", "increas", "hike", " up"),
    "jobloss": ("redundan", "laid off", "layoff", "lay-off", "job", "post", "role", "staff", "worker", "employee"),
    "close": ("clos", "shut"),
}  # substrings a sentence telling the act must hold, tested before it is read word by word


def _tells(text: str, a: Assurance) -> str | None:
    """The words of ``text`` that tell the assured act on the assured thing, or None."""
    low = text.lower()
    hints = _ACT_HINTS.get(a.act)
    if (hints and not any(h in low for h in hints)) or (a.thing and a.thing[:3] not in low):
        return None  # "sold" for "sell": a verb of its own is found by its root, word by word
    if text.rstrip().endswith("?"):
        return None
    tokens = _tokens(text)
    roots = {root(w.lower()) for w in tokens}
    if not a.narrowing <= roots:
        return None  # "voluntary redundancy" is not "compulsory redundancies"
    for n in range(len(tokens)):
        if _act_at(tokens, n) != a.act:
            continue
        at = _offset(text, tokens, n)
        clause = re.split(r"[,;:]|\b(?:but|while|although)\b", text[:at])[-1]
        if _NOT_TOLD.search(clause[-60:]):
            continue
        near = tokens[max(0, n - 6) : n + 6]
        if a.thing and not _names(near, a.thing):
            continue
        if a.universal and _bare_definite(tokens[max(0, n - 6) : n], a.thing):
            continue  # "no school would close" and "The school will close": the article's one school, or all
        if not (a.thing and _names(tokens[max(0, n - 6) : n], a.thing)) and _other_party(clause, a):
            continue  # "Rival builder Persimmon laid off 60 staff": another party did it
        if a.agent and not _names(tokens[: n + 1], a.agent):
            continue  # "the outage affected customers" is not what "the changes would not affect customers" ruled out
        return " ".join(tokens[max(0, n - 3) : n + 3])
    return None


def _bare_definite(words: list[str], thing: str) -> bool:
    """Whether the thing is named only as "the <thing>", singular, with no name or other word before it."""
    r = root(thing)
    for k, w in enumerate(words):
        if root(w.lower()) == r and w.lower() == _singular(w.lower()):
            return k > 0 and words[k - 1].lower() == "the"
    return False


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _other_party(clause: str, a: Assurance) -> bool:
    """Whether the subject before an active verb names a party the assurance's sentence does not."""
    names = re.findall(r"(?<!^)\b[A-Z][\w'’-]+", clause.strip())
    return any(n not in a.parties and n not in _MONTHS for n in names)


def _names(words: list[str], thing: str) -> bool:
    """Whether one of ``words`` names ``thing`` or a kind of it."""
    r = root(thing)
    return any(root(w.lower()) == r or same_kind(w.lower(), thing) for w in words if w.isalpha())


def _act_at(tokens: list[str], n: int) -> str | None:
    """The act the ``n``-th token starts: "redundancies", "rise", "closed", "go up", "cut 300 jobs", "sold"."""
    word = tokens[n].lower()
    if word in _PARTICLE_UP:
        return "increase" if n + 1 < len(tokens) and tokens[n + 1].lower() == "up" else None
    r = root(word)
    if r in _LOSS_VERBS and any(root(w.lower()) in _JOBS for w in tokens[n + 1 : n + 4]):
        return "jobloss"  # "cut 300 jobs", "lose their jobs", "shed 40 posts"
    return act_of([word]) or r


def _offset(text: str, tokens: list[str], n: int) -> int:
    """Where the ``n``-th token starts in ``text``."""
    at = 0
    for k, tok in enumerate(tokens):
        at = text.find(tok, at)
        if k == n:
            return at
        at += len(tok)
    return len(text)
