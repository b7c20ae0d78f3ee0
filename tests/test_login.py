"""POST /auth answered 201 or 200, with the token or with a two-factor challenge, sync and async.

The 200 cases need generated/ made from the patches (sign-in-answered-200): ``make generate``.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from altegio import NO_RETRIES, Altegio, AsyncAltegio, TwoFactorRequired
from altegio_client.api.subscriptions_certificates import get_user_gift_cards

PARTNER = "partner-secret-1234"
PHONE = "+13155550175"
TOKEN_ANSWER = {
    "success": True,
    "data": {"id": 7, "user_token": "fresh-user-token-9", "name": "Ann", "phone": PHONE, "login": "ann"},
    "meta": [],
}
CHALLENGE = {
    "success": True,
    "data": {"uuid": "2fa-c0ffee", "flow": "login", "transport": PHONE, "attempts_left": 3, "refresh_ttl_sec": 60},
    "meta": [],
}
CARDS = {"success": True, "data": [{"id": 1, "number": "GC-0042", "balance": 5}], "meta": {"count": 1}}
STATUSES = pytest.mark.parametrize("status", [200, 201])


class Auth:
    """Answers POST /auth with one status and body, anything else with a gift card list; keeps the
    bodies sent to /auth and the Authorization of every request."""

    def __init__(self, status: int, body: Any) -> None:
        self.status, self.body = status, body
        self.sent: list[Any] = []
        self.signed: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.signed.append(request.headers["Authorization"])
        if not request.url.path.endswith("/auth"):
            return httpx.Response(200, json=CARDS)
        assert request.method == "POST"
        self.sent.append(json.loads(request.content))
        return httpx.Response(self.status, json=self.body)


def partner(handler: Auth) -> Altegio:
    return Altegio(PARTNER, rate_limits=(), retry=NO_RETRIES, transport=httpx.MockTransport(handler))


def async_partner(handler: Auth) -> AsyncAltegio:
    return AsyncAltegio(PARTNER, rate_limits=(), retry=NO_RETRIES, transport=httpx.MockTransport(handler))


@STATUSES
def test_a_sign_in_gives_a_user_client(status: int) -> None:
    handler = Auth(status, TOKEN_ANSWER)
    with partner(handler) as client:
        user = client.login("ann@example.com", "pa55word")
        user.call(get_user_gift_cards.sync_detailed, company_id=1)
    assert user.user is not None and (user.user.id, user.user.name) == (7, "Ann")
    assert handler.signed == [f"Bearer {PARTNER}", f"Bearer {PARTNER}, User fresh-user-token-9"]


@STATUSES
async def test_a_sign_in_gives_a_user_client_async(status: int) -> None:
    handler = Auth(status, TOKEN_ANSWER)
    async with async_partner(handler) as client:
        user = await client.login("ann@example.com", "pa55word")
        await user.call(get_user_gift_cards.asyncio_detailed, company_id=1)
    assert user.user is not None and user.user.id == 7
    assert handler.signed[-1] == f"Bearer {PARTNER}, User fresh-user-token-9"


@STATUSES
def test_a_challenge_raises_two_factor_required_and_the_code_goes_back(status: int) -> None:
    handler = Auth(status, CHALLENGE)
    with partner(handler) as client:
        with pytest.raises(TwoFactorRequired) as caught:
            client.login("ann@example.com", "pa55word")
        challenge = caught.value.challenge
        assert (challenge.uuid, challenge.flow, challenge.attempts_left, challenge.refresh_ttl_sec) == (
            "2fa-c0ffee",
            "login",
            3,
            60,
        )
        assert challenge.transport == PHONE  # the attribute as sent; the text masks it
        for text in (str(caught.value), repr(caught.value), repr(challenge)):
            assert PHONE not in text and PHONE[-4:] not in text and "+1********75" in text
        handler.body = TOKEN_ANSWER
        user = client.login("ann@example.com", "pa55word", two_factor=(challenge.uuid, "123456"))
    assert user.has_user_token
    assert handler.sent[1] == {
        "login": "ann@example.com",
        "password": "pa55word",
        "2fa": {"uuid": "2fa-c0ffee", "secret": "123456"},
    }


@STATUSES
async def test_a_challenge_raises_two_factor_required_async(status: int) -> None:
    async with async_partner(Auth(status, CHALLENGE)) as client:
        with pytest.raises(TwoFactorRequired) as caught:
            await client.login("ann@example.com", "pa55word")
    assert caught.value.challenge.uuid == "2fa-c0ffee" and PHONE not in str(caught.value)
