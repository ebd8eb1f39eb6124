"""Loading a registry file: strict YAML, the schema, then the checks across entries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from pydantic import BaseModel, ValidationError
from rapidfuzz import process

from harness.registry.problems import InputError, Problem
from harness.registry.schema import FACT_KINDS, FACT_MODELS, Examples, Fact, Person, RegistryFile, short
from harness.registry.yamlsource import YamlDocument, read_yaml

DEFAULT_SEVERITY = "error"


@dataclass(frozen=True, slots=True)
class Registry:
    """One story's people and facts, with the registry line of each fact for error reports."""

    path: Path
    story: str
    schema_version: int
    reference_date: dt.date
    timezone: str
    articles: Path | None
    people: dict[str, Person]
    facts: tuple[Fact, ...]
    lines: dict[str, int]
    severities: dict[str, str]
    articles_at: tuple[int, int] = (1, 1)

    def fact(self, fact_id: str) -> Fact:
        return next(fact for fact in self.facts if fact.id == fact_id)

    def severity(self, fact: Fact) -> str:
        """The fact's own severity, else its kind's in this registry, else error."""
        return fact.severity or self.severities.get(fact.kind, DEFAULT_SEVERITY)

    def articles_folder(self, root: Path, *, allow_outside: bool = False) -> Path:
        """The folder the registry's `articles:` names: it must be a folder, and inside `root` unless allowed, so a
        registry in a pull request cannot make a CI gate read, and publish, files from elsewhere."""
        line, column = self.articles_at
        folder = self.articles
        if folder is not None and folder.is_file():
            raise InputError([Problem(self.path, line, column, "articles-not-a-folder", f"articles: {folder} is a file, not a folder",
                                      "name the folder that holds the story's versions")])
        if folder is not None and not allow_outside and not folder.resolve().is_relative_to(root.resolve()):
            raise InputError([Problem(self.path, line, column, "articles-outside", f"articles: {folder} lies outside {root}",
                                      "keep the versions inside the repository, or pass --allow-outside (--facts-allow-outside) to read them")])
        return folder


def load_registry(path: Path) -> Registry:
    """Read and validate one registry file, or raise `InputError` listing every problem in it."""
    path = Path(path)
    document = read_yaml(path)
    if not isinstance(document.data, dict):
        raise InputError([document.problem((), "not-a-mapping", "the registry must be a mapping of keys", "start the file with `schema_version: 1`")])
    problems = list(_cross_check(document))
    try:
        parsed = RegistryFile.model_validate(document.data)
    except ValidationError as error:
        problems += [_problem_from(document, detail) for detail in error.errors()]
    if problems:
        raise InputError(problems)
    registry = build_registry(parsed, path=path, lines={fact.id: document.locate(("facts", index))[0] for index, fact in enumerate(parsed.facts)})
    return replace(registry, articles_at=document.locate(("articles",)))


def build_registry(parsed: RegistryFile, *, path: Path, lines: dict[str, int]) -> Registry:
    """The engine's view of a validated registry file."""
    return Registry(
        path=path,
        story=parsed.story,
        schema_version=parsed.schema_version,
        reference_date=dt.date.fromisoformat(parsed.reference_date),
        timezone=parsed.timezone,
        articles=(path.parent / parsed.articles) if parsed.articles else None,
        people={person.id: person for person in parsed.people},
        facts=parsed.facts,
        lines=lines,
        severities=dict(parsed.severities),
    )


def _cross_check(document: YamlDocument):
    """Checks across entries, run on the raw data so they are reported alongside schema errors."""
    people, facts = (_entries(document.data.get(section)) for section in ("people", "facts"))
    if not facts:
        yield document.problem(("facts",), "no-facts", "the registry has no facts", "add at least one entry under `facts:`")
    yield from _duplicate_ids(document, "people", people)
    yield from _duplicate_ids(document, "facts", facts)
    known_people = sorted({entry["id"] for _, entry in people if isinstance(entry.get("id"), str)})
    for index, fact in facts:
        kind = fact.get("kind")
        field = {"quote": "speaker", "person": "person"}.get(kind) if isinstance(kind, str) else None
        reference = fact.get(field) if field else None
        if isinstance(reference, str) and reference not in known_people:
            yield document.problem(
                ("facts", index, field), "unknown-person", f"facts.{index}.{field}: {reference!r} is not a person in this registry",
                _suggest(reference, known_people, "add them under `people:`"),
            )


