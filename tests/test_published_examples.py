"""Every published example must parse into the generated models.

The examples are read from the PUBLISHED ``openapi.yaml`` (the vendor's text, mistakes included),
not from the patched description: they stand for what the server is documented to send. Each one
is served through ``httpx.MockTransport`` with its status and parsed by the real client, so the
runtime's normalisation (envelope wrapped in a list, ``"success": "true"``) and the generated
parsers are exercised together. A failure here means the patches no longer cover the vendor's text.

The operations, their arguments and success models come from one table, ``tests.operations``.
Success answers may be the ``{success, data, meta}`` envelope, a bare object or a bare array; an
answer with no documented body (204, set_balance) must make the call return None.
"""

from __future__ import annotations

import functools
import json
import re
import sys
import types
import typing
from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

import altegio_client.models
from altegio import (
    Altegio,
    APIError,
    AsyncAltegio,
    AuthenticationError,
    UserTokenInvalid,
    ValidationError,
)
from altegio._tolerance import MONEY_KEYS
from altegio_client.models import CheckMembershipsForEventResponse200, GiftCardListResponse, GiftCardTypeListResponse
from altegio_client.types import UNSET, File, Unset
from tests.answers import ERRORS, assert_round_trips, field_errors_published, meta_message, same_scalar, unwrapped
from tests.conftest import present
from tests.operations import (
    ARGUMENTS,
    MISSING,
    OPERATIONS,
    PATCHED,
    PUBLISHED,
    Operation,
    body_for,
    completed,
    published_example,
    request_example,
    resolve,
    spec_operations,
)

ROOT = Path(__file__).resolve().parent.parent
SPEC: Any = PUBLISHED
BASE_URL = "https://api.alteg.io/api/v1"
BASE_PATH = httpx.URL(BASE_URL).path  # /api/v1

# The eleven user-token operations examples/quickstart.py calls (with authorize_user, via login()).
# Only tests/test_quickstart_faults.py uses this name; every operation is in tests.operations.OPERATIONS.
CALLS: dict[str, Operation] = {
    op: OPERATIONS[op]
    for op in (
        "get_client_gift_cards",
        "get_user_gift_cards",
        "get_client_memberships",
        "get_user_memberships",
        "get_membership_list",
        "get_membership_type_list_by_id",
        "get_membership_type_list",
        "get_gift_card_type_list_by_id",
        "get_gift_card_type_list",
        "search_memberships_for_event",
        "check_memberships_for_event",
    )
}
# Published operations that are not client calls: the request Altegio sends to a fiscal partner
# (patch webhook-contract-out-of-paths). Their examples are checked against the webhook's schemas.
WEBHOOKS = {"fiscalize_document"}
# Operations that publish no success example at all: their 2xx answers document no body (204, 202,
# or a 200/201 with a description alone), the receipt is a PDF with an empty example, and
# get_chain_loyalty_transaction_list publishes a schema without any example.
NO_SUCCESS_EXAMPLE = {
    "chain_loyalty_membership_types_archive",
    "chain_loyalty_membership_types_restore",
    "delete_appointment",
    "delete_booking_widget",
    "delete_chain_loyalty_program",
    "delete_client",
    "delete_document",
    "delete_financial_transaction",
    "delete_image",
    "delete_location",
    "delete_product",
    "delete_product_category",
    "delete_service",
    "delete_service_category",
    "delete_team_member",
    "delete_transaction",
    "get_chain_loyalty_transaction_list",
    "get_visit_receipt_pdf",
    "handle_fiscalization_callback",
    "remove_loyalty_card",
    "remove_user_from_location",
    "schedule_team_member_update_deprecated",
    "update_team_member_schedule",
    "update_visit",
}
# Published success examples that parse, but leave a value of another type than the model declares:
# (operationId, status) -> the first such field and its published value. Strict xfails, so a fix shows
# up as XPASS. Empty: the 49 examples that contradicted their own schemas now parse into the declared
# types, by a documented lax coercion (phones and codes as integers -> text, 0/1 and '0'/'1' -> bool,
# numeric text -> int, int -> float, a boolean -> 0/1) or by the patch scalars-as-published (fractions
# in integers, words in numbers, the permission values, the chart's [date-time, value] pairs).
TYPE_MISMATCHES: dict[tuple[str, int], str] = {}


