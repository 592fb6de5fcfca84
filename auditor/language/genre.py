"""What kind of copy a piece is, where that changes what its sentences owe the reader.

A **press release** is its issuer's own announcement: the issuer is the source of every statement it
makes in its own voice (its work, its cases, its programs, its figures), so the news-style
attribution SRC004 and CIT004 measure is not owed. :func:`press_release` reads the release's
furniture, not its topic:

- a release header on a line of its own ("FOR IMMEDIATE RELEASE", "NEWS RELEASE", "Press Release",
  "MEDIA ADVISORY", "EMBARGOED UNTIL ...") above the body (before its third statement);
- a contact block above the body: a "Contact:" label with a telephone number or an e-mail address
  after it (not a reporter's "Contact: ...@paper.com" closing a story);
- a closing mark on a line of its own: "###", "# # #", "-30-";
- the page's title naming a public office as its site ("... - Orange County District Attorney",
  "... - DA NewsCenter"): the office publishes it;
- the issuer announcing in the opening: a public office ("District Attorney", "Attorney General",
  "Sheriff", "the Department") announcing, saying or issuing something *today* in one of the
  first statements ("San Diego County District Attorney Summer Stephan today announced ...", "DA
  Mike Hestrin announced the filing of three more counts against him today"), or
  announcing in the present tense ("The Riverside County District Attorney's Office announces the
  launch of ...");
- the office speaking as itself: the office the subject of an opening statement ("the Riverside County
  District Attorney's Office introduced ...") and the first person outside quotation marks in that
  statement or the next ("... aims to empower our community");
- a credit line: the case, by its docket number, or the office's own prosecutor
  credited by unit ("The case, BAF2301143, was prosecuted by Deputy DA August Sage of the DA's Gang
  Unit"), as the Riverside County releases close under their site's "Skip to main content" page.

The corporate release (a wire's dateline, an "About X" section) is read by
:func:`corporate_release`; :func:`press_release` reads the others, government releases above all.

What an issuer may state as its own is narrower than everything it prints: a government release
also quotes the world's statistics ("race-based hate crimes make up between 50 and 60 percent of all
hate crimes in the County", "Cybercriminals stole 143 million credit records"), which the office
did not count. :func:`issuers_own` tells them apart by the clause that holds the figure: its
subject a specific referent (a name, a pronoun, a definite or demonstrative noun phrase: "the
EJTF has tracked", "This assistance included", "Duran reduced") or its sentence about the case
or the office (charged, accused, convicted, defendants, prosecutors, the DA's Office), against a
generic subject (a bare plural or mass noun, a counted or shared class, "There were", "These types
of murders"): a statistic about the world.

A **legal proceeding** (:func:`names_proceedings`): a piece naming charges, an indictment, a
complaint, a lawsuit or prosecutors. There an allegation in the passive ("It is alleged that",
"is alleged to have") is court copy's convention: its holder is the charging document or the
prosecution the piece names, not nobody.

An **artifact that claims** (:func:`artifact_claims`): "the deed was purportedly signed by him",
"a video purportedly placing him on a boat": the document or recording is what claims it (WordNet's
noun.communication and noun.artifact senses), not an unnamed group.
"""

from __future__ import annotations

import re

from auditor.model import Document, Sentence, Span

HEAD_CHARS = 6000  # a release's header and contact block sit above its body (page chrome included)

