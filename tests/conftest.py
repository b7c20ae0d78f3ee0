"""Shared fixtures: the test account, clients that record what they send, cassette scrubbing.

Cassettes replay with pytest-recording's default record mode ``none`` (no network). ``make record``
re-records with ``--record-mode=rewrite`` against ALTEGIO_BASE_URL: the local mock, or the live
API when ALTEGIO_PARTNER_TOKEN and ALTEGIO_USER_TOKEN are set too.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
import pytest

from altegio import PRODUCTION_URL, Altegio, AsyncAltegio
from altegio_client.types import Unset
from tests.scrubbing import Scrubber

T = TypeVar("T")


@pytest.fixture(autouse=True, scope="session")
def _own_rate_limit_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The default host store (a SQLite file in the user's cache directory) is used by every test, in a
    cache directory of this run's own: other runs on this host, and the user's own budget, stay apart."""
    saved = {name: os.environ.get(name) for name in ("XDG_CACHE_HOME", "ALTEGIO_RATE_LIMIT_URL")}
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    os.environ.pop("ALTEGIO_RATE_LIMIT_URL", None)
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def present(value: T | Unset) -> T:
    """The value of a field the test expects the server to have sent."""
    assert not isinstance(value, Unset), "field missing from the answer"
    return value


@dataclass(frozen=True)
class Account:
    partner_token: str = "test-partner-token"
    user_token: str = "test-user-token"
    login: str = "tester@example.com"
    password: str = "test-password"
    phone: str = "+13155550100"
    location_id: int = 1
    chain_id: int = 1
    client_id: int = 1
    event_id: int = 12345
    membership_id: int = 5248829


DEFAULTS = Account()
_ENV = {
    "partner_token": "ALTEGIO_PARTNER_TOKEN",
    "user_token": "ALTEGIO_USER_TOKEN",
    "login": "ALTEGIO_LOGIN",
    "password": "ALTEGIO_PASSWORD",
    "phone": "ALTEGIO_PHONE",
    "location_id": "ALTEGIO_LOCATION_ID",
    "chain_id": "ALTEGIO_CHAIN_ID",
    "client_id": "ALTEGIO_CLIENT_ID",
    "event_id": "ALTEGIO_EVENT_ID",
    "membership_id": "ALTEGIO_MEMBERSHIP_ID",
}
ID_FIELDS = ("location_id", "chain_id", "client_id", "event_id", "membership_id")


def _recording(config: pytest.Config) -> bool:
    return (config.getoption("--record-mode", default=None) or "none") != "none"


@pytest.fixture(scope="session")
def recording(pytestconfig: pytest.Config) -> bool:
    return _recording(pytestconfig)


@pytest.fixture(scope="session")
def live(recording: bool) -> bool:
    """Recording against the live API (credentials given), not the mock."""
    return recording and bool(os.environ.get("ALTEGIO_PARTNER_TOKEN"))


@pytest.fixture(scope="session")
def account(live: bool) -> Account:
    if not live:
        return DEFAULTS
    values: dict[str, Any] = {}
    for field, env in _ENV.items():
        if os.environ.get(env):
            default = getattr(DEFAULTS, field)
            values[field] = type(default)(os.environ[env])
    return Account(**values)


@pytest.fixture(scope="session")
def base_url(recording: bool) -> str:
    if not recording:
        return PRODUCTION_URL  # cassettes are written with the production address
    url = os.environ.get("ALTEGIO_BASE_URL")
    if not url:
        pytest.exit("recording needs ALTEGIO_BASE_URL (make record starts the mock and sets it)")
    return url


@pytest.fixture(scope="session")
def vcr_config(account: Account, base_url: str, recording: bool) -> dict[str, Any]:
    scrubber = Scrubber(
        {
            account.partner_token: "<PARTNER_TOKEN>",
            account.user_token: "<USER_TOKEN>",
            account.login: "<LOGIN>",
            account.password: "REDACTED-PASSWORD",
            account.phone: "<PHONE>",
        },
        recorded_base_url=base_url,
        ids={str(getattr(account, f)): str(getattr(DEFAULTS, f)) for f in ID_FIELDS},
    )
    return {
        "before_record_request": scrubber.request,
        "before_record_response": scrubber.response,
        "decode_compressed_response": True,
        # On replay a check may send an answered operation again (CHECKS["authorize_user"] logs in once
        # more) after the async test rewrote the cassette with its one request; when recording, the
        # second request goes to the server like the first.
        "allow_playback_repeats": not recording,
    }


@pytest.fixture
def sent() -> list[httpx.Request]:
    """Every request as it left the client, Authorization included (filled by an event hook)."""
    return []


@pytest.fixture
def partner(account: Account, base_url: str, sent: list[httpx.Request]) -> Iterator[Altegio]:
    with Altegio(
        account.partner_token, base_url=base_url, rate_limits=(), event_hooks={"request": [sent.append]}
    ) as client:
        yield client


@pytest.fixture
def user(partner: Altegio, account: Account) -> Altegio:
    return partner.with_user_token(account.user_token)


@pytest.fixture
async def async_user(account: Account, base_url: str, sent: list[httpx.Request]) -> AsyncIterator[AsyncAltegio]:
    async def record(request: httpx.Request) -> None:
        sent.append(request)

    async with AsyncAltegio(
        account.partner_token,
        user_token=account.user_token,
        base_url=base_url,
        rate_limits=(),
        event_hooks={"request": [record]},
    ) as client:
        yield client
