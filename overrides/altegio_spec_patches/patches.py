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
    "get_user_loyalty_cards",
    "get_chain_loyalty_card_type_list",
)
INTEGER_PARAMS = {"page", "count", "page_size"}


# --- requests -------------------------------------------------------------------------


@patch(
    "drop-transport-headers",
    "Accept, Content-Type (once spelt Conetnt-Type) and Authorization are header parameters of "
    "nearly every operation; generated, they become required arguments that override the transport.",
)
def _drop_transport_headers(spec: Spec) -> None:
    dropped = 0
    for _, _, op in spec.operations():
        params = op.get("parameters", [])
        kept = [p for p in params if not _is_transport_header(spec.resolve(p))]
        dropped += len(params) - len(kept)
        op["parameters"] = kept
    if not dropped:
        raise PatchTargetGone("no operation declares Accept/Content-Type/Authorization parameters any more")


def _is_transport_header(param: Json) -> bool:
    return bool(param.get("in") == "header" and param.get("name", "").lower() in TRANSPORT_HEADERS)


@patch(
    "copmany-id-typo",
    "get_client_gift_cards spells its location query parameter copmany_id; the server's alias "
    "family is company_id/location_id/salon_id, and the memberships twin uses company_id.",
)
def _copmany_id(spec: Spec) -> None:
    spec.parameter("get_client_gift_cards", "copmany_id", "query")["name"] = "company_id"


@patch(
    "phone-as-string",
    "phone is typed number (and string in a twin): a float drops the leading + and sends 13155550175.0.",
)
def _phone_as_string(spec: Spec) -> None:
    for op_id, where in (
        ("get_client_gift_cards", "query"),
        ("get_client_memberships", "query"),
        ("get_loyalty_card_type_list_for_client", "path"),
    ):
        param = spec.parameter(op_id, "phone", where)
        expect(param["schema"].get("type"), "number", f"{op_id} phone type")
        param["schema"] = {"type": "string", "example": "+13155550175"}


@patch(
    "integer-ids-and-pages",
    "ids, page, count and page_size are typed number: Python gets float and the wire 123.0.",
)
def _integer_ids(spec: Spec) -> None:
    changed = 0
    shared = list(spec.doc.get("components", {}).get("parameters", {}).values())
    inline = [p for _, _, op in spec.operations() for p in op.get("parameters", []) if "$ref" not in p]
    for param in shared + inline:
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
    "client, user and chain data need 'Bearer <partner>, User <user>' but nine operations are "
    "published with BearerPartner; as BearerPartnerUser the generated call needs an authenticated client.",
)
def _user_token_security(spec: Spec) -> None:
    for op_id in PUBLISHED_PARTNER_ONLY:
        spec.operation(op_id)  # each must still be there
    for _, _, op in spec.operations():
        op_id = str(op.get("operationId"))
        if op_id == "authorize_user":
            expect(op.get("security"), [], "authorize_user security")
        elif op_id in PUBLISHED_PARTNER_ONLY:
            expect(op.get("security"), [{"BearerPartner": []}], f"{op_id} security")
            op["security"] = [{"BearerPartnerUser": []}]
        else:
            expect(op.get("security"), [{"BearerPartnerUser": []}], f"{op_id} security")


@patch(
    "json-request-bodies",
    "four visit operations declare their JSON body as */*, which the generator cannot send: they are JSON.",
)
def _json_request_bodies(spec: Spec) -> None:
    changed = 0
    for _, _, op in spec.operations():
        content = op.get("requestBody", {}).get("content", {})
        if "*/*" in content and "application/json" not in content:
            content["application/json"] = content.pop("*/*")
            changed += 1
    if not changed:
        raise PatchTargetGone("no request body is declared as */* any more")


@patch(
    "membership-type-services-as-objects",
    "the membership type update takes services and service_categories as id arrays while create "
    "(and the server) take objects {service_id: count}; PUT replaces the type, so it needs the counts.",
)
def _services_as_objects(spec: Spec) -> None:
    create = spec.resolve(spec.get(f"{spec.operation_pointer('chain_loyalty_membership_types_create')}/requestBody"))
    update = spec.resolve(spec.get(f"{spec.operation_pointer('chain_loyalty_membership_types_update')}/requestBody"))
    wanted = spec.resolve(create["content"]["application/json"]["schema"])["properties"]
    body = spec.resolve(update["content"]["application/json"]["schema"])["properties"]
    for key in ("services", "service_categories"):
        expect((body[key].get("type"), wanted[key].get("type")), ("array", "object"), f"update {key}")
        body[key] = copy.deepcopy(wanted[key])


