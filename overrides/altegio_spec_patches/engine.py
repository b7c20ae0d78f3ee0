"""A tiny engine for named, loud spec patches.

A patch is a function that edits the parsed OpenAPI document in place. It reaches its
targets only through :class:`Spec`, whose look-ups raise :class:`PatchTargetGone` when the
published description no longer has what the patch expects (renamed operation, parameter
gone, type already fixed upstream). A new download can therefore never silently undo or
double-apply a fix: ``make generate`` stops and names the patch to revisit.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

Json = Any
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


class PatchTargetGone(Exception):
    """The published description no longer matches what a patch was written against."""


@dataclass(frozen=True)
class Patch:
    name: str
    reason: str
    apply: Callable[[Spec], None]


class Spec:
    """The document being patched, with look-ups that fail loudly."""

    def __init__(self, doc: dict[str, Json]) -> None:
        self.doc = doc

    # --- operations -------------------------------------------------------------------
    def operations(self) -> Iterator[tuple[str, str, dict[str, Json]]]:
        for path, item in self.doc.get("paths", {}).items():
            for method in HTTP_METHODS:
                if method in item:
                    yield path, method, item[method]

    def webhooks(self) -> Iterator[dict[str, Json]]:
        """The operations of the webhooks section (contracts of requests the API sends, not calls)."""
        for item in self.doc.get("webhooks", {}).values():
            for method in HTTP_METHODS:
                if method in item:
                    yield item[method]

    def operation(self, operation_id: str) -> dict[str, Json]:
        for _, _, op in self.operations():
            if op.get("operationId") == operation_id:
                return op
        raise PatchTargetGone(f"operation {operation_id!r} is not in the description")

    def path_of(self, operation_id: str) -> str:
        for path, _, op in self.operations():
            if op.get("operationId") == operation_id:
                return path
        raise PatchTargetGone(f"operation {operation_id!r} is not in the description")

    def parameters(self, operation: Json) -> list[Json]:
        """An operation's parameters, shared ones resolved (the live objects: patches edit them)."""
        return [self.resolve(p) for p in operation.get("parameters", [])]

    def parameter(self, operation_id: str, name: str, where: str) -> dict[str, Json]:
        for param in self.parameters(self.operation(operation_id)):
            if param.get("name") == name and param.get("in") == where:
                return param  # type: ignore[no-any-return]  # the live object: patches edit it
        raise PatchTargetGone(f"{operation_id}: no {where} parameter {name!r}")

    def operation_pointer(self, operation_id: str) -> str:
        for path, method, op in self.operations():
            if op.get("operationId") == operation_id:
                return _pointer(["paths", path, method])
        raise PatchTargetGone(f"operation {operation_id!r} is not in the description")

    def resolve(self, node: Json) -> Json:
        """A node, or what its local $ref points at."""
        if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
            return self.get(node["$ref"][1:])
        return node

    def success_schemas(self) -> Iterator[Json]:
        """Every schema node a 2xx answer can contain, each once, following $refs."""
        seen: set[int] = set()
        stack = [
            media["schema"]
            for _, _, op in self.operations()
            for status, response in op.get("responses", {}).items()
            if status.startswith("2")
            for media in self.resolve(response).get("content", {}).values()
            if isinstance(media, dict) and "schema" in media
        ]
        while stack:
            node = self.resolve(stack.pop())
            if id(node) in seen:
                continue
            seen.add(id(node))
            if isinstance(node, dict):
                yield node
                stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
            elif isinstance(node, list):
                stack.extend(v for v in node if isinstance(v, (dict, list)))

    def response_pointer(self, operation_id: str, status: str = "200") -> str:
        """JSON pointer to the JSON schema of one documented answer of an operation."""
        pointer = f"{self.operation_pointer(operation_id)}/responses/{status}/content/application~1json/schema"
        self.get(pointer)  # fails loudly when that answer is not documented
        return pointer

    # --- JSON pointers ----------------------------------------------------------------
    def get(self, pointer: str) -> Json:
        node: Json = self.doc
        for token in _tokens(pointer):
            try:
                node = node[int(token)] if isinstance(node, list) else node[token]
            except (KeyError, IndexError, ValueError, TypeError):
                raise PatchTargetGone(f"nothing at {pointer}") from None
        return node

    def set(self, pointer: str, value: Json) -> None:
        *parents, last = _tokens(pointer)
        parent = self.get(_pointer(parents))
        if isinstance(parent, list):
            parent[int(last)] = value
        else:
            parent[last] = value

    def add_component(self, kind: str, name: str, value: Json) -> None:
        bucket = self.doc.setdefault("components", {}).setdefault(kind, {})
        if name in bucket:
            raise PatchTargetGone(f"components/{kind}/{name} exists upstream now")
        bucket[name] = copy.deepcopy(value)


def expect(actual: Json, expected: Json, what: str) -> None:
    """Fail loudly unless the published value is still the one the patch corrects."""
    if actual != expected:
        raise PatchTargetGone(f"{what}: expected {expected!r}, found {actual!r}")


def apply_all(doc: dict[str, Json], patches: list[Patch]) -> list[str]:
    """Apply patches in order; returns the names applied. Raises on the first failure."""
    spec = Spec(doc)
    applied = []
    for patch in patches:
        try:
            patch.apply(spec)
        except PatchTargetGone as exc:
            raise PatchTargetGone(f"patch {patch.name!r} ({patch.reason}): {exc}") from exc
        applied.append(patch.name)
    return applied


def _tokens(pointer: str) -> list[str]:
    if pointer in ("", "/"):
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


def _pointer(tokens: list[str]) -> str:
    return "".join("/" + t.replace("~", "~0").replace("/", "~1") for t in tokens)