# --- collecting the published examples ----------------------------------------------------------


def published_examples() -> Iterator[tuple[str, int, Any]]:
    """(operationId, status, example body) for every documented JSON answer that publishes an example.

    A response may be a ``$ref`` to ``#/components/responses/...`` (the shared 401/403/404).
    """
    for operation_id, _, _, operation in spec_operations(SPEC):
        for status, response in operation.get("responses", {}).items():
            if not str(status).isdigit():
                continue
            for media_type, media in resolve(SPEC, response).get("content", {}).items():
                if not media_type.split(";")[0].strip().endswith("json"):
                    continue
                example = published_example(SPEC, media)
                if example is not MISSING:
                    yield operation_id, int(status), example


EXAMPLES = list(published_examples())
CLIENT_EXAMPLES = [(op, status, example) for op, status, example in EXAMPLES if op not in WEBHOOKS]


def example_of(operation_id: str, status: int) -> Any:
    found = [example for op, code, example in EXAMPLES if (op, code) == (operation_id, status)]
    assert len(found) == 1, f"{operation_id} {status}: {len(found)} published examples"
    return found[0]


# --- serving them ---------------------------------------------------------------------------------


def route(operation_id: str) -> tuple[str, re.Pattern[str]]:
    """The method and the full request path (path parameters: any value but a slash) of an operation."""
    entry = OPERATIONS[operation_id]
    pieces = re.split(r"(\{[^}]+\})", BASE_PATH + entry.path)
    return entry.method, re.compile("".join(r"[^/]+" if p.startswith("{") else re.escape(p) for p in pieces))


def mock(operation_id: str, status: int, example: Any) -> httpx.MockTransport:
    method, path = route(operation_id)

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.method == method, f"{operation_id}: {request.method} sent, {method} published"
        assert path.fullmatch(request.url.path), f"{operation_id}: {request.url.path} does not match {path.pattern}"
        body = json.dumps(example).encode()
        return httpx.Response(status, content=body, headers={"content-type": "application/json"})

    return httpx.MockTransport(handler)


# --- the parametrized tests -------------------------------------------------------------------------


def parsed_answer(operation_id: str, status: int, answer: Any) -> Any:
    """The answer as JSON-like data (``to_dict()``), after checking it is what the generated parser makes."""
    expected = OPERATIONS[operation_id].answer(status)
    if expected.kind == "none":  # no documented body: whatever was sent, the call answers None
        assert answer is None, f"{operation_id} {status}: {answer!r}, not None"
        return None
    model = expected.model
    assert model is not None
    if expected.kind == "list":  # a bare array
        assert isinstance(answer, list), f"{operation_id} {status}: {type(answer).__name__}, not a list"
        wrong = [type(value).__name__ for value in answer if not isinstance(value, model)]
        assert not wrong, f"{operation_id} {status}: items {wrong}, not {model.__name__}"
        return [value.to_dict() for value in answer]
    assert isinstance(answer, model), f"{operation_id} {status}: {type(answer).__name__}, not {model.__name__}"
    return answer.to_dict()


def client_for(operation_id: str, transport: httpx.BaseTransport) -> Altegio:
    """The client a user would call the operation with: with a user token, except for POST /auth."""
    user_token = None if operation_id == "authorize_user" else "u"
    return Altegio("p", user_token=user_token, base_url=BASE_URL, rate_limits=(), transport=transport)


def check_success(operation_id: str, status: int, example: Any, transport: httpx.MockTransport) -> None:
    entry = OPERATIONS[operation_id]
    with client_for(operation_id, transport) as client:
        answer: Any = client.call(entry.call, **entry.arguments)
        if operation_id == "authorize_user":
            user = client.login("a@b.c", "pw")
            assert user.has_user_token
            assert user.user is not None
            assert (user.user.id, user.user.name) == (123456, "James Smith")
    parsed = parsed_answer(operation_id, status, answer)
    if parsed is not None:
        # Envelope ({success, data, meta}), bare object or bare array alike: every published key,
        # list length and value comes back (unwrapped only touches the envelope's list and flag).
        assert_round_trips(unwrapped(example), parsed)


