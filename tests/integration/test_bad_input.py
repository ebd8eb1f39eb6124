"""Bad input gets a located error or a safe result, through the command and the plugin: never a traceback."""

import os
import time
from pathlib import Path

import pytest

from harness.cli import main

HEAD = "schema_version: 1\nstory: Test\nreference_date: 2022-01-11\n"
FACT = "facts:\n  - {id: remarks, kind: date, date: 2022-01-11, anchors: [Kremlin said]}\n"
BOMB = "\n".join([HEAD + "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
                 + [f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]" for prev, name in zip("abcdefg", "bcdefgh")]
                 + ["facts:\n  - {id: x, kind: date, date: 2022-01-01, anchors: *h}\n"])


@pytest.mark.parametrize(("text", "code", "line"), [
    (BOMB, "alias", 4),
    (HEAD + "facts:\n  - {id: x, kind: [quote], quote: a, speaker: b}\n", "unknown-kind", 5),
    (HEAD + "facts: " + "[" * 5000 + "]" * 5000 + "\n", "too-deep", 1),
    (HEAD + "facts:\n  - {id: x, kind: number, value: .nan, unit: troops, anchors: [y]}\n", "invalid-value", 5),
    (HEAD + "facts:\n  - {id: x, kind: number, value: .inf, unit: troops, anchors: [y]}\n", "invalid-value", 5),
    (HEAD + "story2: !!python/object:os.system x\n" + FACT, "yaml-syntax", 4),
], ids=["alias-bomb", "kind-as-list", "deep-nesting", "nan", "infinity", "python-tag"])
def test_a_broken_registry_is_located_quickly_with_exit_2(tmp_path, capsys, text, code, line):
    registry = tmp_path / "story.yaml"
    registry.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    status = main(["validate", str(registry)])
    err = capsys.readouterr().err
    assert status == 2 and f"story.yaml:{line}:" in err and f": {code}:" in err and "hint:" in err
    assert time.perf_counter() - started < 5  # generous: the alias bomb once took minutes and gigabytes


def test_a_python_tag_gets_a_hint_about_tags(tmp_path, capsys):
    (tmp_path / "story.yaml").write_text(HEAD + "x: !!python/object:os.system y\n" + FACT, encoding="utf-8")
    main(["validate", str(tmp_path / "story.yaml")])
    assert "tags such as !!python/object are not allowed" in capsys.readouterr().err


@pytest.fixture
def newsroom(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "facts").mkdir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("The Kremlin said Tuesday the talks failed.\n", encoding="utf-8")
    (tmp_path / "facts" / "story.yaml").write_text(HEAD + "articles: ../articles\n" + FACT, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("articles", "code"), [("/etc", "articles-outside"), ("../../../../etc", "articles-outside"),
                                                ("story.yaml", "articles-not-a-folder")])
def test_a_registry_cannot_point_the_gate_outside_the_repository(newsroom, capsys, articles, code):
    (newsroom / "facts" / "story.yaml").write_text(HEAD + f"articles: {articles}\n" + FACT, encoding="utf-8")
    assert main(["check"]) == 2
    err = capsys.readouterr().err
    assert f"story.yaml:4:11: {code}:" in err and "hint:" in err


def test_allow_outside_reads_a_folder_outside_on_request(newsroom, tmp_path_factory, capsys):
    outside = tmp_path_factory.mktemp("elsewhere")
    (outside / "b.txt").write_text("The Kremlin said Tuesday the talks failed.\n", encoding="utf-8")
    (newsroom / "facts" / "story.yaml").write_text(HEAD + f"articles: {outside}\n" + FACT, encoding="utf-8")
    assert main(["check", "--allow-outside"]) == 0


def test_the_articles_option_is_checked(newsroom, capsys):
    (newsroom / "drafts").mkdir()
    (newsroom / "drafts" / "d.txt").write_text("The Kremlin said Wednesday the talks failed.\n", encoding="utf-8")
    assert main(["check", "--articles", "drafts"]) == 1
    assert "drafts/d.txt:1:18: error remarks" in capsys.readouterr().out


def test_unreadable_entries_are_listed_and_the_rest_still_checked(newsroom, capsys, monkeypatch):
    articles = newsroom / "articles"
    os.symlink("nowhere.txt", articles / "dangling.txt")
    os.symlink(articles, articles / "loop")
    (articles / "locked.txt").write_text("x\n", encoding="utf-8")
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: (_ for _ in ()).throw(PermissionError(13, "Permission denied"))
                        if self.name == "locked.txt" else real_open(self, *a, **k))
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "dangling.txt:1:1: error unreadable: a link to a file that does not exist" in out
    assert "loop:1:1: error unreadable: a link to a folder, not followed" in out
    assert "locked.txt:1:1: error unreadable: Permission denied" in out
    assert "3 unreadable" in out and "of 1 versions" in out


@pytest.mark.parametrize("where", ["readonly/out.json", "folder"], ids=["read-only-folder", "a-folder"])
def test_output_that_cannot_be_written_is_a_clear_error_with_exit_3(newsroom, capsys, where):
    (newsroom / "readonly").mkdir()
    (newsroom / "folder").mkdir()
    if where.startswith("readonly"):
        if os.geteuid() == 0:
            pytest.skip("root writes to read-only folders; the a-folder case covers the error path")
        (newsroom / "readonly").chmod(0o500)
    assert main(["check", "--format", "json", "--output", where]) == 3
    assert f"wirefacts: error: cannot write {where}" in capsys.readouterr().err


