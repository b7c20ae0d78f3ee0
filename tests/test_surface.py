"""The typed surface: ``client.<tag>.<operationId>(...)`` and ``client.<tag>.iter_<operationId>(...)``.

Every operation is reachable on both clients and answers what ``client.data`` answers for the same
arguments; the paged lists, and only they, have an ``iter_`` method that walks the pages; mypy --strict
reads the result types off the methods and refuses a misspelt, mistyped or missing argument.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from altegio import AltegioError, AsyncAltegio
from altegio._pagination import SIZE_PARAMS
from altegio_client.types import File
from tests.operations import OPERATIONS, Operation
from tests.test_pagination import PAGED, Catalogue
from tests.test_published_examples import BASE_URL, EXAMPLES, client_for, mock

ROOT = Path(__file__).resolve().parent.parent
IDS = sorted(OPERATIONS)


def served(operation_id: str) -> httpx.MockTransport:
    """The operation's first published success example; without one, its first documented success with
    an empty body (a bodiless success) or ``{}``."""
    entry = OPERATIONS[operation_id]
    for op, status, example in EXAMPLES:
        if op == operation_id and 200 <= status < 300:
            return mock(operation_id, status, example)
    status = min(s for s in entry.answers if 200 <= s < 300)
    body = b"" if entry.answers[status].kind in ("none", "file") else b"{}"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"content-type": "application/json"})

    return httpx.MockTransport(handler)


def plain(value: Any) -> Any:
    """A result as comparable data: models as dicts, a File as its bytes."""
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, File):
        return (value.file_name, value.payload.read())
    return value.to_dict() if hasattr(value, "to_dict") else value


def outcome(run: Callable[[], Any]) -> tuple[str, Any]:
    try:
        return "answer", plain(run())
    except AltegioError as error:
        return "error", (type(error).__name__, str(error))


async def outcome_async(run: Callable[[], Any]) -> tuple[str, Any]:
    try:
        return "answer", plain(await run())
    except AltegioError as error:
        return "error", (type(error).__name__, str(error))


def method_of(client: object, entry: Operation, prefix: str = "") -> Any:
    return getattr(getattr(client, entry.tag), f"{prefix}{entry.id}")


def async_client(operation_id: str, transport: httpx.AsyncBaseTransport | httpx.BaseTransport) -> AsyncAltegio:
    user_token = None if operation_id == "authorize_user" else "u"
    return AsyncAltegio("p", user_token=user_token, base_url=BASE_URL, rate_limits=(), transport=transport)  # type: ignore[arg-type]


def test_every_operation_is_a_method_of_its_tag_on_both_clients() -> None:
    sync, asynchronous = client_for("x", httpx.MockTransport(lambda r: httpx.Response(500))), async_client("x", None)  # type: ignore[arg-type]
    for entry in OPERATIONS.values():
        assert callable(method_of(sync, entry)), entry.id
        assert callable(method_of(asynchronous, entry)), entry.id
        assert method_of(sync, entry).__doc__, entry.id
    assert sync.subscriptions_certificates is sync.subscriptions_certificates  # one instance per client
    assert sync.with_options(timeout=1).subscriptions_certificates is not sync.subscriptions_certificates
    sync.close()


def test_importing_altegio_does_not_import_the_tag_modules() -> None:
    code = "import sys, altegio; print(sorted(m for m in sys.modules if m.startswith('altegio_client.surface.')))"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert found.stdout.strip() == "[]"


@pytest.mark.parametrize("operation_id", IDS)
def test_a_method_answers_what_data_answers(operation_id: str) -> None:
    entry = OPERATIONS[operation_id]
    with client_for(operation_id, served(operation_id)) as client:
        expected = outcome(lambda: client.data(entry.call, **entry.arguments))
        got = outcome(lambda: method_of(client, entry)(**entry.arguments))
    assert got == expected


@pytest.mark.parametrize("operation_id", IDS)
async def test_an_async_method_answers_what_data_answers(operation_id: str) -> None:
    entry = OPERATIONS[operation_id]
    sync = served(operation_id)

    async def handle(request: httpx.Request) -> httpx.Response:
        await request.aread()
        return sync.handle_request(request)

    async with async_client(operation_id, httpx.MockTransport(handle)) as client:
        expected = await outcome_async(lambda: client.data(entry.call_async, **entry.arguments))
        got = await outcome_async(lambda: method_of(client, entry)(**entry.arguments))
    assert got == expected


def test_iter_methods_are_the_paged_operations() -> None:
    with client_for("x", httpx.MockTransport(lambda r: httpx.Response(500))) as sync:
        for client in (sync, async_client("x", None)):  # type: ignore[arg-type]
            found = {
                name.removeprefix("iter_")
                for tag in {entry.tag for entry in OPERATIONS.values()}
                for name in dir(getattr(client, tag))
                if name.startswith("iter_")
            }
            assert found == set(PAGED)


@pytest.mark.parametrize("operation_id", PAGED)
def test_an_iter_method_walks_the_pages(operation_id: str) -> None:
    server = Catalogue(operation_id)
    with server.sync() as client:
        items = list(method_of(client, server.entry, "iter_")(**server.arguments, page_size=2))
    assert server.ids(items) == [1000, 1001, 1002, 1003, 1004]
    assert server.pages_asked() == [("1", "2"), ("2", "2"), ("3", "2")]


@pytest.mark.parametrize("operation_id", PAGED)
async def test_an_async_iter_method_walks_the_pages(operation_id: str) -> None:
    server = Catalogue(operation_id)

    async def handle(request: httpx.Request) -> httpx.Response:
        return server(request)

    async with async_client(operation_id, httpx.MockTransport(handle)) as client:
        walk = method_of(client, server.entry, "iter_")(**server.arguments, page_size=2, max_pages=2)
        items = [item async for item in walk]
    assert server.ids(items) == [1000, 1001, 1002, 1003]
    assert server.pages_asked() == [("1", "2"), ("2", "2")]


RIGHT = """
from collections.abc import AsyncIterator, Iterator

