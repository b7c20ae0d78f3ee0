"""Values as the API really sends them, made into what the models promise.

- money (balances, prices, costs) becomes ``Decimal``, whether it arrives as ``9000``,
  ``9000.5`` or ``"9000.00"`` (a float goes through its shortest repr, so 0.1 stays 0.1);
- gift card, membership and loyalty card codes (``number``, a generated ``code``) and titles
  become ``str``, whether ``888`` or ``"GC-0042"`` (the published examples send numbers where
  text is declared).

The money keys are the ones the spec patch ``money-as-decimal`` marks; a test keeps the two
lists equal. Inside a JSON:API ``attributes`` object ``balance`` counts visits, not money, and
stays. ``amount`` is money on transactions but a quantity on sale items, so it stays as sent.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

MONEY_KEYS = frozenset(
    {
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
    }
)
TEXT_KEYS = frozenset({"number", "code", "title"})


def to_json_number(node: Any) -> Any:
    """A request body with every Decimal as a JSON number (int when whole), ready for json.dumps."""
    if isinstance(node, Decimal):
        return int(node) if node == node.to_integral_value() else float(node)
    if isinstance(node, dict):
        return {key: to_json_number(value) for key, value in node.items()}
    if isinstance(node, list | tuple):
        return [to_json_number(value) for value in node]
    return node


def to_decimal(value: Any) -> Any:
    """Decimal for a number or a numeric string; anything else unchanged (the model keeps it)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, str):
        try:
            return Decimal(value.strip())
        except InvalidOperation:
            return value
    return value


def coerce(node: Any, money: bool = True) -> Any:
    """Coerce money and codes in place, everywhere in a decoded JSON body; returns the body."""
    kind = type(node)
    if kind is dict:
        keys = node.keys()
        if money:
            for key in keys & MONEY_KEYS:
                node[key] = to_decimal(node[key])
        for key in keys & TEXT_KEYS:
            value = node[key]
            if type(value) is int:
                node[key] = str(value)
        for key, value in node.items():
            if type(value) in _CONTAINERS:
                coerce(value, money and not (key == "attributes" and "type" in node))
    elif kind is list:
        for item in node:
            if type(item) in _CONTAINERS:
                coerce(item, money)
    return node


_CONTAINERS = (dict, list)
