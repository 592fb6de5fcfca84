"""DAT001-DAT004: what they must flag and what they must leave alone."""

from __future__ import annotations

import datetime as dt

from conftest import audit_seed, audit_text, codes

from auditor.config import Config
from auditor.model import Severity

OLD = "https://www.example-news.com/world/2022/04/19/border-tension"


def dat(text: str, path: str = "a.txt", code: str = "DAT", as_of: dt.date | None = None, **options):
    cfg = Config()
    cfg.as_of = as_of
    if options:
        cfg.sections = {"rules": {code: options}}
    return audit_text(text, path, select=["DAT"], config=cfg, as_of=as_of or dt.date(2026, 11, 23))


def msgs(result, code: str) -> list[str]:
    return [f.message for f in codes(result, code)]


# ------------------------------------------------------------------ DAT001


def test_stale_citation_in_a_citing_sentence() -> None:
    r = dat(f"Ukrainian troops held parts of Kursk from August 2024 to spring 2025 [1].\n\n[1] {OLD}\n")
    (f,) = codes(r, "DAT001")
    assert "19 April 2022" in f.message and "the text dates the events it is cited for to 2024-2025" in f.message
    assert r.doc.snippet(f.span) == OLD
    assert [r.doc.snippet(s) for s in f.related] == [
        "Ukrainian troops held parts of Kursk from August 2024 to spring 2025 [1]."
    ]


def test_stale_inline_markdown_link_and_paragraph_fallback() -> None:
    text = f"Shelling resumed in March 2025 near the border.\nOfficials [confirmed]({OLD}) the damage.\n"
    r = dat(text, "a.md")
    assert len(codes(r, "DAT001")) == 1


def test_stale_from_reference_entry_text() -> None:
    r = dat("The offensive began in August 2024 [1].\n\n[1] Reuters, 19 April 2022. https://www.reuters.com/world/x\n")
    (f,) = codes(r, "DAT001")
    assert "dated 19 April 2022 (from the reference entry)" in f.message


def test_background_framing_is_not_flagged() -> None:
    for sentence in (
        "In a 2019 report, Reuters found that the port was busy, as it still was in 2025 [1].",
        "As early as 2021, officials warned of troop transfers, which began in August 2024 [1].",
        "In 2022, Reuters reported that Pyongyang would send workers; they arrived in June 2025 [1].",
        "Reuters previously reported that North Korea sends workers abroad [1]. They arrived in June 2025.",
    ):
        url = "https://www.example-news.com/world/2019/04/19/x" if "2019" in sentence else OLD
        r = dat(f"{sentence}\n\n[1] {url}\n")
        assert codes(r, "DAT001") == [], sentence


def test_old_source_for_old_fact_is_not_flagged() -> None:
    r = dat("Russia annexed Crimea in March 2014 [1].\n\n[1] https://www.example-news.com/world/2014/03/18/crimea\n")
    assert codes(r, "DAT001") == []
    r = dat(f"The deal, first agreed in 2021, was extended in 2025 [1].\n\n[1] {OLD}\n")
    assert codes(r, "DAT001") == []


def test_a_year_folder_or_a_documents_year_dates_an_old_source() -> None:
    fm = "---\ndate: 2025-11-20\n---\n\nExports rose 8% in October 2025 [1].\n\n[1] "
    for url in (
        "https://www.example-stats.org/reports/2019/export-figures",
        "https://www.example-stats.org/files/export_figures_2019.pdf",
        "https://www.example-stats.org/files/export-survey-march-2019.pdf",
    ):
        (f,) = codes(dat(fm + url + "\n", "a.md"), "DAT001")
        assert "from the year its URL names" in f.message and "2019" in f.message, url


def test_a_slugs_year_or_a_year_folder_to_come_is_no_date_of_the_page() -> None:
    fm = "---\ndate: 2025-11-20\n---\n\n"
    # "interactive-2015": the event the page is about, cited for that event's past
    text = (
        fm
        + "A decade after [the first summit was announced](https://example.org/news/summit-2015), it returned in 2025.\n"
    )
    assert codes(dat(text, "a.md"), "DAT001") == []
    text = (
        fm
        + "Tickets for next year's fair are on sale [1].\n\n[1] https://example.org/events/2026/programme-and-tickets\n"
    )
    assert codes(dat(text, "a.md"), "DAT002") == []
    text = fm + "Exports rose 8% in 2019 [1].\n\n[1] https://www.example-stats.org/reports/2019/export-figures\n"
    assert codes(dat(text, "a.md"), "DAT001") == []


