"""The HTML report as a standards editor sees it, in headless Chromium."""

import datetime as dt
import statistics
import time

import pytest

from harness.findings import Finding
from harness.outputs.html import RegistryRun, render_html, write_html
from harness.registry.loader import load_registry
from tests.unit.helpers import check_text

FIXED_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
SCALE_VERSIONS, SCALE_FACTS = 1000, 200
SCALE_MAX_BYTES = 12 * 1024 * 1024
SCALE_MAX_LOAD_SECONDS = 3.0


@pytest.fixture(scope="module")
def seed_report(seed_results, tmp_path_factory):
    return write_html(tmp_path_factory.mktemp("report") / "report.html", [RegistryRun.from_results(seed_results)], options={"articles": "seeds"})


def test_matrix_shows_the_known_discrepancies(page, seed_report, artifacts):
    page.goto(seed_report.as_uri())
    for cell in ("kremlin-remarks-date.4", "quote-open-door-shut.3", "quote-nonstarters.3"):
        locator = page.locator(f"[id='{cell}']")
        assert locator.get_attribute("class") == "x" and locator.inner_text() == "✗"
    assert page.locator("[id='kremlin-remarks-date.1']").inner_text() == "✓"
    assert page.locator("[id='kremlin-remarks-date.3']").inner_text() == "–"
    assert page.locator(".matrix td.x").count() == 3
    page.screenshot(path=str(artifacts / "report-seed.png"), full_page=True)
    assert page.problems == []


def test_discrepancies_highlight_the_observed_value_discrepant_versions_first(page, seed_report):
    page.goto(seed_report.as_uri())
    section = page.locator("#discrepancy-kremlin-remarks-date")
    rows = section.locator("tbody tr")
    assert rows.first.get_attribute("class") == "row-contradicts"
    assert rows.first.locator("mark").inner_text() == "Wednesday"
    assert "Tuesday 2022-01-11" in section.locator(".expected").inner_text()
    assert [rows.nth(i).get_attribute("class") for i in range(1, rows.count())] == ["row-agrees"] * 3


def test_misquote_shows_a_word_level_difference(page, seed_report):
    page.goto(seed_report.as_uri())
    diff = page.locator("#discrepancy-quote-nonstarters .row-contradicts div.muted")
    assert diff.locator("del").all_inner_texts() == ["stand"]
    assert diff.locator("ins").all_inner_texts() == ["were", "to the United States"]


def test_filter_hides_the_agreeing_facts_and_links_are_targets(page, seed_report):
    page.goto(seed_report.as_uri())
    assert page.locator(".matrix tbody tr:visible").count() == 58
    page.get_by_label("only facts with discrepancies").check()
    visible = page.locator(".matrix tbody tr:visible")
    assert visible.count() == 3
    page.select_option("select[data-filter=kind]", "quote")
    assert page.locator(".matrix tbody tr:visible").count() == 2
    page.goto(seed_report.as_uri() + "#quote-nonstarters.3")
    assert page.evaluate("document.querySelector(':target').id") == "quote-nonstarters.3"


def test_reads_without_javascript(browser, seed_report):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(seed_report.as_uri())
    assert page.locator(".matrix td.x").count() == 3
    assert not page.locator("#filters").is_visible()
    context.close()


def test_report_is_reproducible_but_for_the_marked_timestamp(seed_results):
    runs = [RegistryRun.from_results(seed_results)]
    first = render_html(runs, options={}, generated=FIXED_TIME)
    again = render_html(runs, options={}, generated=FIXED_TIME)
    later = render_html(runs, options={}, generated=FIXED_TIME + dt.timedelta(hours=1))
    assert first == again
    assert [a for a, b in zip(first.splitlines(), later.splitlines()) if a != b] == [
        line for line in first.splitlines() if 'id="generated"' in line]


HOSTILE = '<script>alert(1)</script> <img src=x onerror=alert(2)> <a href="javascript:alert(3)">x</a> </textarea><b>'


