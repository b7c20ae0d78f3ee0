"""httpx transports that turn wire failures and error envelopes into our exceptions.

They wrap the real transport (the connection pool), so every generated operation goes through
them without per-operation code, and so does anything sent with the raw httpx client.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass

import httpx

from ._envelope import check
from ._exceptions import ConnectionError, TimeoutError, TransportError


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


def _wire_error(exc: httpx.TransportError, context: CallContext) -> TransportError:
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return TimeoutError(detail, operation=context.operation)
    return ConnectionError(detail, operation=context.operation)


def _finish(response: httpx.Response, request: httpx.Request, context: CallContext) -> httpx.Response:
    response.request = request
    context.response = response
    checked = check(response, context.operation)
    context.response = checked
    return checked


class AltegioTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, *, owns_inner: bool = True) -> None:
        self._inner = inner
        self._owns_inner = owns_inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        context = _context(request)
        try:
            response = self._inner.handle_request(request)
            response.read()
        except httpx.TransportError as exc:
            raise _wire_error(exc, context) from exc
        return _finish(response, request, context)

    def close(self) -> None:
        if self._owns_inner:
            self._inner.close()


class AsyncAltegioTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, *, owns_inner: bool = True) -> None:
        self._inner = inner
        self._owns_inner = owns_inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        context = _context(request)
        try:
            response = await self._inner.handle_async_request(request)
            await response.aread()
        except httpx.TransportError as exc:
            raise _wire_error(exc, context) from exc
        return _finish(response, request, context)

    async def aclose(self) -> None:
        if self._owns_inner:
            await self._inner.aclose()
