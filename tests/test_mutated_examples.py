"""Property: whatever the server does to a published example, the client answers with a
parsed model or one of our declared errors, never a bare KeyError/TypeError/ValueError."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from altegio import NO_RETRIES, Altegio, AltegioError, DecodeError
from tests.test_published_examples import CALLS, example_of, mock

SUCCESS_EXAMPLES = sorted(CALLS)
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
def cases(draw: st.DrawFn) -> tuple[str, Any]:
    operation_id = draw(st.sampled_from(SUCCESS_EXAMPLES))
    return operation_id, draw(mutated(example_of(operation_id, 200)))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_a_mutated_example_parses_or_raises_a_declared_error(case: tuple[str, Any]) -> None:
    operation_id, body = case
    operation, arguments, model = CALLS[operation_id]
    with Altegio("p", user_token="u", rate_limits=(), retry=NO_RETRIES, transport=mock(operation_id, 200, body)) as c:
        try:
            answer = c.call(operation, **arguments)
        except AltegioError:
            return
    assert isinstance(answer, model)
    answer.to_dict()  # what parsed can be written back


def test_the_property_sees_failures_too() -> None:
    """The strategy can produce bodies the client refuses (else the property proves little)."""
    operation, arguments, _ = CALLS["get_user_gift_cards"]
    body = {"success": True, "data": [{"id": 1, "type": "not an object"}]}
    transport = mock("get_user_gift_cards", 200, body)
    client = Altegio("p", user_token="u", rate_limits=(), retry=NO_RETRIES, transport=transport)
    with client, pytest.raises(DecodeError, match="does not fit the model"):
        client.call(operation, **arguments)
