"""What the client raises. Catch ``AltegioError`` for everything, or a branch below it.

AltegioError
 ├── UserTokenRequired        a user-token operation called before login (nothing was sent)
 ├── TwoFactorRequired        POST /auth answered with a 2FA challenge: log in again with the code
 ├── TransportError           no usable HTTP exchange
 │    ├── TimeoutError        connect/read/write/pool timeout
 │    └── ConnectionError     refused, reset, DNS, TLS
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

Every ``APIError`` carries ``status``, ``message`` (the server's ``meta.message``), ``operation``
and the raw ``response``. Messages never include tokens, passwords, phone numbers or codes.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from dataclasses import dataclass

import httpx

__all__ = [
    "APIError",
    "AltegioError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ConnectionError",
    "DecodeError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "TimeoutError",
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


@dataclass(frozen=True)
class TwoFactorChallenge:
    uuid: str
    flow: str | None = None
    transport: str | None = None  # how the code was sent (sms, email…)
    attempts_left: int | None = None
    refresh_ttl_sec: int | None = None


class TwoFactorRequired(AltegioError):
    def __init__(self, challenge: TwoFactorChallenge) -> None:
        self.challenge = challenge
        via = f" (code sent by {challenge.transport})" if challenge.transport else ""
        super().__init__(f"two-factor sign-in{via}: call login() again with two_factor=(challenge.uuid, code)")


class TransportError(AltegioError):
    def __init__(self, message: str, *, operation: str | None = None) -> None:
        self.operation = operation
        super().__init__(f"{operation}: {message}" if operation else message)


class TimeoutError(TransportError, builtins.TimeoutError):
    pass


class ConnectionError(TransportError, builtins.ConnectionError):
    pass


class DecodeError(AltegioError):
    """The body could not be read as the operation's documented JSON."""

    def __init__(self, reason: str, *, operation: str | None, response: httpx.Response | None) -> None:
        self.operation = operation
        self.response = response
        self.status = response.status_code if response is not None else None
        self.reason = reason
        super().__init__(f"{operation or 'response'}: {reason} (HTTP {self.status})")

    @property
    def raw_text(self) -> str:
        if self.response is None:
            return ""
        try:
            return self.response.text
        except (httpx.ResponseNotRead, UnicodeDecodeError):
            return self.response.content.decode("utf-8", "replace")


class APIError(AltegioError):
    """The server answered, and the answer is an error."""

    hint: str | None = None  # what to do about it, added to the text

    def __init__(
        self,
        message: str | None,
        *,
        status: int,
        operation: str | None,
        response: httpx.Response | None,
        body: object = None,
    ) -> None:
        self.message = message
        self.status = status
        self.operation = operation
        self.response = response
        self.body = body
        text = f"HTTP {status}" + (f": {message}" if message else "") + (f" ({self.hint})" if self.hint else "")
        super().__init__(f"{operation}: {text}" if operation else text)


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
