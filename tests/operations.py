"""Every operation of the API, read off the patched description and the generated client.

``OPERATIONS[operation_id]`` holds, for each of the generated operations:

- the generated ``sync_detailed`` and ``asyncio_detailed`` functions, the HTTP method and path;
- keyword arguments the call accepts: the required path and query parameters (the published example
  value where there is one, else a small value of the declared type) and the request body built
  from its generated model, from the published request example (or one assembled from the
  properties' examples);
- what each documented 2xx status parses into, read from the generated ``_parse_response``: a model,
  a bare array of a model, a ``File``, or nothing (a bodiless success, whose call returns None).

Nothing here is spelled out per operation but ``ARGUMENTS``, the values that a published example
does not give or that the table's tests chose (each says why), and ``REFUSALS``, the error status
some operations replay instead of the drawn one. A new operation upstream joins the table by itself.
"""

from __future__ import annotations

import ast
import copy
import datetime as dt
import importlib
import inspect
import io
import pkgutil
import re
import types
import typing
import zlib
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml

import altegio_client.api
from altegio_client.types import File, Unset
from altegio_spec_patches import PATCHES, apply_all
from tests.conftest import DEFAULTS

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED: Any = yaml.load((ROOT / "openapi.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
PATCHED: Any = copy.deepcopy(PUBLISHED)
apply_all(PATCHED, PATCHES)
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
PHONE = "+13155550175"
MISSING: Any = object()  # "no example published", as opposed to a published ``example: null``
IMAGE = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24  # the first bytes of a PNG file

# Values no published example gives, or gives in a form the call cannot take, and the values the
# hand-written cassette tests sent (folded into the table): the test account's ids, phone, login and
# password (scrubbed from cassettes as exact values, so that no secret of a refusal is ever in its text),
# the published ids of what an operation acts on, the optional parameters they tried. A ``body`` is the
# JSON the request must carry: the model is built from it.

# The published update request of a chain's membership type, as the model's constructor writes it.
UPDATED_MEMBERSHIP_TYPE: dict[str, Any] = {
    "title": "Updated Fitness 10-pack",
    "salon_group_id": 1,
    "cost": 550,
    "location_ids": [123, 456],
    "period": 90,
    "period_unit_id": 1,
    "allow_freeze": True,
    "freeze_limit": 30,
    "freeze_limit_unit_id": 1,
    "is_united_balance": False,
    "united_balance_services_count": 10,
    "balance_edit_type_id": 2,
    "online_sale_title": "Updated Fitness Pack",
    "services": {"13160808": 8, "13160809": 4},
    "service_categories": {"13160806": 12},
    # defaults of the generated model (the constructor adds them)
    "service_price_correction": False,
    "is_allow_empty_code": True,
    "is_online_sale_enabled": False,
    "is_archived": False,
}
STATISTICS_PERIOD: dict[str, Any] = {"date_from": "2026-09-01", "date_to": "2026-09-30", "loyalty_program_id": "53591"}
VISIT = {"record_id": 140967944, "visit_id": 118389447}  # the published visit of the visit-loyalty calls
CARD_ID = 9210520  # the published loyalty card
ARGUMENTS: dict[str, dict[str, Any]] = {
    # --- gift cards, memberships, login ---
    # The test account's credentials: the login answer is checked in CHECKS, and no refusal may show them.
    "authorize_user": {"body": {"login": DEFAULTS.login, "password": DEFAULTS.password}},
    # The test account's phone (the published one is a number nobody scrubs by value).
    "get_client_gift_cards": {"phone": DEFAULTS.phone},
    "get_client_memberships": {"phone": DEFAULTS.phone},
    # The optional filter and paging, which the published example leaves out.
    "get_gift_card_type_list": {"title": "certificate", "page": 1, "page_size": 100},
    "get_membership_type_list": {"page": 2, "page_size": 10},
    # The published ids, sent as ids[] (optional: the example names none).
    "get_gift_card_type_list_by_id": {"ids": [1, 11]},
    "get_membership_type_list_by_id": {"ids": [12233, 255789]},
    # The membership list of a chain filters by creation date and ids; the published example has none.
    "get_membership_list": {
        "chain_id": DEFAULTS.chain_id,
        "created_after": "2026-09-01T00:00:00-05:00",
        "abonements_ids": [123, 720],
        "page": 1,
        "count": 25,
    },
    # The test account's location and client (the published ones are a live location's).
    "search_memberships_for_event": {"location_id": DEFAULTS.location_id, "client_id": DEFAULTS.client_id},
    "check_memberships_for_event": {"location_id": DEFAULTS.location_id, "client_id": DEFAULTS.client_id},
    # --- loyalty cards, programs, chain loyalty administration, loyalty payments and analytics ---
    # The test account's phone, in the path ("+" percent-encoded) or in the body (text: patch phone-as-string).
    "get_loyalty_card_list_by_phone": {"phone": DEFAULTS.phone},
    "get_loyalty_card_type_list_for_client": {"location_id": DEFAULTS.location_id, "phone": DEFAULTS.phone},
    "issue_loyalty_card": {
        "body": {"loyalty_card_number": "9090909", "loyalty_card_type_id": "8230", "phone": DEFAULTS.phone}
    },
    "apply_referral_program": {"body": {**VISIT, "referrer_phone": DEFAULTS.phone}},
    # The test account's location (the published path example is another).
    "get_loyalty_card_type_list": {"location_id": DEFAULTS.location_id},
    # The published card, and a manual transaction with its optional title (a top-up, a correction).
    "remove_loyalty_card": {"card_id": CARD_ID},
    "create_loyalty_card_transaction": {
        "location_id": DEFAULTS.location_id,
        "card_id": CARD_ID,
        "body": {"amount": 100.5, "title": "Goodwill top-up"},
    },
    "create_chain_loyalty_card_transaction": {
        "chain_id": DEFAULTS.chain_id,
        "card_id": CARD_ID,
        "body": {"amount": -50, "title": "Correction"},
    },
    # The optional filters: the rules included, one type of program.
    "get_location_loyalty_program_list": {"include": "rules", "type_": "discount_static"},
    # The published visit, card, promotion and product.
    "get_loyalty_transactions_by_visit": {"visit_id": VISIT["visit_id"]},
    "generate_loyalty_code": {"product_id": 27841},
    "apply_loyalty_card_deduction": {"card_id": CARD_ID, "body": {**VISIT, "amount": 100}},
    "cancel_loyalty_card_withdrawal": {"card_id": CARD_ID, "body": VISIT},  # the example gives no visit
    "apply_discount_promotion": {"card_id": CARD_ID, "program_id": 18005, "body": VISIT},
    "cancel_discount_promotion": {"card_id": CARD_ID, "program_id": 18005, "body": VISIT},
    # The test account's chain and membership; the published freeze date, balance and period.
    "chain_loyalty_memberships_freeze": {
        "chain_id": DEFAULTS.chain_id,
        "membership_id": DEFAULTS.membership_id,
        "body": {"freeze_till": "2026-12-31T23:59:59-05:00"},
    },
    # An empty body: the model without a field writes {} (tests/cassette/test_runtime_on_the_wire.py sends none)
    "chain_loyalty_memberships_unfreeze": {
        "chain_id": DEFAULTS.chain_id,
        "membership_id": DEFAULTS.membership_id,
        "body": {},
    },
    # The balance of two services, without the optional united count the example adds.
    "chain_loyalty_memberships_set_balance": {
        "chain_id": DEFAULTS.chain_id,
        "membership_id": DEFAULTS.membership_id,
        "body": {
            "services_balance_count": [{"service_id": 13160808, "balance": 5}, {"service_id": 13160809, "balance": 3}]
        },
    },
    "chain_loyalty_memberships_set_period": {
        "chain_id": DEFAULTS.chain_id,
        "membership_id": DEFAULTS.membership_id,
        "body": {"period": 90, "period_unit_id": 1},
    },
    "chain_loyalty_membership_types_list": {"chain_id": DEFAULTS.chain_id},
    # The published create request without its optional extras, money as Decimal (sent as the JSON
    # numbers 500 and 449.5: CHECKS looks at their types), services as {service_id: visits}.
    "chain_loyalty_membership_types_create": {
        "body": {
            "title": "Fitness 10-pack",
            "salon_group_id": 1,
            "cost": Decimal("500.00"),
            "location_ids": [123, 456],
            "period": 30,
            "period_unit_id": 3,
            "allow_freeze": True,
            "freeze_limit": 14,
            "freeze_limit_unit_id": 1,
            "service_price_correction": True,
            "expiration_type_id": 1,
            "is_allow_empty_code": True,
            "is_united_balance": False,
            "united_balance_services_count": 10,
            "balance_edit_type_id": 2,
            "is_online_sale_enabled": True,
            "online_sale_title": "Fitness Pack - 10 sessions",
            "online_sale_description": "Perfect for beginners. Valid for 3 months.",
            "online_sale_price": Decimal("449.50"),
            "services": {"13160808": 5, "13160809": 3},
            "service_categories": {"13160806": 10},
        }
    },
    # The published update request, with the model's defaults a constructor adds (CHECKS builds it so):
    # the PUT replaces the whole type.
    "chain_loyalty_membership_types_update": {"body": UPDATED_MEMBERSHIP_TYPE},
    # The published membership type (the clone, restore and archive examples name another).
    "chain_loyalty_membership_types_clone": {"loyalty_membership_type_id": 468039},
    "chain_loyalty_membership_types_restore": {"loyalty_membership_type_id": 468039},
    "chain_loyalty_membership_types_archive": {"loyalty_membership_type_id": 468039},
    # The test account's chain, the optional title filter and a second page of 50.
    "chain_loyalty_certificate_types_list": {
        "chain_id": DEFAULTS.chain_id,
        "title": "Gift",
        "page": 2,
        "page_size": 50,
    },
    # The published create request without the date a sale-relative expiration has no use for.
    "chain_loyalty_certificate_types_create": {
        "chain_id": DEFAULTS.chain_id,
        "body": {
            "title": "Gift Certificate 1000",
            "balance": 1000,
            "is_multi": True,
            "item_type_id": 0,
            "is_allow_empty_code": False,
            "category_id": None,
            "balance_edit_type_id": 1,
            "service_ids": [],
            "salon_ids": [720441],
            "expiration": {"type_id": 2, "timeout": 6, "timeout_unit_id": 3},
            "online_sale": {
                "is_enabled": False,
                "title": "Gift Certificate",
                "description": "Perfect gift for any occasion",
                "price": 1000,
            },
        },
    },
    "chain_loyalty_certificate_types_get": {"chain_id": DEFAULTS.chain_id},
    # Face value 1500, valid until a fixed date (the end of 2026), not sold online.
    "chain_loyalty_certificate_types_update": {
        "chain_id": DEFAULTS.chain_id,
        "body": {
            "title": "Gift Certificate 1500",
            "balance": 1500,
            "is_multi": True,
            "item_type_id": 0,
            "is_allow_empty_code": False,
            "balance_edit_type_id": 1,
            "service_ids": [],
            "salon_ids": [720441],
            "expiration": {"type_id": 1, "date": "2026-12-31T23:59:59+00:00"},
            "online_sale": {"is_enabled": False},
        },
    },
    "chain_loyalty_certificate_types_delete": {"chain_id": DEFAULTS.chain_id},
    # The published program (id 34) and the optional include.
    "create_chain_loyalty_program": {"include": "rules"},
    "get_chain_loyalty_program": {"loyalty_program_id": 34, "include": "companies"},
    # A longer expiration, one rule: what an update sends, not the whole program.
    "update_chain_loyalty_program": {
        "loyalty_program_id": 34,
        "body": {
            "title": "Cumulative discount, 12 months",
            "expiration_timeout": 12,
            "expiration_timeout_unit": "month",
            "on_expiration_notification_template": {"type": "none"},
            "rules": [{"parameter": 10, "value": 3.0, "service_id": 0}],
            "company_ids": [49],
        },
    },
    "delete_chain_loyalty_program": {"loyalty_program_id": 34},
    # A period, two transaction types, one location, a page of 50.
    "get_chain_loyalty_transaction_list": {
        "created_after": dt.date(2026, 9, 1),
        "created_before": dt.date(2026, 9, 30),
        "types": ["2", "8"],
        "company_ids": [DEFAULTS.location_id],
        "page": 1,
        "count": 50,
    },
    # The published sale document: a payment from the client's deposit, and a loyalty transaction removed.
    "create_payment_with_loyalty_methods": {
        "document_id": 8201102,
        "body": {"payment": {"method": {"slug": "deposit", "deposit_id": 220}, "amount": 123}},
    },
    "delete_loyalty_payment_transaction": {"document_id": 8201102, "payment_transaction_id": 25042},
    # The loyalty statistics need a period and a program (published as text).
    "get_loyalty_program_revenue_statistics": STATISTICS_PERIOD,
    "get_loyalty_program_team_member_statistics": STATISTICS_PERIOD,
    "get_loyalty_program_client_statistics": STATISTICS_PERIOD,
    # --- the rest of the API ---
    # The upload's entity is published as the text '"master"', quotes included: the value is master.
    "upload_image": {"entity": "master"},
}


@dataclass(frozen=True)
class Answer:
    """What one documented 2xx status parses into."""

    kind: str  # "model", "list" (a bare array of ``model``), "file" or "none"
    model: type[Any] | None = None


@dataclass(frozen=True)
class Operation:
    id: str
    tag: str  # the generated package: altegio_client.api.<tag>
    method: str
    path: str  # as the client sends it, below the base URL
    call: Callable[..., Any]  # sync_detailed
    call_async: Callable[..., Awaitable[Any]]  # asyncio_detailed
    arguments: Mapping[str, Any]
    answers: Mapping[int, Answer]  # every documented status the generated parser reads, errors too
    needs_user_token: bool
    wire: Wire  # the request the arguments must put on the wire
    refusal: int  # the documented error status its refusal replays

    def answer(self, status: int) -> Answer:
        return self.answers[status]

    @property
    def success_statuses(self) -> list[int]:
        return sorted(s for s in self.answers if 200 <= s < 300)


# --- the patched description ------------------------------------------------------------------


def resolve(doc: Any, node: Any) -> Any:
    """A node, or what its local ``$ref`` points at (followed until it is not a reference)."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = doc
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def spec_operations(doc: Any) -> Iterator[tuple[str, str, str, Any]]:
    """(operationId, method, path, operation) of every operation of a description."""
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                yield operation["operationId"], method, path, operation


def assembled_example(doc: Any, schema: Any) -> Any:
    """The schema's own example, else one built from its properties' (or items') examples."""
    schema = resolve(doc, schema)
    if not isinstance(schema, dict):
        return MISSING
    if "example" in schema:
        return schema["example"]
    if "properties" in schema:
        parts = {name: assembled_example(doc, sub) for name, sub in schema["properties"].items()}
        found = {name: value for name, value in parts.items() if value is not MISSING}
        return found or MISSING
    if isinstance(schema.get("items"), dict):
        item = assembled_example(doc, schema["items"])
        return MISSING if item is MISSING else [item]
    return MISSING


def published_example(doc: Any, media: Any) -> Any:
    """The media type's example, else its (referenced) schema's, else one assembled from properties."""
    if "example" in media:
        return media["example"]
    return assembled_example(doc, media.get("schema", {}))


def request_example(doc: Any, operation: Any) -> Any:
    """The published example of an operation's request body, or MISSING."""
    if "requestBody" not in operation:
        return MISSING
    media = next(iter(resolve(doc, operation["requestBody"])["content"].values()))
    return published_example(doc, media)


def _norm(name: str) -> str:
    """The generator's Python names and the wire names, compared: forBooking ~ for_booking, ids[] ~ ids."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


# --- the generated client -------------------------------------------------------------------


@cache
def generated_modules() -> dict[str, types.ModuleType]:
    """operationId -> the generated module that calls it."""
    found = {}
    for tag in pkgutil.iter_modules(altegio_client.api.__path__):
        package = importlib.import_module(f"altegio_client.api.{tag.name}")
        for operation in pkgutil.iter_modules(package.__path__):
            found[operation.name] = importlib.import_module(f"{package.__name__}.{operation.name}")
    return found


def parsed_answers(module: types.ModuleType) -> dict[int, Answer]:
    """Status -> what ``_parse_response`` makes of it, read from the generated source."""
    tree = ast.parse(inspect.getsource(module))
    parse = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_parse_response")
    answers = {}
    for branch in (n for n in parse.body if isinstance(n, ast.If)):
        test = branch.test
        if not (isinstance(test, ast.Compare) and isinstance(test.comparators[0], ast.Constant)):
            continue
        status = int(str(test.comparators[0].value))
        answers[status] = _answer_of(module, branch.body)
    return answers


def _answer_of(module: types.ModuleType, body: list[ast.stmt]) -> Answer:
    source = "\n".join(ast.unparse(statement) for statement in body)
    if re.search(r"= File\(", source):
        return Answer("file")
    model = re.search(r"(\w+)\.from_dict\(", source)
    if model is None:
        return Answer("none")
    kind = "list" if re.search(r"response_\d+ = \[\]", source) else "model"
    return Answer(kind, getattr(module, model.group(1)))


# --- arguments -----------------------------------------------------------------------------------


def _value_for(annotation: Any, name: str, example: Any) -> Any:
    """A value of the declared type: the published example when it is one, else a small one."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        annotation = next(a for a in args if a not in (Unset, type(None)))
        return _value_for(annotation, name, example)
    if origin is typing.Literal:
        return example if example in args else args[0]
    if origin is list:
        items = example if isinstance(example, list) else [MISSING]
        return [_value_for(args[0], name, item) for item in items]
    if annotation is int:
        return example if type(example) is int else 1
    if annotation is float:
        return example if type(example) in (int, float) else 1
    if annotation is bool:
        return example if isinstance(example, bool) else True
    if annotation is dt.date:
        try:
            return dt.date.fromisoformat(str(example))
        except ValueError:
            return dt.date(2026, 9, 21)
    if annotation is dt.datetime:
        try:
            return dt.datetime.fromisoformat(str(example))
        except ValueError:
            return dt.datetime(2026, 9, 21, 10, 0, tzinfo=dt.UTC)
    if annotation is str:
        if "phone" in name:
            return PHONE
        return str(example) if isinstance(example, str | int | float) and not isinstance(example, bool) else "1"
    raise AssertionError(f"say how to make a value of {annotation!r} for {name}")


SMALL: dict[str, Any] = {"integer": 1, "number": 1, "string": "1", "boolean": True, "array": [], "object": {}}


def completed(doc: Any, schema: Any, example: Any) -> Any:
    """The example with every required property it leaves out added (its own example, else a small value),
    and its scalars in the declared types (the request examples send phones, cards and goods' amounts as
    numbers where the schema declares text, which the server and the mock read as text; date-times as
    the model writes them)."""
    schema = resolve(doc, schema)
    if isinstance(example, list) and isinstance(schema.get("items"), dict):
        return [completed(doc, schema["items"], item) for item in example]
    if not isinstance(schema.get("properties"), dict) or not isinstance(example, dict | None):
        return conformed(schema, example)
    data = dict(example or {})
    for key, sub in schema["properties"].items():
        sub = resolve(doc, sub)
        if key in data:
            data[key] = completed(doc, sub, data[key])
        elif key in schema.get("required", []):
            kind = sub.get("type", "object")
            own = sub.get("example", sub.get("enum", [MISSING])[0])
            data[key] = completed(
                doc, sub, own if own is not MISSING else SMALL[kind if isinstance(kind, str) else kind[0]]
            )
    return data


def conformed(schema: Any, value: Any) -> Any:
    """A published number where only text is declared, as that text."""
    kinds = schema.get("type") if isinstance(schema, dict) else None
    kinds = [kinds] if isinstance(kinds, str) else list(kinds or [])
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if number and "string" in kinds and not {"integer", "number"} & set(kinds):
        return str(value)
    if schema.get("format") == "date-time" and isinstance(value, str):
        return dt.datetime.fromisoformat(value).isoformat()  # as a datetime writes it: .000 goes
    return value


def body_for(annotation: Any, example: Any) -> Any:
    """The request body of a generated model (or a list of them, or a file) built from its JSON."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a not in (Unset, type(None))]
        for option in options:
            try:
                return body_for(option, example)
            except (KeyError, TypeError, ValueError, AttributeError):
                continue
        raise AssertionError(f"no member of {annotation!r} takes {example!r}")
    if annotation is File:
        return File(payload=io.BytesIO(IMAGE), file_name="photo.png", mime_type="image/png")
    if origin is list:
        return [body_for(args[0], item) for item in (example if isinstance(example, list) else [{}])]
    data = copy.deepcopy(example) if isinstance(example, dict) else {}
    files = _binary_fields(annotation)
    for key in files:
        data[key] = IMAGE
    body = annotation.from_dict(data)
    for key in files:  # from_dict reads bytes without a file name: a file part needs one
        setattr(body, key, File(payload=io.BytesIO(IMAGE), file_name="photo.png", mime_type="image/png"))
    return body


def _binary_fields(model: type[Any]) -> dict[str, Any]:
    """The File fields of a multipart body model (from_dict reads them as bytes)."""
    try:
        hints = typing.get_type_hints(model, vars(importlib.import_module(model.__module__)))
    except NameError:
        return {}
    return {name: hint for name, hint in hints.items() if File in typing.get_args(hint) or hint is File}


def arguments_of(doc: Any, operation_id: str, operation: Any, call: Callable[..., Any]) -> tuple[dict[str, Any], Any]:
    """The call's keyword arguments, and the JSON its body must put on the wire (MISSING: no body).

    A ``body`` in ``ARGUMENTS`` is written as that JSON: the model is built from it.
    """
    hints = typing.get_type_hints(call)
    parameters = [resolve(doc, p) for p in operation.get("parameters", [])]
    overrides = dict(ARGUMENTS.get(operation_id, {}))
    values: dict[str, Any] = {}
    body_json: Any = MISSING
    for name, parameter in inspect.signature(call).parameters.items():
        if name == "client":
            continue
        if name == "body":
            example = overrides.pop("body", request_example(doc, operation))
            if parameter.default is inspect.Parameter.empty or example is not MISSING:
                schema = next(iter(resolve(doc, operation["requestBody"])["content"].values())).get("schema", {})
                body_json = completed(doc, schema, None if example is MISSING else example)
                body_json = {} if body_json is None else body_json  # nothing published: an empty object
                values[name] = body_for(hints[name], body_json)
            continue
        if parameter.default is not inspect.Parameter.empty:
            continue  # optional: the paging and filter tests set them
        published: dict[str, Any] = next(
            (p for p in parameters if _norm(p["name"]) == _norm(name.removesuffix("_"))), {}
        )
        example = published.get("example", published.get("schema", {}).get("example", MISSING))
        values[name] = _value_for(hints[name], name, example)
    return {**values, **overrides}, body_json


# --- the request on the wire ---------------------------------------------------------------------


@dataclass(frozen=True)
class Wire:
    """The request the table's arguments must put on the wire, derived from the description alone."""

    method: str
    path: str  # below the base URL, the path parameters filled in
    query: tuple[tuple[str, str], ...]  # in the published order, a list as repeated names
    json: Any  # the exact JSON body, or MISSING
    parts: tuple[tuple[str, str | None, bytes], ...] | None  # a multipart body: (name, file name, content)
    user_token: bool  # Authorization carries ", User <token>" too


def _text(value: Any) -> str:
    """A parameter value as a query string or a path carries it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(getattr(value, "value", value))


def _argument(arguments: Mapping[str, Any], published_name: str) -> Any:
    """The argument a published parameter name stands for (the generator renames: ids[] ~ ids)."""
    found = [v for k, v in arguments.items() if k != "body" and _norm(k.removesuffix("_")) == _norm(published_name)]
    return found[0] if found else MISSING


def wire_of(doc: Any, method: str, path: str, operation: Any, arguments: Mapping[str, Any], body_json: Any) -> Wire:
    def fill(match: re.Match[str]) -> str:
        value = _argument(arguments, match.group(1))
        assert value is not MISSING, f"no argument for path parameter {match.group(1)}"
        return quote(_text(value), safe="")

    query: list[tuple[str, str]] = []
    for parameter in (resolve(doc, p) for p in operation.get("parameters", [])):
        if parameter["in"] != "query":
            continue
        value = _argument(arguments, parameter["name"])
        if value is MISSING:  # not given: its published default is sent (the generator makes it the default)
            value = parameter.get("schema", {}).get("default", MISSING)
        if value is MISSING or value is None:
            continue
        query += [(parameter["name"], _text(v)) for v in (value if isinstance(value, list) else [value])]
    parts = None
    media = next(iter(resolve(doc, operation["requestBody"])["content"]), "") if "requestBody" in operation else ""
    if media.startswith("multipart/") and isinstance(body_json, dict):
        parts = tuple(
            (key, "photo.png", IMAGE) if key in _FILE_PARTS else (key, None, _text(value).encode())
            for key, value in body_json.items()
        )
        body_json = MISSING
    return Wire(
        method=method.upper(),
        path=re.sub(r"\{([^}]+)\}", fill, path),
        query=tuple(query),
        json=body_json,
        parts=parts,
        user_token=operation.get("security") not in ([], None),
    )


_FILE_PARTS = {"image"}  # the multipart parts published as binary (patch file-upload-as-binary)


# --- the refusal each operation replays --------------------------------------------------------------

# The status some operations replay instead of the drawn one: the hand-written tests folded into the
# table chose those (each keeps its own: a stale user token, a forbidden or unknown thing, a refused
# write), where the draw picks another.
REFUSALS: dict[str, int] = {
    "authorize_user": 401,  # wrong credentials: only the partner token went, not a stale user token
    "get_user_gift_cards": 401,  # a stale user token: "log in again"
    "get_client_memberships": 404,
    "get_membership_type_list_by_id": 403,
    "check_memberships_for_event": 400,  # "Invalid schedule_day_ids"
    "get_loyalty_card_list_by_phone": 403,
    "get_user_loyalty_cards": 401,
    "get_loyalty_card_type_list": 403,
    "create_chain_loyalty_card_transaction": 404,
    "get_loyalty_transactions_by_visit": 404,
    "generate_loyalty_code": 403,  # "Not enough rights"
    "apply_loyalty_card_deduction": 403,
    "cancel_loyalty_card_withdrawal": 401,
    "apply_discount_promotion": 404,
    "chain_loyalty_memberships_freeze": 422,  # "Freeze period exceeds limit", no field errors
    "chain_loyalty_memberships_unfreeze": 400,  # "Subscription is not frozen": a 400 without field errors
    "chain_loyalty_memberships_set_balance": 422,  # "Invalid service ID"
    "chain_loyalty_membership_types_list": 403,  # published as {"success": false}: no message
    "chain_loyalty_membership_types_create": 422,  # published without a message or field errors
    "chain_loyalty_membership_types_delete": 403,
    "chain_loyalty_membership_types_clone": 404,
    "chain_loyalty_membership_types_restore": 422,
    "chain_loyalty_certificate_types_create": 400,  # "An error has occurred": no field errors
    "chain_loyalty_certificate_types_get": 404,
    "chain_loyalty_certificate_types_update": 400,
    "chain_loyalty_certificate_types_delete": 400,  # "Cannot delete certificate type with issued certificates"
    "get_chain_loyalty_notification_template_list": 403,
    "get_loyalty_program_revenue_statistics": 401,
}


def refusal_of(operation_id: str, answers: Mapping[int, Answer]) -> int:
    """The documented error status an operation's refusal replays: REFUSALS, else one of its documented
    4xx drawn by a stable hash of its name (so that the table exercises every error class)."""
    if operation_id in REFUSALS:
        assert REFUSALS[operation_id] in answers, f"{operation_id} does not document {REFUSALS[operation_id]}"
        return REFUSALS[operation_id]
    errors = sorted(s for s in answers if 400 <= s < 500)
    return errors[zlib.crc32(operation_id.encode()) % len(errors)]


# --- the table ----------------------------------------------------------------------------------


def _table() -> dict[str, Operation]:
    modules = generated_modules()
    table, broken = {}, []
    for operation_id, method, path, operation in spec_operations(PATCHED):
        module = modules[operation_id]
        answers = parsed_answers(module)
        try:
            arguments, body_json = arguments_of(PATCHED, operation_id, operation, module.sync_detailed)
        except (KeyError, TypeError, ValueError, AttributeError, AssertionError) as exc:
            broken.append(f"{operation_id}: {type(exc).__name__}: {exc}")
            continue
        table[operation_id] = Operation(
            id=operation_id,
            tag=module.__name__.split(".")[2],
            method=method.upper(),
            path=path,
            call=module.sync_detailed,
            call_async=module.asyncio_detailed,
            arguments=arguments,
            answers=answers,
            needs_user_token=operation.get("security") not in ([], None),
            wire=wire_of(PATCHED, method, path, operation, arguments, body_json),
            refusal=refusal_of(operation_id, answers),
        )
    assert not broken, "no call could be built for:\n" + "\n".join(broken)
    return table


OPERATIONS: dict[str, Operation] = _table()
