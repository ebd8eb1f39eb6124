"""A registry drafted from the versions, and the check of the versions against it.

Every group two or more versions state becomes a fact with the majority value; where versions disagree, a
`review:` comment above the fact says what each version says, for an editor to decide. The draft is loaded with
the registry loader (so it passes `wirefacts validate`) and the versions are checked against it: `compare`
reports those findings, so the minority versions are exactly what `check` with the draft reports.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from harness.compare.groups import Group, agree, anchors, common_value, date_text, group, majority, settled
from harness.compare.names import Named, find_people
from harness.compare.observations import Observation, observe, phrase_counts, unit_words
from harness.engine import Results, check_versions
from harness.findings import FLAGGED, Finding
from harness.registry.loader import Registry, load_registry
from harness.registry.schema import LONGEST_PHRASE
from harness.text.article import Article
from harness.text.document import normalise
from harness.text.people import PeopleIndex
from harness.text.quantities import format_number
from harness.text.versions import METADATA_FILE, Version

_SNIPPET = 110
_DRAFT = "drafted-registry.yaml"


@dataclass(frozen=True, slots=True)
class Draft:
    """The drafted registry as YAML text, as loaded, and the versions checked against it."""

    text: str
    registry: Registry
    results: Results

    @property
    def conflicts(self) -> list[Finding]:
        return [finding for findings in self.results.by_fact.values() for finding in findings if finding.status in FLAGGED]


def draft(versions: list[Version], *, articles: str | None = None, story: str | None = None) -> Draft:
    """Draft a registry from `versions`; `articles` is the folder the registry should name, relative to where it is written."""
    named = find_people({version.name: normalise(version.text) for version in versions})
    people = {entry.person.id: entry.person for entry in named}
    reference = _reference_date(versions)
    index = PeopleIndex(people)
    observations: list[Observation] = []
    rarity: Counter = Counter()
    for version in versions:
        article = Article.prepare(version, people=index, reference_date=reference)
        observations += observe(article, people)
        rarity += phrase_counts(article)
    groups = group(observations)
    facts = [fact for g in groups if (fact := _fact(g, rarity)) is not None]
    facts = _unique_ids(facts) + _person_facts(named)
    header = _header(story or _headline(versions), reference, articles)
    text = _render(header, named, facts, {})
    registry = _load(text)
    results = check_versions(registry, versions)
    text = _render(header, named, facts, _reviews(facts, results)) + _metadata_block(versions)
    return Draft(text, registry, _as_comparison(results))


def _as_comparison(results: Results) -> Results:
    """The findings as a comparison reads them: the value set against a version is what the other versions say."""
    by_fact = {fact_id: [replace(f, message=f.message.replace("the registry has", "the other versions have")) for f in findings]
               for fact_id, findings in results.by_fact.items()}
    return replace(results, by_fact=by_fact)


# ---- facts ----------------------------------------------------------------------------------------------------------

@dataclass
class _Fact:
    id: str
    kind: str
    fields: dict
    group: Group | None = None


def _fullest_that_fits(wordings: list[str]) -> str:
    """The fullest wording a registry can hold: a quote longer than a registry string allows (a whole post quoted)
    is cut after its last full sentence that fits."""
    return max((wording if len(wording) <= LONGEST_PHRASE else _cut(wording) for wording in wordings), key=len, default="")


def _cut(wording: str) -> str:
    """The wording's full sentences that fit a registry string, or nothing."""
    head = wording[:LONGEST_PHRASE]
    end = max(head.rfind(mark) for mark in (". ", "! ", "? "))
    return head[:end + 1] if end > 0 else ""


def _fact(g: Group, rarity: Counter) -> _Fact | None:
    if g.kind != "quote" and not settled(g):
        return None
    chosen = majority(g)
    if g.kind == "quote":
        speakers = Counter(o.speaker for o in g.observations if o.speaker)
        if not speakers:
            return None
        speaker = speakers.most_common(1)[0][0]
        wording = _fullest_that_fits([o.text.strip() for o in g.observations if o.speaker == speaker])
        if not wording:
            return None
        return _Fact(_slug("quote", chosen.value[:4]), "quote", {"summary": _summary(chosen), "quote": wording, "speaker": speaker}, g)
    words = anchors(g, rarity)
    if not words:
        return None
    if g.kind == "date":
        return _Fact(_slug("date", words), "date", {"summary": _summary(chosen), "date": date_text(chosen.value), "anchors": words}, g)
    mention = chosen.value
    unit = unit_words(mention)
    unit = unit[:unit.index(g.unit) + 1] if g.unit in unit else unit  # "magnitude" of "6.8-magnitude quake"
    return _Fact(_slug(g.unit, words), "number", {"summary": _summary(chosen), "value": _number(common_value(g, chosen)),
                                                  "unit": " ".join(unit), "anchors": words}, g)


def _person_facts(named: list[Named]) -> list[_Fact]:
    return [_Fact(f"name-{entry.person.id}", "person", {"person": entry.person.id}) for entry in named]


def _unique_ids(facts: list[_Fact]) -> list[_Fact]:
    seen: Counter = Counter()
    for fact in facts:
        seen[fact.id] += 1
        if seen[fact.id] > 1:
            fact.id = f"{fact.id}-{seen[fact.id]}"
    return facts


