"""DAT003 on dates read as intervals: weekdays, ages, "N days later", lead orderings, lengths."""

from __future__ import annotations

import datetime as dt

from conftest import audit_text, codes

HEAD = "---\ndate: {date}\n---\n\n"


def dat003(body: str, date: str = "2025-06-06") -> list:
    r = audit_text(HEAD.format(date=date) + body + "\n", "a.md", select=["DAT003"], as_of=dt.date(2026, 11, 23))
    return codes(r, "DAT003")


def test_weekday_that_the_calendar_denies() -> None:
    (f,) = dat003("The council voted on Wednesday, April 29, 2024 to sell the hall.", "2024-04-30")
    assert "29 April 2024 was a Monday, not a Wednesday" in f.message
    (f,) = dat003("Its last round closed on Thursday, April 1, 2025.", "2025-04-15")
    assert "Tuesday" in f.message
    (f,) = dat003("The storm hit on Thursday, Oct. 21, flooding the town.", "2025-10-24")
    assert "21 October 2025 was a Tuesday" in f.message


def test_weekday_that_fits_is_left_alone() -> None:
    assert dat003("The council voted on Monday, April 29, 2024.", "2024-04-30") == []
    assert dat003("Sentencing is due on Tuesday, July 1.", "2025-06-06") == []  # next month, not last year
    assert dat003("The trial opened on Monday, June 2, and closed on Friday 6 June.") == []
    assert dat003("He spoke on Wednesday. April 29 was the deadline.", "2024-04-30") == []


def test_age_that_does_not_fit_the_birth_year() -> None:
    (f,) = dat003("Derek Holloway, 47, who was born in 1971, was convicted of fraud.")
    assert "53 or 54" in f.message and '"born in 1971"' in f.message
    (f,) = dat003("The 34-year-old, born in March 1983, led the team.", "2025-05-20")
    assert "42" in f.message


def test_age_that_fits_or_is_given_for_another_date_is_left_alone() -> None:
    assert dat003("Sandra Pryce, 39, who was born in 1986, was cleared.") == []
    assert dat003("Emma Jones, 30, who was born in August 1995, finished fifth.", "2025-09-17") == []
    assert dat003("In 1998 Smith, 30, who was born in 1968, won the title.") == []
    assert dat003("Smith, 30, and Jones, 41, were both born in 1990.") == []  # whose birth year: a guess


def test_n_days_later_against_the_dates() -> None:
    (f,) = dat003("He opened the account on March 3, 2016. Ten days later, on March 20, he made a transfer.")
    assert "17 days, not 10 days" in f.message and '"Ten days later"' in f.message
    (f,) = dat003("The paper was submitted on February 1, 2025 and accepted six weeks later, on May 2.", "2025-05-20")
    assert "90 days" in f.message


def test_n_days_later_that_fits_is_left_alone() -> None:
    assert dat003("He made a transfer on March 20, 2016. Two weeks later, on April 3, 2016, a deputy complained.") == []
    assert dat003("The galaxy was seen on December 9, 2024. Three months later, in March 2025, it was confirmed.") == []
    assert dat003("She was born in August 1995. Three days later, on September 19, she was named.") == []


def test_lead_ordering_against_the_dates() -> None:
    (f,) = dat003("Days before the election on November 5, Whitford will hold a rally on November 12.", "2024-11-01")
    assert "12 November 2024 is after 5 November 2024" in f.message
    assert dat003("Days before the election on November 5, Whitford held a rally on November 1.", "2024-11-03") == []


def test_shortly_after_an_event_dated_later() -> None:
    (f,) = dat003(
        "The storm made landfall on October 21, shortly after the Met Office issued its red warning on October 23.",
        "2025-10-24",
    )
    assert "after" in f.message


def test_stated_length_against_its_dates() -> None:
    (f,) = dat003("The six-week trial, which began on June 2 and ended on June 6, heard 31 witnesses.")
    assert "5 days, not 6 weeks" in f.message
    (f,) = dat003(
        "Nurses held a three-week strike that began on Monday, February 2 and ended on February 9.", "2026-03-09"
    )
    assert "8 days" in f.message
    assert dat003("The five-day trial, which began on June 2 and ended on June 6, heard 31 witnesses.") == []
    assert dat003("The two-week shutdown from July 1 to July 15 cost millions.", "2025-08-01") == []


