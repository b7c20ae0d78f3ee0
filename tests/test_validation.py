"""The models check every declared scalar: a wrong type is a DecodeError naming the field's path, a value
of another JSON type that means the same (a documented lax coercion) becomes the declared type."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from decimal import Decimal
from typing import Any

import httpx
import pytest

from altegio import NO_RETRIES, Altegio, AsyncAltegio, DecodeError
from altegio import _validate as v
from altegio._envelope import _UNREAD, _json_or_unread
from altegio_client.api.subscriptions_certificates import get_user_gift_cards
from altegio_client.models import (
    AppointmentDocumentsItem,
    ChainGiftCardType,
    GiftCard,
    GiftCardListResponse,
    LocationResponseData,
)
from altegio_client.types import UNSET
from tests.conftest import present


def card(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": 1,
        "number": "GC-0042",
        "balance": 9000,
        "default_balance": 9000,
        "type_id": 5,
        "status_id": 2,
        "created_date": "2026-09-21T23:00:00.000-05:00",
        "expiration_date": "2026-12-31T23:59:00+03:00",
        "type": {"id": 5, "title": "t", "balance": 9000, "is_multi": True, "item_type": {"id": 0, "title": "x"}},
        "status": {"id": 2, "title": "activated"},
    }
    return {**base, **changes}


def with_type(**changes: Any) -> dict[str, Any]:
    return card(type={**card()["type"], **changes})


def body_of(*cards: dict[str, Any]) -> bytes:
    return json.dumps({"success": True, "data": list(cards), "meta": {"count": len(cards)}}).encode()


def transport(body: bytes) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, content=body))


def sync_cards(body: bytes) -> list[GiftCard]:
    with Altegio("p", user_token="u", rate_limits=(), retry=NO_RETRIES, transport=transport(body)) as client:
        return client.data(get_user_gift_cards.sync_detailed, company_id=1)


async def async_cards(body: bytes) -> list[GiftCard]:
    async with AsyncAltegio("p", user_token="u", rate_limits=(), retry=NO_RETRIES, transport=transport(body)) as client:
        return await client.data(get_user_gift_cards.asyncio_detailed, company_id=1)


def four_cards_the_last(broken: dict[str, Any]) -> bytes:
    return body_of(card(), card(id=2), card(id=3), broken)


# The wrong acceptances, and more: (the fourth card, the path, the expected type, the JSON type sent).
WRONG = [
    pytest.param(card(id="abc"), "data[3].id", "an integer", "a string", id="id-abc"),
    pytest.param(with_type(is_multi={"x": 1}), "data[3].type.is_multi", "a boolean", "an object", id="is_multi-dict"),
    pytest.param(card(balance="n/a"), "data[3].balance", "a number (money)", "a string", id="money-n/a"),
    pytest.param(card(balance=""), "data[3].balance", "a number (money)", "a string", id="money-empty"),
    pytest.param(card(balance=True), "data[3].balance", "a number (money)", "a boolean", id="money-true"),
    pytest.param(card(balance=[9000]), "data[3].balance", "a number (money)", "an array", id="money-list"),
    pytest.param(card(balance="NaN"), "data[3].balance", "a number (money)", "a string", id="money-nan"),
    pytest.param(with_type(balance="n/a"), "data[3].type.balance", "a number (money)", "a string", id="nested-money"),
    pytest.param(card(number={"code": 1}), "data[3].number", "a string", "an object", id="text-object"),
    pytest.param(card(number=True), "data[3].number", "a string", "a boolean", id="text-bool"),
    pytest.param(card(status_id=1.5), "data[3].status_id", "an integer", "a number", id="int-fraction"),
    pytest.param(card(status_id=None), "data[3].status_id", "an integer", "null", id="int-null"),
    pytest.param(with_type(is_multi=2), "data[3].type.is_multi", "a boolean", "an integer", id="bool-2"),
    pytest.param(with_type(is_multi="yes"), "data[3].type.is_multi", "a boolean", "a string", id="bool-yes"),
    pytest.param(
        card(created_date=20260921), "data[3].created_date", "a date-time (ISO 8601 text)", "an integer", id="dt-int"
    ),
    pytest.param(
        card(created_date="soon"),
        "data[3].created_date",
        "a date-time (ISO 8601)",
        "a string that is not one",
        id="dt-text",
    ),
    pytest.param(card(type=[1, 2]), "data[3].type", "an object", "an array", id="object-list"),
    pytest.param(card(type="t"), "data[3].type", "an object", "a string", id="object-text"),
    pytest.param(card(status={"id": "x"}), "data[3].status.id", "an integer", "a string", id="nested-int"),
    pytest.param(
        with_type(item_type={"id": 0, "title": {}}), "data[3].type.item_type.title", "a string", "an object", id="deep"
    ),
]


@pytest.mark.parametrize(("broken", "path", "expected", "got"), WRONG)
def test_a_wrong_type_is_a_decode_error_with_its_path(
    broken: dict[str, Any], path: str, expected: str, got: str
) -> None:
    body = four_cards_the_last(broken)
    with pytest.raises(DecodeError) as raised:
        sync_cards(body)
    error = raised.value
    assert error.path == path
    assert f"{path}: expected {expected}, got {got}" in str(error)
    assert error.raw_text == body.decode() and error.status == 200
    assert error.operation == "get_user_gift_cards"
    assert "abc" not in str(error) and "n/a" not in str(error) and "yes" not in str(error)  # never the value


@pytest.mark.parametrize(("broken", "path", "expected", "got"), WRONG[:6])
async def test_a_wrong_type_is_a_decode_error_with_its_path_async(
    broken: dict[str, Any], path: str, expected: str, got: str
) -> None:
    body = four_cards_the_last(broken)
    with pytest.raises(DecodeError) as raised:
        await async_cards(body)
    assert raised.value.path == path and raised.value.raw_text == body.decode()
    assert f"{path}: expected {expected}, got {got}" in str(raised.value)


def test_the_data_itself_of_the_wrong_type() -> None:
    with pytest.raises(DecodeError) as raised:
        sync_cards(json.dumps({"success": True, "data": [card(), 7], "meta": []}).encode())
    assert raised.value.path == "data[1]"
    assert "data[1]: expected" in str(raised.value)


def test_a_list_of_the_wrong_type_and_its_items() -> None:
    with pytest.raises(v.Invalid) as raised:
        ChainGiftCardType.from_dict({"id": 1, "service_ids": [1, 2, "x"]})
    assert raised.value.where == "service_ids[2]" and raised.value.expected == "an integer"
    with pytest.raises(v.Invalid) as raised:
        ChainGiftCardType.from_dict({"id": 1, "salon_ids": {"1": 1}})
    assert raised.value.where == "salon_ids" and raised.value.expected == "an array"
    assert ChainGiftCardType.from_dict({"service_ids": ["3", 4, 5.0]}).service_ids == [3, 4, 5]


# --- lax coercions: (field, sent, delivered); each one in README's "Tolerated" list -------------------

LAX = [
    ("id", "42", 42),
    ("id", " 42 ", 42),
    ("id", 42.0, 42),
    ("id", True, 1),
    ("number", 888, "888"),
    ("number", 4.5, "4.5"),
    ("balance", 9000, Decimal(9000)),
    ("balance", 9000.5, Decimal("9000.5")),
    ("balance", 0.1, Decimal("0.1")),
    ("balance", "9000.00", Decimal("9000.00")),
    ("balance", None, None),
    ("expiration_date", None, None),
]


@pytest.mark.parametrize(("field", "sent", "delivered"), LAX)
def test_a_lax_coercion_delivers_the_declared_type(field: str, sent: Any, delivered: Any) -> None:
    parsed = sync_cards(body_of(card(**{field: sent})))[0]
    value = getattr(parsed, field)
    assert value == delivered and type(value) is type(delivered)


@pytest.mark.parametrize(
    ("sent", "delivered"), [(1, True), (0, False), ("1", True), ("0", False), ("true", True), ("False", False)]
)
def test_a_boolean_sent_as_a_number_or_text(sent: Any, delivered: bool) -> None:
    parsed = sync_cards(body_of(with_type(is_multi=sent, is_allow_empty_code=sent)))[0]
    assert present(parsed.type_).is_multi is delivered and present(parsed.type_).is_allow_empty_code is delivered


@pytest.mark.parametrize(("sent", "delivered"), [("12.56", 12.56), (" 3 ", 3.0), (True, 1.0), (2.5, 2.5)])
def test_a_number_sent_as_text_or_boolean(sent: Any, delivered: float) -> None:
    parsed = AppointmentDocumentsItem.from_dict({"id": 1, "number": sent})
    assert parsed.number == delivered and type(parsed.number) is float


@pytest.mark.parametrize("sent", [3, Decimal("1.5")])
def test_an_integer_or_decimal_in_a_number_field_is_kept(sent: Any) -> None:
    # to typing an int is a float (PEP 484): kept, so a request body sends 3, not 3.0
    parsed = AppointmentDocumentsItem.from_dict({"number": sent})
    assert parsed.number == sent and type(parsed.number) is type(sent)
    assert parsed.to_dict() == {"number": sent}


@pytest.mark.parametrize("sent", ["n/a", "", "inf", [1], {}])
def test_a_number_field_refuses_what_is_no_number(sent: Any) -> None:
    with pytest.raises(v.Invalid) as raised:
        AppointmentDocumentsItem.from_dict({"number": sent})
    assert raised.value.where == "number" and raised.value.expected == "a number"


def test_date_times_keep_their_offsets() -> None:
    parsed = sync_cards(body_of(card()))[0]
    created, expires = parsed.created_date, parsed.expiration_date
    assert isinstance(created, datetime.datetime) and isinstance(expires, datetime.datetime)
    assert created.utcoffset() == datetime.timedelta(hours=-5)
    assert expires.utcoffset() == datetime.timedelta(hours=3)
    assert created == datetime.datetime(2026, 9, 22, 4, 0, tzinfo=datetime.UTC)


def test_unknown_fields_are_kept_in_their_order_and_open_codes_pass() -> None:
    parsed = sync_cards(body_of(card(zeta=[1, {"a": None}], alpha="x", status_id=99, status={"id": 99, "new": 1})))[0]
    assert list(parsed.additional_properties) == ["zeta", "alpha"]
    assert parsed["zeta"] == [1, {"a": None}] and parsed.status_id == 99
    assert present(parsed.status)["new"] == 1
    assert GiftCard.from_dict({}).additional_properties == {} and GiftCard.from_dict({}).id is UNSET


def test_an_empty_array_for_an_object_is_the_empty_object() -> None:
    parsed = sync_cards(body_of(card(type=[], status=[])))[0]
    assert present(parsed.type_).to_dict() == {} and present(parsed.status).to_dict() == {}
    response = GiftCardListResponse.from_dict({"success": True, "data": [], "meta": []})
    assert response.meta == []


def test_from_dict_checks_what_a_caller_builds_too() -> None:
    with pytest.raises(v.Invalid) as raised:
        GiftCard.from_dict({"id": "abc"})
    assert str(raised.value) == "id: expected an integer, got a string" and isinstance(raised.value, TypeError)
    with pytest.raises(v.Invalid) as raised:
        GiftCard.from_dict([1])  # type: ignore[arg-type]
    assert str(raised.value) == "the body: expected an object, got an array"


def test_paths_render_keys_and_indexes() -> None:
    assert v.render_path(("data", 3, "type", "is_multi")) == "data[3].type.is_multi"
    assert v.render_path((0, "id")) == "[0].id"
    assert v.render_path(()) == ""


@pytest.mark.parametrize(
    ("content", "decoded"),
    [
        (b'{"a": [1, 2.5, "x", null, true]}', {"a": [1, 2.5, "x", None, True]}),
        (b'{"big": 123456789012345678901234567890}', {"big": 123456789012345678901234567890}),
        ('{"a": "\u00e9"}'.encode("utf-16"), {"a": "\u00e9"}),  # msgspec reads UTF-8 only: json.loads does the rest
    ],
)
def test_the_decoder_reads_what_json_loads_reads(content: bytes, decoded: Any) -> None:
    assert _json_or_unread(httpx.Response(200, content=content)) == decoded


def test_the_decoder_falls_back_for_what_msgspec_refuses_and_gives_up_on_non_json() -> None:
    assert _json_or_unread(httpx.Response(200, content=b'{"a": 1e400}')) == {"a": float("inf")}
    assert _json_or_unread(httpx.Response(200, content=b"<html>502</html>")) is _UNREAD


@pytest.mark.parametrize(
    "first",
    ["altegio_client.api.clients.get_client", "altegio_client.models.gift_card", "altegio", "altegio._validate"],
)
def test_any_module_imports_first(first: str) -> None:
    # the generated models reach the runtime's checks on first use only: altegio imports models itself
    script = (
        f"import {first}; from altegio_client.models import GiftCard; assert GiftCard.from_dict({{'id': '3'}}).id == 3"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)


@pytest.mark.parametrize(("sent", "ok"), [(True, True), (1, True), ("1", False), ({}, False), (None, False)])
def test_a_union_of_scalars_takes_its_members_only(sent: Any, ok: bool) -> None:
    if ok:
        assert LocationResponseData.from_dict({"push_notification_phone_confirm": sent}).to_dict() == {
            "push_notification_phone_confirm": sent
        }
        return
    with pytest.raises(v.Invalid) as raised:
        LocationResponseData.from_dict({"push_notification_phone_confirm": sent})
    assert str(raised.value).startswith("push_notification_phone_confirm: expected a boolean or an integer, got ")