def send(operation_id: str, transport: httpx.MockTransport) -> None:
    """Call the operation as a user would: login() for POST /auth, else with a user token."""
    with client_for(operation_id, transport) as client:
        if operation_id == "authorize_user":
            client.login("a@b.c", "pw")
        else:
            entry = OPERATIONS[operation_id]
            client.call(entry.call, **entry.arguments)


def check_error(operation_id: str, status: int, example: Any, transport: httpx.MockTransport) -> None:
    assert status in ERRORS, f"{operation_id} documents {status}: say which error it must raise"
    with pytest.raises(APIError) as caught:
        send(operation_id, transport)
    error = caught.value
    # POST /auth is signed with the partner token alone: a 401 there is not a stale user token.
    expected = AuthenticationError if (operation_id, status) == ("authorize_user", 401) else ERRORS[status]
    if status == 400 and field_errors_published(unwrapped(example)):
        expected = ValidationError  # a 400 that names fields is a validation error
    assert type(error) is expected, f"{operation_id} {status}: {type(error).__name__}, not {expected.__name__}"
    assert error.status == status
    assert error.body == unwrapped(example)
    assert error.message == meta_message(unwrapped(example))
    if isinstance(error, UserTokenInvalid):
        assert "log in again" in str(error)


@pytest.mark.parametrize(
    ("operation_id", "status", "example"),
    [pytest.param(op, status, example, id=f"{op}-{status}") for op, status, example in CLIENT_EXAMPLES],
)
def test_published_example_parses(operation_id: str, status: int, example: Any) -> None:
    transport = mock(operation_id, status, example)
    if 200 <= status < 300:
        check_success(operation_id, status, example, transport)
    else:
        check_error(operation_id, status, example, transport)


def test_every_operation_is_in_the_table_or_a_webhook() -> None:
    published = {op for op, *_ in spec_operations(SPEC)}
    assert len(published) == 260
    assert published == set(OPERATIONS) | WEBHOOKS
    assert set(PATCHED["webhooks"]) == WEBHOOKS
    succeeded = {op for op, status, _ in EXAMPLES if 200 <= status < 300}
    assert published - succeeded == NO_SUCCESS_EXAMPLE  # nearly all if the collector went blind


def test_every_documented_status_is_parsed() -> None:
    """Each (operation, status) of the published file has its branch in the generated parser, and a
    JSON answer parses into a model, never into nothing."""
    for operation_id, _, _, operation in spec_operations(PATCHED):
        entry = OPERATIONS[operation_id]
        for status, response in operation["responses"].items():
            assert int(status) in entry.answers, f"{operation_id} {status}: no branch in _parse_response"
            content = resolve(PATCHED, response).get("content", {})
            kind = entry.answer(int(status)).kind
            documented = any("schema" in media or "example" in media for media in content.values())
            if documented and status != "204":
                assert kind != "none", f"{operation_id} {status}: documented {list(content)}, parsed as nothing"


def test_the_table_holds_each_operations_own_functions() -> None:
    for operation_id, entry in OPERATIONS.items():
        assert entry.call.__name__ == "sync_detailed"
        assert entry.call_async.__name__ == "asyncio_detailed"
        assert entry.call.__module__ == entry.call_async.__module__
        assert entry.call.__module__.rpartition(".")[2] == operation_id


