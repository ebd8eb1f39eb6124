"""The main job on the seed story: the real discrepancies are flagged, the many agreements are not."""

from collections import Counter
from pathlib import Path

from harness.engine import check_folder
from tests.integration.command import ROOT


def short(version: str) -> str:
    return Path(version).name[:3]


def discrepancies(results):
    return {(f.fact_id, short(f.version), f.check) for f in results.discrepancies()}


def test_exactly_the_real_discrepancies_are_flagged(seed_results):
    assert discrepancies(seed_results) == {
        ("kremlin-remarks-date", "004", "weekday"),
        ("quote-open-door-shut", "003", "speaker"),
        ("quote-nonstarters", "003", "speaker"),
    }


def test_the_next_day_rewrite_moves_the_kremlin_to_wednesday(seed_results):
    [finding] = [f for f in seed_results.findings("kremlin-remarks-date") if f.is_discrepancy]
    assert finding.version.endswith("004_716e416b2848e74f.txt")
    assert (finding.line, finding.column) == (3, 26)
    assert finding.expected == "Tuesday 2022-01-11" and finding.observed == "Wednesday (2022-01-12)"


def test_the_monday_story_gives_smiths_quotes_to_sherman(seed_results):
    for fact_id in ("quote-open-door-shut", "quote-nonstarters"):
        by_version = {short(f.version): f for f in seed_results.findings(fact_id)}
        assert by_version["003"].speaker == "sherman" and by_version["003"].is_discrepancy
        assert {f.speaker for f in seed_results.findings(fact_id) if not f.is_discrepancy} == {"smith"}


def test_agreements_are_not_flagged(seed_results):
    partial = [f for f in seed_results.findings("quote-no-optimism") if f.observed.startswith(('"We see', '\u201dWe see'))]
    assert len(partial) == 2 and all(f.status == "agrees" for f in partial)
    drills = seed_results.findings("drill-troops")
    assert len(drills) == 3 and all(f.status == "agrees" for f in drills)
    titles = {f.observed for f in seed_results.findings("name-peskov") if f.check == "title"}
    assert {"Kremlin spokesman", "Kremlin spokesperson"} <= titles
    assert not [f for f in seed_results.findings("name-peskov") if f.is_discrepancy]


def test_the_reposts_captions_are_checked_and_its_chrome_is_not(seed_results):
    repost = [f for fs in seed_results.by_fact.values() for f in fs if f.version.endswith("002_d77f0df208c26749.txt")]
    caption_dates = {f.fact_id: f.status for f in repost if f.check == "date" and f.observed.endswith(("2021", "2022"))}
    assert caption_dates == {"geneva-talks-date": "agrees", "biden-putin-summit-date": "agrees",
                             "security-council-call-date": "agrees", "sherman-brussels-date": "agrees"}
    assert not [f for f in repost if f.is_discrepancy]
    assert max(f.line for f in repost) < 63


def test_every_fact_is_found_in_some_version(seed_results):
    assert seed_results.missing_facts() == []
    assert not seed_results.unreadable
    per_version = Counter(short(f.version) for fs in seed_results.by_fact.values() for f in fs)
    assert set(per_version) == {"000", "001", "002", "003", "004"}


def test_agreements_counted_not_kept_change_no_verdict_or_count(seed_registry, seed_results):
    counted = check_folder(seed_registry, seed_registry.articles, root=ROOT, agreements=False)
    assert not any(f.status == "agrees" for fs in counted.by_fact.values() for f in fs)
    assert discrepancies(counted) == discrepancies(seed_results)
    for fact in seed_registry.facts:
        assert counted.statuses(fact.id) == seed_results.statuses(fact.id) == Counter(f.status for f in seed_results.findings(fact.id))
    assert counted.missing_facts() == seed_results.missing_facts()
