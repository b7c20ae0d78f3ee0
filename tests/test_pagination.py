"""Iterating paged lists: stop on a short page, on a total, on a server ignoring page, on max_pages.

Every paged operation of the generated client (a page parameter and a page size) is walked through
a server built from its own published success answer: sync and async, capped, ignoring page,
bounded by max_pages, and with a page that does not parse.
"""

from __future__ import annotations

import copy
import inspect
from collections import Counter
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

import httpx
import pytest

from altegio import NO_RETRIES, Altegio, AsyncAltegio, DecodeError
from altegio._pagination import META_TOTALS, SIZE_PARAMS, Pager, Paging, paging_of
from altegio._tolerance import MONEY_KEYS
from altegio_client.api.appointments import get_comments
from altegio_client.api.subscriptions_certificates import (
    get_gift_card_type_list,
    get_membership_list,
    get_user_gift_cards,
)
from altegio_client.client import AuthenticatedClient
from altegio_client.models import ErrorResponse, GiftCardType
from altegio_client.types import UNSET, Response, Unset
from tests.answers import unwrapped
from tests.conftest import present
from tests.operations import MISSING, OPERATIONS, Operation
from tests.test_published_examples import BASE_URL, NO_SUCCESS_EXAMPLE, example_of, route

CODES = {"number", "code", "title"}  # codes and titles: published as integers, declared text


def gift_card_types(first: int, count: int) -> list[dict[str, Any]]:
    return [{"id": i, "title": f"type {i}", "balance": 10} for i in range(first, first + count)]


