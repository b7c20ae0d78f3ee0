"""Every published example must parse into the generated models.

The examples are read from the PUBLISHED ``openapi.yaml`` (the vendor's text, mistakes included),
not from the patched description: they stand for what the server is documented to send. Each one
is served through ``httpx.MockTransport`` with its status and parsed by the real client, so the
runtime's normalisation (envelope wrapped in a list, ``"success": "true"``) and the generated
parsers are exercised together. A failure here means the patches no longer cover the vendor's text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from altegio import (
    Altegio,
    APIError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    UserTokenInvalid,
)
from altegio._tolerance import MONEY_KEYS, TEXT_KEYS
from altegio_client.api.authentication_b2b import authorize_user
from altegio_client.api.subscriptions_certificates import (
    check_memberships_for_event,
    get_client_gift_cards,
    get_client_memberships,
    get_gift_card_type_list,
    get_gift_card_type_list_by_id,
    get_membership_list,
    get_membership_type_list,
    get_membership_type_list_by_id,
    get_user_gift_cards,
    get_user_memberships,
    search_memberships_for_event,
)
from altegio_client.models import (
    AuthRequest,
    AuthResponse,
    CheckMembershipsForEventResponse200,
    GiftCardListResponse,
    GiftCardTypeListResponse,
    MembershipListResponse,
    MembershipTypeListResponse,
    SearchMembershipsForEventResponse200,
)
from altegio_client.types import UNSET
from tests.conftest import present

ROOT = Path(__file__).resolve().parent.parent
SPEC: Any = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
BASE_URL = "https://api.alteg.io/api/v1"
BASE_PATH = httpx.URL(BASE_URL).path  # /api/v1
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
PHONE = "+13155550175"
MISSING: Any = object()  # "no example published", as opposed to a published ``example: null``

# operationId -> (generated call, valid arguments, success model). authorize_user goes through login().
CALLS: dict[str, tuple[Callable[..., Any], dict[str, Any], type[Any]]] = {
    "get_client_gift_cards": (
        get_client_gift_cards.sync_detailed,
        {"company_id": 1, "phone": PHONE},
        GiftCardListResponse,
    ),
    "get_user_gift_cards": (get_user_gift_cards.sync_detailed, {"company_id": 1}, GiftCardListResponse),
    "get_client_memberships": (
        get_client_memberships.sync_detailed,
        {"company_id": 1, "phone": PHONE},
        MembershipListResponse,
    ),
    "get_user_memberships": (get_user_memberships.sync_detailed, {"company_id": 1}, MembershipListResponse),
    "get_membership_list": (
        get_membership_list.sync_detailed,
        {
            "chain_id": 123,
            "created_after": "2026-09-01T00:00:00.000-05:00",
            "created_before": "2026-09-30T23:59:59.000-05:00",
        },
        MembershipListResponse,
    ),
    "get_membership_type_list_by_id": (
        get_membership_type_list_by_id.sync_detailed,
        {"location_id": 1, "ids": [12233, 255789]},
        MembershipTypeListResponse,
    ),
    "get_membership_type_list": (
        get_membership_type_list.sync_detailed,
        {"location_id": 1, "title": "Subscription", "page": 1, "page_size": 25},
        MembershipTypeListResponse,
    ),
    "get_gift_card_type_list_by_id": (
        get_gift_card_type_list_by_id.sync_detailed,
        {"location_id": 1, "ids": [1, 11]},
        GiftCardTypeListResponse,
    ),
    "get_gift_card_type_list": (
        get_gift_card_type_list.sync_detailed,
        {"location_id": 1, "page": 1, "page_size": 25},
        GiftCardTypeListResponse,
    ),
    "search_memberships_for_event": (
        search_memberships_for_event.sync_detailed,
        {"location_id": 720441, "client_id": 146915197, "event_id": 12345},
        SearchMembershipsForEventResponse200,
    ),
    "check_memberships_for_event": (
        check_memberships_for_event.sync_detailed,
        {
            "location_id": 720441,
            "client_id": 146915197,
            "membership_id": 5248829,
            "event_id": 12345,
            "schedule_day_ids": "1,2,3,4,5",
        },
        CheckMembershipsForEventResponse200,
    ),
}
# The typed error each documented error status must raise (a user token is sent).
ERRORS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: UserTokenInvalid,
    403: PermissionDeniedError,
    404: NotFoundError,
}


# --- collecting the published examples ----------------------------------------------------------


def resolve(schema: Any) -> Any:
    """Follow ``$ref`` (``#/components/schemas/...``) until a schema that is not a reference."""
    while isinstance(schema, dict) and "$ref" in schema:
        node: Any = SPEC
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
    return schema


def assembled_example(schema: Any) -> Any:
    """The schema's own example, else one built from its properties' (or items') examples."""
    schema = resolve(schema)
    if not isinstance(schema, dict):
        return MISSING
    if "example" in schema:
        return schema["example"]
    if "properties" in schema:
        parts = {name: assembled_example(sub) for name, sub in schema["properties"].items()}
        found = {name: value for name, value in parts.items() if value is not MISSING}
        return found or MISSING
    if "items" in schema:
        item = assembled_example(schema["items"])
        return MISSING if item is MISSING else [item]
    return MISSING


def published_example(media: Any) -> Any:
    """The media type's example, else its (referenced) schema's, else one assembled from properties."""
    if "example" in media:
        return media["example"]
    return assembled_example(media.get("schema", {}))


def operations() -> Iterator[tuple[str, str, str, Any]]:
    """(operationId, method, path, operation) for every operation of the published description."""
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                yield operation["operationId"], method, path, operation


def published_examples() -> Iterator[tuple[str, int, Any]]:
    """(operationId, status, example body) for every documented response that publishes an example."""
    for operation_id, _, _, operation in operations():
        for status, response in operation.get("responses", {}).items():
            if not str(status).isdigit():
                continue
            for media_type, media in response.get("content", {}).items():
                if not media_type.split(";")[0].strip().endswith("json"):
                    continue
                example = published_example(media)
                if example is not MISSING:
                    yield operation_id, int(status), example


EXAMPLES = list(published_examples())


def example_of(operation_id: str, status: int) -> Any:
    found = [example for op, code, example in EXAMPLES if (op, code) == (operation_id, status)]
    assert len(found) == 1, f"{operation_id} {status}: {len(found)} published examples"
    return found[0]


def unwrapped(body: Any) -> Any:
    """The envelope as the client reads it: out of its one-item list, ``success`` as a bool."""
    if isinstance(body, list) and len(body) == 1 and isinstance(body[0], dict) and "success" in body[0]:
        body = body[0]
    if isinstance(body, dict) and isinstance(body.get("success"), str):
        body = {**body, "success": body["success"].strip().lower() in ("true", "1")}
    return body


def meta_message(body: Any) -> str | None:
    meta = body.get("meta") if isinstance(body, dict) else None
    message = meta.get("message") if isinstance(meta, dict) else None
    return message if isinstance(message, str) else None


# --- serving them ---------------------------------------------------------------------------------


def route(operation_id: str) -> tuple[str, re.Pattern[str]]:
    """The method and the full request path (path parameters: any integer) of an operation."""
    for op, method, path, _ in operations():
        if op == operation_id:
            # Two published paths repeat the server's /api/v1 (patch strip-doubled-base-path):
            # the client sends them once, so such a path is already the full path.
            full = path if path.startswith(BASE_PATH + "/") else BASE_PATH + path
            pieces = re.split(r"(\{[^}]+\})", full)
            return method.upper(), re.compile("".join(r"\d+" if p.startswith("{") else re.escape(p) for p in pieces))
    raise AssertionError(f"{operation_id} is not a published operation")


def mock(operation_id: str, status: int, example: Any) -> httpx.MockTransport:
    method, path = route(operation_id)

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.method == method, f"{operation_id}: {request.method} sent, {method} published"
        assert path.fullmatch(request.url.path), f"{operation_id}: {request.url.path} does not match {path.pattern}"
        body = json.dumps(example).encode()
        return httpx.Response(status, content=body, headers={"content-type": "application/json"})

    return httpx.MockTransport(handler)


def same_scalar(published: Any, parsed: Any) -> bool:
    if type(published) is not type(parsed):
        return False
    if published == parsed:
        return True
    if isinstance(published, str):  # a date-time comes back as isoformat(): same instant, same offset
        try:
            before, after = datetime.fromisoformat(published), datetime.fromisoformat(parsed)
        except ValueError:
            return False
        return (before, before.utcoffset()) == (after, after.utcoffset())
    return False


def assert_round_trips(published: Any, parsed: Any, where: str = "body") -> None:
    """Every key of the published example is in ``to_dict()``; lists keep their length; values stay.

    Values stay as published except the two coercions of the runtime: money becomes Decimal
    (outside JSON:API attributes, where balance counts visits) and codes become text.
    """
    if isinstance(published, dict):
        assert isinstance(parsed, dict), f"{where}: {parsed!r} is not an object"
        missing = sorted(set(published) - set(parsed))
        assert not missing, f"{where}: {missing} lost in parsing"
        for key, value in published.items():
            here = f"{where}.{key}"
            if key in MONEY_KEYS and ".attributes" not in where and isinstance(value, (int, float, str)):
                assert isinstance(parsed[key], Decimal) and parsed[key] == Decimal(str(value)), here
            elif key in TEXT_KEYS and isinstance(value, int):
                assert parsed[key] == str(value), here
            else:
                assert_round_trips(value, parsed[key], here)
    elif isinstance(published, list):
        assert isinstance(parsed, list), f"{where}: {parsed!r} is not a list"
        assert len(parsed) == len(published), f"{where}: {len(parsed)} items, {len(published)} published"
        for index, (value, back) in enumerate(zip(published, parsed, strict=True)):
            assert_round_trips(value, back, f"{where}[{index}]")
    else:
        assert same_scalar(published, parsed), f"{where}: published {published!r}, parsed {parsed!r}"


# --- the parametrized test --------------------------------------------------------------------------


def check_success(operation_id: str, example: Any, transport: httpx.MockTransport) -> None:
    body = unwrapped(example)
    if operation_id == "authorize_user":
        with Altegio("p", base_url=BASE_URL, rate_limits=(), transport=transport) as partner:
            answer: Any = partner.call(authorize_user.sync_detailed, body=AuthRequest("a@b.c", "pw"))
            user = partner.login("a@b.c", "pw")
        assert user.has_user_token
        assert user.user is not None
        assert (user.user.id, user.user.name) == (123456, "James Smith")
        model: type[Any] = AuthResponse
    else:
        operation, arguments, model = CALLS[operation_id]
        with Altegio("p", user_token="u", base_url=BASE_URL, rate_limits=(), transport=transport) as client:
            answer = client.call(operation, **arguments)
    assert isinstance(answer, model), f"{operation_id}: {type(answer).__name__}, not {model.__name__}"
    parsed = answer.to_dict()
    assert set(body) <= set(parsed), f"{operation_id}: {sorted(set(body) - set(parsed))} lost"
    if isinstance(body.get("data"), list):
        assert len(parsed["data"]) == len(body["data"])
    assert_round_trips(body, parsed)


def send(operation_id: str, transport: httpx.MockTransport) -> None:
    """Call the operation as a user would: login() for POST /auth, else with a user token."""
    if operation_id == "authorize_user":
        with Altegio("p", base_url=BASE_URL, rate_limits=(), transport=transport) as partner:
            partner.login("a@b.c", "pw")
    else:
        operation, arguments, _ = CALLS[operation_id]
        with Altegio("p", user_token="u", base_url=BASE_URL, rate_limits=(), transport=transport) as client:
            client.call(operation, **arguments)


def check_error(operation_id: str, status: int, example: Any, transport: httpx.MockTransport) -> None:
    assert status in ERRORS, f"{operation_id} documents {status}: say which error it must raise"
    with pytest.raises(APIError) as caught:
        send(operation_id, transport)
    error = caught.value
    # POST /auth is signed with the partner token alone: a 401 there is not a stale user token.
    expected = AuthenticationError if (operation_id, status) == ("authorize_user", 401) else ERRORS[status]
    assert type(error) is expected, f"{operation_id} {status}: {type(error).__name__}, not {expected.__name__}"
    assert error.status == status
    assert error.body == unwrapped(example)
    message = meta_message(unwrapped(example))
    assert error.message == message
    if isinstance(error, UserTokenInvalid):
        assert "log in again" in str(error)


@pytest.mark.parametrize(
    ("operation_id", "status", "example"),
    [pytest.param(op, status, example, id=f"{op}-{status}") for op, status, example in EXAMPLES],
)
def test_published_example_parses(operation_id: str, status: int, example: Any) -> None:
    transport = mock(operation_id, status, example)
    if 200 <= status < 300:
        check_success(operation_id, example, transport)
    else:
        check_error(operation_id, status, example, transport)


def test_every_operation_publishes_a_success_example() -> None:
    published = {op for op, *_ in operations()}
    assert len(published) == 12
    assert published == {*CALLS, "authorize_user"}
    assert {op for op, status, _ in EXAMPLES if 200 <= status < 300} == published


# --- the odd published values the patches exist for ------------------------------------------------


@pytest.mark.parametrize("operation_id", ["get_client_gift_cards", "get_user_gift_cards"])
def test_gift_card_number_published_as_integer(operation_id: str) -> None:
    assert example_of(operation_id, 200)["data"][0]["number"] == 888  # published as a number
    operation, arguments, _ = CALLS[operation_id]
    with Altegio(
        "p", user_token="u", base_url=BASE_URL, transport=mock(operation_id, 200, example_of(operation_id, 200))
    ) as client:
        delivered = present(client.call(operation, **arguments).data)[0]
    assert delivered.number == "888"  # and the client delivers text
    assert delivered.balance == Decimal(9000) and isinstance(delivered.balance, Decimal)


@pytest.mark.parametrize("operation_id", ["get_client_memberships", "get_user_memberships"])
def test_membership_type_title_published_as_integer(operation_id: str) -> None:
    published = example_of(operation_id, 200)["data"][0]
    assert (published["number"], published["type"]["title"]) == (788376, 89999)  # numbers where text is declared
    operation, arguments, _ = CALLS[operation_id]
    transport = mock(operation_id, 200, example_of(operation_id, 200))
    with Altegio("p", user_token="u", base_url=BASE_URL, rate_limits=(), transport=transport) as client:
        membership = present(client.call(operation, **arguments).data)[0]
    assert present(membership.type_).title == "89999"
    assert membership.number == "788376"


def test_chain_membership_list_published_in_a_list() -> None:
    published = example_of("get_membership_list", 200)
    assert isinstance(published, list) and len(published) == 1  # the envelope, wrapped
    operation, arguments, _ = CALLS["get_membership_list"]
    transport = mock("get_membership_list", 200, published)
    with Altegio("p", user_token="u", base_url=BASE_URL, rate_limits=(), transport=transport) as client:
        memberships = client.data(operation, **arguments)
    assert [m.id for m in memberships] == [123, 720]
    assert [m.number for m in memberships] == ["123456", "208867"]


def test_gift_card_type_without_expiration_date_is_unset() -> None:
    published = example_of("get_gift_card_type_list", 200)["data"]
    types = present(GiftCardTypeListResponse.from_dict(example_of("get_gift_card_type_list", 200)).data)
    undated = [i for i, item in enumerate(published) if "expiration_date" not in item]
    assert undated, "the published example has no gift card type without expiration_date any more"
    for index in undated:
        assert types[index].expiration_date is UNSET
    card = present(GiftCardListResponse.from_dict(example_of("get_user_gift_cards", 200)).data)[0]
    assert present(card.type_).expiration_date is UNSET


def test_dates_keep_their_offset() -> None:
    card = present(GiftCardListResponse.from_dict(example_of("get_user_gift_cards", 200)).data)[0]
    assert present(card.created_date).utcoffset() == timedelta(hours=-5)
    expires = card.expiration_date
    assert isinstance(expires, datetime) and expires.utcoffset() == timedelta(hours=-5)
    gift_card_type = present(GiftCardTypeListResponse.from_dict(example_of("get_gift_card_type_list", 200)).data)[0]
    type_expires = gift_card_type.expiration_date
    assert isinstance(type_expires, datetime) and type_expires.utcoffset() == timedelta(hours=-5)
    check = CheckMembershipsForEventResponse200.from_dict(example_of("check_memberships_for_event", 200))
    last = present(present(present(check.data).attributes).last_booking_date)
    assert last.utcoffset() == timedelta(0)
    assert (last.year, last.month, last.day, last.hour, last.minute) == (2026, 3, 31, 23, 59)
