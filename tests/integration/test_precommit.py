"""The gate as a pre-commit hook: the real `pre-commit` tool, this repository's .pre-commit-hooks.yaml, a temporary newsroom repo."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=desk", "-c", "user.email=desk@example.invalid", *args], check=True, capture_output=True, cwd=cwd)


@pytest.fixture(scope="module")
def project_snapshot(tmp_path_factory) -> Path:
    """This project as a git repository pre-commit can install from, with the work tree as it is now."""
    snapshot = tmp_path_factory.mktemp("project")
    shutil.copytree(ROOT, snapshot, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns(".git", ".venv", ".tox", ".cache", "artifacts", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis"))
    git(snapshot, "init", "-q")
    git(snapshot, "add", "-A")
    git(snapshot, "commit", "-q", "-m", "snapshot")
    return snapshot


def test_pre_commit_blocks_the_bad_draft_and_passes_the_good_one(project_snapshot, tmp_path):
    newsroom = tmp_path / "newsroom"
    (newsroom / "facts").mkdir(parents=True)
    registry = (ROOT / "facts" / "geneva-talks.yaml").read_text(encoding="utf-8").replace("articles: ../seeds", "articles: ../drafts")
    (newsroom / "facts" / "story.yaml").write_text(registry, encoding="utf-8")
    (newsroom / "drafts").mkdir()
    (newsroom / "drafts" / "versions.yaml").write_text("schema_version: 1\nversions:\n  good.txt: {published: 2022-01-11}\n  bad.txt: {published: 2022-01-11}\n", encoding="utf-8")
    (newsroom / "drafts" / "good.txt").write_text("The Kremlin said Tuesday the talks gave little reason for optimism.\n", encoding="utf-8")
    (newsroom / "drafts" / "bad.txt").write_text("The Kremlin said Wednesday the talks gave little reason for optimism.\n", encoding="utf-8")
    sha = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, cwd=project_snapshot, check=True).stdout.strip()
    (newsroom / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {project_snapshot}\n    rev: {sha}\n    hooks:\n      - id: wirefacts\n", encoding="utf-8")
    git(newsroom, "init", "-q")
    git(newsroom, "add", "-A")
    environment = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "CI": "true"}
    pre_commit = [sys.executable, "-m", "pre_commit", "run", "--files"]

    good = subprocess.run([*pre_commit, "drafts/good.txt"], capture_output=True, text=True, cwd=newsroom, env=environment)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout

    bad = subprocess.run([*pre_commit, "drafts/bad.txt"], capture_output=True, text=True, cwd=newsroom, env=environment)
    assert bad.returncode == 1
    assert "Failed" in bad.stdout and "drafts/bad.txt:1:18: error kremlin-remarks-date" in bad.stdout
