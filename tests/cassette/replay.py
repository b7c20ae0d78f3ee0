"""What the table-driven cassette tests check: the request on the wire, the answer, the refusal.

``tests.operations.OPERATIONS`` says per operation what to send and what the wire must carry
(``Operation.wire``, derived from the description alone) and which documented error its refusal
replays. This module compares a recorded exchange with that:

- ``assert_wire``: method, path, query (names, values, order), Accept, Authorization, and the exact
  JSON body or multipart parts of a write;
- ``assert_answered``: the parsed answer is what the generated parser makes of the status served,
  every served key, list length and value comes back, and the table's probe (one published value,
  found by its path) is in the parsed model;
- ``assert_refused``: the typed error of the documented status, with its published message, the
  served body, and no secret in its text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

import attrs
import httpx

from altegio import (
    ALTEGIO_ACCEPT,
    APIError,
    AuthenticationError,
    UserTokenInvalid,
    ValidationError,
)
from altegio._tolerance import MONEY_KEYS
from altegio_client.types import File, Unset
from tests.answers import ERRORS, assert_round_trips, field_errors_published, lax_same, meta_message, unwrapped
from tests.conftest import Account
from tests.operations import MISSING, PATCHED, Operation, published_example, resolve, spec_operations
from tests.scrubbing import PERSON_KEYS, SECRET_KEYS

SPEC_OPERATIONS = {op: operation for op, _, _, operation in spec_operations(PATCHED)}


# --- the request ----------------------------------------------------------------------------------


def assert_wire(sent: Sequence[httpx.Request], entry: Operation, account: Account, base_path: str) -> None:
    assert len(sent) == 1, [str(r.url) for r in sent]
    request, wire = sent[0], entry.wire
    assert request.method == wire.method
    assert request.url.raw_path.split(b"?")[0].decode() == base_path + wire.path
    assert request.url.params.multi_items() == list(wire.query)
    assert request.headers["Accept"] == ALTEGIO_ACCEPT
    user = f", User {account.user_token}" if wire.user_token else ""
    assert request.headers["Authorization"] == f"Bearer {account.partner_token}{user}"
    if wire.parts is not None:
        assert multipart_parts(request) == list(wire.parts)
    elif wire.json is not MISSING:
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.content) == wire.json
    else:
        assert request.content == b""
        assert "Content-Type" not in request.headers


def multipart_parts(request: httpx.Request) -> list[tuple[str, str | None, bytes]]:
    """(name, file name, content) of each part of a multipart/form-data body, in order."""
    kind = request.headers["Content-Type"]
    assert kind.startswith("multipart/form-data; boundary="), kind
    boundary = kind.split("boundary=", 1)[1].encode()
    body = request.read()
    assert body.endswith(b"--" + boundary + b"--\r\n"), body[-60:]
    parts = []
    for chunk in body.split(b"--" + boundary)[1:-1]:
        head, _, content = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        disposition = head.decode().split("\r\n")[0]
        name = re.search(r'; name="([^"]*)"', disposition)
        filename = re.search(r'; filename="([^"]*)"', disposition)
        assert name is not None, disposition
        parts.append((name.group(1), filename.group(1) if filename else None, content.removesuffix(b"\r\n")))
    return parts


# --- the answer -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Probe:
    """One published value of the success example and where it is: ``data[0].id == 409726``."""

    path: tuple[str | int, ...]
    value: Any

    def __str__(self) -> str:
        return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in self.path).lstrip(".")


def probe_of(entry: Operation) -> Probe | None:
    """The first id (else the first plain value) of the success example the mock serves, away from
    what the scrubber replaces; None where nothing is published or the answer has no body."""
    status = entry.success_statuses[0]
    if entry.answer(status).kind in ("none", "file"):
        return None
    response = resolve(PATCHED, SPEC_OPERATIONS[entry.id]["responses"][str(status)])
    media: Any = next((m for t, m in response.get("content", {}).items() if "json" in t), {})
    # a whole published example (the mock serves it); one assembled from properties, it does not
    example = media.get("example", resolve(PATCHED, media.get("schema", {})).get("example", MISSING))
    found = None if example is MISSING else _first_value(unwrapped(example), ())
    return None if found is None else Probe(*found)


def _first_value(node: Any, path: tuple[str | int, ...]) -> tuple[tuple[str | int, ...], Any] | None:
    if isinstance(node, list):
        return _first_value(node[0], (*path, 0)) if node else None
    if not isinstance(node, dict):
        return None
    if isinstance(node.get("data"), dict | list) and "success" in node:
        return _first_value(node["data"], (*path, "data"))
    person = any(key in node for key in ("phone", "email"))
    keys = [k for k in node if re.fullmatch(r"[a-z][a-z0-9_]*", k) and k not in SECRET_KEYS]
    keys = [k for k in keys if not (person and k in PERSON_KEYS)]
    plain = [k for k in keys if isinstance(node[k], int | float | str) and node[k] != ""]
    for key in sorted(plain, key=lambda k: k != "id"):
        return (*path, key), node[key]
    for key in keys:
        found = _first_value(node[key], (*path, key))
        if found is not None:
            return found
    return None


def follow(parsed: Any, path: Sequence[str | int]) -> Any:
    """The value at a JSON path in a parsed answer: indexes, model attributes, unknown keys."""
    node = parsed
    for step in path:
        if isinstance(step, int) or isinstance(node, Mapping):
            node = node[step]
            continue
        names = {field.name for field in attrs.fields(type(node))}
        attribute = next((n for n in (step, f"{step}_") if n in names), None)
        node = getattr(node, attribute) if attribute else node.additional_properties[step]
        assert not isinstance(node, Unset), f"{step} missing from the answer"
    return node


def same_value(published: Any, parsed: Any, key: str) -> bool:
    """A published JSON scalar and its parsed value: money as Decimal, dates as dates, the declared type by a
    documented lax coercion (codes published as integers are text)."""
    if isinstance(parsed, Enum):
        parsed = parsed.value
    if isinstance(parsed, Decimal) and key in MONEY_KEYS:
        return parsed == Decimal(str(published))
    if isinstance(parsed, datetime | date) and isinstance(published, str):
        kind = type(parsed)
        return parsed == kind.fromisoformat(published)
    return (type(parsed) is type(published) and parsed == published) or lax_same(published, parsed)


def assert_answered(entry: Operation, answer: Any, response: httpx.Response, probe: Probe | None) -> None:
    expected = entry.answer(response.status_code)
    assert response.status_code == entry.success_statuses[0]  # the first documented success: what Prism serves
    if expected.kind == "none":
        assert answer is None
        return
    if expected.kind == "file":
        assert isinstance(answer, File)
        assert answer.payload.read() == response.content
        return
    assert expected.model is not None
    if expected.kind == "list":
        assert isinstance(answer, list) and all(isinstance(item, expected.model) for item in answer)
        parsed = [item.to_dict() for item in answer]
    else:
        assert isinstance(answer, expected.model), f"{type(answer).__name__}, not {expected.model.__name__}"
        parsed = answer.to_dict()
    assert_round_trips(unwrapped(response.json()), parsed)
    if probe is not None:
        key = next((p for p in reversed(probe.path) if isinstance(p, str)), "")
        value = follow(answer, probe.path)
        assert same_value(probe.value, value, key), f"{probe}: published {probe.value!r}, parsed {value!r}"


# --- the refusal --------------------------------------------------------------------------------------


def expected_error(entry: Operation) -> type[APIError]:
    status = entry.refusal
    if status == 401 and not entry.wire.user_token:
        return AuthenticationError  # only the partner token was sent: not a stale user token
    if status == 400 and field_errors_published(unwrapped(refusal_example(entry))):
        return ValidationError  # a 400 that names fields
    return ERRORS[status]


def refusal_example(entry: Operation) -> Any:
    """The published body of the refusal; None where the status documents none (the mock sends none)."""
    response = resolve(PATCHED, SPEC_OPERATIONS[entry.id]["responses"][str(entry.refusal)])
    media = next((m for t, m in response.get("content", {}).items() if "json" in t), None)
    example = MISSING if media is None else published_example(PATCHED, media)
    return None if example is MISSING else example


def assert_refused(entry: Operation, error: APIError, account: Account) -> None:
    assert type(error) is expected_error(entry), f"{type(error).__name__}, not {expected_error(entry).__name__}"
    assert (error.status, error.operation) == (entry.refusal, entry.id)
    assert error.response is not None
    served = json.loads(error.response.content) if error.response.content else None
    assert error.body == unwrapped(served)
    assert error.message == meta_message(unwrapped(refusal_example(entry)))
    text = f"{error}{error!r}"
    for secret in (account.partner_token, account.user_token, account.phone, account.password, account.login):
        assert secret not in text
    if isinstance(error, UserTokenInvalid):
        assert "log in again" in str(error)
