"""The checks: one module per fact kind, each a `Check` built once from a registry's facts of its kind, run on every article.

May import the text, the registry and the findings: it knows nothing of outputs, the front doors or pytest.
"""

from __future__ import annotations

from typing import Iterator, Protocol

from harness.findings import Finding
from harness.registry.loader import Registry
from harness.text.article import Article


class Check(Protocol):
    def __init__(self, registry: Registry, facts: list) -> None: ...

    def run(self, article: Article) -> Iterator[Finding]: ...


def checks_for(registry: Registry) -> list[Check]:
    """A check for every fact kind the registry uses."""
    from harness.checks.dates import DateCheck
    from harness.checks.numbers import NumberCheck
    from harness.checks.persons import PersonCheck
    from harness.checks.quotes import QuoteCheck

    by_kind = {"date": DateCheck, "number": NumberCheck, "quote": QuoteCheck, "person": PersonCheck}
    checks = []
    for kind, check in by_kind.items():
        facts = [fact for fact in registry.facts if fact.kind == kind]
        if facts:
            checks.append(check(registry, facts))
    return checks
