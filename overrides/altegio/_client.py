"""The clients: ``Altegio`` (sync) and ``AsyncAltegio``, around the generated operations.

Call any generated operation through ``call`` (the parsed envelope), ``data`` (its ``data``)
or ``iterate`` (every item of a paged list)::

    from altegio_client.api.subscriptions_certificates import get_client_gift_cards

    cards = user.data(get_client_gift_cards.sync_detailed, company_id=1, phone="+13155550175")

The generated ``*_detailed`` function builds the request and parses the answer; this layer
signs it, sends the Accept header, applies timeouts, the rate limits and retries, turns
failures into our exceptions and keeps secrets out of sight.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, Generic, Protocol, Self, TypeVar, overload

import httpx

from altegio_client.client import AuthenticatedClient
from altegio_client.models import ErrorResponse
from altegio_client.surface import AsyncSurface, SyncSurface
from altegio_client.types import Unset

from ._auth import AltegioAuth
from ._config import ALTEGIO_ACCEPT, DEFAULT_TIMEOUT, PRODUCTION_URL
from ._exceptions import AltegioError, DecodeError, UserTokenRequired
from ._limits import ALTEGIO_RATE_LIMITS, DEFAULT_MARGIN, RateLimit, shared_limiter, store_setting
from ._operations import documents_a_success_body, needs_user_token, operation_name
from ._pagination import DEFAULT_MAX_PAGES, DEFAULT_PAGE_SIZE, Pager, paging_of
from ._retry import RetryPolicy
from ._tolerance import to_json_number
from ._transport import (
    AltegioTransport,
    AsyncAltegioTransport,
    CallContext,
    acheck_answer,
    call_context,
    check_answer,
)
from ._user import LoggedInUser
from ._validate import Invalid

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
D_co = TypeVar("D_co", covariant=True)
Pool = TypeVar("Pool", httpx.BaseTransport, httpx.AsyncBaseTransport)
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


def _prepared(kwargs: dict[str, Any]) -> dict[str, Any]:
    """Request arguments as we send them: Decimal money as JSON numbers, and the generated
    ``Content-Type`` dropped where it is wrong:

    - without a body: the calls of operations whose body is optional claim ``application/json``
      even when they send none;
    - on a multipart upload: the generated ``multipart/form-data; boundary=+++`` makes httpx use
      that fixed boundary, which a file's own bytes may contain; httpx then draws a random one.
    """
    if kwargs.get("json") is not None:
        kwargs["json"] = to_json_number(kwargs["json"])
    headers = kwargs.get("headers")
    if not isinstance(headers, Mapping):
        return kwargs
    kind = str(headers.get("Content-Type", ""))
    bodiless = all(kwargs.get(name) is None for name in ("json", "content", "data", "files"))
    if (bodiless and kind == "application/json") or (kwargs.get("files") and kind.startswith("multipart/")):
        kwargs["headers"] = {k: v for k, v in headers.items() if k != "Content-Type"}
    return kwargs


class _HttpClient(httpx.Client):
    """httpx.Client whose JSON request bodies may hold Decimal money (sent as JSON numbers)."""

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        return super().build_request(*args, **_prepared(kwargs))


class _AsyncHttpClient(httpx.AsyncClient):
    """httpx.AsyncClient whose JSON request bodies may hold Decimal money (sent as JSON numbers)."""

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        return super().build_request(*args, **_prepared(kwargs))


class NotGiven:
    """An option left as it is (``None`` is a value: ``timeout=None`` means no timeout)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