def test_an_html_report_that_cannot_be_written_fails_the_plugin_with_exit_3(pytester):
    pytester.makefile(".yaml", **{"facts/story": HEAD + "articles: ../articles\n" + FACT})
    pytester.makefile(".txt", **{"articles/a": "The Kremlin said Tuesday the talks failed.\n"})
    pytester.makeini("[pytest]\nfacts_registry = facts\n")
    (pytester.path / "report.html").mkdir()
    result = pytester.runpytest("--facts-html", "report.html")
    assert result.ret == 3
    result.stdout.fnmatch_lines(["*wirefacts: error: cannot write*report.html: it is a folder*"])


def test_a_waiver_file_of_another_schema_version_is_refused(newsroom, capsys):
    (newsroom / "waivers.yaml").write_text("schema_version: 99\nwaivers: []\n", encoding="utf-8")
    assert main(["check", "--waivers", "waivers.yaml"]) == 2
    assert "waivers.yaml:1:17: invalid-waiver: schema_version: Input should be 1" in capsys.readouterr().err


def test_two_person_facts_on_one_person_both_see_the_mention(tmp_path):
    from tests.unit.helpers import check_text, make_registry
    registry = make_registry(tmp_path, [{"id": "name", "kind": "person", "person": "peskov"},
                                        {"id": "name-again", "kind": "person", "person": "peskov"}])
    findings = check_text(registry, "Dmitry Peskov spoke.")
    assert {f.fact_id for f in findings} == {"name", "name-again"}


@pytest.fixture
def plugin_newsroom(pytester):
    pytester.makefile(".yaml", **{"facts/story": HEAD + "articles: ../articles\n" + FACT})
    pytester.makefile(".txt", **{"articles/a": "The Kremlin said Tuesday the talks failed.\n"})
    pytester.makeini("[pytest]\nfacts_registry = facts\n")
    return pytester


def test_the_plugin_reports_an_alias_bomb_as_a_located_collection_error(plugin_newsroom):
    plugin_newsroom.makefile(".yaml", **{"facts/story": BOMB})
    result = plugin_newsroom.runpytest()
    assert result.ret == 2
    result.stdout.fnmatch_lines(["*story.yaml:4:*: alias: YAML aliases and anchors*"])


def test_the_plugin_refuses_articles_outside_the_repository(plugin_newsroom):
    plugin_newsroom.makefile(".yaml", **{"facts/story": HEAD + "articles: /etc\n" + FACT})
    result = plugin_newsroom.runpytest()
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(["*story.yaml:4:11: articles-outside: articles: /etc lies outside*"])


def test_the_plugin_lists_an_unreadable_article_and_checks_the_rest(plugin_newsroom, monkeypatch):
    (plugin_newsroom.path / "articles" / "dangling.txt").symlink_to("nowhere.txt")
    result = plugin_newsroom.runpytest()
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*articles/dangling.txt: a link to a file that does not exist*"])


def test_a_file_name_that_is_not_utf8_is_shown_escaped(newsroom, capsys):
    (newsroom / "articles" / os.fsdecode(b"caf\xe9.txt")).write_text("The Kremlin said Wednesday the talks failed.\n", encoding="utf-8")
    assert main(["check", "--html", "report.html"]) == 1
    assert "articles/caf\\xe9.txt:1:18: error remarks" in capsys.readouterr().out
    assert "caf\\xe9.txt" in (newsroom / "report.html").read_text(encoding="utf-8")


def test_two_number_facts_sharing_an_anchor_both_see_their_values(tmp_path):
    from tests.unit.helpers import check_text, make_registry
    registry = make_registry(tmp_path, [{"id": "min", "kind": "number", "value": 4, "unit": "hours", "anchors": ["inspections"]},
                                        {"id": "max", "kind": "number", "value": 8, "unit": "hours", "anchors": ["inspections"]}])
    findings = check_text(registry, "The required inspections take around four to eight hours per aircraft.")
    assert {(f.fact_id, f.status) for f in findings} == {("min", "agrees"), ("max", "agrees")}


@pytest.mark.parametrize(("text", "code"), [
    (BOMB, "alias"),
    (HEAD + "facts:\n  - {id: x, kind: [quote], quote: a, speaker: b}\n", "unknown-kind"),
    (HEAD + "facts: " + "[" * 5000 + "]" * 5000 + "\n", "too-deep"),
    (HEAD + "facts:\n  - {id: x, kind: number, value: .inf, unit: troops, anchors: [y]}\n", "invalid-value"),
    (HEAD + "story2: !!python/object:os.system x\n" + FACT, "yaml-syntax"),
], ids=["alias-bomb", "kind-as-list", "deep-nesting", "infinity", "python-tag"])
def test_the_plugin_reports_each_broken_registry_as_a_located_collection_error(plugin_newsroom, text, code):
    plugin_newsroom.makefile(".yaml", **{"facts/story": text})
    result = plugin_newsroom.runpytest()
    assert result.ret == 2
    result.stdout.fnmatch_lines([f"*story.yaml:*:*: {code}: *", "*hint: *"])
    assert "Traceback" not in result.stdout.str()


def test_the_plugin_refuses_a_waiver_file_of_another_schema_version(plugin_newsroom):
    plugin_newsroom.makefile(".yaml", waivers="schema_version: 99\nwaivers: []\n")
    result = plugin_newsroom.runpytest("--facts-waivers", "waivers.yaml")
    assert result.ret != 0
    assert "waivers.yaml:1:17: invalid-waiver: schema_version: Input should be 1" in result.stderr.str() + result.stdout.str()
