"""`wirefacts compare` and `wirefacts draft` on the seed story: outputs, exit statuses and files."""

import json

from tests.integration.command import run_cli


def test_compare_reports_where_versions_disagree_and_exits_1(in_root, capsys):
    status, out, _ = run_cli(capsys, "compare", "seeds")
    assert status == 1
    lines = [line for line in out.splitlines() if line.startswith("seeds/")]
    assert [line.split(":")[0][6:9] for line in lines] == ["003", "003", "004"]
    assert "the other versions have Julianne Smith" in out and "Wednesday (2022-01-12)" in out


def test_compare_writes_every_format_from_the_same_findings(in_root, capsys, tmp_path):
    _, out, _ = run_cli(capsys, "compare", "seeds", "--format", "json", "--html", str(tmp_path / "compare.html"))
    document = json.loads(out)
    assert sorted(f["check"] for f in document["findings"]) == ["speaker", "speaker", "weekday"]
    html = (tmp_path / "compare.html").read_text(encoding="utf-8")
    assert "date-" in html and "quote-" in html
    for form in ("github", "sarif"):
        status, out, _ = run_cli(capsys, "compare", "seeds", "--format", form)
        assert status == 1 and "003_2461c13cff11bb1f.txt" in out


def test_versions_that_agree_compare_clean(in_root, capsys):
    status, out, _ = run_cli(capsys, "compare", "seeds/000_5246a519a52cd0d6.txt", "seeds/001_127b0735d8820874.txt")
    assert status == 0, out


def test_draft_writes_a_registry_that_validates_and_never_overwrites_without_force(in_root, capsys, tmp_path):
    target = tmp_path / "facts" / "story.yaml"
    target.parent.mkdir()
    status, _, err = run_cli(capsys, "draft", "seeds", "-o", str(target))
    assert status == 0 and "marked for review" in err
    text = target.read_text(encoding="utf-8")
    assert "# review:" in text and "articles:" in text
    assert run_cli(capsys, "validate", str(target))[0] == 0
    status, _, err = run_cli(capsys, "check", "--registry", str(target), "--allow-outside")
    assert status == 1
    target.write_text("kept", encoding="utf-8")
    status, _, err = run_cli(capsys, "draft", "seeds", "-o", str(target))
    assert status == 2 and "--force" in err and target.read_text(encoding="utf-8") == "kept"
    assert run_cli(capsys, "draft", "seeds", "-o", str(target), "--force")[0] == 0


def test_draft_to_standard_output_and_a_missing_folder_is_a_usage_error(in_root, capsys):
    status, out, _ = run_cli(capsys, "draft", "seeds")
    assert status == 0 and out.startswith("# Drafted by `wirefacts draft`")
    status, _, err = run_cli(capsys, "compare", "no-such-folder")
    assert status == 2 and "does not exist" in err
