"""POST /auth: the generated call, its answer checked, the token kept out of sight."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from altegio_client.api.authentication_b2b import authorize_user
from altegio_client.models import AuthRequest, AuthResponse, AuthUser
from altegio_client.types import Unset

from ._exceptions import DecodeError
from ._user import LoggedInUser

if TYPE_CHECKING:
    from ._client import Altegio, AsyncAltegio

T = TypeVar("T")


def authorize_user_sync(client: Altegio, login: str, password: str) -> tuple[LoggedInUser, str]:
    return _user_and_token(client.call(authorize_user.sync_detailed, body=AuthRequest(login, password)))


async def authorize_user_async(client: AsyncAltegio, login: str, password: str) -> tuple[LoggedInUser, str]:
    answer = await client.call(authorize_user.asyncio_detailed, body=AuthRequest(login, password))
    return _user_and_token(answer)


def _user_and_token(answer: AuthResponse) -> tuple[LoggedInUser, str]:
    data = answer.data
    token = None if isinstance(data, Unset) else data.user_token
    if isinstance(data, Unset) or not isinstance(token, str) or not token:
        raise DecodeError("POST /auth answered without data.user_token", operation="authorize_user", response=None)
    return _user(data), token


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