def test_weekday_after_its_date() -> None:
    (f,) = dat003("The vote came on March 9, a Saturday, after a long debate.", "2025-03-20")
    assert "9 March 2025 was a Sunday, not a Saturday" in f.message
    assert dat003("The vote came on March 8, a Saturday, after a long debate.", "2025-03-20") == []
    assert dat003("The vote came on March 9 (Sunday) after a long debate.", "2025-03-20") == []


def test_ages_in_other_shapes() -> None:
    (f,) = dat003("The singer, who turned 30 in January, was born in 1990.", "2025-03-10")
    assert "34 or 35" in f.message
    (f,) = dat003("Born in 1961, Okafor is now 70 years old.", "2025-03-10")
    assert "63 or 64" in f.message
    assert dat003("The singer, who turned 35 in January, was born in 1990.", "2025-03-10") == []
    assert dat003("Born in 1961, she won gold at the age of 23 in 1984.", "2025-03-10") == []


def test_the_next_day_against_the_dates() -> None:
    (f,) = dat003("The fire broke out on June 2. The next day, June 5, crews contained it.")
    assert "3 days, not 1 day" in f.message
    assert dat003("The fire broke out on June 2. The next day, June 3, crews contained it.") == []
    assert dat003("The fire broke out on June 2. The next week, on June 10, crews left.") == []


def test_range_of_year_less_days_that_ends_before_it_starts() -> None:
    (f,) = dat003("The exhibition runs from May 20 to May 12 at the town hall.", "2025-03-10")
    assert '"May 20 to May 12"' in f.message
    assert dat003("The exhibition runs from May 12 to May 20 at the town hall.", "2025-03-10") == []
    assert dat003("The festival runs from December 20 to January 5.", "2025-03-10") == []
    assert dat003("Compare May 20 to May 12, when prices were lower.", "2025-03-10") == []


def test_comparisons_and_edition_names_are_not_timelines() -> None:
    assert dat003("Sales grew by a third between 2020 and 2019 figures.", "2021-03-10") == []
    assert dat003("NLL came to Rust 2015 after first being released for Rust 2018.", "2019-11-07") == []
    (f,) = dat003("The bridge was finished in 2015, after work began in 2018.", "2021-03-10")
    assert "2015" in f.message
    (f,) = dat003("The offensive lasted between 2020 and 2019, officials said.", "2021-03-10")
    assert "ends (2019) before it starts (2020)" in f.message


def test_edition_years_named_two_ways() -> None:
    assert dat003("NLL came to Rust 2015 after first being released for the 2018 edition.", "2019-11-07") == []
    (f,) = dat003("The law passed in 2015, after the 2018 election.", "2021-03-10")
    assert "2015" in f.message


def test_anniversary_against_the_founding_year() -> None:
    (f,) = dat003("Opened in 1931, the theatre marked its 90th anniversary in 2019 with a gala.", "2025-03-10")
    assert "2019 - 1931 = 88 years, not 90" in f.message
    (f,) = dat003("The club was formed in 1899.\n\nIt celebrated its centenary in 2001.", "2025-03-10")
    assert "not 100" in f.message and f.related
    assert dat003("Opened in 1931, the theatre marked its 90th anniversary in 2021 with a gala.", "2025-03-10") == []
    assert dat003("The club, formed in 1899, held a centenary dinner in 1999 and 2009.", "2025-03-10") == []
    assert dat003("Founded in 1950, the firm celebrated its 75th anniversary.", "2025-03-10") == []  # no year


def test_lengths_in_years_and_counted_days() -> None:
    (f,) = dat003("The four-year programme, which began in 2015 and ran until 2023, is over.", "2025-03-10")
    assert "about 7 to 9 years, not 4 years" in f.message
    (f,) = dat003("The crew spent 40 days on the ice, arriving on November 30 and leaving on February 3.", "2025-02-18")
    assert "66 days, not 40 days" in f.message
    assert (
        dat003("The crew spent 62 days on the ice, arriving on November 30 and leaving on January 31.", "2025-02-18")
        == []
    )
    assert dat003("The eight-year programme, which began in 2015 and ran until 2023, is over.", "2025-03-10") == []


