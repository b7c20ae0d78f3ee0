"""Bulk export against the API's ceiling: 5 requests per second and 200 per minute.

A loopback server answers each page after ``--latency`` seconds and enforces both limits as
the API does (429 past them), recording arrival times. The client fetches ``--pages`` pages
of the gift card type list concurrently, async and threaded, through the shared limiter.

The ceiling: the fastest any client can go is the greedy schedule that sends each request as
soon as both sliding windows allow (bursts of 5 per second until 200 in a minute, then wait);
its last request lands at ``ideal`` seconds, plus one latency. ``ideal / elapsed`` is the
fraction of the ceiling reached. (N / 3.33 s, the sustained rate, is shown too: the initial
burst lets a short run beat it.) ``--scale 0.1`` shrinks the windows and the latency tenfold
for a quick run with the same shape.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from concurrent.futures import ThreadPoolExecutor

from altegio import Altegio, AsyncAltegio, RateLimit
from altegio_client.api.subscriptions_certificates import get_gift_card_type_list
from bench.loopback import Report, ServerSettings, loopback


def type_page(size: int) -> bytes:
    items = [{"id": i, "title": f"type {i}", "balance": 100, "is_multi": False} for i in range(size)]
    return json.dumps({"success": True, "data": items, "meta": {"count": 100_000}}).encode()


def ideal_seconds(pages: int, limits: tuple[RateLimit, ...]) -> float:
    """When the last of ``pages`` requests can leave, sending each as early as the limits allow."""
    sent: list[float] = []
    for index in range(pages):
        at = sent[-1] if sent else 0.0
        for limit in limits:
            if index >= limit.requests:
                at = max(at, sent[index - limit.requests] + limit.per_seconds)
        sent.append(at)
    return sent[-1]


def run_async(base_url: str, pages: int, limits: tuple[RateLimit, ...], workers: int) -> None:
    async def main() -> None:
        gate = asyncio.Semaphore(workers)
        async with AsyncAltegio("p", user_token="u", base_url=base_url, rate_limits=limits) as client:

            async def one(page: int) -> None:
                async with gate:
                    await client.data(get_gift_card_type_list.asyncio_detailed, location_id=1, page=page, page_size=100)

            await asyncio.gather(*(one(page) for page in range(1, pages + 1)))

    asyncio.run(main())


def run_threaded(base_url: str, pages: int, limits: tuple[RateLimit, ...], workers: int) -> None:
    with (
        Altegio("p", user_token="u", base_url=base_url, rate_limits=limits) as client,
        ThreadPoolExecutor(workers) as pool,
    ):

        def one(page: int) -> None:
            client.data(get_gift_card_type_list.sync_detailed, location_id=1, page=page, page_size=100)

        list(pool.map(one, range(1, pages + 1)))


def measure(mode: str, pages: int, scale: float, latency: float, workers: int) -> tuple[float, Report]:
    limits = (RateLimit(5, 1.0 * scale), RateLimit(200, 60.0 * scale))
    settings = ServerSettings(
        type_page(100), delay=latency * scale, limits=tuple((r.requests, r.per_seconds) for r in limits)
    )
    with loopback(settings) as (base_url, report):
        started = time.monotonic()
        (run_async if mode == "async" else run_threaded)(base_url, pages, limits, workers)
        elapsed = time.monotonic() - started
    return elapsed, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=420)
    parser.add_argument("--latency", type=float, default=0.25)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--workers", type=int, default=16)
    args = parser.parse_args()
    limits = (RateLimit(5, 1.0 * args.scale), RateLimit(200, 60.0 * args.scale))
    ideal = ideal_seconds(args.pages, limits) + args.latency * args.scale
    sustained = args.pages / (200 / 60) * args.scale
    print(f"bulk export of {args.pages} pages, server latency {args.latency * args.scale:.3f} s, scale {args.scale}:")
    print(f"  ceiling (ideal schedule) {ideal:7.1f} s;  N / 3.33 s = {sustained:.1f} s")
    for mode in ("async", "threaded"):
        elapsed, report = measure(mode, args.pages, args.scale, args.latency, args.workers)
        per_second = report.most_in_any_window(1.0 * args.scale)
        per_minute = report.most_in_any_window(60.0 * args.scale)
        print(
            f"  {mode:9} {elapsed:7.1f} s = {ideal / elapsed:6.1%} of the ceiling;"
            f" 429s: {report.rejected}; most in any 1 s window: {per_second} (<= 5), in any 60 s: {per_minute} (<= 200)"
        )


if __name__ == "__main__":
    main()
