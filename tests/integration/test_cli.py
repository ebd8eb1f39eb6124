"""The `wirefacts` command: golden outputs on the seed story, exit statuses, waivers, changed files, registry tooling."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from harness.cli import main
from harness.registry.schema import registry_json_schema
from harness.registry.yamlsource import read_yaml
from tests.integration.command import ROOT, run_cli

GOLDEN = Path(__file__).parent / "golden"
SARIF_SCHEMA = ROOT / ".cache" / "sarif-schema-2.1.0.json"


@pytest.mark.parametrize("form", ["text", "json", "github", "sarif"])
def test_golden_output_on_the_seed_story(in_root, capsys, form):
    status, out, _ = run_cli(capsys, "check", "--format", form)
    golden = GOLDEN / f"seed.{form}"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(out, encoding="utf-8")
    assert status == 1
    assert out == golden.read_text(encoding="utf-8")


def test_json_lists_agreements_on_request(in_root, capsys):
    _, out, _ = run_cli(capsys, "check", "--format", "json", "--agreements")
    document = json.loads(out)
    statuses = {f["status"] for f in document["findings"]}
    assert statuses == {"agrees", "contradicts"}
    assert document["summary"]["agrees"] == len([f for f in document["findings"] if f["status"] == "agrees"]) > 200
    assert json.loads(run_cli(capsys, "check", "--format", "json")[1])["summary"] == document["summary"]
    quote = next(f for f in document["findings"] if f["fact_id"] == "quote-open-door-shut" and f["status"] == "contradicts")
    assert quote["speaker"] == "sherman" and quote["path"] == "seeds/003_2461c13cff11bb1f.txt"


@pytest.fixture(scope="session")
def sarif_schema() -> dict:
    """The official SARIF 2.1.0 schema, as Microsoft ships it in an npm package, fetched once into .cache/."""
    if not SARIF_SCHEMA.exists():
        npm = shutil.which("npm")
        if npm is None:
            if os.environ.get("CI"):
                pytest.fail("npm is needed to fetch the SARIF schema")
            pytest.skip("npm is not installed: the SARIF schema cannot be fetched")
        SARIF_SCHEMA.parent.mkdir(exist_ok=True)
        work = SARIF_SCHEMA.parent / "sarif-package"
        work.mkdir(exist_ok=True)
        subprocess.run([npm, "pack", "@microsoft/jest-sarif@1.0.0-beta.0", "--silent"], cwd=work, check=True, capture_output=True)
        subprocess.run(["tar", "xzf", "microsoft-jest-sarif-1.0.0-beta.0.tgz", "package/lib/schemas/sarif-2.1.0-rtm.5.json"], cwd=work, check=True)
        (work / "package" / "lib" / "schemas" / "sarif-2.1.0-rtm.5.json").replace(SARIF_SCHEMA)
        shutil.rmtree(work)
    return json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))


def test_sarif_is_valid_against_the_official_schema(in_root, capsys, sarif_schema):
    _, out, _ = run_cli(capsys, "check", "--format", "sarif")
    jsonschema.validate(json.loads(out), sarif_schema, cls=jsonschema.Draft7Validator)


@pytest.fixture
def desk(tmp_path, monkeypatch):
    """A newsroom repository: the seed registry and two drafts, one clean, one contradicting it."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CI", raising=False)
    (tmp_path / "facts").mkdir()
    registry = (ROOT / "facts" / "geneva-talks.yaml").read_text(encoding="utf-8").replace("articles: ../seeds", "articles: ../drafts")
    (tmp_path / "facts" / "story.yaml").write_text(registry, encoding="utf-8")
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "good.txt").write_text("The Kremlin said Tuesday the talks gave little reason for optimism.\n", encoding="utf-8")
    (drafts / "bad.txt").write_text("The Kremlin said Wednesday the talks gave little reason for optimism.\n", encoding="utf-8")
    (drafts / "versions.yaml").write_text("schema_version: 1\nversions:\n  good.txt: {published: 2022-01-11}\n  bad.txt: {published: 2022-01-11}\n", encoding="utf-8")
    return tmp_path


