"""The clients: ``Altegio`` (sync) and ``AsyncAltegio``, around the generated operations.

Call any generated operation through ``call`` (the parsed envelope) or ``data`` (its ``data``)::

    from altegio_client.api.subscriptions_certificates import get_client_gift_cards

    cards = user.data(get_client_gift_cards.sync_detailed, company_id=1, phone="+13155550175")

The generated ``*_detailed`` function does the request and the parsing; this layer signs it,
sends the Accept header, sets a timeout, turns failures into our exceptions and keeps secrets
out of sight.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol, Self, TypeVar

import httpx

from altegio_client.client import AuthenticatedClient
from altegio_client.models import ErrorResponse
from altegio_client.types import Unset

from ._auth import AltegioAuth
from ._config import ALTEGIO_ACCEPT, DEFAULT_TIMEOUT, PRODUCTION_URL
from ._exceptions import AltegioError, DecodeError, UserTokenRequired
from ._transport import AltegioTransport, AsyncAltegioTransport, CallContext, call_context
from ._user import LoggedInUser

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
D_co = TypeVar("D_co", covariant=True)
# Exceptions the generated parsers raise on a body that does not fit the model.
_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError)


class _Envelope(Protocol[D_co]):
    """A parsed ``{success, data, meta}`` model whose ``data`` is a D."""

    @property
    def data(self) -> D_co | Unset: ...


class _Detailed(Protocol[T_co]):
    """What a generated ``*_detailed`` function returns (read-only, hence covariant)."""

    @property
    def parsed(self) -> T_co | None: ...


def operation_name(operation: Callable[..., object]) -> str:
    """``get_user_gift_cards`` for ``get_user_gift_cards.sync_detailed``."""
    return getattr(operation, "__module__", "").rpartition(".")[2] or getattr(operation, "__name__", "operation")


@functools.cache
def needs_user_token(operation: Callable[..., object]) -> bool:
    """Operations whose generated signature demands an AuthenticatedClient need the user token."""
    try:
        hints = typing.get_type_hints(operation)
    except (NameError, TypeError):
        return False
    return hints.get("client") is AuthenticatedClient


class _Base:
    """Everything the sync and async clients share: settings, auth, checks; no I/O."""

    def __init__(
        self,
        partner_token: str,
        *,
        user_token: str | None = None,
        base_url: str = PRODUCTION_URL,
        accept: str = ALTEGIO_ACCEPT,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self._auth = AltegioAuth(partner_token, user_token)
        self.base_url = base_url.rstrip("/")
        self.accept = accept
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._headers = dict(headers or {})
        self.user: LoggedInUser | None = None
        self._owns_pool = True

    @property
    def has_user_token(self) -> bool:
        return self._auth.has_user_token

    def _http_settings(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "auth": self._auth,
            "timeout": self.timeout,
            "headers": {**self._headers, "Accept": self.accept},
        }

    def _generated_client(self) -> AuthenticatedClient:
        # The token field is unused: AltegioAuth signs every request. It stays empty so that
        # the generated client's repr has nothing to leak.
        return AuthenticatedClient(base_url=self.base_url, token="", timeout=self.timeout)

    def _before(self, operation: Callable[..., object]) -> str:
        name = operation_name(operation)
        if needs_user_token(operation) and not self._auth.has_user_token:
            raise UserTokenRequired(name)
        return name

    def _connect(self) -> None:
        raise NotImplementedError

    def _derive(self, **changes: Any) -> Self:
        """A copy with other settings that shares this client's connection pool."""
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.__dict__.update(changes)
        clone._owns_pool = False
        clone._connect()
        return clone

    def with_user_token(self, user_token: str, user: LoggedInUser | None = None) -> Self:
        return self._derive(_auth=self._auth.with_user_token(user_token), user=user)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        accept: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        if accept is not None:
            changes["accept"] = accept
        if headers is not None:
            changes["_headers"] = {**self._headers, **headers}
        return self._derive(**changes)

    def __repr__(self) -> str:
        user = "user token" if self.has_user_token else "partner token only"
        return f"{type(self).__name__}(base_url={self.base_url!r}, {user})"


def _parse_failed(exc: Exception, name: str, context: CallContext) -> AltegioError:
    reason = f"the body does not fit the model ({type(exc).__name__}: {exc})"
    return DecodeError(reason, operation=name, response=context.response)


def _data_of(envelope: _Envelope[T], name: str) -> T:
    data = envelope.data
    if isinstance(data, Unset):
        raise DecodeError("the answer has no data", operation=name, response=None)
    return data


