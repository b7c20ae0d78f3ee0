"""Money: which keys hold it, and how a Decimal goes back out in a request body.

Reading is the generated models' (``overrides/templates/model.py.jinja`` with ``_validate``): a field
the spec patch ``money-as-decimal`` marks becomes ``Decimal`` whether it arrives as ``9000``,
``9000.5`` or ``"9000.00"``, and anything else there (``"n/a"``, ``""``, ``true``, ``[9000]``) is a
``DecodeError``. MONEY_KEYS is the patch's list (a test keeps the two equal). Inside a JSON:API
``attributes`` object ``balance`` counts visits, not money, and the patch leaves it an integer.
``amount`` is money on transactions but a quantity on sale items, so it is not on the list.
"""

from __future__ import annotations

from decimal import Decimal
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


def to_json_number(node: Any) -> Any:
    """A request body with every Decimal as a JSON number (int when whole), ready for json.dumps."""
    if isinstance(node, Decimal):
        return int(node) if node == node.to_integral_value() else float(node)
    if isinstance(node, dict):
        return {key: to_json_number(value) for key, value in node.items()}
    if isinstance(node, list | tuple):
        return [to_json_number(value) for value in node]
    return node
