"""One rate limit for every process on a host (SQLite) and on many hosts (Redis), measured at the server.

The clients run in OS processes of their own (``tests/limit_worker.py``); the server is a loopback
HTTP server in this process that records when each request arrives. Redis is a real server
(``tests/redis_server.py``). Limits are scaled down (3 per 0.5 s, 8 per 2 s) so that a test takes
seconds, and the same tests with the in-process store show that the check can fail.
"""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from altegio import Altegio, AsyncAltegio, RateLimit
from altegio._limits import ENVIRONMENT_VARIABLE, RedisStore, SharedLimiter, shared_limiter
from tests.limit_worker import command
from tests.redis_server import free_port, redis_server
from tests.test_limits import most_in_any_window

ROOT = Path(__file__).resolve().parents[1]
SMALL = "3/0.5,8/2"  # what the workers enforce: 3 requests per 0.5 s and 8 per 2 s
SMALL_LIMITS = ((3, 0.5), (8, 2.0))
OK_BODY = b'{"success": true, "data": [], "meta": {"count": 0}}'


@dataclass
class Server:
    """Arrival times (monotonic, seconds) and what was answered."""

    base_url: str = ""
    arrivals: list[float] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)
    answer_429_first: float | None = None  # Retry-After of a 429 given to the first request

    def most_in_any_window(self, seconds: float) -> int:
        return most_in_any_window(self.arrivals, seconds)


@pytest.fixture
def server() -> Iterator[Server]:
    record = Server()
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            with lock:
                record.arrivals.append(time.monotonic())
                refuse = record.answer_429_first is not None and len(record.arrivals) == 1
                record.statuses.append(429 if refuse else 200)
            body = b'{"success": false, "meta": {"message": "Too many requests"}}' if refuse else OK_BODY
            self.send_response(429 if refuse else 200)
            if refuse:
                self.send_header("Retry-After", str(record.answer_429_first))
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    http.daemon_threads = True
    threading.Thread(target=http.serve_forever, daemon=True).start()
    record.base_url = f"http://127.0.0.1:{http.server_address[1]}/api/v1"
    yield record
    http.shutdown()
    http.server_close()


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with redis_server(tmp_path_factory.mktemp("redis")) as (url, _):
        yield url


def store_url(kind: str, redis_url: str) -> str:
    return {"host": "host", "redis": redis_url, "memory": "memory"}[kind]


def run_workers(base_url: str, workers: list[dict[str, Any]], start_in: float = 2.5) -> None:
    """Start each worker (a dict of limit_worker options) in its own process; all begin at one moment."""
    start = time.time() + start_in
    processes = []
    for worker in workers:
        options = {"requests": 4, "mode": "sync", "limits": SMALL, "margin": 0.05, **worker}
        options["start"] = start + options.pop("offset", 0.0)
        processes.append(subprocess.Popen(command(base_url, **options), cwd=ROOT, env=os.environ.copy()))
    for process in processes:
        assert process.wait(timeout=60) == 0


# --- several processes, one budget ------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["host", "redis"])
def test_processes_share_one_budget(kind: str, server: Server, redis_url: str) -> None:
    store = store_url(kind, redis_url)
    run_workers(
        server.base_url,
        [
            {"store": store, "mode": "sync"},
            {"store": store, "mode": "sync"},
            {"store": store, "mode": "async"},  # asyncio tasks, in a process of their own
        ],
    )
    assert len(server.arrivals) == 12 and set(server.statuses) == {200}
    for requests, seconds in SMALL_LIMITS:
        assert server.most_in_any_window(seconds) <= requests
    assert max(server.arrivals) - min(server.arrivals) >= 2.0  # 12 requests cannot pass 8 per 2 s any faster


def test_the_in_process_store_does_not_share(server: Server) -> None:
    """The control: the same three processes, each with a budget of its own, overrun the limit."""
    run_workers(server.base_url, [{"store": "memory"}, {"store": "memory"}, {"store": "memory", "mode": "async"}])
    assert server.most_in_any_window(0.5) > 3


# --- a 429 in one process pauses the others ---------------------------------------------------------


