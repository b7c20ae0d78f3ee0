"""Every correction we make to the published description, in the order it is applied.

Each patch is named, says in one line why it exists, and reaches its target through
``Spec`` look-ups that raise ``PatchTargetGone`` when upstream renamed, removed or already
fixed it. The README's quirks table lists the same names with their evidence.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from .engine import Json, Patch, PatchTargetGone, Spec, expect

PATCHES: list[Patch] = []


def patch(name: str, reason: str) -> Callable[[Callable[[Spec], None]], Callable[[Spec], None]]:
    def register(fn: Callable[[Spec], None]) -> Callable[[Spec], None]:
        PATCHES.append(Patch(name, reason, fn))
        return fn

    return register


TRANSPORT_HEADERS = {"accept", "content-type", "conetnt-type", "authorization"}
# Operations that read a user's, a client's or a chain's data: the server wants the user token.
PUBLISHED_PARTNER_ONLY = (
    "get_client_memberships",
    "get_user_memberships",
    "get_membership_list",
    "search_memberships_for_event",
    "check_memberships_for_event",
    "get_client_gift_cards",
    "get_user_gift_cards",
)
PUBLISHED_PARTNER_USER = (
    "get_membership_type_list_by_id",
    "get_membership_type_list",
    "get_gift_card_type_list_by_id",
    "get_gift_card_type_list",
)
INTEGER_PARAMS = {"page", "count", "page_size"}


# --- requests -------------------------------------------------------------------------


@patch(
    "drop-transport-headers",
    "Accept, Content-Type (once spelt Conetnt-Type) and Authorization are header parameters "
    "of every operation; generated, they become required arguments that override the transport.",
)
def _drop_transport_headers(spec: Spec) -> None:
    for _, _, op in spec.operations():
        params = op.get("parameters", [])
        kept = [p for p in params if not (p.get("in") == "header" and p.get("name", "").lower() in TRANSPORT_HEADERS)]
        if len(kept) == len(params):
            raise PatchTargetGone(f"{op.get('operationId')}: no Accept/Content-Type/Authorization parameter left")
        op["parameters"] = kept


@patch(
    "copmany-id-typo",
    "get_client_gift_cards spells its location query parameter copmany_id; the server's alias "
    "family is company_id/location_id/salon_id, and the memberships twin uses company_id.",
)
def _copmany_id(spec: Spec) -> None:
    spec.parameter("get_client_gift_cards", "copmany_id", "query")["name"] = "company_id"


@patch(
    "phone-as-string",
    "phone is typed number: a float drops the leading + and sends 13155550175.0.",
)
def _phone_as_string(spec: Spec) -> None:
    for op_id in ("get_client_gift_cards", "get_client_memberships"):
        param = spec.parameter(op_id, "phone", "query")
        expect(param["schema"].get("type"), "number", f"{op_id} phone type")
        param["schema"] = {"type": "string", "example": "+13155550175"}


@patch(
    "integer-ids-and-pages",
    "ids, page, count and page_size are typed number: Python gets float and the wire 123.0.",
)
def _integer_ids(spec: Spec) -> None:
    changed = 0
    for _, _, op in spec.operations():
        for param in op.get("parameters", []):
            name, schema = param.get("name", ""), param.get("schema", {})
            if (name.endswith("_id") or name in INTEGER_PARAMS) and schema.get("type") == "number":
                schema["type"] = "integer"
                changed += 1
    if not changed:
        raise PatchTargetGone("no id/page parameter is typed number any more")


@patch(
    "ids-as-array",
    "ids[] of the membership type fetch is declared as one number; the server takes ids[]=1&ids[]=2.",
)
def _ids_as_array(spec: Spec) -> None:
    param = spec.parameter("get_membership_type_list_by_id", "ids[]", "query")
    expect(param["schema"].get("type"), "number", "ids[] type")
    param["schema"] = {"type": "array", "items": {"type": "integer"}}
    param.update(style="form", explode=True)


@patch(
    "gift-card-type-fetch-ids",
    "gift card types are fetched 'by ID' but no ID parameter is published; the membership twin takes ids[].",
)
def _gift_card_type_ids(spec: Spec) -> None:
    op = spec.operation("get_gift_card_type_list_by_id")
    if any(p.get("name", "").startswith("ids") for p in op.get("parameters", [])):
        raise PatchTargetGone("get_gift_card_type_list_by_id documents an ids parameter now")
    twin = spec.parameter("get_membership_type_list_by_id", "ids[]", "query")
    op.setdefault("parameters", []).append(
        {**copy.deepcopy(twin), "description": "Gift card type ID; repeat for several."}
    )


@patch(
    "abonements-ids-items",
    "abonements_ids items are typed number; membership ids are integers.",
)
def _abonements_ids_items(spec: Spec) -> None:
    items = spec.parameter("get_membership_list", "abonements_ids", "query")["schema"].get("items", {})
    expect(items.get("type"), "number", "abonements_ids item type")
    items["type"] = "integer"


@patch(
    "strip-doubled-base-path",
    "the two membership-for-event paths repeat the server's /api/v1 and would call /api/v1/api/v1/...",
)
def _strip_doubled_base_path(spec: Spec) -> None:
    paths = spec.doc["paths"]
    for op_id in ("search_memberships_for_event", "check_memberships_for_event"):
        path = spec.path_of(op_id)
        if not path.startswith("/api/v1/"):
            raise PatchTargetGone(f"{op_id} path no longer starts with /api/v1: {path}")
        paths[path.removeprefix("/api/v1")] = paths.pop(path)


@patch(
    "user-token-security",
    "client, user and chain data need 'Bearer <partner>, User <user>' but are published with "
    "BearerPartner; as BearerPartnerUser the generated call needs an authenticated client.",
)
def _user_token_security(spec: Spec) -> None:
    for op_id in PUBLISHED_PARTNER_USER:
        expect(spec.operation(op_id).get("security"), [{"BearerPartnerUser": []}], f"{op_id} security")
    for op_id in PUBLISHED_PARTNER_ONLY:
        op = spec.operation(op_id)
        expect(op.get("security"), [{"BearerPartner": []}], f"{op_id} security")
        op["security"] = [{"BearerPartnerUser": []}]


# --- responses ------------------------------------------------------------------------

SCHEMAS = "/components/schemas"
GIFT_CARDS = f"{SCHEMAS}/loyalty_certificates_response_data_types"
MEMBERSHIPS = f"{SCHEMAS}/loyalty_abonements_response_data_types"
MEMBERSHIP_TYPES = f"{SCHEMAS}/loyalty_abonements_type_search_response_data_types"
GIFT_CARD_TYPES = f"{SCHEMAS}/loyalty_certificate_type_search_response_data_types"
LISTS = (GIFT_CARDS, MEMBERSHIPS, MEMBERSHIP_TYPES, GIFT_CARD_TYPES)
EMPTY_ARRAY: Json = {"type": "array", "items": {}, "maxItems": 0}


def _item(envelope: str) -> str:
    return f"{envelope}/properties/data/items/properties"


@patch(
    "chain-membership-list-schema",
    "the chain membership list publishes its 200 and 400 with examples but no schema; "
    "they are the membership list and the error envelope.",
)
def _chain_membership_list(spec: Spec) -> None:
    operation = spec.operation_pointer("get_membership_list")
    for status, ref in (("200", MEMBERSHIPS), ("400", f"{SCHEMAS}/ErrorResponse")):
        media = spec.get(f"{operation}/responses/{status}/content/application~1json")
        if "schema" in media:
            raise PatchTargetGone(f"get_membership_list documents a {status} schema now")
        media["schema"] = {"$ref": "#" + ref}


@patch(
    "codes-may-be-integers",
    "gift card and membership number, and the membership type title, are typed string but the "
    "published examples send integers (888, 788376, 89999).",
)
def _codes_may_be_integers(spec: Spec) -> None:
    for pointer in (
        f"{_item(GIFT_CARDS)}/number",
        f"{_item(MEMBERSHIPS)}/number",
        f"{_item(MEMBERSHIPS)}/type/properties/title",
    ):
        node = spec.get(pointer)
        expect(node.get("type"), "string", pointer)
        node["type"] = ["string", "integer"]


@patch(
    "nullable-expiration-dates",
    "gift card (type) expiration_date is 'null if not set' and absent from examples, but typed non-null.",
)
def _nullable_dates(spec: Spec) -> None:
    for pointer in (
        f"{_item(GIFT_CARDS)}/expiration_date",
        f"{_item(GIFT_CARDS)}/type/properties/expiration_date",
        f"{_item(GIFT_CARD_TYPES)}/expiration_date",
    ):
        node = spec.get(pointer)
        expect((node.get("type"), node.get("format")), ("string", "date-time"), pointer)
        node["type"] = ["string", "null"]


@patch(
    "integer-ids-in-responses",
    "ids and counts of the type lists are typed number: Python would annotate them float.",
)
def _integer_response_ids(spec: Spec) -> None:
    changed = 0
    for envelope in (MEMBERSHIP_TYPES, GIFT_CARD_TYPES):
        for key, prop in spec.get(_item(envelope)).items():
            if (key == "id" or key.endswith("_id") or key.endswith("_count")) and prop.get("type") == "number":
                prop["type"] = "integer"
                changed += 1
    if not changed:
        raise PatchTargetGone("no id or count of the type lists is typed number any more")


# Kept equal to altegio._tolerance.MONEY_KEYS by a test: the runtime makes these Decimal.
MONEY = ("balance", "default_balance", "cost", "online_sale_price", "chain_price_min", "chain_price_max")


@patch(
    "money-as-decimal",
    "balances and prices are typed number (float) or integer; the client delivers Decimal, "
    'whether the server sends 9000, 9000.5 or "9000.00", so the models declare no JSON type.',
)
def _money(spec: Spec) -> None:
    changed = 0

    def walk(node: Json) -> None:
        nonlocal changed
        if isinstance(node, dict):
            for key, prop in node.get("properties", {}).items():
                if key in MONEY and isinstance(prop, dict) and prop.get("type") in ("number", "integer"):
                    description = prop.get("description", "Amount")
                    node["properties"][key] = {"description": f"{description} (Decimal)", "format": "decimal"}
                    changed += 1
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for envelope in LISTS:
        walk(spec.get(envelope))
    if not changed:
        raise PatchTargetGone("no balance or price in the loyalty models is typed number any more")


@patch(
    "meta-object-or-empty-array",
    "meta is an object on lists but PHP's empty array [] elsewhere (POST /auth publishes it as an array).",
)
def _meta(spec: Spec) -> None:
    for envelope in LISTS:
        pointer = f"{envelope}/properties/meta"
        meta = spec.get(pointer)
        expect(meta.get("type"), "object", pointer)
        spec.set(pointer, {"oneOf": [meta, EMPTY_ARRAY]})
    pointer = f"{SCHEMAS}/auth_response/properties/meta"
    meta = spec.get(pointer)
    expect(meta.get("type"), "array", pointer)
    spec.set(pointer, {"oneOf": [{"type": "object", "additionalProperties": True}, EMPTY_ARRAY]})


ERROR_RESPONSE: Json = {
    "type": "object",
    "description": "The error envelope; meta.message says what went wrong when the server says it.",
    "properties": {
        "success": {"type": "boolean"},
        "data": {"description": "null, {} or [] on errors."},
        "meta": {"oneOf": [{"$ref": "#/components/schemas/ErrorMeta"}, EMPTY_ARRAY]},
    },
}
ERROR_META: Json = {"type": "object", "properties": {"message": {"type": "string"}}}
PUBLISHED_ERRORS = (
    "401_unauthorized_response",
    "403_forbidden_response",
    "404_not_found_response",
    "response_success_false_object",
    "response_data_null_object",
    "response_meta_error_unauthorized_object",
    "response_meta_error_forbidden_object",
    "response_meta_empty_object",
)


def _example_of(spec: Spec, schema: Json) -> Json:
    """The example a schema publishes, assembled from its properties' examples."""
    if "$ref" in schema:
        return _example_of(spec, spec.get(schema["$ref"].removeprefix("#")))
    if "example" in schema:
        return schema["example"]
    examples = {k: _example_of(spec, v) for k, v in schema.get("properties", {}).items()}
    return {k: v for k, v in examples.items() if v is not None} or None


@patch(
    "shared-error-envelope",
    "error bodies are published in eight shapes (data object, null or []; meta object, [] or "
    "object-or-array); one tolerant envelope parses them all. Published examples stay for the mock.",
)
def _errors(spec: Spec) -> None:
    spec.add_component("schemas", "ErrorResponse", ERROR_RESPONSE)
    spec.add_component("schemas", "ErrorMeta", ERROR_META)
    for _, _, op in spec.operations():
        for status, response in op.get("responses", {}).items():
            media = response.get("content", {}).get("application/json")
            if status.startswith(("4", "5")) and media and "schema" in media:
                example = media.get("example", _example_of(spec, media["schema"]))
                media["schema"] = {"$ref": "#/components/schemas/ErrorResponse"}
                if example is not None:
                    media["example"] = example
    schemas = spec.doc["components"]["schemas"]
    for name in PUBLISHED_ERRORS:
        if name not in schemas:
            raise PatchTargetGone(f"components/schemas/{name} is gone")
        del schemas[name]
