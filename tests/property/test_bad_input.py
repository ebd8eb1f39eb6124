"""Generated bad input, as a hostile or careless user would write it: never a traceback, never a hang, never a
changed input, and a broken registry always exits 2 with file:line:column."""

import re
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harness.cli import main
from harness.engine import check_versions
from harness.registry.loader import load_registry
from harness.text.versions import load_versions

SEED_REGISTRY = (Path(__file__).resolve().parents[2] / "facts" / "geneva-talks.yaml").read_text(encoding="utf-8")
LOCATED = re.compile(r"^\S+\.yaml:\d+:\d+: [a-z-]+: .+\n    hint: .+", re.MULTILINE)

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=20))
structures = st.recursive(scalars, lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
                          max_leaves=20)


@st.composite
def broken_registries(draw) -> str:
    """A valid registry with a line cut, swapped or replaced, or a random structure dumped as YAML."""
    if draw(st.booleans()):
        return yaml.safe_dump(draw(structures))
    lines = SEED_REGISTRY.splitlines()
    index = draw(st.integers(0, len(lines) - 1))
    edit = draw(st.sampled_from(["drop", "garble", "indent", "duplicate", "tab"]))
    if edit == "drop":
        del lines[index]
    elif edit == "garble":
        lines[index] = draw(st.text(st.characters(blacklist_categories=("Cs",)), max_size=30))
    elif edit == "indent":
        lines[index] = " " + lines[index]
    elif edit == "duplicate":
        lines.insert(index, lines[index])
    else:
        lines[index] = "\t" + lines[index]
    return "\n".join(lines) + "\n"


@settings(max_examples=60, deadline=5000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(broken_registries())
def test_a_broken_registry_exits_2_with_a_located_problem_or_loads(tmp_path, capsys, text):
    path = tmp_path / "story.yaml"
    path.write_text(text, encoding="utf-8")
    status = main(["validate", str(path)])
    captured = capsys.readouterr()
    assert status in (0, 2)
    if status == 2:
        assert LOCATED.search(captured.err), captured.err
    assert path.read_bytes() == text.encode("utf-8")


@settings(max_examples=40, deadline=5000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.binary(max_size=400) | st.text(max_size=400).map(lambda t: t.encode("utf-8", "surrogatepass")), min_size=1, max_size=4))
def test_any_article_bytes_are_checked_or_listed_as_unreadable(tmp_path, articles):
    registry = load_registry(Path(__file__).resolve().parents[2] / "facts" / "geneva-talks.yaml")
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for index, data in enumerate(articles):
        (folder / f"{index}.txt").write_bytes(data)
    versions, unreadable = load_versions(folder, root=tmp_path)
    assert len(versions) + len(unreadable) == len(articles)
    results = check_versions(registry, versions, unreadable)
    assert all(finding.version in {v.name for v in versions} for finding in results.discrepancies())
    assert [(folder / f"{i}.txt").read_bytes() for i in range(len(articles))] == articles