from altegio import Altegio, AsyncAltegio
from altegio_client.models import GiftCard, GiftCardType, ProductResponseDataType0, ProductResponseDataType1Item


def sync(user: Altegio) -> None:
    cards: list[GiftCard] = user.subscriptions_certificates.get_client_gift_cards(company_id=1, phone="x")
    types: Iterator[GiftCardType] = user.subscriptions_certificates.iter_get_gift_card_type_list(1, page_size=10)
    product: ProductResponseDataType0 | list[ProductResponseDataType1Item] = user.products.get_product(1, 2)
    user.locations.delete_location(1)  # a bodiless success: None
    print(cards, types, product)


async def asynchronous(user: AsyncAltegio) -> None:
    cards: list[GiftCard] = await user.subscriptions_certificates.get_client_gift_cards(company_id=1, phone="x")
    types: AsyncIterator[GiftCardType] = user.subscriptions_certificates.iter_get_gift_card_type_list(1)
    print(cards, types)
"""

WRONG = """
from altegio import Altegio, AsyncAltegio
from altegio_client.models import GiftCard


def sync(user: Altegio) -> None:
    user.subscriptions_certificates.get_client_gift_cards(compnay_id=1, phone="x")  # wrong
    user.subscriptions_certificates.get_client_gift_cards(company_id=1, phone=1)  # wrong
    user.subscriptions_certificates.get_client_gift_cards(company_id=1)  # wrong
    card: GiftCard = user.subscriptions_certificates.get_client_gift_cards(company_id=1, phone="x")  # wrong
    user.subscriptions_certificates.iter_get_gift_card_type_list(1, page=2)  # wrong
    print(card)


async def asynchronous(user: AsyncAltegio) -> None:
    cards: list[GiftCard] = user.subscriptions_certificates.get_client_gift_cards(company_id=1, phone="x")  # wrong
    print(cards)
"""


def mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(textwrap.dedent(source).lstrip(), encoding="utf-8")
    command = [sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml"), str(snippet)]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)


def test_mypy_reads_the_types_off_the_surface(tmp_path: Path) -> None:
    right = mypy(tmp_path, RIGHT)
    assert right.returncode == 0, right.stdout
    wrong = mypy(tmp_path, WRONG)
    reported = sorted({int(line.split(":")[1]) for line in wrong.stdout.splitlines() if ": error:" in line})
    lines = textwrap.dedent(WRONG).lstrip().splitlines()
    expected = [number for number, line in enumerate(lines, 1) if line.endswith("# wrong")]
    assert len(expected) == 6
    assert reported == expected, wrong.stdout


def test_the_surface_step_pages_by_the_runtimes_size_names() -> None:
    """scripts/generate_surface.py keeps its own copy (it runs before the runtime can import the surface)."""
    source = (Path(__file__).resolve().parent.parent / "scripts" / "generate_surface.py").read_text(encoding="utf-8")
    copies = [
        ast.literal_eval(node.value)
        for node in ast.parse(source).body
        if isinstance(node, ast.Assign) and [ast.unparse(t) for t in node.targets] == ["SIZE_PARAMS"]
    ]
    assert copies == [SIZE_PARAMS]
