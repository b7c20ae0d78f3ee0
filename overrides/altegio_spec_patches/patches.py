"""Every correction we make to the published description, in the order it is applied.

Each patch is named, says in one line why it exists, and reaches its target through
``Spec`` look-ups that raise ``PatchTargetGone`` when upstream renamed, removed or already
fixed it. The README's quirks table lists the same names with their evidence.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections.abc import Callable, Iterator

from .engine import Json, Patch, PatchTargetGone, Spec, expect

PATCHES: list[Patch] = []


def patch(name: str, reason: str) -> Callable[[Callable[[Spec], None]], Callable[[Spec], None]]:
    def register(fn: Callable[[Spec], None]) -> Callable[[Spec], None]:
        PATCHES.append(Patch(name, reason, fn))
        return fn

    return register


TRANSPORT_PARAMETERS = {"accept", "content-type", "conetnt-type", "authorization", "authorizarion"}
AUTHORIZATION = {"authorization", "authorizarion"}
# "User user_token", "USer user_token", "partner_token.User user_token": the header text asks for a user token.
USER_TOKEN_TEXT = re.compile(r"\buser\b", re.IGNORECASE)
USER: Json = [{"BearerPartnerUser": []}]
PARTNER: Json = [{"BearerPartner": []}]
# Parameters typed number that are amounts of money, not whole numbers.
MONEY_PARAMS = {"paid_min", "paid_max", "balance_from", "balance_to"}


# --- requests -------------------------------------------------------------------------


@patch(
    "user-token-security",
    "security contradicts the Authorization text of 35 operations; the text decides: 'User' in it means "
    "BearerPartnerUser (the call needs the user token), partner only means no scheme, so that the generated "
    "call accepts the partner-only client like authorize_user (AltegioAuth still signs with the partner token).",
)
def _user_token_security(spec: Spec) -> None:
    contradicted = 0
    for _, _, op in spec.operations():
        published = op.get("security")
        texts = [str(p.get("description", "")) for p in spec.parameters(op) if _is_authorization(p)]
        if published not in (USER, PARTNER, []):
            raise PatchTargetGone(f"{op.get('operationId')} publishes security {published!r}")
        needs_user = bool(USER_TOKEN_TEXT.search(texts[0])) if texts else published == USER
        contradicted += texts != [] and needs_user != (published == USER)
        op["security"] = USER if needs_user else []
    if not contradicted:
        raise PatchTargetGone("no operation's security contradicts its Authorization text any more")


def _is_authorization(param: Json) -> bool:
    return str(param.get("name", "")).lower() in AUTHORIZATION


@patch(
    "drop-transport-parameters",
    "Accept, Content-Type and Authorization (also spelt Content-type, Conetnt-Type, Authorizarion; declared in "
    "the header, in the query of two operations, or through components/parameters) are parameters of nearly "
    "every operation; generated, they become required arguments that override the transport, and in the "
    "query they would put the tokens in the URL.",
)
def _drop_transport_parameters(spec: Spec) -> None:
    dropped = 0
    for _, _, op in spec.operations():
        params = op.get("parameters", [])
        kept = [p for p in params if not _is_transport(spec.resolve(p))]
        dropped += len(params) - len(kept)
        op["parameters"] = kept
    shared = spec.doc.get("components", {}).get("parameters", {})
    for name in [n for n, p in shared.items() if _is_transport(p)]:
        del shared[name]
    if not dropped:
        raise PatchTargetGone("no operation declares Accept/Content-Type/Authorization parameters any more")


def _is_transport(param: Json) -> bool:
    return bool(param.get("in") in ("header", "query") and param.get("name", "").lower() in TRANSPORT_PARAMETERS)


@patch(
    "copmany-id-typo",
    "get_client_gift_cards spells its location query parameter copmany_id; the server's alias "
    "family is company_id/location_id/salon_id, and the memberships twin uses company_id.",
)
def _copmany_id(spec: Spec) -> None:
    spec.parameter("get_client_gift_cards", "copmany_id", "query")["name"] = "company_id"


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
    "phone-as-string",
    "phone parameters are typed number in four operations (string in their twins), and two phones in request "
    "bodies: a float drops the leading + and sends 13155550175.0.",
)
def _phone_as_string(spec: Spec) -> None:
    changed = 0
    for param in _all_parameters(spec):
        if "phone" in param.get("name", "") and param.get("schema", {}).get("type") == "number":
            param["schema"] = {"type": "string", "example": "+13155550175"}
            changed += 1
    for pointer in (  # and in two request bodies (loyalty card issue, referral on a visit)
        f"{SCHEMAS}/loyalty_cards_request_data_types/properties/phone",
        f"{SCHEMAS}/visit_loyalty_referral_request_data_types/properties/referrer_phone",
    ):
        node = spec.get(pointer)
        expect(node.get("type"), "number", pointer)
        node["type"] = "string"
        node.pop("format", None)
    if not changed:
        raise PatchTargetGone("no phone parameter is typed number any more")


@patch(
    "whole-number-parameters",
    "ids, pages, counts, limits, 0/1 flags, codes and yyyymmdd dates are typed number in path and query: "
    "Python gets float and the wire 123.0. Amount filters (paid_min, balance_from…) stay numbers.",
)
def _whole_number_parameters(spec: Spec) -> None:
    changed = 0
    for param in _all_parameters(spec):
        schema = param.get("schema", {})
        items = schema.get("items", {}) if schema.get("type") == "array" else {}
        for node in (schema, items):
            if node.get("type") == "number" and param.get("name") not in MONEY_PARAMS:
                node["type"] = "integer"
                node.pop("format", None)
                changed += 1
    if not changed:
        raise PatchTargetGone("no parameter is typed number any more")


def _all_parameters(spec: Spec) -> list[Json]:
    """Every parameter object once: the shared ones and those written inline in operations."""
    shared = list(spec.doc.get("components", {}).get("parameters", {}).values())
    inline = [p for _, _, op in spec.operations() for p in op.get("parameters", []) if "$ref" not in p]
    return shared + inline


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
    "query-name-clashes",
    "two operations name a query filter like their path's location_id (it means client ids and category ids): "
    "generated as location_id_query, sent as ?location_id=…; the texts say id[] and ids[].",
)
def _query_name_clashes(spec: Spec) -> None:
    for op_id, name in (("deprecated_get_client_list", "id[]"), ("get_product_category_list_by_ids", "ids[]")):
        param = spec.parameter(op_id, "location_id", "query")
        spec.parameter(op_id, "location_id", "path")  # the clash itself must still be there
        param.update(name=name, style="form", explode=True)
        param["schema"] = {"type": "array", "items": {"type": "integer"}}


@patch(
    "webhook-contract-out-of-paths",
    "fiscalize_document is the request Altegio sends to a fiscal partner's own server, published as the path "
    "/https://your-api.url; as an operation it would POST to {base_url}/https://your-api.url. It is a webhook.",
)
def _webhook_contract(spec: Spec) -> None:
    path = spec.path_of("fiscalize_document")
    expect(path, "/https://your-api.url", "fiscalize_document path")
    spec.doc.setdefault("webhooks", {})["fiscalize_document"] = spec.doc["paths"].pop(path)


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
    "json-request-bodies",
    "19 operations (visits, clients, documents, transactions, schedules…) declare their JSON body as */*, "
    "which the generator cannot send: they are JSON.",
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
    "array-request-bodies",
    "three bodies are published as one object while their examples (and the server) send an array of them "
    "(bulk client creation, a team member's schedule days, consumables to unlink).",
)
def _array_request_bodies(spec: Spec) -> None:
    changed = 0
    for _, _, op in spec.operations():
        for media in op.get("requestBody", {}).get("content", {}).values():
            schema = media.get("schema", {})
            example = media.get("example", schema.get("example"))
            if isinstance(example, list) and spec.resolve(schema).get("type") == "object":
                item = {k: v for k, v in schema.items() if k != "example"}
                media["schema"] = {"type": "array", "items": item, "example": example}
                changed += 1
    if not changed:
        raise PatchTargetGone("no object request body is published with an array example any more")


@patch(
    "file-upload-as-binary",
    "upload_image sends the image as multipart form data but types it as plain text: it would go as a text "
    "field; as format binary the generated call takes a File.",
)
def _file_upload(spec: Spec) -> None:
    body = spec.get(f"{spec.operation_pointer('upload_image')}/requestBody/content/multipart~1form-data/schema")
    image = body["properties"]["image"]
    expect((image.get("type"), image.get("format")), ("string", None), "upload_image image type")
    image["format"] = "binary"


@patch(
    "text-typed-as-numbers",
    "two comments are typed number/integer (the finance transaction body, the visit answer): they are text.",
)
def _text_typed_as_numbers(spec: Spec) -> None:
    for pointer in (
        f"{SCHEMAS}/finance_transaction_request_data_types/properties/comment",
        f"{SCHEMAS}/visits_visitid_data_types/properties/data/properties/comment",
    ):
        node = spec.get(pointer)
        if node.get("type") not in ("number", "integer"):
            raise PatchTargetGone(f"{pointer} is typed {node.get('type')!r} now")
        node["type"] = "string"
        node.pop("format", None)


@patch(
    "arrays-typed-as-objects",
    "client categories, schedule slots, event duplication days… are typed object (or arrays of objects) while "
    "the texts and examples give arrays of ids or of {from, to}: the model could neither send nor read them.",
)
def _arrays_typed_as_objects(spec: Spec) -> None:
    changed = 0
    bodies = [
        media for _, _, op in spec.operations() for media in op.get("requestBody", {}).get("content", {}).values()
    ]
    for media in bodies + _answers(spec):
        example = media.get("example", spec.resolve(media.get("schema", {})).get("example"))
        # Members of a union are left alone: an empty [] there is PHP's empty object, not a list.
        for node, value in list(_pairs(spec, media.get("schema", {}), example, branches=False)):
            if not isinstance(value, list):
                continue
            items = node.get("items")
            if node.get("type") == "object" and "properties" not in node:  # an object the example fills with a list
                node.clear()
                node.update(schema_of_example(value))
                changed += 1
            elif value and isinstance(items, dict) and items.get("type") == "object" and not isinstance(value[0], dict):
                node["items"] = schema_of_example(value[0])  # object items the example fills with scalars
                changed += 1
    if not changed:
        raise PatchTargetGone("no object-typed property holds a published array any more")


@patch(
    "sort-direction-any-case",
    "the client search declares order_by_direction ASC/DESC while its own example sends desc: any case is text.",
)
def _sort_direction(spec: Spec) -> None:
    body = spec.get(f"{spec.operation_pointer('get_client_list')}/requestBody/content/application~1json/schema")
    direction = spec.resolve(body)["properties"]["order_by_direction"]
    expect(direction.get("enum"), ["ASC", "DESC"], "order_by_direction enum")
    del direction["enum"]  # a Literal of both cases would be generated in no stable order
    direction["description"] = f"{direction.get('description', 'Sort direction')} (ASC or DESC, any case)"


@patch(
    "visit-search-filters-optional",
    "the client visit search requires client_id, client_phone, from, to, payment_statuses and attendance, "
    "though the client is found by either id or phone and its own example sends four of them.",
)
def _visit_search_filters(spec: Spec) -> None:
    body = spec.get(f"{spec.operation_pointer('search_client_visits')}/requestBody/content/application~1json/schema")
    schema = spec.resolve(body)
    if "client_phone" not in schema.get("required", []):
        raise PatchTargetGone("search_client_visits no longer requires client_phone")
    del schema["required"]


@patch(
    "client-filter-values-any",
    "the client search types every filter's state.value as an array of numbers, while its own example "
    "filters by text (quick_search), booleans (has_mobile_app) and text ids (passteam_card_ids).",
)
def _client_filter_values(spec: Spec) -> None:
    body = spec.get(f"{spec.operation_pointer('get_client_list')}/requestBody/content/application~1json/schema")
    state = spec.resolve(body)["properties"]["filters"]["items"]["properties"]["state"]
    expect(state["properties"].get("value"), {"type": "array", "items": {"type": "number"}}, "filter state.value")
    state["properties"]["value"] = {"description": "The filter's value: ids, text or a flag, by filter type"}


RFC3339 = {
    "date-time": re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})"),
    "date": re.compile(r"\d{4}-\d{2}-\d{2}"),
}


@patch(
    "request-dates-as-published",
    "request bodies publish dates as the server's own text ('2026-10-10 15:30' for an event) in fields "
    "declared date-time: the model would send an ISO date-time the docs never show; they stay text.",
)
def _request_dates_as_published(spec: Spec) -> None:
    changed = 0
    for _, _, op in spec.operations():
        for media in spec.resolve(op.get("requestBody", {})).get("content", {}).values():
            schema = media.get("schema", {})
            example = media.get("example", spec.resolve(schema).get("example"))
            for node, value in list(_pairs(spec, schema, example)):
                declared = node.get("format")
                if declared in RFC3339 and isinstance(value, str) and not RFC3339[declared].fullmatch(value):
                    del node["format"]
                    changed += 1
    if not changed:
        raise PatchTargetGone("every published request date is RFC 3339 now")


@patch(
    "appointment-body-without-branches",
    "the appointment body (create and update) lists its 17 fields beside a oneOf of two branches that "
    "only say which are required: the generator makes a union of the branches, so the model had just "
    "activity_id; one model with every field, the branch rules in its description.",
)
def _appointment_body(spec: Spec) -> None:
    body = spec.get(f"{spec.operation_pointer('create_appointment')}/requestBody/content/application~1json/schema")
    schema = spec.resolve(body)
    branches = schema.get("oneOf")
    expect([sorted(b.get("properties", {})) for b in branches or []], [["activity_id"], ["activity_id"]], "branches")
    rules = "; ".join(f"{b.get('title', 'branch')}: {', '.join(b.get('required', []))} required" for b in branches)
    del schema["oneOf"]
    schema["description"] = f"{schema.get('description', '').rstrip('.')}. {rules}.".lstrip(". ")


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
    media = body["content"]["application/json"]
    if media.get("example", {}).get("is_archived") is True:  # the published request example, as sent now
        media["example"] = {**media["example"], "is_archived": "1"}


@patch(
    "no-body-on-204",
    "eight 204 answers declare a JSON body (six with a schema); a 204 has none.",
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


@patch(
    "sign-in-answered-200",
    "authorize_user documents only 201, but sign-ins and 2FA challenges also come with 200: the call raised "
    "DecodeError on them; 200 gets the 201's content (the token or the challenge, both in AuthResponse).",
)
def _sign_in_answered_200(spec: Spec) -> None:
    pointer = f"{spec.operation_pointer('authorize_user')}/responses"
    responses = spec.get(pointer)
    if "200" in responses:
        raise PatchTargetGone("authorize_user documents a 200 answer now")
    created = spec.get(f"{pointer}/201")
    expect(sorted(created.get("content", {})), ["application/json"], "authorize_user 201 media")
    spec.set(pointer, {"200": {"description": "OK", "content": copy.deepcopy(created["content"])}, **responses})


# --- responses ------------------------------------------------------------------------

SCHEMAS = "/components/schemas"
GIFT_CARDS = f"{SCHEMAS}/loyalty_certificates_response_data_types"
MEMBERSHIPS = f"{SCHEMAS}/loyalty_abonements_response_data_types"
MEMBERSHIP_TYPES = f"{SCHEMAS}/loyalty_abonements_type_search_response_data_types"
GIFT_CARD_TYPES = f"{SCHEMAS}/loyalty_certificate_type_search_response_data_types"
LISTS = (GIFT_CARDS, MEMBERSHIPS, MEMBERSHIP_TYPES, GIFT_CARD_TYPES)
EMPTY_ARRAY: Json = {"type": "array", "items": {}, "maxItems": 0}
NULL: Json = {"type": "null"}


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


def _answers(spec: Spec) -> list[Json]:
    """The JSON media object of every documented success answer."""
    found = []
    for _, _, op in spec.operations():
        for status, response in op.get("responses", {}).items():
            media = spec.resolve(response).get("content", {}).get("application/json")
            if str(status).startswith("2") and isinstance(media, dict):
                found.append(media)
    return found


def schema_of_example(value: Json, key: str = "") -> Json:
    """A schema read off a published example: objects, arrays and scalar kinds; phones stay text."""
    if isinstance(value, dict):
        return {"type": "object", "properties": {k: schema_of_example(v, k) for k, v in value.items()}}
    if isinstance(value, list):
        kinds = [schema_of_example(v, key) for v in value if v is not None]
        return {"type": "array", "items": kinds[0] if kinds else {}}
    if "phone" in key or isinstance(value, str):
        return {"type": "string"}
    if isinstance(value, bool):
        return {"type": "boolean"}
    if isinstance(value, int | float):
        return {"type": "number"}
    return {}  # null: any value


@patch(
    "example-only-answers",
    "22 success answers publish an example but no schema (the generated call returns None for them); "
    "the schema is read off the example.",
)
def _example_only_answers(spec: Spec) -> None:
    changed = 0
    for media in _answers(spec):
        if "schema" not in media and isinstance(media.get("example"), dict | list):
            media["schema"] = schema_of_example(media["example"])
            changed += 1
    if not changed:
        raise PatchTargetGone("every success answer with an example has a schema now")


@patch(
    "envelope-around-item-schemas",
    "four success answers publish the schema of the data item while their examples are the "
    "{success, data, meta} envelope (the parser raised KeyError on them); the item goes inside an envelope.",
)
def _envelope_around_items(spec: Spec) -> None:
    changed = 0
    for media in _answers(spec):
        example, schema = media.get("example"), media.get("schema")
        if not (isinstance(example, dict) and "success" in example and "data" in example and schema):
            continue
        if "success" in spec.resolve(schema).get("properties", {}) or "oneOf" in schema or "$ref" in schema:
            continue
        data = {"type": "array", "items": schema} if isinstance(example["data"], list) else schema
        media["schema"] = {
            "type": "object",
            "properties": {"success": {"type": "boolean"}, "data": data, "meta": _object_or_empty_array()},
        }
        changed += 1
    if not changed:
        raise PatchTargetGone("no success schema describes the item of an enveloped example any more")


@patch(
    "one-object-or-a-list",
    "one envelope schema serves a single object and a list (comments, custom fields, bills of materials, "
    "products, services…): where an example's data contradicts the declared shape, data takes either.",
)
def _one_object_or_a_list(spec: Spec) -> None:
    changed = 0
    for media in _answers(spec):
        example, schema = media.get("example"), spec.resolve(media.get("schema", {}))
        data = schema.get("properties", {}).get("data") if isinstance(schema.get("properties"), dict) else None
        if not (isinstance(example, dict) and isinstance(data, dict) and "data" in example):
            continue
        declared, value = spec.resolve(data), example["data"]
        if "oneOf" in data:  # made a union by another answer that shares the schema
            if value is None and NULL not in data["oneOf"]:
                data["oneOf"].append(NULL)
                changed += 1
            continue
        is_object = declared.get("type") == "object" or "properties" in declared
        if value is None and (is_object or declared.get("type") == "array"):
            schema["properties"]["data"] = {"oneOf": [data, NULL]}
            changed += 1
        elif isinstance(value, list) and value and is_object:
            schema["properties"]["data"] = {"oneOf": [data, {"type": "array", "items": data}]}
            changed += 1
        elif isinstance(value, dict) and value and declared.get("type") == "array":
            schema["properties"]["data"] = {"oneOf": [declared.get("items", {}), data]}
            changed += 1
    if not changed:
        raise PatchTargetGone("no example's data contradicts its schema's shape any more")


@patch(
    "period-salary-shape",
    "search_team_member_period_salary publishes the calculation schema while its example is the period "
    "(the twin get_team_member_salary_period types it salary_staff_period): the parser met numbers for objects.",
)
def _period_salary(spec: Spec) -> None:
    data = spec.get(f"{spec.response_pointer('search_team_member_period_salary')}/properties/data")
    twin = spec.get(f"{spec.response_pointer('get_team_member_salary_period')}/properties/data")
    expect((data, twin), SALARY_REFS, "the two salary period answers' data")
    data["$ref"] = twin["$ref"]


SALARY_REFS = ({"$ref": f"#{SCHEMAS}/salary_staff_calculation"}, {"$ref": f"#{SCHEMAS}/salary_staff_period"})


def _pairs(spec: Spec, schema: Json, example: Json, *, branches: bool = True) -> Iterator[tuple[Json, Json]]:
    """(schema node, published value) at the same place of a schema and an example of it; with branches,
    each oneOf/anyOf/allOf member is paired with the value too."""
    node = spec.resolve(schema)
    if not isinstance(node, dict):
        return
    yield node, example
    if isinstance(example, list) and isinstance(node.get("items"), dict):
        for value in example:
            yield from _pairs(spec, node["items"], value, branches=branches)
    elif isinstance(example, dict):
        properties = node.get("properties")
        for key, value in example.items():
            if isinstance(properties, dict) and key in properties:
                yield from _pairs(spec, properties[key], value, branches=branches)
    for branch in node.get("oneOf", []) + node.get("anyOf", []) + node.get("allOf", []) if branches else []:
        yield from _pairs(spec, branch, example)


@patch(
    "dates-as-published",
    "answers give date-times in fields declared as dates (salary schemes, schedules) and non-dates ('-5', "
    "08.11.2019) in date fields: the parser raised on them; the published values decide the format.",
)
def _dates_as_published(spec: Spec) -> None:
    changed = 0
    for media in _answers(spec):
        for node, value in list(_pairs(spec, media.get("schema", {}), media.get("example"))):
            declared = node.get("format")
            if declared not in ("date", "date-time") or not isinstance(value, str):
                continue
            fits = _parses(value)
            if declared not in fits:
                if "date-time" in fits:
                    node["format"] = "date-time"
                else:
                    del node["format"]
                changed += 1
    if not changed:
        raise PatchTargetGone("every published date fits its declared format now")


def _parses(value: str) -> set[str]:
    kinds = set()
    for kind, parse in (("date", dt.date.fromisoformat), ("date-time", dt.datetime.fromisoformat)):
        try:
            parse(value)
            kinds.add(kind)
        except ValueError:
            pass
    return kinds


@patch(
    "scalars-as-published",
    "answers publish fractions in fields typed integer (the z-report's account amounts: 54321.13), the daily "
    "chart points as [date-time text, value] pairs of integers, words in fields "
    "typed number (sold_item_type 'service') and booleans in the permission values typed text (their texts say "
    "'number, string or boolean'): the validating parser refused them; the published values decide the type.",
)
def _scalars_as_published(spec: Spec) -> None:
    pair = f"{SCHEMAS}/analytics_report_overall_chart_daily_row_item/items"  # [date-time text, value]
    expect(spec.get(pair), {"type": "integer", "format": "int32"}, pair)
    spec.set(pair, {})
    changed = 0
    for media in _answers(spec):
        for node, value in list(_pairs(spec, media.get("schema", {}), media.get("example"))):
            declared = node.get("type")
            if declared == "integer" and isinstance(value, float) and not value.is_integer():
                node["type"] = "number"
                node.pop("format", None)
                changed += 1
            elif declared in ("integer", "number") and isinstance(value, str) and not _numeric(value):
                node["type"] = "string"
                node.pop("format", None)
                changed += 1
    anything = 0  # the permission values: "number, string or boolean", typed text
    for name, schema in spec.get(SCHEMAS).items():
        for key, node in schema.get("properties", {}).items():
            text = node.get("description", "") if isinstance(node, dict) else ""
            if "number, string or boolean" in text:
                expect(node.get("type"), ["string", "null"], f"{SCHEMAS}/{name}/properties/{key}")
                del node["type"]  # any JSON value, null included
                anything += 1
    if anything < 3 or changed < 2:
        raise PatchTargetGone("no answer publishes a fraction in an integer or a word in a number any more")


def _numeric(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


@patch(
    "nullable-answer-dates",
    "dates in answers are null when unset (birth_date, expiration and end dates) but typed non-null: the "
    "parser crashed on null; every date in an answer may be null.",
)
def _nullable_answer_dates(spec: Spec) -> None:
    changed = 0
    for node in list(spec.success_schemas()):
        if node.get("format") in ("date", "date-time") and node.get("type") == "string":
            node["type"] = ["string", "null"]
            changed += 1
    if not changed:
        raise PatchTargetGone("every date in an answer is nullable now")


@patch(
    "answers-require-nothing",
    "answers list required fields that their own examples leave out (meta, active, image_group…): the parser "
    "raised KeyError; in answers a missing field is UNSET, and requests keep their required lists.",
)
def _answers_require_nothing(spec: Spec) -> None:
    changed = 0
    for node in list(spec.success_schemas()):
        if isinstance(node.get("required"), list) and isinstance(node.get("properties"), dict):
            del node["required"]
            changed += 1
    if not changed:
        raise PatchTargetGone("no answer schema lists required fields any more")


@patch(
    "single-branch-unions",
    "a team member's image_group is a oneOf with one bare object branch beside its properties: the union "
    "refused the published [] and {}; one branch is no union.",
)
def _single_branch_unions(spec: Spec) -> None:
    changed = 0
    for node in _schema_nodes(spec.doc):
        branches = node.get("oneOf")
        if isinstance(branches, list) and len(branches) == 1 and isinstance(branches[0], dict):
            del node["oneOf"]
            for key, value in branches[0].items():
                node.setdefault(key, value)
            changed += 1
    if not changed:
        raise PatchTargetGone("no oneOf has a single branch any more")


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
    "meta is an object on lists but PHP's empty array [] elsewhere; 72 answers publish it as an array (19 "
    "without items), POST /auth too: an object sent there failed the parse.",
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
        if isinstance(meta, dict) and meta.get("type") == "array":
            node["properties"]["meta"] = _object_or_empty_array()
            bare += 1
    if not bare:
        raise PatchTargetGone("no answer's meta is an array any more")


@patch(
    "items-for-every-array",
    "arrays without items (PHP's empty array beside an object, [object, array] types, an untyped list): the "
    "generator drops the whole schema and every answer using it.",
)
def _items_for_every_array(spec: Spec) -> None:
    changed = 0
    for node in _schema_nodes(spec.doc):
        kind = node.get("type")
        if isinstance(kind, list) and "array" in kind and "object" in kind and "items" not in node:
            others = [k for k in kind if k not in ("array", "object")]
            keep = {k: v for k, v in node.items() if k != "type"}
            node.clear()
            node.update(keep, oneOf=_object_or_empty_array()["oneOf"] + [{"type": k} for k in others])
            changed += 1
        elif kind == "array" and "items" not in node and "prefixItems" not in node:
            node["items"] = {}
            changed += 1
    if not changed:
        raise PatchTargetGone("every array has items now")


def _schema_nodes(doc: Json) -> list[Json]:
    """Every dict in the document outside examples and defaults (schemas and more), each once."""
    found, stack = [], [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            found.append(node)
            stack.extend(v for k, v in node.items() if k not in ("example", "examples", "default", "enum"))
        elif isinstance(node, list):
            stack.extend(node)
    return found


@patch(
    "artefact-properties",
    "three answers list their own component names as properties (LicenseOption, ImageGroup, "
    "LoyaltyGenerateCode…Option): never in a payload, generated as attributes that shadow classes.",
)
def _artefact_properties(spec: Spec) -> None:
    removed = 0
    for node in _schema_nodes(spec.doc):
        properties = node.get("properties")
        for key in (
            [k for k, v in properties.items() if k[:1].isupper() and "$ref" in v]
            if isinstance(properties, dict)
            else []
        ):
            del properties[key]
            required = [name for name in node.get("required", []) if name != key]
            if required:
                node["required"] = required
            else:
                node.pop("required", None)
            removed += 1
    if not removed:
        raise PatchTargetGone("no schema lists a component name as a property any more")


@patch(
    "day-keyed-map",
    "the z-report's z_data publishes one day timestamp ('1481101200') as a property name: the keys are days.",
)
def _day_keyed_map(spec: Spec) -> None:
    z_data = spec.get(f"{SCHEMAS}/z_report_response_data_types/properties/data/properties/z_data")
    day = z_data.get("properties", {}).pop("1481101200", None)
    if day is None:
        raise PatchTargetGone("z_data has no '1481101200' property now")
    z_data["additionalProperties"] = day
    if not z_data["properties"]:
        del z_data["properties"]


@patch(
    "nullable-refs",
    "five objects are typed [object, null] around an allOf reference; the generator keeps the model and drops "
    "the null, so a published null crashed the parser.",
)
def _nullable_refs(spec: Spec) -> None:
    changed = 0
    for node in _schema_nodes(spec.doc):
        kind, parts = node.get("type"), node.get("allOf")
        if isinstance(kind, list) and "null" in kind and isinstance(parts, list) and len(parts) == 1:
            keep = {k: v for k, v in node.items() if k not in ("type", "allOf")}
            node.clear()
            node.update(keep, oneOf=[parts[0], NULL])
            changed += 1
    if not changed:
        raise PatchTargetGone("no nullable allOf is published any more")


@patch(
    "nullable-enums",
    "three nullable fields list enum values without null: generated as a Literal that refuses the null.",
)
def _nullable_enums(spec: Spec) -> None:
    changed = 0
    for node in _schema_nodes(spec.doc):
        kind, values = node.get("type"), node.get("enum")
        if isinstance(kind, list) and "null" in kind and isinstance(values, list) and None not in values:
            values.append(None)
            changed += 1
    if not changed:
        raise PatchTargetGone("every nullable enum lists null now")


@patch(
    "open-answer-enums",
    "enums in answers (grid types, entity types, role slugs…) make one unknown value fail the whole parse; "
    "answers keep them as text or numbers (the values stay in the description). Requests keep their enums.",
)
def _open_answer_enums(spec: Spec) -> None:
    changed = 0
    for node in list(spec.success_schemas()):
        values = node.get("enum")
        if isinstance(values, list) and node.get("type") not in (None, "object", "array"):
            known = ", ".join(str(v) for v in values if v is not None)
            node["description"] = f"{node.get('description', '').rstrip('.')} (known values: {known})".lstrip()
            del node["enum"]
            changed += 1
    if not changed:
        raise PatchTargetGone("no answer declares an enum any more")


@patch(
    "pdf-receipt-as-bytes",
    "the visit receipt is published as application/pdf with no schema: the generator omits the answer; "
    "as a binary string (octet-stream for the generator, see content_type_overrides) the call returns a File.",
)
def _pdf_receipt(spec: Spec) -> None:
    content = spec.get(f"{spec.operation_pointer('get_visit_receipt_pdf')}/responses/200/content")
    media = content.get("application/pdf")
    if media is None or "schema" in media:
        raise PatchTargetGone("the receipt answer is not a schema-less application/pdf any more")
    media["schema"] = {"type": "string", "format": "binary"}


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
# Other error bodies of the published file, removed with the rest once no answer refers to them.
LEGACY_ERRORS = (
    "401_unauthorized_response_legacy",
    "404_not_found_response_legacy",
    "response_errors_unauthorized_object",
    "response_errors_not_found_object",
    "response_meta_error_not_found_object",
    "400_bad_request_response",
    "422_unprocessable_entity_response",
)
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
    operations = [op for _, _, op in spec.operations()] + list(spec.webhooks())
    answers = [(s, r) for op in operations for s, r in op.get("responses", {}).items()]
    shared = spec.doc["components"].get("responses", {})  # referenced by status: all are errors here
    for status, response in [*answers, *(("4xx", r) for r in shared.values())]:
        media = response.get("content", {}).get("application/json")
        if status.startswith(("4", "5")) and media and ("schema" in media or "example" in media):
            example = media["example"] if "example" in media else _example_of(spec, media["schema"])
            media["schema"] = {"$ref": "#/components/schemas/ErrorResponse"}
            if example is not None:
                media["example"] = copy.deepcopy(example)
    schemas = spec.doc["components"]["schemas"]
    for name in PUBLISHED_ERRORS:
        if name not in schemas:
            raise PatchTargetGone(f"components/schemas/{name} is gone")
    removed = True
    while removed:  # an envelope goes first, then the parts only it used (200_success_response keeps one)
        used = json.dumps(spec.doc)
        gone = [n for n in (*PUBLISHED_ERRORS, *LEGACY_ERRORS) if n in schemas and f'"#{SCHEMAS}/{n}"' not in used]
        for name in gone:
            del schemas[name]
        removed = bool(gone)


@patch(
    "unique-schema-titles",
    "five titles are shared by 12 schemas ('Response error message' (5 schemas), 'Object of model \"Position\"' (2)…); "
    "the generator names classes by title and drops every schema after the first, with all that uses it.",
)
def _unique_titles(spec: Spec) -> None:
    schemas = spec.doc["components"]["schemas"]
    by_title: dict[str, list[str]] = {}
    for key, schema in schemas.items():
        if isinstance(schema, dict) and isinstance(schema.get("title"), str):
            by_title.setdefault(schema["title"], []).append(key)
    shared = [keys for keys in by_title.values() if len(keys) > 1]
    if not shared:
        raise PatchTargetGone("every schema title is unique now")
    for keys in shared:
        for key in keys:
            schemas[key]["title"] = key