_HEADER = re.compile(
    r"^[ \t\W]{0,4}(?:for[ \t]+immediate[ \t]+release|immediate[ \t]+release|news[ \t]+release|press[ \t]+release|"
    r"media[ \t]+(?:advisory|release|alert)|embargoed[ \t]+(?:until|for)\b[^\n]{0,40})[ \t]*(?:$|[:\-–—|])",
    re.I | re.M,
)
_CONTACT = re.compile(r"(?:^|[\s(])(?:media[ \t]+|press[ \t]+|news[ \t]+)?contacts?\s*:", re.I | re.M)
_PHONE_OR_MAIL = re.compile(r"\(?\b\d{3}\)?[ \t.\-/]\d{3}[ \t.\-]\d{4}\b|[\w.+\-]+@[\w\-]+\.[\w.\-]+")
_CLOSING = re.compile(r"^[ \t]*(?:#[ \t]?#[ \t]?#|-[ \t]?30[ \t]?-|-#{3}-)[ \t]*$", re.M)
_TODAY_VERB = r"(?:announced|announces|said|says|issued|released|warned|unveiled|launched|filed|charged|urged)"
_ANNOUNCING = re.compile(
    rf"\btoday[ \t\xa0]+{_TODAY_VERB}\b|\b{_TODAY_VERB}(?:[ \t\xa0]+[\w'’\-]+){{0,9}}?[ \t\xa0]+today\b"
    r"|^\W*(?:[a-z]\w*[ \t\xa0]+)?today[ \t\xa0]+(?:[a-z]+ly[ \t\xa0]+)?[a-z]+ed\b",  # "(Summer Stephan) today strongly denounced"
    re.I,
)
_PUBLIC_OFFICE = re.compile(
    r"\b(?:District[ \t\xa0\n]+Attorney|State['’]s[ \t\xa0\n]+Attorney|Attorney[ \t\xa0\n]+General|"
    r"U\.?S\.?[ \t\xa0\n]+Attorney|Prosecutor|Sheriff|Police|Mayor|Governor|Commissioner|Secretary|"
    r"Department|Office|Agency|Ministry|DA)\b"
)
# The page's own title naming a public office as its site ("... - Orange County District Attorney",
# "... - The Brooklyn District Attorney's Office", "... - DA NewsCenter"): the office publishes it.
_SITE_SEPARATOR = re.compile(r"[ \t\xa0]+[-|–—][ \t\xa0]+")
_OFFICE_SITE = re.compile(
    r"\b(?:District[ \t\xa0]+Attorney|State['’]?s?[ \t\xa0]+Attorney|Attorney[ \t\xa0]+General|U\.?S\.?[ \t\xa0]+Attorney|"
    r"Prosecutor|Sheriff|Police[ \t\xa0]+Department|DA|Department[ \t\xa0]+of|Ministry[ \t\xa0]+of|Office[ \t\xa0]+of)\b"
)
OPENING_STATEMENTS = 3  # the announcement opens the release: one of its first statements
# The office announcing in the present tense, as releases do ("The Riverside County District Attorney's Office
# announces the launch of ..."); a news story reports it in the past.
_PRESENT_ANNOUNCING = re.compile(
    r"\b(?:announces|is[ \t\xa0]+(?:proud|pleased|honou?red|excited)[ \t\xa0]+to[ \t\xa0]+announce|proudly[ \t\xa0]+announces|"
    r"is[ \t\xa0]+announcing)\b"
)
# A release's credit line: its case, often by docket number, and the office's own prosecutor credited by unit
# ("The case, BAF2301143, was prosecuted by Deputy DA August Sage of the DA's Gang Unit"). A news story may say who
# prosecuted, but gives neither the docket as an appositive nor the office's unit.
_CREDIT = re.compile(
    r"\b(?:was|were|is|are|will[ \t\xa0]+be)(?:[ \t\xa0]+being)?[ \t\xa0]+(?:prosecuted|handled|tried)[ \t\xa0]+by[ \t\xa0]+"
    r"(?:(?:Senior|Managing|Supervising|Chief|Head|Lead|Special)[ \t\xa0]+)*(?:Deputy|Assistant)[ \t\xa0]+"
    r"(?:District[ \t\xa0]+Attorney|DA|State['’]s[ \t\xa0]+Attorney|Prosecutor|Prosecuting[ \t\xa0]+Attorney|"
    r"Attorney[ \t\xa0]+General|U\.?S\.?[ \t\xa0]+Attorney)s?\b"
)
_DOCKET = re.compile(r"\bcase,?[ \t\xa0]+(?:(?:No\.?|#)[ \t\xa0]*)?[A-Z]{2,5}-?\d{5,}\b", re.I)
_UNIT = re.compile(r"\bof[ \t\xa0]+the[ \t\xa0]+(?:[\w'’()\-]+[ \t\xa0]+){0,9}?(?:Unit|Division|Team|Bureau|Section)\b")


