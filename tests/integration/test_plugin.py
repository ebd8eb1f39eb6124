"""The pytest plugin, run for real through pytester."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

REGISTRY = """\
schema_version: 1
story: Test story
reference_date: 2022-01-11
articles: ../articles
people:
  - {id: peskov, name: Dmitry Peskov, titles: [Kremlin spokesman], pronoun: he}
facts:
  - id: remarks
    kind: date
    summary: Kremlin remarks
    date: 2022-01-11
    anchors: [Kremlin said]
  - id: troops
    kind: number
    value: 3000
    unit: troops
    anchors: [drills]
    examples:
      passes: ["3,000 troops took part in drills."]
      fails: ["30,000 troops took part in drills."]
"""


@pytest.fixture
def newsroom(pytester):
    pytester.makefile(".yaml", **{"facts/story": REGISTRY})
    pytester.makefile(".txt", **{"articles/first": "The Kremlin said Tuesday the talks failed.\n3,000 troops took part in drills.\n"})
    pytester.makefile(".txt", **{"articles/rewrite": "The Kremlin said Wednesday the talks failed.\n3,000 troops took part in drills.\n"})
    pytester.makeini("[pytest]\nfacts_registry = facts\n")
    return pytester


def test_each_fact_is_an_item_and_discrepancies_fail_with_sections(newsroom):
    result = newsroom.runpytest("-v")
    result.assert_outcomes(passed=4, failed=1)
    result.stdout.fnmatch_lines([
        "*story.yaml::remarks FAILED*",
        "remarks (date) — story.yaml:8: Kremlin remarks",
        "  expected: Tuesday 2022-01-11",
        "  1 discrepancy in 1 of 2 versions",
        "articles/rewrite.txt:1:18: error [weekday]",
        "  > The Kremlin said [[Wednesday]] the talks failed.",
        "  observed: Wednesday (2022-01-12)",
        "*2 facts checked against 2 versions: 1 discrepancy (of them 0 unattributed), 0 disputed, 0 unclear*",
    ])
    assert result.ret == 1


def test_a_fact_found_nowhere_fails_loudly(newsroom):
    newsroom.makefile(".txt", **{"articles/first": "Nothing here.", "articles/rewrite": "Nothing here either."})
    result = newsroom.runpytest()
    result.stdout.fnmatch_lines(["*found in none of the 2 versions checked*", "*a check that matched nothing is not a pass*"])
    result.assert_outcomes(passed=3, failed=2)


def test_a_broken_registry_is_a_collection_error_listing_every_problem(newsroom):
    newsroom.makefile(".yaml", **{"facts/story": REGISTRY.replace("anchors: [drills]", "anchor: [drills]").replace("date: 2022-01-11\n    anchors", "date: 2022-02-30\n    anchors")})
    result = newsroom.runpytest()
    assert result.ret == 2
    result.stdout.fnmatch_lines(["*story.yaml: 3 problems*", "facts/story.yaml:11:11: invalid-value: facts.0.date*", "*missing-key: facts.1.anchors is required*", "*unknown-key: unknown key 'anchor'*"])
    assert "Traceback" not in result.stdout.str()


def test_unreadable_article_is_reported_and_the_rest_still_checked(newsroom):
    (newsroom.path / "articles" / "broken.txt").write_bytes(b"\xff\xfe\x00binary")
    result = newsroom.runpytest()
    result.stdout.fnmatch_lines(["*articles/broken.txt: the file is binary*"])
    result.assert_outcomes(passed=3, failed=2)


def test_the_articles_option_overrides_the_registry(newsroom):
    newsroom.makefile(".txt", **{"other/only": "The Kremlin said Tuesday.\n3,000 troops took part in drills.\n"})
    newsroom.runpytest("--facts-articles=other").assert_outcomes(passed=5)


def test_fail_on_warning_and_per_fact_severity(newsroom):
    newsroom.makefile(".yaml", **{"facts/story": REGISTRY.replace("summary: Kremlin remarks", "summary: Kremlin remarks\n    severity: warning")})
    newsroom.runpytest().assert_outcomes(passed=5)
    newsroom.runpytest("--facts-fail-on=warning").assert_outcomes(passed=4, failed=1)


def test_registry_examples_run_as_items(newsroom):
    newsroom.makefile(".yaml", **{"facts/story": REGISTRY.replace('fails: ["30,000', 'fails: ["3,000')})
    result = newsroom.runpytest()
    result.stdout.fnmatch_lines(["*troops[[]fails-1[]]*", "*the example must fail this fact, but it agrees*"])


def test_html_report_is_written(newsroom):
    result = newsroom.runpytest("--facts-html=out/report.html")
    html = (newsroom.path / "out" / "report.html").read_text(encoding="utf-8")
    assert 'id="discrepancy-remarks"' in html and "Wednesday" in html
    result.stdout.fnmatch_lines(["HTML report: *out/report.html"])


def test_xdist_gives_the_same_verdicts_and_report(newsroom):
    serial = newsroom.runpytest_subprocess("--facts-html=serial.html", "-p", "no:randomly")
    parallel = newsroom.runpytest_subprocess("-n", "2", "--facts-html=parallel.html")
    assert serial.parseoutcomes() == {k: v for k, v in parallel.parseoutcomes().items() if k in serial.parseoutcomes()}
    strip = lambda path: (newsroom.path / path).read_text(encoding="utf-8").split('id="generated"')[1].split("</span>", 1)[1]
    assert strip("serial.html") == strip("parallel.html")


def test_agreements_are_kept_only_for_the_html_report_and_no_report_keeps_its_payload(newsroom):
    def kept(*args):
        result = newsroom.inline_run(*args)
        run = result.getcalls("pytest_sessionfinish")[0].session.config.pluginmanager.get_plugin("wirefacts-run")
        statuses = {f.status for by_fact in run.findings.values() for found in by_fact.values() for f in found}
        carried = [r for r in result.getreports("pytest_runtest_logreport") if hasattr(r, "wirefacts_payload")]
        return statuses, carried

    assert kept() == ({"contradicts"}, [])
    assert kept("--facts-html=report.html") == ({"agrees", "contradicts"}, [])


def test_the_plugin_never_writes_registry_or_articles(newsroom):
    before = {p: p.read_bytes() for p in newsroom.path.rglob("*") if p.is_file() and p.suffix in (".yaml", ".txt")}
    newsroom.runpytest("--facts-html=report.html")
    assert {p: p.read_bytes() for p in before} == before


def test_waivers_in_the_plugin(newsroom):
    waiver = ("schema_version: 1\nwaivers:\n  - fact: remarks\n    versions: articles/rewrite.txt\n    reason: checked\n"
              "    accepted_by: desk\n    expires: {expires}\n")
    newsroom.makefile(".yaml", live=waiver.format(expires="2099-01-01"), expired=waiver.format(expires="2020-01-01"))
    live = newsroom.runpytest("--facts-waivers=live.yaml")
    live.assert_outcomes(passed=5)
    live.stdout.fnmatch_lines(["1 discrepancy waived"])
    expired = newsroom.runpytest("--facts-waivers=expired.yaml")
    expired.assert_outcomes(passed=4, failed=1)
    expired.stdout.fnmatch_lines(["*expired on 2020-01-01: renew it or fix the articles*"])
    assert "matched nothing" not in expired.stdout.str()


def test_explain_shows_what_tied_each_discrepancy(newsroom):
    result = newsroom.runpytest("--facts-explain")
    result.assert_outcomes(passed=4, failed=1)
    result.stdout.fnmatch_lines(['*tied by: anchor "Kremlin said" at 1:5 in the same clause; read against*'])


def test_an_unattributed_quote_is_a_warning_that_fails_only_at_warning(newsroom):
    newsroom.makefile(".yaml", **{"facts/story": REGISTRY + """\
  - id: no-optimism
    kind: quote
    quote: We see no significant reason for optimism
    speaker: peskov