def test_plans_and_undated_sentences_are_not_flagged() -> None:
    assert codes(dat(f"The bridge will open in 2030 [1].\n\n[1] {OLD}\n"), "DAT001") == []
    assert codes(dat(f"Officials confirmed the damage [1].\n\n[1] {OLD}\n"), "DAT001") == []


def test_threshold_is_configurable() -> None:
    text = f"Shelling resumed in March 2023 [1].\n\n[1] {OLD}\n"
    assert len(codes(dat(text), "DAT001")) == 0  # 11 months: within the default year
    text = f"Shelling resumed in August 2023 [1].\n\n[1] {OLD}\n"
    assert len(codes(dat(text), "DAT001")) == 1
    assert codes(dat(text, code="DAT001", **{"max-age-days": 800}), "DAT001") == []


# ------------------------------------------------------------------ DAT002


def test_future_citation_against_front_matter() -> None:
    text = (
        "---\ndate: 2024-05-02\n---\nOfficials confirmed the deal [1].\n\n[1] https://x.example.com/2025/03/14/deal\n"
    )
    (f,) = codes(dat(text, "a.md"), "DAT002")
    assert "14 March 2025" in f.message and "2 May 2024" in f.message and "front matter" in f.message
    ok = text.replace("2024-05-02", "2025-05-02")
    assert codes(dat(ok, "a.md"), "DAT002") == []


def test_future_citation_against_the_run_date() -> None:
    text = "Officials confirmed the deal [1].\n\n[1] https://x.example.com/2027/01/05/deal\n"
    (f,) = codes(dat(text), "DAT002")
    assert "today" in f.message
    r = dat(text.replace("2027/01/05", "2026/01/05"))
    assert codes(r, "DAT002") == []


def test_no_future_citation_against_an_inferred_date() -> None:
    text = "The plant closed on 4 May 2019 [1].\n\n[1] https://x.example.com/2023/01/05/plant\n"
    assert codes(dat(text), "DAT002") == []


def test_an_event_page_dated_by_its_event_is_not_a_future_citation() -> None:
    head = "---\ndate: 2022-04-12\n---\n"
    meeting = (
        head + "The next meeting will take place on Monday, 2022-04-18 at 9pm. You will find the full "
        "details [on the website](https://team.example.org/meetings/2022-04-18.html).\n"
    )
    assert codes(dat(meeting, "a.md"), "DAT002") == []
    no_year = (
        head + "The design meeting will be on [April 18th](https://calendar.example.org/UTC/2022-04-18/17:00/x).\n"
    )
    assert codes(dat(no_year, "a.md"), "DAT002") == []
    other_day = meeting.replace("meetings/2022-04-18", "meetings/2022-05-16")
    assert codes(dat(other_day, "a.md"), "DAT002")  # the text gives another day: still flagged
    far = (
        head
        + "The plant reopened on 18 April. Details are [in a later report](https://x.example.com/2022/06/01/plant).\n"
    )
    assert codes(dat(far, "a.md"), "DAT002")


def test_a_link_in_a_note_marked_as_an_update_is_not_a_future_citation() -> None:
    head = "---\ndate: 2024-12-05\n---\n"
    note = head + "Update: the results of the survey are [here](https://blog.example.org/2025/02/13/survey-results).\n"
    assert codes(dat(note, "a.md"), "DAT002") == []
    later = (
        head
        + "The survey is open.\n\nUpdated Feb 13: the survey closed. The results are [here](https://blog.example.org/2025/02/13/survey-results).\n"
    )
    assert codes(dat(later, "a.md"), "DAT002") == []  # the paragraph opens with the note
    plain = head + "The results of the survey are [here](https://blog.example.org/2025/02/13/survey-results).\n"
    assert codes(dat(plain, "a.md"), "DAT002")


def test_an_event_page_dated_by_a_day_named_elsewhere_in_the_article() -> None:
    head = "---\ndate: 2016-10-31\n---\n"
    call = (
        head + "Our next community call, on Thursday, December 15th, will be on codes of conduct.\n\n"
        "Agenda: welcome, talks, discussion.\n\n[Details](https://example.org/commcalls/2016-12-15/) for joining.\n"
    )
    assert codes(dat(call, "a.md"), "DAT002") == []
    other = call.replace("commcalls/2016-12-15", "commcalls/2016-12-16")
    assert codes(dat(other, "a.md"), "DAT002")


