"""Articles as published: the seed versions wrapped as web pages of several real structures read as the text does."""

import html
from pathlib import Path

import pytest
import yaml

from harness.cli import main
from harness.engine import check_folder
from harness.registry import load_registry
from harness.testing.pages import page
from harness.text.versions import load_versions

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
META = yaml.safe_load((SEEDS / "versions.yaml").read_text(encoding="utf-8"))["versions"]


def observation(finding) -> tuple:
    return finding.fact_id, Path(finding.version).stem, finding.status, finding.check, finding.observed.replace('"', "").strip()


@pytest.fixture(scope="module")
def registry():
    return load_registry(ROOT / "facts" / "geneva-talks.yaml")


@pytest.mark.parametrize("structure", ["wire", "wordpress", "amp"])
def test_pages_give_the_same_findings_as_the_text_with_no_versions_yaml(tmp_path, registry, structure):
    for path in sorted(SEEDS.glob("*.txt")):
        (tmp_path / f"{path.stem}.html").write_text(page(path.read_text(encoding="utf-8"), META[path.name], structure), encoding="utf-8")
    pages = check_folder(registry, tmp_path, root=tmp_path)
    texts = check_folder(registry, SEEDS, root=ROOT)
    assert {observation(f) for fs in pages.by_fact.values() for f in fs} == {observation(f) for fs in texts.by_fact.values() for f in fs}
    assert [v.published.isoformat() for v in pages.versions] == [str(META[p.name]["published"]) for p in sorted(SEEDS.glob("*.txt"))]
    assert all(v.from_page[:1] == ("label",) and "published" in v.from_page for v in pages.versions)
    for finding in pages.discrepancies():
        source = (tmp_path / Path(finding.version).name).read_text(encoding="utf-8").splitlines()[finding.line - 1]
        assert html.unescape(source[finding.column - 1:]).startswith(finding.sentence[finding.highlight[0]:finding.highlight[1]][:8])


def test_scripts_styles_comments_and_related_links_never_reach_the_text(tmp_path):
    (tmp_path / "story.html").write_text(page("Headline\nThe Kremlin said Tuesday the talks failed.", {"published": "2022-01-11", "outlet": "X"}, "wire"),
                                         encoding="utf-8")
    [version], _ = load_versions(tmp_path)
    assert "Wednesday" not in version.text and "Thursday" not in version.text and "Jan. 3" not in version.text and "nobody" not in version.text


def test_versions_yaml_wins_over_the_page(tmp_path):
    (tmp_path / "story.html").write_text(page("Headline\nThe Kremlin said Tuesday the talks failed.", {"published": "2022-01-11", "outlet": "X"}, "wire"),
                                         encoding="utf-8")
    (tmp_path / "versions.yaml").write_text("schema_version: 1\nversions:\n  story.html: {label: Ours, published: 2022-01-12}\n", encoding="utf-8")
    [version], _ = load_versions(tmp_path)
    assert (version.label, version.published.isoformat(), version.outlet, version.from_page) == ("Ours", "2022-01-12", "X", ("outlet",))


@pytest.mark.parametrize("structure", ["wire", "wordpress"])
def test_an_update_after_publication_is_read_from_the_page(tmp_path, structure):
    source = page("Headline\nThe Kremlin said Tuesday the talks failed in Geneva on the day.", {"published": "2022-01-11", "outlet": "X"}, structure)
    updated = ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-01-11T09:00:00Z", '
               '"dateModified": "2022-01-13T17:30:00Z"}</script>' if structure == "wire"
               else '<meta property="article:modified_time" content="2022-01-13T17:30:00+00:00">')
    (tmp_path / "story.html").write_text(source.replace("</head>", updated + "\n</head>"), encoding="utf-8")
    (tmp_path / "same-day.html").write_text(source, encoding="utf-8")
    [same_day, story], _ = load_versions(tmp_path)
    assert (story.published.isoformat(), story.modified.isoformat()) == ("2022-01-11", "2022-01-13")
    assert "modified" in story.from_page and same_day.modified is None


def test_versions_yaml_gives_the_update_too(tmp_path):
    (tmp_path / "story.txt").write_text("The Kremlin said Tuesday the talks failed.\n", encoding="utf-8")
    (tmp_path / "versions.yaml").write_text("schema_version: 1\nversions:\n  story.txt: {published: 2022-01-11, modified: 2022-01-12}\n",
                                            encoding="utf-8")
    [version], _ = load_versions(tmp_path)
    assert version.modified.isoformat() == "2022-01-12" and version.from_page == ()


def test_a_page_with_no_article_is_listed_as_unreadable(tmp_path):
    (tmp_path / "empty.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    versions, unreadable = load_versions(tmp_path)
    assert versions == [] and "no article text" in unreadable[0].reason


def test_stray_entities_in_plain_text_are_decoded_and_positions_kept(tmp_path, registry, capsys, monkeypatch):
    (tmp_path / "a.txt").write_text("x &amp; y.\nThe Kremlin said Wednesday &quot;nothing&quot; changed.\n", encoding="utf-8")
    [version], _ = load_versions(tmp_path)
    assert '"nothing"' in version.text and "&quot;" not in version.text
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--registry", str(ROOT / "facts" / "geneva-talks.yaml"), "a.txt"]) == 1
    assert "a.txt:2:18: error kremlin-remarks-date" in capsys.readouterr().out