# A press release opens by its issuer announcing ("Acme Corp (NASDAQ: ACME) today announced ...")
# under a wire's dateline ("/PRNewswire/") or closes on its "About X" section: every figure in it is
# the issuer's own statement, and the release is its source.
_RELEASE_OPENING = re.compile(r"\btoday[ \t\xa0]+(?:announced|announces|reported|reports|released|unveiled)\b")
_WIRE_DATELINE = re.compile(
    r"/[ \t\xa0]*(?:PRNewswire|PR[ \t\xa0]+Newswire|Business[ \t\xa0]*Wire|GLOBE[ \t\xa0]+NEWSWIRE|Globe[ \t\xa0]+Newswire|"
    r"ACCESSWIRE|Accesswire|EINPresswire|PRWeb|Newsfile)(?:-[\w]+)?[ \t\xa0]*/"
)


def corporate_release(doc: Document, sentences: list[Sentence], about: frozenset[int]) -> bool:
    """Whether the piece is a press release (see above): an opening announcement "today" within its
    first two sentences, with a wire's dateline before it or an "About" section (``about``: the paragraphs
    under it, read by figures.py)."""
    for s in sentences[:2]:
        m = _RELEASE_OPENING.search(s.text)
        if m is not None:
            return bool(about) or _WIRE_DATELINE.search(doc.text, 0, s.span.start + m.start()) is not None
    return False


def press_release(doc: Document) -> str:
    """Which furniture of a press release the piece carries ("header", "contact", "publisher",
    "closing", "announcement", "voice", "credit"), or "" when it carries none (see the module docstring). Computed once."""
    return doc.derived("genre.release", _release)


def _release(doc: Document) -> str:
    from auditor.language.sourcing import counted_statements

    text = doc.text
    statements = counted_statements(doc)
    # the header and the contact block stand above the body: before its third statement (a reporter's
    # "Contact: ...@paper.com" closing a news story is no release's)
    top = statements[OPENING_STATEMENTS - 1].span.start if len(statements) >= OPENING_STATEMENTS else len(text)
    head = text[: min(top, HEAD_CHARS)]
    low = head.lower()  # each pattern only where its words occur (most pieces hold none): one C pass each
    if ("release" in low or "advisory" in low or "embargo" in low or "alert" in low) and _HEADER.search(head):
        return "header"
    if "contact" in low:
        for m in _CONTACT.finditer(head):
            if _PHONE_OR_MAIL.search(text, m.end(), m.end() + 250):
                return "contact"
    title = doc.meta.title or text[: text.find("\n") if 0 <= text.find("\n") < 300 else 0]  # a text's first line
    parts = _SITE_SEPARATOR.split(title)
    if len(parts) > 1 and len(parts[-1]) <= 80 and _OFFICE_SITE.search(parts[-1]):
        return "publisher"
    half = len(text) // 2
    if "#" in text[half:] or "30" in text[half:]:
        closing = _CLOSING.search(text, half)
        if closing is not None:
            return "closing"
    for s in statements[:OPENING_STATEMENTS]:
        m = _PRESENT_ANNOUNCING.search(s.text) if "announc" in s.text else None
        if m is None and "today" in s.text.lower():
            m = _ANNOUNCING.search(s.text)
        if m is None:
            continue
        at = s.span.start + m.start()
        # the issuer before the verb, in its sentence or on the lines just above it (a name on a line of its own)
        if _PUBLIC_OFFICE.search(text, max(0, at - 150), at):
            return "announcement"
    voice = _own_voice(doc, statements)
    if voice:
        return voice
    if "prosecuted by" in text or "handled by" in text or "tried by" in text:
        for m in _CREDIT.finditer(text):
            sentence = doc.sentence_at(m.start())
            lo, hi = (sentence.span.start, sentence.span.end) if sentence else (m.start() - 80, m.end() + 200)
            if _DOCKET.search(text, lo, hi) or _UNIT.search(text, m.end(), hi):
                return "credit"
    return ""


