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
import yaml

import altegio_client.models
from altegio import (
    Altegio,
    APIError,
    AsyncAltegio,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    UserTokenInvalid,
    ValidationError,
)
from altegio._tolerance import MONEY_KEYS, TEXT_KEYS
from altegio_client.models import CheckMembershipsForEventResponse200, GiftCardListResponse, GiftCardTypeListResponse
from altegio_client.types import UNSET
from tests.conftest import present
from tests.operations import OPERATIONS, Operation

ROOT = Path(__file__).resolve().parent.parent
SPEC: Any = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
BASE_URL = "https://api.alteg.io/api/v1"
BASE_PATH = httpx.URL(BASE_URL).path  # /api/v1
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
MISSING: Any = object()  # "no example published", as opposed to a published ``example: null``

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
# The typed error each documented error status must raise (a user token is sent; no field errors).
ERRORS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: UserTokenInvalid,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: ValidationError,
}
# Operations that publish no success example at all: their 2xx answer documents no body (204) or
# no example (get_chain_loyalty_transaction_list publishes none, for any status).
NO_SUCCESS_EXAMPLE = {
    "remove_loyalty_card",
    "chain_loyalty_membership_types_restore",
    "chain_loyalty_membership_types_archive",
    "delete_chain_loyalty_program",
    "get_chain_loyalty_transaction_list",
}
# Published success examples that parse, but leave a value of another type than the model declares
# (operationId, status) -> where and why. Strict xfails, so a fix shows up as XPASS. None at present:
# generate_loyalty_code's /data/code, published as the integer 1, is text since the runtime's TEXT_KEYS has "code".
TYPE_MISMATCHES: dict[tuple[str, int], str] = {}
# Documented answers that publish no example: 204s, and answers documented by a description alone.
UNPUBLISHED = {
    ("remove_loyalty_card", 204),
    ("chain_loyalty_membership_types_restore", 204),
    ("chain_loyalty_membership_types_archive", 204),
    ("chain_loyalty_certificate_types_delete", 204),
    ("delete_chain_loyalty_program", 204),
    ("create_chain_loyalty_program", 422),
    ("update_chain_loyalty_program", 422),
    ("get_chain_loyalty_transaction_list", 200),
    ("get_chain_loyalty_transaction_list", 422),
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
    """(operationId, status, example body) for every documented response that publishes an example.

    A response may be a ``$ref`` to ``#/components/responses/...`` (the shared 401/403/404).
    """
    for operation_id, _, _, operation in operations():
        for status, response in operation.get("responses", {}).items():
            if not str(status).isdigit():
                continue
            for media_type, media in resolve(response).get("content", {}).items():
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


def request_example(operation_id: str) -> Any:
    """The published example of the operation's JSON request body, or MISSING."""
    for op, _, _, operation in operations():
        if op == operation_id and "requestBody" in operation:
            media = next(iter(resolve(operation["requestBody"])["content"].values()))
            return published_example(media)
    return MISSING


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
    """The method and the full request path (path parameters: any value but a slash) of an operation."""
    for op, method, path, _ in operations():
        if op == operation_id:
            # Two published paths repeat the server's /api/v1 (patch strip-doubled-base-path):
            # the client sends them once, so such a path is already the full path.
            full = path if path.startswith(BASE_PATH + "/") else BASE_PATH + path
            pieces = re.split(r"(\{[^}]+\})", full)
            return method.upper(), re.compile("".join(r"[^/]+" if p.startswith("{") else re.escape(p) for p in pieces))
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


def parsed_answer(operation_id: str, entry: Operation, status: int, answer: Any) -> Any:
    """The answer as JSON-like data (``to_dict()``), after checking it is the documented model."""
    model = entry.model(status)
    if model is None:  # no documented body: whatever was sent, the call answers None
        assert answer is None, f"{operation_id} {status}: {answer!r}, not None"
        return None
    assert isinstance(answer, model), f"{operation_id} {status}: {type(answer).__name__}, not {model.__name__}"
    if model is list:  # a bare array
        item = entry.item
        assert item is not None, f"{operation_id}: say what a list item parses into"
        wrong = [type(value).__name__ for value in answer if not isinstance(value, item)]
        assert not wrong, f"{operation_id} {status}: items {wrong}, not {item.__name__}"
        return [value.to_dict() for value in answer]
    return answer.to_dict()


def check_success(operation_id: str, status: int, example: Any, transport: httpx.MockTransport) -> None:
    entry = OPERATIONS[operation_id]
    if operation_id == "authorize_user":
        with Altegio("p", base_url=BASE_URL, rate_limits=(), transport=transport) as partner:
            answer: Any = partner.call(entry.call, **entry.arguments)
            user = partner.login("a@b.c", "pw")
        assert user.has_user_token
        assert user.user is not None
        assert (user.user.id, user.user.name) == (123456, "James Smith")
    else:
        with Altegio("p", user_token="u", base_url=BASE_URL, rate_limits=(), transport=transport) as client:
            answer = client.call(entry.call, **entry.arguments)
    parsed = parsed_answer(operation_id, entry, status, answer)
    if parsed is not None:
        # Envelope ({success, data, meta}), bare object or bare array alike: every published key,
        # list length and value comes back (unwrapped only touches the envelope's list and flag).
        assert_round_trips(unwrapped(example), parsed)


def send(operation_id: str, transport: httpx.MockTransport) -> None:
    """Call the operation as a user would: login() for POST /auth, else with a user token."""
    if operation_id == "authorize_user":
        with Altegio("p", base_url=BASE_URL, rate_limits=(), transport=transport) as partner:
            partner.login("a@b.c", "pw")
    else:
        entry = OPERATIONS[operation_id]
        with Altegio("p", user_token="u", base_url=BASE_URL, rate_limits=(), transport=transport) as client:
            client.call(entry.call, **entry.arguments)


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
        check_success(operation_id, status, example, transport)
    else:
        check_error(operation_id, status, example, transport)


def test_every_operation_publishes_a_success_example() -> None:
    published = {op for op, *_ in operations()}
    assert len(published) == 58
    assert published == set(OPERATIONS)
    succeeded = {op for op, status, _ in EXAMPLES if 200 <= status < 300}
    assert published - succeeded == NO_SUCCESS_EXAMPLE  # all 58 if the collector went blind
    documented = {
        (op, int(status))
        for op, _, _, operation in operations()
        for status in operation["responses"]
        if status.isdigit()
    }
    assert documented - {(op, status) for op, status, _ in EXAMPLES} == UNPUBLISHED


def test_the_table_holds_each_operations_own_functions() -> None:
    for operation_id, entry in OPERATIONS.items():
        assert entry.call.__name__ == "sync_detailed"
        assert entry.call_async.__name__ == "asyncio_detailed"
        assert entry.call.__module__ == entry.call_async.__module__
        assert entry.call.__module__.rpartition(".")[2] == operation_id


@pytest.mark.parametrize(
    ("operation_id", "status", "example"),
    [pytest.param(op, status, example, id=f"{op}-{status}") for op, status, example in EXAMPLES if status < 300],
)
async def test_published_success_parses_through_the_async_client(operation_id: str, status: int, example: Any) -> None:
    entry = OPERATIONS[operation_id]
    user_token = None if operation_id == "authorize_user" else "u"
    transport = mock(operation_id, status, example)
    async with AsyncAltegio("p", user_token=user_token, base_url=BASE_URL, rate_limits=(), transport=transport) as c:
        answer = await c.call(entry.call_async, **entry.arguments)
    parsed_answer(operation_id, entry, status, answer)


# Where a request body differs from the published request example, by a spec patch.
PATCHED_REQUESTS: dict[str, dict[str, Any]] = {
    "chain_loyalty_membership_types_archive": {"is_archived": "1"},  # archive-flag-as-text (published true)
    "chain_loyalty_membership_types_update": {"services": {}, "service_categories": {}},  # services-as-objects ([])
}


@pytest.mark.parametrize("operation_id", sorted(op for op, *_ in operations() if request_example(op) is not MISSING))
def test_request_bodies_are_the_published_examples(operation_id: str) -> None:
    published = request_example(operation_id)
    patched = PATCHED_REQUESTS.get(operation_id, {})
    assert all(published[key] != value for key, value in patched.items())
    assert OPERATIONS[operation_id].arguments["body"].to_dict() == {**published, **patched}


def declared_types(model: type[Any]) -> dict[str, Any]:
    """The field annotations of a generated model (their names are imported only for type checkers)."""
    return typing.get_type_hints(model, {**vars(altegio_client.models), **vars(sys.modules[model.__module__])})


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
        for op, status, example in EXAMPLES
        if status < 300 and OPERATIONS[op].model(status) is not None
    ],
)
def test_published_success_holds_the_declared_types(operation_id: str, status: int, example: Any) -> None:
    entry = OPERATIONS[operation_id]
    user_token = None if operation_id == "authorize_user" else "u"
    transport = mock(operation_id, status, example)
    with Altegio("p", user_token=user_token, base_url=BASE_URL, rate_limits=(), transport=transport) as client:
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
