"""SRC002 on phrasings written for this test, not taken from any corpus: claims resting on state
media alone, and their look-alikes where another party confirms the claim in the same sentence,
a named independent source restates it right after, or the state's media record its own proceedings."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def src002(text: str) -> list[str]:
    r = audit_text(text, "a.md", select=["SRC002"])
    return [r.doc.snippet(f.span) for f in codes(r, "SRC002")]


@pytest.mark.parametrize(
    "text",
    [
        "The blast killed 34 people at the chemical plant, Xinhua reported.",
        "According to the state news agency KCNA, the missile flew 1,000 kilometres before landing in the sea.",
        "State television said the floods had destroyed 2,000 homes in the province.",
        "The convoy was hit by a drone near the border, Russian state media reported on Tuesday.",
        "The new bridge carried 40,000 vehicles on its first day, according to CGTN.",
        "The harvest was the biggest in a decade, the state-run news agency SANA said.",
        "The factory fire was started by faulty wiring ([RT](https://www.rt.com/news/123456-factory-fire/)).",
        "The party's new five-year plan will double grain output, Xinhua reported.",
    ],
)
def test_a_claim_on_state_media_alone_is_flagged(text: str) -> None:
    assert len(src002(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        # another party confirms it in the same sentence
        "State TV said the floods had destroyed 2,000 homes, a claim the UN later backed.",
        "TASS reported that Ukrainian forces had withdrawn from the village, "
        "which the Institute for the Study of War also reported.",
        "The convoy was hit by a drone near the border, Russian state media reported, "
        "and the Ukrainian military later acknowledged the strike.",
        "The harvest was the biggest in a decade, SANA said, "
        "an estimate the UN's Food and Agriculture Organization shared in its June report.",
        # an independent source gives the same count or restates the fact right after
        "The blast killed 34 people at the chemical plant, Xinhua reported. "
        "Hospital officials in the city gave the same toll to the Associated Press.",
        "Xinhua said 34 people had died in the blast. "
        "Local hospital staff told the BBC that at least 34 bodies had been brought in.",
        "According to KCNA, the missile flew 1,000 kilometres. Japan's defence ministry said it had "
        "landed inside its exclusive economic zone after a flight of about 1,000 km.",
        "The ship was seized near Hormuz, Iranian state TV reported. "
        "Maritime security firm Ambrey said the ship had been seized by armed men.",
        "KCNA said the satellite had reached orbit. "
        "The US Space Command said the satellite was in orbit but appeared to be tumbling.",
        "Xinhua said 34 people died in the blast [1]. The toll was given by hospital officials to AP [2].\n\n"
        "[1] http://www.xinhuanet.com/english/2026-01/02/c_1.htm\n[2] https://apnews.com/article/china-blast-abc123\n",
        "State media said the floods destroyed 2,000 homes in the province; the Red Cross put the figure at 2,000 as well.",
        "The missile flew 1,000 km, KCNA said, a distance Japan's defence ministry also gave.",
        # the state's media recording its own proceedings
        "The launch came after a plenary meeting of the ruling party's Central Committee, state media said.",
        "Kim Jong Un inspected a munitions factory on Tuesday, KCNA reported.",
        "President Lukashenko met the Russian ambassador in Minsk on Monday, BelTA said.",
        "Xi Jinping chaired a meeting of the Politburo on Friday, Xinhua reported.",
    ],
)
def test_state_media_confirmed_by_another_party_or_recording_the_state_stay_silent(text: str) -> None:
    assert src002(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "State TV said 40 tanks were destroyed, a claim Kyiv has not confirmed.",
        "Xinhua reported 34 deaths in the blast, and state television later confirmed the toll.",
        "KCNA said the test was a success, which the Korean People's Army later confirmed.",
        "KCNA said the missile hit its target. Japan has not confirmed that claim.",
        "Xinhua said the probe touched down on the far side of the Moon.\n\nNASA confirmed that its budget would be cut.",
        "TASS reported that the village had been taken. Reuters also reported heavy fighting in the region.",
        "Xinhua said 34 people died in the blast. Officials said the plant opened in 2019.",
        "RIA Novosti said 120 drones were shot down overnight.\n\n"
        "In a separate incident, 120 passengers were stranded at Sheremetyevo, Reuters reported.",
        "KCNA said the satellite had reached orbit. Japan's government said it would protest the satellite launch.",
        "TASS said Russian troops had captured the village. "
        "Ukraine's army denied that Russian troops had captured the village.",
        "State media said the reservoir had been breached by shelling. "
        "Ukraine's military said the reservoir had not been breached by shelling.",
        "State media said the floods destroyed 2,000 homes; Kremlin officials put the figure at 2,000.",
        "State media said 2,000 homes were destroyed, and 2,000 soldiers were sent to help.",
        "Xinhua said 34 people died in the blast at the plant. The toll could not be confirmed by Reuters.",
        "Xinhua said 34 people died in the blast at the plant.\n\nThe figure for 2025 was lower.",
    ],
)
def test_a_denial_another_fact_or_the_state_itself_clears_nothing(text: str) -> None:
    assert len(src002(text)) == 1, text