@pytest.mark.parametrize("kind", ["host", "redis"])
def test_a_429_pauses_every_process(kind: str, server: Server, redis_url: str) -> None:
    """The first request is answered 429 with Retry-After: 1; the others start 0.5 s later."""
    server.answer_429_first = 1
    store = store_url(kind, redis_url)
    generous = "100/1"
    run_workers(
        server.base_url,
        [
            {"store": store, "requests": 1, "limits": generous},
            {"store": store, "requests": 2, "limits": generous, "offset": 0.5},
            {"store": store, "requests": 2, "limits": generous, "offset": 0.5, "mode": "async"},
        ],
    )
    refused_at, *later = server.arrivals
    assert server.statuses[0] == 429 and len(later) == 5  # the refused request was retried, and all answered
    assert min(later) - refused_at >= 0.98  # nobody, the retry included, came back before Retry-After


def test_without_a_shared_store_the_others_do_not_wait(server: Server) -> None:
    server.answer_429_first = 1
    run_workers(
        server.base_url,
        [
            {"store": "memory", "requests": 1, "limits": "100/1"},
            {"store": "memory", "requests": 2, "limits": "100/1", "offset": 0.5},
        ],
    )
    refused_at, *later = server.arrivals
    assert min(later) - refused_at < 0.9


def test_a_429_pauses_the_async_client_of_the_same_process(server: Server) -> None:
    server.answer_429_first = 1

    async def main() -> None:
        options: dict[str, Any] = {"user_token": "u", "base_url": server.base_url, "rate_limit_store": "memory"}
        async with AsyncAltegio("p", **options) as first, AsyncAltegio("p", **options) as second:
            refused = asyncio.create_task(first.http.get("/a"))
            await asyncio.sleep(0.2)
            await second.http.get("/b")
            await refused

    asyncio.run(main())
    assert server.statuses[0] == 429
    assert min(server.arrivals[1:]) - server.arrivals[0] >= 0.98


# --- the safety margin, measured at the server ------------------------------------------------------


@pytest.mark.parametrize("mode", ["async", "threads and tasks"])
def test_never_six_requests_in_one_second_at_the_server(mode: str, server: Server) -> None:
    """The published limits and the default margin: 12 requests at once, from tasks (and threads)."""

    async def tasks(count: int) -> None:
        async with AsyncAltegio("p", user_token="u", base_url=server.base_url) as client:
            await asyncio.gather(*(client.http.get(f"/t/{i}") for i in range(count)))

    def in_a_thread() -> None:
        with Altegio("p", user_token="u", base_url=server.base_url) as client:
            for i in range(3):
                client.http.get(f"/s/{i}")

    threads = [threading.Thread(target=in_a_thread) for _ in range(2 if mode != "async" else 0)]
    for thread in threads:
        thread.start()
    asyncio.run(tasks(12 - 3 * len(threads)))
    for thread in threads:
        thread.join()
    times = sorted(server.arrivals)
    assert len(times) == 12
    assert min(b - a for a, b in zip(times, times[5:], strict=False)) >= 1.0  # a sixth request: a second later


# --- the store a client uses ------------------------------------------------------------------------


def test_the_default_store_is_the_host_file(server: Server) -> None:
    with Altegio("p", base_url=server.base_url) as client:
        limiter = client.http._transport._limiter  # type: ignore[attr-defined]
        assert client.rate_limit_store == "host"
        assert isinstance(limiter, SharedLimiter) and limiter.store == "host"
    cache = Path(os.environ["XDG_CACHE_HOME"]) / "altegio" / "rate-limits.sqlite"
    assert cache.is_file()  # in this run's own cache directory (conftest)


def test_the_environment_names_the_store(monkeypatch: pytest.MonkeyPatch, redis_url: str) -> None:
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, redis_url)
    client = Altegio("p", base_url="http://env.test/api/v1")
    assert client.rate_limit_store == redis_url
    limiter = shared_limiter("env.test", client.rate_limits, client.rate_limit_store)
    assert limiter is not None and limiter.store == "redis"
    assert client.with_options(rate_limit_store="memory").rate_limit_store == "memory"
    client.close()


def test_an_unknown_store_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown rate-limit store 'redsi://x:\\*\\*\\*@h'"):
        Altegio("p", rate_limit_store="redsi://x:secret@h")


def test_no_limits_no_store() -> None:
    assert shared_limiter("h", (), "redis://127.0.0.1:1/0") is None


# --- a store that cannot be used: one WARNING, and this process's own limiter -----------------------


def fallback_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and "rate-limit store" in r.message]


def test_an_unusable_host_store_falls_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, server: Server
) -> None:
    not_a_directory = tmp_path / "a-file"
    not_a_directory.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(not_a_directory))  # mkdir under a file fails, even for root
    limits = (RateLimit(2, 0.5),)
    with Altegio("p", user_token="u", base_url=server.base_url, rate_limits=limits) as client:
        for i in range(4):
            client.http.get(f"/{i}")
    assert len(fallback_warnings(caplog)) == 1
    assert "limiting requests in this process only" in fallback_warnings(caplog)[0]
    assert server.most_in_any_window(0.5) <= 2  # still limited, in this process


