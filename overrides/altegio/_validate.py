"""The checks the generated ``from_dict`` runs on every declared scalar of an answer.

The generated code (``overrides/templates/model.py.jinja``) tests the exact type inline
(``type(value) is int``) and calls one of these only when it does not match: a value of the
declared type costs one comparison, and this module decides the rest. A value either becomes the
declared type by a documented lax rule (the README's "Tolerated" list) or raises ``Invalid``,
which names the field's path (JSON keys and list indexes, ``data[3].type.is_multi``), the expected
type and the JSON type received, never the value itself (it may be a phone, an e-mail or a code).
The runtime turns ``Invalid`` into a ``DecodeError`` that keeps the raw text.

The lax rules, as pydantic's lax mode has them:

- integer: a whole number as text (``"42"``, ``" 42 "``), a float with no fraction (``42.0``), a
  boolean (``True`` is 1);
- number: an integer or a ``Decimal`` passes as it is (to typing an int is a float, and a request body
  then sends ``123``, not ``123.0``); a boolean is 1.0 or 0.0, a numeric text (``"12.56"``) its float;
- text: an integer (``888`` is ``"888"``: codes, titles and phones are published as numbers), and a
  float (``4.5`` is ``"4.5"``);
- boolean: ``0``/``1``, ``"0"``/``"1"``, ``"true"``/``"false"`` (any case);
- money (``Decimal``): an integer, a float (through its shortest repr) or a numeric text;
- date-time, date: ISO 8601 text (``datetime.fromisoformat``; an offset is kept).

An object: any mapping, and ``[]`` (PHP's empty array for an empty object) as ``{}``.
``None`` passes where the description makes the field nullable, and for money (typed ``Any``).
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

fromisoformat = datetime.datetime.fromisoformat  # the generated code's fast path for a date-time text

_JSON_NAMES: dict[type, str] = {
    dict: "an object",
    list: "an array",
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
    Decimal: "a number",
}


def json_type(value: Any) -> str:
    """What the value is in JSON terms (never the value: it may be secret)."""
    name = _JSON_NAMES.get(type(value))
    if name is not None:
        return name
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list | tuple):
        return "an array"
    return f"a {type(value).__name__}"


class Invalid(TypeError):
    """A value of another type than its field declares. ``path`` is built as the error rises."""

    def __init__(self, expected: str, got: str, path: tuple[str | int, ...] = ()) -> None:
        self.expected = expected
        self.got = got
        self.path = path
        super().__init__(expected, got, path)

    def at(self, key: str | int) -> Invalid:
        """The same error, one level up: under ``key`` (a JSON key, or a list index)."""
        self.path = (key, *self.path)
        return self

    @property
    def where(self) -> str:
        return render_path(self.path)

    def __str__(self) -> str:
        return f"{self.where or 'the body'}: expected {self.expected}, got {self.got}"


def render_path(path: tuple[str | int, ...]) -> str:
    """``("data", 3, "type", "is_multi")`` as ``data[3].type.is_multi``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def wrong(key: str | int, expected: str, value: Any) -> Invalid:
    return Invalid(expected, json_type(value), (key,))


def missing(key: str) -> Invalid:
    return Invalid("a value (the field is required)", "nothing", (key,))


def in_list(error: Invalid, key: str, done: list[Any]) -> Invalid:
    """An item's error, placed under the list's key and the index of the item that failed."""
    return error.at(len(done)).at(key)


def at(error: Invalid, key: str) -> Invalid:
    return error.at(key)


def item_failed(error: Exception, key: str, done: list[Any], expected: str, value: Any) -> Invalid:
    """An item's parser failed without naming a path (an enum, a union): name it here."""
    if isinstance(error, Invalid):
        return in_list(error, key, done)
    return Invalid(expected, json_type(value), (key, len(done)))


def failed(error: Exception, key: str, expected: str, value: Any) -> Invalid:
    if isinstance(error, Invalid):
        return error.at(key)
    return Invalid(expected, json_type(value), (key,))


# --- the slow paths: called only when the exact type did not match ---------------------------------


def obj(value: Any) -> Mapping[str, Any]:
    """The input of a model's ``from_dict``: any mapping; anything else is an error with an empty path."""
    if isinstance(value, Mapping):
        return value
    if type(value) is list and not value:
        return {}  # PHP's empty array for an empty object
    raise Invalid("an object", json_type(value))


def array(value: Any, key: str) -> list[Any]:
    if isinstance(value, list | tuple):
        return list(value)
    raise wrong(key, "an array", value)


def int_(value: Any, key: str | int, nullable: bool = False) -> Any:
    kind = type(value)
    if kind is int or (value is None and nullable):
        return value
    if kind is bool:
        return int(value)
    if kind is float and value.is_integer():
        return int(value)
    if kind is str:
        text = value.strip()
        if text and (text.isdigit() or (text[0] in "+-" and text[1:].isdigit())):
            return int(text)
    if isinstance(value, int) and not isinstance(value, bool):  # an IntEnum member, say
        return int(value)
    raise wrong(key, "an integer", value)


def float_(value: Any, key: str | int, nullable: bool = False) -> Any:
    kind = type(value)
    if kind is float or kind is int or (value is None and nullable) or kind is Decimal:
        return value  # an int is a float to Python's typing (PEP 484), and goes out as written: 123, not 123.0
    if kind is bool:
        return float(value)
    if kind is str:
        try:
            number = float(value)
        except ValueError:
            pass
        else:
            if math.isfinite(number):
                return number
    raise wrong(key, "a number", value)


def str_(value: Any, key: str | int, nullable: bool = False) -> Any:
    kind = type(value)
    if kind is str or (value is None and nullable):
        return value
    if kind is int:
        return str(value)
    if kind is float:
        return repr(value)
    if isinstance(value, str):  # a StrEnum member
        return str(value)
    raise wrong(key, "a string", value)


_TRUE = frozenset({"1", "true"})
_FALSE = frozenset({"0", "false"})


def bool_(value: Any, key: str | int, nullable: bool = False) -> Any:
    kind = type(value)
    if kind is bool or (value is None and nullable):
        return value
    if kind is int and value in (0, 1):
        return value == 1
    if kind is str:
        text = value.strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    raise wrong(key, "a boolean", value)


def money(value: Any, key: str | int) -> Any:
    kind = type(value)
    if kind is Decimal or value is None:
        return value
    if kind is int:
        return Decimal(value)
    if kind is float and math.isfinite(value):
        return Decimal(repr(value))
    if kind is str:
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            pass
        else:
            if number.is_finite():
                return number
    raise wrong(key, "a number (money)", value)


def datetime_(value: Any, key: str | int, nullable: bool = False) -> Any:
    if type(value) is str:
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            raise Invalid("a date-time (ISO 8601)", "a string that is not one", (key,)) from None
    if value is None and nullable:
        return value
    if isinstance(value, datetime.datetime):
        return value
    raise wrong(key, "a date-time (ISO 8601 text)", value)


def date_(value: Any, key: str | int, nullable: bool = False) -> Any:
    if type(value) is str:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise Invalid("a date (ISO 8601)", "a string that is not one", (key,)) from None
    if value is None and nullable:
        return value
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    raise wrong(key, "a date (ISO 8601 text)", value)
