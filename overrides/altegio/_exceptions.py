"""What the client raises. Catch ``AltegioError`` for everything, or a branch below it.

AltegioError
 ├── UserTokenRequired        a user-token operation called before login (nothing was sent)
 ├── TwoFactorRequired        POST /auth answered with a 2FA challenge: log in again with the code
 ├── TransportError           no usable HTTP exchange
 │    ├── APITimeoutError     connect/read/write/pool timeout (also a builtin TimeoutError)
 │    └── APIConnectionError  refused, reset, DNS, TLS (also a builtin ConnectionError)
 ├── DecodeError              a body that is not the JSON the operation documents (HTML, truncated,
 │                            wrong types); ``raw_text`` keeps it
 └── APIError                 the server answered with an error
      ├── BadRequestError     400
      │    └── ValidationError  422 (and 400 with field errors): ``field_errors``
      ├── AuthenticationError 401
      │    └── UserTokenInvalid  401 on a user-token call: log in again (a password change regenerates the token)
      ├── PaymentRequiredError 402 (the location's SMS balance or licence does not cover the call)
      ├── PermissionDeniedError 403
      ├── NotFoundError       404
      ├── ConflictError       409 (duplicate event, a product changed meanwhile)
      ├── RateLimitError      429: ``retry_after`` seconds when the server says
      ├── ServerError         5xx
      └── UnsuccessfulResponse  HTTP 2xx with ``"success": false``

Every ``APIError`` carries ``status`` (also as ``status_code``), ``message`` (the server's
``meta.message``), ``operation``, ``body`` and the raw ``response``; all are set by its one
constructor, which its subclasses extend (``DecodeError`` shares it, ``status`` there may be None).
No name here shadows a builtin, so ``from altegio import *`` is safe. Messages never include
tokens, passwords, phone numbers, e-mail addresses or codes: a two-factor challenge's
``transport`` is masked in ``str``/``repr`` unless it names a channel (``sms``, ``email``…).
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from dataclasses import dataclass

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AltegioError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DecodeError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "TransportError",
    "TwoFactorChallenge",
    "TwoFactorRequired",
    "UnsuccessfulResponse",
    "UserTokenInvalid",
    "UserTokenRequired",
    "ValidationError",
]


class AltegioError(Exception):
    """Base of every error this client raises."""


class UserTokenRequired(AltegioError):
    def __init__(self, operation: str) -> None:
        self.operation = operation
        super().__init__(f"{operation} needs a user token: call login() or pass user_token= first")


# Values of a challenge's transport that name how the code went, not where: shown as sent.
_CHANNELS = frozenset({"sms", "email", "e-mail", "mail", "call", "voice", "push", "app", "telegram", "whatsapp"})


def _masked(transport: str) -> str:
    """A challenge's transport fit for text: a channel name as sent, anything else (the recipient's
    phone or e-mail) masked to its first and last two characters, or ``***`` when shorter than 8."""
    if transport.strip().lower() in _CHANNELS:
        return transport
    if len(transport) < 8:
        return "***"
    return transport[:2] + "*" * (len(transport) - 4) + transport[-2:]


@dataclass(frozen=True, repr=False)
class TwoFactorChallenge:
    """POST /auth's answer to an account with 2FA. ``transport`` is as the server sent it; its
    ``repr`` masks it (see ``_masked``), since it may hold the recipient's phone or e-mail."""

    uuid: str
    flow: str | None = None
    transport: str | None = None  # how, or where, the code was sent: sms, email… or the recipient
    attempts_left: int | None = None
    refresh_ttl_sec: int | None = None

    def __repr__(self) -> str:
        transport = None if self.transport is None else _masked(self.transport)
        return (
            f"{type(self).__name__}(uuid={self.uuid!r}, flow={self.flow!r}, transport={transport!r}, "
            f"attempts_left={self.attempts_left!r}, refresh_ttl_sec={self.refresh_ttl_sec!r})"
        )


class TwoFactorRequired(AltegioError):
    def __init__(self, challenge: TwoFactorChallenge) -> None:
        self.challenge = challenge
        via = ""
        if challenge.transport:
            shown = _masked(challenge.transport)
            via = f" (code sent {'by' if shown == challenge.transport else 'to'} {shown})"
        super().__init__(f"two-factor sign-in{via}: call login() again with two_factor=(challenge.uuid, code)")