@patch(
    "archive-flag-as-text",
    'the archive PATCH publishes is_archived as a boolean; the server wants the strings "1"/"0" '
    "(true or 1 are refused with 422).",
)
def _archive_flag(spec: Spec) -> None:
    body = spec.get(f"{spec.operation_pointer('chain_loyalty_membership_types_archive')}/requestBody")
    flag = spec.resolve(body["content"]["application/json"]["schema"])["properties"]["is_archived"]
    expect(flag.get("type"), "boolean", "archive is_archived type")
    flag.clear()
    flag.update(type="string", enum=["1", "0"], description='"1" archives the type, "0" puts it on sale again.')


@patch(
    "no-body-on-204",
    "three 204 answers declare a JSON body (one with a schema); a 204 has none.",
)
def _no_body_on_204(spec: Spec) -> None:
    changed = 0
    for _, _, op in spec.operations():
        response = op.get("responses", {}).get("204")
        if isinstance(response, dict) and "content" in response:
            del response["content"]
            changed += 1
    if not changed:
        raise PatchTargetGone("no 204 answer declares a body any more")


@patch(
    "set-balance-no-body",
    "set_balance answers 200 with no body (seen by Altegio's own client), though a body is published.",
)
def _set_balance_no_body(spec: Spec) -> None:
    response = spec.get(f"{spec.operation_pointer('chain_loyalty_memberships_set_balance')}/responses/200")
    if "content" not in response:
        raise PatchTargetGone("set_balance documents no 200 body now")
    del response["content"]


# --- responses ------------------------------------------------------------------------

SCHEMAS = "/components/schemas"
GIFT_CARDS = f"{SCHEMAS}/loyalty_certificates_response_data_types"
MEMBERSHIPS = f"{SCHEMAS}/loyalty_abonements_response_data_types"
MEMBERSHIP_TYPES = f"{SCHEMAS}/loyalty_abonements_type_search_response_data_types"
GIFT_CARD_TYPES = f"{SCHEMAS}/loyalty_certificate_type_search_response_data_types"
LISTS = (GIFT_CARDS, MEMBERSHIPS, MEMBERSHIP_TYPES, GIFT_CARD_TYPES)
EMPTY_ARRAY: Json = {"type": "array", "items": {}, "maxItems": 0}


def _object_or_empty_array() -> Json:
    """meta as PHP sends it: any object, or [] for an empty one."""
    return {"oneOf": [{"type": "object", "additionalProperties": True}, EMPTY_ARRAY]}


def _item(envelope: str) -> str:
    return f"{envelope}/properties/data/items/properties"


def _shape(schema: Json, *ignored: str) -> Json:
    """A schema without its prose (and the given keywords), to compare copies of one object."""
    skip = {"description", "example", "examples", *ignored}
    if isinstance(schema, dict):
        return {k: _shape(v, *ignored) for k, v in schema.items() if k not in skip}
    if isinstance(schema, list):
        return [_shape(v, *ignored) for v in schema]
    return schema


CHAIN_GIFT_CARD_TYPE_ANSWERS = (
    ("chain_loyalty_certificate_types_get", "/properties/data"),
    ("chain_loyalty_certificate_types_list", "/properties/data/items"),
    ("chain_loyalty_certificate_types_create", "/properties/data"),
    ("chain_loyalty_certificate_types_update", "/properties/data"),
)


@patch(
    "shared-chain-gift-card-type",
    "the chain gift card type is published inline four times (list, create, get, update; the update's "
    "copy without the date-time format): one model, ChainGiftCardType.",
)
def _shared_chain_gift_card_type(spec: Spec) -> None:
    pointers = [spec.response_pointer(op_id) + where for op_id, where in CHAIN_GIFT_CARD_TYPE_ANSWERS]
    first = spec.get(pointers[0])
    if "$ref" in first:
        raise PatchTargetGone("the chain gift card type is a shared component upstream now")
    for pointer in pointers[1:]:
        expect(_shape(spec.get(pointer), "format"), _shape(first, "format"), f"{pointer} (same object as the get)")
    for op_id, _ in CHAIN_GIFT_CARD_TYPE_ANSWERS:  # keep each answer's published values for the mock
        media = spec.get(spec.response_pointer(op_id).removesuffix("/schema"))
        media.setdefault("example", _example_of(spec, media["schema"]))
    spec.add_component("schemas", "chain_gift_card_type", {**first, "title": "ChainGiftCardType"})
    for pointer in pointers:
        spec.set(pointer, {"$ref": "#/components/schemas/chain_gift_card_type"})


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
    "ids and counts in answers (type lists, loyalty transactions…) are typed number: Python would annotate them float.",
)
def _integer_response_ids(spec: Spec) -> None:
    changed = 0
    for node in list(spec.success_schemas()):
        properties = node.get("properties")
        for key, prop in properties.items() if isinstance(properties, dict) else ():
            is_id = key == "id" or key.endswith("_id") or key.endswith("_count")
            if is_id and isinstance(prop, dict) and prop.get("type") == "number":
                prop["type"] = "integer"
                prop.pop("format", None)
                changed += 1
    if not changed:
        raise PatchTargetGone("no id or count in an answer is typed number any more")


