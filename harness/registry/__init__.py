"""The registry: strict YAML with marks, the schema models, loading with cross-entry checks, waivers, located problems.

May import only `harness.findings` and third-party libraries: it knows nothing of texts, checks, outputs or pytest.
"""

from harness.registry.loader import Registry, build_registry, load_registry

__all__ = ["Registry", "build_registry", "load_registry"]
