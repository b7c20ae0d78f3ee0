"""One DEBUG line per attempt, secrets redacted, nothing at INFO."""

from __future__ import annotations

import http.server
import json
import logging
import re
import threading
from typing import ClassVar

import httpx
import pytest

import altegio._transport
from altegio import Altegio, NotFoundError
from altegio._logging import redacted_url
from altegio_client.api.clients import create_client
from altegio_client.api.deposits import get_client_account_by_chain_and_phone
from altegio_client.api.subscriptions_certificates import get_client_gift_cards
from altegio_client.models import CreateClientBody

PARTNER, USER, PHONE = "partner-tok-123456", "user-tok-654321", "+13155550175"


def test_one_debug_line_per_attempt_without_secrets(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(altegio._transport, "_pause", lambda seconds: None)
    answers = iter([httpx.Response(503, content=b""), httpx.Response(200, json={"success": True, "data": []})])
    transport = httpx.MockTransport(lambda request: next(answers))
    caplog.set_level(logging.DEBUG, logger="altegio")
    with Altegio(PARTNER, user_token=USER, rate_limits=(), transport=transport) as client:
        client.call(get_client_gift_cards.sync_detailed, company_id=7, phone=PHONE)

    lines = [r for r in caplog.records if r.name == "altegio"]
    assert len(lines) == 2 and all(r.levelno == logging.DEBUG for r in lines)
    pattern = (
        r"get_client_gift_cards: GET /api/v1/loyalty/certificates\?company_id=7&phone=\*\*\* "
        r"-> {} in \d+ ms \(attempt {}\)"
    )
    assert re.fullmatch(pattern.format(503, 1), lines[0].getMessage())
    assert re.fullmatch(pattern.format(200, 2), lines[1].getMessage())
    text = caplog.text
    assert PARTNER not in text and USER not in text and PHONE not in text and "13155550175" not in text


def test_nothing_is_logged_at_info(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"success": True, "data": []}))
    with Altegio(PARTNER, user_token=USER, rate_limits=(), transport=transport) as client:
        client.call(get_client_gift_cards.sync_detailed, company_id=7, phone=PHONE)
    assert [r for r in caplog.records if r.name.startswith("altegio")] == []


def test_phone_like_path_segments_and_secret_parameters_are_redacted() -> None:
    url = httpx.URL("https://x/api/v1/loyalty/cards/79001234567/12/34?password=pw&login=a@b.c&page=2")
    assert redacted_url(url) == "/api/v1/loyalty/cards/***/12/34?password=***&login=***&page=2"


class _Scripted(http.server.BaseHTTPRequestHandler):
    """A loopback API: login, a gift card lookup by phone (503 once, then 200), a write, a 404."""

    calls: ClassVar[dict[str, int]] = {}

    def _answer(self, status: int, body: object) -> None:
        content = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def do_GET(self) -> None:
        seen = self.calls[self.path] = self.calls.get(self.path, 0) + 1
        if self.path.startswith("/loyalty/certificates") and seen == 1:
            self._answer(503, {"success": False, "meta": {"message": "busy"}})
        elif self.path.startswith("/loyalty/certificates"):
            self._answer(200, {"success": True, "data": [{"id": 1, "number": CODE, "balance": 5}], "meta": []})
        else:
            self._answer(404, {"success": False, "meta": {"message": "Client not found"}})

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        if self.path == "/auth":
            user = {"id": 7, "user_token": FRESH, "name": "Ann Lee", "phone": PHONE, "login": LOGIN, "email": EMAIL}
            self._answer(201, {"success": True, "data": user, "meta": []})
        else:
            self._answer(201, {"success": True, "data": {"id": 9, "phone": PHONE, "email": EMAIL}, "meta": []})

    def log_message(self, format: str, *args: object) -> None:
        pass


LOGIN, PASSWORD, EMAIL, CODE, FRESH = "ann@example.org", "pw-Secret-77", "ann.lee@example.org", "GC-4242", "fresh-tok-9"


def test_no_log_record_of_any_logger_holds_a_secret(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(altegio._transport, "_pause", lambda seconds: None)
    caplog.set_level(logging.DEBUG)  # the root logger: altegio, httpx, httpcore and anything else
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Scripted) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base_url = f"http://127.0.0.1:{server.server_address[1]}"
        try:
            with Altegio(PARTNER, base_url=base_url, rate_limits=()) as partner:
                user = partner.login(LOGIN, PASSWORD)
                user.data(get_client_gift_cards.sync_detailed, company_id=7, phone=PHONE)  # retried after a 503
                body = CreateClientBody.from_dict({"name": "Ann", "phone": PHONE, "email": EMAIL})
                user.call(create_client.sync_detailed, location_id=7, body=body)
                with pytest.raises(NotFoundError):
                    user.call(get_client_account_by_chain_and_phone.sync_detailed, chain_id=7, phone=PHONE)
        finally:
            server.shutdown()

    loggers = {record.name.split(".")[0] for record in caplog.records}
    assert {"altegio", "httpx", "httpcore"} <= loggers  # every library's records were captured
    text = "\n".join(f"{r.getMessage()} {r.args!r}" for r in caplog.records)
    for secret in (PARTNER, FRESH, LOGIN, PASSWORD, PHONE, PHONE.lstrip("+"), "%2B1315", EMAIL, CODE):
        assert secret not in text, secret
    assert "phone=***" in text and "HTTP Request: GET" in text