def _slug(prefix: str, phrases) -> str:
    """An id from a kind and the fact's words: "date-amid-tensions-given-little"."""
    body = "-".join(re.sub(r"[^a-z0-9]+", "-", phrase.lower()) for phrase in phrases)
    return re.sub(r"-+", "-", f"{prefix}-{body}").strip("-")[:60].strip("-") or prefix


def _number(value: float):
    return int(value) if float(value).is_integer() else value


def _summary(observation: Observation) -> str:
    sentence = observation.sentence
    return sentence if len(sentence) <= _SNIPPET else sentence[:_SNIPPET].rsplit(" ", 1)[0] + " …"


# ---- reviews --------------------------------------------------------------------------------------------------------

def _reviews(facts: list[_Fact], results: Results) -> dict[str, list[str]]:
    """For each fact the versions disagree on, what each version says."""
    reviews: dict[str, list[str]] = {}
    for fact in facts:
        flagged = [f for f in results.by_fact.get(fact.id, []) if f.status in FLAGGED]
        differing = fact.group is not None and _disagree(fact.group)
        if not flagged and not differing:
            continue
        lines = [f"{f.version}: {f.status} ({f.observed}; the draft has {f.expected})" for f in flagged]
        if fact.group is not None:
            lines += [f"{version} says {_shown(o)}" for version, o in fact.group.members.items()]
        reviews[fact.id] = [" ".join(line.split()) for line in lines]  # a comment is one line
    return reviews


def _disagree(g: Group) -> bool:
    members = g.observations
    if g.kind == "quote":
        return len({o.speaker for o in members if o.speaker}) > 1
    return any(not agree(a, b) for a in members for b in members)


def _shown(observation: Observation) -> str:
    if observation.kind == "quote":
        return f"“{observation.text.strip()[:60]}” (speaker: {observation.speaker or 'none named'})"
    if observation.kind == "number":
        return f"{observation.text} ({format_number(observation.value.value)})"
    return f"{observation.text} ({date_text(observation.value)})"


# ---- the registry file ----------------------------------------------------------------------------------------------

def _header(story: str, reference: dt.date, articles: str | None) -> list[str]:
    lines = ["# Drafted by `wirefacts draft`. Every `review:` comment marks versions that disagree: decide, then delete it.",
             "schema_version: 1", f"story: {_scalar(story)}", f"reference_date: {reference.isoformat()}"]
    if articles:
        lines.append(f"articles: {_scalar(articles)}")
    return lines


def _render(header: list[str], named: list[Named], facts: list[_Fact], reviews: dict[str, list[str]]) -> str:
    lines = [*header, "", "people:" if named else "people: []"]
    for entry in named:
        person = entry.person
        if entry.variants:
            lines.append(f"  # review: spelled otherwise in {', '.join(f'{v} ({s})' for v, s in entry.variants.items())}")
        lines += [f"  - id: {person.id}", f"    name: {_scalar(person.name)}"]
        if person.titles:
            lines.append(f"    titles: [{', '.join(_scalar(title) for title in person.titles)}]")
        lines.append(f"    pronoun: {person.pronoun}")
    lines += ["", "facts:" if facts else "facts: []"]
    for fact in facts:
        for index, line in enumerate(reviews.get(fact.id, [])):
            lines.append(f"  # {'review: ' if index == 0 else '  '}{line}")
        lines += [f"  - id: {fact.id}", f"    kind: {fact.kind}"]
        for key, value in fact.fields.items():
            shown = f"[{', '.join(_scalar(v) for v in value)}]" if isinstance(value, list) else _scalar(value)
            lines.append(f"    {key}: {shown}")
    return "\n".join(lines) + "\n"


def _metadata_block(versions: list[Version]) -> str:
    """For a folder with no `versions.yaml`, its entries as comments to save there: the draft never writes beside
    the articles itself."""
    by_folder: dict[Path, list[Version]] = {}
    for version in versions:
        folder = version.path.parent
        if not (folder / METADATA_FILE).exists():
            by_folder.setdefault(folder, []).append(version)
    lines = []
    for folder, missing in by_folder.items():
        lines += ["", f"# {METADATA_FILE} for {folder.as_posix()}/, which has none: save the lines below without their \"# \" as",
                  f"# {(folder / METADATA_FILE).as_posix()} and add what the text does not say (outlet, published).",
                  "# schema_version: 1", "# versions:"]
        for version in missing:
            lines += [f"#   {version.path.name}:", f"#     label: {_scalar(_headline([version])[:80])}"]
            lines += [f"#     published: {version.published.isoformat()}"] if version.published else []
    return "\n".join(lines) + "\n" if lines else ""


def _scalar(value) -> str:
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


def _load(text: str) -> Registry:
    """The draft through the registry loader, as `wirefacts validate` reads it; named as a draft in the outputs."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / _DRAFT
        path.write_text(text, encoding="utf-8")
        registry = load_registry(path)
    return replace(registry, path=Path(_DRAFT))


def _reference_date(versions: list[Version]) -> dt.date:
    """The date most versions were published on (today when none says), against which undated ones are read."""
    published = Counter(version.published for version in versions if version.published)
    return published.most_common(1)[0][0] if published else dt.date.today()


def _headline(versions: list[Version]) -> str:
    for version in versions:
        first = next((line.strip() for line in version.text.splitlines() if line.strip()), "")
        if first:
            return first[:100]
    return "Drafted story"
