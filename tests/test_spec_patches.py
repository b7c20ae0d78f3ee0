"""The spec patches: what the published description gets wrong, what the patches make of it, and
that they stop loudly once upstream changes under them.

``openapi.yaml`` is kept as published, mistakes included; the patches run before generation
(``python -m altegio_spec_patches``) and ``generated/`` is the generator's output from the result.
"""

from __future__ import annotations

import ast
import copy
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from altegio_spec_patches import PATCHES, Patch, PatchTargetGone, Spec, apply_all
from altegio_spec_patches.patches import MONEY
from tests.operations import PUBLISHED, resolve

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
GENERATED = ROOT / "generated" / "altegio_client"
API = GENERATED / "api"
MODELS = GENERATED / "models"

Doc = dict[str, Any]

SCHEMAS = "#/components/schemas"
ERROR_REF = f"{SCHEMAS}/ErrorResponse"
GIFT_CARDS = "loyalty_certificates_response_data_types"
MEMBERSHIPS = "loyalty_abonements_response_data_types"
MEMBERSHIP_TYPES = "loyalty_abonements_type_search_response_data_types"
GIFT_CARD_TYPES = "loyalty_certificate_type_search_response_data_types"
LISTS = (GIFT_CARDS, MEMBERSHIPS, MEMBERSHIP_TYPES, GIFT_CARD_TYPES)
EMPTY_ARRAY = {"type": "array", "items": {}, "maxItems": 0}
OBJECT_OR_EMPTY_ARRAY = {"oneOf": [{"type": "object", "additionalProperties": True}, EMPTY_ARRAY]}

# The published description: 260 operations under 27 tags (a 28th, Notification Settings, is unused).
OPERATION_COUNT = 260
TAGS = {
    "Authentication B2B": 1,
    "Locations": 5,
    "Services": 18,
    "Team Members": 9,
    "Clients": 13,
    "Users & Permissions": 11,
    "Appointments": 15,
    "Events": 13,
    "Schedule & Resources": 18,
    "Products": 13,
    "Inventory": 17,
    "Sales": 4,
    "Payments": 8,
    "Notifications": 8,
    "Online Booking Settings": 8,
    "Analytics & Reports": 10,
    "Tags": 4,
    "Deposits": 5,
    "Loyalty Cards": 10,
    "Subscriptions & Certificates": 11,
    "Loyalty Programs": 8,
    "Salary": 10,
    "Custom Fields": 4,
    "Chain Management": 2,
    "Chain Loyalty Programs": 23,
    "Fiscalization": 5,
    "Utilities": 7,
}
TRANSPORT_HEADERS = {"accept", "content-type", "conetnt-type", "authorization", "authorizarion"}
# (in, name) -> how many operations publish that transport parameter (Content-type is lower case).
TRANSPORT_COUNTS = {
    ("header", "Accept"): 256,
    ("header", "Content-Type"): 229,
    ("header", "Authorization"): 197,
    ("header", "Authorizarion"): 1,
    ("header", "Content-type"): 1,
    ("header", "Conetnt-Type"): 3,
    ("query", "Accept"): 2,
    ("query", "Content-Type"): 2,
    ("query", "Authorization"): 2,
}
QUERY_TRANSPORT = {"get_resource_list", "get_product_category_list"}
MISSPELT_HEADERS = {
    "Authorizarion": ["create_service"],
    "Conetnt-Type": ["delete_service_category", "get_membership_type_list", "handle_fiscalization_callback"],
    "Content-type": ["get_service_category"],
}
# Published with no transport parameter at all, and how many take Accept/Content-Type through $refs.
WITHOUT_HEADERS = {"update_chain_loyalty_program", "delete_chain_loyalty_program"}
WITH_SHARED_HEADERS = 44
# The webhook contract published as a path (patch webhook-contract-out-of-paths).
WEBHOOKS = {"fiscalize_document"}
# What the Authorization texts (or, without one, the published scheme) say needs the partner token only.
PARTNER_ONLY = {
    "authorize_user",
    "deprecated_get_service_category_list",
    "deprecated_get_service_list_by_id",
    "get_event_date_range",
    "get_event_search_filters",
    "get_location_list",
    "get_message_status_list",
    "get_service_category",
    "get_tax_system_list",
    "get_team_member_by_id",
    "get_team_member_list",
    "handle_fiscalization_callback",
    "search_event_dates",
    "search_events",
}
# Where the run stops when upstream fixes one patch's mistake everywhere (None: it does not stop,
# because earlier patches create what the patch then fixes):
UPSTREAM_FIX: dict[str, str | None] = {
    # dropping the Authorization parameters takes away the texts the security patch decides by
    "drop-transport-parameters": "user-token-security",
    # ids[] typed integer upstream: ids-as-array (which makes it an array first) sees its fix
    "whole-number-parameters": "ids-as-array",
    # schemas read off examples include the chain membership list the named patch gives a schema
    "example-only-answers": "chain-membership-list-schema",
    "shared-error-envelope": "chain-membership-list-schema",
    # items everywhere also give the bare metas their items, which the meta patch rewrites
    "items-for-every-array": "meta-object-or-empty-array",
    # the bodies made arrays and the schemas read off examples bring new targets of their own
    "arrays-typed-as-objects": None,
    "integer-ids-in-responses": None,
    "money-as-decimal": None,
}

