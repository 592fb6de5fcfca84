"""CIT005 and url_date: every publisher's real-shaped article URLs pass, fabricated ones do not."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import audit_text, codes

from auditor.language.publishers import classify, publishers, url_date

# publisher name -> (real-shaped article URLs, fabricated URLs on the same site, home/section pages)
CASES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "Reuters": (
        [
            "https://www.reuters.com/world/europe/north-koreas-military-help-russia-ukraine-war-disturbs-kyiv-and-seoul-2022-04-19/",
            "https://www.reuters.com/article/us-usa-guns-rally/militia-leaders-warn-virginia-gun-rally-could-get-violent-idUSKBN1ZJ15B",
            "https://uk.reuters.com/article/britain-lgbt-rowling-idUSL8N2EF397",
        ],
        ["https://www.reuters.com/world/europe/north-korea-sends-workers-to-kursk-for-reconstruction/"],
        ["https://www.reuters.com/", "https://www.reuters.com/world/europe/"],
    ),
    "AP": (
        [
            "https://apnews.com/article/russia-ukraine-kursk-north-korea-2b6a3f5e8c1d4e7fa9b0c1d2e3f4a5b6",
            "https://apnews.com/aab0a5a4592746b397cd925d96b4329d/Ecuador-cuts-WikiLeaks-founder-Assange's-internet",
        ],
        ["https://apnews.com/article/north-korea-sends-6000-workers-to-kursk-region"],
        ["https://apnews.com/hub/russia-ukraine", "https://apnews.com/world-news"],
    ),
    "AFP": (
        ["https://www.afp.com/en/news/826/turkey-gives-watchdog-power-block-internet-broadcasts-doc-12z0r61"],
        ["https://www.afp.com/en/world/north-korea-sends-workers-to-russia-kursk-region-2025"],
        ["https://www.afp.com/en", "https://www.afp.com/en/news-hub"],
    ),
    "BBC": (
        [
            "https://www.bbc.com/news/world-asia-60993877",
            "https://www.bbc.co.uk/news/articles/c4gq2r1zm9xo",
            "https://www.bbc.com/future/article/20220419-why-some-cities-are-sinking-faster",
            "http://news.bbc.co.uk/2/hi/europe/7562133.stm",
            "https://www.bbc.com/burmese/articles/c4gq2r1zm9xo",
        ],
        ["https://www.bbc.com/news/world/asia/north-korea-troops-clear-mines-in-kursk"],
        ["https://www.bbc.co.uk/news", "https://www.bbc.com/news/world/asia"],
    ),
    "The Guardian": (
        ["https://www.theguardian.com/world/2022/apr/19/ukraine-russia-war-what-we-know-on-day-55"],
        ["https://www.theguardian.com/world/crossthreads/besieged-ukraine-analysis-why-are-thousands-fleeing"],
        ["https://www.theguardian.com/world/ukraine", "https://www.theguardian.com/international"],
    ),
    "The New York Times": (
        [
            "https://www.nytimes.com/2020/09/01/science/covid-19-vaccine-diy.html",
            "https://www.nytimes.com/live/2024/06/18/world/russia-ukraine-war-news",
            "https://www.nytimes.com/article/coronavirus-timeline.html",
        ],
        ["https://www.nytimes.com/world/asia/north-korea-troops-russia-kursk.html"],
        ["https://www.nytimes.com/section/world/asia", "https://www.nytimes.com/"],
    ),
    "The Washington Post": (
        [
            "https://www.washingtonpost.com/world/2024/06/19/putin-kim-jong-un-north-korea-visit/",
            "https://www.washingtonpost.com/politics/federal-workers-are-returning-to-the-office/2020/07/08/c3d22ec8-c151-11ea-b4f6-cb39cd8940fb_story.html",
            "https://www.washingtonpost.com/world/middle_east/israel-palestinians-surveillance/2021/11/05/3787bf42-26b2-11ec-8739-5cb6aba30a30_story.html",
            "http://www.washingtonpost.com/wp-dyn/content/article/2008/01/01/AR2008010101234.html",
        ],
        ["https://www.washingtonpost.com/world/asia/north-korea-troops-kursk-demining-mission"],
        ["https://www.washingtonpost.com/world/", "https://www.washingtonpost.com/politics/"],
    ),
    "Al Jazeera": (
        ["https://www.aljazeera.com/news/2022/4/18/russia-north-korea-putin-kim-expand-strategic-partnership"],
        ["https://www.aljazeera.com/news/russia-north-korea-putin-kim-expand-strategic-partnership"],
        ["https://www.aljazeera.com/news/", "https://www.aljazeera.com/where/russia/"],
    ),
    "CNN": (
        [
            "https://www.cnn.com/2023/11/06/politics/alito-prelogar-supreme-court-analysis/index.html",
            "https://edition.cnn.com/2016/12/18/politics/bob-gates-rex-tillerson-trump-russia/index.html",
        ],
        ["https://www.cnn.com/politics/alito-prelogar-supreme-court-analysis/index.html"],
        ["https://www.cnn.com/world", "https://edition.cnn.com/politics"],
    ),
    "Bloomberg": (
        ["https://www.bloomberg.com/news/articles/2024-06-19/putin-signs-defense-pact-with-kim-in-north-korea-visit"],
        ["https://www.bloomberg.com/news/putin-signs-defense-pact-with-kim-in-north-korea"],
        ["https://www.bloomberg.com/markets", "https://www.bloomberg.com/"],
    ),
    "Financial Times": (
        ["https://www.ft.com/content/2f3b8c1a-4d5e-4f60-9a7b-8c9d0e1f2a3b"],
        ["https://www.ft.com/world/north-korea-sends-troops-to-help-russia"],
        ["https://www.ft.com/world", "https://www.ft.com/"],
    ),
    "The Wall Street Journal": (
        [
            "https://www.wsj.com/world/asia/north-korea-russia-troops-kursk-3f9a1b2c",
            "https://www.wsj.com/articles/north-korea-sends-troops-to-russia-11650384001",
        ],
        ["https://www.wsj.com/world/asia/north-korea-russia-troops-kursk"],
        ["https://www.wsj.com/world/asia", "https://www.wsj.com/"],
    ),
    "NPR": (
        ["https://www.npr.org/2022/04/19/1093492113/russia-ukraine-war-donbas-offensive"],
        ["https://www.npr.org/world/russia-ukraine-war-donbas-offensive-begins"],
        ["https://www.npr.org/sections/world/", "https://www.npr.org/"],
    ),
    "Politico": (
        [
            "https://www.politico.com/story/2017/10/23/bannon-bush-mccain-speeches-pablum-244083",
            "https://www.politico.com/news/2022/04/19/biden-ukraine-weapons-aid-00026299",
            "https://www.politico.com/states/new-york/albany/story/2020/01/01/cuomo-budget-address-1234567",
        ],
        ["https://www.politico.com/news/biden-ukraine-weapons-aid-package-announced"],
        ["https://www.politico.com/politics", "https://www.politico.com/"],
    ),
    "Le Monde": (
        [
            "https://www.lemonde.fr/international/article/2022/04/19/guerre-en-ukraine-la-bataille-du-donbass_6122741_3210.html"
        ],
        ["https://www.lemonde.fr/international/guerre-en-ukraine-la-bataille-du-donbass-commence"],
        ["https://www.lemonde.fr/international/", "https://www.lemonde.fr/en/"],
    ),
    "Der Spiegel": (
        [
            "https://www.spiegel.de/ausland/nordkorea-schickt-soldaten-nach-russland-a-3c1e9f2a-7b4d-4e8f-9a0b-1c2d3e4f5a6b",
            "https://www.spiegel.de/politik/ausland/wladimir-putin-in-nordkorea-a-1234567.html",
        ],
        ["https://www.spiegel.de/ausland/nordkorea-schickt-soldaten-nach-russland-kursk"],
        ["https://www.spiegel.de/ausland/", "https://www.spiegel.de/"],
    ),
    "n-tv": (
        [
            "https://www.n-tv.de/politik/Russland-und-Nordkorea-Da-5000-Nordkoreaner-helfen-in-Kursk-article22489714.html"
        ],
        ["https://www.n-tv.de/politik/Russland-und-Nordkorea-5000-Nordkoreaner-helfen-in-Kursk.html"],
        ["https://www.n-tv.de/politik/", "https://www.ntv.de/"],
    ),
    "Yonhap News Agency": (
        ["https://en.yna.co.kr/view/AEN20190820002300325", "https://www.yna.co.kr/view/AKR20250618123400504"],
        ["https://en.yna.co.kr/nk/north-korea-sends-6000-workers-to-russia-kursk"],
        ["https://en.yna.co.kr/nk/index", "https://en.yna.co.kr/"],
    ),
    "NHK": (
        [
            "https://www3.nhk.or.jp/nhkworld/en/news/20250618_05/",
            "https://www3.nhk.or.jp/news/html/20250618/k10014838011000.html",
        ],
        ["https://www3.nhk.or.jp/nhkworld/en/news/north-korea-sends-workers-to-russia-kursk/"],
        ["https://www3.nhk.or.jp/nhkworld/en/news/", "https://www3.nhk.or.jp/news/"],
    ),
    "ABC (Australia)": (
        [
            "https://www.abc.net.au/news/2022-04-19/russia-launches-donbas-offensive-ukraine/100998765",
            "https://www.abc.net.au/7.30/the-town-that-lost-its-only-doctor/13845678",
        ],
        ["https://www.abc.net.au/news/world/russia-launches-donbas-offensive-in-ukraine"],
        ["https://www.abc.net.au/news/world", "https://www.abc.net.au/news"],
    ),
    "CBC": (
        ["https://www.cbc.ca/news/world/russia-ukraine-donbas-offensive-1.6423456"],
        ["https://www.cbc.ca/news/world/russia-ukraine-donbas-offensive-begins"],
        ["https://www.cbc.ca/news/world", "https://www.cbc.ca/news"],
    ),
    "DW": (
        ["https://www.dw.com/en/north-korea-to-send-workers-to-russias-kursk/a-72912345"],
        ["https://www.dw.com/en/north-korea-to-send-workers-to-russias-kursk-region"],
        ["https://www.dw.com/en/top-stories/s-9097", "https://www.dw.com/en/"],
    ),
    "France 24": (
        ["https://www.france24.com/en/asia-pacific/20250617-north-korea-to-send-6-000-workers-to-russia-s-kursk"],
        ["https://www.france24.com/en/asia-pacific/north-korea-to-send-6-000-workers-to-russia-s-kursk"],
        ["https://www.france24.com/en/asia-pacific/", "https://www.france24.com/en/"],
    ),
    "The Kyiv Independent": (
        ["https://kyivindependent.com/fire-reported-at-oil-depot-in-russias-krasnodar-krai-amid-drone-attack/"],
        ["https://kyivindependent.com/news/2025/06/17/north-korea-sends-workers-to-kursk-oblast/"],
        ["https://kyivindependent.com/", "https://kyivindependent.com/tag/north-korea/"],
    ),
    "The Times of India": (
        [
            "https://timesofindia.indiatimes.com/india/farmers-protests-continue-for-eleventh-day-top-developments/articleshow/79591842.cms"
        ],
        ["https://timesofindia.indiatimes.com/india/farmers-protests-continue-for-eleventh-day-top-developments"],
        ["https://timesofindia.indiatimes.com/india", "https://timesofindia.indiatimes.com/city/delhi"],
    ),
    "USA Today": (
        [
            "https://eu.usatoday.com/story/money/2020/03/06/coronavirus-washington-seattle-economy-businesses-amazon/4965024002/"
        ],
        ["https://www.usatoday.com/story/money/coronavirus-washington-seattle-economy-businesses-amazon/"],
        ["https://www.usatoday.com/news/", "https://www.usatoday.com/"],
    ),
    "NBC News": (
        ["https://www.nbcnews.com/news/world/journalists-injured-clashes-between-lebanese-forces-protesters-n1116751"],
        ["https://www.nbcnews.com/news/world/journalists-injured-clashes-between-lebanese-forces-protesters"],
        ["https://www.nbcnews.com/world", "https://www.nbcnews.com/"],
    ),
    "Fox News": (
        ["https://www.foxnews.com/world/china-muslim-uighur-forced-labor-coronavirus-ppe-masks"],
        ["https://www.foxnews.com/world/asia/2025/china-muslim-uighur-forced-labor-coronavirus-ppe-masks"],
        ["https://www.foxnews.com/world", "https://www.foxnews.com/"],
    ),
    "HuffPost": (
        [
            "https://www.huffpost.com/entry/trump-black-lives-matter_n_5eda7c30c5b629130d78201b",
            "http://www.huffingtonpost.com/lily-liu/when-hacking-is-actually-_b_3697642.html",  # contributors' blog
        ],
        [
            "https://www.huffpost.com/entry/trump-black-lives-matter-protests-white-house",
            "http://www.huffingtonpost.com/lily-liu/when-hacking-is-actually-good",
        ],
        ["https://www.huffpost.com/news/politics", "https://www.huffpost.com/"],
    ),
}


def test_every_publisher_has_cases() -> None:
    names = {p.name for pubs in publishers().values() for p in pubs}
    assert len(names) >= 25
    assert names == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_publisher_shapes(name: str) -> None:
    good, bad, sections = CASES[name]
    for url in good:
        shape = classify(url)
        assert shape is not None and shape.publisher.name == name, url
        assert shape.kind == "article", url
    for url in bad:
        shape = classify(url)
        assert shape is not None and shape.kind == "unknown", url
    for url in sections:
        shape = classify(url)
        assert shape is not None and shape.kind in ("home", "section", "other"), url


def test_url_date() -> None:
    assert url_date("https://www.theguardian.com/world/2022/apr/19/slug-words-here") == dt.date(2022, 4, 19)
    assert url_date("https://www.reuters.com/world/europe/a-b-c-d-2022-04-19/") == dt.date(2022, 4, 19)
    assert url_date("https://en.yna.co.kr/view/AEN20190820002300325") == dt.date(2019, 8, 20)
    assert url_date("https://www.france24.com/en/asia-pacific/20250617-north-korea-workers") == dt.date(2025, 6, 17)
    assert url_date("https://www.aljazeera.com/news/2022/4/18/russia-north-korea") == dt.date(2022, 4, 18)
    assert url_date("https://www.bbc.com/news/world-asia-60993877") is None
    assert url_date("https://blog.example.org/2021/03/04/some-post/") == dt.date(2021, 3, 4)
    assert url_date("https://www.theguardian.com/world/2022/xyz/41/slug") is None
    assert url_date("not a url") is None
    assert url_date("https://[::1:bad/2020/01/01/") is None


def test_cit005_flags_fabricated_and_names_the_shape() -> None:
    text = (
        "Officials said the talks failed [1].\n\n"
        "[1] https://www.theguardian.com/world/ukraine-analysis-why-thousands-are-fleeing-the-east\n"
    )
    found = codes(audit_text(text, select=["CIT005"]), "CIT005")
    assert len(found) == 1
    assert "The Guardian" in found[0].message and "YYYY/mon/DD" in found[0].message


def test_cit005_leaves_real_sections_and_other_sites_alone() -> None:
    text = (
        "Officials said the talks failed [1] [2] [3].\n\n"
        "[1] https://www.theguardian.com/world/2022/apr/19/ukraine-analysis-why-thousands-are-fleeing\n"
        "[2] https://www.reuters.com/world/europe/\n"
        "[3] https://www.some-local-paper.com/news/ukraine-analysis-why-thousands-are-fleeing\n"
    )
    assert codes(audit_text(text, select=["CIT005"]), "CIT005") == []


def test_cit005_seed_002_guardian() -> None:
    from conftest import audit_seed

    result = audit_seed("002", select=["CIT005"])
    flagged = [result.doc.snippet(f.span) for f in codes(result, "CIT005")]
    assert any("theguardian.com" in u for u in flagged)
    assert not any(d in u for u in flagged for d in ("reuters.com", "aljazeera.com", "bbc.com", "ntv.de"))
