from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_gift_card_type_item_type import ChainGiftCardTypeItemType


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
        from ..models.chain_gift_card_type_item_type import ChainGiftCardTypeItemType  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        balance = d.pop("balance", UNSET)

        is_multi = d.pop("is_multi", UNSET)

        company_group_id = d.pop("company_group_id", UNSET)

        def _parse_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        weight = d.pop("weight", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        expiration_type_id = d.pop("expiration_type_id", UNSET)

        def _parse_expiration_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            expiration_date_type_0 = datetime.datetime.fromisoformat(data)

            return expiration_date_type_0

        expiration_date = _parse_expiration_date(d.pop("expiration_date", UNSET))

        expiration_timeout = d.pop("expiration_timeout", UNSET)

        expiration_timeout_unit_id = d.pop("expiration_timeout_unit_id", UNSET)

        balance_edit_type_id = d.pop("balance_edit_type_id", UNSET)

        is_allow_empty_code = d.pop("is_allow_empty_code", UNSET)

        is_serial_number_limited = d.pop("is_serial_number_limited", UNSET)

        is_archived = d.pop("is_archived", UNSET)

        def _parse_date_archived(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_archived = _parse_date_archived(d.pop("date_archived", UNSET))

        online_sale_is_enabled = d.pop("online_sale_is_enabled", UNSET)

        online_sale_title = d.pop("online_sale_title", UNSET)

        online_sale_description = d.pop("online_sale_description", UNSET)

        online_sale_price = d.pop("online_sale_price", UNSET)

        def _parse_online_sale_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        online_sale_image = _parse_online_sale_image(d.pop("online_sale_image", UNSET))

        released_total = d.pop("released_total", UNSET)

        _item_type = d.pop("item_type", UNSET)
        item_type: ChainGiftCardTypeItemType | Unset
        if isinstance(_item_type, Unset):
            item_type = UNSET
        else:
            item_type = ChainGiftCardTypeItemType.from_dict(_item_type)

        service_ids = cast(list[int], d.pop("service_ids", UNSET))

        salon_ids = cast(list[int], d.pop("salon_ids", UNSET))

        chain_gift_card_type = cls(
            id=id,
            title=title,
            balance=balance,
            is_multi=is_multi,
            company_group_id=company_group_id,
            category_id=category_id,
            weight=weight,
            item_type_id=item_type_id,
            expiration_type_id=expiration_type_id,
            expiration_date=expiration_date,
            expiration_timeout=expiration_timeout,
            expiration_timeout_unit_id=expiration_timeout_unit_id,
            balance_edit_type_id=balance_edit_type_id,
            is_allow_empty_code=is_allow_empty_code,
            is_serial_number_limited=is_serial_number_limited,
            is_archived=is_archived,
            date_archived=date_archived,
            online_sale_is_enabled=online_sale_is_enabled,
            online_sale_title=online_sale_title,
            online_sale_description=online_sale_description,
            online_sale_price=online_sale_price,
            online_sale_image=online_sale_image,
            released_total=released_total,
            item_type=item_type,
            service_ids=service_ids,
            salon_ids=salon_ids,
        )

        chain_gift_card_type.additional_properties = d
        return chain_gift_card_type

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
