"""Full-object PUTs done as read, merge, write: nothing the read returns is reset."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx

from altegio import NO_RETRIES, Altegio, AsyncAltegio
from altegio.loyalty import aupdate_membership_type, update_gift_card_type, update_membership_type

MEMBERSHIP_TYPE = {
    "id": 896,
    "salon_group_id": 279982,
    "title": "Subscription for everything",
    "cost": 1500,
    "period": 3,
    "period_unit_id": 3,
    "allow_freeze": True,
    "freeze_limit": 14,
    "is_united_balance": False,
    "united_balance_services_count": 0,
    "abonements_count": 42,
    "attached_location_ids": [720441, 720442],
    "balance_container": {
        "links": [
            {"count": 5, "service": {"id": 13160808, "title": "Haircut"}},
            {"count": 10, "category": {"id": 13160806, "title": "Nails"}},
        ]
    },
}
GIFT_CARD_TYPE = {
    "id": 11,
    "title": "Certificate 100",
    "balance": "100.00",
    "is_multi": False,
    "item_type_id": 2,
    "balance_edit_type_id": 1,
    "is_allow_empty_code": False,
    "expiration_type_id": 2,
    "expiration_timeout": 6,
    "expiration_timeout_unit_id": 3,
    "online_sale_is_enabled": True,
    "online_sale_title": "Gift",
    "online_sale_price": 95,
    "service_ids": [],
    "salon_ids": [720441],
    "released_total": 12,
}


class Api:
    """Answers the read with ``current`` and the PUT with what it was sent; keeps the requests."""

    def __init__(self, current: dict[str, Any]) -> None:
        self.current = current
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        data = self.current if request.method == "GET" else {**self.current, **json.loads(request.content)}
        return httpx.Response(200, json={"success": True, "data": data, "meta": []})

    def put_body(self) -> Any:
        assert [r.method for r in self.seen] == ["GET", "PUT"]
        return json.loads(self.seen[1].content)


def client(api: Api) -> Altegio:
    return Altegio("p", user_token="u", rate_limits=(), retry=NO_RETRIES, transport=httpx.MockTransport(api))


def test_membership_type_update_keeps_what_was_read_and_applies_the_changes() -> None:
    api = Api(MEMBERSHIP_TYPE)
    updated = update_membership_type(client(api), 279982, 896, title="Gold", cost=Decimal("1750.50"))

    assert api.seen[0].url.path == api.seen[1].url.path == "/api/v1/chain/279982/loyalty/abonement_types/896"
    body = api.put_body()
    assert body["title"] == "Gold" and body["cost"] == 1750.5  # Decimal sent as a JSON number
    assert body["location_ids"] == [720441, 720442]  # read as attached_location_ids
    assert body["services"] == {"13160808": 5} and body["service_categories"] == {"13160806": 10}
    assert (body["period"], body["allow_freeze"], body["freeze_limit"], body["salon_group_id"]) == (3, True, 14, 279982)
    assert "id" not in body and "abonements_count" not in body and "balance_container" not in body
    assert updated.title == "Gold"


def test_gift_card_type_update_rebuilds_the_nested_settings() -> None:
    api = Api(GIFT_CARD_TYPE)
    update_gift_card_type(client(api), 12, 11, title="Certificate 120")

    body = api.put_body()
    assert body["title"] == "Certificate 120" and body["balance"] == 100  # read as "100.00", a Decimal
    assert body["expiration"] == {"type_id": 2, "timeout": 6, "timeout_unit_id": 3}
    assert body["online_sale"] == {"is_enabled": True, "title": "Gift", "price": 95}
    assert (body["item_type_id"], body["salon_ids"], body["service_ids"]) == (2, [720441], [])
    assert "released_total" not in body and "id" not in body


async def test_async_membership_type_update() -> None:
    api = Api(MEMBERSHIP_TYPE)

    async def handle(request: httpx.Request) -> httpx.Response:
        return api(request)

    transport = httpx.MockTransport(handle)
    async with AsyncAltegio("p", user_token="u", rate_limits=(), transport=transport) as c:
        await aupdate_membership_type(c, 279982, 896, period=6)
    assert api.put_body()["period"] == 6 and api.put_body()["title"] == "Subscription for everything"
