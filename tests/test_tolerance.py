"""What the server sends parses: money as Decimal, codes as text, unknowns kept (wrong types: test_validation)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

from altegio import NO_RETRIES, Altegio
from altegio._tolerance import MONEY_KEYS, to_json_number
from altegio_client.api.subscriptions_certificates import get_user_gift_cards, search_memberships_for_event
from altegio_client.models import GiftCardListMeta
from altegio_spec_patches.patches import MONEY
from tests.conftest import present


def answer(body: Any) -> Altegio:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    return Altegio("p", user_token="u", rate_limits=(), retry=NO_RETRIES, transport=transport)


def card(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": 1,
        "number": "GC-0042",
        "balance": 9000,
        "default_balance": 9000,
        "created_date": "2026-09-21T23:00:00.000-05:00",
        "expiration_date": "2026-09-21T23:00:00.000-05:00",
        "type": {"id": 5, "title": "t", "balance": 9000, "item_type_id": 0, "item_type": {"id": 0, "title": "x"}},
        "status": {"id": 2, "title": "activated"},
    }
    return {**base, **changes}


def gift_cards(*cards: dict[str, Any]) -> list[Any]:
    body = {"success": True, "data": list(cards), "meta": {"count": len(cards)}}
    return answer(body).data(get_user_gift_cards.sync_detailed, company_id=1)


def test_the_runtime_and_the_spec_patch_agree_on_what_money_is() -> None:
    assert set(MONEY) == MONEY_KEYS


@pytest.mark.parametrize(
    ("sent", "expected"),
    [(9000, Decimal(9000)), (9000.5, Decimal("9000.5")), ("9000.00", Decimal("9000.00")), (0.1, Decimal("0.1"))],
)
def test_money_is_decimal_however_it_is_sent(sent: Any, expected: Decimal) -> None:
    parsed = gift_cards(card(balance=sent, default_balance=sent))[0]
    assert isinstance(parsed.balance, Decimal) and parsed.balance == expected
    assert parsed.default_balance == expected
    assert present(parsed.type_).balance == Decimal(9000)


def test_decimal_money_in_a_request_body_is_sent_as_a_json_number() -> None:
    body = {"cost": Decimal("1500"), "items": [{"price": Decimal("9.90")}], "title": "x"}
    assert to_json_number(body) == {"cost": 1500, "items": [{"price": 9.9}], "title": "x"}
    assert type(to_json_number(body)["cost"]) is int


@pytest.mark.parametrize(("sent", "expected"), [(888, "888"), ("GC-0042", "GC-0042"), ("00123", "00123")])
def test_codes_are_text(sent: Any, expected: str) -> None:
    assert gift_cards(card(number=sent))[0].number == expected


def test_unknown_fields_and_codes_and_null_dates_parse() -> None:
    parsed = gift_cards(
        card(
            expiration_date=None,
            surprise={"nested": [1, 2]},
            status={"id": 99, "title": "frozen by a new feature", "color": "blue"},
            type={"id": 5, "item_type_id": 7, "expiration_type_id": 9, "item_type": {"id": 7, "title": "?"}},
        )
    )[0]
    assert parsed.expiration_date is None
    assert parsed["surprise"] == {"nested": [1, 2]}  # unknown fields are kept
    status = present(parsed.status)
    assert status.id == 99 and status["color"] == "blue"
    assert present(parsed.type_).item_type_id == 7


def test_empty_list_with_meta_as_an_empty_array() -> None:
    envelope = answer({"success": True, "data": [], "meta": []}).call(get_user_gift_cards.sync_detailed, company_id=1)
    assert envelope.data == [] and envelope.meta == []
    with_count = answer({"success": True, "data": [], "meta": {"count": 0}})
    meta = with_count.call(get_user_gift_cards.sync_detailed, company_id=1).meta
    assert isinstance(meta, GiftCardListMeta) and meta.count == 0


def test_json_api_balance_counts_visits_and_stays_an_integer() -> None:
    body = {"data": [{"id": "1", "type": "loyalty_abonement", "attributes": {"number": 690348, "balance": 10}}]}
    found = answer(body).call(search_memberships_for_event.sync_detailed, location_id=1, client_id=1, event_id=1)
    attributes = present(present(found.data)[0].attributes)
    assert attributes.balance == 10 and type(attributes.balance) is int
    assert attributes.number == "690348"