def test_a_block_quoted_note_and_a_repository_file_are_not_future_citations() -> None:
    head = "---\ndate: 2024-12-05\n---\n"
    quoted = (
        head + "It is time for the survey!\n\n"
        "> The results of the survey can be found [here](https://blog.example.org/2025/02/13/survey-results).\n"
    )
    assert codes(dat(quoted, "a.md"), "DAT002") == []
    assert codes(dat(quoted.replace("> The", "The"), "a.md"), "DAT002")
    repo = (
        head + "Events are stored as YAML, see [this example]"
        "(https://github.com/org/site/blob/main/content/events/2025-01-15-conf.md) for the fields.\n"
    )
    assert codes(dat(repo, "a.md"), "DAT002") == []
    pages = head + "See [the write-up](https://org.github.io/2025/01/15/conf-write-up/) for the fields.\n"
    assert codes(dat(pages, "a.md"), "DAT002")  # a site hosted by the code host is dated as any other


# ------------------------------------------------------------------ DAT003


def test_range_ending_before_it_starts() -> None:
    r = dat("The offensive ran from August 2024 to March 2024.")
    (f,) = codes(r, "DAT003")
    assert r.doc.snippet(f.span) == "March 2024" and [r.doc.snippet(s) for s in f.related] == ["August 2024"]
    assert codes(dat("The offensive ran from August 2024 to March 2025."), "DAT003") == []
    assert len(codes(dat("Growth stalled in the 2019-2017 period."), "DAT003")) == 1


def test_after_and_before_contradicted() -> None:
    r = dat("Troops withdrew in March 2024, after the August 2024 offensive.")
    (f,) = codes(r, "DAT003")
    assert r.doc.snippet(f.span) == "August 2024" and "after" in f.message
    assert len(codes(dat("The deal was signed in 2023, before the 2019 talks."), "DAT003")) == 1
    for ok in (
        "Troops withdrew in March 2025, months after the August 2024 offensive.",
        "Published in 2019, the study was updated after the 2022 war.",
        "He left in 2015, before returning in 2019.",
    ):
        assert codes(dat(ok), "DAT003") == [], ok


def test_duration_against_article_date() -> None:
    fm = "---\ndate: 2024-06-01\n---\n"
    r = dat(fm + "The four-year war that began in 2022 goes on.\n", "a.md")
    (f,) = codes(r, "DAT003")
    assert r.doc.snippet(f.span) == "2022" and [r.doc.snippet(s) for s in f.related] == ["four-year"]
    assert codes(dat(fm + "The two-year war that began in 2022 goes on.\n", "a.md"), "DAT003") == []
    # Without a stated date nothing is said about a duration that may be right.
    assert codes(dat("Russia's nearly four-year invasion of Ukraine, which began in 2022, goes on."), "DAT003") == []


def test_duration_against_inferred_date_is_softened() -> None:
    r = dat("On 14 March 2024 officials spoke. The two-year blockade that began in 2014 continues.")
    (f,) = codes(r, "DAT003")
    assert f.severity == Severity.INFO and "inferred" in f.message


def test_duration_against_its_range() -> None:
    assert len(codes(dat("The three-year war from 2014 to 2022 ended."), "DAT003")) == 1
    assert codes(dat("The eight-year war from 2014 to 2022 ended."), "DAT003") == []


def test_years_ago_against_a_year() -> None:
    fm = "---\ndate: 2024-06-01\n---\n"
    assert len(codes(dat(fm + "Two years ago, in 2015, the plant closed.\n", "a.md"), "DAT003")) == 1
    assert codes(dat(fm + "Nine years ago, in 2015, the plant closed.\n", "a.md"), "DAT003") == []


# ------------------------------------------------------------------ DAT004


def test_relative_time_in_undated_article() -> None:
    r = dat("He spoke on Saturday in Pyongyang. On Saturday he also met troops. They met last year.")
    found = codes(r, "DAT004")
    assert [r.doc.snippet(f.span) for f in found] == ["on Saturday", "last year"]
    assert all(f.severity is None for f in found)  # the rule's default: info


