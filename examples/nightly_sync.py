"""A nightly sync in several OS processes that share one rate limit, with no code to coordinate them.

Three worker processes (as gunicorn or Celery workers, or a cron job beside a web app, would be)
each read the first pages of one location's gift card types. Every client on this host draws from
one budget, 5 requests per second and 200 per minute, kept by the default *host* store (a SQLite
file in the user's cache directory). Set ALTEGIO_RATE_LIMIT_URL=redis://host:6379/0 to share it
with other hosts too. At the end the parent prints what each process read and the most requests
that all of them together sent in any one second.

Settings come from the environment; the defaults suit the local mock (`make demo`):

    ALTEGIO_BASE_URL       API root (default: production, https://api.alteg.io/api/v1)
    ALTEGIO_PARTNER_TOKEN  partner token
    ALTEGIO_USER_TOKEN     user token
    ALTEGIO_LOCATION_IDS   the locations to read, one process each (default: 1,2,3)
    ALTEGIO_PAGES          pages per location (default: 4)

Read-only. Exits 1 on the first failure.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor

import httpx

from altegio import PRODUCTION_URL, Altegio, AltegioError

DEMO = {
    "ALTEGIO_PARTNER_TOKEN": "demo-partner-token",
    "ALTEGIO_USER_TOKEN": "demo-user-token",
    "ALTEGIO_LOCATION_IDS": "1,2,3",
    "ALTEGIO_PAGES": "4",
}


def setting(name: str) -> str:
    return os.environ.get(name) or DEMO[name]


class Stamped(httpx.HTTPTransport):
    """The connection pool, noting when each request really leaves (after the rate limiter let it go)."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[float] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(time.time())
        return super().handle_request(request)


def read_location(location_id: int, pages: int, start_at: float) -> tuple[int, int, list[float]]:
    """In a worker process: (location, gift card types read, wall-clock times the requests left)."""
    pool = Stamped()
    with Altegio(
        setting("ALTEGIO_PARTNER_TOKEN"),
        user_token=setting("ALTEGIO_USER_TOKEN"),
        base_url=os.environ.get("ALTEGIO_BASE_URL") or PRODUCTION_URL,
        transport=pool,
    ) as client:
        time.sleep(max(0.0, start_at - time.time()))  # all processes begin together, as a cron job would
        read = 0
        for page in range(1, pages + 1):
            read += len(client.subscriptions_certificates.get_gift_card_type_list(location_id, page=page, page_size=50))
    return location_id, read, pool.sent


def most_in_one_second(times: list[float]) -> int:
    times = sorted(times)
    return max((sum(1 for t in times[i:] if t - start < 1.0) for i, start in enumerate(times)), default=0)


def main() -> int:
    locations = [int(part) for part in setting("ALTEGIO_LOCATION_IDS").split(",")]
    pages = int(setting("ALTEGIO_PAGES"))
    started = time.time() + 1.5  # time for every worker to start and import the client
    context = multiprocessing.get_context("spawn")  # fresh processes, as separate workers are
    try:
        with ProcessPoolExecutor(len(locations), mp_context=context) as pool:
            results = list(pool.map(read_location, locations, [pages] * len(locations), [started] * len(locations)))
    except AltegioError as exc:
        print(f"failed: {exc}", file=sys.stderr)
        return 1
    every_request: list[float] = []
    for location, read, sent in results:
        every_request += sent
        print(f"{'location #' + str(location):28} {read} gift card type(s) in {len(sent)} request(s)")
    took = max(every_request) - min(every_request)
    print(
        f"{'all processes together':28} {len(every_request)} requests in {took:.1f} s, "
        f"at most {most_in_one_second(every_request)} in any second (the limit is 5)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
