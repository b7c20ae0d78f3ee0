"""One client in an OS process of its own, for the shared rate-limit tests and the benchmark.

    python -m tests.limit_worker BASE_URL --store host --requests 4 --mode sync --start 1700000000.5

The client (and its rate-limit store) is built first; the requests start at the wall-clock time
``--start``, so that several processes contend at once. Exits 0 when every request got an answer.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time

from altegio import Altegio, AsyncAltegio, RateLimit


def command(base_url: str, **options: object) -> list[str]:
    """The command line of one worker: ``command(url, store="host", requests=4)`` gives --store host --requests 4."""
    line = [sys.executable, "-m", "tests.limit_worker", base_url]
    for name, value in options.items():
        line += [f"--{name}", str(value)]
    return line


def limits_of(text: str) -> tuple[RateLimit, ...]:
    """``"3/0.5,8/2"`` -> (RateLimit(3, 0.5), RateLimit(8, 2.0))."""
    pairs = (part.split("/") for part in text.split(",") if part)
    return tuple(RateLimit(int(requests), float(seconds)) for requests, seconds in pairs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("base_url")
    parser.add_argument("--store", default=None)
    parser.add_argument("--requests", type=int, default=4)
    parser.add_argument("--mode", choices=("sync", "async"), default="sync")
    parser.add_argument("--start", type=float, default=0.0)
    parser.add_argument("--limits", default="5/1,200/60")
    parser.add_argument("--margin", type=float, default=0.1)
    args = parser.parse_args()
    options = {"rate_limits": limits_of(args.limits), "rate_limit_store": args.store, "rate_limit_margin": args.margin}

    def wait_for_start() -> None:
        time.sleep(max(0.0, args.start - time.time()))

    if args.mode == "sync":
        with Altegio("p", user_token="u", base_url=args.base_url, **options) as client:
            wait_for_start()
            for index in range(args.requests):
                client.http.get(f"/page/{index}").raise_for_status()
        return

    async def run() -> None:
        async with AsyncAltegio("p", user_token="u", base_url=args.base_url, **options) as client:
            wait_for_start()
            answers = await asyncio.gather(*(client.http.get(f"/page/{i}") for i in range(args.requests)))
            for answer in answers:
                answer.raise_for_status()

    asyncio.run(run())


if __name__ == "__main__":
    main()
