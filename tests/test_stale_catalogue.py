"""DAT001 on a catalogue of stale citations, each with a look-alike that must be left alone.

A source dated (by its address, its reference entry or the words that name it) well before the
events its citing sentence dates is stale; a source framed as background is not.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import audit_text, codes

HEAD = "---\ndate: 2025-06-06\n---\n\n"


def dat001(body: str) -> list:
    return codes(audit_text(HEAD + body + "\n", "a.md", select=["DAT001"], as_of=dt.date(2026, 6, 8)), "DAT001")


STALE = [
    "Prices rose 4% in March 2025, the agency said ([report](https://www.example.org/news/2022/05/10/prices-rise)).",
    "The strike that began on 3 March was the longest in a decade, "
    "[the union said](https://union.example.org/2021/press/strike-statement).",
    "Flooding in January 2025 displaced 3,000 people, according to a 2019 report by the council [1].\n\n"
    "[1] https://council.example.gov/docs/flood-plan",
    "Flooding in January 2025 displaced 3,000 people, according to the council [1].\n\n"
    "[1] Council flood report, 2019. https://council.example.gov/docs/flood-plan",
    "Last week's vote was close, [Reuters reported](https://www.reuters.com/world/2022-03-04/vote-close/).",
    "The company lost $2bn in 2025, a [2021 filing](https://sec.example.gov/filings/abc) shows.",
    "Turnout in the May 2025 poll hit 70%, the council's 2020 press release says "
    "([release](https://council.example.gov/press/turnout)).",
    "Ridership fell in April 2025, according to a 2021 fact sheet ([pdf](https://transit.example.org/docs/ridership.pdf)).",
    "Unemployment fell to 4% in March 2025, according to a report published in 2019 [1].\n\n"
    "[1] https://stats.example.gov/labour/report",
    "Unemployment fell to 4% in March 2025, according to a Reuters report from 2019 [1].\n\n"
    "[1] https://www.reuters.com/markets/jobs",
    "Unemployment fell to 4% in March 2025, a survey by the ONS released in May 2019 shows [1].\n\n"
    "[1] https://stats.example.gov/labour/survey",
    "Unemployment fell to 4% in March 2025 ([source](https://stats.example.gov/releases/labour?year=2019)).",
]
FRESH_OR_BACKGROUND = [
    "Prices rose 4% in March 2025, the agency said ([report](https://www.example.org/news/2025/04/10/prices-rise)).",
    "The strike that began on 3 March was the longest in a decade, "
    "[the union said](https://union.example.org/2025/press/strike-statement).",
    "In a 2019 report, the agency warned prices would rise ([report](https://www.example.org/reports/2019/prices.pdf)).",
    "As early as 2021, the regulator had flagged the risk ([memo](https://reg.example.gov/2021/memo-risk)).",
    "Flooding in January 2025 displaced 3,000 people, according to the council [1].\n\n"
    "[1] Council flood report, February 2025. https://council.example.gov/docs/flood-plan",
    "Last week's vote was close, [Reuters reported](https://www.reuters.com/world/2025-06-01/vote-close/).",
    "The company lost $2bn in 2025, a [2025 filing](https://sec.example.gov/filings/abc) shows.",
    "In a 2021 statement, the firm denied wrongdoing; it settled in 2025 ([statement](https://firm.example.com/news/denial)).",
    "She won the 2021 post of chair and kept it in 2025 ([profile](https://club.example.org/people/chair)).",
    "Sales in 2025 beat the forecast ([forecast](https://bank.example.com/outlook)).",
    "Unemployment fell to 4% in March 2025, according to a report published in April 2025 [1].\n\n"
    "[1] https://stats.example.gov/labour/report",
    "In a report published in 2019, the IMF warned that debt would rise; it did in 2025 [1].\n\n"
    "[1] https://imf.example.org/debt",
    "The strike of March 2025 echoed the study from 2019 on pay [1].\n\n[1] https://stats.example.gov/survey",
    "Since the report from 2019, unemployment has fallen; in March 2025 it was 4% [1].\n\n"
    "[1] https://stats.example.gov/survey",
    "Unemployment fell to 4% in March 2025 ([source](https://stats.example.gov/releases/labour?year=2025)).",
]


@pytest.mark.parametrize("text", STALE)
def test_a_source_older_than_the_events_it_is_cited_for(text: str) -> None:
    assert len(dat001(text)) == 1


@pytest.mark.parametrize("text", FRESH_OR_BACKGROUND)
def test_a_source_of_the_time_or_framed_as_background_is_left_alone(text: str) -> None:
    assert dat001(text) == []