def test_relative_times_of_every_kind_in_an_undated_article() -> None:
    for sentence, phrase in (
        ("The club signed three forwards over the summer.", "over the summer"),
        ("The side finished fourth last season, its worst result.", "last season"),
        ("The mayor conceded defeat last night.", "last night"),
        ("The firm said this morning that it would shed 200 jobs.", "this morning"),
        ("Rents have climbed 9% over the past two years.", "over the past two years"),
        ("Rents have climbed sharply in the past few months.", "in the past few months"),
        ("Ticket sales doubled this past weekend.", "this past weekend"),
        ("The scheme was first floated earlier in the year.", "earlier in the year"),
        ("Two shops on the high street closed at the weekend.", "at the weekend"),
        ("The keeper has kept six clean sheets so far this season.", "so far this season"),
        ("Talks broke down over the weekend.", "over the weekend"),
        ("Prices have risen in recent weeks.", "in recent weeks"),
        ("The minister said today that she would resign.", "today"),
        ("The union will ballot members at the end of the month.", "at the end of the month"),
    ):
        found = codes(dat(sentence), "DAT004")
        assert [f.evidence["phrase"] for f in found] == [phrase], sentence


def test_seasons_and_spans_that_are_no_time_of_writing_are_left_alone() -> None:
    for sentence in (
        "He plays in the summer league for a club near Leeds.",
        "Bookings peak in the winter sales, the owner said.",
        "The summer months are the busiest for the shop.",
        "Each season the club sells out its home games.",
        "She told the Today programme that prices would rise.",
        "He writes for USA Today, a national paper.",
        "The plant runs all weekend long.",
    ):
        assert codes(dat(sentence), "DAT004") == [], sentence


def test_a_span_up_to_now_is_the_time_of_writing() -> None:
    from auditor.language.dating import extract_dates, resolve

    (m,) = extract_dates("Rents have climbed over the past two years.")
    r = resolve(m, dt.date(2025, 6, 1))
    assert (r.start, r.end) == (dt.date(2023, 6, 2), dt.date(2025, 6, 1))


def test_relative_time_with_a_date_is_left_alone() -> None:
    assert codes(dat("SEOUL, 2 June 2025 (AFP) - He spoke on Saturday."), "DAT004") == []
    assert codes(dat("He spoke on Saturday.", as_of=dt.date(2025, 6, 2)), "DAT004") == []
    assert codes(dat("---\ndate: 2025-06-02\n---\nHe spoke on Saturday.\n", "a.md"), "DAT004") == []


# ------------------------------------------------------------------ seeds


def test_seed_002_stale_citations() -> None:
    r = audit_seed("002", select=["DAT"])
    stale = codes(r, "DAT001")
    urls = sorted(f.evidence["url"] for f in stale)
    assert urls == [
        "https://www.aljazeera.com/news/2022/4/18/russia-north-korea-putin-kim-expand-strategic-partnership-amid-migrant-crisis",
        "https://www.reuters.com/world/europe/north-koreas-military-help-russia-ukraine-war-disturbs-kyiv-and-seoul-2022-04-19/",
    ]
    assert all("the text dates the events to 2024-2025" in f.message for f in stale)
    assert "19 April 2022" in " ".join(f.message for f in stale)
    assert codes(r, "DAT002") == [] and codes(r, "DAT003") == []
    assert r.doc.meta.published_source == "text" and r.doc.meta.published_confidence == "low"


def test_other_seeds_have_no_stale_or_future_citations() -> None:
    for seed in ("000", "001", "003"):
        r = audit_seed(seed, select=["DAT"])
        assert codes(r, "DAT001") == codes(r, "DAT002") == codes(r, "DAT003") == [], seed


def test_seed_relative_times() -> None:
    r = audit_seed("000", select=["DAT004"])
    assert [r.doc.snippet(f.span) for f in codes(r, "DAT004")] == ["on Saturday"]
    r = audit_seed("001", select=["DAT004"])
    assert [r.doc.snippet(f.span) for f in codes(r, "DAT004")] == ["in July"]


def test_durations_that_are_not_elapsed_time_are_left_alone() -> None:
    fm = "---\ndate: 2024-06-01\n---\n"
    for ok in (
        "The five-year plan that started in 2021 is on track.",
        "The four-year war that began in 2014 ended in 2018.",
        "He got a five-year sentence for crimes from 2010 to 2012.",
        "A four-year-old girl born in 2019 was found.",  # her age, not a length (2019-2024)
        "Life expectancy fell by more than four years from 2000 to 2016.",
    ):
        assert codes(dat(fm + ok + "\n", "a.md"), "DAT003") == [], ok


