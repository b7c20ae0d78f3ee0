"""Every operation of the API, replayed from cassettes: answered and refused, sync and async.

One table (``tests.operations.OPERATIONS``) drives four tests. Each sends the table's arguments,
asserts the one request on the wire against ``Operation.wire`` (derived from the description,
not from the generated code) and then:

- answered: the parsed answer against the served body and the table's probe, plus the checks
  kept from the hand-written tests (``tests.cassette.checks.CHECKS``);
- refused: the documented error status the table picked (``Prefer: code=NNN``, Prism's way to
  choose a documented response) raises its typed error with the published message, plus the
  refusal checks kept from the hand-written tests (``tests.cassette.checks.REFUSAL_CHECKS``).

Cassettes live in ``cassettes/operations/<operationId>.yaml`` (answered; the async test replays
the sync test's cassette) and ``<operationId>.refused.yaml``. ``make record`` rewrites them
against the Prism mock, or the live API when ALTEGIO_* credentials are set (then the refusals
need an account where those calls fail).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from altegio import Altegio, APIError, AsyncAltegio
from tests.cassette.checks import CHECKS, REFUSAL_CHECKS, Context
from tests.cassette.replay import assert_answered, assert_refused, assert_wire, probe_of
from tests.conftest import Account
from tests.operations import OPERATIONS, Operation

pytestmark = pytest.mark.vcr
Client = TypeVar("Client", Altegio, AsyncAltegio)
IDS = sorted(OPERATIONS)


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(Path(__file__).parent / "cassettes" / "operations")


@pytest.fixture
def default_cassette_name(request: pytest.FixtureRequest) -> str:
    operation_id = request.node.callspec.params["operation_id"]
    return f"{operation_id}.refused" if "refused" in request.node.name else operation_id


@pytest.fixture
def received() -> list[httpx.Response]:
    """Every answer as it reached the client (a response hook, which sees error answers too)."""
    return []


@pytest.fixture
def clients(
    account: Account, base_url: str, sent: list[httpx.Request], received: list[httpx.Response]
) -> Iterator[tuple[Altegio, Altegio]]:
    def keep(response: httpx.Response) -> None:
        response.read()
        received.append(response)

    hooks: dict[str, list[Callable[..., Any]]] = {"request": [sent.append], "response": [keep]}
    with Altegio(account.partner_token, base_url=base_url, rate_limits=(), event_hooks=hooks) as partner:
        yield partner, partner.with_user_token(account.user_token)


@pytest.fixture
async def async_clients(
    account: Account, base_url: str, sent: list[httpx.Request], received: list[httpx.Response]
) -> AsyncIterator[tuple[AsyncAltegio, AsyncAltegio]]:
    async def record(request: httpx.Request) -> None:
        sent.append(request)

    async def keep(response: httpx.Response) -> None:
        await response.aread()
        received.append(response)

    hooks: dict[str, list[Callable[..., Any]]] = {"request": [record], "response": [keep]}
    async with AsyncAltegio(account.partner_token, base_url=base_url, rate_limits=(), event_hooks=hooks) as partner:
        yield partner, partner.with_user_token(account.user_token)


def base_path(base_url: str) -> str:
    return httpx.URL(base_url).path.rstrip("/")  # /api/v1 on replay (production), "" against the mock


def pick(entry: Operation, clients: tuple[Client, Client]) -> Client:
    """The client a user would call with: the partner's for partner-only operations, else the user's."""
    return clients[1] if entry.needs_user_token else clients[0]


def refusing(entry: Operation, client: Client) -> Client:
    return client.with_options(headers={"Prefer": f"code={entry.refusal}"})


@pytest.mark.parametrize("operation_id", IDS)
def test_answered(
    operation_id: str,
    clients: tuple[Altegio, Altegio],
    account: Account,
    base_url: str,
    recording: bool,
    sent: list[httpx.Request],
    received: list[httpx.Response],
) -> None:
    entry = OPERATIONS[operation_id]
    client = pick(entry, clients)
    answer = client.call(entry.call, **entry.arguments)

    assert_wire(sent, entry, account, base_path(base_url))
    assert len(received) == 1
    assert_answered(entry, answer, received[0], probe_of(entry))
    if operation_id in CHECKS:
        CHECKS[operation_id](answer, Context(account, recording, client, sent))


@pytest.mark.parametrize("operation_id", IDS)
def test_refused(
    operation_id: str,
    clients: tuple[Altegio, Altegio],
    account: Account,
    base_url: str,
    recording: bool,
    sent: list[httpx.Request],
    received: list[httpx.Response],
) -> None:
    entry = OPERATIONS[operation_id]
    client = refusing(entry, pick(entry, clients))
    with pytest.raises(APIError) as caught:
        client.call(entry.call, **entry.arguments)

    assert_wire(sent, entry, account, base_path(base_url))
    assert_refused(entry, caught.value, account)
    assert [r.status_code for r in received] == [entry.refusal]  # the caller's hooks saw the error answer
    if operation_id in REFUSAL_CHECKS:
        REFUSAL_CHECKS[operation_id](caught.value, Context(account, recording, client, sent))


@pytest.mark.parametrize("operation_id", IDS)
async def test_answered_async(
    operation_id: str,
    async_clients: tuple[AsyncAltegio, AsyncAltegio],
    account: Account,
    base_url: str,
    sent: list[httpx.Request],
    received: list[httpx.Response],
) -> None:
    entry = OPERATIONS[operation_id]
    client = pick(entry, async_clients)
    answer = await client.call(entry.call_async, **entry.arguments)

    assert_wire(sent, entry, account, base_path(base_url))
    assert_answered(entry, answer, received[0], probe_of(entry))


@pytest.mark.parametrize("operation_id", IDS)
async def test_refused_async(
    operation_id: str,
    async_clients: tuple[AsyncAltegio, AsyncAltegio],
    account: Account,
    base_url: str,
    sent: list[httpx.Request],
) -> None:
    entry = OPERATIONS[operation_id]
    client = pick(entry, async_clients)
    with pytest.raises(APIError) as caught:
        await refusing(entry, client).call(entry.call_async, **entry.arguments)

    assert_wire(sent, entry, account, base_path(base_url))
    assert_refused(entry, caught.value, account)
