"""How a parsed answer is compared with the JSON it was parsed from (published example or cassette)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from altegio import (
    APIError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    UserTokenInvalid,
    ValidationError,
)
from altegio._tolerance import MONEY_KEYS

# The typed error each documented error status must raise (a user token is sent; no field errors).
ERRORS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: UserTokenInvalid,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
}


def unwrapped(body: Any) -> Any:
    """The envelope as the client reads it: out of its one-item list, ``success`` as a bool."""
    if isinstance(body, list) and len(body) == 1 and isinstance(body[0], dict) and "success" in body[0]:
        body = body[0]
    if isinstance(body, dict) and isinstance(body.get("success"), str):
        body = {**body, "success": body["success"].strip().lower() in ("true", "1")}
    return body


def meta_message(body: Any) -> str | None:
    meta = body.get("meta") if isinstance(body, dict) else None
    message = meta.get("message") if isinstance(meta, dict) else None
    if isinstance(message, str):
        return message
    errors = body.get("errors") if isinstance(body, dict) else None
    if isinstance(errors, dict) and isinstance(errors.get("message"), str):
        return str(errors["message"])
    top = body.get("message") if isinstance(body, dict) else None
    return top if isinstance(top, str) else None


def field_errors_published(body: Any) -> bool:
    meta = body.get("meta") if isinstance(body, dict) else None
    errors = meta.get("errors") if isinstance(meta, dict) else None
    return isinstance(errors, dict) and any(key not in ("code", "message") for key in errors)


def lax_same(published: Any, parsed: Any) -> bool:
    """``parsed`` is ``published`` under one of the lax coercions README's "Tolerated" list documents
    (altegio._validate): a whole number as text or float to int, a boolean to int, a boolean or numeric
    text to float, a number to text, 0/1/"0"/"1"/"true"/"false" to bool. Nothing else."""
    before, after = type(published), type(parsed)
    if after is int and before is str:
        return bool(published.strip().lstrip("+").lstrip("-").isdigit() and int(published) == parsed)
    if after is int and before in (bool, float):
        return bool(published == parsed)
    if after is float and before in (int, bool):
        return bool(float(published) == parsed)
    if after is float and before is str:
        try:
            return bool(float(published) == parsed)
        except ValueError:
            return False
    if after is str and before in (int, float):
        return bool(parsed == (str(published) if before is int else repr(published)))
    if after is bool and (before is int or before is str):
        truth = {0: False, 1: True, "0": False, "1": True, "true": True, "false": False}
        key = published.strip().lower() if before is str else published
        return key in truth and truth[key] is parsed
    return False


def same_scalar(published: Any, parsed: Any) -> bool:
    if type(published) is not type(parsed):
        return lax_same(published, parsed)
    if published == parsed:
        return True
    if isinstance(published, str):  # a date-time comes back as isoformat(): same instant, same offset
        try:
            before, after = datetime.fromisoformat(published), datetime.fromisoformat(parsed)
        except ValueError:
            return False
        return (before, before.utcoffset()) == (after, after.utcoffset())
    return False


def assert_round_trips(published: Any, parsed: Any, where: str = "body") -> None:
    """Every key of the published example is in ``to_dict()``; lists keep their length; values stay.

    Values stay as published, or become their field's declared type by a documented lax coercion
    (``lax_same``); money fields (the ``money-as-decimal`` patch's, by key outside JSON:API attributes,
    where balance counts visits) hold a Decimal equal to the published value. Which type a field
    declares, the models decide: ``test_published_success_holds_the_declared_types`` checks each.
    """
    if isinstance(published, dict):
        assert isinstance(parsed, dict), f"{where}: {parsed!r} is not an object"
        missing = sorted(set(published) - set(parsed))
        assert not missing, f"{where}: {missing} lost in parsing"
        for key, value in published.items():
            here = f"{where}.{key}"
            if isinstance(parsed[key], Decimal) and key in MONEY_KEYS and ".attributes" not in where:
                assert isinstance(value, (int, float, str)) and parsed[key] == Decimal(str(value)), here
            else:
                assert_round_trips(value, parsed[key], here)
    elif published == [] and parsed == {}:
        pass  # PHP's empty array for an empty object: the model reads [] as {}
    elif isinstance(published, list):
        assert isinstance(parsed, list), f"{where}: {parsed!r} is not a list"
        assert len(parsed) == len(published), f"{where}: {len(parsed)} items, {len(published)} published"
        for index, (value, back) in enumerate(zip(published, parsed, strict=True)):
            assert_round_trips(value, back, f"{where}[{index}]")
    else:
        assert same_scalar(published, parsed), f"{where}: published {published!r}, parsed {parsed!r}"
