from harness.text.versions import load_versions


def test_unreadable_files_are_reported_and_the_rest_still_load(tmp_path):
    (tmp_path / "good.txt").write_text("The Kremlin said Tuesday.", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 au lait".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / ".hidden.txt").write_text("skip me", encoding="utf-8")
    readable, unreadable = load_versions(tmp_path)
    assert [v.name for v in readable] == [str(tmp_path / "good.txt")]
    reasons = {v.path.name: v.reason for v in unreadable}
    assert set(reasons) == {"latin1.txt", "empty.txt", "image.png"}
    assert "not valid UTF-8" in reasons["latin1.txt"] and "binary" in reasons["image.png"] and "empty" in reasons["empty.txt"]


def test_metadata_beside_the_articles(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "versions.yaml").write_text(
        "schema_version: 1\nversions:\n  a.txt:\n    label: First take\n    published: 2022-01-11\n    inferred: [published]\n", encoding="utf-8")
    [version], _ = load_versions(tmp_path)
    assert (version.label, str(version.published), version.inferred) == ("First take", "2022-01-11", ("published",))


def test_seed_metadata_marks_inferred_fields(seed_registry):
    versions, unreadable = load_versions(seed_registry.articles)
    assert len(versions) == 5 and not unreadable
    assert all(v.published for v in versions)
    assert all("published" in v.inferred for v in versions)
