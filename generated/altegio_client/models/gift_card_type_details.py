from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal as _Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gift_card_type_details_item_type import GiftCardTypeDetailsItemType

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.gift_card_type_details_item_type import GiftCardTypeDetailsItemType  # noqa: PLC0415

    _LAZY = (
        _v,
        GiftCardTypeDetailsItemType,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "title",
        "balance",
        "is_multi",
        "company_group_id",
        "item_type_id",
        "expiration_type_id",
        "expiration_date",
        "expiration_timeout",
        "expiration_timeout_unit_id",
        "is_allow_empty_code",
        "item_type",
    }
)


T = TypeVar("T", bound="GiftCardTypeDetails")


@_attrs_define
class GiftCardTypeDetails:
    """Details of the gift card type"""

    id: int | Unset = UNSET
    """ ID of the gift card type """
    title: str | Unset = UNSET
    """ Name of the gift card type """
    balance: Any | Unset = UNSET
    """ Face value of the card (Decimal) """
    is_multi: bool | Unset = UNSET
    """ Whether several write-offs are allowed """
    company_group_id: int | Unset = UNSET
    """ ID of the chain that created the type """
    item_type_id: int | Unset = UNSET
    """ What the card can pay for (0 no restriction, 1 services only, 2 some services and all products, 3 some
    services, 4 products only) """
    expiration_type_id: int | Unset = UNSET
    """ Expiry rule (0 none, 1 fixed date, 2 fixed period) """
    expiration_date: datetime.datetime | None | Unset = UNSET
    """ Common expiry date, filled when expiration_type_id is 1 """
    expiration_timeout: int | Unset = UNSET
    """ Validity length, filled when expiration_type_id is 2 """
    expiration_timeout_unit_id: int | Unset = UNSET
    """ Unit of the validity length (1 day, 2 week, 3 month, 4 year) """
    is_allow_empty_code: bool | Unset = UNSET
    """ Whether it can be sold without a code """
    item_type: GiftCardTypeDetailsItemType | Unset = UNSET
    """ The item_type_id value together with its name """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            GiftCardTypeDetailsItemType,
        ) = _LAZY or _lazy()
        id = self.id

        title = self.title

        balance = self.balance

        is_multi = self.is_multi

        company_group_id = self.company_group_id

        item_type_id = self.item_type_id

        expiration_type_id = self.expiration_type_id

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        expiration_timeout = self.expiration_timeout

        expiration_timeout_unit_id = self.expiration_timeout_unit_id

        is_allow_empty_code = self.is_allow_empty_code

        item_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_type, Unset):
            item_type = self.item_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if balance is not UNSET:
            field_dict["balance"] = balance
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi
        if company_group_id is not UNSET:
            field_dict["company_group_id"] = company_group_id
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if expiration_type_id is not UNSET:
            field_dict["expiration_type_id"] = expiration_type_id
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if expiration_timeout is not UNSET:
            field_dict["expiration_timeout"] = expiration_timeout
        if expiration_timeout_unit_id is not UNSET:
            field_dict["expiration_timeout_unit_id"] = expiration_timeout_unit_id
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code
        if item_type is not UNSET:
            field_dict["item_type"] = item_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            GiftCardTypeDetailsItemType,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        balance = _get("balance", UNSET)
        if type(balance) is int:
            balance = _Decimal(balance)
        elif type(balance) is not _Decimal and balance is not UNSET:
            balance = _v.money(balance, "balance")

        is_multi = _get("is_multi", UNSET)
        if type(is_multi) is not bool and is_multi is not UNSET:
            is_multi = _v.bool_(is_multi, "is_multi")

        company_group_id = _get("company_group_id", UNSET)
        if type(company_group_id) is not int and company_group_id is not UNSET:
            company_group_id = _v.int_(company_group_id, "company_group_id")

        item_type_id = _get("item_type_id", UNSET)
        if type(item_type_id) is not int and item_type_id is not UNSET:
            item_type_id = _v.int_(item_type_id, "item_type_id")

        expiration_type_id = _get("expiration_type_id", UNSET)
        if type(expiration_type_id) is not int and expiration_type_id is not UNSET:
            expiration_type_id = _v.int_(expiration_type_id, "expiration_type_id")

        expiration_date = _get("expiration_date", UNSET)
        if type(expiration_date) is str:
            try:
                expiration_date = _v.fromisoformat(expiration_date)
            except ValueError:
                expiration_date = _v.datetime_(expiration_date, "expiration_date")
        elif expiration_date is not UNSET:
            expiration_date = _v.datetime_(expiration_date, "expiration_date", True)

        expiration_timeout = _get("expiration_timeout", UNSET)
        if type(expiration_timeout) is not int and expiration_timeout is not UNSET:
            expiration_timeout = _v.int_(expiration_timeout, "expiration_timeout")

        expiration_timeout_unit_id = _get("expiration_timeout_unit_id", UNSET)
        if type(expiration_timeout_unit_id) is not int and expiration_timeout_unit_id is not UNSET:
            expiration_timeout_unit_id = _v.int_(expiration_timeout_unit_id, "expiration_timeout_unit_id")

        is_allow_empty_code = _get("is_allow_empty_code", UNSET)
        if type(is_allow_empty_code) is not bool and is_allow_empty_code is not UNSET:
            is_allow_empty_code = _v.bool_(is_allow_empty_code, "is_allow_empty_code")

        _item_type = _get("item_type", UNSET)
        if _item_type is UNSET:
            item_type = UNSET
        else:
            try:
                item_type = GiftCardTypeDetailsItemType.from_dict(_item_type)
            except _v.Invalid as _e:
                raise _v.at(_e, "item_type") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.balance = balance
        _obj.is_multi = is_multi
        _obj.company_group_id = company_group_id
        _obj.item_type_id = item_type_id
        _obj.expiration_type_id = expiration_type_id
        _obj.expiration_date = expiration_date
        _obj.expiration_timeout = expiration_timeout
        _obj.expiration_timeout_unit_id = expiration_timeout_unit_id
        _obj.is_allow_empty_code = is_allow_empty_code
        _obj.item_type = item_type

        _obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {_k: _x for _k, _x in src_dict.items() if _k not in _KEYS}
        )
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
