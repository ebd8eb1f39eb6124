import pytest

from harness.checks.numbers import extract_numbers, parse_words
from tests.unit.helpers import check_text, make_registry, statuses


@pytest.fixture
def registry(tmp_path):
    return make_registry(tmp_path, [
        {"id": "troops", "kind": "number", "value": 100000, "unit": "troops", "anchors": ["massed"]},
        {"id": "drills", "kind": "number", "value": 3000, "unit": "troops", "anchors": ["drills"]},
        {"id": "vehicles", "kind": "number", "value": 300, "unit": "armored vehicles", "anchors": ["drills"]},
        {"id": "deaths", "kind": "number", "value": 14000, "unit": "people", "tolerance": 0.05, "anchors": ["killed"]},
    ])


@pytest.mark.parametrize(("words", "value"), [
    ("seven", 7), ("one hundred thousand", 100_000), ("twenty-five", 25), ("three thousand five hundred", 3_500),
    ("two million", 2_000_000), ("one hundred and twelve", 112),
])
def test_number_words(words, value):
    assert parse_words(words) == value


@pytest.mark.parametrize("text", [
    "Russia has massed about 100,000 troops near Ukraine.",
    "Russia has massed 100000 troops near Ukraine.",
    "Russia has massed 100 000 troops near Ukraine.",
    "Russia has massed 100K troops near Ukraine.",
    "Russia has massed one hundred thousand troops near Ukraine.",
    "Russia has massed an estimated 100,000 Russian troops near Ukraine.",
    "Russia has massed more than 100,000 troops near Ukraine.",
], ids=["about", "plain", "spaced", "k-suffix", "words", "adjective-before-unit", "more-than"])
def test_formats_and_qualifiers_agree(registry, text):
    assert statuses(check_text(registry, text), "troops") == ["agrees"]


def test_changed_numbers_contradict(registry):
    assert statuses(check_text(registry, "Russia has massed about 10,000 troops."), "troops") == ["contradicts"]
    assert statuses(check_text(registry, "Some 30,000 troops were taking part in drills."), "drills") == ["contradicts"]


def test_a_second_number_in_the_sentence_goes_to_its_own_unit(registry):
    findings = check_text(registry, "The military said 3,000 troops and 300 armored vehicles were taking part in drills.")
    assert statuses(findings, "drills") == ["agrees"] and statuses(findings, "vehicles") == ["agrees"]


def test_tolerance(registry):
    assert statuses(check_text(registry, "Fighting has killed over 14,500 people."), "deaths") == ["agrees"]
    assert statuses(check_text(registry, "Fighting has killed over 15,000 people."), "deaths") == ["contradicts"]


def test_numbers_without_the_unit_or_anchor_are_ignored(registry):
    assert check_text(registry, "Average rating 0 / 5. Vote count: 0. In 2014 there were 3,000 visitors.") == []


def test_qualifier_is_kept():
    [mention] = extract_numbers("over 14,000 people", 0, 18)
    assert (mention.qualifier, mention.value, mention.unit_words[:1]) == ("over", 14000, ("people",))