def test_dates_said_to_be_a_length_apart() -> None:
    (f,) = dat003("The bridge reopened on March 30, a month after it closed on March 20.", "2025-05-14")
    assert "10 days apart, not 1 month" in f.message
    (f,) = dat003("The final was on June 9, two weeks before the semi-final on June 30.", "2025-06-14")
    assert "21 days apart, not 2 weeks" in f.message
    # two year-less days in one sentence belong to one year, even when one is after the article's date
    assert dat003("The final was on June 9, two weeks before the semi-final on June 23.", "2025-06-14") == []
    assert len(dat003("The final was on June 9, two weeks before the semi-final on June 2.", "2025-06-14")) == 1
    assert dat003("The bridge reopened on April 20, a month after it closed on March 20.", "2025-05-14") == []
    assert dat003("The final was on June 2, a week after the semi-final on May 26.", "2025-06-14") == []


def test_ages_as_who_is_and_anniversaries_this_year() -> None:
    (f,) = dat003("The mayor, who is 48, was born in 1961.", "2025-05-14")
    assert "63 or 64" in f.message
    assert dat003("The mayor, who is 63, was born in 1961.", "2025-05-14") == []
    assert dat003("Born in 1961, she now earns 40 percent more.", "2025-05-14") == []
    (f,) = dat003("The firm, founded in 1925, marked its 90th anniversary this year.", "2025-05-14")
    assert "2025 - 1925 = 100 years, not 90" in f.message
    assert dat003("The firm, founded in 1935, marked its 90th anniversary this year.", "2025-05-14") == []


def test_n_days_after_an_event_and_covered_lengths() -> None:
    (f,) = dat003(
        "The pause was agreed on Tuesday, March 18.\n\nTwo days after the pause was agreed, on March 21, a depot burned.",
        "2025-03-25",
    )
    assert "3 days, not 2 days" in f.message
    assert (
        dat003(
            "The pause was agreed on Tuesday, March 18.\n\nThree days after the pause was agreed, on March 21, a depot burned.",
            "2025-03-25",
        )
        == []
    )
    (f,) = dat003("This cap covers three months, from April 1 to September 30.", "2025-03-25")
    assert "183 days, not 3 months" in f.message
    assert dat003("This cap covers six months, from April 1 to September 30.", "2025-03-25") == []


def test_year_less_weekday_takes_the_nearest_year() -> None:
    # 13 May 2025 was a Tuesday, but an article of March 2026 means May 2026 (a Wednesday)
    (f,) = dat003("The company will hold an investor day on Tuesday, May 13.", "2026-03-04")
    assert "Wednesday" in f.message
    assert dat003("The company will hold an investor day on Wednesday, May 13.", "2026-03-04") == []


def test_weekday_against_a_date_inferred_from_a_byline() -> None:
    text = (
        "Buses to go\n\nBy Gemma Hollis\nWednesday 6 November 2024\n\nThe changes take effect on Sunday, January 6.\n"
    )
    r = audit_text(text, "a.txt", select=["DAT003"], as_of=dt.date(2026, 11, 23))
    (f,) = codes(r, "DAT003")
    assert "6 January 2025 was a Monday" in f.message


def test_year_less_weekday_of_next_year_is_left_alone() -> None:
    # an article of September 2025 about May 2026 (19 May 2026 is a Tuesday): any reading within ~10 months
    assert dat003("The conference takes place on Tuesday (19 May) and Wednesday (20 May).", "2025-09-30") == []
    assert dat003("The second day (Wednesday 20 May) will include a project track.", "2025-09-30") == []


def test_length_against_a_range_of_months() -> None:
    (f,) = dat003("A 48-week extension, from September 2024 to March 2025, followed the trial.", "2025-06-06")
    assert "not 48 weeks" in f.message
    assert dat003("A 28-week extension, from September 2024 to March 2025, followed the trial.", "2025-06-06") == []
    assert dat003("He got a five-year sentence for crimes from 2010 to 2012.", "2025-06-06") == []


def test_age_at_a_dated_event_against_the_age_now_or_the_birth_year() -> None:
    (f,) = dat003("Okafor, 46, who set up the firm in 2004 at the age of 19, spoke on Tuesday.", "2025-11-20")
    assert "born 1984 or 1985" in f.message and "the age 46 on 20 November 2025 (born 1978 or 1979)" in f.message
    (f,) = dat003("The architect, who was born in 1988, won her first prize in 2015, when she was 31.", "2025-11-20")
    assert '"when she was 31" in 2015 means born 1983 or 1984' in f.message and '"born in 1988"' in f.message
    (f,) = dat003("Brennan, 52, who first flew solo in 1990, aged 21, retired on Friday.", "2025-03-10")
    assert "born 1968 or 1969" in f.message