@pytest.mark.parametrize(
    ("operation_id", "status", "example"),
    [pytest.param(op, status, example, id=f"{op}-{status}") for op, status, example in CLIENT_EXAMPLES if status < 300],
)
async def test_published_success_parses_through_the_async_client(operation_id: str, status: int, example: Any) -> None:
    entry = OPERATIONS[operation_id]
    user_token = None if operation_id == "authorize_user" else "u"
    transport = mock(operation_id, status, example)
    async with AsyncAltegio("p", user_token=user_token, base_url=BASE_URL, rate_limits=(), transport=transport) as c:
        answer = await c.call(entry.call_async, **entry.arguments)
    parsed = parsed_answer(operation_id, status, answer)
    if parsed is not None:
        assert_round_trips(unwrapped(example), parsed)


@pytest.mark.parametrize(
    "operation_id", sorted(op for op, _, _, o in spec_operations(PATCHED) if request_example(PATCHED, o) is not MISSING)
)
def test_request_bodies_are_the_published_examples(operation_id: str) -> None:
    """The body the table sends is the (patched) published request example, with nothing lost (where
    ``ARGUMENTS`` gives the table another body, the one the model builds from the example)."""
    operation = next(o for op, _, _, o in spec_operations(PATCHED) if op == operation_id)
    schema = next(iter(resolve(PATCHED, operation["requestBody"])["content"].values())).get("schema", {})
    expected = completed(PATCHED, schema, request_example(PATCHED, operation))
    entry = OPERATIONS[operation_id]
    body = entry.arguments["body"]
    if "body" in ARGUMENTS.get(operation_id, {}):
        body = body_for(typing.get_type_hints(entry.call)["body"], expected)
    sent = [item.to_dict() for item in body] if isinstance(body, list) else body.to_dict()
    assert same_body(expected, sent), f"sent {sent!r}"


def same_body(published: Any, sent: Any) -> bool:
    """A request body as the model writes it equals the published one ([] for {} aside; files as bytes)."""
    if isinstance(published, dict) and isinstance(sent, dict):
        return set(published) == set(sent) and all(same_body(v, sent[k]) for k, v in published.items())
    if isinstance(published, list) and isinstance(sent, list):
        return len(published) == len(sent) and all(map(same_body, published, sent))
    if published == [] and sent == {}:
        return True
    if isinstance(sent, File | tuple):
        return True  # an upload: the table's bytes, not the example's text
    return bool(published == sent or same_scalar(published, sent))


def declared_types(model: type[Any]) -> dict[str, Any]:
    """The field annotations of a generated model (their names are imported only for type checkers)."""
    return typing.get_type_hints(model, {**every_model(), **vars(sys.modules[model.__module__])})


@functools.cache
def every_model() -> dict[str, Any]:
    """Every generated model by name (the models package loads them lazily; this loads them all)."""
    return {name: getattr(altegio_client.models, name) for name in altegio_client.models.__all__}


def fits(value: Any, declared: Any) -> bool:
    """Whether a parsed value is of its declared type (an int where float is declared is fine)."""
    origin = typing.get_origin(declared)
    if declared is Any:
        return True
    if origin in (typing.Union, types.UnionType):
        return any(fits(value, member) for member in typing.get_args(declared))
    if origin is typing.Literal:
        return value in typing.get_args(declared)
    if origin is list:
        return isinstance(value, list) and all(fits(item, typing.get_args(declared)[0]) for item in value)
    if origin is dict:
        return isinstance(value, dict)
    if declared is float:
        return type(value) in (int, float)
    if declared is int or declared is type(None):
        return type(value) is declared
    assert isinstance(declared, type), f"say how to check a value against {declared!r}"
    return isinstance(value, declared)


def money_field(name: str, declared: Any) -> bool:
    """A field of the patch money-as-decimal: a money key the models type Any (they deliver Decimal)."""
    return name.removesuffix("_") in MONEY_KEYS and Any in typing.get_args(declared)


def type_mismatches(value: Any, where: str = "") -> list[str]:
    """Every field of a parsed answer, however deep, whose value is not of its declared type."""
    if isinstance(value, list):
        return [found for index, item in enumerate(value) for found in type_mismatches(item, f"{where}/{index}")]
    if not attrs.has(type(value)):
        return []
    found: list[str] = []
    declared = declared_types(type(value))
    for field in attrs.fields(type(value)):
        if field.name == "additional_properties":
            continue
        here = f"{where}/{field.name.removesuffix('_')}"  # type_ is the JSON key type
        held = getattr(value, field.name)
        if not fits(held, declared[field.name]):
            found.append(f"{here}: {held!r} is not {declared[field.name]}")
        elif money_field(field.name, declared[field.name]) and not isinstance(held, Decimal | Unset | None):
            found.append(f"{here}: {held!r} is not Decimal (money)")
        found += type_mismatches(held, here)
    return found


