"""Building small registries and articles in tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from harness.engine import Engine
from harness.findings import Finding
from harness.registry.loader import Registry, load_registry
from harness.text.versions import Version

PEOPLE = [
    {"id": "smith", "name": "Julianne Smith", "titles": ["U.S. Ambassador to NATO"], "pronoun": "she"},
    {"id": "sherman", "name": "Wendy Sherman", "titles": ["Deputy Secretary of State"], "pronoun": "she"},
    {"id": "peskov", "name": "Dmitry Peskov", "spellings": ["Dmitri Peskov"], "titles": ["Kremlin spokesman", "Kremlin spokesperson"], "pronoun": "he"},
    {"id": "putin", "name": "Vladimir Putin", "titles": ["President"], "pronoun": "he"},
    {"id": "biden", "name": "Joe Biden", "titles": ["President"], "pronoun": "he"},
    {"id": "zelenskyy", "name": "Volodymyr Zelenskyy", "titles": ["President", "Ukrainian President"], "pronoun": "he"},
]


def make_registry(tmp_path: Path, facts: list[dict], *, people: list[dict] = PEOPLE, reference_date: str = "2022-01-11") -> Registry:
    path = tmp_path / "registry.yaml"
    path.write_text(yaml.safe_dump({"schema_version": 1, "story": "Test story", "reference_date": reference_date,
                                    "people": people, "facts": facts}, sort_keys=False), encoding="utf-8")
    return load_registry(path)


def check_text(registry: Registry, text: str, *, published: dt.date | None = None) -> list[Finding]:
    version = Version("article.txt", Path("article.txt"), text, "test", None, published, ())
    return Engine(registry).check_version(version)


def statuses(findings: list[Finding], fact_id: str) -> list[str]:
    return [finding.status for finding in findings if finding.fact_id == fact_id]