def test_age_at_a_dated_event_that_fits_or_is_someone_elses_is_left_alone() -> None:
    assert dat003("Brennan, 52, who first flew solo in 1990, aged 17, retired on Friday.", "2025-03-10") == []
    assert dat003("The architect, born in 1988, won her first prize in 2015, when she was 27.", "2025-11-20") == []
    assert dat003("The mill reopened in 1999, when it was 22 degrees outside.", "2025-03-10") == []
    assert dat003("Reid, 40, and Moss, who joined in 2001 at the age of 19, ran the firm.", "2025-03-10") == []
    assert dat003("Reid, 40, whose father emigrated in 1970 when he was 22, spoke.", "2025-03-10") == []


def test_counted_year_of_something_against_its_start() -> None:
    (f,) = dat003("The survey, now in its 15th year, began in 2012 with 300 sites.", "2024-04-18")
    assert "2024 - 2012 + 1 = 13" in f.message and "not its 15th" in f.message
    (f,) = dat003("The choir was first formed in 1990. It is now in its twentieth year.", "2025-08-14")
    assert "not its 20th" in f.message
    (f,) = dat003("The fair, first held in 2001, marked its 25th anniversary this year.", "2025-08-25")
    assert "2025 - 2001 = 24 years, not 25" in f.message
    assert dat003("The survey, now in its 13th year, began in 2012 with 300 sites.", "2024-04-18") == []
    assert dat003("The survey, now in its 12th year, began in 2012 with 300 sites.", "2024-04-18") == []
    assert dat003("The league, founded in 1992, is in its 10th year in a row of growth.", "2025-08-14") == []
    assert dat003("Launched in 2010, the show is now in its fifth season.", "2025-08-14") == []  # seasons skip years


def test_n_years_later_against_two_years() -> None:
    (f,) = dat003("The depot opened in 2009 and was enlarged 12 years later, in 2019.", "2024-07-08")
    assert "10 years (2019 - 2009), not 12 years" in f.message
    (f,) = dat003("She joined the board in 1998. Five years later, in 2010, she became chair.", "2024-07-08")
    assert "12 years" in f.message
    assert dat003("The depot opened in 2009 and was enlarged 10 years later, in 2019.", "2024-07-08") == []
    assert (
        dat003("She joined in 1998. In 2005 the firm moved. Five years later, in 2010, she left.", "2024-07-08") == []
    )


def test_counted_years_between_a_start_and_an_end_clause() -> None:
    (f,) = dat003("The scheme, which ran for two years from July 2022 until Moscow quit it in July 2023, ended.")
    assert '"for two years" does not fit its dates' in f.message and "about 1 year" in f.message
    assert dat003("He lived there for two years from 2019 until the family moved in 2021.") == []
    assert dat003("The loan runs for ten years from 2020, until it is repaid in 2030.") == []


def test_event_dated_earlier_in_the_story_against_a_later_after() -> None:
    lead = "Iran launched a rocket from the spaceport on Thursday, December 5, officials said.\n\n"
    (f,) = dat003(lead + "The launch came three weeks after a failed test of its engine on November 21.", "2024-12-06")
    assert '3 weeks after "November 21"' in f.message and "14 days after" in f.message
    (f,) = dat003(lead + "The launch came shortly after the minister visited the site on December 9.", "2024-12-10")
    assert 'said to come after "December 9"' in f.message
    assert (
        dat003(lead + "The launch came two weeks after a failed test of its engine on November 21.", "2024-12-06") == []
    )
    assert (
        dat003(lead + "The launch came shortly after the minister visited the site on December 2.", "2024-12-10") == []
    )
    (f,) = dat003(
        "Staff voted on March 3 to strike. The vote came a week before talks collapsed on March 20.", "2026-03-14"
    )
    assert "17 days before" in f.message


