"""The Authorization header: partner token alone for POST /auth, partner and user elsewhere."""

from __future__ import annotations

from collections.abc import Generator

import httpx


class AltegioAuth(httpx.Auth):
    """``Bearer <partner>`` or ``Bearer <partner>, User <user>``; never shows either token."""

    def __init__(self, partner_token: str, user_token: str | None = None) -> None:
        if not partner_token:
            raise ValueError("partner_token is required")
        self._partner = partner_token
        self._user = user_token or None

    @property
    def has_user_token(self) -> bool:
        return self._user is not None

    def with_user_token(self, user_token: str | None) -> AltegioAuth:
        return AltegioAuth(self._partner, user_token)

    def header_for(self, request: httpx.Request) -> str:
        if self._user is None or is_login(request):
            return f"Bearer {self._partner}"
        return f"Bearer {self._partner}, User {self._user}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self.header_for(request)
        yield request

    def __repr__(self) -> str:
        return f"AltegioAuth(partner_token=***, user_token={'***' if self._user else None})"


def is_login(request: httpx.Request) -> bool:
    """POST /auth is signed with the partner token alone, whatever the client carries."""
    return request.method == "POST" and request.url.path.rstrip("/").endswith("/auth")
