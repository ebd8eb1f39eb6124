"""An archive on Dask: a local cluster gives the same verdicts, byte for byte, as a serial run."""

from dask.distributed import Client, LocalCluster

from harness.archive import BATCH, check_on_dask
from harness.engine import check_versions
from harness.gate import read_versions
from harness.registry.loader import load_registry
from tests.integration.command import ROOT, run_cli


def test_the_command_on_a_local_cluster_writes_what_a_serial_run_writes(in_root, capsys):
    serial = run_cli(capsys, "check", "--format", "json")
    on_dask = run_cli(capsys, "check", "--format", "json", "--dask", "local")
    assert on_dask == serial and serial[0] == 1


def test_batches_come_back_in_version_order(tmp_path):
    """More versions than one batch holds: the findings keep the serial run's order however the batches finish."""
    registry = load_registry(ROOT / "facts" / "geneva-talks.yaml")
    versions, _ = read_versions([ROOT / "seeds"], root=ROOT)
    archive = (versions * (BATCH // len(versions) + 2))[:BATCH + 7]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, Client(cluster):
        on_dask = check_on_dask(registry, archive, address=cluster.scheduler_address)
    assert on_dask.by_fact == check_versions(registry, archive).by_fact


def test_an_address_with_no_scheduler_is_a_clear_usage_error(in_root, capsys):
    status, _, err = run_cli(capsys, "check", "--dask", "127.0.0.1:9")
    assert status == 2 and "no Dask scheduler answers at 127.0.0.1:9" in err


def test_dask_and_a_local_cache_are_refused_together(in_root, capsys):
    status, _, err = run_cli(capsys, "check", "--dask", "local", "--cache", "cache-folder")
    assert status == 2 and "cannot be combined" in err