def test_a_term_that_ends_or_steps_on_before_it_begins() -> None:
    (f,) = dat003("Her term began in March 2021 and ended in January 2020.")
    assert '"ended in January 2020" is dated before "began in March 2021"' in f.message
    (f,) = dat003("The lease, signed in 2018, expired in 2016.")
    assert "2016 against 2018" in f.message
    (f,) = dat003("The walkout started on May 5 and ended on May 2, union officials said.")
    assert "2 May 2025 against 5 May 2025" in f.message
    (f,) = dat003("He was first elected in 2015 and re-elected in 2012.")
    assert "comes after" in f.message


def test_a_term_in_order_or_two_peoples_dates_are_left_alone() -> None:
    assert dat003("Her term began in March 2021 and ended in January 2024.") == []
    assert dat003("The walkout started on December 28 and ended on January 3.", "2025-01-20") == []
    assert dat003("Patel joined in 2015, and Moss left in 2010.") == []
    assert dat003("The plant opened in 2019 after the old one closed in 2012.") == []
    assert dat003("The lease was signed in 2018; its predecessor expired in 2016.") == []


def test_an_age_told_as_was_n_when() -> None:
    (f,) = dat003("Ibsen, now 61, was 30 when he founded the firm in 2001.", "2025-06-20")
    assert "born 1970 or 1971" in f.message and "the age 61" in f.message
    assert dat003("Ibsen, now 61, was 37 when he founded the firm in 2001.", "2025-06-20") == []


def test_years_said_to_be_a_length_apart() -> None:
    (f,) = dat003("The club was relegated in 2018, two years after winning the league in 2012.")
    assert "2018 - 2012 = 6 years, not 2" in f.message
    (f,) = dat003("In 2019, five years after the referendum in 2016, the party split.")
    assert "3 years, not 5" in f.message
    (f,) = dat003("The treaty was signed in 1994, a decade after talks began in 1994.")
    assert "0 years, not 10" in f.message
    assert dat003("The club was relegated in 2018, six years after winning the league in 2012.") == []
    assert dat003("In 2021, five years after the referendum in 2016, the party split.") == []


def test_a_present_perfect_length_since_a_dated_start() -> None:
    (f,) = dat003("The mill, which opened in 1990, has produced steel for 20 years.", "2025-06-20")
    assert "34 or 35 years, not 20" in f.message
    assert dat003("The mill, which opened in 1990, has produced steel for 35 years.", "2025-06-20") == []
    assert dat003("The mill, which opened in 1990, has produced steel for more than 30 years.", "2025-06-20") == []
    assert dat003("The mill opened in 1990; Reid has worked there for 20 years.", "2025-06-20") == []


def test_a_counted_length_after_the_dates_that_bound_it() -> None:
    (f,) = dat003("The summit, held from March 3 to March 5, lasted a week.", "2025-06-20")
    assert "3 days, not 1 week" in f.message
    assert dat003("The summit, held from March 3 to March 9, lasted a week.", "2025-06-20") == []
    assert dat003("The fair ran from March 3 to March 5, and the festival lasted a week.", "2025-06-20") == []


def test_the_ordinal_words_pattern_matches_exactly_the_ordinal_words() -> None:
    """_ORD_WORDS is the grammar of _ORDINALS: the same words, none the start of another, so the
    anniversary patterns match what the list of 93 alternatives matched."""
    import re

    from auditor.language import timeline

    words = set(timeline._ORDINALS)
    assert not [(a, b) for a in words for b in words if a != b and b.startswith(a)]
    full = re.compile(r"(?:" + timeline._ORD_WORDS + r")", re.I)
    tens, units = list(timeline._TENS), list(timeline._UNIT_ORD)
    near = {t + e for t in tens for e in ("ieth", "y", "y-", "ies", "eth")} | {f"{t}y-{u}" for t in tens for u in units}
    near |= {w[:-1] for w in words} | {w + "s" for w in words} | {"one-" + w for w in words} | {"two-hundredth"}
    for candidate in sorted(words | near):
        assert bool(full.fullmatch(candidate)) == (candidate in words), candidate
        assert bool(full.fullmatch(candidate.upper())) == (candidate in words), candidate
    old = re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\s+(?:anniversary|year)\b", re.I)
    new = re.compile(r"\b(?:" + timeline._ORD_WORDS + r")\s+(?:anniversary|year)\b", re.I)
    text = " ".join(f"its {c} year, the {c.title()} anniversary;" for c in sorted(words | near))
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_a_weekday_abbreviated_or_with_a_bare_day_of_the_month() -> None:
    (f,) = dat003("The Wed., Nov. 11 session was cancelled.", "2025-11-20")
    assert "11 November 2025 was a Tuesday, not a Wednesday" in f.message
    (f,) = dat003("On Wednesday, the 11th of November, ministers signed the deal.", "2025-11-20")
    assert "Tuesday, not a Wednesday" in f.message
    (f,) = dat003("Ministers met on Wednesday the 11th to sign the deal.", "2025-11-20")
    assert "11 November 2025 was a Tuesday" in f.message and "11 October 2025 was a Saturday" in f.message
    (f,) = dat003("Wednesday's vote on the 11th drew a large crowd.", "2025-11-20")
    assert '"Wednesday\'s vote on the 11th"' in f.message


