"""Caches keyed by an archive's words or URLs stay small, so peak memory does not grow with the run."""

from __future__ import annotations

from auditor.language import relevance
from auditor.reading import urls


def test_caches_keyed_by_words_and_urls_are_bounded_to_a_few_megabytes() -> None:
    # about 180 bytes per cached stem and 250 per cached URL: 3 MB and 2 MB at most
    assert relevance.stem.cache_info().maxsize == 16384
    assert urls.registrable_domain.cache_info().maxsize == 8192
