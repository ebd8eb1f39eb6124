"""wirefacts: check every version of a story against a registry of canonical facts.

The public façade: load a registry and a folder of versions, check them, read the findings.

    from harness import check_folder, load_registry
    results = check_folder(load_registry(Path("facts/story.yaml")), Path("seeds"))
    for finding in results.discrepancies():
        print(finding.version, finding.line, finding.message)
"""

from importlib.metadata import PackageNotFoundError, version

from harness.engine import Engine, Results, check_folder, check_versions
from harness.findings import Finding
from harness.registry.loader import Registry, load_registry
from harness.registry.problems import InputError, Problem
from harness.text.versions import Version, load_versions

try:
    __version__ = version("wirefacts")
except PackageNotFoundError:
    __version__ = "0+unknown"

__all__ = ["Engine", "Finding", "InputError", "Problem", "Registry", "Results", "Version", "check_folder", "check_versions",
           "load_registry", "load_versions", "__version__"]
