from pathlib import Path

import pytest

from harness.registry.loader import load_registry
from harness.registry.problems import InputError
from harness.registry.schema import Person

VALID_HEAD = "schema_version: 1\nstory: Test\nreference_date: 2022-01-11\n"
PERSON = "people:\n  - id: smith\n    name: Julianne Smith\n    pronoun: she\n"
DATE_FACT = "facts:\n  - id: talks\n    kind: date\n    date: 2022-01-10\n    anchors: [talks]\n"


def write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "registry.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def problems(tmp_path: Path, text: str | bytes):
    with pytest.raises(InputError) as caught:
        load_registry(write(tmp_path, text))
    return caught.value.problems


def test_a_valid_registry_loads_with_the_line_of_each_fact(tmp_path):
    registry = load_registry(write(tmp_path, VALID_HEAD + PERSON + DATE_FACT))
    assert [fact.id for fact in registry.facts] == ["talks"]
    assert registry.lines["talks"] == 9
    assert registry.people["smith"].pronoun == "she"


INVALID = [
    ("unknown-top-level-key", VALID_HEAD + "storry: x\n" + DATE_FACT, "unknown-key", 4, "did you mean 'story'"),
    ("unknown-fact-key", VALID_HEAD + DATE_FACT + "    anchor: [x]\n", "unknown-key", 9, "did you mean 'anchors'"),
    ("duplicate-key", VALID_HEAD + "story: again\n" + DATE_FACT, "duplicate-key", 4, "remove or rename"),
    ("duplicate-fact-id", VALID_HEAD + DATE_FACT + "  - id: talks\n    kind: date\n    date: 2022-01-11\n    anchors: [x]\n", "duplicate-id", 9, "unique"),
    ("unknown-speaker", VALID_HEAD + PERSON + "facts:\n  - id: q\n    kind: quote\n    quote: hello there\n    speaker: smyth\n", "unknown-person", 12, "did you mean 'smith'"),
    ("invalid-date", VALID_HEAD + "facts:\n  - id: d\n    kind: date\n    date: 2022-13-45\n    anchors: [x]\n", "invalid-value", 7, "YYYY-MM-DD"),
    ("number-as-text", VALID_HEAD + "facts:\n  - id: n\n    kind: number\n    value: '3,000'\n    unit: troops\n    anchors: [x]\n", "invalid-value", 7, "no quotes"),
    ("unknown-kind", VALID_HEAD + "facts:\n  - id: k\n    kind: rumour\n", "unknown-kind", 6, "date, number, quote, person"),
    ("missing-anchors", VALID_HEAD + "facts:\n  - id: d\n    kind: date\n    date: 2022-01-10\n", "missing-key", 5, "add `anchors:`"),
    ("bad-severity", VALID_HEAD + DATE_FACT + "    severity: fatal\n", "invalid-value", 9, "error, warning, info"),
    ("bad-pronoun", VALID_HEAD + "people:\n  - id: p\n    name: A B\n    pronoun: him\n" + DATE_FACT, "invalid-value", 7, "he, she, they, or it"),
    ("bad-id", VALID_HEAD + "facts:\n  - id: Bad Id\n    kind: date\n    date: 2022-01-10\n    anchors: [x]\n", "invalid-value", 5, "lower-case"),
    ("wrong-schema-version", "schema_version: 2\nstory: T\nreference_date: 2022-01-11\n" + DATE_FACT, "invalid-value", 1, "schema_version: 1"),
    ("no-facts", VALID_HEAD + "facts: []\n", "no-facts", 4, "add at least one"),
    ("yaml-syntax", VALID_HEAD + "facts: [\n", "yaml-syntax", 5, "indentation"),
    ("not-a-mapping", "- just\n- a list\n", "not-a-mapping", 1, "schema_version"),
    ("empty-file", "", "empty", 1, "schema_version"),
    ("bad-timezone", VALID_HEAD + "timezone: Mars/Olympus\n" + DATE_FACT, "invalid-value", 4, "IANA"),
]


@pytest.mark.parametrize(("text", "code", "line", "hint"), [case[1:] for case in INVALID], ids=[case[0] for case in INVALID])
def test_invalid_registries_name_line_code_and_hint(tmp_path, text, code, line, hint):
    found = problems(tmp_path, text)
    match = [problem for problem in found if problem.code == code]
    assert match, found
    assert match[0].line == line
    assert hint in match[0].hint
    assert str(match[0]).split("\n")[0].endswith(f"registry.yaml:{line}:{match[0].column}: {code}: {match[0].message}")


def test_every_problem_of_a_file_is_reported_at_once(tmp_path):
    text = VALID_HEAD + "storry: x\n" + PERSON + (
        "facts:\n  - id: a\n    kind: date\n    date: 2022-13-01\n    anchors: [x]\n"
        "  - id: a\n    kind: quote\n    quote: hi there you\n    speaker: nobody\n"
    )
    codes = sorted(problem.code for problem in problems(tmp_path, text))
    assert codes == ["duplicate-id", "invalid-value", "unknown-key", "unknown-person"]


def test_non_utf8_registry_is_a_located_problem(tmp_path):
    [problem] = problems(tmp_path, VALID_HEAD.encode() + b"story2: caf\xe9\n")
    assert (problem.code, problem.line, problem.column) == ("encoding", 4, 12)


def test_yaml_is_only_safe_loaded(tmp_path):
    found = problems(tmp_path, VALID_HEAD + "x: !!python/object/apply:os.system ['true']\n" + DATE_FACT)
    assert found[0].code == "yaml-syntax"


def test_loading_never_writes_the_registry(tmp_path):
    path = write(tmp_path, VALID_HEAD + DATE_FACT)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    load_registry(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_the_seed_registry_is_valid(seed_registry):
    assert seed_registry.schema_version == 1
    kinds = {fact.kind for fact in seed_registry.facts}
    assert kinds == {"date", "number", "quote", "person"}
    assert sum(fact.kind == "quote" for fact in seed_registry.facts) >= 10


@pytest.mark.parametrize(("name", "surname"), [
    ("Catherine, Princess of Wales", "Catherine"),  # princess-wales-cancer-2024: "the Prince of Wales" is not hers
    ("Martin Luther King, Jr.", "King"),
    ("Julianne Smith", "Smith"),
])
def test_a_surname_is_the_last_word_before_any_comma(name, surname):
    assert Person(id="p", name=name).surname == surname