def test_exit_statuses(desk, capsys):
    assert run_cli(capsys, "check", "drafts/good.txt")[0] == 0
    status, out, _ = run_cli(capsys, "check", "drafts/bad.txt")
    assert status == 1 and out.startswith("drafts/bad.txt:1:18: error kremlin-remarks-date: ")
    assert run_cli(capsys, "check", "drafts/nope.txt")[0] == 2
    with pytest.raises(SystemExit) as usage:
        main(["check", "--frobnicate"])
    assert usage.value.code == 2


def test_severity_threshold(desk, capsys):
    story = desk / "facts" / "story.yaml"
    story.write_text(story.read_text(encoding="utf-8").replace("articles: ../drafts", "articles: ../drafts\nseverities: {date: warning}"), encoding="utf-8")
    status, out, _ = run_cli(capsys, "check", "drafts/bad.txt")
    assert status == 0 and ": warning kremlin-remarks-date:" in out
    assert run_cli(capsys, "check", "drafts/bad.txt", "--fail-on", "warning")[0] == 1


def test_broken_registry_exits_2_with_located_problems(desk, capsys):
    story = desk / "facts" / "story.yaml"
    story.write_text(story.read_text(encoding="utf-8").replace("kind: date", "kind: dates", 1), encoding="utf-8")
    status, out, err = run_cli(capsys, "check", "drafts")
    assert status == 2 and out == ""
    assert "facts/story.yaml:" in err and "unknown-kind: kind 'dates' is not a fact kind" in err and "hint:" in err
    assert "Traceback" not in err


def test_unreadable_article_is_reported_and_fails(desk, capsys):
    (desk / "drafts" / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    status, out, _ = run_cli(capsys, "check", "drafts")
    assert status == 1
    assert "drafts/latin1.txt:1:1: error unreadable: byte 0xe9 is not valid UTF-8" in out
    assert "drafts/bad.txt:1:18: error kremlin-remarks-date" in out


WAIVER = """\
schema_version: 1
waivers:
  - fact: kremlin-remarks-date
    versions: drafts/bad.txt
    reason: Rewrite desk confirmed the remarks ran on Wednesday in this edition.
    accepted_by: J. Editor
    expires: {expires}
"""


def test_waived_discrepancy_is_shown_and_passes(desk, capsys):
    (desk / "waivers.yaml").write_text(WAIVER.format(expires="2099-01-01"), encoding="utf-8")
    status, out, _ = run_cli(capsys, "check", "drafts", "--waivers", "waivers.yaml")
    assert status == 0
    assert "drafts/bad.txt:1:18: waived kremlin-remarks-date:" in out and "[waived: Rewrite desk confirmed" in out


def test_expired_and_unused_waivers(desk, capsys):
    (desk / "waivers.yaml").write_text(WAIVER.format(expires="2020-01-01") + WAIVER.split("waivers:\n")[1].replace("drafts/bad.txt", "drafts/none.txt").format(expires="2099-01-01"), encoding="utf-8")
    status, out, _ = run_cli(capsys, "check", "drafts", "--waivers", "waivers.yaml")
    assert status == 1
    assert "expired on 2020-01-01" in out and "(drafts/none.txt) matched nothing" in out


@pytest.mark.parametrize(("text", "expected"), [
    (WAIVER.format(expires="2099-01-01").replace("reason:", "reasons:"), "waivers.0.reasons"),
    (WAIVER.format(expires="2099-13-01"), "'2099-13-01' is not a day"),
], ids=["unknown-key", "malformed-date"])
def test_bad_waiver_files_exit_2(desk, capsys, text, expected):
    (desk / "waivers.yaml").write_text(text, encoding="utf-8")
    status, _, err = run_cli(capsys, "check", "drafts", "--waivers", "waivers.yaml")
    assert status == 2 and expected in err and "waivers.yaml:" in err


def test_changed_files_only(desk, capsys):
    def git(*args):
        subprocess.run(["git", *args], check=True, capture_output=True, cwd=desk)

    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty", "-m", "start")
    git("add", "-A")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "drafts")
    (desk / "drafts" / "good.txt").write_text("The Kremlin said Tuesday, again.\n", encoding="utf-8")
    status, out, _ = run_cli(capsys, "check", "drafts", "--changed-since", "HEAD")
    assert status == 0 and "of 1 versions" in out
    assert run_cli(capsys, "check", "drafts", "--changed-since", "HEAD~1")[0] == 1
    assert run_cli(capsys, "check", "drafts", "--changed-since", "no-such-rev")[0] == 2


