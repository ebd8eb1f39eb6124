"""The scale benchmark: a deterministic corpus of seed-story versions, and the wall time, throughput and peak
memory of every way of checking it, beside one regex pass of all registry phrases over the same text.

The corpus is the seed registry padded with number facts to the size asked, and versions made from the five
seed versions, each with one edit from the mutation catalogue (one in ten breaks a fact) and a paragraph that
states a few of the padding facts (one in ten of those figures is wrong). Every run is a separate process, so
each peak memory is its own.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from harness.engine import Engine, check_folder
from harness.registry.loader import load_registry
from harness.testing.breaking import BREAKING
from harness.testing.pages import page
from harness.testing.preserving import PRESERVING
from harness.testing.story import RandomChooser, Story
from harness.testing.synthetic import QUOTE_WORDS
from harness.text.versions import METADATA_FILE, load_versions

BREAKING_SHARE = 0.1
PADDING_SENTENCES = 5


def write_corpus(folder: Path, *, versions: int, facts: int, seed: int, registry_path: Path) -> dict:
    """`folder/facts/story.yaml` and `folder/articles/`: `versions` versions against a registry of `facts` facts."""
    rng = random.Random(seed)
    choose = RandomChooser(rng)
    registry = load_registry(registry_path)
    engine = Engine(registry)
    stories = [Story(registry, version, engine) for version in load_versions(registry.articles)[0]]
    document = yaml.safe_load(registry_path.read_text(encoding="utf-8"))
    pairs = [(a, b) for a in QUOTE_WORDS for b in QUOTE_WORDS if a != b]
    rng.shuffle(pairs)
    padding = [{"id": f"padding-{i:04d}", "kind": "number", "value": rng.randint(120, 9800), "unit": "crates",
                "anchors": [f"{a} {b} depot"]} for i, (a, b) in enumerate(pairs[:max(0, facts - len(registry.facts))])]
    document["facts"] += padding
    document["articles"] = "../articles"
    (folder / "facts").mkdir(parents=True)
    (folder / "articles").mkdir()
    (folder / "facts" / "story.yaml").write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    metadata, broken, size = {}, 0, 0
    for index in range(versions):
        story = stories[index % len(stories)]
        catalogue = BREAKING if rng.random() < BREAKING_SHARE else PRESERVING
        edit = catalogue[rng.choice(sorted(catalogue))](story, choose)
        broken += catalogue is BREAKING and edit is not None
        text = edit.text if edit else story.text
        if padding:
            sentences = []
            for fact in rng.sample(padding, min(PADDING_SENTENCES, len(padding))):
                wrong = rng.random() < BREAKING_SHARE
                broken += wrong
                sentences.append(f"Officials said {fact['value'] * (10 if wrong else 1):,} crates reached the {fact['anchors'][0]} on time.")
            text = text.rstrip("\n") + "\n\n" + " ".join(sentences) + "\n"
        name = f"v{index:05d}.txt"
        (folder / "articles" / name).write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
        meta = story.version
        metadata[name] = {"label": f"{meta.label} #{index}", "outlet": meta.outlet, "published": meta.published.isoformat()}
    (folder / "articles" / METADATA_FILE).write_text(yaml.safe_dump({"schema_version": 1, "versions": metadata}), encoding="utf-8")
    return {"versions": versions, "facts": len(document["facts"]), "megabytes": size / 1e6, "broken": broken}


def measure(folder: Path, *, workers: bool) -> dict[str, dict]:
    """Each way of checking the corpus in its own process: wall seconds and peak resident memory (MB)."""
    runs = {
        "engine": [sys.executable, "-m", "harness.testing.scale", "engine", str(folder)],
        "wirefacts check": [sys.executable, "-m", "harness.cli", "check", "--format", "json", "--no-progress"],
        "check, cache cold": [sys.executable, "-m", "harness.cli", "check", "--format", "json", "--no-progress", "--cache", ".findings-cache"],
        "check, cache warm": [sys.executable, "-m", "harness.cli", "check", "--format", "json", "--no-progress", "--cache", ".findings-cache"],
        "pytest": [sys.executable, "-m", "pytest", "facts", "-q", "-p", "no:cacheprovider", "--facts-cache", ".cache-serial"],
    }
    if workers:  # a fresh cache of their own, through which the two workers share the versions
        runs["pytest -n 2"] = [*runs["pytest"][:-1], ".cache-workers", "-n", "2"]
    results = {}
    for name, command in runs.items():
        with tempfile.TemporaryFile() as output, tempfile.TemporaryFile() as errors:
            started = time.perf_counter()
            process = subprocess.Popen(command, cwd=folder, stdout=output, stderr=errors)
            _, status, usage = os.wait4(process.pid, 0)  # the usage of this run alone, its reaped workers included
            seconds = time.perf_counter() - started
            process.returncode = os.waitstatus_to_exitcode(status)
            if process.returncode not in (0, 1):
                errors.seek(0)
                raise RuntimeError(f"{name} exited {process.returncode}: {errors.read().decode(errors='replace')[-2000:]}")
            results[name] = {"seconds": seconds, "peak_mb": usage.ru_maxrss / 1024}
            if name == "engine":
                output.seek(0)
                results[name] |= json.loads(output.read())
    return results


def regex_pass(folder: Path) -> float:
    """Seconds for one compiled regex of every registry phrase (names, spellings, titles, anchors, units) over all text."""
    registry = load_registry(folder / "facts" / "story.yaml")
    phrases = set()
    for person in registry.people.values():
        phrases |= {person.name, *person.spellings, *person.titles}
    for fact in registry.facts:
        phrases |= {*getattr(fact, "anchors", ()), getattr(fact, "unit", None) or ""}
    pattern = re.compile(trie_pattern(p.lower() for p in phrases if p), re.IGNORECASE)
    texts = [path.read_text(encoding="utf-8") for path in sorted((folder / "articles").glob("*.txt"))]
    started = time.perf_counter()
    for text in texts:
        for _ in pattern.finditer(text):
            pass
    return time.perf_counter() - started


def trie_pattern(phrases) -> str:
    """One regex of many phrases factored by shared prefixes, which Python's engine scans far faster than a flat
    alternation: the fair baseline for "one regex pass"."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return body + "?" if ends else body

    return emit(trie)


