"""One DEBUG line per attempt, secrets redacted, nothing at INFO."""

from __future__ import annotations

import logging
import re

import httpx
import pytest

import altegio._transport
from altegio import Altegio
from altegio._logging import redacted_url
from altegio_client.api.subscriptions_certificates import get_client_gift_cards

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
