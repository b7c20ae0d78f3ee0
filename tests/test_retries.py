"""Retries: GET only by default, backoff with jitter, Retry-After, attempts and budget."""

from __future__ import annotations

import random
from collections.abc import Callable

import httpx
import pytest

import altegio._transport
from altegio import (
    Altegio,
    APIConnectionError,
    APITimeoutError,
    AsyncAltegio,
    RateLimitError,
    RetryPolicy,
    ServerError,
)
from altegio_client.api.authentication_b2b import authorize_user
from altegio_client.api.subscriptions_certificates import get_user_gift_cards
from altegio_client.models import AuthRequest

CARDS = {"success": True, "data": [{"id": 1, "number": "GC-1", "balance": 5}], "meta": {"count": 1}}
Step = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The pauses the transports take between attempts (recorded, not slept)."""
    pauses: list[float] = []

    async def apause(seconds: float) -> None:
        pauses.append(seconds)

    monkeypatch.setattr(altegio._transport, "_pause", pauses.append)
    monkeypatch.setattr(altegio._transport, "_apause", apause)
    return pauses


class Script:
    """Answers requests with a list of steps in turn, then with the last one forever."""

    def __init__(self, *steps: Step) -> None:
        self.steps = list(steps)
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        step = self.steps[min(len(self.seen), len(self.steps)) - 1]
        return step(request)


def status(code: int, body: object = None, headers: dict[str, str] | None = None) -> Step:
    def answer(request: httpx.Request) -> httpx.Response:
        if isinstance(body, bytes):
            return httpx.Response(code, content=body, headers=headers)
        return httpx.Response(code, json=body, headers=headers)

    return answer


def fail(exc: Exception) -> Step:
    def answer(request: httpx.Request) -> httpx.Response:
        raise exc

    return answer


OK = status(200, CARDS)


def client(script: Script, **options: object) -> Altegio:
    return Altegio("p", user_token="u", rate_limits=(), transport=httpx.MockTransport(script), **options)  # type: ignore[arg-type]


def gift_cards(c: Altegio) -> object:
    return c.call(get_user_gift_cards.sync_detailed, company_id=1)


@pytest.mark.parametrize(
    "first",
    [
        status(429, {"success": False, "meta": {"message": "slow down"}}, {"Retry-After": "1"}),
        status(500, {"success": False, "meta": {"message": "oops"}}),
        status(502, b"<html><h1>502 Bad Gateway</h1></html>", {"content-type": "text/html"}),
        status(503, b""),
        fail(httpx.ReadTimeout("timed out")),
        fail(httpx.ConnectError("[Errno 104] Connection reset by peer")),
        fail(httpx.RemoteProtocolError("Server disconnected without sending a response.")),
    ],
    ids=["429-retry-after", "500", "html-502", "503-empty", "timeout", "reset", "disconnect"],
)
def test_a_get_is_retried_after_a_passing_fault(first: Step, waits: list[float]) -> None:
    script = Script(first, OK)
    answer = gift_cards(client(script))
    assert len(script.seen) == 2 and len(waits) == 1
    assert answer is not None


def test_retry_after_is_honoured(waits: list[float]) -> None:
    script = Script(status(429, None, {"Retry-After": "3"}), OK)
    gift_cards(client(script))
    assert waits == [3.0]


def test_backoff_grows_with_jitter_and_stops_after_max_attempts(waits: list[float]) -> None:
    script = Script(status(500, {"success": False}))
    policy = RetryPolicy(max_attempts=4, base_delay=0.5, max_delay=8.0, jitter=random.Random(7))
    with pytest.raises(ServerError):
        gift_cards(client(script, retry=policy))
    assert len(script.seen) == 4 and len(waits) == 3
    for attempt, wait in enumerate(waits, start=1):
        ceiling = 0.5 * 2 ** (attempt - 1)
        assert ceiling / 2 <= wait <= ceiling  # full jitter in the upper half of the backoff


def test_the_waiting_budget_stops_retries(waits: list[float]) -> None:
    script = Script(status(429, None, {"Retry-After": "20"}))
    with pytest.raises(RateLimitError) as caught:
        gift_cards(client(script, retry=RetryPolicy(max_attempts=5, budget=30.0)))
    assert waits == [20.0] and len(script.seen) == 2  # a second 20 s wait would pass the budget
    assert caught.value.retry_after == 20.0


def test_a_retry_after_beyond_the_limit_is_raised_at_once(waits: list[float]) -> None:
    script = Script(status(429, None, {"Retry-After": "3600"}), OK)
    with pytest.raises(RateLimitError):
        gift_cards(client(script))
    assert waits == [] and len(script.seen) == 1


def test_client_errors_are_not_retried(waits: list[float]) -> None:
    script = Script(status(404, {"success": False, "meta": []}), OK)
    with pytest.raises(Exception, match="HTTP 404"):
        gift_cards(client(script))
    assert len(script.seen) == 1 and waits == []


def login(c: Altegio) -> object:
    return c.call(authorize_user.sync_detailed, body=AuthRequest("a", "b"))


@pytest.mark.parametrize(
    "fault",
    [status(503, b""), fail(httpx.ReadTimeout("timed out")), status(429, None, {"Retry-After": "1"})],
    ids=["503", "timeout", "429"],
)
def test_a_post_is_never_retried_by_default(fault: Step, waits: list[float]) -> None:
    script = Script(fault, status(201, {"success": True, "data": {"user_token": "t"}, "meta": []}))
    with pytest.raises((ServerError, APITimeoutError, RateLimitError)):
        login(client(script))
    assert len(script.seen) == 1 and waits == []


def test_a_post_is_retried_when_the_caller_opts_in_for_that_call(waits: list[float]) -> None:
    script = Script(status(503, b""), status(201, {"success": True, "data": {"user_token": "t"}, "meta": []}))
    c = client(script)
    login(c.with_options(retry_writes=True))
    assert len(script.seen) == 2 and len(waits) == 1
    assert script.seen[0].content == script.seen[1].content  # the same body, sent again
    script.seen.clear()
    with pytest.raises(ServerError):
        login(c)  # the opt-in was for that call's copy only
    assert len(script.seen) == 1


def test_max_retries_zero_turns_retries_off(waits: list[float]) -> None:
    script = Script(status(500, None), OK)
    with pytest.raises(ServerError):
        gift_cards(client(script).with_options(max_retries=0))
    assert len(script.seen) == 1


def test_connection_errors_surface_when_attempts_run_out(waits: list[float]) -> None:
    script = Script(fail(httpx.ConnectError("refused")))
    with pytest.raises(APIConnectionError, match="refused"):
        gift_cards(client(script))
    assert len(script.seen) == 3


async def test_async_retries_share_the_rules(waits: list[float]) -> None:
    script = Script(status(429, None, {"Retry-After": "2"}), status(502, b"<html>bad gateway</html>"), OK)
    async with AsyncAltegio("p", user_token="u", rate_limits=(), transport=httpx.MockTransport(script)) as c:
        await c.call(get_user_gift_cards.asyncio_detailed, company_id=1)
        post = Script(status(503, b""))
        async with AsyncAltegio("p", rate_limits=(), transport=httpx.MockTransport(post)) as partner:
            with pytest.raises(ServerError):
                await partner.call(authorize_user.asyncio_detailed, body=AuthRequest("a", "b"))
    assert len(script.seen) == 3 and waits[0] == 2.0 and len(waits) == 2
    assert len(post.seen) == 1