def test_validate_lints_every_problem(desk, capsys):
    assert run_cli(capsys, "validate")[0] == 0
    story = desk / "facts" / "story.yaml"
    story.write_text(story.read_text(encoding="utf-8").replace("pronoun: he", "pronoun: him", 2).replace("anchors:", "anchor:", 1), encoding="utf-8")
    status, _, err = run_cli(capsys, "validate", "facts")
    assert status == 2 and err.count("invalid-value") == 2 and "unknown key 'anchor'" in err


def test_shipped_json_schema_is_in_sync_and_accepts_the_seed_registry():
    shipped = json.loads((ROOT / "harness" / "registry" / "registry.schema.json").read_text(encoding="utf-8"))
    assert shipped == registry_json_schema()
    seed = read_yaml(ROOT / "facts" / "geneva-talks.yaml").data
    jsonschema.validate(seed, shipped)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**seed, "storry": "x"}, shipped)


def test_the_command_never_writes_its_inputs(desk, capsys):
    (desk / "waivers.yaml").write_text(WAIVER.format(expires="2099-01-01"), encoding="utf-8")
    before = {p: p.read_bytes() for p in desk.rglob("*") if p.is_file()}
    run_cli(capsys, "check", "drafts", "--waivers", "waivers.yaml", "--format", "json")
    assert {p: p.read_bytes() for p in before} == before


def test_installed_console_script(desk):
    script = Path(sys.executable).with_name("wirefacts")
    done = subprocess.run([str(script), "check", "drafts/good.txt"], capture_output=True, text=True, cwd=desk)
    assert done.returncode == 0 and done.stdout.startswith("PASS: 0 discrepancies")


def test_explain_lists_every_observation_with_its_tie(in_root, capsys):
    status, out, _ = run_cli(capsys, "check", "--explain")
    assert status == 1
    assert "seeds/004_716e416b2848e74f.txt:3:26: error kremlin-remarks-date:" in out
    assert '    tied by: anchor "Kremlin said" at 3:13 in the same clause; read against 2022-01-12' in out
    assert "agrees troops-near-ukraine" in out


@pytest.mark.parametrize("story", sorted(p.name for p in (ROOT / "tests" / "data" / "stories").iterdir() if p.is_dir()))
def test_findings_do_not_depend_on_the_hash_seed(story):
    """Ties between facts or quotes are broken by registry order, never by set or dict hashing."""
    command = [str(Path(sys.executable).with_name("wirefacts")), "check", "--registry", f"tests/data/stories/{story}/facts.yaml",
               "--format", "json", "--agreements"]
    outputs = {seed: subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2")}
    assert outputs["1"] == outputs["2"] and json.loads(outputs["1"])["findings"]


def test_a_cached_second_run_reports_the_same(in_root, capsys, tmp_path):
    first = run_cli(capsys, "check", "--format", "json", "--cache", str(tmp_path / "cache"))
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 5
    assert run_cli(capsys, "check", "--format", "json", "--cache", str(tmp_path / "cache")) == first
