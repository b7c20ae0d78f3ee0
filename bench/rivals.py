"""GiftCardListResponse as pydantic v2 models and as msgspec Structs, for bench/parse.py.

The same fields and types as the generated models (generated/altegio_client/models/gift_card*.py)
with the tolerance our client applies to an answer (overrides/altegio/_tolerance.py):
- money (``balance``, ``default_balance``, the type's ``balance``) is ``Decimal`` from 9000,
  9000.5 or "9000.00": pydantic's lax Decimal and msgspec's Decimal both take all three;
- codes and titles (``number``, ``title``) are text whether sent as 888 or "GC-0042": pydantic by
  ``coerce_numbers_to_str``; msgspec turns no number into text, so they are a ``str`` subclass
  that its ``dec_hook`` builds (one Python call per code or title, as our coercion walk makes);
- dates are timezone-aware ``datetime`` or None; nested type, status and item_type objects;
  ``meta`` is its object or a list (``[]``);
- fields the description does not declare: pydantic keeps them (``extra="allow"``, as our models'
  ``additional_properties`` do); msgspec Structs cannot keep them and skip them.
Absent and null are both None here (our models tell UNSET from None).

pydantic is in the dev venv already (openapi-python-client depends on it); msgspec only comes with
``make bench`` (requirements-bench.txt), so nothing else imports this module.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import msgspec
from pydantic import BaseModel, ConfigDict

# --- pydantic v2 --------------------------------------------------------------------------


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow", coerce_numbers_to_str=True)


class PydanticItemType(_Model):
    id: int | None = None
    title: str | None = None


class PydanticGiftCardType(_Model):
    id: int | None = None
    title: str | None = None
    balance: Decimal | None = None
    is_multi: bool | None = None
    company_group_id: int | None = None
    item_type_id: int | None = None
    expiration_type_id: int | None = None
    expiration_date: datetime.datetime | None = None
    expiration_timeout: int | None = None
    expiration_timeout_unit_id: int | None = None
    is_allow_empty_code: bool | None = None
    item_type: PydanticItemType | None = None


class PydanticStatus(_Model):
    id: int | None = None
    title: str | None = None


class PydanticGiftCard(_Model):
    id: int | None = None
    number: str | None = None
    balance: Decimal | None = None
    default_balance: Decimal | None = None
    type_id: int | None = None
    status_id: int | None = None
    created_date: datetime.datetime | None = None
    expiration_date: datetime.datetime | None = None
    type: PydanticGiftCardType | None = None
    status: PydanticStatus | None = None


class PydanticMeta(_Model):
    count: int | None = None


class PydanticGiftCardListResponse(_Model):
    success: bool | None = None
    data: list[PydanticGiftCard] | None = None
    meta: PydanticMeta | list[Any] | None = None


# --- msgspec ------------------------------------------------------------------------------


class Text(str):
    """A code or title: text, whether the server sent a string or a number."""

    __slots__ = ()


def text_hook(kind: type, value: Any) -> Any:
    """msgspec's dec_hook: build the one custom type of these Structs."""
    if kind is Text:
        return Text(value)
    raise NotImplementedError(kind)


class MsgspecItemType(msgspec.Struct):
    id: int | None = None
    title: Text | None = None


class MsgspecGiftCardType(msgspec.Struct):
    id: int | None = None
    title: Text | None = None
    balance: Decimal | None = None
    is_multi: bool | None = None
    company_group_id: int | None = None
    item_type_id: int | None = None
    expiration_type_id: int | None = None
    expiration_date: datetime.datetime | None = None
    expiration_timeout: int | None = None
    expiration_timeout_unit_id: int | None = None
    is_allow_empty_code: bool | None = None
    item_type: MsgspecItemType | None = None


class MsgspecStatus(msgspec.Struct):
    id: int | None = None
    title: Text | None = None


class MsgspecGiftCard(msgspec.Struct):
    id: int | None = None
    number: Text | None = None
    balance: Decimal | None = None
    default_balance: Decimal | None = None
    type_id: int | None = None
    status_id: int | None = None
    created_date: datetime.datetime | None = None
    expiration_date: datetime.datetime | None = None
    type: MsgspecGiftCardType | None = None
    status: MsgspecStatus | None = None


class MsgspecMeta(msgspec.Struct):
    count: int | None = None


class MsgspecGiftCardListResponse(msgspec.Struct):
    success: bool | None = None
    data: list[MsgspecGiftCard] | None = None
    meta: MsgspecMeta | list[Any] | None = None
