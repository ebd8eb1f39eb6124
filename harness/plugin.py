"""The pytest plugin: registry files become test files, each fact a test item.

Items are one per fact (plus one per registry example and one for the articles
folder), not one per fact and version: 1,000 facts make 1,000 items whatever the
number of versions. Each process runs the engine over the versions once, the first
time an item of a registry asks, and every item then reads its own findings.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest
from _pytest._code.code import TerminalRepr

from harness import options
from harness.cache import FindingsCache
from harness.engine import Engine, Results, check_folder
from harness.findings import FLAGGED, Finding
from harness.gate import EXIT_OUTPUT
from harness.outputs.files import OutputError
from harness.outputs.html import RegistryRun, versions_summary, write_html
from harness.outputs.terminal import fact_failure_lines
from harness.registry.loader import Registry, load_registry
from harness.registry.problems import InputError, display_path
from harness.registry.schema import SEVERITY_RANK
from harness.registry.waivers import Waiver, apply_waivers, load_waivers
from harness.text.versions import Version

_STATE = pytest.StashKey["FactRun"]()
_REGISTRY_SHAPE = re.compile(r"^schema_version:.*$(?:.|\n)*^facts:", re.MULTILINE)
_PAYLOAD = "wirefacts_payload"


def pytest_addoption(parser) -> None:
    options.add_to_pytest(parser)


def pytest_configure(config) -> None:
    run = FactRun(config)
    config.stash[_STATE] = run
    config.pluginmanager.register(run, "wirefacts-run")


def pytest_collect_file(file_path: Path, parent):
    if file_path.suffix in (".yaml", ".yml") and parent.config.stash[_STATE].is_registry(file_path):
        return RegistryFile.from_parent(parent, path=file_path)
    return None


class FactRun:
    """What one pytest process knows: the options, and each registry's results once computed."""

    def __init__(self, config):
        self.config = config
        root = config.rootpath
        self.registry_roots = [Path(root, path).resolve() for path in options.value(config, "registry")]
        invoked = config.invocation_params.dir
        self.named_roots = [Path(invoked, arg.split("::")[0]).resolve() for arg in config.invocation_params.args if not arg.startswith("-")]
        self.fail_on = options.value(config, "fail-on")
        self.explain = bool(options.value(config, "explain"))
        self.report_path: Path | None = None
        self.output_error: str | None = None
        self.waivers = self._load_waivers(options.value(config, "waivers"))
        self.keeps_every_finding = bool(options.value(config, "html"))
        self.versions: dict[str, dict] = {}
        self.findings: dict[str, dict[str, list[Finding]]] = {}
        self.statuses: dict[str, dict[str, Counter]] = {}
        self._results: dict[Path, Results | InputError] = {}
        self._engines: dict[Path, Engine] = {}
        self.cache_folder = self._cache_folder()

    def _share(self) -> tuple[int, int] | None:
        """Under pytest-xdist, this worker's share of the versions: (its index, the number of workers)."""
        worker = getattr(self.config, "workerinput", None)
        if not worker:
            return None
        return int(worker["workerid"].removeprefix("gw")), int(worker["workercount"])

    def _cache_folder(self) -> Path | None:
        """--facts-cache if given, else a folder in pytest's own cache (none when the cache plugin is off)."""
        given = options.value(self.config, "cache")
        if given:
            return Path(self.config.invocation_params.dir, given)
        store = getattr(self.config, "cache", None)
        return store.mkdir("wirefacts") if store is not None else None

    def _load_waivers(self, name: str | None) -> list[Waiver]:
        if not name:
            return []
        path = Path(self.config.invocation_params.dir, name)
        if not path.exists():
            raise pytest.UsageError(f"waiver file {path} does not exist; check --facts-waivers")
        try:
            return load_waivers(path)
        except InputError as error:
            raise pytest.UsageError(error.render()) from None

    def is_registry(self, path: Path) -> bool:
        """Under a registry root, or named on the command line (the file, or a folder it sits in directly) and shaped
        as a registry: `pytest path/to/registries --facts-articles=DIR` collects what it names."""
        path = path.resolve()
        if any(path == root or root in path.parents for root in self.registry_roots):
            return True
        named = any(path == root or path.parent == root for root in self.named_roots)
        return named and _REGISTRY_SHAPE.search(path.read_text(encoding="utf-8", errors="replace")[:20000]) is not None

    def articles_for(self, registry: Registry) -> Path:
        if options.given_on_command_line(self.config, "articles") or registry.articles is None:
            return Path(self.config.rootpath, options.value(self.config, "articles") or "seeds")
        return registry.articles_folder(self.config.rootpath, allow_outside=bool(options.value(self.config, "allow-outside")))

    def results(self, registry: Registry) -> Results:
        """The registry's results, with waived discrepancies marked, computed once per process."""
        if registry.path not in self._results:
            try:
                cache = FindingsCache(self.cache_folder, registry) if self.cache_folder else None
                results = check_folder(registry, self.articles_for(registry), root=self.config.rootpath, cache=cache, share=self._share(),
                                       agreements=self.keeps_every_finding)
            except InputError as error:
                self._results[registry.path] = error
            else:
                for fact_id, findings in results.by_fact.items():
                    results.by_fact[fact_id] = apply_waivers(findings, self.waivers, today=dt.date.today()).findings
                self._results[registry.path] = results
        outcome = self._results[registry.path]
        if isinstance(outcome, InputError):
            raise outcome
        return outcome

    def engine(self, registry: Registry) -> Engine:
        """The registry compiled once per process, for the examples."""
        if registry.path not in self._engines:
            self._engines[registry.path] = Engine(registry)
        return self._engines[registry.path]

    def fails(self, finding: Finding) -> bool:
        return finding.is_discrepancy and SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[self.fail_on]

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item, call):
        """Hand each item's payload to the reporters once: here in one process, on the report from a pytest-xdist worker."""
        report = yield
        payload = getattr(item, "payload", None)
        if call.when == "call" and payload is not None:
            item.payload = None
            if self._share() is None:
                self._gather(payload)
            else:
                setattr(report, _PAYLOAD, payload | {"findings": [finding.to_dict() for finding in payload.get("findings", [])]})
        return report

    def pytest_runtest_logreport(self, report) -> None:
        """In the pytest-xdist controller, gather a worker's payload and drop it from the report the terminal keeps."""
        payload = getattr(report, _PAYLOAD, None)
        if report.when == "call" and payload is not None and self._share() is None:
            delattr(report, _PAYLOAD)
            self._gather(payload | {"findings": [Finding.from_dict(data) for data in payload["findings"]]})

    def _gather(self, payload: dict) -> None:
        if "versions" in payload:
            self.versions[payload["registry"]] = payload["versions"]
        else:
            self.findings.setdefault(payload["registry"], {})[payload["fact"]] = payload["findings"]
            self.statuses.setdefault(payload["registry"], {})[payload["fact"]] = Counter(payload["statuses"])

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session) -> None:
        html = options.value(self.config, "html")
        if html and not hasattr(self.config, "workerinput"):
            runs = self.runs()
            folders = sorted({display_path(self.articles_for(run.registry)) for run in runs if not isinstance(self._results.get(run.registry.path), InputError)})
            try:
                self.report_path = write_html(Path(self.config.invocation_params.dir, html), runs, options={
                    "articles": ", ".join(folders), "fail-on": options.value(self.config, "fail-on")})
            except OutputError as error:
                self.output_error = str(error)
                session.exitstatus = EXIT_OUTPUT

    def runs(self):
        """Each registry this session checked, with its versions and findings, for the reporters."""
        runs = []
        for path, versions in sorted(self.versions.items()):
            registry = load_registry(Path(path))
            runs.append(RegistryRun(registry, versions, self.findings.get(path, {})))
        return runs

    def pytest_terminal_summary(self, terminalreporter) -> None:
        if not self.versions:
            return
        findings = [f for by_fact in self.findings.values() for fs in by_fact.values() for f in fs]
        statuses = sum((counts for by_fact in self.statuses.values() for counts in by_fact.values()), Counter())
        discrepancies = sum(statuses[status] for status in FLAGGED)
        versions = sum(len(v["versions"]) for v in self.versions.values())
        terminalreporter.write_sep("-", "fact consistency")
        terminalreporter.write_line(
            f"{_count(sum(len(by_fact) for by_fact in self.statuses.values()), 'fact')} checked against {_count(versions, 'version')}: "
            f"{_count(discrepancies, 'discrepancy', 'discrepancies')} (of them {statuses['unattributed']} "
            f"unattributed), {statuses['disputed']} disputed, {statuses['unclear']} unclear"
        )
        waived = statuses["waived"]
        if waived:
            terminalreporter.write_line(f"{_count(waived, 'discrepancy', 'discrepancies')} waived")
        today = dt.date.today()
        unused = [w for w in self.waivers if not w.expired(today) and not any(w.covers(f) for f in findings if f.status == "waived")]
        for waiver in unused:
            terminalreporter.write_line(f"waiver for {waiver.fact} ({waiver.versions}) matched nothing: remove it", yellow=True)
        if self.report_path:
            terminalreporter.write_line(f"HTML report: {self.report_path}")
        if self.output_error:
            terminalreporter.write_line(f"wirefacts: error: {self.output_error} (exit status {EXIT_OUTPUT})", red=True, bold=True)


