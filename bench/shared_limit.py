"""Four processes, one budget: the shared rate-limit stores against the API's ceiling.

``--processes`` OS processes (4) each fetch ``--pages`` pages (105) from one loopback server that
answers after ``--latency`` seconds and enforces both published limits (5 per second, 200 per
minute: 429 past them), recording arrival times. All processes start at one moment. Run once with
the host store (SQLite, the default) and once with Redis (a real server on loopback, started here).

The ceiling is the ideal schedule for all N = processes x pages requests: each sent as soon as
both sliding windows allow (see bench/throughput.py); ``ideal / elapsed`` is the share reached.
At the server: the 429s (target 0) and the most requests seen in any 1 s and any 60 s window.
``--scale 0.1`` shrinks the windows and the latency tenfold for a quick run of the same shape.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import tempfile
import time
from pathlib import Path

from altegio import RateLimit
from bench.loopback import Report, ServerSettings, loopback
from bench.throughput import ideal_seconds
from tests.limit_worker import command
from tests.redis_server import redis_server

ROOT = Path(__file__).resolve().parents[1]


def page() -> bytes:
    items = [{"id": i, "title": f"type {i}", "balance": 100, "is_multi": False} for i in range(100)]
    return json.dumps({"success": True, "data": items, "meta": {"count": 100_000}}).encode()


def run(
    store: str, processes: int, pages: int, scale: float, latency: float, env: dict[str, str]
) -> tuple[float, Report]:
    settings = ServerSettings(page(), delay=latency * scale, limits=((5, 1.0 * scale), (200, 60.0 * scale)))
    with loopback(settings) as (base_url, report):
        start = time.time() + 3.0  # every process has imported altegio and opened its store by then
        workers = [
            subprocess.Popen(  # noqa: S603
                command(
                    base_url,
                    store=store,
                    requests=pages,
                    mode="async" if i % 2 else "sync",
                    start=start,
                    limits=f"5/{1.0 * scale},200/{60.0 * scale}",
                    margin=0.1 * scale,
                ),
                cwd=ROOT,
                env=env,
            )
            for i in range(processes)
        ]
        for process in workers:
            if process.wait() != 0:
                raise SystemExit(f"a worker failed with the {store} store")
        elapsed = time.time() - start
    return elapsed, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--pages", type=int, default=105)
    parser.add_argument("--latency", type=float, default=0.25)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    total = args.processes * args.pages
    limits = (RateLimit(5, 1.0 * args.scale), RateLimit(200, 60.0 * args.scale))
    ideal = ideal_seconds(total, limits) + args.latency * args.scale
    print(
        f"{args.processes} processes x {args.pages} pages = {total} requests (half sync, half async), "
        f"server latency {args.latency * args.scale:.3f} s, scale {args.scale}:"
    )
    print(f"  ceiling (ideal schedule) {ideal:7.1f} s")
    with tempfile.TemporaryDirectory() as scratch, redis_server(Path(scratch)) as (redis_url, _):
        env = {**os.environ, "XDG_CACHE_HOME": scratch}  # the host store's file, in a directory of this run
        for name, store in (("host", "host"), ("Redis", redis_url)):
            elapsed, report = run(store, args.processes, args.pages, args.scale, args.latency, env)
            print(
                f"  {name:6} {elapsed:7.1f} s = {ideal / elapsed:6.1%} of the ceiling (target >= 97 %);"
                f" 429s: {report.rejected}; most in any 1 s window: {report.most_in_any_window(1.0 * args.scale)}"
                f" (<= 5), in any 60 s: {report.most_in_any_window(60.0 * args.scale)} (<= 200)"
            )


if __name__ == "__main__":
    main()