class TransportError(AltegioError):
    def __init__(self, message: str, *, operation: str | None = None) -> None:
        self.operation = operation
        super().__init__(f"{operation}: {message}" if operation else message)


class APITimeoutError(TransportError, builtins.TimeoutError):
    """Connect, read, write or pool timeout; ``except TimeoutError`` catches it too."""


class APIConnectionError(TransportError, builtins.ConnectionError):
    """Refused, reset, DNS or TLS failure; ``except ConnectionError`` catches it too."""


class _AnswerError(AltegioError):
    """An answer was received and is the error: the one constructor of ``APIError`` and ``DecodeError``.

    Subclasses add their own fields (``retry_after``, ``field_errors``, ``reason``) and pass the
    rest on with ``super().__init__``; the text comes from ``_describe``.
    """

    hint: str | None = None  # what to do about it, added to the text

    def __init__(
        self,
        message: str | None,
        *,
        status: int | None,
        operation: str | None,
        response: httpx.Response | None,
        body: object = None,
    ) -> None:
        self.message = message
        self.status = status
        self.operation = operation
        self.response = response
        self.body = body
        super().__init__(self._describe())

    @property
    def status_code(self) -> int | None:
        """The HTTP status, as httpx names it: the same as ``status``."""
        return self.status

    def _describe(self) -> str:
        text = f"HTTP {self.status}" + (f": {self.message}" if self.message else "")
        text += f" ({self.hint})" if self.hint else ""
        return f"{self.operation}: {text}" if self.operation else text


class DecodeError(_AnswerError):
    """The body could not be read as the operation's documented JSON (not an ``APIError``: the server did
    not refuse). ``status`` is the answer's, ``None`` when the fault was found after the response."""

    def __init__(
        self,
        reason: str,
        *,
        operation: str | None,
        response: httpx.Response | None,
        body: object = None,
        path: str | None = None,
    ) -> None:
        self.reason = reason
        self.path = path  # where a value of the wrong type sits: data[3].type.is_multi (None: not such a fault)
        status = response.status_code if response is not None else None
        super().__init__(reason, status=status, operation=operation, response=response, body=body)

    def _describe(self) -> str:
        return f"{self.operation or 'response'}: {self.reason} (HTTP {self.status})"

    @property
    def raw_text(self) -> str:
        if self.response is None:
            return ""
        try:
            return self.response.text
        except (httpx.ResponseNotRead, UnicodeDecodeError):
            return self.response.content.decode("utf-8", "replace")


class APIError(_AnswerError):
    """The server answered, and the answer is an error.

    ``APIError(message, *, status, operation, response, body=None)``: every subclass is built by this
    one constructor, those with more to say (``RateLimitError.retry_after``,
    ``ValidationError.field_errors``) extend it. ``status_code`` is ``status``.
    """

    status: int

    def __init__(
        self,
        message: str | None,
        *,
        status: int,
        operation: str | None,
        response: httpx.Response | None,
        body: object = None,
    ) -> None:
        super().__init__(message, status=status, operation=operation, response=response, body=body)

    @property
    def status_code(self) -> int:
        """The HTTP status, as httpx names it: the same as ``status``."""
        return self.status


class BadRequestError(APIError):
    pass


class ValidationError(BadRequestError):
    def __init__(
        self,
        message: str | None,
        *,
        status: int,
        operation: str | None,
        response: httpx.Response | None,
        body: object = None,
        field_errors: Mapping[str, list[str]] | None = None,
    ) -> None:
        self.field_errors: dict[str, list[str]] = dict(field_errors or {})
        super().__init__(message, status=status, operation=operation, response=response, body=body)


class AuthenticationError(APIError):
    pass


class UserTokenInvalid(AuthenticationError):
    """401 on a call made with a user token: the token is stale (password changed?); log in again."""

    hint = "log in again: a password change regenerates the user token"


class PermissionDeniedError(APIError):
    pass


class NotFoundError(APIError):
    pass


class PaymentRequiredError(APIError):
    pass


class ConflictError(APIError):
    pass


class RateLimitError(APIError):
    def __init__(
        self,
        message: str | None,
        *,
        status: int,
        operation: str | None,
        response: httpx.Response | None,
        body: object = None,
        retry_after: float | None = None,
    ) -> None:
        self.retry_after = retry_after
        super().__init__(message, status=status, operation=operation, response=response, body=body)


class ServerError(APIError):
    pass


class UnsuccessfulResponse(APIError):
    """HTTP 2xx whose envelope says ``"success": false``."""
