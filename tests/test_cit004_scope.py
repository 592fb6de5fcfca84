"""CIT004: a source speaks for what it says, not for its whole paragraph; and figure kinds told in
other forms (a gap to a reference, a fraction of a whole, a count in words, an estimate's duration).

Each kind has phrasings that must be flagged and look-alikes that must stay silent."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def cit004(text: str) -> list[str]:
    r = audit_text(text, select=["CIT004"])
    return [r.doc.snippet(f.span) for f in codes(r, "CIT004")]


# A statistic of another thing beside a source of the paragraph that does not speak for it.
@pytest.mark.parametrize(
    "text",
    [
        "Its margin of 3.7% was the lowest for a second quarter since 2019, LSEG data showed. "
        "Hard discounters now take 47% of German grocery spending, up from 41% five years ago.",
        "Farmers east of the city say they have not been able to irrigate since the spring. "
        "Water use in the province has risen by 40% since 2000, driven by steel plants.",
        "Researchers who have counted the lake's birds said the cranes could arrive early. "
        "Porpoise numbers in the lake have fallen by a quarter since 2020.",
        "Reported investment fraud in England and Wales rose 17% last year, to more than 9,000 cases. "
        "The Court of Appeal said off-plan fraud should be treated as a breach of trust.",
        "Ticket prices for major exhibitions have risen 40% since 2019. "
        'The critic Ann Lowe called the show "a late and overdue reckoning".',
        'The species\' global population has fallen by roughly a third since 1990. "It is a worry," Dr Berg said.',
    ],
)
def test_a_paragraph_source_does_not_vouch_for_another_statistic(text: str) -> None:
    assert len(cit004(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        # a continuation of the sourced sentence
        "The consultation drew 1,312 responses, the consultation report shows. Of those, 58% opposed any rise.",
        # the same subject, before or after
        "The museum said 32,000 tickets had been sold. Museum attendance has risen 40% since 2019.",
        "Unemployment rose to 5.2% in March, the ONS said. Unemployment among young people rose by 12%.",
        "Sales at the chain rose 12% to £45m in the year. Jane Doe, the chain's chief executive, said demand was strong.",
        # a source after that gives figures itself
        "Unemployment has risen 12% since March. The rate for young people is 14.1%, the ONS said.",
        # a sentence opening on the account before
        "Brightwell said revenue was flat. Its operating profit fell 31% to €72m.",
    ],
)
def test_a_paragraph_source_still_vouches_for_its_own_account(text: str) -> None:
    assert cit004(text) == [], text


# Figures told in other forms.
@pytest.mark.parametrize(
    "text",
    [
        "Norovirus lab reports in England are running 38% above the five-year average.",
        "Passenger numbers on the network are still 12% below their level before the pandemic.",
        "Hospital admissions are 20% above normal for the time of year.",
        "North Korea spends about a quarter of its national income on its armed forces.",
        "The country imports half of its electricity.",
        "Her novels sold more than four million copies in 19 languages.",
        "The festival drew two million visitors last summer.",
        "A third of 12-year-olds now spend more than five hours a day on their phones.",
        "Industry surveys put the average developer's daily wait for CI at 40 minutes.",
        "Insurers expect claims from the storm to reach about £120m.",
        "Russia recorded more than 1,200 deaths in industrial accidents last year, up 9% on the year before.",
    ],
)
def test_figures_in_other_forms_are_flagged(text: str) -> None:
    assert len(cit004(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "The homes will be let at 20% below market rents.",  # a plan
        "Half of its length runs underground.",  # not a statistic's whole
        "She spent a third of the time abroad.",
        "It felt a million miles away.",  # an idiom
        "The city is home to two million people.",  # what a place holds
        "The siege lasted for 40 days.",  # a duration told
        "The Russian statistics agency recorded 1,200 deaths.",  # a named keeper
        "The 1,300-km flight suggests the missile could reach the continental United States.",  # a modifier
        "Few companies can respond to 1,500 page documents.",
        "The job cuts, about 15% of the group's 12,400 staff, will fall on the head office, the chief "
        "executive, Lotte Brandt, told analysts on a call.",  # told its audience
    ],
)
def test_look_alikes_of_those_forms_stay_silent(text: str) -> None:
    assert cit004(text) == [], text


def test_the_writers_own_sums_and_things_stay_silent() -> None:
    vote = (
        "The motion passed by 27 votes to 14, with three abstentions. That is about two-thirds of the "
        "councillors who voted, and a comfortable margin for the ruling group."
    )
    assert cit004(vote) == []
    blog = (
        "We run 4,000 builds a day. Our monthly CI bill before the move was $63,000.\n\n"
        "Median build time fell from 24 minutes to 9 minutes. The bill is now $38,000 a month, about 40% "
        "lower than before."
    )
    assert cit004(blog) == []


def test_an_own_survey_vouches_only_for_what_follows_it() -> None:
    text = (
        "A third of 12-year-olds now spend more than five hours a day on their phones.\n\n"
        "Our own staff survey, in which 61 of our 74 teachers took part, found that nine in ten felt lessons "
        "had become calmer. Half of our teachers said pupils were calmer at break."
    )
    found = cit004(text)
    assert len(found) == 1 and "third of 12-year-olds" in found[0]


def test_parts_of_a_sourced_total_and_a_list_under_a_sourced_intro_stay_silent() -> None:
    parts = (
        "Brightwell will cut 1,200 jobs, the company said.\n\n"
        "Of the 1,200 roles, 700 are in administration and 500 in the group's three distribution centres."
    )
    assert cit004(parts) == []
    listed = (
        "Chia seeds are the new kale, according to Google's parsing of this year's searches.\n\n"
        "Some of the other data points include:\n\n"
        "Pizza was searched more than the World Cup.\n\n"
        "Nine million people watched a tiny hamster eating a tiny burrito."
    )
    assert cit004(listed) == []
    unsourced_intro = "Some of the data points include:\n\nNine million people watched a hamster eating a burrito."
    assert len(cit004(unsourced_intro)) == 1


def test_makers_measuring_their_program_after_the_figure_stay_silent() -> None:
    text = (
        "```go\nfunc main() {}\n```\n\nWe rewrote the linker this year, and `go build` got faster.\n\n"
        "```go\nfmt.Println(1)\n```\n\nThe new linker made builds run 20% faster and use 30% less memory on average."
    )
    assert cit004(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "We rebuilt the site this year. On average, gsa.gov receives more than 5 million page views a month.",
        "We launched Notify.gov in 2023. Our pilot partners have sent over 60,000 messages using it.",
        "The map shows crime statistics for each of the 50 states.",
        "Our work with defense and intelligence agencies has already generated hundreds of millions of dollars in savings.",
        "Staff may spend part of their week (for example, up to 20 percent time) on projects elsewhere.",
    ],
)
def test_first_party_usage_known_sets_and_examples_stay_silent(text: str) -> None:
    assert cit004(text) == [], text


def test_a_products_usage_in_a_news_story_is_still_flagged() -> None:
    assert len(cit004("The government's website receives more than 5 million page views a month.")) == 1


def test_a_caption_with_a_vague_magnitude_is_no_claim() -> None:
    assert cit004("OSBU's original vendor forecast featured thousands of rows of complex data") == []
    assert len(cit004("Intelligence services estimate that thousands of soldiers have crossed the border.")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Like many systems, cybersecurity follows an 80-20 rule: 80 percent of the benefit comes from 20 percent of the work.",
        "All entities that spend $750,000 or more in federal grant funds in a fiscal year must submit an audit.",
        "Firms with 250 or more employees are required to publish their gender pay gap.",
        "Storage space is an issue in the Baltic nation, comprised of a mainland and 1,500 islands and islets.",
        "The archipelago consists of more than 7,000 islands.",
    ],
)
def test_rules_of_thumb_thresholds_and_compositions_stay_silent(text: str) -> None:
    assert cit004(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Spending on audits rose 12% to $750,000 last year.",
        "The country lost more than 7,000 jobs in manufacturing last year.",
    ],
)
def test_measured_look_alikes_of_rules_and_compositions_are_flagged(text: str) -> None:
    assert len(cit004(text)) == 1, text


# Continuations of a sourced paragraph (issue 13): a source named before its figures, or a figure
# pointing back to the source's subject, speaks for the figures that follow it in its paragraph.
@pytest.mark.parametrize(
    "text",
    [
        # a second figure from the same report
        "Shell said profit fell to $6.3 billion in the quarter. Output from its gas fields dropped 8%, and "
        "refining margins shrank by a third.",
        "The union said 4,000 nurses voted in the ballot. Turnout was 62%, and 89% backed strikes.",
        "The airline said it carried 4.2 million passengers in the quarter. Revenue rose 14% to $1.9 billion, "
        "and its load factor reached 86%.",
        # a figure that elaborates the source's statement; a list of the source's numbers
        "According to the ministry, exports rose 12% in September. Shipments to China jumped 21%, while those "
        "to Europe slipped 3%.",
        "Police said 14 people were arrested at the protest. More than 2,000 demonstrators marched through the centre.",
        # attributed by "the report also found", whatever names the report
        "The Resolution Foundation said 2.4 million households were behind on bills. The think tank's analysis "
        "also showed that 38% of renters had cut back on food.",
        # a source after its figures, the next figure pointing back to its subject
        "Profit fell to $6.3 billion in the quarter, Shell said. Output from its gas fields dropped 8%.",
    ],
)
def test_continuations_of_a_sourced_paragraph_stay_silent(text: str) -> None:
    assert cit004(text) == [], text


# Look-alikes: beside a source that gave figures, a statistic of a place or a whole, of a nation, or a
# long-run change is the writer's background, which needs a source of its own.
@pytest.mark.parametrize(
    "text",
    [
        "The airline said it carried 4.2 million passengers in the quarter. Global air traffic rose 9% over "
        "the same months.",
        "Aldi said its margin was 3.7% in the quarter. Hard discounters now take 47% of German grocery "
        "spending, up from 41% in 2019.",
        "The mayor said 300 officers were hired this year. Knife crime has risen 40% since 2019.",
        "Tesco said like-for-like sales rose 4% in the quarter. Food prices in Britain rose 12% over the year.",
        "The charity said it helped 52,000 families last year. Child poverty has risen by a fifth over the past decade.",
        "The charity said it helped 52,000 families last year. Rents have risen 30% in five years.",
    ],
)
def test_background_statistics_beside_a_sourced_account_are_flagged(text: str) -> None:
    assert len(cit004(text)) == 1, text