VOICE_STATEMENTS = 8  # the office names itself early: in one of the body's first statements
# The office as the subject of its own sentence ("the Riverside County District Attorney's Office introduced ...").
_OFFICE_SUBJECT = re.compile(
    r"\b(?:District[ \t\xa0]+Attorney|DA|State['’]s[ \t\xa0]+Attorney|Attorney[ \t\xa0]+General|Sheriff)['’]s[ \t\xa0]+"
    r"Office[ \t\xa0]+(?:(?:has|have|had|is|was|also|recently|proudly)[ \t\xa0]+)?[a-z]{3,}(?:ed|es|s)\b"
)
_FIRST_PERSON = re.compile(r"\b(?:our|we|us)\b", re.I)


def _own_voice(doc: Document, statements: list[Sentence]) -> str:
    """ "voice" when the office, subject of an opening statement, goes on in the first person outside quotation
    marks in the same or the next statement ("... the Riverside County District Attorney's Office introduced
    'Marsy's Law Mondays.' This video series ... aims to empower our community"): the office speaks as itself."""
    from auditor.language.attribution import document_attributions

    for i, s in enumerate(statements[:VOICE_STATEMENTS]):
        if "Office" not in s.text or _OFFICE_SUBJECT.search(s.text) is None:
            continue
        for t in statements[i : i + 2]:
            for m in _FIRST_PERSON.finditer(doc.text, t.span.start, t.span.end):
                if document_attributions(doc).quote_at(m.start()) is None:
                    return "voice"
    return ""


# --- whose figure: the issuer's own, or the world's --------------------------------------------

# The office's case and the office itself: a figure in such a sentence is the charge's or the
# office's record ("is accused of possessing over 1,500 images", "the DA's Office served 30,434").
_CASE_OR_OFFICE = re.compile(
    r"\b(?:accus\w*|alleg\w*|charg(?:e|ed|es|ing)|convict\w*|sentenc\w*|indict\w*|plead\w*|pled|arraign\w*|"
    r"defendants?|suspects?|prosecut\w*|cases?|restitution|settlement|seiz\w*|bail|felon(?:y|ies)|counts?|"
    r"district[ \t\xa0]+attorney\w*|state['’]s[ \t\xa0]+attorney\w*|(?:the|our|its|this)[ \t\xa0]+office|"
    r"office['’]s|da['’]s)\b"
    r"|\b(?-i:Unit|Division|Bureau|Task[ \t\xa0]+Force|Office)\b",  # a named unit ("the Gang Unit"), not "a credit bureau"
    re.I,
)
# A generic subject: a kind or a class counted, shared or said to exist ("These types of murders",
# "There were 1,000 calls", "It only takes two milligrams").
_KIND = re.compile(r"\b(?:types?|kinds?|sorts?|forms?)[ \t\xa0]+of\b", re.I)
_DETERMINER = re.compile(
    r"(?:the|this|that|these|those|its|his|her|their|our|all[ \t\xa0]+(?:of[ \t\xa0]+)?the|each[ \t\xa0]+of[ \t\xa0]+the)\b",
    re.I,
)
_PRONOUN = re.compile(r"(?:he|she|they|we|i)\b", re.I)
_FRONTED = re.compile(
    r"(?:(?:in|on|at|by|since|from|during|after|before|over|under|while|when|as|through|two|three|four|five|"
    r"\w+ly)\b[^,]{0,80},[ \t\xa0]*)+",
    re.I,
)
# where the clause holding a figure starts: a semicolon, colon or bracket, a subordinator, or a
# coordinated clause after a comma (", and it was granted in 76%"); other commas set off an
# apposition or a relative ("Hunter, who was introduced ..., speaks to more than 1,000 students")
_PARTICIPLE = re.compile(r"\W*(?:while|when|after|before|since|by|upon)[ \t\xa0]+[a-z]+ing\b", re.I)
_CLAUSE_START = re.compile(
    r"(?:[;:(]|,[ \t\xa0]+(?:and|but|while|whereas)\b|\b(?:that|while|whereas|although|because))[ \t\xa0]*", re.I
)