EVENT_OPERATIONS = ("search_memberships_for_event", "check_memberships_for_event")
# Published with BearerPartner although the server wants the user token as well.
PUBLISHED_PARTNER_ONLY = (
    "get_client_memberships",
    "get_user_memberships",
    "get_membership_list",
    *EVENT_OPERATIONS,
    "get_client_gift_cards",
    "get_user_gift_cards",
    "get_user_loyalty_cards",
    "get_chain_loyalty_card_type_list",
)
# (operation, where) of every phone parameter published as a number.
PHONES = (
    ("get_client_gift_cards", "query"),
    ("get_client_memberships", "query"),
    ("get_loyalty_card_type_list_for_client", "path"),
    ("get_client_account_by_chain_and_phone", "path"),
)
PATCHED_PHONE = {"type": "string", "example": "+13155550175"}
# The operations whose JSON body is published as */*.
STAR_BODIES = {
    "apply_loyalty_card_deduction",
    "apply_referral_program",
    "bulk_create_clients",
    "cancel_discount_promotion",
    "cancel_loyalty_card_withdrawal",
    "create_client",
    "create_client_account_topup_operation",
    "create_event_duplication_strategy",
    "create_inventory_operation",
    "print_fiscal_receipt",
    "unlink_appointment_service_association",
    "update_client",
    "update_document",
    "update_event_duplication_strategy",
    "update_financial_transaction",
    "update_team_member",
    "update_team_member_schedule",
    "update_transaction",
    "update_visit",
}
MEMBERSHIP_TYPE_CREATE = "chain_loyalty_membership_types_create"
MEMBERSHIP_TYPE_UPDATE = "chain_loyalty_membership_types_update"
ARCHIVE = "chain_loyalty_membership_types_archive"
SET_BALANCE = "chain_loyalty_memberships_set_balance"
SERVICE_MAPS = ("services", "service_categories")
PATCHED_ARCHIVE_FLAG = {
    "type": "string",
    "enum": ["1", "0"],
    "description": '"1" archives the type, "0" puts it on sale again.',
}
# Every 204 answer, and those published with a (JSON) body.
NO_CONTENT = {
    "remove_loyalty_card",
    "chain_loyalty_membership_types_delete",
    "chain_loyalty_membership_types_restore",
    ARCHIVE,
    "chain_loyalty_certificate_types_delete",
    "delete_chain_loyalty_program",
}
NO_CONTENT_COUNT = 20
NO_CONTENT_WITH_BODY = {
    "chain_loyalty_membership_types_delete",
    "chain_loyalty_membership_types_restore",
    ARCHIVE,
    "delete_client_comment",
    "delete_timetable_client_schedule",
    "delete_timetable_event_schedule",
    "delete_timetable_schedule_day",
    "remove_service_from_team_member",
}
# Success answers whose meta is an array with no items (72 are arrays of some kind).
BARE_META_PUBLISHED = 19
# Money typed number or integer in success answers: all become Decimal but one JSON:API
# attribute, where balance counts visits left.
MONEY_PUBLISHED = {
    '"number"': 81,
    '"integer"': 13,
    '["string", "null"]': 2,
    '["number", "null"]': 2,
    '"string"': 1,
    "null": 1,
}
MONEY_IN_ATTRIBUTES = {"type": "integer", "description": "Visits left", "example": 10}
# Operations whose only error answers (422 "Validation failed") publish no body.
BODILESS_ERRORS = {"create_chain_loyalty_program", "update_chain_loyalty_program", "get_chain_loyalty_transaction_list"}
PUBLISHED_ERRORS = (
    "401_unauthorized_response",
    "403_forbidden_response",
    "404_not_found_response",
    "response_success_false_object",
    "response_data_null_object",
    "response_meta_error_unauthorized_object",
    "response_meta_error_forbidden_object",
)
SHARED_RESPONSES = ("401_unauthorized", "403_forbidden", "404_not_found")
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


# --- helpers ----------------------------------------------------------------------------


def authorization_text(doc: Doc, operation_id: str) -> str | None:
    """The published Authorization parameter text of an operation (any spelling), if it has one."""
    texts = [
        p.get("description") for (_, name), p in params(doc, operation_id).items() if name.lower().startswith("author")
    ]
    return texts[0] if texts else None


def published() -> Doc:
    """A fresh copy of openapi.yaml as published (tests.operations loaded it once, for every test module)."""
    assert isinstance(PUBLISHED, dict)
    return copy.deepcopy(PUBLISHED)


def patched() -> Doc:
    """A fresh copy of openapi.yaml with every patch applied."""
    doc = published()
    apply_all(doc, PATCHES)
    return doc


def operations(doc: Doc) -> dict[str, tuple[str, Doc]]:
    """operationId -> (path, operation)."""
    found: dict[str, tuple[str, Doc]] = {}
    for path, item in doc["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                assert item[method]["operationId"] not in found, item[method]["operationId"]
                found[item[method]["operationId"]] = (path, item[method])
    return found


def operation(doc: Doc, operation_id: str) -> Doc:
    return operations(doc)[operation_id][1]


def params(doc: Doc, operation_id: str) -> dict[tuple[str, str], Doc]:
    """(in, name) -> parameter of one operation, $refs resolved."""
    found: dict[tuple[str, str], Doc] = {}
    for param in operation(doc, operation_id).get("parameters", []):
        param = resolve(doc, param)
        found[(param["in"], param["name"])] = param
    return found


def json_body(doc: Doc, operation_id: str) -> Doc:
    """The properties of an operation's application/json request body."""
    body = resolve(doc, operation(doc, operation_id)["requestBody"])
    properties: Doc = resolve(doc, body["content"]["application/json"]["schema"])["properties"]
    return properties


def item_properties(doc: Doc, schema: str) -> Doc:
    """The properties of one row of a list envelope."""
    properties: Doc = doc["components"]["schemas"][schema]["properties"]["data"]["items"]["properties"]
    return properties


def success_schemas(doc: Doc) -> list[tuple[str, Doc]]:
    """(where, schema) of every schema node a 2xx answer can contain, each once, $refs followed;
    where is the dotted way in, from the operation."""
    seen: set[int] = set()
    found: list[tuple[str, Doc]] = []
    stack: list[tuple[str, Any]] = [
        (f"{op_id}.{status}", media["schema"])
        for op_id, (_, op) in operations(doc).items()
        for status, response in op["responses"].items()
        if status.startswith("2")
        for media in resolve(doc, response).get("content", {}).values()
        if "schema" in media
    ]
    while stack:
        where, node = stack.pop()
        node = resolve(doc, node)
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, dict):
            found.append((where, node))
            stack.extend((f"{where}.{key}", value) for key, value in node.items() if isinstance(value, dict | list))
        elif isinstance(node, list):
            stack.extend((f"{where}.{i}", value) for i, value in enumerate(node) if isinstance(value, dict | list))
    return found


def success_properties(doc: Doc, keys: set[str] | tuple[str, ...]) -> list[tuple[str, str, Doc]]:
    """(where its object is, key, property) of every property named in keys in a 2xx answer."""
    return [
        (where, key, prop)
        for where, node in success_schemas(doc)
        if isinstance(node.get("properties"), dict)
        for key, prop in node["properties"].items()
        if key in keys
    ]


def is_bare_array(node: Any) -> bool:
    return isinstance(node, dict) and node.get("type") == "array" and "items" not in node


def refs(node: Any) -> list[str]:
    """Every $ref in a document, depth first."""
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [ref for value in node.values() for ref in refs(value)]
    if isinstance(node, list):
        return [ref for value in node for ref in refs(value)]
    return []


def resolves(doc: Doc, ref: str) -> bool:
    node: Any = doc
    for token in ref.removeprefix("#/").split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or token not in node:
            return False
        node = node[token]
    return True