def test_documented_examples_behave() -> None:
    import textwrap

    from auditor.registry import all_rules

    for r in all_rules():
        if not r.code.startswith("DAT"):
            continue
        flag = textwrap.dedent(r.docs.flag).strip() + "\n"
        ok = textwrap.dedent(r.docs.ok).strip() + "\n"
        assert codes(audit_text(flag, "a.md", select=[r.code]), r.code), r.code
        assert not codes(audit_text(ok, "a.md", select=[r.code]), r.code), r.code


def test_markdown_source_list_links_use_the_whole_article() -> None:
    md = (
        "# Kursk\n\nUkrainian troops held parts of Kursk from August 2024 to spring 2025, officials said.\n\n"
        "## Sources\n\n- [Border tension](https://www.reuters.com/world/europe/border-2022-04-19/)\n"
        "- https://www.aljazeera.com/news/2022/4/18/russia\n"
    )
    found = codes(dat(md, "a.md"), "DAT001")
    assert len(found) == 2 and all("2024-2025" in f.message for f in found)


def test_html_menu_links_are_left_alone() -> None:
    html = (
        "<html><body><article><p>Troops held Kursk from August 2024 to spring 2025, officials said.</p>"
        '<p><a href="https://www.example-news.com/world/2022/04/19/x">Earlier coverage</a></p>'
        '<p><a href="https://www.example-news.com/world/2027/04/19/x">Live updates</a></p>'
        "</article></body></html>"
    )
    r = dat(html, "a.html")
    assert codes(r, "DAT001") == [] and codes(r, "DAT002") == []


def test_framing_year_after_the_source_is_still_stale() -> None:
    r = dat(f"As early as August 2024, officials warned of troop transfers [1].\n\n[1] {OLD}\n")
    assert len(codes(r, "DAT001")) == 1
    r = dat(f"At the time, officials warned of troop transfers; they began in August 2024 [1].\n\n[1] {OLD}\n")
    assert codes(r, "DAT001") == []


def test_relative_events_resolve_against_the_article_date() -> None:
    text = f"---\ndate: 2025-06-20\n---\nThe partnership was formalised last year [1].\n\n[1] {OLD}\n"
    (f,) = codes(dat(text, "a.md"), "DAT001")
    assert f.severity is None and "to 2024" in f.message
    # Against a date only inferred from the text, the same finding is softened and says why.
    text = f"Fighting ended on 2 May 2025.\n\nThe partnership was formalised last year [1].\n\n[1] {OLD}\n"
    (f,) = codes(dat(text), "DAT001")
    assert f.severity == Severity.INFO and "inferred" in f.message


def test_a_possessive_weekday_dates_its_event() -> None:
    text = (
        "SACRAMENTO, Calif., April 29, 2025 - An appeals court on Monday upheld the award.\n\n"
        "Monday's ruling also rejected the company's argument that the drivers were contractors [1].\n\n"
        "[1] https://www.reuters.com/legal/drivers-wage-award-2019-09-11/\n"
    )
    (f,) = codes(dat(text, code="DAT001"), "DAT001")
    assert "11 September 2019" in f.message and "28 April 2025" in f.message
    plural = text.replace("Monday's ruling also", "Mondays are busy; the ruling also")
    assert codes(dat(plural, code="DAT001"), "DAT001") == []  # "Mondays" dates nothing


def test_stale_source_dated_by_the_text_that_describes_it() -> None:
    head = "---\ndate: 2025-06-10\n---\n\n"
    old = (
        head
        + "Unemployment fell to 3.9% in March 2025, according to [a 2019 report](https://stats.example.org/jobs).\n"
    )
    (f,) = codes(dat(old, "a.md", code="DAT001"), "DAT001")
    assert 'dated 2019 (from the text: "a 2019 report")' in f.message and "March 2025" in f.message
    paper = (
        head
        + "Unemployment fell to 3.9% in March 2025, according to Smith (2019) [1].\n\n[1] https://x.example.org/p\n"
    )
    assert codes(dat(paper, "a.md", code="DAT001"), "DAT001")
    # the sentence is about the source's own time, or the source fits the events
    warned = head + "In [a 2019 report](https://imf.example.org/debt), the IMF warned that debt kept rising.\n"
    assert codes(dat(warned, "a.md", code="DAT001"), "DAT001") == []
    fits = head + "The 2019 study measured 40 sites in 2018 [1].\n\n[1] https://x.example.org/p\n"
    assert codes(dat(fits, "a.md", code="DAT001"), "DAT001") == []
    recent = (
        head + "The ONS's 2024 survey found unemployment at 4.1% in March 2025 [1].\n\n[1] https://x.example.org/s\n"
    )
    assert codes(dat(recent, "a.md", code="DAT001"), "DAT001") == []