def _subject_specific(doc: Document, sentence: Sentence, figure: Span) -> bool:
    """Whether the clause holding the figure has a specific subject (a name, a pronoun, a definite or
    demonstrative noun phrase), read from the clause's start; a figure inside the subject itself
    ("26 people were killed", "52% of the population") makes it a counted class, never specific."""
    text = doc.text
    # the clause: from the last clause boundary before the figure
    from auditor.language.senses import senses

    start = opening = sentence.span.start
    for m in _CLAUSE_START.finditer(text, sentence.span.start, figure.start):
        if m.end() > figure.start:
            continue
        if text[m.start()] == ",":
            word = _WORD.match(text, m.end())
            if word is not None and word.group(0).islower() and not senses(word.group(0), "n", 1):
                continue  # ", and supervised the allocation of 1,000 officers": the same subject goes on
        start, opening = m.end(), m.start()
    clause = text[start : figure.start]
    if _PARTICIPLE.match(text, opening, figure.start):
        # "While driving at 77 miles per hour down the avenue, the Kia collided ...": the participle has
        # no subject of its own; the main clause after the comma gives it
        comma = text.find(",", figure.end, sentence.span.end)
        if comma < 0:
            return False
        clause = text[comma + 1 : sentence.span.end]
    lead = _FRONTED.match(clause)
    if lead is not None:
        clause = clause[lead.end() :]
    clause = clause.lstrip(" \t\xa0\"“‘'(")
    if not clause.strip() or _KIND.search(clause):
        return False  # the figure opens its clause (a counted class), or a kind is its subject
    if clause.lower().startswith(("there ", "it ")):
        return False  # "There had been four homicides", "It only takes two milligrams"
    if _PRONOUN.match(clause) or _DETERMINER.match(clause):
        return True
    first = clause.split(None, 1)[0].strip(",.;:'’")
    # a name: capitalised, and not a common word that only opens the sentence ("Fentanyl, which ...")
    return first[:1].isupper() and first in _names(doc)


