"""Accepted discrepancies: a waiver names a fact, the versions it covers, why, who accepted it and until when."""

from __future__ import annotations

import datetime as dt
import fnmatch
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from harness.findings import Finding
from harness.registry.problems import InputError
from harness.registry.schema import DayText, Identifier, Text
from harness.registry.yamlsource import read_yaml


class WaiverEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    fact: Identifier
    versions: Text
    reason: Text
    accepted_by: Text
    expires: DayText | None = None


class WaiverFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    schema_version: Literal[1]
    waivers: tuple[WaiverEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class Waiver:
    fact: str
    versions: str
    reason: str
    accepted_by: str
    expires: dt.date | None
    line: int

    def expired(self, today: dt.date) -> bool:
        return self.expires is not None and self.expires < today

    def covers(self, finding: Finding) -> bool:
        name = finding.version
        return finding.fact_id == self.fact and (fnmatch.fnmatchcase(name, self.versions) or fnmatch.fnmatchcase(Path(name).name, self.versions))

    def describe(self) -> str:
        until = f", until {self.expires}" if self.expires else ""
        return f"{self.reason} (accepted by {self.accepted_by}{until})"


@dataclass(frozen=True, slots=True)
class WaiverOutcome:
    findings: list[Finding]
    unused: list[Waiver]
    expired: list[Waiver]


def load_waivers(path: Path) -> list[Waiver]:
    """Read a waiver file strictly; every problem is located, as for a registry."""
    document = read_yaml(Path(path))
    try:
        parsed = WaiverFile.model_validate(document.data)
    except ValidationError as error:
        raise InputError([
            document.problem(tuple(detail["loc"]), "invalid-waiver", f"{'.'.join(map(str, detail['loc']))}: {detail['msg'].removeprefix('Value error, ')}",
                             "write `schema_version: 1`: this version of the harness reads no other" if detail["loc"] == ("schema_version",)
                             else "each waiver takes fact, versions, reason, accepted_by and an optional expires (YYYY-MM-DD)",
                             key=detail["type"] == "extra_forbidden")
            for detail in error.errors()
        ]) from None
    return [
        Waiver(entry.fact, entry.versions, entry.reason, entry.accepted_by,
               dt.date.fromisoformat(entry.expires) if entry.expires else None, document.locate(("waivers", index))[0])
        for index, entry in enumerate(parsed.waivers)
    ]


def apply_waivers(findings: list[Finding], waivers: list[Waiver], *, today: dt.date) -> WaiverOutcome:
    """Mark each discrepancy a live waiver covers as waived; list the waivers that expired or covered nothing."""
    live = [waiver for waiver in waivers if not waiver.expired(today)]
    expired = [waiver for waiver in waivers if waiver.expired(today)]
    used: set[int] = set()
    result = []
    for finding in findings:
        waiver = next((w for w in live if finding.is_discrepancy and w.covers(finding)), None)
        if waiver is None:
            result.append(finding)
            continue
        used.add(id(waiver))
        result.append(replace(finding, status="waived", waiver=waiver.describe()))
    return WaiverOutcome(result, [w for w in live if id(w) not in used], expired)
