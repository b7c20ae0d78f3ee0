"""What the runtime reads off a generated ``*_detailed`` operation: its name, whether it needs the
user token, and what its success answers parse into. No I/O; each answer is cached per operation."""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Callable
from typing import Any

from altegio_client.client import AuthenticatedClient
from altegio_client.models import ErrorResponse
from altegio_client.types import Unset


def operation_name(operation: Callable[..., object]) -> str:
    """``get_user_gift_cards`` for ``get_user_gift_cards.sync_detailed``."""
    return getattr(operation, "__module__", "").rpartition(".")[2] or getattr(operation, "__name__", "operation")


@functools.cache
def needs_user_token(operation: Callable[..., object]) -> bool:
    """Operations whose generated signature demands an AuthenticatedClient need the user token."""
    try:
        hints = typing.get_type_hints(operation)
    except (NameError, TypeError):
        return False
    return hints.get("client") is AuthenticatedClient


def union_members(hint: Any) -> list[Any]:
    """The members of a union (one hint for anything else), without Unset and None."""
    members = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    return [member for member in members if member not in (Unset, type(None))]


@functools.cache
def success_answers(operation: Callable[..., object]) -> tuple[Any, ...] | None:
    """What the operation's success answers parse into (its parsed type without ErrorResponse and Any):
    ``()`` when they document no body (204s, set_balance), None when the annotations cannot be read
    (a wrapper, a partial)."""
    try:
        response = typing.get_type_hints(operation).get("return")
    except (NameError, TypeError):
        return None
    parsed = typing.get_args(response)[:1]
    if not parsed:
        return ()
    return tuple(member for member in union_members(parsed[0]) if member not in (ErrorResponse, Any))


def documents_a_success_body(operation: Callable[..., object]) -> bool:
    """False for operations whose success answers carry no documented body (204s, set_balance)."""
    return success_answers(operation) != ()
