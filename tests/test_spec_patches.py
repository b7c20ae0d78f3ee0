"""The spec patches: what the published description gets wrong, what the patches make of it, and
that they stop loudly once upstream changes under them.

``openapi.yaml`` is kept as published, mistakes included; the patches run before generation
(``python -m altegio_spec_patches``) and ``generated/`` is the generator's output from the result.
"""

from __future__ import annotations

import ast
import copy
import functools
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from altegio_spec_patches import PATCHES, Patch, PatchTargetGone, Spec, apply_all

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
GENERATED = ROOT / "generated" / "altegio_client"
API = GENERATED / "api"

Doc = dict[str, Any]

SCHEMAS = "#/components/schemas"
ERROR_REF = f"{SCHEMAS}/ErrorResponse"
GIFT_CARDS = "loyalty_certificates_response_data_types"
MEMBERSHIPS = "loyalty_abonements_response_data_types"
MEMBERSHIP_TYPES = "loyalty_abonements_type_search_response_data_types"
GIFT_CARD_TYPES = "loyalty_certificate_type_search_response_data_types"
LISTS = (GIFT_CARDS, MEMBERSHIPS, MEMBERSHIP_TYPES, GIFT_CARD_TYPES)
EMPTY_ARRAY = {"type": "array", "items": {}, "maxItems": 0}

EVENT_OPERATIONS = ("search_memberships_for_event", "check_memberships_for_event")
# Published with BearerPartner although the server wants the user token as well.
PUBLISHED_PARTNER_ONLY = (
    "get_client_memberships",
    "get_user_memberships",
    "get_membership_list",
    *EVENT_OPERATIONS,
    "get_client_gift_cards",
    "get_user_gift_cards",
)
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
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


# --- helpers ----------------------------------------------------------------------------


@functools.cache
def _published_once() -> Doc:
    doc = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    assert isinstance(doc, dict)
    return doc


def published() -> Doc:
    """A fresh copy of openapi.yaml as published."""
    return copy.deepcopy(_published_once())


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
                found[item[method]["operationId"]] = (path, item[method])
    return found


def operation(doc: Doc, operation_id: str) -> Doc:
    return operations(doc)[operation_id][1]


def params(doc: Doc, operation_id: str) -> dict[tuple[str, str], Doc]:
    """(in, name) -> parameter of one operation."""
    return {(p["in"], p["name"]): p for p in operation(doc, operation_id).get("parameters", [])}


