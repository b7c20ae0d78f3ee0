"""Who logged in: the POST /auth answer without its token."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class LoggedInUser:
    id: int | None
    name: str | None
    login: str | None = field(default=None, repr=False)  # a phone number or an e-mail address
    email: str | None = field(default=None, repr=False)
    phone: str | None = field(default=None, repr=False)
    is_approved: bool | None = None
    is_email_confirmed: bool | None = None
