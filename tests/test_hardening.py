"""Every error raised after an HTTP exchange keeps that answer; the caller's response hooks see every answer."""

from __future__ import annotations

import inspect
import json
from typing import Any

import httpx
import pytest

from altegio import Altegio, AsyncAltegio, DecodeError, NotFoundError, ServerError
from altegio_client.api.loyalty_cards import get_loyalty_card_type_list
from altegio_client.api.subscriptions_certificates import get_user_gift_cards

CARDS = {"success": True, "data": [{"id": 1, "balance": 5}], "meta": {"count": 1}}


def serving(status: int, body: Any) -> httpx.MockTransport:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.MockTransport(lambda request: httpx.Response(status, content=content))


@pytest.mark.parametrize(
    ("status", "body", "reason"),
    [
        pytest.param(200, {"success": True, "meta": []}, "has no data", id="envelope-without-data"),
        pytest.param(200, [], "has no data", id="top-level-empty-array"),  # read as PHP's [] for {}
        pytest.param(202, CARDS, "not one the operation documents", id="undocumented-status"),
    ],
)
def test_a_decode_error_keeps_the_answer(status: int, body: Any, reason: str) -> None:
    with (
        Altegio("p", user_token="u", rate_limits=(), transport=serving(status, body)) as client,
        pytest.raises(DecodeError, match=reason) as caught,
    ):
        client.data(get_user_gift_cards.sync_detailed, company_id=1)

    error = caught.value
    assert (error.status, error.operation) == (status, "get_user_gift_cards")
    assert error.response is not None and json.loads(error.raw_text) == body
    assert f"(HTTP {status})" in str(error)


async def test_a_decode_error_keeps_the_answer_async() -> None:
    async with AsyncAltegio("p", user_token="u", rate_limits=(), transport=serving(200, [])) as client:
        with pytest.raises(DecodeError) as caught:
            await client.data(get_user_gift_cards.asyncio_detailed, company_id=1)
    assert caught.value.status == 200 and caught.value.raw_text == "[]"


def test_data_of_an_answer_without_an_envelope_is_the_answer() -> None:
    kinds = [{"id": 8230, "title": "Silver", "salon_group_id": 1}]
    with Altegio("p", user_token="u", rate_limits=(), transport=serving(200, kinds)) as client:
        parsed = client.data(get_loyalty_card_type_list.sync_detailed, location_id=1)
    assert [kind.id for kind in parsed] == [8230]


@pytest.mark.parametrize(("status", "error"), [(404, NotFoundError), (503, ServerError)])
def test_response_hooks_see_error_answers(status: int, error: type[Exception]) -> None:
    seen: list[tuple[int, bytes]] = []

    def hook(response: httpx.Response) -> None:
        seen.append((response.status_code, response.read()))

    body = {"success": False, "meta": {"message": "nope"}}
    transport = serving(status, body)
    with (
        Altegio("p", user_token="u", rate_limits=(), transport=transport, event_hooks={"response": [hook]}) as client,
        pytest.raises(error),
    ):
        client.with_options(max_retries=0).call(get_user_gift_cards.sync_detailed, company_id=1)
    assert seen == [(status, json.dumps(body).encode())]


async def test_async_response_hooks_see_error_answers() -> None:
    seen: list[int] = []

    async def hook(response: httpx.Response) -> None:
        seen.append(response.status_code)

    hooks = {"response": [hook]}
    transport = serving(404, {"success": False, "meta": {"message": "nope"}})
    async with AsyncAltegio("p", user_token="u", rate_limits=(), transport=transport, event_hooks=hooks) as client:
        with pytest.raises(NotFoundError):
            await client.call(get_user_gift_cards.asyncio_detailed, company_id=1)
    assert seen == [404]


def test_with_options_takes_every_constructor_option() -> None:
    for kind in (Altegio, AsyncAltegio):
        constructor = set(inspect.signature(kind.__init__).parameters) - {"self", "partner_token", "transport"}
        copying = set(inspect.signature(kind.with_options).parameters) - {"self"}
        assert constructor <= copying, f"{kind.__name__}.with_options lacks {sorted(constructor - copying)}"


def test_a_copy_derives_everything_from_its_settings_afresh() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=CARDS)

    with Altegio("p", user_token="u", rate_limits=(), transport=httpx.MockTransport(answer)) as client:
        other = client.with_options(base_url="https://api.yclients.com/api/v1", user_token="v", timeout=None)
        other.call(get_user_gift_cards.sync_detailed, company_id=1)
        assert other.timeout == httpx.Timeout(None) and other.http.timeout == httpx.Timeout(None)
        assert other.api._base_url == "https://api.yclients.com/api/v1"
        client.call(get_user_gift_cards.sync_detailed, company_id=1)  # the original is as it was

    assert [str(r.url) for r in sent] == [
        "https://api.yclients.com/api/v1/user/loyalty/certificates?company_id=1",
        "https://api.alteg.io/api/v1/user/loyalty/certificates?company_id=1",
    ]
    assert [r.headers["Authorization"] for r in sent] == ["Bearer p, User v", "Bearer p, User u"]


def test_no_timeout_when_asked_for_none() -> None:
    with Altegio("p", timeout=None) as client:
        assert client.http.timeout == httpx.Timeout(None)


def test_a_login_answer_without_a_token_keeps_the_answer() -> None:
    body = {"success": True, "data": {"id": 7, "name": "Ann"}, "meta": []}
    with Altegio("p", rate_limits=(), transport=serving(201, body)) as client, pytest.raises(DecodeError) as caught:
        client.login("ann@example.org", "pw")
    assert caught.value.status == 201 and json.loads(caught.value.raw_text) == body
