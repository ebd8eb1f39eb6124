"""An archive checked on a Dask cluster: the versions go to the workers in batches, each batch is checked by one
engine (the registry compiled once per batch), and the findings come back as batches finish, kept in version order.

Dask is an optional extra (`pip install 'wirefacts[dask]'`). `address` is a scheduler's address, or `local` for a
cluster of one single-threaded worker process per core on this machine.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Callable, Iterator

from harness.engine import Engine, Results, group_findings
from harness.findings import Finding
from harness.registry.loader import Registry
from harness.text.versions import UnreadableVersion, Version

BATCH = 50
LOCAL = "local"


class DaskUnavailable(RuntimeError):
    """--dask was asked for, but Dask is not installed or the scheduler cannot be reached."""


def check_on_dask(registry: Registry, versions: list[Version], unreadable: list[UnreadableVersion] = (), *, address: str,
                  on_version: Callable[[int], None] | None = None, agreements: bool = True) -> Results:
    """The same `Results` as `check_versions`, computed on the cluster at `address`; `on_version` hears the count done
    as each batch comes back."""
    batches = [versions[start:start + BATCH] for start in range(0, len(versions), BATCH)]
    found: list[list[list[Finding]] | None] = [None] * len(batches)
    with _client(address) as client:
        from dask.distributed import as_completed  # the optional extra, there once the client is

        shared = client.scatter(registry, broadcast=True)
        futures = {client.submit(check_batch, shared, batch, pure=False): index for index, batch in enumerate(batches)}
        done = 0
        for future, findings in as_completed(futures, with_results=True):
            found[futures[future]] = findings
            done += len(findings)
            if on_version:
                on_version(done)
    return group_findings(registry, versions, unreadable, [findings for batch in found for findings in batch], agreements=agreements)


def check_batch(registry: Registry, batch: list[Version]) -> list[list[Finding]]:
    """Plain data in, plain data out: each version's findings, one engine for the batch."""
    engine = Engine(registry)
    return [engine.check_version(version) for version in batch]


@contextmanager
def _client(address: str) -> Iterator:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as error:
        raise DaskUnavailable("--dask needs Dask: pip install 'wirefacts[dask]'") from error
    if address == LOCAL:
        with LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout="10s")
    except OSError as error:
        raise DaskUnavailable(f"no Dask scheduler answers at {address} ({error}); pass its address, or `local`") from error
    with client:
        yield client