"""})
    newsroom.makefile(".txt", **{"articles/stripped": '"We see no significant reason for optimism," told reporters.\n'})
    newsroom.runpytest().assert_outcomes(passed=5, failed=1)
    result = newsroom.runpytest("--facts-fail-on", "warning")
    result.assert_outcomes(passed=4, failed=2)
    result.stdout.fnmatch_lines(["*warning [[]speaker[]]*", "*the quote names no speaker; the registry has Dmitry Peskov*"])


def test_a_registry_folder_named_on_the_command_line_is_collected(newsroom):
    newsroom.makefile(".yaml", **{"elsewhere/story": REGISTRY})
    newsroom.makeini("[pytest]\nfacts_registry = facts\n")
    result = newsroom.runpytest("elsewhere", "--facts-articles", "articles")
    result.assert_outcomes(passed=4, failed=1)


def test_findings_are_kept_in_pytests_cache_and_reused_until_a_version_changes(newsroom):
    first = newsroom.runpytest()
    first.assert_outcomes(passed=4, failed=1)
    entries = sorted((newsroom.path / ".pytest_cache").rglob("wirefacts/*/*.json"))
    assert len(entries) == 2
    stamps = {entry: entry.stat().st_mtime_ns for entry in entries}
    newsroom.runpytest().assert_outcomes(passed=4, failed=1)
    assert {entry: entry.stat().st_mtime_ns for entry in entries} == stamps  # read, not written again
    newsroom.makefile(".txt", **{"articles/rewrite": "The Kremlin said Tuesday the talks failed.\n3,000 troops took part in drills.\n"})
    newsroom.runpytest().assert_outcomes(passed=5)
    assert newsroom.runpytest("--cache-clear").ret == 0


def test_the_cache_folder_can_be_chosen_and_the_cache_plugin_turned_off(newsroom):
    newsroom.runpytest("--facts-cache=findings").assert_outcomes(passed=4, failed=1)
    assert len(list((newsroom.path / "findings").rglob("*.json"))) == 2
    newsroom.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=4, failed=1)