def _entries(section: object) -> list[tuple[int, dict]]:
    if not isinstance(section, list):
        return []
    return [(index, entry) for index, entry in enumerate(section) if isinstance(entry, dict)]


def _duplicate_ids(document: YamlDocument, section: str, entries: list[tuple[int, dict]]):
    first_index: dict[str, int] = {}
    for index, entry in entries:
        entry_id = entry.get("id")
        if not isinstance(entry_id, str):
            continue
        if entry_id in first_index:
            yield document.problem(
                (section, index, "id"), "duplicate-id", f"{section}.{index}.id: {entry_id!r} is already used by {section}.{first_index[entry_id]}",
                "give each entry a unique, stable id",
            )
        first_index.setdefault(entry_id, index)


def _problem_from(document: YamlDocument, detail: dict) -> Problem:
    loc = _without_kind_tags(detail["loc"])
    where = ".".join(str(step) for step in loc) or "the registry"
    kind = detail["type"]
    if kind == "extra_forbidden":
        allowed = sorted(_model_at(document, loc[:-1]).model_fields)
        return document.problem(loc, "unknown-key", f"unknown key {loc[-1]!r} in {'.'.join(map(str, loc[:-1])) or 'the registry'}", _suggest(str(loc[-1]), allowed, "remove it"), key=True)
    if kind == "missing":
        return document.problem(loc, "missing-key", f"{where} is required", f"add `{loc[-1]}:` here")
    if kind == "union_tag_invalid":
        return document.problem((*loc, "kind"), "unknown-kind", f"kind {detail['ctx']['tag']!r} is not a fact kind", f"kind must be one of: {', '.join(FACT_KINDS)}")
    if kind == "union_tag_not_found":
        return document.problem(loc, "missing-key", f"{where} has no kind", f"add `kind:` with one of: {', '.join(FACT_KINDS)}")
    message = detail["msg"].removeprefix("Value error, ")
    got = f", got {short(detail['input'])}" if kind != "value_error" else ""
    return document.problem(loc, "invalid-value", f"{where}: {message}{got}", _hint_for(loc))


def _without_kind_tags(loc: tuple) -> tuple:
    """Pydantic names the chosen union member in the location; the file does not."""
    if len(loc) > 2 and loc[0] == "facts" and loc[2] in FACT_KINDS:
        return (*loc[:2], *loc[3:])
    return tuple(loc)


def _model_at(document: YamlDocument, loc: tuple) -> type[BaseModel]:
    """The schema model that describes the mapping at `loc`."""
    if loc[:1] == ("people",):
        return Person
    if loc[:1] == ("facts",) and len(loc) >= 2:
        if loc[2:3] == ("examples",):
            return Examples
        fact = document.data["facts"][loc[1]]
        kind = fact.get("kind") if isinstance(fact, dict) else None
        return FACT_MODELS.get(kind, RegistryFile) if isinstance(kind, str) else RegistryFile
    return RegistryFile


def _hint_for(loc: tuple) -> str:
    field = next((step for step in reversed(loc) if isinstance(step, str)), "")
    hints = {
        "schema_version": "write `schema_version: 1`",
        "date": "write YYYY-MM-DD, or YYYY for a year",
        "reference_date": "write YYYY-MM-DD",
        "severity": "use one of: error, warning, info",
        "pronoun": "use one of: he, she, they, or it for an organisation",
        "tolerance": "write a fraction between 0 and 1, such as 0.05 for 5%",
        "id": "use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit",
        "timezone": "write an IANA time zone name such as Europe/Moscow or America/New_York",
        "value": "write a plain decimal number such as 100000 or 2.5 (no quotes, no exponent)",
    }
    return hints.get(field, "see the registry format in the README")


def _suggest(wrong: str, choices: list[str], otherwise: str) -> str:
    match = process.extractOne(wrong, choices, score_cutoff=70) if choices else None
    if match:
        return f"did you mean {match[0]!r}? Otherwise {otherwise}"
    return f"{otherwise}; known: {', '.join(choices)}" if choices else otherwise
