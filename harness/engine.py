"""The checking pipeline: registry and versions in, findings out. Pure functions over plain data."""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from harness.cache import FindingsCache
from harness.checks import Check, checks_for
from harness.findings import Finding
from harness.registry.loader import Registry
from harness.text.article import Article
from harness.text.people import PeopleIndex
from harness.text.versions import UnreadableVersion, Version, load_versions


class Engine:
    """A registry compiled once into indexes, then run on any number of versions."""

    def __init__(self, registry: Registry):
        self.registry = registry
        self.people = PeopleIndex(registry.people)
        self.checks: list[Check] = checks_for(registry)
        self.severities = {fact.id: registry.severity(fact) for fact in registry.facts}

    def check_version(self, version: Version) -> list[Finding]:
        article = Article.prepare(version, people=self.people, reference_date=self.registry.reference_date, severities=self.severities)
        return [finding for check in self.checks for finding in check.run(article)]


@dataclass(slots=True)
class Results:
    """Every finding of one registry over one set of versions, grouped by fact."""

    registry: Registry
    versions: list[Version]
    unreadable: list[UnreadableVersion]
    by_fact: dict[str, list[Finding]] = field(default_factory=dict)
    agreements_counted: Counter = field(default_factory=Counter)

    def findings(self, fact_id: str) -> list[Finding]:
        return self.by_fact.get(fact_id, [])

    def statuses(self, fact_id: str) -> Counter:
        """How many of the fact's observations have each status, agreements not kept (only counted) included."""
        return Counter(finding.status for finding in self.findings(fact_id)) + Counter(agrees=self.agreements_counted[fact_id])

    def discrepancies(self) -> list[Finding]:
        return [finding for findings in self.by_fact.values() for finding in findings if finding.is_discrepancy]

    def missing_facts(self) -> list[str]:
        """Facts no version mentions at all: a check that matched nothing is never a pass."""
        return [fact.id for fact in self.registry.facts if not self.by_fact.get(fact.id) and not self.agreements_counted[fact.id]]


def check_versions(registry: Registry, versions: list[Version], unreadable: list[UnreadableVersion] = (),
                   *, on_version: Callable[[int], None] | None = None, cache: FindingsCache | None = None,
                   waiting_until: float | None = None, agreements: bool = True) -> Results:
    """Check every version; `on_version` hears the count done after each one (for a progress bar); `cache` keeps
    each version's findings, so an unchanged version is not checked again, and with `waiting_until` (a monotonic
    deadline) findings that other processes are putting there are waited for until then. Without `agreements`,
    agreements are counted, not kept: memory then grows with what the outputs show, not with the archive."""
    def each_version() -> Iterator[list[Finding]]:
        engine = None
        for done, version in enumerate(versions, 1):
            findings = cache.get(version, until=waiting_until) if cache else None
            if findings is None:
                engine = engine or Engine(registry)  # compiled only when some version needs checking
                findings = engine.check_version(version)
                if cache:
                    cache.put(version, findings)
            yield findings
            if on_version:
                on_version(done)

    return group_findings(registry, versions, unreadable, each_version(), agreements=agreements)


def group_findings(registry: Registry, versions: list[Version], unreadable: list[UnreadableVersion],
                   per_version: Iterable[list[Finding]], *, agreements: bool = True) -> Results:
    """Each version's findings, in version order, grouped by fact; without `agreements`, agreements only counted."""
    by_fact: dict[str, list[Finding]] = defaultdict(list)
    counted: Counter = Counter()
    for findings in per_version:
        for finding in findings:
            if agreements or finding.status != "agrees":
                by_fact[finding.fact_id].append(finding)
            else:
                counted[finding.fact_id] += 1
    return Results(registry, list(versions), list(unreadable), dict(by_fact), counted)


def check_folder(registry: Registry, articles: Path, *, root: Path | None = None, cache: FindingsCache | None = None,
                 share: tuple[int, int] | None = None, patience: float = 600.0, agreements: bool = True) -> Results:
    """Check every version in `articles` against `registry`. With a `share` (index, count) and a cache shared by
    `count` processes, this one checks every count-th version and takes the others' findings from the cache as
    they put them, checking itself any that do not come within `patience` seconds."""
    versions, unreadable = load_versions(articles, root=root)
    if share is None or cache is None:
        return check_versions(registry, versions, unreadable, cache=cache, agreements=agreements)
    index, count = share
    check_versions(registry, versions[index::count], cache=cache, agreements=False)
    return check_versions(registry, versions, unreadable, cache=cache, waiting_until=time.monotonic() + patience, agreements=agreements)
