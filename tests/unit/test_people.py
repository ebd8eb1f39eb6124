import pytest

from tests.unit.helpers import check_text, make_registry


@pytest.fixture
def registry(tmp_path):
    return make_registry(tmp_path, [
        {"id": "name-zelenskyy", "kind": "person", "person": "zelenskyy"},
        {"id": "name-peskov", "kind": "person", "person": "peskov"},
        {"id": "name-sherman", "kind": "person", "person": "sherman"},
    ])


def results(registry, text, check):
    return [(f.fact_id, f.status, f.observed) for f in check_text(registry, text) if f.check == check]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrainian President Volodymyr Zelenskyy met officials.", [("name-zelenskyy", "agrees", "Volodymyr Zelenskyy")]),
    ("Ukrainian President Volodymyr Zelensky met officials.", [("name-zelenskyy", "contradicts", "Zelensky")]),
    ("President Zelenskiy met officials.", [("name-zelenskyy", "contradicts", "Zelenskiy")]),
    ("Dmitri Peskov spoke.", [("name-peskov", "agrees", "Dmitri Peskov")]),
    ("Zelensky is a common spelling elsewhere.", []),
], ids=["accepted", "near-miss-beside-first-name", "near-miss-after-title", "accepted-alias", "near-miss-with-no-context"])
def test_spelling(registry, text, expected):
    assert results(registry, text, "spelling") == expected


@pytest.mark.parametrize(("text", "status"), [
    ("Kremlin spokesman Dmitry Peskov spoke.", "agrees"),
    ("Kremlin spokesperson Dmitry Peskov spoke.", "agrees"),
    ("Kremlin chief Dmitry Peskov spoke.", "contradicts"),
    ("Deputy U.S. Secretary of State Wendy Sherman spoke.", "agrees"),
    ("U.S. Secretary of State Wendy Sherman spoke.", "contradicts"),
], ids=["accepted", "accepted-variant", "other-role", "reordered-accepted", "dropped-deputy"])
def test_titles(registry, text, status):
    assert [f[1] for f in results(registry, text, "title")] == [status]


def test_no_title_means_nothing_to_check(registry):
    assert results(registry, "In response, Sherman said so.", "title") == []