_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,][ \t\xa0])[A-Z][\w'’\-]*")


def _names(doc: Document) -> frozenset[str]:
    """Capitalised words the piece also writes inside a sentence, after a lower-case word: names, not
    common words that only open a sentence ("Cybercriminals stole ..."). Computed once."""
    return doc.derived("genre.names", lambda d: frozenset(_MID_SENTENCE_CAPITAL.findall(d.text)))


_SAME_CLAUSE = re.compile(
    r"[^;:(.!?]{0,80}?(?:,[ \t\xa0]*|[ \t\xa0]+(?:and|or)[ \t\xa0]+)(?:more[ \t\xa0]+than[ \t\xa0]+|over[ \t\xa0]+|about[ \t\xa0]+|nearly[ \t\xa0]+)?"
)


def issuers_own(doc: Document, sentence: Sentence, figures: list[tuple[Span, str]], quotes: list[Span]) -> bool:
    """Whether a release's sentence states the issuer's own figures (see the module docstring): its
    sentence is about the case or the office, or every figure's clause has a specific subject."""
    if not figures:
        return False
    if _CASE_OR_OFFICE.search(sentence.text) is not None:
        return True
    previous: Span | None = None
    for span, _ in figures:
        if previous is not None and _SAME_CLAUSE.fullmatch(doc.text, previous.end, span.start):
            continue  # "600 crisis interventions and 13,202 referrals": a list goes on in its first figure's clause
        if not _subject_specific(doc, sentence, span):
            return False
        previous = span
    return True


def issuers_record(doc: Document, sentence: Sentence) -> bool:
    """Whether a record claim is a press release's own record of its case or office (LNG001): the
    release is its issuer's, and the sentence is about the case or the office ("This case marks the
    first jury trial in the county's history to use ...")."""
    return bool(press_release(doc)) and _CASE_OR_OFFICE.search(sentence.text) is not None


# --- allegations and artifacts -------------------------------------------------------------------

_PROCEEDINGS = re.compile(
    r"\b(?:indict(?:ed|ment|ments)|charged[ \t\xa0]+with|charges[ \t\xa0]+(?:of|against|include|filed)|"
    r"(?:criminal|civil)[ \t\xa0]+complaint|the[ \t\xa0]+complaint|lawsuit|prosecutors?|the[ \t\xa0]+prosecution|"
    r"district[ \t\xa0]+attorney|grand[ \t\xa0]+jury|arraign(?:ed|ment)|pleaded[ \t\xa0]+(?:not[ \t\xa0]+)?guilty)\b",
    re.I,
)
ALLEGATION_TERMS = frozenset(["it is alleged", "it has been alleged", "is alleged to", "it was alleged"])


_BELIEF = re.compile(
    r"(?:it[ \t\xa0]+(?:is|was|has[ \t\xa0]+been)|is|are|was|were)[ \t\xa0]+believed(?:[ \t\xa0]+to(?:[ \t\xa0]+be)?)?"
)


def issuers_belief(doc: Document, term: str) -> bool:
    """Whether ``term`` is a passive of belief ("it is believed", "is believed to", "was believed to
    be") in a press release: the issuer's investigators hold it, as a release speaks for its issuer."""
    return _BELIEF.fullmatch(term) is not None and bool(press_release(doc))


def names_proceedings(doc: Document) -> bool:
    """Whether the piece names a legal proceeding: charges, an indictment, a complaint, a lawsuit,
    prosecutors, a grand jury, an arraignment or a plea. Computed once."""
    return doc.derived("genre.proceedings", lambda d: _PROCEEDINGS.search(d.text) is not None)


_AUXILIARY = frozenset(["is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "also"])
_WORD = re.compile(r"[A-Za-z][\w'’\-]*")
_LEADING = frozenset(["the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its"])


def _artifact(noun: str) -> bool:
    from auditor.language.senses import names_an_artifact

    return names_an_artifact(noun.lower())


def artifact_claims(doc: Document, sentence: Sentence, start: int) -> bool:
    """Whether what "purportedly"/"supposedly" at ``start`` qualifies is an artifact that makes the
    claim itself: the noun before it past any auxiliary ("the deed was purportedly signed", "a video
    purportedly placing"), or, after a comma, the sentence's opening noun phrase ("The forged court
    order ... ended the action, purportedly giving him ownership")."""
    from auditor.language.senses import senses

    before = doc.text[sentence.span.start : start]
    words = _WORD.findall(before)
    while words and words[-1].lower() in _AUXILIARY:
        words.pop()
    if before.rstrip().endswith(","):
        opening = _WORD.findall(before)
        head = ""
        for w in opening[1 if opening and opening[0].lower() in _LEADING else 0 :]:
            if w[:1].isupper() and head:
                break  # "The forged court order McCray had filed": a name ends the noun phrase
            if w.lower() in _AUXILIARY or w.lower() in ("that", "which", "who"):
                break
            if not senses(w.lower(), "n", 1):
                if head:
                    break  # "The forged letter reached the bank": the verb ends it
                continue  # "forged": a modifier before the noun
            head = w
        return bool(head) and _artifact(head)
    return bool(words) and _artifact(words[-1])
