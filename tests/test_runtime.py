"""The runtime around the generated operations, driven through in-process transports."""

from __future__ import annotations

import json
from collections.abc import Callable
from io import BytesIO
from typing import Any

import httpx
import pytest

from altegio import (
    ALTEGIO_ACCEPT,
    DEFAULT_TIMEOUT,
    NO_RETRIES,
    PRODUCTION_URL,
    YCLIENTS_ACCEPT,
    Altegio,
    APIConnectionError,
    APITimeoutError,
    AsyncAltegio,
    DecodeError,
    RateLimitError,
    ServerError,
    UnsuccessfulResponse,
    UserTokenInvalid,
    ValidationError,
)
from altegio_client.api.chain_loyalty_programs import chain_loyalty_membership_types_clone
from altegio_client.api.subscriptions_certificates import get_user_gift_cards
from altegio_client.api.utilities import upload_image
from altegio_client.models import UploadImageBody
from altegio_client.types import File
from tests.cassette.replay import multipart_parts

PARTNER, USER = "partner-secret-1234", "user-secret-5678"
Handler = Callable[[httpx.Request], httpx.Response]
LOGIN_ANSWER = {
    "success": True,
    "data": {"id": 7, "user_token": "fresh-user-token-9", "name": "Ann", "phone": "+13155550199", "login": "ann"},
    "meta": [],
}
CARDS = {"success": True, "data": [{"id": 1, "number": "GC-0042", "balance": 5}], "meta": {"count": 1}}


def client(handler: Handler, **options: Any) -> Altegio:
    options.setdefault("user_token", USER)
    options.setdefault("rate_limits", ())
    options.setdefault("retry", NO_RETRIES)
    return Altegio(PARTNER, transport=httpx.MockTransport(handler), **options)


class answering:  # noqa: N801 - reads as a verb at the call site
    """A handler that gives one answer and keeps every request it saw."""

    def __init__(
        self, status: int, body: Any = None, *, content: bytes | None = None, headers: dict[str, str] | None = None
    ) -> None:
        self.status, self.body, self.content, self.headers = status, body, content, headers or {}
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        if self.content is not None:
            return httpx.Response(self.status, content=self.content, headers=self.headers)
        return httpx.Response(self.status, json=self.body, headers=self.headers)


def gift_cards(c: Altegio) -> Any:
    return c.call(get_user_gift_cards.sync_detailed, company_id=1)


# --- headers, settings -----------------------------------------------------------------


def test_login_is_signed_with_the_partner_token_alone_and_returns_a_user_client() -> None:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/auth"):
            return httpx.Response(201, json=LOGIN_ANSWER)
        return httpx.Response(200, json=CARDS)

    partner = Altegio(PARTNER, rate_limits=(), transport=httpx.MockTransport(handle))
    user = partner.login("ann@example.com", "pa55word")
    gift_cards(user)

    assert [r.headers["Authorization"] for r in seen] == [
        f"Bearer {PARTNER}",
        f"Bearer {PARTNER}, User fresh-user-token-9",
    ]
    assert json.loads(seen[0].content) == {"login": "ann@example.com", "password": "pa55word"}
    assert not partner.has_user_token and user.has_user_token
    assert user.user is not None and (user.user.id, user.user.name) == (7, "Ann")
    assert "+13155550199" not in repr(user.user)  # login, phone and e-mail stay out of the repr


def test_a_user_client_still_logs_in_with_the_partner_token_alone() -> None:
    handler = answering(201, LOGIN_ANSWER)
    client(handler).login("ann", "pw")
    assert handler.seen[0].headers["Authorization"] == f"Bearer {PARTNER}"


def test_accept_header_is_sent_on_every_request_and_configurable() -> None:
    handler = answering(200, CARDS)
    gift_cards(client(handler))
    gift_cards(client(handler, accept=YCLIENTS_ACCEPT))
    gift_cards(client(handler).with_options(accept="application/json"))
    accepts = [r.headers["Accept"] for r in handler.seen]
    assert accepts == [ALTEGIO_ACCEPT, YCLIENTS_ACCEPT, "application/json"]


def test_default_timeout_and_base_url() -> None:
    handler = answering(200, CARDS)
    c = client(handler)
    gift_cards(c)
    request = handler.seen[0]
    assert str(request.url) == PRODUCTION_URL + "/user/loyalty/certificates?company_id=1"
    assert request.extensions["timeout"] == DEFAULT_TIMEOUT.as_dict()
    assert DEFAULT_TIMEOUT.connect == 5.0 and DEFAULT_TIMEOUT.read == 30.0


def test_timeout_and_base_url_are_configurable() -> None:
    handler = answering(200, CARDS)
    gift_cards(client(handler, base_url="http://127.0.0.1:9/api/v1/", timeout=2.5))
    gift_cards(client(handler).with_options(timeout=httpx.Timeout(1.0, connect=0.5)))
    first, second = handler.seen
    assert str(first.url).startswith("http://127.0.0.1:9/api/v1/user/loyalty/certificates")
    assert first.extensions["timeout"]["read"] == 2.5
    assert second.extensions["timeout"] == {"connect": 0.5, "read": 1.0, "write": 1.0, "pool": 1.0}


def test_derived_clients_share_the_connection_pool() -> None:
    partner = Altegio(PARTNER, rate_limits=(), transport=httpx.MockTransport(answering(200, CARDS)))
    user = partner.with_user_token(USER)
    other = user.with_options(timeout=3)
    assert user._pool is partner._pool is other._pool
    user.close()  # a derived client leaves the shared pool open
    gift_cards(other)


