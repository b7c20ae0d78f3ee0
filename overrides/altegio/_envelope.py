"""Reading the ``{success, data, meta}`` envelope: errors out, published oddities normalised.

No I/O here: the sync and async transports share every line of it.
"""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from ._exceptions import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DecodeError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnsuccessfulResponse,
    UserTokenInvalid,
    ValidationError,
)

_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitError,
}
_UNREAD = object()


def check(response: httpx.Response, operation: str | None) -> httpx.Response:
    """Raise the typed error a response stands for, or return it ready for the generated parser."""
    body = _json_or_unread(response)
    if not response.is_success:
        raise error_for(response, None if body is _UNREAD else normalise(body), operation)
    if body is _UNREAD:
        if _blank(response.content) or _is_file(response):
            return response  # no body (204, set_balance), or a file (the receipt PDF): the generated parser reads it
        raise DecodeError(_describe_non_json(response), operation=operation, response=response)
    normalised = normalise(body)
    if isinstance(normalised, dict) and normalised.get("success") is False:
        raise UnsuccessfulResponse(
            message_of(normalised) or "the server answered success: false",
            status=response.status_code,
            operation=operation,
            response=response,
            body=normalised,
        )
    return DecodedResponse.adopt(response, normalised)


class DecodedResponse(httpx.Response):
    """A response whose JSON the transport decoded and normalised once; ``json()`` returns that.

    The generated parsers call ``response.json()``: they get the normalised body (Decimal money,
    text codes, unwrapped envelope) without a second decode. ``content`` stays the raw bytes.
    """

    decoded: Any

    @classmethod
    def adopt(cls, response: httpx.Response, decoded: Any) -> DecodedResponse:
        response.__class__ = cls
        adopted: DecodedResponse = response  # type: ignore[assignment]
        adopted.decoded = decoded
        return adopted

    def json(self, **kwargs: Any) -> Any:
        return self.decoded


def normalise(body: Any) -> Any:
    """Undo the envelope oddities the published examples show.

    - ``[ {success, data, meta} ]``: the envelope wrapped in a one-item list (chain membership list).
    - ``"success": "true"``: the flag as a string.
    """
    if isinstance(body, list) and len(body) == 1 and isinstance(body[0], dict) and "success" in body[0]:
        body = body[0]
    if isinstance(body, dict) and isinstance(body.get("success"), str):
        flag = body["success"].strip().lower()
        if flag in ("true", "1", "false", "0"):
            body = {**body, "success": flag in ("true", "1")}
    return body


def error_for(response: httpx.Response, body: Any, operation: str | None) -> APIError:
    status = response.status_code
    message = message_of(body)
    common: dict[str, Any] = {"status": status, "operation": operation, "response": response, "body": body}
    if status == 429:
        return RateLimitError(message, retry_after=retry_after(response.headers), **common)
    if status in (400, 422):
        fields = field_errors(body)
        if status == 422 or fields:
            return ValidationError(message, field_errors=fields, **common)
    if status == 401 and _sent_user_token(response):
        return UserTokenInvalid(message, **common)
    if status >= 500:
        return ServerError(message, **common)
    return _BY_STATUS.get(status, APIError)(message, **common)


def message_of(body: Any) -> str | None:
    if isinstance(body, Mapping):
        meta = body.get("meta")
        if isinstance(meta, Mapping) and isinstance(meta.get("message"), str):
            return str(meta["message"])
        errors = body.get("errors")  # the {errors: {code, message}} shape seen on some 401/404
        if isinstance(errors, Mapping) and isinstance(errors.get("message"), str):
            return str(errors["message"])
        if isinstance(body.get("message"), str):
            return str(body["message"])
    return None


def field_errors(body: Any) -> dict[str, list[str]]:
    """``meta.errors`` / ``errors`` as {field: [messages]}, whatever list/str mix they come in."""
    if not isinstance(body, Mapping):
        return {}
    meta = body.get("meta")
    errors = meta.get("errors") if isinstance(meta, Mapping) else None
    if errors is None:
        errors = body.get("errors")
    if not isinstance(errors, Mapping):
        return {}
    result: dict[str, list[str]] = {}
    for field, messages in errors.items():
        if field in ("code", "message"):
            continue
        items = messages if isinstance(messages, list) else [messages]
        result[str(field)] = [str(m) for m in items]
    return result


def retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _blank(content: bytes) -> bool:
    return not content or content.isspace()  # no copy of a large body, unlike strip()


def _json_or_unread(response: httpx.Response) -> Any:
    if _blank(response.content):
        return _UNREAD
    decode = _DECODE or _decoder()
    try:
        return decode(response.content)
    except (ValueError, UnicodeDecodeError):  # msgspec's DecodeError and ValidationError are ValueErrors
        pass
    try:  # what msgspec refuses and the standard library reads (UTF-16, NaN, 1e400): read as before
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return _UNREAD


# msgspec's untyped JSON decoder: the same Python objects as json.loads, in about half its time (10,000
# gift cards: 0.54x). Imported on the first answer read, not with the package (it costs 20 ms to import).
_DECODE: Callable[[bytes], Any] | None = None


def _decoder() -> Callable[[bytes], Any]:
    global _DECODE
    import msgspec.json

    _DECODE = msgspec.json.Decoder().decode
    return _DECODE


# Answers that are files, not JSON: the generated parser hands them over as ``File`` (bytes).
FILE_TYPES = ("application/pdf", "application/octet-stream")


def _is_file(response: httpx.Response) -> bool:
    return response.headers.get("content-type", "").split(";")[0].strip().lower() in FILE_TYPES


def _describe_non_json(response: httpx.Response) -> str:
    kind = response.headers.get("content-type", "no content type").split(";")[0]
    return f"expected a JSON body, got {kind} ({len(response.content)} bytes)"


def _sent_user_token(response: httpx.Response) -> bool:
    try:
        return ", User " in response.request.headers.get("authorization", "")
    except RuntimeError:  # a response built without its request
        return False
