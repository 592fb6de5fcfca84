"""languageid counts letters and words in C; the answers must be those of the plain loops."""

from __future__ import annotations

import random
import re

from auditor.language.languageid import _COMMON, _letters, prose_is_english

_WORD = re.compile(r"[a-z]+")


def _plain(text: str) -> bool:
    """The test as first written: a loop over every character and every word."""
    words = _WORD.findall(text.lower())
    letters = sum(ch.isalpha() for ch in text)
    if letters and sum(len(w) for w in words) < letters / 2:
        return False
    return len(words) < 40 or (len(words) >= 8 and sum(w in _COMMON for w in words) / len(words) >= 0.08)


def test_letters_match_isalpha_on_any_text() -> None:
    rng = random.Random(15)
    alphabet = [chr(c) for c in [*range(0, 0x250), *range(0x370, 0x4FF)]]
    alphabet += ["Ⅻ", "²", "½", "数", "あ", "😀", "\u0301", "\u200b", "٠", "\ud800", "“", "’"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        assert _letters(text) == sum(ch.isalpha() for ch in text), repr(text)


def test_english_prose_other_scripts_and_mixtures_get_the_plain_answer() -> None:
    english = "The minister said on Monday that the port was closed for the week, and that it would reopen. " * 3
    russian = "Министр заявил в понедельник, что порт закрыт на неделю и откроется позже. " * 3
    german = "Der Minister sagte am Montag, dass der Hafen für eine Woche geschlossen sei. " * 3
    curly = "“The port is closed,” the minister said. It’s the first time in a decade that the port has shut. " * 3
    for text in (english, russian, german, curly, english + russian, russian + english[:60], "", "x"):
        assert prose_is_english(text) == _plain(text)
    assert prose_is_english(english) and prose_is_english(curly)
    assert not prose_is_english(russian) and not prose_is_english(german)
