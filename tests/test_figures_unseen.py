"""CIT004 on phrasings written for this test, not taken from any corpus: market moves, poll and
survey results (in digits and in words), a program's makers measuring it, and figures carrying on
a sourced paragraph. Each kind has its look-alikes that must stay silent."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def cit004(text: str, path: str = "article.txt") -> list[str]:
    r = audit_text(text, path, select=["CIT004"])
    return [r.doc.snippet(f.span) for f in codes(r, "CIT004")]


MARKET_MOVES = [
    "The Nikkei ended the session down 0.6 per cent.",
    "The Hang Seng closed the morning session up 1.1 per cent.",
    "Tesla stock ended Friday's session down 4 percent.",
    "The Dow finished the week 2.4% lower.",
    "The S&P 500 shed 45 points, or 0.9 per cent, by midday.",
    "The Kospi lost 38 points, or 1.4%, on Monday.",
    "Gilt yields rose 15 basis points to 4.6%.",
    "Ten-year Treasury yields climbed 12 basis points this week.",
    "Its stock has lost almost a third of its value since July.",
    "The rand has shed a fifth of its value against the dollar since January.",
    "The brewer's shares have lost half their value this year.",
    "Shares in the miner tumbled as much as 9.5% before recovering.",
    "Wheat futures traded 3% higher in Chicago.",
    "In early trade, the index was down 0.8 per cent at 3,112.",
]


@pytest.mark.parametrize("text", MARKET_MOVES)
def test_a_market_move_stated_as_fact_is_flagged(text: str) -> None:
    assert len(cit004(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "Shares fell 8% in early trading, according to LSEG data.",
        "The index closed 1.2% lower, the exchange said.",
        "Rovers won 3-1, with Jones scoring twice in the last ten minutes.",
        "Tickets are 20% off for members until Friday.",
        "The team lost half of its matches last season.",
        "The bakery sold half its loaves before noon, she said.",
        "The striker scored 45 points in the final, or 30% of his side's total, he said.",
        "Turn the oven down 20 degrees after ten minutes.",
    ],
)
def test_market_move_look_alikes_stay_silent(text: str) -> None:
    assert cit004(text) == [], text


POLL_RESULTS = [
    "Sixty-two percent of respondents said they would pay more for local food.",
    "Forty per cent of teachers say they have considered quitting.",
    "Twenty-eight percent of the county's voters backed the measure.",
    "Fifty-five percent of Canadians now favour a ban on handguns.",
    "Nearly seven in ten Americans now say the economy is getting worse.",
    "A majority of voters, 54%, oppose the new runway.",
    "A clear majority, 61 percent, oppose the closure.",
    "About 45 per cent of those asked said they trusted the police.",
    "Only one in five drivers knew the new speed limit.",
    "Among those polled, 41% favoured a four-day week.",
]


@pytest.mark.parametrize("text", POLL_RESULTS)
def test_a_poll_result_with_no_poll_named_is_flagged(text: str) -> None:
    assert len(cit004(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "Forty per cent of teachers say they have considered quitting, a survey by the NEU found.",
        "A YouGov poll for the Times found voters split on the plan. "
        "Forty-one percent of respondents backed it, while 38% opposed it.",
        "The survey, carried out by Ipsos for the charity, asked 2,000 adults about their diet. "
        "Some 62% of respondents said they ate too much sugar.",
        "We surveyed 1,200 of our readers in March. 64% of them said they read the paper on a phone.",
        "Sixty-five years ago the town had a cinema.",
        "Forty percent whole-wheat flour gives the best crumb.",
        "Twenty-two people attended the first meeting.",
        "Seven in ten of the goals came from set pieces.",
        "Senator Warren said the bill goes too far.",
    ],
)
def test_poll_look_alikes_stay_silent(text: str) -> None:
    assert cit004(text) == [], text


RELEASE_NOTE = (
    "# Tool 3.2 is released\n\n"
    "We are happy to announce Tool 3.2. Run `tool upgrade` to get it, or download it from the site.\n\n"
    "```\n$ tool build ./...\n```\n\n"
    "{sentence}\n\n"
    "The `tool vet` command also learned two new checks.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The new allocator reduces memory use by up to 20%.",
        "This release cuts binary size by 10% on average.",
        "Compiler improvements have reduced build times by about 15%.",
        "The register-based calling convention improves CPU performance by up to 5%.",
        "In microbenchmarks, map operations are up to 60% faster than in 3.1.",
        "The first three rows account for 32.4% of the samples.",
        "About 90% of the cost of the garbage collector is spent marking.",
        "The change lowers tail latency by 30% for most services.",
    ],
)
def test_a_programs_makers_measuring_it_in_a_release_note_stay_silent(sentence: str) -> None:
    assert cit004(RELEASE_NOTE.format(sentence=sentence), "release.md") == [], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "We know that 70% of security bugs come from memory errors.",
        "Sales of the tool rose 40% last year.",
        "Across the industry, 38% of developers use it every day.",
    ],
)
def test_claims_about_the_world_in_a_release_note_stay_flagged(sentence: str) -> None:
    assert len(cit004(RELEASE_NOTE.format(sentence=sentence), "release.md")) == 1, sentence


@pytest.mark.parametrize(
    "text",
    [
        "The retailer said on Tuesday that sales fell in the three months to June. "
        "Like-for-like sales dropped 4.2%, and online sales fell 9%.",
        "According to the Office for National Statistics, inflation eased in May.\n\n"
        "The annual rate fell to 3.4% from 3.9% in April.",
        "Data from the statistics agency showed exports slowed in March.\n\nThe total fell 2.2% to $41 billion.",
        "Kospi data from the Korea Exchange showed a broad sell-off. The index closed 2.1% lower at 2,480.",
        "Figures published by the council show that 1,240 homes were built last year. That is 18% more than in 2023.",
        "Airbus reported its results on Wednesday. Revenue rose 12% to €16.4 billion in the quarter.",
    ],
)
def test_figures_carrying_on_a_sourced_account_stay_silent(text: str) -> None:
    assert cit004(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "The council said the road would close on Monday.\n\nElsewhere, house prices in the county have risen 9% in a year.",
        "Jones was appointed chief executive in March, the bank said.\n\nThe bank's shares have fallen 14% since his appointment.",
        "The mayor opened the new bridge on Friday.\n\nTraffic on the old crossing has dropped 30% since then.",
        "The coroner said she would write to the council.\n\nThe accident rate on the road rose 12% last year.",
    ],
)
def test_a_new_figure_after_an_account_without_figures_is_flagged(text: str) -> None:
    assert len(cit004(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        # money: a valuation, a projection, a shortfall, money brought in, a level reached
        "The deal values the company at about $12 billion.",
        "The new runway would bring in £3.1 billion a year to the regional economy.",
        "The merger is set to save the two firms $1.5 billion in costs.",
        "The scheme will save taxpayers £45 million a year.",
        "Homeowners in the valley face repair bills averaging $18,000.",
        "The county's pension fund is short by $900 million.",
        "Annual sales of electric bikes now top $2 billion in the US.",
        "The festival brought £6.5m into the local economy.",
        "The unemployment rate in the town is almost double the national average, at 8.1%.",
        # time lost or spent, summed over many
        "Ambulance handover delays cost crews 38,000 hours in December.",
        "Strikes lost the economy 2.7 million working days last year.",
        "Drivers in the city wasted an estimated 1.2 million hours in traffic jams.",
        "Teachers spend more than 5,000 hours a year on paperwork at the academy trust.",
        # a source speaking for a clause of its own after the figure
        "Revenue rose 85% to €48 million in 2024, and the company expects to break even next year.",
        "Sales climbed 12% to $3.1 billion, and chief executive Jane Doe said demand remained strong.",
        "The number of visitors jumped 40% to 2.1 million, but the museum's director said funding was still short.",
    ],
)
def test_money_time_lost_and_figures_before_anothers_clause_are_flagged(text: str) -> None:
    assert len(cit004(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "Tickets are priced at $25 for adults.",
        "Under the bill, the minimum wage would go up to $15 by 2028.",
        "The fine will cost him $500.",
        "The top £100,000 earners will pay a higher rate.",
        "The side were short by 3 players for the replay.",
        "The plan, the council said, will save taxpayers £45 million a year.",
        "If approved, the levy would raise $300 million a year.",
        "She spent 20 years at the firm.",
        "The siege lasted 1,000 days.",
        "The castle has stood for 1,000 years.",
        "We spent 1,500 hours building the prototype.",
        "Delays cost crews 38,000 hours in December, NHS England figures show.",
        "Revenue rose 85% to €48 million in 2024, the company said, and it expects to break even next year.",
        "The company said revenue rose 85% to €48 million, and it expects to break even next year.",
        "According to the company, revenue rose 85% to €48 million, and it expects to break even.",
    ],
)
def test_money_and_time_look_alikes_stay_silent(text: str) -> None:
    assert cit004(text) == [], text


def test_a_shared_nationality_carries_no_report_on() -> None:
    """After a report, one shared word carries its account on, but not a word only ever written
    capitalised (a nationality or a name): that is no shared subject."""
    text = (
        "The probe was the heaviest the country has launched, according to the Brazilian Space Agency.\n\n"
        "Exports of Brazilian soybeans to China rose 35% last year."
    )
    assert len(cit004(text)) == 1
    same = text.replace("Exports of Brazilian soybeans to China", "Launches of the Brazilian probe series")
    assert cit004(same.replace("heaviest the country has launched", "heaviest probe the country has launched")) == []


@pytest.mark.parametrize(
    "text",
    [
        # a quantity with its unit written on ("1.2C", "20cm", "1.5km", "424 ppm")
        "Global average temperatures have risen by about 1.2C since pre-industrial times.",
        "Carbon dioxide levels in the atmosphere reached 424 ppm in May.",
        "Sea levels along the coast have risen 20cm since 1900.",
        "The glacier has retreated 1.5km in the past two decades.",
        # a count of things named with a capital inside ("iPhones"), a move with its time between
        "Apple sold 230 million iPhones last year.",
        "Measles cases in the county have tripled this year to 312.",
        # the average one doing what a statistic measures, a gap opened
        "A typical household now pays £1,850 a year for energy.",
        "Rents have outpaced wages by 12 percentage points since 2015.",
    ],
)
def test_units_written_on_and_levels_by_their_verb_are_flagged(text: str) -> None:
    assert len(cit004(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "The forecast is for highs of 24C on Saturday.",
        "The 1.5C target was agreed in Paris in 2015.",
        "He finished the 10km in 31 minutes.",
        "The route climbs 1,200 metres over 20km.",
        "City beat United 3-1 in front of 74,000 at Wembley.",
        "The recipe calls for 500g of flour and two eggs.",
        "Temperatures reached 21C by the afternoon, and medics treated 200 runners for blisters. "
        "No runner needed hospital treatment, a spokeswoman for the organisers said.",
    ],
)
def test_weather_targets_gradients_and_a_spokespersons_paragraph_stay_silent(text: str) -> None:
    assert cit004(text) == [], text


def test_a_published_study_sources_its_paragraph_and_its_counts_run_on() -> None:
    """A study named by where it was published sources its paragraph; a paragraph opening on its
    counts ("Counts of earthworms ...") within two paragraphs carries its account on."""
    text = (
        "Soil life has thinned across the region's farms, according to a study of 800 farms "
        "published on Monday in the journal Nature Food.\n\n"
        "Farms in three of the counties were organic.\n\n"
        "Counts of earthworms dropped by a quarter, from 1.2 million to 900,000."
    )
    assert cit004(text) == []
    said = text.replace(
        "according to a study of 800 farms published on Monday in the journal Nature Food",
        "the mayor said on Monday",
    )
    assert len(cit004(said)) == 1


def test_a_share_in_words_beside_plain_figures_is_read() -> None:
    """A change by a fraction in words counts even beside figures that state none."""
    assert len(cit004("Counts of earthworms dropped by a quarter, from 1.2 million to 900,000.")) == 1
    sampled = "Each sample holds the bottom 100 frames; in about a quarter of the samples the loop ran deeper."
    assert cit004(RELEASE_NOTE.format(sentence=sampled), "release.md") == []


WIRE_RELEASE = (
    "SAN JOSE, Calif., March 3, 2026 /PRNewswire/ -- Acme Corp (NASDAQ: ACME) today announced results "
    "for its fourth quarter.\n\n{sentence}\n"
)
ABOUT_RELEASE = (
    "Acme Corp today announced results for its fourth quarter.\n\n{sentence}\n\nAbout Acme\n\nAcme makes widgets.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Revenue for the quarter was $1.2 billion, up 14% year over year.",
        "Operating margin expanded 210 basis points to 18.4%.",
        "The company shipped 2.3 million units, a 19% increase.",
        "Acme's cloud business grew 41% and now accounts for 35% of total revenue.",
        "Subscription revenue rose 22% to $640 million, driven by enterprise demand.",
    ],
)
def test_a_press_releases_own_figures_stay_silent(sentence: str) -> None:
    assert cit004(WIRE_RELEASE.format(sentence=sentence)) == [], sentence
    assert cit004(ABOUT_RELEASE.format(sentence=sentence)) == [], sentence


def test_an_announcement_reported_in_a_news_story_is_no_press_release() -> None:
    assert (
        len(
            cit004(
                "Acme Corp today announced results.\n\nAnalysts had expected more.\n\nIts shares have fallen 20% this year."
            )
        )
        == 1
    )
    assert (
        len(cit004("SAN JOSE -- Acme Corp on Tuesday announced results.\n\nIts shares fell 12% in early trading.")) == 1
    )