class RegistryFile(pytest.File):
    def collect(self):
        registry = load_registry(self.path)
        yield VersionsItem.from_parent(self, name="versions", registry=registry)
        for fact in registry.facts:
            yield FactItem.from_parent(self, name=fact.id, registry=registry, fact_id=fact.id)
            for outcome in ("passes", "fails"):
                for number, text in enumerate(getattr(fact.examples, outcome), 1):
                    yield ExampleItem.from_parent(self, name=f"{fact.id}[{outcome}-{number}]", registry=registry,
                                                  fact_id=fact.id, text=text, must_fail=outcome == "fails")

    def repr_failure(self, excinfo):
        if excinfo.errisinstance(InputError):
            return str(excinfo.value)
        return super().repr_failure(excinfo)


class FactFailure(TerminalRepr):
    """A fact's failure as pytest prints it: the lines `fact_failure_lines` renders."""

    def __init__(self, heading: str, details: list[str], findings: list[Finding], *, explain: bool = False):
        self.heading = heading
        self.lines = fact_failure_lines(heading, details, findings, explain=explain)

    def toterminal(self, tw) -> None:
        for line in self.lines:
            *segments, (last, markup) = line
            for text, segment_markup in segments:
                tw.write(text, **segment_markup)
            tw.line(last, **markup)


