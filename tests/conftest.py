from pathlib import Path

import pytest

from harness.engine import Results, check_folder
from harness.registry.loader import Registry, load_registry

ROOT = Path(__file__).resolve().parent.parent
SEED_REGISTRY = ROOT / "facts" / "geneva-talks.yaml"


@pytest.fixture(scope="session")
def seed_registry() -> Registry:
    return load_registry(SEED_REGISTRY)


@pytest.fixture(scope="session")
def seed_results(seed_registry) -> Results:
    return check_folder(seed_registry, seed_registry.articles, root=ROOT)