@pytest.mark.parametrize(
    ("operation_id", "status", "example"),
    [
        pytest.param(
            op,
            status,
            example,
            id=f"{op}-{status}",
            marks=[pytest.mark.xfail(strict=True, reason=TYPE_MISMATCHES[op, status])]
            if (op, status) in TYPE_MISMATCHES
            else [],
        )
        for op, status, example in CLIENT_EXAMPLES
        if status < 300 and OPERATIONS[op].answer(status).kind != "none"
    ],
)
def test_published_success_holds_the_declared_types(operation_id: str, status: int, example: Any) -> None:
    entry = OPERATIONS[operation_id]
    with client_for(operation_id, mock(operation_id, status, example)) as client:
        answer = client.call(entry.call, **entry.arguments)
    assert type_mismatches(answer) == []


# --- the odd published values the patches exist for ------------------------------------------------


@pytest.mark.parametrize("operation_id", ["get_client_gift_cards", "get_user_gift_cards"])
def test_gift_card_number_published_as_integer(operation_id: str) -> None:
    assert example_of(operation_id, 200)["data"][0]["number"] == 888  # published as a number
    entry = OPERATIONS[operation_id]
    with Altegio(
        "p", user_token="u", base_url=BASE_URL, transport=mock(operation_id, 200, example_of(operation_id, 200))
    ) as client:
        delivered = present(client.call(entry.call, **entry.arguments).data)[0]
    assert delivered.number == "888"  # and the client delivers text
    assert delivered.balance == Decimal(9000) and isinstance(delivered.balance, Decimal)


@pytest.mark.parametrize("operation_id", ["get_client_memberships", "get_user_memberships"])
def test_membership_type_title_published_as_integer(operation_id: str) -> None:
    published = example_of(operation_id, 200)["data"][0]
    assert (published["number"], published["type"]["title"]) == (788376, 89999)  # numbers where text is declared
    entry = OPERATIONS[operation_id]
    transport = mock(operation_id, 200, example_of(operation_id, 200))
    with Altegio("p", user_token="u", base_url=BASE_URL, rate_limits=(), transport=transport) as client:
        membership = present(client.call(entry.call, **entry.arguments).data)[0]
    assert present(membership.type_).title == "89999"
    assert membership.number == "788376"


def test_chain_membership_list_published_in_a_list() -> None:
    published = example_of("get_membership_list", 200)
    assert isinstance(published, list) and len(published) == 1  # the envelope, wrapped
    entry = OPERATIONS["get_membership_list"]
    transport = mock("get_membership_list", 200, published)
    with Altegio("p", user_token="u", base_url=BASE_URL, rate_limits=(), transport=transport) as client:
        memberships = client.data(entry.call, **entry.arguments)
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
    created = present(card.created_date)
    assert created is not None and created.utcoffset() == timedelta(hours=-5)
    expires = card.expiration_date
    assert isinstance(expires, datetime) and expires.utcoffset() == timedelta(hours=-5)
    gift_card_type = present(GiftCardTypeListResponse.from_dict(example_of("get_gift_card_type_list", 200)).data)[0]
    type_expires = gift_card_type.expiration_date
    assert isinstance(type_expires, datetime) and type_expires.utcoffset() == timedelta(hours=-5)
    check = CheckMembershipsForEventResponse200.from_dict(example_of("check_memberships_for_event", 200))
    last = present(present(present(check.data).attributes).last_booking_date)
    assert last is not None and last.utcoffset() == timedelta(0)
    assert (last.year, last.month, last.day, last.hour, last.minute) == (2026, 3, 31, 23, 59)