def test_a_weekday_with_a_day_that_fits_some_near_month_is_left_alone() -> None:
    assert dat003("Ministers met on Tuesday the 11th to sign the deal.", "2025-11-20") == []
    assert dat003("Tuesday's vote on the 11th drew a large crowd.", "2025-11-20") == []
    assert dat003("Ministers met on Saturday the 11th to sign the deal.", "2025-11-20") == []  # 11 October
    assert dat003("On Saturday, the 11th seed lost in straight sets.", "2025-11-20") == []
    assert dat003("The Thu., Nov. 13 session was cancelled.", "2025-11-20") == []
    assert dat003("The Sun, 11 November, led with the story.", "2025-11-20") == []  # a newspaper
    (f,) = dat003("The vote was held on the 11th, a Wednesday, after a long debate.", "2025-11-20")
    assert "11 November 2025 was a Tuesday" in f.message
    assert dat003("The vote was held on the 11th, a Tuesday, after a long debate.", "2025-11-20") == []
    assert dat003("Fans joked that the final fell on Friday the 13th.", "2025-11-20") == []


def test_a_life_in_brackets_against_the_age_at_death() -> None:
    (f,) = dat003("Margaret Ellis (3 May 1940 - 14 October 2025) died aged 82.", "2025-11-20")
    assert "born on 3 May 1940 who died on 14 October 2025 was 85" in f.message and '"died aged 82"' in f.message
    (f,) = dat003("Tom Reyes (1938-2025) was a printer. He died at 83 after a short illness.", "2025-11-20")
    assert "86 or 87" in f.message
    assert dat003("Margaret Ellis (3 May 1940 - 14 October 2025) died aged 85.", "2025-11-20") == []
    assert dat003("Tom Reyes (1938-2025) was a printer. He died at 86 after a short illness.", "2025-11-20") == []
    assert dat003("Tom Reyes (1938-2025) died at home at 3pm on Sunday.", "2025-11-20") == []
    assert dat003("Former mayor John Smith (2001-2009) died aged 76.", "2025-11-20") == []  # a term


def test_an_age_in_the_sentence_next_to_the_birth_year() -> None:
    (f,) = dat003("Okafor, 52, grew up in Lagos. He was born in 1961 to a family of traders.", "2025-11-20")
    assert "63 or 64" in f.message
    (f,) = dat003("Okafor was born in 1961 in Lagos. In 2010, aged 55, he became mayor.", "2025-11-20")
    assert "born 1954 or 1955" in f.message
    (f,) = dat003("Ellis, born on 30 December 1960, is 65.", "2025-11-20")  # her birthday is still to come
    assert "64" in f.message


def test_an_age_next_to_someone_elses_birth_year_or_that_fits_is_left_alone() -> None:
    assert dat003("Okafor, 64, grew up in Lagos. He was born in 1961 to a family of traders.", "2025-11-20") == []
    assert dat003("Okafor was born in 1961 in Lagos. In 2010, aged 49, he became mayor.", "2025-11-20") == []
    assert dat003("Okafor was born in 1961. His daughter, 30, runs the firm.", "2025-11-20") == []
    assert dat003("Okafor was born in 1961. Adeyemi, 52, runs the firm with him.", "2025-11-20") == []
    assert dat003("Okafor was born in 1961. Adeyemi, 52, said he would stay.", "2025-11-20") == []
    assert dat003("Ellis, born on 30 December 1960, is 64.", "2025-11-20") == []
    assert dat003("Ellis, born on 30 December 1960, is 64, and her son is 40.", "2025-11-20") == []