def test_a_list_of_the_writers_own_earlier_posts_is_background() -> None:
    head = "---\ndate: 2017-02-06\n---\n\nIn 2017 the project shipped two releases.\n\n"
    own = (
        head + "Our approach rests on the pillars we've talked about on this blog:\n\n"
        "- [Memory safety](https://blog.example.org/2015/04/10/fearless.html)\n"
        "- [Abstraction without overhead](https://blog.example.org/2015/05/11/traits.html)\n"
    )
    assert codes(dat(own, "a.md", code="DAT001"), "DAT001") == []
    sources = own.replace("the pillars we've talked about on this blog:", "these sources:")
    assert len(codes(dat(sources, "a.md", code="DAT001"), "DAT001")) == 2
    update = head + "*Update from [1.82](https://blog.example.org/2015/10/01/cycle-1.82/)*\n"
    assert codes(dat(update, "a.md", code="DAT001"), "DAT001") == []


# ------------------------------------------------------------------ DAT001: statements about the present

FM = "---\ndate: 2025-10-14\n---\n"
AGED = "https://www.example-stats.org/releases/2016/05/county-employment-overview"


def test_a_statement_about_the_present_dates_its_source_by_the_article() -> None:
    for sentence in (
        "The ferry service now carries 4,000 passengers a day [1].",
        "Rates are currently the lowest in the region [1].",
        "Current rules require two inspectors on every site [1].",
        "The charity has helped 12,000 families to date [1].",
        "Output has fallen by a fifth in the last three years [1].",
        "The county has shed 900 farm jobs in a decade [1].",
        "Membership of the club is already above its pre-pandemic level [1].",
    ):
        (f,) = codes(dat(f"{FM}{sentence}\n\n[1] {AGED}\n", "a.md"), "DAT001")
        assert "time of writing" in f.message and "14 October 2025" in f.message and "May 2016" in f.message


def test_the_present_is_left_alone_when_the_source_is_recent_enough_or_framed() -> None:
    recent = "https://www.example-stats.org/releases/2023/05/county-employment-overview"
    for sentence, url in (
        ("The ferry service now carries 4,000 passengers a day [1].", recent),  # 2.4 years: a state outlives its report
        ('"We are now at capacity," the manager told the paper in 2016 [1].', AGED),  # the speaker's now, dated
        ("The ferry had carried 4,000 passengers a day until now [1].", AGED),
        ("The ferry service carries 4,000 passengers a day [1].", AGED),  # no word for the present
        ("Ocean currents carry the plastic north [1].", AGED),
    ):
        assert codes(dat(f"{FM}{sentence}\n\n[1] {url}\n", "a.md"), "DAT001") == [], sentence


def test_the_present_needs_a_stated_article_date() -> None:
    r = dat(
        f"Heavy rain fell on 3 March 2025.\n\nThe ferry service now carries 4,000 passengers a day [1].\n\n[1] {AGED}\n"
    )
    assert codes(r, "DAT001") == []


def test_reported_at_the_time_dates_the_report_by_the_sentence() -> None:
    (f,) = codes(
        dat(
            f"{FM}Last winter's flooding, covered at the time by the local paper [1], shut the road.\n\n[1] {AGED}\n",
            "a.md",
        ),
        "DAT001",
    )
    assert "May 2016" in f.message
    r = dat(f"{FM}At the time, the road was shut for a week; it reopened in March 2025 [1].\n\n[1] {AGED}\n", "a.md")
    assert codes(r, "DAT001") == []


def test_a_lower_bound_in_the_past_is_no_event_date() -> None:
    old = "https://www.example-journal.org/papers/2012/03/ice-model"
    r = dat(f"{FM}The team used a model published more than a decade ago [1].\n\n[1] {old}\n", "a.md")
    assert codes(r, "DAT001") == []
    r = dat(f"{FM}The team used a model published a decade ago, in 2015 [1].\n\n[1] {old}\n", "a.md")
    assert len(codes(r, "DAT001")) == 1