class FactFailed(Exception):
    def __init__(self, failure: FactFailure):
        self.failure = failure
        super().__init__(failure.heading)


class _RegistryItem(pytest.Item):
    def __init__(self, *, registry: Registry, **kwargs):
        super().__init__(**kwargs)
        self.registry = registry
        self.run: FactRun = self.config.stash[_STATE]

    def repr_failure(self, excinfo):
        if excinfo.errisinstance(FactFailed):
            return excinfo.value.failure
        if excinfo.errisinstance(InputError):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def heading(self, fact) -> str:
        return f"{fact.id} ({fact.kind}) — {self.registry.path.name}:{self.registry.lines[fact.id]}: {fact.summary or ''}".rstrip(": ")


class VersionsItem(_RegistryItem):
    """Fails when an article could not be read, or when there is nothing to check at all."""

    def runtest(self) -> None:
        results = self.run.results(self.registry)
        self.payload = {"registry": str(self.registry.path), "versions": versions_summary(results)}
        problems = [f"{version.name}: {version.reason}" for version in results.unreadable]
        if not results.versions:
            problems.append(f"no article versions found in {self.run.articles_for(self.registry)}; point --facts-articles at them")
        if problems:
            raise FactFailed(FactFailure(f"articles for {self.registry.path.name}", problems, []))

    def reportinfo(self):
        return self.path, None, self.name


class FactItem(_RegistryItem):
    def __init__(self, *, fact_id: str, **kwargs):
        super().__init__(**kwargs)
        self.fact = self.registry.fact(fact_id)

    def runtest(self) -> None:
        results = self.run.results(self.registry)
        findings = results.findings(self.fact.id)
        statuses = results.statuses(self.fact.id)
        self.payload = {"registry": str(self.registry.path), "fact": self.fact.id, "findings": findings, "statuses": dict(statuses)}
        failing = [finding for finding in findings if self.run.fails(finding)]
        expired = [w for w in self.run.waivers if w.fact == self.fact.id and w.expired(dt.date.today())]
        if expired:
            raise FactFailed(FactFailure(self.heading(self.fact), [
                f"waiver for {w.versions} (line {w.line} of the waiver file) expired on {w.expires}: renew it or fix the articles"
                for w in expired], failing))
        if failing:
            versions = len({finding.version for finding in failing})
            details = [f"expected: {failing[0].expected}", f"{_count(len(failing), 'discrepancy', 'discrepancies')} in {versions} of {_count(len(results.versions), 'version')}"]
            raise FactFailed(FactFailure(self.heading(self.fact), details, failing, explain=self.run.explain))
        if not statuses:
            raise FactFailed(FactFailure(self.heading(self.fact), [
                f"found in none of the {len(results.versions)} versions checked: no mention matched this fact",
                "check its anchors, quote or spelling against the articles; a check that matched nothing is not a pass",
            ], []))

    def reportinfo(self):
        return self.path, self.registry.lines[self.fact.id] - 1, self.name


class ExampleItem(_RegistryItem):
    """A registry example: a text that must pass, or must fail, this fact."""

    def __init__(self, *, fact_id: str, text: str, must_fail: bool, **kwargs):
        super().__init__(**kwargs)
        self.fact = self.registry.fact(fact_id)
        self.text = text
        self.must_fail = must_fail

    def runtest(self) -> None:
        version = Version(self.name, self.path, self.text, self.name, None, None, ())
        findings = [finding for finding in self.run.engine(self.registry).check_version(version) if finding.fact_id == self.fact.id]
        contradicted = [finding for finding in findings if finding.is_discrepancy]
        if self.must_fail and not contradicted:
            problem = "the example must fail this fact, but " + ("it agrees" if findings else "nothing in it matched the fact")
        elif not self.must_fail and contradicted:
            problem = "the example must pass this fact, but it contradicts it"
        elif not self.must_fail and not findings:
            problem = "the example must pass this fact, but nothing in it matched the fact"
        else:
            return
        raise FactFailed(FactFailure(self.heading(self.fact), [problem, f"example: {self.text}"], contradicted))

    def reportinfo(self):
        return self.path, self.registry.lines[self.fact.id] - 1, self.name


def _count(number: int, singular: str, plural: str | None = None) -> str:
    return f"{number} {singular if number == 1 else plural or singular + 's'}"
