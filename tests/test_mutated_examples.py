"""Property: whatever the server does to a published example, the client answers with a
parsed model or one of our declared errors, never a bare KeyError/TypeError/ValueError."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from altegio import NO_RETRIES, Altegio, AltegioError, DecodeError
from tests.operations import OPERATIONS
from tests.test_published_examples import CLIENT_EXAMPLES, mock, parsed_answer

# (operationId, status, body) of every published success example, of all operations.
SUCCESS_EXAMPLES = [(op, status, example) for op, status, example in CLIENT_EXAMPLES if 200 <= status < 300]
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**12), 10**12), st.floats(allow_nan=False), st.text(max_size=8)
)
UNKNOWN = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)),
    max_leaves=6,
)


def swapped(value: Any) -> Any:
    """An integer as text, a text as an integer (or 0), anything else as text."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return int(value) if value.isdigit() else 0
    return str(value)


@st.composite
def mutated(draw: st.DrawFn, value: Any) -> Any:
    """The value with each node maybe dropped, nulled, type-swapped, or given unknown keys."""
    if isinstance(value, dict):
        result: dict[str, Any] = {}
        for key, item in value.items():
            action = draw(st.sampled_from(["keep", "keep", "keep", "drop", "null", "swap"]))
            if action == "drop":
                continue
            result[key] = None if action == "null" else swapped(item) if action == "swap" else draw(mutated(item))
        if draw(st.booleans()):
            result[draw(st.text(min_size=1, max_size=6))] = draw(UNKNOWN)
        return result
    if isinstance(value, list):
        return [draw(mutated(item)) for item in value]
    return value


@st.composite
def cases(draw: st.DrawFn) -> tuple[str, int, Any]:
    operation_id, status, example = draw(st.sampled_from(SUCCESS_EXAMPLES))
    return operation_id, status, draw(mutated(example))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_a_mutated_example_parses_or_raises_a_declared_error(case: tuple[str, int, Any]) -> None:
    operation_id, status, body = case
    entry = OPERATIONS[operation_id]
    transport = mock(operation_id, status, body)
    with Altegio("p", user_token="u", rate_limits=(), retry=NO_RETRIES, transport=transport) as c:
        try:
            answer = c.call(entry.call, **entry.arguments)
        except AltegioError:
            return
    parsed_answer(operation_id, status, answer)  # the documented model, and it can be written back


def test_every_operation_with_a_published_success_example_is_drawn() -> None:
    drawn = {op for op, *_ in SUCCESS_EXAMPLES}
    assert len(drawn) == 235
    assert len(SUCCESS_EXAMPLES) == 240  # five operations publish two success statuses


def test_the_property_sees_failures_too() -> None:
    """The strategy can produce bodies the client refuses (else the property proves little)."""
    entry = OPERATIONS["get_user_gift_cards"]
    body = {"success": True, "data": [{"id": 1, "type": "not an object"}]}
    transport = mock("get_user_gift_cards", 200, body)
    client = Altegio("p", user_token="u", rate_limits=(), retry=NO_RETRIES, transport=transport)
    with client, pytest.raises(DecodeError, match="does not fit the model"):
        client.call(entry.call, **entry.arguments)
