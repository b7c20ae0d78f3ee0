"""The client-side rate limiter: both limits, shared by clients, threads and asyncio tasks."""

from __future__ import annotations

import asyncio
import threading
import time

import httpx

from altegio import ALTEGIO_RATE_LIMITS, Altegio, AsyncAltegio, RateLimit
from altegio._limits import shared_limiter
from altegio_client.api.subscriptions_certificates import get_user_gift_cards

CARDS = {"success": True, "data": [], "meta": {"count": 0}}


def most_in_any_window(times: list[float], seconds: float) -> int:
    times = sorted(times)
    return max(sum(1 for t in times[i:] if t - start < seconds) for i, start in enumerate(times))


def test_the_published_limits_are_the_default() -> None:
    assert (RateLimit(5, 1.0), RateLimit(200, 60.0)) == ALTEGIO_RATE_LIMITS
    client = Altegio("p")
    assert client.rate_limits == ALTEGIO_RATE_LIMITS
    client.close()


def test_clients_of_one_host_and_limits_share_one_limiter() -> None:
    limits = (RateLimit(5, 1.0), RateLimit(200, 60.0))
    assert shared_limiter("api.alteg.io", limits) is shared_limiter("api.alteg.io", tuple(reversed(limits)))
    assert shared_limiter("api.alteg.io", limits) is not shared_limiter("api.yclients.com", limits)
    assert shared_limiter("api.alteg.io", ()) is None


def test_threads_and_tasks_of_different_clients_draw_from_the_same_windows() -> None:
    """Two limits at a small scale (3 per 0.3 s, 7 per 2 s) so the test runs in about 2 s."""
    limits = (RateLimit(3, 0.3), RateLimit(7, 2.0))
    base_url = "http://limits.test/api/v1"
    arrivals: list[float] = []
    lock = threading.Lock()

    def handle(request: httpx.Request) -> httpx.Response:
        with lock:
            arrivals.append(time.monotonic())
        return httpx.Response(200, json=CARDS)

    def in_a_thread() -> None:
        with Altegio(
            "p", user_token="u", base_url=base_url, rate_limits=limits, transport=httpx.MockTransport(handle)
        ) as c:
            for _ in range(4):
                c.call(get_user_gift_cards.sync_detailed, company_id=1)

    async def in_tasks() -> None:
        async def handle_async(request: httpx.Request) -> httpx.Response:
            return handle(request)

        transport = httpx.MockTransport(handle_async)
        async with AsyncAltegio("p", user_token="u", base_url=base_url, rate_limits=limits, transport=transport) as c:
            await asyncio.gather(*(c.call(get_user_gift_cards.asyncio_detailed, company_id=1) for _ in range(4)))

    threads = [threading.Thread(target=in_a_thread) for _ in range(2)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    asyncio.run(in_tasks())
    for thread in threads:
        thread.join()

    assert len(arrivals) == 12
    assert most_in_any_window(arrivals, 0.3) <= 3
    assert most_in_any_window(arrivals, 2.0) <= 7
    assert time.monotonic() - started >= 2.0  # 12 requests cannot pass 7 per 2 s any faster