def test_no_secret_in_repr_or_str() -> None:
    c = client(answering(200, CARDS))
    for text in (repr(c), str(c), repr(c._auth), repr(c.api), repr(c.http.auth)):
        assert PARTNER not in text and USER not in text


# --- errors ----------------------------------------------------------------------------


def test_success_false_with_http_200_raises() -> None:
    body = {"success": False, "data": None, "meta": {"message": "Location is archived"}}
    with pytest.raises(UnsuccessfulResponse) as caught:
        gift_cards(client(answering(200, body)))
    assert (caught.value.status, caught.value.message) == (200, "Location is archived")
    assert caught.value.operation == "get_user_gift_cards"


def test_html_error_page_keeps_its_text() -> None:
    page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    with pytest.raises(ServerError) as caught:
        gift_cards(client(answering(502, content=page, headers={"content-type": "text/html"})))
    assert caught.value.status == 502 and caught.value.message is None
    assert caught.value.response is not None and "502 Bad Gateway" in caught.value.response.text


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"<html>maintenance</html>", "expected a JSON body"),
        (b'{"success": true, "data": [{"id": 1', "expected a JSON body"),
        (b'{"success": true, "data": "oops", "meta": {}}', "does not fit the model"),
        (b'{"success": true, "data": [{"id": 1, "status": "x"}], "meta": {}}', "does not fit the model"),
    ],
    ids=["html-200", "truncated", "data-not-a-list", "object-as-string"],
)
def test_malformed_success_body_is_a_decode_error(content: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason) as caught:
        gift_cards(client(answering(200, content=content)))
    assert caught.value.raw_text == content.decode()
    assert caught.value.operation == "get_user_gift_cards"


def test_stale_user_token_says_log_in_again() -> None:
    body = {"success": False, "data": None, "meta": {"message": "Authentication needed."}}
    with pytest.raises(UserTokenInvalid, match="log in again") as caught:
        gift_cards(client(answering(401, body)))
    assert USER not in str(caught.value) and PARTNER not in str(caught.value)


def test_rate_limit_carries_retry_after() -> None:
    with pytest.raises(RateLimitError) as caught:
        gift_cards(
            client(answering(429, {"success": False, "meta": {"message": "Too many"}}, headers={"Retry-After": "7"}))
        )
    assert caught.value.retry_after == 7.0


def test_validation_errors_by_field() -> None:
    body = {"success": False, "meta": {"message": "Invalid", "errors": {"company_id": ["required"], "phone": "bad"}}}
    with pytest.raises(ValidationError) as caught:
        gift_cards(client(answering(422, body)))
    assert caught.value.field_errors == {"company_id": ["required"], "phone": ["bad"]}


@pytest.mark.parametrize(
    ("failure", "expected", "builtin"),
    [
        (httpx.ReadTimeout("read timed out"), APITimeoutError, TimeoutError),
        (httpx.ConnectError("connection reset"), APIConnectionError, ConnectionError),
    ],
)
def test_wire_failures_are_transport_errors(
    failure: Exception, expected: type[Exception], builtin: type[OSError]
) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        raise failure

    with pytest.raises(expected, match="get_user_gift_cards") as caught:
        gift_cards(client(handle))
    assert isinstance(caught.value, builtin)  # the builtin name, not shadowed here, still catches it


def test_a_wrong_argument_is_not_reported_as_a_bad_body() -> None:
    handler = answering(200, CARDS)
    with pytest.raises(TypeError):
        client(handler).call(get_user_gift_cards.sync_detailed, company=1)
    assert handler.seen == []


async def test_async_client_shares_the_behaviour() -> None:
    seen: list[httpx.Request] = []

    async def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/auth"):
            return httpx.Response(201, json=LOGIN_ANSWER)
        return httpx.Response(200, json={"success": False, "meta": {"message": "nope"}})

    async with AsyncAltegio(PARTNER, rate_limits=(), transport=httpx.MockTransport(handle)) as partner:
        user = await partner.login("ann", "pw")
        with pytest.raises(UnsuccessfulResponse, match="nope"):
            await user.call(get_user_gift_cards.asyncio_detailed, company_id=1)
    assert [r.headers["Authorization"] for r in seen] == [
        f"Bearer {PARTNER}",
        f"Bearer {PARTNER}, User fresh-user-token-9",
    ]
    assert all(r.headers["Accept"] == ALTEGIO_ACCEPT for r in seen)


def test_an_upload_gets_a_random_boundary_and_its_bytes_arrive_whole() -> None:
    """The generated upload sets ``boundary=+++``; a file holding ``--+++`` would break that body."""
    payload = b"\x89PNG\r\n--+++\r\n--+++--\r\n" + bytes(range(256))
    handler = answering(200, {"success": True, "data": {"id": 1}, "meta": []})
    body = UploadImageBody(image=File(payload=BytesIO(payload), file_name="a.png", mime_type="image/png"), master_id=5)
    with client(handler) as c:
        c.call(upload_image.sync_detailed, entity="master", body=body)

    request = handler.seen[0]
    assert "boundary=+++" not in request.headers["Content-Type"]
    assert multipart_parts(request) == [("image", "a.png", payload), ("master_id", None, b"5")]


def test_a_call_without_its_optional_body_claims_no_json() -> None:
    handler = answering(200, {"success": True, "data": {"id": 1}, "meta": []})
    with client(handler) as c:
        c.call(chain_loyalty_membership_types_clone.sync_detailed, chain_id=1, loyalty_membership_type_id=2)

    assert handler.seen[0].content == b""
    assert "Content-Type" not in handler.seen[0].headers