def _parsed(response: _Detailed[T | ErrorResponse], name: str) -> T:
    parsed = response.parsed
    if parsed is None or isinstance(parsed, ErrorResponse):
        # The transport raises on error statuses first; this is a status the operation does not document.
        raise DecodeError("the answer is not one the operation documents", operation=name, response=None)
    return parsed


class Altegio(_Base):
    """Synchronous client. Use as a context manager, or call ``close()``."""

    def __init__(
        self,
        partner_token: str,
        *,
        user_token: str | None = None,
        base_url: str = PRODUCTION_URL,
        accept: str = ALTEGIO_ACCEPT,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        event_hooks: Mapping[str, list[Callable[..., Any]]] | None = None,
    ) -> None:
        super().__init__(
            partner_token, user_token=user_token, base_url=base_url, accept=accept, timeout=timeout, headers=headers
        )
        self._pool = transport or httpx.HTTPTransport()
        self._owns_pool = True
        self._event_hooks = dict(event_hooks or {})
        self._connect()

    def _connect(self) -> None:
        transport = AltegioTransport(self._pool, owns_inner=self._owns_pool)
        self.http = httpx.Client(transport=transport, event_hooks=self._event_hooks, **self._http_settings())
        self.api = self._generated_client()
        self.api.set_httpx_client(self.http)

    def call(self, operation: Callable[..., _Detailed[T | ErrorResponse]], /, **params: Any) -> T:
        """Run a generated ``*_detailed`` operation; return its parsed success body or raise."""
        name = self._before(operation)
        with call_context(name) as context:
            try:
                response = operation(client=self.api, **params)
            except AltegioError:
                raise
            except _PARSE_ERRORS as exc:
                if context.response is None:
                    raise  # nothing was sent: a wrong argument, not a bad body
                raise _parse_failed(exc, name, context) from exc
        return _parsed(response, name)

    def data(self, operation: Callable[..., _Detailed[_Envelope[T] | ErrorResponse]], /, **params: Any) -> T:
        """Like ``call``, but return the envelope's ``data``."""
        return _data_of(self.call(operation, **params), operation_name(operation))

    def login(self, login: str, password: str) -> Self:
        """POST /auth with the partner token; a client for the same settings carrying the user token."""
        from ._login import authorize_user_sync

        user, token = authorize_user_sync(self, login, password)
        return self.with_user_token(token, user)

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAltegio(_Base):
    """Asynchronous client. Use as an async context manager, or await ``aclose()``."""

    def __init__(
        self,
        partner_token: str,
        *,
        user_token: str | None = None,
        base_url: str = PRODUCTION_URL,
        accept: str = ALTEGIO_ACCEPT,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        event_hooks: Mapping[str, list[Callable[..., Any]]] | None = None,
    ) -> None:
        super().__init__(
            partner_token, user_token=user_token, base_url=base_url, accept=accept, timeout=timeout, headers=headers
        )
        self._pool = transport or httpx.AsyncHTTPTransport()
        self._owns_pool = True
        self._event_hooks = dict(event_hooks or {})
        self._connect()

    def _connect(self) -> None:
        transport = AsyncAltegioTransport(self._pool, owns_inner=self._owns_pool)
        self.http = httpx.AsyncClient(transport=transport, event_hooks=self._event_hooks, **self._http_settings())
        self.api = self._generated_client()
        self.api.set_async_httpx_client(self.http)

    async def call(self, operation: Callable[..., Awaitable[_Detailed[T | ErrorResponse]]], /, **params: Any) -> T:
        """Await a generated ``asyncio_detailed`` operation; return its parsed success body or raise."""
        name = self._before(operation)
        with call_context(name) as context:
            try:
                response = await operation(client=self.api, **params)
            except AltegioError:
                raise
            except _PARSE_ERRORS as exc:
                if context.response is None:
                    raise
                raise _parse_failed(exc, name, context) from exc
        return _parsed(response, name)

    async def data(
        self, operation: Callable[..., Awaitable[_Detailed[_Envelope[T] | ErrorResponse]]], /, **params: Any
    ) -> T:
        """Like ``call``, but return the envelope's ``data``."""
        return _data_of(await self.call(operation, **params), operation_name(operation))

    async def login(self, login: str, password: str) -> Self:
        from ._login import authorize_user_async

        user, token = await authorize_user_async(self, login, password)
        return self.with_user_token(token, user)

    async def aclose(self) -> None:
        await self.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