def test_an_unreachable_redis_falls_back_without_hanging(caplog: pytest.LogCaptureFixture, server: Server) -> None:
    url = f"redis://:secret@127.0.0.1:{free_port()}/0"  # nothing listens there
    started = time.monotonic()
    with Altegio("p", user_token="u", base_url=server.base_url, rate_limit_store=url) as client:
        client.http.get("/x")
    assert time.monotonic() - started < 2.0
    (warning,) = fallback_warnings(caplog)
    assert "redis://:***@127.0.0.1" in warning and "secret" not in warning
    assert server.statuses == [200]


def test_redis_without_its_client_falls_back(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)  # import redis now fails, as without altegio[redis]
    limiter = SharedLimiter("redis://127.0.0.1:1/0", "no-client.test", (RateLimit(5, 1.0),), 0.1)
    assert limiter.store == "memory"
    assert "pip install 'altegio[redis]'" in fallback_warnings(caplog)[0]


def test_a_redis_that_goes_away_falls_back_and_comes_back(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("altegio._limits.RETRY_STORE_AFTER", 0.5)
    with redis_server(tmp_path) as (url, process):
        client = Altegio("p", user_token="u", base_url=server.base_url, rate_limit_store=url)
        limiter = client.http._transport._limiter  # type: ignore[attr-defined]
        client.http.get("/1")
        assert limiter.store == "redis"
        process.kill()
        process.wait()
        started = time.monotonic()
        client.http.get("/2")  # the store fails: this process goes on alone
        assert time.monotonic() - started < 2.0
        assert limiter.store == "memory" and len(fallback_warnings(caplog)) == 1
    with redis_server(tmp_path) as (url2, _):
        monkeypatch.setattr(limiter, "setting", url2)  # a restarted server (a new port here)
        time.sleep(0.6)
        client.http.get("/3")
        assert limiter.store == "redis"  # tried again after RETRY_STORE_AFTER, and back
    client.close()
    assert server.statuses == [200, 200, 200]


def test_redis_counts_what_a_host_with_a_later_clock_added(redis_url: str) -> None:
    """Host A's clock runs 5 ms ahead of host B's: B must still count A's entries in its window."""
    limits = (RateLimit(3, 1.0),)
    ahead = RedisStore(redis_url, "skew.test", limits, 0.0)
    behind = RedisStore(redis_url, "skew.test", limits, 0.0)
    ahead._offset_ms += 5
    assert [ahead.reserve() for _ in range(3)] == [0.0, 0.0, 0.0]
    assert behind.reserve() > 0.9  # the fourth request of the window waits for the first to leave it
    ahead.close()
    behind.close()


def test_a_store_still_unusable_on_its_retry_warns_only_once(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch, server: Server
) -> None:
    monkeypatch.setattr("altegio._limits.RETRY_STORE_AFTER", 0.1)
    url = f"redis://127.0.0.1:{free_port()}/0"
    with Altegio("p", user_token="u", base_url=server.base_url, rate_limit_store=url) as client:
        for i in range(3):
            time.sleep(0.15)  # each request retries the store, which is still unreachable
            client.http.get(f"/{i}")
    assert len(fallback_warnings(caplog)) == 1
    assert server.statuses == [200, 200, 200]


def test_the_nightly_sync_example_stays_within_the_limit(server: Server) -> None:
    """examples/nightly_sync.py, as make demo runs it: three processes, the default host store."""
    environment = {**os.environ, "ALTEGIO_BASE_URL": server.base_url, "ALTEGIO_PAGES": "3"}
    shown = subprocess.run(
        [sys.executable, "examples/nightly_sync.py"], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert shown.returncode == 0, shown.stderr
    assert "9 requests in" in shown.stdout and "at most 5 in any second" in shown.stdout
    assert len(server.arrivals) == 9 and server.most_in_any_window(1.0) <= 5  # as the server saw them


def test_the_shared_limit_benchmark_runs() -> None:
    """bench/shared_limit.py's run, tiny (2 processes x 3 pages): every request answered, none refused."""
    from bench.shared_limit import run

    elapsed, report = run("host", processes=2, pages=3, scale=1.0, latency=0.0, env=os.environ.copy())
    assert len(report.arrivals) == 6 and report.rejected == 0 and elapsed > 0