def test_planning_as_a_noun_is_no_plan() -> None:
    r = dat(f"{FM}Planning applications for solar farms have doubled since March [1].\n\n[1] {AGED}\n", "a.md")
    assert len(codes(r, "DAT001")) == 1
    r = dat(f"{FM}The firm is planning to open a plant in March [1].\n\n[1] {AGED}\n", "a.md")
    assert codes(r, "DAT001") == []


def test_a_month_named_without_its_year_may_be_next_year() -> None:
    head = "Bus cuts agreed\n\nCounty desk | Wednesday 6 November 2024\n\n"
    r = dat(head + "Routes will be cut from January after the council voted on Tuesday, November 5.\n")
    assert codes(r, "DAT003") == []
    r = dat(head + "The depot closed in January 2024, after the council voted on 5 November 2024.\n")
    assert len(codes(r, "DAT003")) == 1


def test_the_present_is_read_in_the_clause_that_holds_the_link() -> None:
    flagged = f"Bookings are already back, according to [hotel figures]({AGED}), and the board hopes they will grow.\n"
    assert len(codes(dat(FM + flagged, "a.md"), "DAT001")) == 1
    plans = f"The tool now builds faster, and the team will [ship it nightly]({AGED}) from January.\n"
    assert codes(dat(FM + plans, "a.md"), "DAT001") == []


# ------------------------------------------------------------------ DAT003 on copy nobody here wrote


def _t(body: str, head: str = "Regional desk | Friday 14 November 2025") -> list[str]:
    return msgs(dat(f"Headline\n\n{head}\n\n{body}\n"), "DAT003")


def test_ages_in_words_after_a_place_and_of_things() -> None:
    assert _t("A nine-year-old boy born in 2020 was taken to hospital with burns.")
    assert _t("The 30-year-old, born in Lagos in March 1990, signed on Monday.")
    (m,) = _t("The ferry, built in 2011, is 22 years old and due for replacement.")
    assert "built in 2011" in m and "13 or 14" in m
    assert not _t("A five-year-old boy born in 2020 was taken to hospital with burns.")
    assert not _t("The 35-year-old, born in Lagos in March 1990, signed on Monday.")
    assert not _t("The ferry, built in 2011, is 14 years old and due for replacement.")
    # a thing's "years old" next to a second date: the age may be given for that time
    assert not _t("The ferry, built in 2011, was 9 years old when it ran aground in 2020.")
    # a person's age next to a founding year is not the company's age
    assert not _t("Its founder, a 40-year-old engineer, opened the firm in 2019.")


def test_a_fortnight_later() -> None:
    (m,) = _t("The inquest opened on 3 October. A fortnight later, on 24 October, it was adjourned.")
    assert "a fortnight (14 days)" in m and "21 days" in m
    assert not _t("The inquest opened on 3 October. A fortnight later, on 17 October, it was adjourned.")


def test_a_length_against_a_range_of_a_bare_day_and_a_date() -> None:
    (m,) = _t("Crews searched the moor for ten days, from 2 to 6 September 2025, before stopping.")
    assert "5 days" in m
    assert not _t("Crews searched the moor for five days, from 2 to 6 September 2025, before stopping.")


def test_a_length_against_an_end_told_with_words_between() -> None:
    (m,) = _t("The nine-week inquiry, which opened on 1 September and closed with a report on 10 October, cost £2m.")
    assert "40 days" in m
    assert not _t("The six-week inquiry, which opened on 1 September and closed with a report on 10 October, cost £2m.")


def test_a_rounded_length_is_its_unit_give_or_take_half() -> None:
    assert _t("The four-week strike, which began on 1 October and ended on 20 October, hit 80 schools.")
    assert not _t("The three-week strike, which began on 1 October and ended on 20 October, hit 80 schools.")


def test_a_length_against_last_month_read_from_the_article_date() -> None:
    (m,) = _t("The two-year refit, which began in May 2021 and finished last October, overran.")
    assert "last October" in m
    assert not _t("The four-year refit, which began in November 2021 and finished last October, overran.")


def test_an_opening_after_against_the_storys_own_event() -> None:
    lead = "Maria Kowal won the Riverside half marathon on Sunday, 9 November, in a course record."
    (m,) = _t(lead + " Only ten days after winning in Porto on 2 November, Kowal said she felt tired.")
    assert "7 days" in m and "Kowal" in m
    assert not _t(lead + " Only seven days after winning in Porto on 2 November, Kowal said she felt tired.")
    # the main clause is someone the lead does not name: another event, not the story's
    assert not _t(lead + " Only ten days after winning in Porto on 2 November, Ostrowska said she felt tired.")


