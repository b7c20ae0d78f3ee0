"""A loopback HTTP server for the benchmarks, run in its own process.

It answers every GET with a fixed JSON body after an optional delay, enforces request limits
the way the API does (429 past N requests in a sliding window) and reports the arrival times.
"""

from __future__ import annotations

import json
import multiprocessing
import multiprocessing.connection
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class ServerSettings:
    body: bytes
    delay: float = 0.0
    limits: tuple[tuple[int, float], ...] = ()  # (requests, per seconds)


def _serve(settings: ServerSettings, pipe: multiprocessing.connection.Connection) -> None:
    arrivals: list[float] = []
    rejected = 0
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            # headers and body go out in two writes: without this, Nagle + delayed ACK add 40 ms
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def do_GET(self) -> None:
            nonlocal rejected
            now = time.monotonic()
            with lock:
                over = any(sum(1 for t in arrivals if now - t < window) >= count for count, window in settings.limits)
                if over:
                    rejected += 1
                arrivals.append(now)
            if settings.delay:
                time.sleep(settings.delay)
            status, body = (
                (429, b'{"success":false,"meta":{"message":"Too many requests"}}') if over else (200, settings.body)
            )
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    pipe.send(server.server_address[1])
    pipe.recv()  # the stop signal
    with lock:
        pipe.send((list(arrivals), rejected))
    server.shutdown()


@dataclass
class Report:
    arrivals: list[float]
    rejected: int

    def most_in_any_window(self, seconds: float) -> int:
        times = sorted(self.arrivals)
        most, start = 0, 0
        for end, t in enumerate(times):
            while t - times[start] >= seconds:
                start += 1
            most = max(most, end - start + 1)
        return most


@contextmanager
def loopback(settings: ServerSettings) -> Iterator[tuple[str, Report]]:
    """The server's base URL, and a report filled in when the block ends."""
    ours, theirs = multiprocessing.Pipe()
    process = multiprocessing.get_context("spawn").Process(target=_serve, args=(settings, theirs), daemon=True)
    process.start()
    port = ours.recv()
    report = Report([], 0)
    try:
        yield f"http://127.0.0.1:{port}/api/v1", report
    finally:
        ours.send("stop")
        report.arrivals, report.rejected = ours.recv()
        process.join(timeout=5)


def gift_card_list(count: int) -> bytes:
    item = {
        "id": 409726, "number": 888, "balance": 9000, "default_balance": 9000, "type_id": 27841, "status_id": 2,
        "created_date": "2026-09-21T23:00:00.000-05:00", "expiration_date": "2026-09-21T23:00:00.000-05:00",
        "type": {"id": 27841, "title": "certificate 9000", "balance": 9000, "is_multi": True,
                 "company_group_id": 128284, "item_type_id": 0, "expiration_type_id": 2, "expiration_timeout": 365,
                 "expiration_timeout_unit_id": 1, "is_allow_empty_code": False,
                 "item_type": {"id": 0, "title": "No limits"}},
        "status": {"id": 2, "title": "activated"},
    }  # fmt: skip
    data = [{**item, "id": i, "number": 1000 + i} for i in range(count)]
    return json.dumps({"success": True, "data": data, "meta": {"count": count}}).encode()