def test_a_span_closed_by_a_clause_and_shortly_before_an_event_dated_earlier() -> None:
    (f,) = dat003("She was chief executive from 2016 until she stepped down in 2012.", "2025-11-20")
    assert "ends (2012) before it starts (2016)" in f.message
    assert dat003("She was chief executive from 2016 until she stepped down in 2019.", "2025-11-20") == []
    text = "The plant closed on 12 March. Shortly before the closure, on 15 March, the union issued a statement."
    (f,) = dat003(text, "2025-11-20")
    assert "12 March" in f.message and "15 March" in f.message
    assert dat003(text.replace("15 March", "10 March"), "2025-11-20") == []
    text = "The town elected a new council on 5 May. Days before the election, on 9 May, the party split."
    assert len(dat003(text, "2025-11-20")) == 1
    assert dat003(text.replace("9 May", "1 May"), "2025-11-20") == []


def test_n_days_after_an_event_the_story_dated_earlier() -> None:
    text = (
        "The ceasefire was agreed on Tuesday, 4 March. Shelling eased on 6 March. "
        "Three days after the ceasefire took effect, on 12 March, shelling resumed."
    )
    (f,) = dat003(text, "2025-03-20")
    assert '"4 March" to "12 March" is 8 days, not 3 days' in f.message
    assert dat003(text.replace("Three days", "Eight days"), "2025-03-20") == []


def test_a_past_perfect_length_up_to_an_event() -> None:
    text = "The ferry firm collapsed on 3 March 2025. Ferrolink, founded in 2009, had sailed for 20 years before its collapse."
    (f,) = dat003(text, "2025-03-20")
    assert "15 or 16 years, not 20" in f.message
    assert dat003(text.replace("20 years", "16 years"), "2025-03-20") == []
    (f,) = dat003("The mill, which opened in 1990, had produced steel for 20 years when it shut in 2024.", "2025-03-20")
    assert "33 or 34 years" in f.message
    assert (
        dat003("The mill opened in 1990; Reid had worked there for 20 years when it shut in 2024.", "2025-03-20") == []
    )


def test_more_shapes_of_weekdays_ranges_lengths_and_ages() -> None:
    (f,) = dat003("The vote, held on October 16 (a Wednesday), was close.", "2025-11-20")
    assert "16 October 2025 was a Thursday, not a Wednesday" in f.message
    assert dat003("The vote, held on October 16 (a Thursday), was close.", "2025-11-20") == []
    (f,) = dat003("The bridge was closed between 14 and 9 March.", "2025-11-20")
    assert "ends (9 March) before it starts" in f.message
    assert dat003("The bridge was closed between 9 and 14 March.", "2025-11-20") == []
    (f,) = dat003("The talks began on 1 May. Ten days on, on 20 May, they collapsed.", "2025-11-20")
    assert "19 days, not 10 days" in f.message
    assert dat003("The talks began on 1 May. Ten days on, on 11 May, they collapsed.", "2025-11-20") == []
    (f,) = dat003("Over the 10 days from 3 to 8 June, crews cleared the site.", "2025-11-20")
    assert "6 days, not 10 days" in f.message
    assert dat003("Over the 6 days from 3 to 8 June, crews cleared the site.", "2025-11-20") == []
    (f,) = dat003("Jones, who celebrated her 50th birthday in June, was born in 1970.", "2025-11-20")
    assert "54 or 55" in f.message
    assert dat003("Jones, who celebrated her 55th birthday in June, was born in 1970.", "2025-11-20") == []


def test_a_phase_with_its_object_and_two_things_phased_apart() -> None:
    (f,) = dat003("He joined the firm in 2015 and left it in 2012.", "2025-11-20")
    assert '"left it in 2012"' in f.message
    assert dat003("She joined the board in 2017 and left it in 2019.", "2025-11-20") == []
    assert dat003("He left the firm in 2015 and joined the board in 2017.", "2025-11-20") == []
    (f,) = dat003("The lease, which started in 2020, ran out in 2018.", "2025-11-20")
    assert "2018" in f.message
    assert dat003("The lease, which started in 2016, ran out in 2018.", "2025-11-20") == []


