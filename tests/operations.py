"""Every operation of the API, read off the patched description and the generated client.

``OPERATIONS[operation_id]`` holds, for each of the generated operations:

- the generated ``sync_detailed`` and ``asyncio_detailed`` functions, the HTTP method and path;
- keyword arguments the call accepts: the required path and query parameters (the published example
  value where there is one, else a small value of the declared type) and the request body built
  from its generated model, from the published request example (or one assembled from the
  properties' examples);
- what each documented 2xx status parses into, read from the generated ``_parse_response``: a model,
  a bare array of a model, a ``File``, or nothing (a bodiless success, whose call returns None).

Nothing here is spelled out per operation but ``ARGUMENTS``, the few values that a published example
does not give (each says why). A new operation upstream joins the table by itself.
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
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

import altegio_client.api
from altegio_client.types import File, Unset
from altegio_spec_patches import PATCHES, apply_all

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED: Any = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
PATCHED: Any = copy.deepcopy(PUBLISHED)
apply_all(PATCHED, PATCHES)
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
PHONE = "+13155550175"
MISSING: Any = object()  # "no example published", as opposed to a published ``example: null``
IMAGE = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24  # the first bytes of a PNG file

# Values no published example gives, or gives in a form the call cannot take.
ARGUMENTS: dict[str, dict[str, Any]] = {
    # The membership list of a chain filters by creation date; the published example has none.
    "get_membership_list": {
        "created_after": "2026-09-01T00:00:00.000-05:00",
        "created_before": "2026-09-30T23:59:59.000-05:00",
    },
    # The loyalty statistics need a period and a program (published as text).
    "get_loyalty_program_revenue_statistics": {"date_from": "2026-09-01", "date_to": "2026-09-30"},
    "get_loyalty_program_team_member_statistics": {"date_from": "2026-09-01", "date_to": "2026-09-30"},
    "get_loyalty_program_client_statistics": {"date_from": "2026-09-01", "date_to": "2026-09-30"},
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
    """The example with every required property it leaves out added (its own example, else a small value)."""
    schema = resolve(doc, schema)
    if isinstance(example, list) and isinstance(schema.get("items"), dict):
        return [completed(doc, schema["items"], item) for item in example]
    if not isinstance(schema.get("properties"), dict) or not isinstance(example, dict | None):
        return example
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


def _body_for(annotation: Any, example: Any) -> Any:
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a not in (Unset, type(None))]
        for option in options:
            try:
                return _body_for(option, example)
            except (KeyError, TypeError, ValueError, AttributeError):
                continue
        raise AssertionError(f"no member of {annotation!r} takes {example!r}")
    if annotation is File:
        return File(payload=io.BytesIO(IMAGE), file_name="photo.png", mime_type="image/png")
    if origin is list:
        return [_body_for(args[0], item) for item in (example if isinstance(example, list) else [{}])]
    data = copy.deepcopy(example) if isinstance(example, dict) else {}
    for key in _binary_fields(annotation):
        if not isinstance(data.get(key), bytes):
            data[key] = IMAGE
    return annotation.from_dict(data)


def _binary_fields(model: type[Any]) -> dict[str, Any]:
    """The File fields of a multipart body model (from_dict reads them as bytes)."""
    try:
        hints = typing.get_type_hints(model, vars(importlib.import_module(model.__module__)))
    except NameError:
        return {}
    return {name: hint for name, hint in hints.items() if File in typing.get_args(hint) or hint is File}


def arguments_of(doc: Any, operation_id: str, operation: Any, call: Callable[..., Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(call)
    parameters = [resolve(doc, p) for p in operation.get("parameters", [])]
    values: dict[str, Any] = {}
    for name, parameter in inspect.signature(call).parameters.items():
        if name == "client":
            continue
        if name == "body":
            example = request_example(doc, operation)
            if parameter.default is inspect.Parameter.empty or example is not MISSING:
                schema = next(iter(resolve(doc, operation["requestBody"])["content"].values())).get("schema", {})
                values[name] = _body_for(hints[name], completed(doc, schema, None if example is MISSING else example))
            continue
        if parameter.default is not inspect.Parameter.empty:
            continue  # optional: the paging and filter tests set them
        published: dict[str, Any] = next(
            (p for p in parameters if _norm(p["name"]) == _norm(name.removesuffix("_"))), {}
        )
        example = published.get("example", published.get("schema", {}).get("example", MISSING))
        values[name] = _value_for(hints[name], name, example)
    return {**values, **ARGUMENTS.get(operation_id, {})}


# --- the table ----------------------------------------------------------------------------------


def _table() -> dict[str, Operation]:
    modules = generated_modules()
    table, broken = {}, []
    for operation_id, method, path, operation in spec_operations(PATCHED):
        module = modules[operation_id]
        try:
            arguments = arguments_of(PATCHED, operation_id, operation, module.sync_detailed)
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
            answers=parsed_answers(module),
            needs_user_token=operation.get("security") not in ([], None),
        )
    assert not broken, "no call could be built for:\n" + "\n".join(broken)
    return table


OPERATIONS: dict[str, Operation] = _table()
