"""Per-request overhead of our client against raw httpx, on a loopback server.

All sides send the same GET to the same server (another process) and decode the JSON answer,
request by request in turn, so drift on the machine hits them alike; medians are compared.
- raw httpx: ``httpx.Client.get(...).json()`` with the headers set by hand;
- our runtime: the same request through our client's ``http``: auth header, Accept, the
  shared rate limiter (limits that never block, so only its bookkeeping is measured), retry
  bookkeeping, envelope check with Decimal/text coercion, and logging (DEBUG off, the default);
  once per rate-limit store: in-process (``memory``), the host store (SQLite behind a file lock,
  the default) and Redis (a real server on loopback, started here);
- our call: ``client.call(op)``, which adds the generated request building and model parsing.
The target is on "our runtime"; "our call" (host store) is shown for what the generated layer adds.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from altegio import Altegio, RateLimit
from altegio_client.api.subscriptions_certificates import get_user_gift_cards
from bench.loopback import ServerSettings, gift_card_list, loopback
from tests.redis_server import redis_server

# Never blocks at loopback speed; the short window keeps the limiter's log as small as with the real limits.
HIGH_LIMITS = (RateLimit(200, 0.01),)
PATH, PARAMS = "/user/loyalty/certificates", {"company_id": 1}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=5000)
    args = parser.parse_args()
    with (
        loopback(ServerSettings(body=gift_card_list(1))) as (base_url, _),
        tempfile.TemporaryDirectory() as scratch,
        redis_server(Path(scratch)) as (redis_url, _),
    ):
        headers = {"Accept": "application/vnd.api.v2+json", "Authorization": "Bearer p, User u"}
        raw = httpx.Client(base_url=base_url, headers=headers, timeout=30)

        def client(store: str) -> Altegio:
            return Altegio(
                "p", user_token="u", base_url=base_url, rate_limits=HIGH_LIMITS, rate_limit_store=store,
                rate_limit_margin=0,
            )  # fmt: skip

        memory, host, shared = client("memory"), client(f"sqlite:///{scratch}/limits.sqlite"), client(redis_url)
        clients = (memory, host, shared)
        sides: dict[str, Callable[[], object]] = {
            "raw httpx": lambda: raw.get(PATH, params=PARAMS).json(),
            "our runtime, memory": lambda: memory.http.get(PATH, params=PARAMS).json(),
            "our runtime, host": lambda: host.http.get(PATH, params=PARAMS).json(),
            "our runtime, Redis": lambda: shared.http.get(PATH, params=PARAMS).json(),
            "our call": lambda: host.call(get_user_gift_cards.sync_detailed, company_id=1),
        }
        times: dict[str, list[float]] = {name: [] for name in sides}
        for _ in range(200):  # warm up connections, caches and imports
            for send in sides.values():
                send()
        for _ in range(args.requests):
            for name, send in sides.items():
                started = time.perf_counter()
                send()
                times[name].append(time.perf_counter() - started)
        raw.close()
        for each in clients:
            each.close()
    medians = {name: statistics.median(values) for name, values in times.items()}
    base = medians["raw httpx"]
    print(f"per-request time on loopback, median of {args.requests} interleaved requests each:")
    for name, value in medians.items():
        target = "   (target <= 1.10x)" if name == "our runtime, memory" else ""
        print(f"  {name:22} {value * 1e6:8.0f} us {value / base:8.2f}x{target}")


if __name__ == "__main__":
    main()