def item_properties(doc: Doc, schema: str) -> Doc:
    """The properties of one row of a list envelope."""
    properties: Doc = doc["components"]["schemas"][schema]["properties"]["data"]["items"]["properties"]
    return properties


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
    """(operationId, status, application/json media) of every 4xx/5xx answer."""
    return [
        (op_id, status, response["content"]["application/json"])
        for op_id, (_, op) in operations(doc).items()
        for status, response in op["responses"].items()
        if status.startswith(("4", "5")) and "application/json" in response.get("content", {})
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


def function_parameters(source: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            a = node.args
            names.update(arg.arg for arg in [*a.posonlyargs, *a.args, *a.kwonlyargs])
    return names


def public_client_annotations(path: Path) -> dict[str, str]:
    """Public function name -> annotation of its ``client`` parameter."""
    found: dict[str, str] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith("_"):
            for arg in node.args.kwonlyargs:
                if arg.arg == "client" and arg.annotation is not None:
                    found[node.name] = ast.unparse(arg.annotation)
    return found


# --- 1. the published file keeps the published mistakes ---------------------------------


def test_published_copmany_id_typo() -> None:
    found = params(published(), "get_client_gift_cards")
    assert ("query", "copmany_id") in found
    assert ("query", "company_id") not in found


def test_published_transport_headers_on_every_operation() -> None:
    doc = published()
    assert len(operations(doc)) == 12
    for op_id in operations(doc):
        headers = {name for where, name in params(doc, op_id) if where == "header"}
        content_type = "Conetnt-Type" if op_id == "get_membership_type_list" else "Content-Type"
        assert headers == {"Accept", content_type, "Authorization"}, op_id


def test_published_conetnt_type_misspelling() -> None:
    found = params(published(), "get_membership_type_list")
    assert ("header", "Conetnt-Type") in found
    assert ("header", "Content-Type") not in found


def test_published_authorization_typed_integer() -> None:
    assert params(published(), "get_gift_card_type_list")[("header", "Authorization")]["schema"] == {"type": "integer"}


def test_published_ids_is_a_scalar_number() -> None:
    doc = published()
    assert params(doc, "get_membership_type_list_by_id")[("query", "ids[]")]["schema"] == {"type": "number"}
    assert not any(name.startswith("ids") for _, name in params(doc, "get_gift_card_type_list_by_id"))


def test_published_phone_typed_number() -> None:
    doc = published()
    for op_id in ("get_client_gift_cards", "get_client_memberships"):
        assert params(doc, op_id)[("query", "phone")]["schema"]["type"] == "number", op_id


def test_published_ids_and_pages_typed_number() -> None:
    doc = published()
    assert params(doc, "get_client_gift_cards")[("query", "copmany_id")]["schema"]["type"] == "number"
    assert params(doc, "get_membership_type_list")[("query", "page")]["schema"]["type"] == "number"
    assert params(doc, "get_membership_list")[("query", "abonements_ids")]["schema"]["items"] == {"type": "number"}


def test_published_event_paths_repeat_the_base_path() -> None:
    doc = published()
    assert doc["servers"][0]["url"].endswith("/api/v1")
    doubled = {op_id for op_id, (path, _) in operations(doc).items() if path.startswith("/api/v1/")}
    assert doubled == set(EVENT_OPERATIONS)


def test_published_partner_only_security() -> None:
    doc = published()
    assert operation(doc, "get_user_gift_cards")["security"] == [{"BearerPartner": []}]
    for op_id in PUBLISHED_PARTNER_ONLY:
        assert operation(doc, op_id)["security"] == [{"BearerPartner": []}], op_id


def test_published_response_mistakes() -> None:
    doc = published()
    schemas = doc["components"]["schemas"]
    chain = operation(doc, "get_membership_list")["responses"]
    assert "schema" not in chain["200"]["content"]["application/json"]
    assert "schema" not in chain["400"]["content"]["application/json"]
    assert item_properties(doc, GIFT_CARDS)["number"]["type"] == "string"
    assert item_properties(doc, GIFT_CARDS)["expiration_date"]["type"] == "string"
    assert item_properties(doc, MEMBERSHIP_TYPES)["id"]["type"] == "number"
    for name in LISTS:
        assert schemas[name]["properties"]["meta"]["type"] == "object", name
    assert schemas["auth_response"]["properties"]["meta"]["type"] == "array"
    assert set(PUBLISHED_ERRORS) <= set(schemas)
    assert "ErrorResponse" not in schemas


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


def test_patched_has_no_header_parameters() -> None:
    doc = patched()
    for _, op in operations(doc).values():
        assert not [p for p in op.get("parameters", []) if p["in"] == "header"], op["operationId"]


def test_patched_company_id() -> None:
    found = params(patched(), "get_client_gift_cards")
    assert ("query", "copmany_id") not in found
    assert found[("query", "company_id")]["schema"] == {"type": "integer"}
    assert found[("query", "company_id")]["required"] is True


def test_patched_phone_is_a_string() -> None:
    doc = patched()
    for op_id in ("get_client_gift_cards", "get_client_memberships"):
        assert params(doc, op_id)[("query", "phone")]["schema"]["type"] == "string", op_id


def test_patched_no_parameter_typed_number() -> None:
    doc = patched()
    for op_id in operations(doc):
        for key, param in params(doc, op_id).items():
            schema = param.get("schema", {})
            assert schema.get("type") != "number", (op_id, key)
            assert schema.get("items", {}).get("type") != "number", (op_id, key)


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
    doc = patched()
    for op_id, (_, op) in operations(doc).items():
        if op_id == "authorize_user":
            assert op["security"] == []
        else:
            assert op["security"] == [{"BearerPartnerUser": []}], op_id


def test_patched_chain_membership_list_schemas() -> None:
    responses = operation(patched(), "get_membership_list")["responses"]
    assert responses["200"]["content"]["application/json"]["schema"] == {"$ref": f"{SCHEMAS}/{MEMBERSHIPS}"}
    assert responses["400"]["content"]["application/json"]["schema"] == {"$ref": ERROR_REF}


def test_patched_codes_may_be_integers() -> None:
    doc = patched()
    assert item_properties(doc, GIFT_CARDS)["number"]["type"] == ["string", "integer"]
    assert item_properties(doc, MEMBERSHIPS)["number"]["type"] == ["string", "integer"]
    assert item_properties(doc, MEMBERSHIPS)["type"]["properties"]["title"]["type"] == ["string", "integer"]


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


def test_patched_meta_is_an_object_or_an_empty_array() -> None:
    schemas = patched()["components"]["schemas"]
    for name in LISTS:
        obj, empty = schemas[name]["properties"]["meta"]["oneOf"]
        assert obj["type"] == "object", name
        assert empty == EMPTY_ARRAY, name
    assert schemas["auth_response"]["properties"]["meta"]["oneOf"] == [
        {"type": "object", "additionalProperties": True},
        EMPTY_ARRAY,
    ]


def test_patched_errors_share_one_envelope() -> None:
    doc = patched()
    schemas = doc["components"]["schemas"]
    assert {"ErrorResponse", "ErrorMeta"} <= set(schemas)
    assert not set(PUBLISHED_ERRORS) & set(schemas)
    answers = error_media(doc)
    assert {op_id for op_id, _, _ in answers} == set(operations(doc))  # every operation documents errors
    for op_id, status, media in answers:
        assert media["schema"] == {"$ref": ERROR_REF}, (op_id, status)
        assert "example" in media, (op_id, status)  # the published example stays for the mock


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
    file): the full run stops at this patch, not earlier and not silently."""
    doc = published()
    patch.apply(Spec(doc))
    assert failure(doc, PATCHES).startswith(f"patch {patch.name!r} ")


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


def test_published_file_applies_cleanly() -> None:
    """The failures above come from the edits, not from the published file itself."""
    doc = published()
    assert apply_all(doc, PATCHES)
    assert doc != published()


# --- 4. the command writes only its target ----------------------------------------------


def test_cli_leaves_the_published_file_alone(tmp_path: Path) -> None:
    before = SPEC.read_bytes()
    out = tmp_path / "out.yaml"
    result = run_cli("openapi.yaml", str(out))
    assert result.returncode == 0, result.stderr
    assert SPEC.read_bytes() == before
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Generated by altegio_spec_patches from openapi.yaml; do not edit.\n")
    assert yaml.safe_load(text) == patched()
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
    modules = {p.stem for p in API.glob("*/*.py") if p.stem != "__init__"}
    assert modules == set(operations(published()))


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
    assert {"client", "company_id", "phone"} <= names  # the walk does see the operations' arguments
    assert not names & {"authorization", "accept", "content_type"}


def test_generated_phone_is_a_string() -> None:
    source = (API / "subscriptions_certificates" / "get_client_gift_cards.py").read_text(encoding="utf-8")
    assert "phone: str" in source
    assert "phone: float" not in source


def test_generated_ids_is_a_list_of_integers() -> None:
    source = (API / "subscriptions_certificates" / "get_membership_type_list_by_id.py").read_text(encoding="utf-8")
    assert "ids: list[int]" in source


def test_generated_user_token_operations_need_an_authenticated_client() -> None:
    modules = sorted((API / "subscriptions_certificates").glob("[!_]*.py"))
    assert len(modules) == 11
    for path in modules:
        assert "client: AuthenticatedClient," in path.read_text(encoding="utf-8"), path.name
        annotations = public_client_annotations(path)
        assert set(annotations) == {"sync", "sync_detailed", "asyncio", "asyncio_detailed"}, path.name
        assert set(annotations.values()) == {"AuthenticatedClient"}, path.name


def test_generated_login_takes_any_client() -> None:
    path = API / "authentication_b2b" / "authorize_user.py"
    assert "client: AuthenticatedClient | Client" in path.read_text(encoding="utf-8")
    assert set(public_client_annotations(path).values()) == {"AuthenticatedClient | Client"}
