import datetime as dt

import pytest

from harness.checks.dates import extract_dates
from tests.unit.helpers import check_text, make_registry, statuses

TUESDAY = dt.date(2022, 1, 11)


@pytest.fixture
def registry(tmp_path):
    return make_registry(tmp_path, [
        {"id": "remarks", "kind": "date", "date": "2022-01-11", "anchors": ["Kremlin said"]},
        {"id": "brussels", "kind": "date", "date": "2022-01-12", "anchors": ["talks in Brussels"]},
        {"id": "vienna", "kind": "date", "date": "2022-01-13", "anchors": ["Vienna"]},
        {"id": "annexed", "kind": "date", "date": "2014", "anchors": ["annexed"]},
    ])


def test_extraction_reads_weekdays_dates_and_years():
    text = "On Tuesday, Jan. 11, 2022, and 11 January and 2022-01-11, last Monday, yesterday, in 2014."
    found = [(m.text, m.weekday, m.year, m.month, m.day, m.relation, m.relative) for m in extract_dates(text, 0, len(text))]
    assert found == [
        ("Tuesday, Jan. 11, 2022", 1, 2022, 1, 11, None, None),
        ("11 January", None, None, 1, 11, None, None),
        ("2022-01-11", None, 2022, 1, 11, None, None),
        ("last Monday", 0, None, None, None, "last", None),
        ("yesterday", None, None, None, None, None, -1),
        ("2014", None, 2014, None, None, None, None),
    ]


@pytest.mark.parametrize(("text", "published", "status"), [
    ("The Kremlin said Tuesday the talks failed.", TUESDAY, "agrees"),
    ("The Kremlin said Wednesday the talks failed.", TUESDAY, "contradicts"),
    ("The Kremlin said Tuesday the talks failed.", dt.date(2022, 1, 12), "agrees"),
    ("The Kremlin said Wednesday the talks failed.", dt.date(2022, 1, 12), "contradicts"),
    ("The Kremlin said yesterday the talks failed.", dt.date(2022, 1, 12), "agrees"),
    ("The Kremlin said today the talks failed.", dt.date(2022, 1, 12), "contradicts"),
    ("The Kremlin said on Jan. 11, 2022 the talks failed.", None, "agrees"),
    ("The Kremlin said on Jan. 12, 2022 the talks failed.", None, "contradicts"),
    ("The Kremlin said Tuesday, Jan. 11, the talks failed.", None, "agrees"),
    ("The Kremlin said Monday, Jan. 11, the talks failed.", None, "contradicts"),
    ("The Kremlin said Tuesday the talks failed.", dt.date(2022, 1, 25), "contradicts"),
], ids=["same-day", "wrong-weekday", "next-day-yesterday-weekday", "next-day-wrong", "relative-yesterday",
        "relative-today-wrong", "explicit", "explicit-wrong", "weekday-and-date", "weekday-disagrees-with-date", "weekday-two-weeks-off"])
def test_weekdays_resolve_against_the_publication_date(registry, text, published, status):
    assert statuses(check_text(registry, text, published=published), "remarks") == [status]


def test_each_date_goes_to_the_fact_anchored_nearest(registry):
    text = "Peskov said talks in Brussels on Wednesday and a meeting in Vienna on Thursday would show the way."
    findings = check_text(registry, text, published=TUESDAY)
    assert statuses(findings, "brussels") == ["agrees"] and statuses(findings, "vienna") == ["agrees"]
    swapped = text.replace("Wednesday", "@").replace("Thursday", "Wednesday").replace("@", "Thursday")
    findings = check_text(registry, swapped, published=TUESDAY)
    assert statuses(findings, "brussels") == ["contradicts"] and statuses(findings, "vienna") == ["contradicts"]


def test_year_facts_compare_years_and_ignore_weekdays(registry):
    assert statuses(check_text(registry, "In 2014, Russia annexed Crimea on a Tuesday."), "annexed") == ["agrees"]
    assert statuses(check_text(registry, "In 2015, Russia annexed Crimea."), "annexed") == ["contradicts"]


def test_a_date_with_no_anchor_in_its_sentence_is_not_checked(registry):
    assert check_text(registry, "Officials met on Friday in Geneva.") == []


def test_finding_locates_the_observed_value(registry):
    [finding] = check_text(registry, "Intro line.\nThe Kremlin said Wednesday the talks failed.", published=TUESDAY)
    assert (finding.line, finding.column) == (2, 18)
    assert finding.sentence[slice(*finding.highlight)] == "Wednesday"
    assert finding.expected == "Tuesday 2022-01-11" and finding.observed == "Wednesday (2022-01-12)"