def page_reading(folder: Path, *, most: int = 500) -> float:
    """MB of HTML read per second: up to `most` versions wrapped as wire story pages, read as the checks read them."""
    pages = folder / "pages"
    pages.mkdir()
    metadata = yaml.safe_load((folder / "articles" / METADATA_FILE).read_text(encoding="utf-8"))["versions"]
    size = 0
    for path in sorted((folder / "articles").glob("*.txt"))[:most]:
        source = page(path.read_text(encoding="utf-8"), metadata[path.name], "wire")
        (pages / f"{path.stem}.html").write_text(source, encoding="utf-8")
        size += len(source.encode("utf-8"))
    import trafilatura  # noqa: F401 - imported before the clock starts, as a long run pays it once
    started = time.perf_counter()
    load_versions(pages, root=folder)
    return size / 1e6 / (time.perf_counter() - started)


def run(sizes: list[tuple[int, int]], *, seed: int, registry_path: Path, workdir: Path) -> list[dict]:
    rows = []
    workers = _has_xdist()
    for versions, facts in sizes:
        folder = workdir / f"{versions}x{facts}"
        shutil.rmtree(folder, ignore_errors=True)
        corpus = write_corpus(folder, versions=versions, facts=facts, seed=seed, registry_path=registry_path.resolve())
        timings = measure(folder, workers=workers)
        regex = regex_pass(folder)
        html = page_reading(folder)
        engine = timings["engine"]
        rows.append(corpus | {"timings": timings, "regex_seconds": regex, "engine_mb_per_s": corpus["megabytes"] / engine["check_seconds"],
                              "engine_to_regex": engine["check_seconds"] / regex if regex else None,
                              "html_mb_per_s": html})
    return rows


def render(rows: list[dict]) -> str:
    runs = [name for name in rows[0]["timings"]] if rows else []
    header = f"{'versions':>8} {'facts':>5} {'MB':>6} " + " ".join(f"{name + ' s':>17}" for name in runs)
    header += f" {'engine MB/s':>11} {'peak MB':>8} {'regex s':>8} {'engine/regex':>12} {'HTML MB/s':>9}"
    lines = [header]
    for row in rows:
        line = f"{row['versions']:8} {row['facts']:5} {row['megabytes']:6.1f} "
        line += " ".join(f"{row['timings'][name]['seconds']:17.1f}" for name in runs)
        peak = max(run["peak_mb"] for run in row["timings"].values())
        line += f" {row['engine_mb_per_s']:11.2f} {peak:8.0f} {row['regex_seconds']:8.2f} {row['engine_to_regex']:11.0f}× {row['html_mb_per_s']:9.2f}"
        lines.append(line)
    lines += ["engine: check_folder in one process, reading included, start-up excluded; the other runs are whole commands,",
              "start-up included (check, cache cold/warm: the same command filling, then reusing, a findings cache);",
              "peak MB: the largest resident memory of any one process in the row; regex: one compiled",
              "pattern of every registry phrase over the same text, reading excluded; HTML MB/s: up to 500 of the versions",
              "as wire story pages, read and extracted as the checks read them"]
    return "\n".join(lines)


def _has_xdist() -> bool:
    try:
        import xdist  # noqa: F401
    except ImportError:
        return False
    return True


def _engine_only(folder: Path) -> None:
    """The engine alone, in this process: prints the seconds of the check (start-up excluded) as JSON."""
    registry = load_registry(folder / "facts" / "story.yaml")
    started = time.perf_counter()
    results = check_folder(registry, folder / "articles", root=folder, agreements=False)
    seconds = time.perf_counter() - started
    print(json.dumps({"check_seconds": seconds, "findings": sum(sum(results.statuses(fact.id).values()) for fact in registry.facts)}))


if __name__ == "__main__":
    if sys.argv[1:2] == ["engine"]:
        _engine_only(Path(sys.argv[2]))
    else:
        sys.exit("usage: python -m harness.benchmark --scale SIZES")