def test_the_subject_dated_by_the_lead() -> None:
    lead = "Fire crews fought a blaze at the Harbour Road warehouse on Tuesday, 11 November, after an explosion."
    (m,) = _t(
        lead + " Police said no one was hurt. The explosion came nine days after a leak at the same site on 5 November."
    )
    assert "6 days" in m
    assert not _t(
        lead + " Police said no one was hurt. The explosion came six days after a leak at the same site on 5 November."
    )


def test_now_in_its_nth_week() -> None:
    (m,) = _t("The strike, which began on 1 September, is now in its 20th week.")
    assert "11th" in m
    assert not _t("The strike, which began on 1 September, is now in its 11th week.")
    assert not _t("The strike, which began on 1 September, is now in its 12th week.")  # counted from either end


def test_an_anniversary_last_year_and_a_span_of_events_that_ends_before_it_starts() -> None:
    (m,) = _t(
        "The pupils will move in 2026 to Elm Park, which opened in 1990 and marked its 40th anniversary last year."
    )
    assert "in 2024" in m
    assert not _t(
        "The pupils will move in 2026 to Elm Park, which opened in 1984 and marked its 40th anniversary last year."
    )
    (m,) = _t("He served from his election in May 2019 until his resignation in March 2018.")
    assert "before it starts" in m
    assert not _t("He served from his election in May 2019 until his resignation in March 2023.")


def test_an_age_on_a_dated_event_is_not_read_against_the_article_date() -> None:
    found = _t("The painter, who was born in 1840, died in 1890 aged 58.")
    assert len(found) == 1 and "1890" in found[0]


def test_an_event_said_to_follow_another_that_the_story_dates_later() -> None:
    decided = "The tribunal issued its decision on 12 May 2025. "
    (m,) = _t(decided + "The union appealed within days of the decision, filing its papers on 3 May.")
    assert "12 May 2025" in m and "9 days before" in m
    assert not _t(decided + "The union appealed within days of the decision, filing its papers on 15 May.")
    fund = "Neighbours set up a fund for the families on {} June. "
    later = "The fund, set up shortly after the fire on 9 June, has raised £40,000."
    (m,) = _t(fund.format(2) + later)
    assert "7 days before" in m
    assert not _t(fund.format(12) + later)
    # nothing told before about the inquiry: nothing to compare
    assert not _t("The inquiry, launched shortly after the crash on 4 March, reported in June.")


def test_a_length_that_runs_from_the_article_date_to_its_end() -> None:
    (m,) = _t("He signed a two-and-a-half-year contract that runs until June 2030.")
    assert "14 November 2025" in m and "2.5 years" in m
    assert not _t("He signed a four-and-a-half-year contract that runs until June 2030.")
    assert not _t("He signed a two-year contract in May 2024 that runs until June 2030.")  # its own start
    assert not _t("The two-year study ran until June 2024.")  # ended before the article: not from now


def test_a_length_it_took_between_the_events_that_open_and_close_it() -> None:
    took = "It took the builders {} months, from their start in May 2024 to the handover in June 2025."
    (m,) = _t(took.format(20))
    assert "not 20 months" in m
    assert not _t(took.format(13))
    assert not _t("The case took us three years, from the arrest in 2019 to the verdict in 2022.")


def test_today_is_the_time_of_writing() -> None:
    (f,) = codes(dat(f"{FM}Today the port handles 2 million containers a year [1].\n\n[1] {AGED}\n", "a.md"), "DAT001")
    assert "time of writing" in f.message


def test_a_present_that_looks_back_to_its_source_is_left_alone() -> None:
    for sentence in (
        "Today's meeting falls on the tenth anniversary of the [merger vote](URL).",
        "Now, nine years after the [first census](URL), the county is counting again.",
    ):
        assert codes(dat(FM + sentence.replace("URL", AGED) + "\n", "a.md"), "DAT001") == [], sentence


def test_lengths_told_a_few_words_before_their_dates_or_by_possessed_events() -> None:
    (m,) = _t("The two-week festival ran from 1 to 5 July.")
    assert "5 days" in m
    assert not _t("The five-day festival ran from 1 to 5 July.")
    refit = "The {}-month refit, from the ship's arrival in January 2024 to its relaunch in March 2025, cost £4m."
    assert _t(refit.format("eight"))
    assert not _t(refit.format("14"))
