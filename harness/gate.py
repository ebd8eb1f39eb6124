"""The pre-publish gate: registries and drafts in, findings with waivers applied and a verdict out."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from harness.archive import DaskUnavailable, check_on_dask
from harness.cache import FindingsCache
from harness.engine import Results, check_versions
from harness.findings import Finding
from harness.registry.loader import load_registry
from harness.registry.problems import InputError
from harness.registry.schema import SEVERITY_RANK
from harness.registry.waivers import Waiver, apply_waivers, load_waivers
from harness.text.versions import UnreadableVersion, Version, load_versions

EXIT_CLEAN, EXIT_DISCREPANCIES, EXIT_USAGE, EXIT_OUTPUT = 0, 1, 2, 3


class UsageError(Exception):
    """A mistake in how the command was called; the message says how to call it."""


@dataclass(slots=True)
class GateRun:
    results: list[Results]
    findings: list[Finding]
    fail_on: str
    unused_waivers: list[Waiver] = field(default_factory=list)
    expired_waivers: list[Waiver] = field(default_factory=list)

    @property
    def unreadable(self) -> list[UnreadableVersion]:
        return [version for results in self.results for version in results.unreadable]

    @property
    def versions(self) -> list[Version]:
        return [version for results in self.results for version in results.versions]

    def statuses(self) -> Counter:
        """The findings by status, agreements that were only counted included."""
        counted = Counter(finding.status for finding in self.findings)
        counted["agrees"] += sum(sum(results.agreements_counted.values()) for results in self.results)
        return counted

    def failing(self) -> list[Finding]:
        threshold = SEVERITY_RANK[self.fail_on]
        return [f for f in self.findings if f.is_discrepancy and SEVERITY_RANK[f.severity] >= threshold]

    @property
    def exit_status(self) -> int:
        return EXIT_DISCREPANCIES if self.failing() or self.expired_waivers or self.unreadable else EXIT_CLEAN


def registry_files(paths: list[Path]) -> list[Path]:
    files = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml"))
        elif path.exists():
            files.append(path)
        else:
            raise UsageError(f"registry {path} does not exist; pass a registry file or folder with --registry")
    if not files:
        raise UsageError(f"no registry files in {', '.join(map(str, paths))}; pass one with --registry")
    return files


def changed_files(revision: str, *, root: Path) -> set[Path]:
    """Files changed since `revision` (committed, staged or not) and new untracked files, as resolved paths."""
    def git(*args: str) -> list[str]:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True)
        if done.returncode != 0:
            raise UsageError(f"git could not list changes since {revision!r}: {done.stderr.strip()}; pass a revision git knows")
        return [line for line in done.stdout.splitlines() if line]

    top = Path(git("rev-parse", "--show-toplevel")[0])
    names = git("diff", "--name-only", "--diff-filter=ACMR", revision, "--") + git("ls-files", "--others", "--exclude-standard")
    return {(top / name).resolve() for name in names}


def read_versions(paths: list[Path], *, root: Path) -> tuple[list[Version], list[UnreadableVersion]]:
    """Every version in the article files and folders; the ones that cannot be read apart, never dropped."""
    versions, unreadable = [], []
    for path in paths:
        if not path.exists():
            raise UsageError(f"article path {path} does not exist; pass article files or folders")
        found, broken = load_versions(path, root=root)
        versions += found
        unreadable += broken
    return versions, unreadable


def run_gate(registry_paths: list[Path], article_paths: list[Path], *, fail_on: str = "error", waivers: Path | None = None,
             changed_since: str | None = None, root: Path, today: dt.date | None = None, allow_outside: bool = False,
             on_version: Callable[[int, int], None] | None = None, cache: Path | None = None, dask: str | None = None,
             agreements: bool = True) -> GateRun:
    """Check the articles (or each registry's own folder) against every registry, here or on the Dask cluster at
    `dask`; raise `InputError` for broken inputs. Without `agreements`, agreements are counted, not kept."""
    if dask and cache:
        raise UsageError("--dask and --cache cannot be combined: a cluster's workers do not share this machine's cache folder")
    registries, problems = [], []
    for path in registry_files(registry_paths):
        try:
            registries.append(load_registry(path))
        except InputError as error:
            problems += error.problems
    waiver_list = []
    if waivers is not None:
        if not waivers.exists():
            raise UsageError(f"waiver file {waivers} does not exist; check the --waivers path")
        try:
            waiver_list = load_waivers(waivers)
        except InputError as error:
            problems += error.problems
    for registry in registries if not article_paths else ():
        try:
            registry.articles_folder(root, allow_outside=allow_outside)
        except InputError as error:
            problems += error.problems
    if problems:
        raise InputError(problems)
    changed = changed_files(changed_since, root=root) if changed_since else None
    all_results = []
    for registry in registries:
        versions, unreadable = read_versions(article_paths or [registry.articles or root / "seeds"], root=root)
        if changed is not None:
            versions = [v for v in versions if v.path.resolve() in changed]
            unreadable = [v for v in unreadable if v.path.resolve() in changed]
        total = len(versions)
        progress = (lambda done, total=total: on_version(done, total)) if on_version else None
        if dask:
            try:
                all_results.append(check_on_dask(registry, versions, unreadable, address=dask, on_version=progress, agreements=agreements))
            except DaskUnavailable as error:
                raise UsageError(str(error)) from error
        else:
            all_results.append(check_versions(registry, versions, unreadable, on_version=progress,
                                              cache=FindingsCache(cache, registry) if cache else None, agreements=agreements))
    findings = [f for results in all_results for fs in results.by_fact.values() for f in fs]
    outcome = apply_waivers(findings, waiver_list, today=today or dt.date.today())
    waived = iter(outcome.findings)
    for results in all_results:
        for fact_id, fs in results.by_fact.items():
            results.by_fact[fact_id] = [next(waived) for _ in fs]
    return GateRun(all_results, outcome.findings, fail_on, outcome.unused, outcome.expired)
