"""The findings cache: reused only while the version, the registry and the harness are unchanged."""

import dataclasses
from concurrent.futures import ThreadPoolExecutor

from harness.cache import FindingsCache
from harness.engine import check_folder, check_versions
from harness.text.versions import Version
from tests.unit.helpers import make_registry

FACTS = [{"id": "drills", "kind": "number", "value": 3000, "unit": "troops", "anchors": ["drills"]}]


def version(text: str) -> Version:
    return Version("a.txt", None, text, "a", None, None, ())


def test_a_versions_findings_are_reused_until_its_text_or_the_registry_changes(tmp_path):
    registry = make_registry(tmp_path, FACTS)
    store = FindingsCache(tmp_path / "cache", registry)
    first = check_versions(registry, [version("The military said 30,000 troops took part in drills.")], cache=store)
    again = check_versions(registry, [version("The military said 30,000 troops took part in drills.")], cache=store)
    assert again.by_fact == first.by_fact and (store.hits, store.misses) == (1, 1)
    check_versions(registry, [version("The military said 3,000 troops took part in drills.")], cache=store)
    assert store.misses == 2
    changed = make_registry(tmp_path, [{**FACTS[0], "value": 30000}])
    assert FindingsCache(tmp_path / "cache", changed).get(version("The military said 30,000 troops took part in drills.")) is None


def test_a_cache_that_cannot_be_written_is_a_warning_and_the_check_goes_on(tmp_path, capsys):
    registry = make_registry(tmp_path, FACTS)
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")  # a folder cannot be made under a file, even by root
    results = check_versions(registry, [version("3,000 troops took part in drills."), version("drills: 3,000 troops")],
                             cache=FindingsCache(blocked / "cache", registry))
    assert results.by_fact["drills"] and capsys.readouterr().err.count("cannot be written") == 1


def test_a_corrupt_entry_is_a_miss(tmp_path):
    registry = make_registry(tmp_path, FACTS)
    store = FindingsCache(tmp_path / "cache", registry)
    text = version("The military said 3,000 troops took part in drills.")
    check_versions(registry, [text], cache=store)
    [entry] = (tmp_path / "cache").rglob("*.json")
    entry.write_text("{not json", encoding="utf-8")
    assert store.get(text) is None
    assert dataclasses.asdict(check_versions(registry, [text], cache=store))["by_fact"]


def test_workers_sharing_a_cache_split_the_versions_and_each_gets_every_finding(tmp_path):
    registry = make_registry(tmp_path, FACTS)
    folder = tmp_path / "articles"
    folder.mkdir()
    for index in range(6):
        (folder / f"{index}.txt").write_text(f"The military said {3000 + index * 1000:,} troops took part in drills.\n", encoding="utf-8")
    serial = check_folder(registry, folder)
    with ThreadPoolExecutor(2) as pool:
        shared = list(pool.map(lambda share: check_folder(registry, folder, cache=FindingsCache(tmp_path / "cache", registry), share=share),
                               [(0, 2), (1, 2)]))
    assert [results.by_fact for results in shared] == [serial.by_fact, serial.by_fact]


def test_a_worker_checks_itself_what_another_never_puts(tmp_path):
    registry = make_registry(tmp_path, FACTS)
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("3,000 troops took part in drills.\n", encoding="utf-8")
    (folder / "b.txt").write_text("30,000 troops took part in drills.\n", encoding="utf-8")
    alone = check_folder(registry, folder, cache=FindingsCache(tmp_path / "cache", registry), share=(0, 2), patience=0.1)
    assert alone.by_fact == check_folder(registry, folder).by_fact