class _Base(Generic[Pool]):
    """Everything the sync and async clients share: settings, auth, checks; no I/O."""

    def __init__(
        self,
        partner_token: str,
        *,
        user_token: str | None = None,
        base_url: str = PRODUCTION_URL,
        accept: str = ALTEGIO_ACCEPT,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        rate_limits: tuple[RateLimit, ...] = ALTEGIO_RATE_LIMITS,
        rate_limit_store: str | None = None,
        rate_limit_margin: float = DEFAULT_MARGIN,
        headers: Mapping[str, str] | None = None,
        transport: Pool | None = None,
        event_hooks: Mapping[str, list[Callable[..., Any]]] | None = None,
    ) -> None:
        """``timeout=None`` means no timeout at all; ``rate_limits=()`` no client-side limit.

        ``rate_limit_store`` says who shares the limits: ``"host"`` (every process on this host, a
        SQLite file in the user's cache directory), ``"redis://…"`` (every process using that Redis
        server), ``"memory"`` (this process only), or ``"sqlite:///path"``. Unset, it is the
        ``ALTEGIO_RATE_LIMIT_URL`` environment variable, else ``"host"``. ``rate_limit_margin`` (seconds)
        widens each window against network jitter.
        """
        settings = {
            "partner_token": partner_token,
            "user_token": user_token,
            "base_url": base_url,
            "accept": accept,
            "timeout": timeout,
            "retry": retry,
            "rate_limits": rate_limits,
            "rate_limit_store": rate_limit_store,
            "rate_limit_margin": rate_limit_margin,
            "headers": headers,
            "event_hooks": event_hooks,
        }
        self._setup(settings, pool=transport or self._new_pool(), owns_pool=True)

    def _setup(self, settings: dict[str, Any], *, pool: Pool, owns_pool: bool) -> None:
        """The constructor's logic, which ``with_options`` and ``with_user_token`` copies run too: every
        value derived from a setting (auth, limiter, transports, the generated client) is made here."""
        self._settings = settings
        self._auth = AltegioAuth(settings["partner_token"], settings["user_token"])
        self.base_url = str(settings["base_url"]).rstrip("/")
        self.accept = str(settings["accept"])
        self.timeout = _timeout(settings["timeout"])
        self.retry = settings["retry"] or RetryPolicy()
        self.rate_limits = tuple(settings["rate_limits"])
        self.rate_limit_store = store_setting(settings["rate_limit_store"])
        self.rate_limit_margin = float(settings["rate_limit_margin"])
        self._headers = dict(settings["headers"] or {})
        self._event_hooks = dict(settings["event_hooks"] or {})
        self.user: LoggedInUser | None = None
        self._pool: Pool = pool
        self._owns_pool = owns_pool
        self._connect()

    @property
    def has_user_token(self) -> bool:
        return self._auth.has_user_token

    def _new_pool(self) -> Pool:
        raise NotImplementedError

    def _connect(self) -> None:
        raise NotImplementedError

    def _transport_settings(self) -> dict[str, Any]:
        host = httpx.URL(self.base_url).netloc.decode("ascii")
        return {
            "retry": self.retry,
            "limiter": shared_limiter(host, self.rate_limits, self.rate_limit_store, self.rate_limit_margin),
            "owns_inner": self._owns_pool,
        }

    def _http_settings(self, check: Callable[[httpx.Response], Any]) -> dict[str, Any]:
        hooks: dict[str, list[Callable[..., Any]]] = {k: list(v) for k, v in self._event_hooks.items()}
        hooks["response"] = [*hooks.get("response", []), check]  # last: the caller's hooks see every answer
        return {
            "base_url": self.base_url,
            "auth": self._auth,
            "timeout": self.timeout,
            "headers": {**self._headers, "Accept": self.accept},
            "event_hooks": hooks,
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

    def _derive(self, **changes: Any) -> Self:
        """A copy with other settings, built by the constructor's logic, on this client's connection pool."""
        clone = object.__new__(type(self))
        clone._setup({**self._settings, **changes}, pool=self._pool, owns_pool=False)
        return clone

    def with_user_token(self, user_token: str, user: LoggedInUser | None = None) -> Self:
        """A client for another user: same partner token, settings and connection pool."""
        clone = self._derive(user_token=user_token)
        clone.user = user
        return clone

    def with_options(
        self,
        *,
        user_token: str | NotGiven | None = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        accept: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        retry: RetryPolicy | NotGiven = NOT_GIVEN,
        rate_limits: tuple[RateLimit, ...] | NotGiven = NOT_GIVEN,
        rate_limit_store: str | NotGiven = NOT_GIVEN,
        rate_limit_margin: float | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        event_hooks: Mapping[str, list[Callable[..., Any]]] | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A cheap copy with other settings, on the same pool: ``client.with_options(timeout=60).call(...)``.

        Every constructor option but the partner token and the transport may change; ``headers`` are
        added to the current ones; ``timeout=None`` means no timeout. ``retry_writes=True`` lets
        POST/PUT/PATCH/DELETE be retried: only for calls that are safe to repeat. ``max_retries=0``
        turns retries off.
        """
        given = {
            "user_token": user_token,
            "base_url": base_url,
            "accept": accept,
            "timeout": timeout,
            "rate_limits": rate_limits,
            "rate_limit_store": rate_limit_store,
            "rate_limit_margin": rate_limit_margin,
            "event_hooks": event_hooks,
        }
        changes: dict[str, Any] = {k: v for k, v in given.items() if not isinstance(v, NotGiven)}
        policy = self.retry if isinstance(retry, NotGiven) else retry
        if not isinstance(max_retries, NotGiven):
            policy = dataclasses.replace(policy, max_attempts=max_retries + 1)
        if not isinstance(retry_writes, NotGiven):
            policy = dataclasses.replace(policy, retry_writes=retry_writes)
        changes["retry"] = policy
        if not isinstance(headers, NotGiven):
            changes["headers"] = {**self._headers, **headers}
        clone = self._derive(**changes)
        clone.user = self.user if isinstance(user_token, NotGiven) else None
        return clone

    def __repr__(self) -> str:
        user = "user token" if self.has_user_token else "partner token only"
        return f"{type(self).__name__}(base_url={self.base_url!r}, {user})"


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)  # None: no timeout


@contextlib.contextmanager
def _parsing(name: str) -> Iterator[CallContext]:
    """Run one generated call: the transport learns the operation, and a parser's KeyError,
    TypeError… on a received body becomes a DecodeError (a wrong argument, with nothing sent,
    stays what it is). The context keeps the last answer received, for the errors raised after."""
    with call_context(name) as context:
        try:
            yield context
        except AltegioError:
            raise
        except _PARSE_ERRORS as exc:
            if context.response is None:
                raise
            if isinstance(exc, Invalid):  # a value of another type than declared: the path, never the value
                raise DecodeError(
                    f"the body does not fit the model: {exc}", operation=name, response=context.response, path=exc.where
                ) from exc
            reason = f"the body does not fit the model ({type(exc).__name__}: {exc})"
            raise DecodeError(reason, operation=name, response=context.response) from exc


def _data_of(answer: Any, name: str, response: httpx.Response | None) -> Any:
    """The envelope's ``data``; an answer without an envelope (a bare list or object) is itself."""
    if isinstance(answer, list) or not hasattr(answer, "data"):
        return answer
    data = answer.data
    if isinstance(data, Unset):
        raise DecodeError("the answer has no data", operation=name, response=response)
    return data


def _parsed(
    response: _Detailed[T | ErrorResponse], operation: Callable[..., object], name: str, context: CallContext
) -> T:
    parsed = response.parsed
    if parsed is None and not documents_a_success_body(operation):
        return None  # type: ignore[return-value]  # T is Any for such operations
    if parsed is None or isinstance(parsed, ErrorResponse):
        # Error statuses raise before the parser runs; this is a status the operation does not document.
        raise DecodeError("the answer is not one the operation documents", operation=name, response=context.response)
    return parsed


def _pager(
    operation: Callable[..., object], page_size: int | None, start_page: int, max_pages: int, params: dict[str, Any]
) -> Pager:
    """The walk of one ``iterate`` call. The operation's own size name (``count=50``) may stand for
    ``page_size``; ``page`` may not be given (``start_page`` is)."""
    paging = paging_of(operation)
    if "page" in params:
        raise TypeError(f"{paging.operation}: iterate asks for each page itself; pass start_page= instead of page=")
    if paging.size_param in params:
        given = params.pop(paging.size_param)
        if page_size is not None and page_size != given:
            raise TypeError(f"{paging.operation}: page_size={page_size} and {paging.size_param}={given} disagree")
        page_size = given
    size = DEFAULT_PAGE_SIZE if page_size is None else page_size
    return Pager(paging, size, page=start_page, max_pages=max_pages)


class Altegio(SyncSurface, _Base[httpx.BaseTransport]):
    """Synchronous client. Use as a context manager, or call ``close()``."""

    def _new_pool(self) -> httpx.BaseTransport:
        return httpx.HTTPTransport()

    def _connect(self) -> None:
        transport = AltegioTransport(self._pool, **self._transport_settings())
        self.http = _HttpClient(transport=transport, **self._http_settings(check_answer))
        self.api = self._generated_client()
        self.api.set_httpx_client(self.http)

    def call(self, operation: Callable[..., _Detailed[T | ErrorResponse]], /, **params: Any) -> T:
        """Run a generated ``*_detailed`` operation; return its parsed success body or raise."""
        return self._call(operation, params)[0]

    def _call(
        self, operation: Callable[..., _Detailed[T | ErrorResponse]], params: dict[str, Any]
    ) -> tuple[T, CallContext]:
        name = self._before(operation)
        with _parsing(name) as context:
            response = operation(client=self.api, **params)
        return _parsed(response, operation, name, context), context

    @overload
    def data(self, operation: Callable[..., _Detailed[_Envelope[T] | ErrorResponse]], /, **params: Any) -> T: ...

    @overload
    def data(self, operation: Callable[..., _Detailed[list[T] | ErrorResponse]], /, **params: Any) -> list[T]: ...

    @overload
    def data(self, operation: Callable[..., _Detailed[T | ErrorResponse]], /, **params: Any) -> T: ...

    def data(self, operation: Callable[..., _Detailed[Any]], /, **params: Any) -> Any:
        """Like ``call``, but return the envelope's ``data`` (an answer without an envelope as it is)."""
        answer, context = self._call(operation, params)
        return _data_of(answer, operation_name(operation), context.response)

    @overload
    def iterate(
        self,
        operation: Callable[..., _Detailed[_Envelope[list[T]] | ErrorResponse]],
        /,
        *,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int = DEFAULT_MAX_PAGES,
        **params: Any,
    ) -> Iterator[T]: ...

    @overload
    def iterate(
        self,
        operation: Callable[..., _Detailed[list[T] | ErrorResponse]],
        /,
        *,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int = DEFAULT_MAX_PAGES,
        **params: Any,
    ) -> Iterator[T]: ...

    @overload
    def iterate(
        self,
        operation: Callable[..., _Detailed[object]],
        /,
        *,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int = DEFAULT_MAX_PAGES,
        **params: Any,
    ) -> Iterator[Any]: ...

    def iterate(
        self,
        operation: Callable[..., _Detailed[object]],
        /,
        *,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int = DEFAULT_MAX_PAGES,
        **params: Any,
    ) -> Iterator[Any]:
        """Every item of a paged list operation, one page request at a time (see ``_pagination``):
        ``page_size`` is sent under the operation's own name (``count``, ``page_size``,
        ``editable_length``, ``limit``)."""
        pager = _pager(operation, page_size, start_page, max_pages, params)
        more = True
        while more:
            items, more = pager.take(self.call(operation, **params, **pager.params()))
            yield from items

    def login(self, login: str, password: str, *, two_factor: tuple[str, str] | None = None) -> Self:
        """POST /auth with the partner token; a client for the same settings carrying the user token.

        An account with two-factor sign-in answers with a challenge: ``TwoFactorRequired``
        carries it; call again with ``two_factor=(challenge.uuid, code)``.
        """
        from ._login import authorize_user_sync

        user, token = authorize_user_sync(self, login, password, two_factor)
        return self.with_user_token(token, user)

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAltegio(AsyncSurface, _Base[httpx.AsyncBaseTransport]):
    """Asynchronous client. Use as an async context manager, or await ``aclose()``."""

    def _new_pool(self) -> httpx.AsyncBaseTransport:
        return httpx.AsyncHTTPTransport()

    def _connect(self) -> None:
        transport = AsyncAltegioTransport(self._pool, **self._transport_settings())
        self.http = _AsyncHttpClient(transport=transport, **self._http_settings(acheck_answer))
        self.api = self._generated_client()
        self.api.set_async_httpx_client(self.http)

    async def call(self, operation: Callable[..., Awaitable[_Detailed[T | ErrorResponse]]], /, **params: Any) -> T:
        """Await a generated ``asyncio_detailed`` operation; return its parsed success body or raise."""
        return (await self._call(operation, params))[0]

    async def _call(
        self, operation: Callable[..., Awaitable[_Detailed[T | ErrorResponse]]], params: dict[str, Any]
    ) -> tuple[T, CallContext]:
        name = self._before(operation)
        with _parsing(name) as context:
            response = await operation(client=self.api, **params)
        return _parsed(response, operation, name, context), context

    @overload
    async def data(
        self, operation: Callable[..., Awaitable[_Detailed[_Envelope[T] | ErrorResponse]]], /, **params: Any
    ) -> T: ...

    @overload
    async def data(
        self, operation: Callable[..., Awaitable[_Detailed[list[T] | ErrorResponse]]], /, **params: Any
    ) -> list[T]: ...

    @overload
    async def data(self, operation: Callable[..., Awaitable[_Detailed[T | ErrorResponse]]], /, **params: Any) -> T: ...

    async def data(self, operation: Callable[..., Awaitable[_Detailed[Any]]], /, **params: Any) -> Any:
        """Like ``call``, but return the envelope's ``data`` (an answer without an envelope as it is)."""
        answer, context = await self._call(operation, params)
        return _data_of(answer, operation_name(operation), context.response)

    @overload
    def iterate(
        self,
        operation: Callable[..., Awaitable[_Detailed[_Envelope[list[T]] | ErrorResponse]]],
        /,
        *,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int = DEFAULT_MAX_PAGES,
        **params: Any,
    ) -> AsyncIterator[T]: ...

    @overload
    def iterate(
        self,
        operation: Callable[..., Awaitable[_Detailed[list[T] | ErrorResponse]]],
        /,
        *,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int = DEFAULT_MAX_PAGES,
        **params: Any,
    ) -> AsyncIterator[T]: ...

    @overload
    def iterate(
        self,
        operation: Callable[..., Awaitable[_Detailed[object]]],
        /,
        *,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int = DEFAULT_MAX_PAGES,
        **params: Any,
    ) -> AsyncIterator[Any]: ...

    async def iterate(
        self,
        operation: Callable[..., Awaitable[_Detailed[object]]],
        /,
        *,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int = DEFAULT_MAX_PAGES,
        **params: Any,
    ) -> AsyncIterator[Any]:
        """Every item of a paged list operation: ``async for item in client.iterate(...)``."""
        pager = _pager(operation, page_size, start_page, max_pages, params)
        more = True
        while more:
            items, more = pager.take(await self.call(operation, **params, **pager.params()))
            for item in items:
                yield item

    async def login(self, login: str, password: str, *, two_factor: tuple[str, str] | None = None) -> Self:
        """POST /auth with the partner token; see ``Altegio.login``."""
        from ._login import authorize_user_async

        user, token = await authorize_user_async(self, login, password, two_factor)
        return self.with_user_token(token, user)

    async def aclose(self) -> None:
        await self.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
