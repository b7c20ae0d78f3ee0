from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal as _Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_gift_card_type_item_type import ChainGiftCardTypeItemType

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.chain_gift_card_type_item_type import ChainGiftCardTypeItemType  # noqa: PLC0415

    _LAZY = (
        _v,
        ChainGiftCardTypeItemType,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "title",
        "balance",
        "is_multi",
        "company_group_id",
        "category_id",
        "weight",
        "item_type_id",
        "expiration_type_id",
        "expiration_date",
        "expiration_timeout",
        "expiration_timeout_unit_id",
        "balance_edit_type_id",
        "is_allow_empty_code",
        "is_serial_number_limited",
        "is_archived",
        "date_archived",
        "online_sale_is_enabled",
        "online_sale_title",
        "online_sale_description",
        "online_sale_price",
        "online_sale_image",
        "released_total",
        "item_type",
        "service_ids",
        "salon_ids",
    }
)


T = TypeVar("T", bound="ChainGiftCardType")


@_attrs_define
class ChainGiftCardType:
    id: int | Unset = UNSET
    title: str | Unset = UNSET
    balance: Any | Unset = UNSET
    """ Amount (Decimal) """
    is_multi: bool | Unset = UNSET
    company_group_id: int | Unset = UNSET
    category_id: int | None | Unset = UNSET
    weight: int | Unset = UNSET
    item_type_id: int | Unset = UNSET
    expiration_type_id: int | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
    expiration_timeout: int | Unset = UNSET
    expiration_timeout_unit_id: int | Unset = UNSET
    balance_edit_type_id: int | Unset = UNSET
    is_allow_empty_code: bool | Unset = UNSET
    is_serial_number_limited: bool | Unset = UNSET
    is_archived: bool | Unset = UNSET
    date_archived: None | str | Unset = UNSET
    online_sale_is_enabled: bool | Unset = UNSET
    online_sale_title: str | Unset = UNSET
    online_sale_description: str | Unset = UNSET
    online_sale_price: Any | Unset = UNSET
    """ Amount (Decimal) """
    online_sale_image: None | str | Unset = UNSET
    released_total: int | Unset = UNSET
    item_type: ChainGiftCardTypeItemType | Unset = UNSET
    service_ids: list[int] | Unset = UNSET
    salon_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            ChainGiftCardTypeItemType,
        ) = _LAZY or _lazy()
        id = self.id

        title = self.title

        balance = self.balance

        is_multi = self.is_multi

        company_group_id = self.company_group_id

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        weight = self.weight

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

        balance_edit_type_id = self.balance_edit_type_id

        is_allow_empty_code = self.is_allow_empty_code

        is_serial_number_limited = self.is_serial_number_limited

        is_archived = self.is_archived

        date_archived: None | str | Unset
        if isinstance(self.date_archived, Unset):
            date_archived = UNSET
        else:
            date_archived = self.date_archived

        online_sale_is_enabled = self.online_sale_is_enabled

        online_sale_title = self.online_sale_title

        online_sale_description = self.online_sale_description

        online_sale_price = self.online_sale_price

        online_sale_image: None | str | Unset
        if isinstance(self.online_sale_image, Unset):
            online_sale_image = UNSET
        else:
            online_sale_image = self.online_sale_image

        released_total = self.released_total

        item_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_type, Unset):
            item_type = self.item_type.to_dict()

        service_ids: list[int] | Unset = UNSET
        if not isinstance(self.service_ids, Unset):
            service_ids = self.service_ids

        salon_ids: list[int] | Unset = UNSET
        if not isinstance(self.salon_ids, Unset):
            salon_ids = self.salon_ids

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
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if weight is not UNSET:
            field_dict["weight"] = weight
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
        if balance_edit_type_id is not UNSET:
            field_dict["balance_edit_type_id"] = balance_edit_type_id
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code
        if is_serial_number_limited is not UNSET:
            field_dict["is_serial_number_limited"] = is_serial_number_limited
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if date_archived is not UNSET:
            field_dict["date_archived"] = date_archived
        if online_sale_is_enabled is not UNSET:
            field_dict["online_sale_is_enabled"] = online_sale_is_enabled
        if online_sale_title is not UNSET:
            field_dict["online_sale_title"] = online_sale_title
        if online_sale_description is not UNSET:
            field_dict["online_sale_description"] = online_sale_description
        if online_sale_price is not UNSET:
            field_dict["online_sale_price"] = online_sale_price
        if online_sale_image is not UNSET:
            field_dict["online_sale_image"] = online_sale_image
        if released_total is not UNSET:
            field_dict["released_total"] = released_total
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if service_ids is not UNSET:
            field_dict["service_ids"] = service_ids
        if salon_ids is not UNSET:
            field_dict["salon_ids"] = salon_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            ChainGiftCardTypeItemType,
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

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _v.int_(category_id, "category_id", True)

        weight = _get("weight", UNSET)
        if type(weight) is not int and weight is not UNSET:
            weight = _v.int_(weight, "weight")

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

        balance_edit_type_id = _get("balance_edit_type_id", UNSET)
        if type(balance_edit_type_id) is not int and balance_edit_type_id is not UNSET:
            balance_edit_type_id = _v.int_(balance_edit_type_id, "balance_edit_type_id")

        is_allow_empty_code = _get("is_allow_empty_code", UNSET)
        if type(is_allow_empty_code) is not bool and is_allow_empty_code is not UNSET:
            is_allow_empty_code = _v.bool_(is_allow_empty_code, "is_allow_empty_code")

        is_serial_number_limited = _get("is_serial_number_limited", UNSET)
        if type(is_serial_number_limited) is not bool and is_serial_number_limited is not UNSET:
            is_serial_number_limited = _v.bool_(is_serial_number_limited, "is_serial_number_limited")

        is_archived = _get("is_archived", UNSET)
        if type(is_archived) is not bool and is_archived is not UNSET:
            is_archived = _v.bool_(is_archived, "is_archived")

        date_archived = _get("date_archived", UNSET)
        if type(date_archived) is not str and date_archived is not UNSET:
            date_archived = _v.str_(date_archived, "date_archived", True)

        online_sale_is_enabled = _get("online_sale_is_enabled", UNSET)
        if type(online_sale_is_enabled) is not bool and online_sale_is_enabled is not UNSET:
            online_sale_is_enabled = _v.bool_(online_sale_is_enabled, "online_sale_is_enabled")

        online_sale_title = _get("online_sale_title", UNSET)
        if type(online_sale_title) is not str and online_sale_title is not UNSET:
            online_sale_title = _v.str_(online_sale_title, "online_sale_title")

        online_sale_description = _get("online_sale_description", UNSET)
        if type(online_sale_description) is not str and online_sale_description is not UNSET:
            online_sale_description = _v.str_(online_sale_description, "online_sale_description")

        online_sale_price = _get("online_sale_price", UNSET)
        if type(online_sale_price) is int:
            online_sale_price = _Decimal(online_sale_price)
        elif type(online_sale_price) is not _Decimal and online_sale_price is not UNSET:
            online_sale_price = _v.money(online_sale_price, "online_sale_price")

        online_sale_image = _get("online_sale_image", UNSET)
        if type(online_sale_image) is not str and online_sale_image is not UNSET:
            online_sale_image = _v.str_(online_sale_image, "online_sale_image", True)

        released_total = _get("released_total", UNSET)
        if type(released_total) is not int and released_total is not UNSET:
            released_total = _v.int_(released_total, "released_total")

        _item_type = _get("item_type", UNSET)
        if _item_type is UNSET:
            item_type = UNSET
        else:
            try:
                item_type = ChainGiftCardTypeItemType.from_dict(_item_type)
            except _v.Invalid as _e:
                raise _v.at(_e, "item_type") from None

        _service_ids = _get("service_ids", UNSET)
        if _service_ids is UNSET:
            service_ids = UNSET
        else:
            if type(_service_ids) is not list:
                _service_ids = _v.array(_service_ids, "service_ids")
            service_ids = []
            try:
                for _item in _service_ids:
                    if type(_item) is not int and _item is not UNSET:
                        _item = _v.int_(_item, len(service_ids))

                    service_ids.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "service_ids") from None

        _salon_ids = _get("salon_ids", UNSET)
        if _salon_ids is UNSET:
            salon_ids = UNSET
        else:
            if type(_salon_ids) is not list:
                _salon_ids = _v.array(_salon_ids, "salon_ids")
            salon_ids = []
            try:
                for _item in _salon_ids:
                    if type(_item) is not int and _item is not UNSET:
                        _item = _v.int_(_item, len(salon_ids))

                    salon_ids.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "salon_ids") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.balance = balance
        _obj.is_multi = is_multi
        _obj.company_group_id = company_group_id
        _obj.category_id = category_id
        _obj.weight = weight
        _obj.item_type_id = item_type_id
        _obj.expiration_type_id = expiration_type_id
        _obj.expiration_date = expiration_date
        _obj.expiration_timeout = expiration_timeout
        _obj.expiration_timeout_unit_id = expiration_timeout_unit_id
        _obj.balance_edit_type_id = balance_edit_type_id
        _obj.is_allow_empty_code = is_allow_empty_code
        _obj.is_serial_number_limited = is_serial_number_limited
        _obj.is_archived = is_archived
        _obj.date_archived = date_archived
        _obj.online_sale_is_enabled = online_sale_is_enabled
        _obj.online_sale_title = online_sale_title
        _obj.online_sale_description = online_sale_description
        _obj.online_sale_price = online_sale_price
        _obj.online_sale_image = online_sale_image
        _obj.released_total = released_total
        _obj.item_type = item_type
        _obj.service_ids = service_ids
        _obj.salon_ids = salon_ids

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