# Kept equal to altegio._tolerance.MONEY_KEYS by a test: the runtime makes these Decimal.
# Not "amount": it is money on transactions but a quantity on sale and visit items.
MONEY = (
    "balance",
    "default_balance",
    "reserved_balance",
    "cost",
    "first_cost",
    "manual_cost",
    "cost_to_pay_total",
    "default_cost_per_unit",
    "default_cost_total",
    "price",
    "online_sale_price",
    "chain_price_min",
    "chain_price_max",
    "paid_amount",
    "sold_amount",
    "applicable_amount",
    "max_discount_amount",
    "sum",
    "all_sum",
    "new_sum",
    "old_sum",
    "returned_sum",
)


@patch(
    "money-as-decimal",
    "balances, prices and sums are typed number (float) in some answers and integer in others; the "
    'client delivers Decimal, whether the server sends 9000, 9000.5 or "9000.00", so the models declare no JSON type.',
)
def _money(spec: Spec) -> None:
    changed = 0
    visits: set[int] = set()  # JSON:API attributes, where balance counts visits left
    for node in list(spec.success_schemas()):  # parents come before their children
        properties = node.get("properties")
        if not isinstance(properties, dict) or id(node) in visits:
            continue
        if "attributes" in properties and "type" in properties:
            visits.add(id(spec.resolve(properties["attributes"])))
        for key, prop in properties.items():
            if key in MONEY and isinstance(prop, dict) and prop.get("type") in ("number", "integer"):
                description = prop.get("description") or "Amount"
                decimal = {"description": f"{description} (Decimal)", "format": "decimal"}
                properties[key] = {**decimal, "example": prop["example"]} if "example" in prop else decimal
                changed += 1
    if not changed:
        raise PatchTargetGone("no balance, price or sum in an answer is typed number or integer any more")


@patch(
    "meta-object-or-empty-array",
    "meta is an object on lists but PHP's empty array [] elsewhere (POST /auth and 15 chain answers "
    "publish it as an array, the latter without items).",
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
    spec.set(pointer, _object_or_empty_array())
    shared = f"{SCHEMAS}/response_meta_empty_object"  # "empty object or empty array", typed [object, array]
    expect(spec.get(shared).get("type"), ["object", "array"], shared)
    spec.set(shared, _object_or_empty_array())
    bare = 0
    for node in list(spec.success_schemas()):
        meta = node.get("properties", {}).get("meta") if isinstance(node.get("properties"), dict) else None
        if isinstance(meta, dict) and meta.get("type") == "array" and "items" not in meta:
            node["properties"]["meta"] = _object_or_empty_array()
            bare += 1
    if not bare:
        raise PatchTargetGone("no answer's meta is an array without items any more")


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
)


_UNPUBLISHED: Json = object()  # no example, as opposed to a published ``example: null``


def _example_of(spec: Spec, schema: Json) -> Json:
    """The example a schema publishes, assembled from its properties' examples (None if none)."""
    found = _published_example(spec, schema)
    return None if found is _UNPUBLISHED else found


def _published_example(spec: Spec, schema: Json) -> Json:
    if "$ref" in schema:
        return _published_example(spec, spec.get(schema["$ref"].removeprefix("#")))
    if "example" in schema:
        return schema["example"]
    if isinstance(schema.get("items"), dict):  # an array: one item, as the mock would build it
        item = _published_example(spec, schema["items"])
        return _UNPUBLISHED if item is _UNPUBLISHED else [item]
    examples = {k: _published_example(spec, v) for k, v in schema.get("properties", {}).items()}
    kept = {k: v for k, v in examples.items() if v is not _UNPUBLISHED}
    return kept or _UNPUBLISHED


@patch(
    "shared-error-envelope",
    "error bodies are published in eight shapes (data object, null or []; meta object, [] or "
    "object-or-array); one tolerant envelope parses them all. Published examples stay for the mock.",
)
def _errors(spec: Spec) -> None:
    spec.add_component("schemas", "ErrorResponse", ERROR_RESPONSE)
    spec.add_component("schemas", "ErrorMeta", ERROR_META)
    answers = [(s, r) for _, _, op in spec.operations() for s, r in op.get("responses", {}).items()]
    shared = spec.doc["components"].get("responses", {})  # referenced by status: all are errors here
    for status, response in [*answers, *(("4xx", r) for r in shared.values())]:
        media = response.get("content", {}).get("application/json")
        if status.startswith(("4", "5")) and media and "schema" in media:
            example = media.get("example", _example_of(spec, media["schema"]))
            media["schema"] = {"$ref": "#/components/schemas/ErrorResponse"}
            if example is not None:
                media["example"] = copy.deepcopy(example)
    schemas = spec.doc["components"]["schemas"]
    for name in PUBLISHED_ERRORS:
        if name not in schemas:
            raise PatchTargetGone(f"components/schemas/{name} is gone")
        del schemas[name]