def error_media(doc: Doc) -> list[tuple[str, str, Doc]]:
    """(operationId, status, application/json media) of every 4xx/5xx answer, $refs followed."""
    return [
        (op_id, status, resolve(doc, response)["content"]["application/json"])
        for op_id, (_, op) in operations(doc).items()
        for status, response in op["responses"].items()
        if status.startswith(("4", "5")) and "application/json" in resolve(doc, response).get("content", {})
    ]


def failure(doc: Doc, patches: list[Patch]) -> str:
    """The message apply_all fails with."""
    with pytest.raises(PatchTargetGone) as caught:
        apply_all(doc, patches)
    return str(caught.value)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "altegio_spec_patches", *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)


def generated_files() -> list[Path]:
    return sorted(p for p in GENERATED.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def operation_modules() -> dict[str, Path]:
    """operationId -> its generated module, across every api/* package."""
    modules = {p.stem: p for p in API.glob("*/*.py") if p.stem != "__init__"}
    assert len(modules) == len(list(API.glob("*/[!_]*.py")))  # no operation in two packages
    return modules


def function_parameters(source: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            a = node.args
            names.update(arg.arg for arg in [*a.posonlyargs, *a.args, *a.kwonlyargs])
    return names


def argument_annotations(path: Path, name: str) -> set[str]:
    """The annotations of every function argument called name in one module."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            a = node.args
            for arg in [*a.posonlyargs, *a.args, *a.kwonlyargs]:
                if arg.arg == name and arg.annotation is not None:
                    found.add(ast.unparse(arg.annotation))
    return found


def public_client_annotations(path: Path) -> dict[str, str]:
    """Public function name -> annotation of its ``client`` parameter."""
    found: dict[str, str] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith("_"):
            for arg in node.args.kwonlyargs:
                if arg.arg == "client" and arg.annotation is not None:
                    found[node.name] = ast.unparse(arg.annotation)
    return found


def field_annotation(path: Path, class_name: str, field: str) -> ast.expr:
    """The annotation of one attribute of one generated model class."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            for statement in node.body:
                if (
                    isinstance(statement, ast.AnnAssign)
                    and isinstance(statement.target, ast.Name)
                    and statement.target.id == field
                ):
                    return statement.annotation
    raise AssertionError(f"{path.name}: no {class_name}.{field}")


def imported_from(path: Path, name: str) -> Path:
    """The generated module a model module imports name from (``from ..models.x import name``)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and any(alias.name == name for alias in node.names):
            assert node.level == 2 and node.module, ast.unparse(node)
            return GENERATED.joinpath(*node.module.split(".")).with_suffix(".py")
    raise AssertionError(f"{path.name} does not import {name}")


def literal_values(annotation: ast.expr, path: Path) -> list[Any]:
    """The values of a Literal[...] annotation, or of the Literal alias it names."""
    if isinstance(annotation, ast.Name):
        alias_module = imported_from(path, annotation.id)
        for node in ast.parse(alias_module.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and [ast.unparse(t) for t in node.targets] == [annotation.id]:
                return literal_values(node.value, alias_module)
        raise AssertionError(f"{alias_module.name} does not define {annotation.id}")
    assert isinstance(annotation, ast.Subscript), ast.unparse(annotation)
    assert ast.unparse(annotation.value) in ("Literal", "typing.Literal"), ast.unparse(annotation)
    inner = annotation.slice
    values = inner.elts if isinstance(inner, ast.Tuple) else [inner]
    return [ast.literal_eval(value) for value in values]


def model_path(class_name: str) -> Path:
    """The generated module of a model class: CamelCase -> models/snake_case.py."""
    path = MODELS / (re.sub(r"(?<!^)(?=[A-Z])", "_", class_name).lower() + ".py")
    assert path.is_file(), path
    return path


# --- 1. the published file keeps the published mistakes ---------------------------------


def test_published_operations_and_tags() -> None:
    ops = operations(published())
    assert len(ops) == OPERATION_COUNT
    assert sum(TAGS.values()) == OPERATION_COUNT
    assert Counter(op["tags"][0] for _, op in ops.values()) == TAGS
    assert all(len(op["tags"]) == 1 for _, op in ops.values())
    declared = [tag["name"] for tag in published()["tags"]]
    assert set(declared) - set(TAGS) == {"Notification Settings"}  # declared, used by no operation


def test_published_copmany_id_typo() -> None:
    found = params(published(), "get_client_gift_cards")
    assert ("query", "copmany_id") in found
    assert ("query", "company_id") not in found


def test_published_transport_headers() -> None:
    doc = published()
    ops = operations(doc)
    counts: Counter[tuple[str, str]] = Counter()
    for op_id in ops:
        transport = [key for key in params(doc, op_id) if key[1].lower() in TRANSPORT_HEADERS]
        headers = [key for key in params(doc, op_id) if key[0] == "header"]
        assert set(headers) <= set(transport), op_id  # every header parameter is a transport one
        assert bool(transport) == (op_id not in WITHOUT_HEADERS), op_id
        counts.update(transport)
    assert counts == TRANSPORT_COUNTS
    shared = {
        op_id
        for op_id, (_, op) in ops.items()
        for param in op.get("parameters", [])
        if "$ref" in param and resolve(doc, param)["in"] == "header"
    }
    assert len(shared) == WITH_SHARED_HEADERS
    in_query = {op_id for op_id in ops for where, name in params(doc, op_id) if where == "query" and name == "Accept"}
    assert in_query == QUERY_TRANSPORT


def test_published_conetnt_type_misspelling() -> None:
    doc = published()
    found = {
        spelling: sorted(op_id for op_id in operations(doc) if ("header", spelling) in params(doc, op_id))
        for spelling in MISSPELT_HEADERS
    }
    assert found == MISSPELT_HEADERS


def test_published_authorization_typed_integer() -> None:
    assert params(published(), "get_gift_card_type_list")[("header", "Authorization")]["schema"] == {"type": "integer"}


def test_published_ids_is_a_scalar_number() -> None:
    doc = published()
    assert params(doc, "get_membership_type_list_by_id")[("query", "ids[]")]["schema"] == {"type": "number"}
    assert not any(name.startswith("ids") for _, name in params(doc, "get_gift_card_type_list_by_id"))


def test_published_phone_typed_number() -> None:
    doc = published()
    for op_id, where in PHONES:
        assert params(doc, op_id)[(where, "phone")]["schema"]["type"] == "number", op_id
    # the by-phone twin of the path parameter has it right
    assert params(doc, "get_loyalty_card_list_by_phone")[("path", "phone")]["schema"] == {"type": "string"}


def test_published_ids_and_pages_typed_number() -> None:
    doc = published()
    assert params(doc, "get_client_gift_cards")[("query", "copmany_id")]["schema"]["type"] == "number"
    assert params(doc, "get_membership_type_list")[("query", "page")]["schema"]["type"] == "number"
    assert params(doc, "get_membership_list")[("query", "abonements_ids")]["schema"]["items"] == {"type": "number"}
    assert params(doc, "get_loyalty_card_list_by_client_id")[("path", "client_id")]["schema"] == {"type": "number"}
    shared = doc["components"]["parameters"]
    assert shared["company_id"]["schema"] == {"type": "number"}
    assert shared["chain_id"]["schema"] == {"type": "number"}


def test_published_event_paths_repeat_the_base_path() -> None:
    doc = published()
    assert doc["servers"][0]["url"].endswith("/api/v1")
    doubled = {op_id for op_id, (path, _) in operations(doc).items() if path.startswith("/api/v1/")}
    assert doubled == set(EVENT_OPERATIONS)


def test_published_partner_only_security() -> None:
    doc = published()
    security = Counter(json.dumps(op.get("security")) for _, op in operations(doc).values())
    assert security == {json.dumps([{"BearerPartnerUser": []}]): 235, json.dumps([{"BearerPartner": []}]): 24, "[]": 1}
    texts = {op_id: authorization_text(doc, op_id) for op_id in operations(doc)}
    assert texts["get_user_gift_cards"] == "Bearer partner_token, User user_token"
    assert operation(doc, "get_user_gift_cards")["security"] == [{"BearerPartner": []}]  # contradicted by its text
    assert texts["get_location_list"] == "Bearer partner_token"
    assert texts["get_position_list"] is None  # the shared Accept only: the published scheme stands
    assert operation(doc, "get_position_list")["security"] == [{"BearerPartnerUser": []}]


def test_published_star_request_bodies() -> None:
    doc = published()
    star = {
        op_id for op_id, (_, op) in operations(doc).items() if "*/*" in op.get("requestBody", {}).get("content", {})
    }
    assert star == STAR_BODIES
    for op_id in STAR_BODIES:
        assert list(operation(doc, op_id)["requestBody"]["content"]) == ["*/*"], op_id


def test_published_membership_type_update_takes_id_arrays() -> None:
    doc = published()
    create, update = json_body(doc, MEMBERSHIP_TYPE_CREATE), json_body(doc, MEMBERSHIP_TYPE_UPDATE)
    for key in SERVICE_MAPS:
        assert update[key]["type"] == "array", key
        assert update[key]["items"] == {"type": "integer"}, key
        assert create[key]["type"] == "object", key
        assert create[key]["additionalProperties"] == {"type": "integer"}, key


def test_published_archive_flag_is_a_boolean() -> None:
    flag = json_body(published(), ARCHIVE)["is_archived"]
    assert flag["type"] == "boolean"
    assert "enum" not in flag


def test_published_204_answers_with_a_body() -> None:
    doc = published()
    answers = {op_id: op["responses"]["204"] for op_id, (_, op) in operations(doc).items() if "204" in op["responses"]}
    assert len(answers) == NO_CONTENT_COUNT
    assert set(NO_CONTENT) <= set(answers)
    assert {op_id for op_id, answer in answers.items() if "content" in answer} == NO_CONTENT_WITH_BODY


def test_published_set_balance_200_has_a_body() -> None:
    answer = operation(published(), SET_BALANCE)["responses"]["200"]
    assert answer["description"] == "Balance changed"
    assert answer["content"]["application/json"]["schema"]["type"] == "object"


def test_published_sign_in_documents_201_alone() -> None:
    answers = operation(published(), "authorize_user")["responses"]
    assert sorted(answers) == ["201", "401", "403", "404"]
    assert answers["201"]["content"]["application/json"]["schema"] == {"$ref": f"{SCHEMAS}/auth_response"}


def test_published_meta_arrays_without_items() -> None:
    doc = published()
    metas = success_properties(doc, {"meta"})
    assert len([meta for _, _, meta in metas if is_bare_array(meta)]) == BARE_META_PUBLISHED
    assert len([meta for _, _, meta in metas if isinstance(meta, dict) and meta.get("type") == "array"]) == 72
    set_balance = operation(doc, SET_BALANCE)["responses"]["200"]["content"]["application/json"]["schema"]
    assert is_bare_array(set_balance["properties"]["meta"])
    empty = doc["components"]["schemas"]["response_meta_empty_object"]
    assert empty["type"] == ["object", "array"]


def test_published_money_typed_number_or_integer() -> None:
    doc = published()
    money = success_properties(doc, MONEY)
    assert Counter(json.dumps(prop.get("type")) for _, _, prop in money) == MONEY_PUBLISHED
    assert item_properties(doc, GIFT_CARDS)["balance"] == {
        "type": "number",
        "description": "Balance left on the card",
        "format": "float",
    }
    visits = [prop for where, key, prop in money if where.endswith(".attributes") and key == "balance"]
    assert visits == [MONEY_IN_ATTRIBUTES]


def test_published_response_mistakes() -> None:
    doc = published()
    schemas = doc["components"]["schemas"]
    chain = operation(doc, "get_membership_list")["responses"]
    assert "schema" not in chain["200"]["content"]["application/json"]
    assert "schema" not in chain["400"]["content"]["application/json"]
    assert item_properties(doc, GIFT_CARDS)["expiration_date"]["type"] == "string"
    assert item_properties(doc, MEMBERSHIP_TYPES)["id"]["type"] == "number"
    for name in LISTS:
        assert schemas[name]["properties"]["meta"]["type"] == "object", name
    assert schemas["auth_response"]["properties"]["meta"]["type"] == "array"
    assert set(PUBLISHED_ERRORS) <= set(schemas)
    assert "ErrorResponse" not in schemas
    for name in SHARED_RESPONSES:
        media = doc["components"]["responses"][name]["content"]["application/json"]
        assert media["schema"] == {"$ref": f"{SCHEMAS}/{name}_response"}, name


def test_codes_stay_text() -> None:
    """number and title are left typed string: the models read integers sent there as text (a lax coercion)."""
    assert "codes-may-be-integers" not in [p.name for p in PATCHES]
    for doc in (published(), patched()):
        assert item_properties(doc, GIFT_CARDS)["number"]["type"] == "string"
        assert item_properties(doc, MEMBERSHIPS)["number"]["type"] == "string"
        assert item_properties(doc, MEMBERSHIPS)["type"]["properties"]["title"]["type"] == "string"


def test_scalars_the_examples_contradict() -> None:
    """scalars-as-published: the daily chart pair typed integers, the permission values typed text."""
    pair, old = "analytics_report_overall_chart_daily_row_item", {"type": "integer", "format": "int32"}
    permission = ("user_permission_type", "all_access_value")
    assert published()["components"]["schemas"][pair]["items"] == old
    assert patched()["components"]["schemas"][pair]["items"] == {}
    assert published()["components"]["schemas"][permission[0]]["properties"][permission[1]]["type"] == [
        "string",
        "null",
    ]
    assert "type" not in patched()["components"]["schemas"][permission[0]]["properties"][permission[1]]
    item = "RootTypeForTransactionCompanyidResponseDataTypesDataItem"
    assert ast.unparse(field_annotation(model_path(item), item, "sold_item_type")) == "str | Unset"


# --- 2. all patches applied -------------------------------------------------------------


def test_apply_all_returns_every_patch_name_in_order() -> None:
    assert apply_all(published(), PATCHES) == [p.name for p in PATCHES]


@pytest.mark.parametrize("patch", PATCHES, ids=[p.name for p in PATCHES])
def test_every_patch_has_a_one_line_reason(patch: Patch) -> None:
    assert patch.name and patch.name == patch.name.strip()
    assert patch.reason.strip()
    assert "\n" not in patch.reason


def test_patch_names_are_unique() -> None:
    names = [p.name for p in PATCHES]
    assert len(set(names)) == len(names)


def test_patched_keeps_every_operation() -> None:
    before, after = operations(published()), operations(patched())
    assert set(after) == set(before) - WEBHOOKS
    assert len(after) == OPERATION_COUNT - len(WEBHOOKS)
    assert set(patched()["webhooks"]) == WEBHOOKS


def test_patched_has_no_header_parameters() -> None:
    doc = patched()
    for op_id, (_, op) in operations(doc).items():
        assert not [p for p in op.get("parameters", []) if resolve(doc, p)["in"] == "header"], op_id
        names = {name.lower() for _, name in params(doc, op_id)}
        assert not names & TRANSPORT_HEADERS, op_id  # nor in the query
    assert not {"accept_header", "content_type_header"} & set(doc["components"]["parameters"])
    # every other parameter is still there, but for the renames and the added ids[]
    renamed = {
        ("get_client_gift_cards", ("query", "copmany_id")): ("query", "company_id"),
        ("deprecated_get_client_list", ("query", "location_id")): ("query", "id[]"),
        ("get_product_category_list_by_ids", ("query", "location_id")): ("query", "ids[]"),
    }
    added = {"get_gift_card_type_list_by_id": {("query", "ids[]")}}
    before = published()
    for op_id in operations(doc):
        kept = {
            renamed.get((op_id, key), key) for key in params(before, op_id) if key[1].lower() not in TRANSPORT_HEADERS
        }
        assert set(params(doc, op_id)) == kept | added.get(op_id, set()), op_id


def test_patched_company_id() -> None:
    found = params(patched(), "get_client_gift_cards")
    assert ("query", "copmany_id") not in found
    assert found[("query", "company_id")]["schema"] == {"type": "integer"}
    assert found[("query", "company_id")]["required"] is True


def test_patched_phone_is_a_string() -> None:
    doc = patched()
    for op_id, where in PHONES:
        assert params(doc, op_id)[(where, "phone")]["schema"] == PATCHED_PHONE, op_id


def test_patched_no_parameter_typed_number() -> None:
    doc = patched()
    numbers = set()
    for op_id in operations(doc):
        for key, param in params(doc, op_id).items():
            schema = param.get("schema", {})
            assert schema.get("items", {}).get("type") != "number", (op_id, key)
            if schema.get("type") == "number":
                numbers.add(key[1])
    assert numbers == {"paid_min", "paid_max", "balance_from", "balance_to"}  # amounts, not whole numbers
    shared = doc["components"]["parameters"]
    assert shared["company_id"]["schema"] == {"type": "integer"}
    assert shared["chain_id"]["schema"] == {"type": "integer"}
    assert params(doc, "get_transactions")[("query", "start_date")]["schema"] == {"type": "integer"}  # 20251201


def test_patched_ids_is_an_exploded_integer_array() -> None:
    doc = patched()
    for op_id in ("get_membership_type_list_by_id", "get_gift_card_type_list_by_id"):
        ids = params(doc, op_id)[("query", "ids[]")]
        assert ids["schema"] == {"type": "array", "items": {"type": "integer"}}, op_id
        assert ids["style"] == "form", op_id
        assert ids["explode"] is True, op_id


def test_patched_event_paths_lose_the_base_path() -> None:
    doc = patched()
    assert not [path for path in doc["paths"] if path.startswith("/api/v1")]
    paths = {op_id: path for op_id, (path, _) in operations(doc).items()}
    assert paths["search_memberships_for_event"] == (
        "/company/{location_id}/client/{client_id}/loyalty/abonements/search_for_activity"
    )
    assert paths["check_memberships_for_event"] == (
        "/company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/check_for_activity"
    )


def test_patched_user_token_security() -> None:
    before, after = published(), patched()
    partner_only = {op_id for op_id, (_, op) in operations(after).items() if op["security"] == []}
    assert partner_only == PARTNER_ONLY
    for op_id, (_, op) in operations(after).items():
        text = authorization_text(before, op_id)
        if text is None:  # no Authorization parameter: the published scheme decides
            wanted = operation(before, op_id)["security"] == [{"BearerPartnerUser": []}]
        else:
            wanted = re.search(r"\buser\b", text, re.IGNORECASE) is not None
        assert (op["security"] == [{"BearerPartnerUser": []}]) == wanted, op_id
        assert op["security"] in ([], [{"BearerPartnerUser": []}]), op_id


def test_patched_request_bodies_are_json() -> None:
    before, after = published(), patched()
    for op_id, (_, op) in operations(after).items():
        assert "*/*" not in op.get("requestBody", {}).get("content", {}), op_id
    for op_id in STAR_BODIES:
        content = operation(after, op_id)["requestBody"]["content"]
        published_media = operation(before, op_id)["requestBody"]["content"]["*/*"]
        assert list(content) == ["application/json"], op_id
        media = content["application/json"]
        assert media.get("example", media["schema"].get("example")) == published_media.get(
            "example", published_media["schema"].get("example")
        ), op_id


def test_patched_membership_type_update_takes_service_maps() -> None:
    doc = patched()
    create, update = json_body(doc, MEMBERSHIP_TYPE_CREATE), json_body(doc, MEMBERSHIP_TYPE_UPDATE)
    published_create = json_body(published(), MEMBERSHIP_TYPE_CREATE)
    for key in SERVICE_MAPS:
        assert update[key] == create[key] == published_create[key], key
        assert update[key]["type"] == "object", key
        assert update[key]["additionalProperties"] == {"type": "integer"}, key
        assert update[key] is not create[key], key  # a copy: patching one never edits the other


def test_patched_archive_flag_is_text() -> None:
    doc = patched()
    assert json_body(doc, ARCHIVE)["is_archived"] == PATCHED_ARCHIVE_FLAG
    assert operation(doc, ARCHIVE)["requestBody"]["content"]["application/json"]["schema"]["required"] == [
        "is_archived"
    ]


def test_patched_204_answers_have_no_body() -> None:
    before, after = published(), patched()
    for op_id, (_, op) in operations(after).items():
        if "204" in op["responses"]:
            answer = op["responses"]["204"]
            assert answer == {"description": operation(before, op_id)["responses"]["204"]["description"]}, op_id


def test_patched_set_balance_answers_without_a_body() -> None:
    responses = operation(patched(), SET_BALANCE)["responses"]
    assert responses["200"] == {"description": "Balance changed"}
    assert responses["400"]["content"]["application/json"]["schema"] == {"$ref": ERROR_REF}


def test_patched_sign_in_answers_200_like_201() -> None:
    answers = operation(patched(), "authorize_user")["responses"]
    assert list(answers) == ["200", "201", "401", "403", "404"]
    assert answers["200"] == {"description": "OK", "content": answers["201"]["content"]}
    assert answers["200"]["content"] is not answers["201"]["content"]  # a copy: no YAML alias in the output
    assert answers["200"]["content"]["application/json"]["schema"] == {"$ref": f"{SCHEMAS}/auth_response"}


def test_patched_chain_membership_list_schemas() -> None:
    responses = operation(patched(), "get_membership_list")["responses"]
    assert responses["200"]["content"]["application/json"]["schema"] == {"$ref": f"{SCHEMAS}/{MEMBERSHIPS}"}
    assert responses["400"]["content"]["application/json"]["schema"] == {"$ref": ERROR_REF}


def test_patched_nullable_expiration_dates() -> None:
    doc = patched()
    for date in (
        item_properties(doc, GIFT_CARDS)["expiration_date"],
        item_properties(doc, GIFT_CARDS)["type"]["properties"]["expiration_date"],
        item_properties(doc, GIFT_CARD_TYPES)["expiration_date"],
    ):
        assert date["type"] == ["string", "null"]
        assert date["format"] == "date-time"


def test_patched_type_list_ids_are_integers() -> None:
    doc = patched()
    for schema in (MEMBERSHIP_TYPES, GIFT_CARD_TYPES):
        for key, prop in item_properties(doc, schema).items():
            if key == "id" or key.endswith(("_id", "_count")):
                assert prop["type"] == "integer", (schema, key)
    ids = success_properties(doc, {"id"})
    assert ids
    assert not [where for where, _, prop in ids if prop.get("type") == "number"]


# The chain gift card type's four published copies become one model (shared-chain-gift-card-type):
# after patching, only the get's copy is left to count.
MERGED_COPIES = ("chain_loyalty_certificate_types_list.", "chain_loyalty_certificate_types_create.",
                 "chain_loyalty_certificate_types_update.")  # fmt: skip


def json_answer(doc: Doc, op_id: str, status: str = "200") -> Doc:
    schema: Doc = operation(doc, op_id)["responses"][status]["content"]["application/json"]["schema"]
    return schema


def test_patched_chain_gift_card_type_is_one_model() -> None:
    doc = patched()
    ref = {"$ref": "#/components/schemas/chain_gift_card_type"}
    for op_id in ("chain_loyalty_certificate_types_get", "chain_loyalty_certificate_types_create"):
        assert json_answer(doc, op_id)["properties"]["data"] == ref
    assert json_answer(doc, "chain_loyalty_certificate_types_list")["properties"]["data"]["items"] == ref
    assert json_answer(doc, "chain_loyalty_certificate_types_update")["properties"]["data"] == ref
    shared = doc["components"]["schemas"]["chain_gift_card_type"]
    assert shared["title"] == "ChainGiftCardType"
    assert shared["properties"]["expiration_date"]["format"] == "date-time"  # the update's copy lacked it
    assert (ROOT / "generated/altegio_client/models/chain_gift_card_type.py").exists()


def test_patched_money_is_decimal() -> None:
    after = patched()
    money = success_properties(after, MONEY)
    typed = [(where, key) for where, key, prop in money if prop.get("type") in ("number", "integer")]
    assert typed == [(where, "balance") for where, _, _ in money if where.endswith(".attributes")]  # visits
    assert item_properties(after, GIFT_CARDS)["balance"] == {
        "description": "Balance left on the card (Decimal)",
        "format": "decimal",
    }
    assert after["components"]["schemas"]["loyalty_card"]["properties"]["balance"] == {
        "description": "Balance of the card (Decimal)",
        "format": "decimal",
    }
    # request bodies are left as published
    before = published()
    assert json_body(after, MEMBERSHIP_TYPE_CREATE)["cost"] == json_body(before, MEMBERSHIP_TYPE_CREATE)["cost"]
    assert json_body(after, MEMBERSHIP_TYPE_CREATE)["cost"]["type"] == "number"


def test_patched_meta_is_an_object_or_an_empty_array() -> None:
    doc = patched()
    schemas = doc["components"]["schemas"]
    for name in LISTS:
        obj, empty = schemas[name]["properties"]["meta"]["oneOf"]
        assert obj["type"] == "object", name
        assert empty == EMPTY_ARRAY, name
    assert schemas["auth_response"]["properties"]["meta"] == OBJECT_OR_EMPTY_ARRAY
    assert schemas["response_meta_empty_object"] == OBJECT_OR_EMPTY_ARRAY
    metas = success_properties(doc, {"meta"})
    assert not [where for where, _, meta in metas if isinstance(meta, dict) and meta.get("type") == "array"]


def test_patched_errors_share_one_envelope() -> None:
    doc = patched()
    schemas = doc["components"]["schemas"]
    assert {"ErrorResponse", "ErrorMeta"} <= set(schemas)
    assert not (set(PUBLISHED_ERRORS) - {"response_data_null_object"}) & set(schemas)
    assert f"{SCHEMAS}/response_data_null_object" in refs(doc)  # 200_success_response shares it
    assert f"{SCHEMAS}/response_meta_empty_object" in refs(doc)  # still used by success answers
    answers = error_media(doc)
    assert {op_id for op_id, _, _ in answers} == set(operations(doc)) - BODILESS_ERRORS
    for op_id, status, media in answers:
        assert media["schema"] == {"$ref": ERROR_REF}, (op_id, status)
    shared = doc["components"]["responses"]
    assert set(shared) == set(SHARED_RESPONSES)
    for name in SHARED_RESPONSES:
        assert shared[name]["content"]["application/json"]["schema"] == {"$ref": ERROR_REF}, name
    assert shared["401_unauthorized"]["content"]["application/json"]["example"] == {
        "success": False,
        "data": None,  # published as example: null, kept (a missing example is left out)
        "meta": {"message": "Authentication needed."},
    }


def test_patched_refs_all_resolve() -> None:
    doc = patched()
    found = refs(doc)
    assert ERROR_REF in found
    assert [ref for ref in found if not resolves(doc, ref)] == []


# --- 3. loud failure --------------------------------------------------------------------


@pytest.mark.parametrize("patch", PATCHES, ids=[p.name for p in PATCHES])
def test_reapplying_a_patch_fails_loudly(patch: Patch) -> None:
    """On the patched document every target is already fixed: the patch must refuse to run."""
    doc = patched()
    with pytest.raises(PatchTargetGone):
        patch.apply(Spec(doc))
    assert failure(patched(), [patch]).startswith(f"patch {patch.name!r} ")


@pytest.mark.parametrize("patch", PATCHES, ids=[p.name for p in PATCHES])
def test_one_fix_upstream_stops_the_run_at_its_patch(patch: Patch) -> None:
    """Upstream fixes exactly this mistake (simulated by applying the patch to the published
    file): the full run stops at this patch, not silently. A sweeping fix may take away the evidence
    an earlier patch reads, or leave targets that earlier patches create: UPSTREAM_FIX says where."""
    doc = published()
    patch.apply(Spec(doc))
    stops_at = UPSTREAM_FIX.get(patch.name, patch.name)
    if stops_at is None:
        assert apply_all(doc, PATCHES) == [p.name for p in PATCHES]
    else:
        assert failure(doc, PATCHES).startswith(f"patch {stops_at!r} ")


def test_operation_gone_fails_copmany_id_typo() -> None:
    doc = published()
    del doc["paths"]["/loyalty/certificates"]["get"]
    assert "get_client_gift_cards" not in operations(doc)
    message = failure(doc, PATCHES)
    assert message.startswith("patch 'copmany-id-typo' ")
    assert "get_client_gift_cards" in message


def test_typo_fixed_upstream_fails_copmany_id_typo() -> None:
    doc = published()
    params(doc, "get_client_gift_cards")[("query", "copmany_id")]["name"] = "company_id"
    message = failure(doc, PATCHES)
    assert "copmany-id-typo" in message
    assert "copmany_id" in message


def test_path_phone_fixed_upstream_fails_phone_as_string() -> None:
    doc = published()
    for op_id, where in PHONES:
        params(doc, op_id)[(where, "phone")]["schema"] = {"type": "string"}
    message = failure(doc, PATCHES)
    assert message.startswith("patch 'phone-as-string' ")
    assert "no phone parameter is typed number" in message


def test_another_partner_only_operation_fails_user_token_security() -> None:
    """An operation published with a scheme the patch does not know stops the run."""
    doc = published()
    operation(doc, "issue_loyalty_card")["security"] = [{"bearer": []}]
    message = failure(doc, PATCHES)
    assert message.startswith("patch 'user-token-security' ")
    assert "issue_loyalty_card" in message


def test_operations_without_headers_do_not_stop_the_run() -> None:
    """drop-transport-parameters fails only when no operation has a transport parameter left."""
    doc = published()
    for op_id in operations(doc):
        if op_id != "get_loyalty_card_type_list":
            op = operation(doc, op_id)
            kept = []
            for p in op.get("parameters", []):
                param = resolve(doc, p)
                if param["name"].lower() not in TRANSPORT_HEADERS:
                    kept.append(p)
                elif param["name"].lower() in ("authorization", "authorizarion"):
                    kept.append(p)  # the security patch reads it; it is dropped with the last one
            op["parameters"] = kept
    assert apply_all(doc, PATCHES) == [p.name for p in PATCHES]


def test_published_file_applies_cleanly() -> None:
    """The failures above come from the edits, not from the published file itself."""
    doc = published()
    assert apply_all(doc, PATCHES)
    assert doc != published()


# --- 4. the command writes only its target ----------------------------------------------


def test_cli_leaves_the_published_file_alone(tmp_path: Path) -> None:
    before = SPEC.read_bytes()
    out, out_json = tmp_path / "out.yaml", tmp_path / "out.json"
    result = run_cli("openapi.yaml", str(out), str(out_json))
    assert result.returncode == 0, result.stderr
    assert SPEC.read_bytes() == before
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Generated by altegio_spec_patches from openapi.yaml; do not edit.\n")
    assert yaml.load(text, Loader=yaml.CSafeLoader) == patched()
    # the copy the generator reads says the same as the YAML the lint, the mock and the tests read
    assert json.loads(out_json.read_text(encoding="utf-8")) == patched()
    assert f"{len(PATCHES)} patches applied" in result.stdout


def test_cli_names_the_patch_when_a_target_is_gone(tmp_path: Path) -> None:
    source = SPEC.read_text(encoding="utf-8")
    assert source.count("copmany_id") == 1
    broken = tmp_path / "openapi.yaml"
    broken.write_text(source.replace("copmany_id", "company_id"), encoding="utf-8")
    out = tmp_path / "out.yaml"
    result = run_cli(str(broken), str(out))
    assert result.returncode == 1
    assert "copmany-id-typo" in result.stderr
    assert not out.exists()


# --- 5. generated/ carries none of the mistakes -----------------------------------------


def test_generated_has_one_module_per_operation() -> None:
    modules = operation_modules()
    ops = operations(patched())
    assert set(modules) == set(ops)
    assert len(modules) == OPERATION_COUNT - len(WEBHOOKS)
    for op_id, path in modules.items():
        tag = ops[op_id][1]["tags"][0]
        assert path.parent.name == re.sub(r"[^a-z0-9]+", "_", tag.lower()).strip("_"), op_id


@pytest.mark.parametrize("mistake", ["copmany", "conetnt", "/api/v1/api/v1", '"/api/v1/company'])
def test_generated_has_no_published_mistake(mistake: str) -> None:
    files = generated_files()
    assert len(files) > 20
    hits = [str(p.relative_to(ROOT)) for p in files if mistake in p.read_text(encoding="utf-8").lower()]
    assert hits == []


def test_generated_has_no_transport_header_arguments() -> None:
    names: set[str] = set()
    for path in GENERATED.rglob("*.py"):
        names |= function_parameters(path.read_text(encoding="utf-8"))
    assert {"client", "company_id", "chain_id", "card_id", "phone"} <= names  # the walk sees the arguments
    assert not names & {"authorization", "accept", "content_type", "conetnt_type"}


def test_generated_phone_is_a_string() -> None:
    modules = operation_modules()
    with_phone = {
        op_id for op_id, path in modules.items() if "phone" in function_parameters(path.read_text(encoding="utf-8"))
    }
    assert {op_id for op_id, _ in PHONES} <= with_phone
    for op_id in with_phone:
        assert argument_annotations(modules[op_id], "phone") <= {"str", "str | Unset"}, op_id
        assert "phone: float" not in modules[op_id].read_text(encoding="utf-8"), op_id


def test_generated_ids_is_a_list_of_integers() -> None:
    for op_id in ("get_membership_type_list_by_id", "get_gift_card_type_list_by_id"):
        path = operation_modules()[op_id]
        assert "ids: list[int]" in path.read_text(encoding="utf-8"), op_id
        assert argument_annotations(path, "ids") == {"list[int] | Unset"}, op_id


def test_generated_user_token_operations_need_an_authenticated_client() -> None:
    modules = operation_modules()
    for op_id in PARTNER_ONLY:
        path = modules.pop(op_id)
        assert set(public_client_annotations(path).values()) == {"AuthenticatedClient | Client"}, op_id
    assert len(modules) == OPERATION_COUNT - len(WEBHOOKS) - len(PARTNER_ONLY)
    for op_id, path in modules.items():
        annotations = public_client_annotations(path)
        assert set(annotations) == {"sync", "sync_detailed", "asyncio", "asyncio_detailed"}, op_id
        assert set(annotations.values()) == {"AuthenticatedClient"}, op_id


def test_generated_login_takes_any_client() -> None:
    path = API / "authentication_b2b" / "authorize_user.py"
    assert "client: AuthenticatedClient | Client" in path.read_text(encoding="utf-8")
    assert set(public_client_annotations(path).values()) == {"AuthenticatedClient | Client"}


def test_generated_login_reads_200_and_201() -> None:
    """Needs generated/ made from the patches (make generate) since sign-in-answered-200."""
    source = (API / "authentication_b2b" / "authorize_user.py").read_text(encoding="utf-8")
    for status in (200, 201):
        assert f"response_{status} = AuthResponse.from_dict(response.json())" in source, status


def test_generated_star_body_operations_send_json() -> None:
    modules = operation_modules()
    for op_id in STAR_BODIES:
        source = modules[op_id].read_text(encoding="utf-8")
        assert re.search(r'_kwargs\["json"\] = (body\.to_dict\(\)|\[\])', source), op_id
        assert 'headers["Content-Type"] = "application/json"' in source, op_id


def test_generated_archive_flag_is_text() -> None:
    path = model_path("ChainLoyaltyMembershipTypesArchiveBody")
    annotation = field_annotation(path, "ChainLoyaltyMembershipTypesArchiveBody", "is_archived")
    values = literal_values(annotation, path)
    assert sorted(values) == ["0", "1"]
    assert all(isinstance(value, str) for value in values)


def test_generated_membership_type_update_takes_service_maps() -> None:
    path = model_path("ChainLoyaltyMembershipTypesUpdateBody")
    for field in SERVICE_MAPS:
        annotation = field_annotation(path, "ChainLoyaltyMembershipTypesUpdateBody", field)
        text = ast.unparse(annotation)
        assert "list" not in text, (field, text)
        model = next(part for part in text.split(" | ") if part != "Unset")
        assert model == "ChainLoyaltyMembershipTypesUpdateBody" + field.title().replace("_", ""), (field, text)
        map_annotation = field_annotation(imported_from(path, model), model, "additional_properties")
        assert ast.unparse(map_annotation) == "dict[str, int]", field


def test_generated_bodiless_answers_parse_to_none() -> None:
    modules = operation_modules()
    for op_id in NO_CONTENT:
        source = modules[op_id].read_text(encoding="utf-8")
        assert source.count("response_204 = ") == source.count("response_204 = cast(Any, None)") == 1, op_id
    source = modules[SET_BALANCE].read_text(encoding="utf-8")
    assert source.count("response_200 = ") == source.count("response_200 = cast(Any, None)") == 1
    assert not list(MODELS.glob("chain_loyalty_memberships_set_balance_response*.py"))


def test_security_that_agrees_with_its_text_everywhere_fails_user_token_security() -> None:
    doc = published()
    for op_id, (_, op) in operations(doc).items():
        text = authorization_text(doc, op_id)
        if text is not None and op_id != "authorize_user":
            user = re.search(r"\buser\b", text, re.IGNORECASE) is not None
            op["security"] = [{"BearerPartnerUser": []}] if user else [{"BearerPartner": []}]
    assert failure(doc, PATCHES).startswith("patch 'user-token-security' ")


def test_generated_signatures_take_no_transport_or_token_argument() -> None:
    names: set[str] = set()
    for path in operation_modules().values():
        names |= function_parameters(path.read_text(encoding="utf-8"))
    assert {"client", "body", "location_id", "chain_id", "phone"} <= names  # the walk sees the arguments
    banned = {"authorization", "authorizarion", "accept", "content_type", "conetnt_type", "token", "user_token"}
    assert not names & banned
    assert not [name for name in names if name.endswith("_token")]


def test_every_class_override_applies() -> None:
    """Each class_overrides entry renames a class the generator makes: its new name exists, and the old
    one is gone (unless another entry gives that name to another class)."""
    import altegio_client.models as models

    overrides = yaml.load((ROOT / "generator-config.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)[
        "class_overrides"
    ]
    names = set(models.__all__)
    targets = {entry["class_name"] for entry in overrides.values()}
    assert len(targets) == len(overrides)  # no two entries give one name
    assert [entry["class_name"] for entry in overrides.values() if entry["class_name"] not in names] == []
    assert [old for old in overrides if old in names and old not in targets] == []
    for name in ("Location", "Service", "TeamMember", "ClientSearchItem", "Appointment", "Product"):
        assert name in names, name


def test_public_model_names_carry_no_published_typo() -> None:
    import altegio_client.models as models

    assert [name for name in models.__all__ if re.search("Reaponse|Ressponse|Cpmpanuid", name)] == []
