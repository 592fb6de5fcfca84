from conftest import audit_seed, lines_of


def test_seed_002_citation_structure() -> None:
    result = audit_seed("002", select=["CIT"])
    assert lines_of(result, "CIT002") == [8] * 6
    assert len(lines_of(result, "CIT001")) >= 2