def test_a_weekday_and_the_date_the_next_sentence_gives_its_event() -> None:
    (f,) = dat003(
        "Councillors voted on Thursday to close the depot. The vote, held on 11 November, was close.", "2025-11-20"
    )
    assert "11 November 2025 was a Tuesday, not a Thursday" in f.message and '"on Thursday"' in f.message
    (f,) = dat003("Officials met on Friday in Leeds. That meeting, on 11 November, ended without a deal.", "2025-11-20")
    assert "meeting" in f.message
    assert (
        dat003(
            "Councillors voted on Tuesday to close the depot. The vote, held on 11 November, was close.", "2025-11-20"
        )
        == []
    )
    assert dat003("The union struck on Monday. The hearing, set for 14 November, was moved.", "2025-11-20") == []
    text = "Councillors voted on Wednesday to close the depot. The vote on 11 December will settle it."
    assert dat003(text, "2025-11-20") == []
    assert dat003(text.replace(" will settle", " settled"), "2025-11-20") == []  # another week


def test_bracketed_ages_obituaries_and_lengths_between_their_dates() -> None:
    (f,) = dat003("Smith (52), born 1961, took over in May.", "2025-11-20")
    assert "63 or 64" in f.message
    assert dat003("Smith (64), born 1961, took over in May.", "2025-11-20") == []
    (f,) = dat003("Ellis died on Sunday aged 79. Born in Leeds in 1940, she trained as a nurse.", "2025-11-20")
    assert "84 or 85" in f.message
    assert dat003("Ellis died on Sunday aged 85. Born in Leeds in 1940, she trained as a nurse.", "2025-11-20") == []
    (f,) = dat003("The strike, which began on 3 March and lasted a fortnight, ended on 28 March.", "2025-11-20")
    assert "26 days" in f.message
    (f,) = dat003("The exhibition opens on 12 May and runs for three weeks, closing on 14 June.", "2025-03-20")
    assert "34 days" in f.message
    assert dat003("The exhibition opens on 12 May and runs for three weeks, closing on 2 June.", "2025-03-20") == []
    assert dat003("The strike began on 3 March and lasted a fortnight; talks ended on 28 March.", "2025-11-20") == []


def test_months_said_to_be_a_length_apart() -> None:
    (f,) = dat003("The shop closed in March 2024, barely a year after it opened in June 2021.", "2025-11-20")
    assert "not 1 year" in f.message
    assert dat003("The shop closed in March 2024, barely a year after it opened in April 2023.", "2025-11-20") == []
    assert dat003("He resigned in March 2019, a year before he was elected in March 2020.", "2025-11-20") == []


def test_year_less_weekday_is_not_read_against_the_runs_as_of_date() -> None:
    # An undated 2019 press release audited with --as-of: the year is the run's, not the article's, so
    # "Monday, March 18" says nothing wrong (18 March 2019 was a Monday).
    from auditor.config import Config

    text = "Charges dismissed\n\nOn Monday, March 18, the office dismissed the charges against three officers.\n"
    cfg = Config(as_of=dt.date(2026, 12, 3))
    r = audit_text(text, "a.txt", select=["DAT003"], as_of=dt.date(2026, 12, 3), config=cfg)
    assert codes(r, "DAT003") == []
    # the same day with the article's own date is checked: 18 March 2025 was a Tuesday
    assert dat003("On Monday, March 18, the office dismissed the charges.", "2025-03-20") != []
    assert dat003("On Monday, March 18, the office dismissed the charges.", "2024-03-20") == []


def test_year_less_weekday_against_a_date_guessed_from_the_text_takes_any_of_three_years() -> None:
    # No dateline; the latest complete date in the text (a later update) is only a guess at the article's
    # date, so "Tuesday, July 8" fits 2025 and is left alone; "Saturday, July 8" fits none of 2025-2027.
    body = (
        "Expunction expo\n\nThe expo will be held on {day}, July 8, at the county courthouse. "
        "Registration closed on January 10, 2026, the office said.\n"
    )
    ok = audit_text(body.format(day="Tuesday"), "a.txt", select=["DAT003"], as_of=dt.date(2026, 11, 23))
    assert codes(ok, "DAT003") == []
    bad = audit_text(body.format(day="Saturday"), "a.txt", select=["DAT003"], as_of=dt.date(2026, 11, 23))
    (f,) = codes(bad, "DAT003")
    assert "not a Saturday" in f.message
