"""Iterating paged lists: stop on a short page, on meta.count, and on a server ignoring page."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from altegio import NO_RETRIES, Altegio, AsyncAltegio
from altegio_client.api.subscriptions_certificates import (
    get_gift_card_type_list,
    get_membership_list,
    get_user_gift_cards,
)


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
