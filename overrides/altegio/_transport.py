"""httpx transports that wrap the connection pool with the client's runtime.

Per request: wait for the shared rate limiter, send, log the attempt, pause every client of
the limiter's store when the server answers 429 with Retry-After, retry what may be retried,
and turn wire failures into our exceptions: HTTP, nothing of the API. The API's semantics
(the envelope, typed errors, coercion) run in ``check_answer``, the client's last response
hook, so that the caller's own response hooks see every answer, errors included.
Every generated operation goes through both without per-operation code, and so does anything
sent with the raw ``http`` client. The sync and async classes differ only in how they wait and send.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass

import anyio
import httpx

from ._envelope import check, retry_after
from ._exceptions import AltegioError, APIConnectionError, APITimeoutError, TransportError
from ._limits import SharedLimiter
from ._logging import log_attempt
from ._retry import RetryPolicy


@dataclass
class CallContext:
    """What the transport knows about the operation being called (set by ``call``)."""

    operation: str | None = None
    response: httpx.Response | None = None


_CURRENT: ContextVar[CallContext | None] = ContextVar("altegio_call", default=None)


@contextlib.contextmanager
def call_context(operation: str) -> Iterator[CallContext]:
    context = CallContext(operation)
    token = _CURRENT.set(context)
    try:
        yield context
    finally:
        _CURRENT.reset(token)


def _context(request: httpx.Request) -> CallContext:
    return _CURRENT.get() or CallContext(f"{request.method} {request.url.path}")


def check_answer(response: httpx.Response) -> None:
    """The client's last response hook: the API's semantics on an answer every earlier hook has seen.

    Error statuses and error envelopes raise their typed errors, and a JSON body is decoded and
    normalised once (``response.json()`` then returns that) for the generated parser.
    """
    response.read()
    context = _context(response.request)
    context.response = response
    check(response, context.operation)


async def acheck_answer(response: httpx.Response) -> None:
    """``check_answer`` for the async client (an async client's hooks are awaited)."""
    await response.aread()
    check_answer(response)


def _pause(seconds: float) -> None:
    time.sleep(seconds)


async def _apause(seconds: float) -> None:
    await anyio.sleep(seconds)


def _shared_pause(response: httpx.Response) -> float | None:
    """How long every client sharing the rate-limit store must hold back after this answer, if at all."""
    if response.status_code != 429:
        return None
    return retry_after(response.headers)


def _wire_error(exc: httpx.TransportError, context: CallContext) -> TransportError:
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(detail, operation=context.operation)
    return APIConnectionError(detail, operation=context.operation)


@dataclass
class _Attempts:
    """The retry bookkeeping of one request: shared by both transports, no I/O."""

    policy: RetryPolicy
    request: httpx.Request
    context: CallContext
    number: int = 0
    waited: float = 0.0
    started: float = 0.0

    def begin(self) -> None:
        self.number += 1
        self.started = time.perf_counter()

    def failed(self, exc: httpx.TransportError) -> tuple[AltegioError, float | None]:
        error = _wire_error(exc, self.context)
        log_attempt(self.context.operation, self.request, type(exc).__name__, self._elapsed(), self.number)
        return error, self._delay(None)

    def answered(self, response: httpx.Response) -> float | None:
        """Log the answer; the delay before retrying it, or None to hand it on."""
        log_attempt(self.context.operation, self.request, str(response.status_code), self._elapsed(), self.number)
        if response.is_success or not self.policy.retries_status(response.status_code):
            return None
        return self._delay(response)

    def _delay(self, response: httpx.Response | None) -> float | None:
        if not self.policy.allows(self.request.method):
            return None
        delay = self.policy.wait_before(self.number, response, self.waited)
        if delay is not None:
            self.waited += delay
        return delay

    def _elapsed(self) -> float:
        return time.perf_counter() - self.started


class AltegioTransport(httpx.BaseTransport):
    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        retry: RetryPolicy,
        limiter: SharedLimiter | None,
        owns_inner: bool = True,
    ) -> None:
        self._inner = inner
        self._retry = retry
        self._limiter = limiter
        self._owns_inner = owns_inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self._retry, request, _context(request))
        while True:
            if self._limiter is not None:
                self._limiter.acquire()
            attempts.begin()
            try:
                response = self._inner.handle_request(request)
                response.read()
            except httpx.TransportError as exc:
                error, delay = attempts.failed(exc)
                if delay is None:
                    raise error from exc
            else:
                if self._limiter is not None and (pause := _shared_pause(response)) is not None:
                    self._limiter.pause(pause)
                delay = attempts.answered(response)
                if delay is None:
                    return response  # the client's response hooks take it from here
                response.close()
            _pause(delay)

    def close(self) -> None:
        if self._owns_inner:
            self._inner.close()


class AsyncAltegioTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        retry: RetryPolicy,
        limiter: SharedLimiter | None,
        owns_inner: bool = True,
    ) -> None:
        self._inner = inner
        self._retry = retry
        self._limiter = limiter
        self._owns_inner = owns_inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self._retry, request, _context(request))
        while True:
            if self._limiter is not None:
                await self._limiter.aacquire()
            attempts.begin()
            try:
                response = await self._inner.handle_async_request(request)
                await response.aread()
            except httpx.TransportError as exc:
                error, delay = attempts.failed(exc)
                if delay is None:
                    raise error from exc
            else:
                if self._limiter is not None and (pause := _shared_pause(response)) is not None:
                    await self._limiter.apause(pause)
                delay = attempts.answered(response)
                if delay is None:
                    return response  # the client's response hooks take it from here
                await response.aclose()
            await _apause(delay)

    async def aclose(self) -> None:
        if self._owns_inner:
            await self._inner.aclose()