class Pages:
    """A server with ``total`` items, honouring page/page_size unless told to ignore page."""

    def __init__(
        self,
        total: int,
        *,
        meta: bool = True,
        ignore_page: bool = False,
        size_param: str = "page_size",
        cap: int | None = None,
    ):
        self.total, self.meta, self.ignore_page, self.size_param = total, meta, ignore_page, size_param
        self.cap = cap  # the most items the server puts on a page, whatever was asked
        self.asked: list[dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        self.asked.append(params)
        page = 1 if self.ignore_page else int(params["page"])
        size = min(int(params[self.size_param]), self.cap or 10**9)
        first = (page - 1) * size
        items = gift_card_types(first, max(0, min(size, self.total - first)))
        body: dict[str, Any] = {"success": True, "data": items, "meta": {"count": self.total} if self.meta else []}
        return httpx.Response(200, json=body)


def client(server: Pages) -> Altegio:
    return Altegio("p", user_token="u", rate_limits=(), retry=NO_RETRIES, transport=httpx.MockTransport(server))


def test_walks_all_pages_and_stops_on_the_short_one() -> None:
    server = Pages(23, meta=False)
    types = list(client(server).iterate(get_gift_card_type_list.sync_detailed, location_id=1, page_size=10))
    assert [t.id for t in types] == list(range(23))
    assert [(a["page"], a["page_size"]) for a in server.asked] == [("1", "10"), ("2", "10"), ("3", "10")]


def test_stops_when_meta_count_is_reached_without_asking_for_an_empty_page() -> None:
    server = Pages(20)
    types = list(client(server).iterate(get_gift_card_type_list.sync_detailed, location_id=1, page_size=10))
    assert len(types) == 20 and len(server.asked) == 2


def test_a_server_that_ignores_page_does_not_loop_forever() -> None:
    server = Pages(1000, ignore_page=True)
    types = list(client(server).iterate(get_gift_card_type_list.sync_detailed, location_id=1, page_size=10))
    assert [t.id for t in types] == list(range(10))  # page 2 repeated page 1: stop, no duplicates
    assert len(server.asked) == 2


def test_max_pages_bounds_a_walk() -> None:
    server = Pages(1000, meta=False)
    types = list(client(server).iterate(get_gift_card_type_list.sync_detailed, location_id=1, page_size=5, max_pages=3))
    assert len(types) == 15 and len(server.asked) == 3


def test_count_is_the_page_size_of_the_chain_membership_list() -> None:
    server = Pages(7, size_param="count")
    items = list(client(server).iterate(get_membership_list.sync_detailed, chain_id=1, page_size=5, created_after="x"))
    assert len(items) == 7
    assert server.asked[0] == {"created_after": "x", "page": "1", "count": "5"}


def test_an_operation_without_pages_is_refused() -> None:
    with pytest.raises(TypeError, match="not a paged operation"):
        next(client(Pages(1)).iterate(get_user_gift_cards.sync_detailed, company_id=1))


async def test_async_iteration() -> None:
    server = Pages(12)

    async def handle(request: httpx.Request) -> httpx.Response:
        return server(request)

    async with AsyncAltegio("p", user_token="u", rate_limits=(), transport=httpx.MockTransport(handle)) as c:
        ids = [t.id async for t in c.iterate(get_gift_card_type_list.asyncio_detailed, location_id=1, page_size=5)]
    assert ids == list(range(12)) and len(server.asked) == 3


def test_a_server_capping_the_page_size_does_not_cut_the_walk_short() -> None:
    """Asked for 100 a page, the server gives 30; meta.count says 95: every item is fetched."""
    server = Pages(95, cap=30)
    types = list(client(server).iterate(get_gift_card_type_list.sync_detailed, location_id=1, page_size=100))
    assert [t.id for t in types] == list(range(95))
    assert [(a["page"], a["page_size"]) for a in server.asked] == [
        ("1", "100"),
        ("2", "100"),
        ("3", "100"),
        ("4", "100"),
    ]


def test_a_capped_walk_without_a_total_ends_on_the_short_page() -> None:
    """No total to go by: a page shorter than asked is taken as the last (documented in the README)."""
    server = Pages(95, cap=30, meta=False)
    types = list(client(server).iterate(get_gift_card_type_list.sync_detailed, location_id=1, page_size=100))
    assert [t.id for t in types] == list(range(30))
    assert len(server.asked) == 1


@pytest.mark.parametrize(
    ("operation_id", "size_param"),
    [
        ("get_appointment_list", "count"),
        ("get_partner_appointment_list", "editable_length"),
        ("get_client_account_list_by_chain", "limit"),
        ("get_gift_card_type_list", "page_size"),
    ],
)
def test_every_published_page_size_name_is_found(operation_id: str, size_param: str) -> None:
    from altegio._pagination import size_param_of
    from tests.operations import OPERATIONS

    assert size_param_of(OPERATIONS[operation_id].call) == size_param


# --- every paged operation of the generated client ------------------------------------------------

# Published operations that look paged but that iterate cannot walk, and why (each is refused).
NOT_WALKABLE = {
    "search_product": "a count parameter without page: the search answers one page only",
    "get_client_list": "page and page_size travel in the JSON body (ClientSearchRequest), not as parameters",
    "search_client_visits": "a date cursor: the next page is asked for with meta's from/to",
}


def is_paged(entry: Operation) -> bool:
    parameters = inspect.signature(entry.call).parameters
    return "page" in parameters and any(name in parameters for name in SIZE_PARAMS)


PAGED = sorted(op for op, entry in OPERATIONS.items() if is_paged(entry))
DECLARING_A_TOTAL = [op for op in PAGED if paging_of(OPERATIONS[op].call).totals]
WITHOUT_A_TOTAL = [op for op in PAGED if not paging_of(OPERATIONS[op].call).totals]


class Catalogue:
    """A server for one paged operation, answering its published success answer with a page of
    ``total`` items made from the published item; honours page and the size parameter unless told."""

    def __init__(
        self,
        operation_id: str,
        total: int = 5,
        *,
        cap: int | None = None,
        ignore_page: bool = False,
        meta_total: Any = MISSING,  # a total the model does not declare, put in meta as total_count
        broken_page: int | None = None,  # this page's items are numbers, not objects
    ) -> None:
        self.entry = OPERATIONS[operation_id]
        self.paging = paging_of(self.entry.call)
        self.method, self.path = route(operation_id)
        self.cap, self.ignore_page, self.meta_total, self.broken_page = cap, ignore_page, meta_total, broken_page
        published = example_of(operation_id, 200) if operation_id not in NO_SUCCESS_EXAMPLE else None
        self.wrapped = isinstance(published, list)  # the chain membership list publishes [envelope]
        self.envelope: dict[str, Any] = unwrapped(published) or {"success": True, "data": [], "meta": []}
        template = self.published_item()
        self.key = next(
            (k for k in ("id", *template) if type(template.get(k)) is int and k not in MONEY_KEYS | CODES), "id"
        )
        self.items = [{**template, self.key: 1000 + i} for i in range(total)]
        self.asked: list[dict[str, str]] = []
        # The table's arguments, without the paging some of them try (iterate asks for each page itself).
        self.arguments = {k: v for k, v in self.entry.arguments.items() if k not in ("page", self.paging.size_param)}

    def published_item(self) -> dict[str, Any]:
        node: Any = self.envelope
        for name in self.paging.items:
            node = node[name]
        item = node[0] if isinstance(node, list) and node else node
        return copy.deepcopy(item) if isinstance(item, dict) and item else {}

    def page_body(self, page: int, size: int) -> Any:
        first = (page - 1) * size
        items: list[Any] = self.items[first : first + size]
        if page == self.broken_page:
            items = [1, 2]
        body = copy.deepcopy(self.envelope)
        node = body
        for name in self.paging.items[:-1]:
            node = node[name]
        node[self.paging.items[-1]] = items
        published = body.get("meta")  # an object, [] or absent
        meta = {k: v for k, v in published.items() if k not in META_TOTALS} if isinstance(published, dict) else {}
        for where, name in self.paging.totals:  # the total where the model declares one
            if where == "meta":
                meta[name] = len(self.items)
            else:
                body[where][name] = len(self.items)
        if self.meta_total is not MISSING:
            meta["total_count"] = self.meta_total
        if meta or isinstance(published, dict):
            body["meta"] = meta
        return [body] if self.wrapped else body

    def __call__(self, request: httpx.Request) -> httpx.Response:
        assert request.method == self.method, f"{request.method} sent, {self.method} published"
        assert self.path.fullmatch(request.url.path), f"{request.url.path} does not match {self.path.pattern}"
        params = dict(request.url.params)
        self.asked.append(params)
        paging = {"page", self.paging.size_param}
        assert {q for q in self.entry.wire.query if q[0] not in paging} <= set(request.url.params.multi_items())
        paging = {"page", self.paging.size_param}
        assert {q for q in self.entry.wire.query if q[0] not in paging} <= set(request.url.params.multi_items())
        page = 1 if self.ignore_page else int(params["page"])
        size = min(int(params[self.paging.size_param]), self.cap or 10**9)
        return httpx.Response(200, json=self.page_body(page, size))

    def ids(self, items: list[Any]) -> list[Any]:
        return [item.to_dict()[self.key] for item in items]

    def pages_asked(self) -> list[tuple[str, str]]:
        return [(a["page"], a[self.paging.size_param]) for a in self.asked]

    def sync(self) -> Altegio:
        return Altegio("p", user_token="u", base_url=BASE_URL, rate_limits=(), transport=httpx.MockTransport(self))

    def walk(self, **options: Any) -> list[Any]:
        with self.sync() as c:
            return list(c.iterate(self.entry.call, **self.arguments, **options))

    async def walk_async(self, **options: Any) -> list[Any]:
        async def handle(request: httpx.Request) -> httpx.Response:
            return self(request)

        transport = httpx.MockTransport(handle)
        async with AsyncAltegio("p", user_token="u", base_url=BASE_URL, rate_limits=(), transport=transport) as c:
            return [item async for item in c.iterate(self.entry.call_async, **self.arguments, **options)]


def test_the_paged_operations_are_the_ones_with_page_and_a_page_size() -> None:
    """18 operations; the size names they use; none has page without a size."""
    sizes = Counter(paging_of(OPERATIONS[op].call).size_param for op in PAGED)
    assert sizes == {"count": 12, "page_size": 3, "editable_length": 2, "limit": 1}
    with_page = {op for op, e in OPERATIONS.items() if "page" in inspect.signature(e.call).parameters}
    assert with_page == set(PAGED)
    assert len(DECLARING_A_TOTAL) == 12 and len(WITHOUT_A_TOTAL) == 6


@pytest.mark.parametrize("operation_id", sorted(NOT_WALKABLE))
def test_the_paged_looking_operations_iterate_cannot_walk_are_refused(operation_id: str) -> None:
    entry = OPERATIONS[operation_id]
    with client(Pages(1)) as c, pytest.raises(TypeError, match="not a paged operation"):
        next(c.iterate(entry.call, **entry.arguments))


@pytest.mark.parametrize("operation_id", PAGED)
def test_iterate_walks_every_paged_operation(operation_id: str) -> None:
    server = Catalogue(operation_id)
    items = server.walk(page_size=2)
    assert server.ids(items) == [1000, 1001, 1002, 1003, 1004]
    assert server.pages_asked() == [("1", "2"), ("2", "2"), ("3", "2")]
    others = {name for name in SIZE_PARAMS if name != server.paging.size_param}
    assert not others & {name for asked in server.asked for name in asked}


@pytest.mark.parametrize("operation_id", PAGED)
async def test_async_iterate_walks_every_paged_operation(operation_id: str) -> None:
    server = Catalogue(operation_id)
    items = await server.walk_async(page_size=2)
    assert server.ids(items) == [1000, 1001, 1002, 1003, 1004]
    assert server.pages_asked() == [("1", "2"), ("2", "2"), ("3", "2")]


@pytest.mark.parametrize("operation_id", DECLARING_A_TOTAL)
def test_a_capped_page_size_does_not_truncate_a_walk_with_a_total(operation_id: str) -> None:
    """Asked for 4 a page, the server gives 2: the declared total (5) keeps the walk going."""
    server = Catalogue(operation_id, cap=2)
    assert server.ids(server.walk(page_size=4)) == [1000, 1001, 1002, 1003, 1004]
    assert server.pages_asked() == [("1", "4"), ("2", "4"), ("3", "4")]


@pytest.mark.parametrize("operation_id", DECLARING_A_TOTAL)
async def test_a_capped_page_size_does_not_truncate_an_async_walk_with_a_total(operation_id: str) -> None:
    server = Catalogue(operation_id, cap=2)
    assert server.ids(await server.walk_async(page_size=4)) == [1000, 1001, 1002, 1003, 1004]
    assert len(server.asked) == 3


@pytest.mark.parametrize("operation_id", WITHOUT_A_TOTAL)
def test_a_capped_walk_without_a_total_ends_on_the_first_short_page(operation_id: str) -> None:
    server = Catalogue(operation_id, cap=2)
    assert server.ids(server.walk(page_size=4)) == [1000, 1001]
    assert len(server.asked) == 1


@pytest.mark.parametrize(
    "operation_id", [op for op in WITHOUT_A_TOTAL if paging_of(OPERATIONS[op].call).items == ("data",)]
)
@pytest.mark.parametrize("total", [5, 5.0, "5"], ids=["int", "float", "text"])
def test_a_total_the_model_does_not_declare_still_counts(operation_id: str, total: Any) -> None:
    """meta.total_count sent where meta is published as []: honoured, whether 5, 5.0 or "5"."""
    server = Catalogue(operation_id, cap=2, meta_total=total)
    assert server.ids(server.walk(page_size=4)) == [1000, 1001, 1002, 1003, 1004]
    assert len(server.asked) == 3


@pytest.mark.parametrize("operation_id", PAGED)
def test_a_server_ignoring_page_ends_every_walk_without_duplicates(operation_id: str) -> None:
    server = Catalogue(operation_id, ignore_page=True)
    assert server.ids(server.walk(page_size=2)) == [1000, 1001]
    assert len(server.asked) == 2


@pytest.mark.parametrize("operation_id", PAGED)
def test_max_pages_ends_every_walk(operation_id: str) -> None:
    server = Catalogue(operation_id)
    assert server.ids(server.walk(page_size=2, max_pages=2)) == [1000, 1001, 1002, 1003]
    assert len(server.asked) == 2


@pytest.mark.parametrize("operation_id", PAGED)
def test_a_page_that_does_not_parse_raises_decode_error(operation_id: str) -> None:
    server = Catalogue(operation_id, broken_page=2)
    with server.sync() as c:
        walk = c.iterate(server.entry.call, **server.arguments, page_size=2)
        seen = [next(walk), next(walk)]
        with pytest.raises(DecodeError) as caught:
            next(walk)
    assert caught.value.operation == operation_id
    assert server.ids(seen) == [1000, 1001]  # page 1 was delivered before page 2 failed
    assert len(server.asked) == 2


@pytest.mark.parametrize("operation_id", PAGED)
async def test_a_page_that_does_not_parse_raises_decode_error_async(operation_id: str) -> None:
    server = Catalogue(operation_id, broken_page=1)
    with pytest.raises(DecodeError):
        await server.walk_async(page_size=2)


# --- answers that are bare arrays, and odd pages --------------------------------------------------


def bare_gift_card_types(
    *, client: AuthenticatedClient, location_id: int, page: int | Unset = UNSET, per_page: int | Unset = UNSET
) -> Response[ErrorResponse | list[GiftCardType]]:
    """An operation whose answer is a bare array (none of the published paged ones is), paged with per_page."""
    url = f"/company/{location_id}/loyalty/certificate_types/search"
    params = {name: value for name, value in (("page", page), ("per_page", per_page)) if isinstance(value, int)}
    response = client.get_httpx_client().request("get", url, params=params)
    parsed = [GiftCardType.from_dict(item) for item in response.json()]
    return Response(HTTPStatus(response.status_code), response.content, response.headers, parsed)


def bare_server(total: int, asked: list[dict[str, str]], cap: int | None = None) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        asked.append(params)
        size = min(int(params["per_page"]), cap or 10**9)
        first = (int(params["page"]) - 1) * size
        return httpx.Response(200, json=gift_card_types(first, max(0, min(size, total - first))))

    return httpx.MockTransport(handle)


def test_a_bare_array_answer_is_the_page() -> None:
    assert paging_of(bare_gift_card_types) == Paging("test_pagination", "per_page", items=(), totals=())
    asked: list[dict[str, str]] = []
    with Altegio("p", user_token="u", rate_limits=(), transport=bare_server(5, asked)) as c:
        types = list(c.iterate(bare_gift_card_types, location_id=1, page_size=2))
    assert [t.id for t in types] == [0, 1, 2, 3, 4]
    assert [(a["page"], a["per_page"]) for a in asked] == [("1", "2"), ("2", "2"), ("3", "2")]


def test_a_bare_array_knows_no_total_so_its_first_short_page_is_the_last() -> None:
    asked: list[dict[str, str]] = []
    with Altegio("p", user_token="u", rate_limits=(), transport=bare_server(5, asked, cap=2)) as c:
        assert len(list(c.iterate(bare_gift_card_types, location_id=1, page_size=4))) == 2
    assert len(asked) == 1


def test_an_object_where_a_list_may_be_is_a_page_of_one() -> None:
    """get_comments answers one comment or a list of them (patch one-object-or-a-list)."""
    item = example_of("get_comments", 200)["data"][0]
    body = {"success": True, "data": {**item, "id": 7}, "meta": []}
    with Altegio(
        "p", user_token="u", rate_limits=(), transport=httpx.MockTransport(lambda _: httpx.Response(200, json=body))
    ) as c:
        comments = list(c.iterate(get_comments.sync_detailed, location_id=1, page_size=2))
    assert [present(comment.id) for comment in comments] == [7]


@dataclass
class Odd:
    data: Any = None


def test_a_page_holding_no_list_raises_decode_error() -> None:
    pager = Pager(Paging("odd", "count"))
    with pytest.raises(DecodeError, match="odd: the page's data is str, not a list"):
        pager.take(Odd("text"))
    with pytest.raises(DecodeError, match="has no children"):
        Pager(Paging("odd", "count", items=("data", "children"))).take(Odd(Odd()))
    assert Pager(Paging("odd", "count")).take(Odd(UNSET)) == ([], False)


def test_the_size_parameter_may_be_given_under_its_own_name() -> None:
    server = Pages(7, size_param="count")
    items = list(client(server).iterate(get_membership_list.sync_detailed, chain_id=1, count=5, created_after="x"))
    assert len(items) == 7 and server.asked[0]["count"] == "5"


def test_page_and_contradicting_sizes_are_refused() -> None:
    iterate = client(Pages(1)).iterate
    with pytest.raises(TypeError, match="start_page"):
        next(iterate(get_gift_card_type_list.sync_detailed, location_id=1, page=2))
    with pytest.raises(TypeError, match="disagree"):
        next(iterate(get_membership_list.sync_detailed, chain_id=1, count=5, page_size=6, created_after="x"))
    with pytest.raises(ValueError, match="at least 1"):
        next(iterate(get_gift_card_type_list.sync_detailed, location_id=1, page_size=0))


def test_start_page_starts_the_walk_there() -> None:
    server = Pages(23, meta=False)
    types = list(
        client(server).iterate(get_gift_card_type_list.sync_detailed, location_id=1, page_size=10, start_page=2)
    )
    assert [t.id for t in types] == list(range(10, 23))
    assert [a["page"] for a in server.asked] == ["2", "3"]
