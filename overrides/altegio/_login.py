"""POST /auth: the generated call, its answer checked, the token kept out of sight.

Two-step sign-in is not in Altegio's published description; YCLIENTS' published models show
it: an account with 2FA answers the first call with a challenge (``uuid``, ``flow``,
``transport``, ``attempts_left``…) instead of a token, and the second call repeats login and
password with ``"2fa": {"uuid", "secret"}``. We support that shape and say so when we meet it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from altegio_client.api.authentication_b2b import authorize_user
from altegio_client.models import AuthRequest, AuthResponse, AuthUser
from altegio_client.types import Unset

from ._exceptions import DecodeError, TwoFactorChallenge, TwoFactorRequired
from ._user import LoggedInUser

if TYPE_CHECKING:
    from ._client import Altegio, AsyncAltegio

T = TypeVar("T")


def authorize_user_sync(
    client: Altegio, login: str, password: str, two_factor: tuple[str, str] | None
) -> tuple[LoggedInUser, str]:
    answer, context = client._call(authorize_user.sync_detailed, {"body": _body(login, password, two_factor)})
    return _user_and_token(answer, context.response)


async def authorize_user_async(
    client: AsyncAltegio, login: str, password: str, two_factor: tuple[str, str] | None
) -> tuple[LoggedInUser, str]:
    answer, context = await client._call(authorize_user.asyncio_detailed, {"body": _body(login, password, two_factor)})
    return _user_and_token(answer, context.response)


def _body(login: str, password: str, two_factor: tuple[str, str] | None) -> AuthRequest:
    body = AuthRequest(login, password)
    if two_factor is not None:
        uuid, secret = two_factor
        body["2fa"] = {"uuid": uuid, "secret": secret}
    return body


def _user_and_token(answer: AuthResponse, response: httpx.Response | None) -> tuple[LoggedInUser, str]:
    data = answer.data
    token = None if isinstance(data, Unset) else data.user_token
    if not isinstance(data, Unset) and not token and "uuid" in data.additional_properties:
        raise TwoFactorRequired(_challenge(data.additional_properties))
    if isinstance(data, Unset) or not isinstance(token, str) or not token:
        raise DecodeError("POST /auth answered without data.user_token", operation="authorize_user", response=response)
    return _user(data), token


def _challenge(fields: dict[str, Any]) -> TwoFactorChallenge:
    def integer(name: str) -> int | None:
        value = fields.get(name)
        return value if isinstance(value, int) else None

    return TwoFactorChallenge(
        uuid=str(fields["uuid"]),
        flow=str(fields.get("flow", "")) or None,
        transport=str(fields.get("transport", "")) or None,
        attempts_left=integer("attempts_left"),
        refresh_ttl_sec=integer("refresh_ttl_sec"),
    )


def _user(data: AuthUser) -> LoggedInUser:
    return LoggedInUser(
        id=_value(data.id),
        name=_value(data.name),
        login=_value(data.login),
        email=_value(data.email),
        phone=_value(data.phone),
        is_approved=_value(data.is_approved),
        is_email_confirmed=_value(data.is_email_confirmed),
    )


def _value(value: T | Unset) -> T | None:
    return None if isinstance(value, Unset) else value
