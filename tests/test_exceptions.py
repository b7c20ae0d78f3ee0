"""The exception tree: names that shadow no builtin, one APIError constructor, secrets out of the text."""

from __future__ import annotations

import builtins
import inspect
import re
from typing import Any

import httpx
import pytest

import altegio
from altegio import (
    AltegioError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DecodeError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TransportError,
    TwoFactorChallenge,
    TwoFactorRequired,
    UnsuccessfulResponse,
    UserTokenInvalid,
    ValidationError,
    _exceptions,
)

RESPONSE = httpx.Response(429, json={"success": False, "meta": {"message": "Too many"}})


def test_star_import_shadows_no_builtin() -> None:
    namespace: dict[str, Any] = {}
    exec("from altegio import *", namespace)  # noqa: S102 - a fresh namespace, our own package
    assert "APITimeoutError" in namespace and "APIConnectionError" in namespace  # the import did run
    assert eval("TimeoutError", namespace) is builtins.TimeoutError  # noqa: S307
    assert eval("ConnectionError", namespace) is builtins.ConnectionError  # noqa: S307
    assert {name for name in namespace if name != "__builtins__" and hasattr(builtins, name)} == set()


@pytest.mark.parametrize("module", [altegio, _exceptions], ids=["altegio", "altegio._exceptions"])
def test_no_name_of_a_builtin_is_exported(module: Any) -> None:
    assert not [name for name in module.__all__ if hasattr(builtins, name)]
    assert not hasattr(module, "TimeoutError") and not hasattr(module, "ConnectionError")


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [(APITimeoutError, builtins.TimeoutError), (APIConnectionError, builtins.ConnectionError)],
)
def test_transport_errors_keep_their_builtin_bases(cls: type[TransportError], builtin: type[OSError]) -> None:
    error = cls("ReadTimeout: timed out", operation="get_user_gift_cards")
    assert isinstance(error, builtin) and isinstance(error, TransportError) and isinstance(error, AltegioError)
    assert str(error) == "get_user_gift_cards: ReadTimeout: timed out"
    assert error.operation == "get_user_gift_cards"
    with pytest.raises(builtin):  # `except TimeoutError` / `except ConnectionError` still catch them
        raise error


def test_api_error_has_status_code_beside_status() -> None:
    error = APIError("Gone", status=410, operation="get_location", response=None, body={"x": 1})
    assert error.status == error.status_code == 410
    assert (error.message, error.operation, error.response, error.body) == ("Gone", "get_location", None, {"x": 1})
    assert str(error) == "get_location: HTTP 410: Gone"


ANSWER_ERRORS = (
    APIError,
    BadRequestError,
    ValidationError,
    AuthenticationError,
    UserTokenInvalid,
    PaymentRequiredError,
    PermissionDeniedError,
    NotFoundError,
    ConflictError,
    RateLimitError,
    ServerError,
    UnsuccessfulResponse,
    DecodeError,
)


def test_every_answer_error_is_built_by_the_one_constructor() -> None:
    """One constructor sets the shared fields; a subclass with more to say (retry_after,
    field_errors, reason) sets only its own and passes the rest on with super().__init__."""
    owners = {
        owner
        for cls in ANSWER_ERRORS
        for owner in cls.__mro__
        if "__init__" in vars(owner) and owner.__module__ == _exceptions.__name__
    }
    setting = {owner for owner in owners if "self.status =" in inspect.getsource(vars(owner)["__init__"])}
    assert setting == {DecodeError.__mro__[1]} and issubclass(APIError, DecodeError.__mro__[1])
    for owner in owners - setting:
        source = inspect.getsource(vars(owner)["__init__"])
        assert "super().__init__(" in source, owner
        assert not re.search(r"self\.(message|operation|response|body) =", source), owner


def test_subclass_fields_come_with_the_shared_ones() -> None:
    limited = RateLimitError("Too many", status=429, operation="op", response=RESPONSE, retry_after=7.0)
    assert (limited.retry_after, limited.status_code, limited.message) == (7.0, 429, "Too many")
    assert limited.response is RESPONSE
    invalid = ValidationError("Invalid", status=422, operation="op", response=None, field_errors={"phone": ["bad"]})
    assert (invalid.field_errors, invalid.status_code) == ({"phone": ["bad"]}, 422)
    assert str(UserTokenInvalid(None, status=401, operation="op", response=None)).endswith(
        "HTTP 401 (log in again: a password change regenerates the user token)"
    )


def test_decode_error_keeps_its_call_and_takes_its_status_from_the_response() -> None:
    page = httpx.Response(200, content=b"<html>maintenance</html>")
    error = DecodeError("expected a JSON body", operation="get_user_gift_cards", response=page)
    assert (error.status, error.status_code, error.reason) == (200, 200, "expected a JSON body")
    assert error.raw_text == "<html>maintenance</html>"
    assert str(error) == "get_user_gift_cards: expected a JSON body (HTTP 200)"
    bare = DecodeError("no data", operation=None, response=None)
    assert (bare.status, bare.status_code, bare.raw_text) == (None, None, "")
    assert str(bare) == "response: no data (HTTP None)"
    assert not isinstance(error, APIError)  # the server did not refuse: `except APIError` keeps its meaning


# --- two-step sign-in: the recipient stays out of the text -----------------------------------


@pytest.mark.parametrize(
    ("transport", "shown"),
    [
        ("+13155550175", "+1********75"),
        ("anna.smith@example.com", "an******************om"),
        ("a@b.c", "***"),
        ("sms", "sms"),
        ("email", "email"),
        ("WhatsApp", "WhatsApp"),
    ],
)
def test_two_factor_transport_is_masked_unless_it_names_a_channel(transport: str, shown: str) -> None:
    challenge = TwoFactorChallenge(uuid="c0ffee", flow="login", transport=transport, attempts_left=3)
    required = TwoFactorRequired(challenge)
    for text in (str(required), repr(required), repr(challenge), str(challenge), repr(required.args)):
        assert shown in text
        if shown != transport:
            assert transport not in text and transport[-4:] not in text
    assert repr(challenge) == (
        f"TwoFactorChallenge(uuid='c0ffee', flow='login', transport='{shown}', attempts_left=3, refresh_ttl_sec=None)"
    )
    assert challenge.transport == transport  # the attribute itself is the caller's to read
    assert "c0ffee" not in str(required) or "challenge.uuid" in str(required)


def test_two_factor_without_transport() -> None:
    required = TwoFactorRequired(TwoFactorChallenge(uuid="c0ffee"))
    assert str(required) == "two-factor sign-in: call login() again with two_factor=(challenge.uuid, code)"
    assert "transport=None" in repr(required.challenge)