def test_hostile_text_in_registry_and_article_is_shown_literally(page, tmp_path):
    registry_path = tmp_path / "hostile.yaml"
    registry_path.write_text(
        "schema_version: 1\nstory: 'Story " + HOSTILE.replace("'", "''") + "'\nreference_date: 2022-01-11\nfacts:\n"
        "  - id: remarks\n    kind: date\n    summary: '" + HOSTILE.replace("'", "''") + "'\n    date: 2022-01-11\n    anchors: [Kremlin said]\n",
        encoding="utf-8")
    registry = load_registry(registry_path)
    findings = check_text(registry, f"The Kremlin said Wednesday {HOSTILE} the talks failed.")
    assert [f.status for f in findings] == ["contradicts"]
    run = RegistryRun(registry, {"versions": [{"name": "article.txt", "label": HOSTILE, "outlet": HOSTILE, "published": None, "inferred": []}],
                                 "unreadable": [{"name": "bad.txt", "reason": HOSTILE}]}, {"remarks": findings})
    report = write_html(tmp_path / "report.html", [run], options={"articles": HOSTILE})
    page.goto(report.as_uri())
    page.wait_for_timeout(300)
    assert page.problems == []
    assert page.locator("script").count() == 1 and page.locator("main img").count() == 0
    assert page.locator("main a[href^='javascript']").count() == 0
    text = page.locator("body").inner_text()
    assert text.count("<script>alert(1)</script>") >= 4 and "</textarea><b>" in text


def _scale_run(tmp_path) -> RegistryRun:
    facts = "".join(f"  - {{id: fact-{i:03d}, kind: date, summary: Event {i}, date: 2022-01-11, anchors: [event {i}]}}\n" for i in range(SCALE_FACTS))
    path = tmp_path / "scale.yaml"
    path.write_text(f"schema_version: 1\nstory: Scale\nreference_date: 2022-01-11\nfacts:\n{facts}", encoding="utf-8")
    registry = load_registry(path)
    versions = [{"name": f"archive/version-{v:04d}.txt", "label": f"Version {v}", "outlet": "Wire", "published": "2022-01-11", "inferred": []}
                for v in range(SCALE_VERSIONS)]
    findings = {}
    for i, fact in enumerate(registry.facts):
        findings[fact.id] = [
            Finding(fact.id, "date", "weekday", "contradicts" if (v + i) % 97 == 0 else "agrees", "error", f"archive/version-{v:04d}.txt",
                    3, 10, f"Event {i} happened on Tuesday, officials said.", (19, 26), "Tuesday 2022-01-11", "Tuesday (2022-01-11)", "message")
            for v in range(SCALE_VERSIONS) if (v * 7 + i) % 3
        ]
    return RegistryRun(registry, {"versions": versions, "unreadable": []}, findings)


def test_scale_report_loads_quickly_and_stays_small(browser, tmp_path, artifacts):
    started = time.perf_counter()
    report = write_html(tmp_path / "scale.html", [_scale_run(tmp_path)], options={})
    render_seconds = time.perf_counter() - started
    size = report.stat().st_size
    page = browser.new_page()
    loads = []
    for _ in range(3):
        started = time.perf_counter()
        page.goto(report.as_uri(), wait_until="load")
        loads.append(time.perf_counter() - started)
    strips = page.locator(".matrix td.strip").all_inner_texts()
    page.goto(report.as_uri() + "#fact-005.92")
    marked = page.locator("[id='fact-005.92']").inner_text()
    page.close()
    (artifacts / "report-scale.txt").write_text(
        f"{SCALE_VERSIONS} versions x {SCALE_FACTS} facts: {size:,} bytes, rendered in {render_seconds:.2f} s, "
        f"Chromium load median {statistics.median(loads):.2f} s (runs: {', '.join(f'{s:.2f}' for s in loads)})\n", encoding="utf-8")
    assert len(strips) == SCALE_FACTS and all(len(strip) == SCALE_VERSIONS for strip in strips)
    assert marked == strips[5][92] == "✗"
    assert size < SCALE_MAX_BYTES
    assert min(loads) < SCALE_MAX_LOAD_SECONDS
