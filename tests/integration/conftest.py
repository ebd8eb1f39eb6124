import pytest

from tests.integration.command import ROOT


@pytest.fixture
def in_root(monkeypatch):
    """Run from the repository root, as a user does, outside CI."""
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("CI", raising=False)
