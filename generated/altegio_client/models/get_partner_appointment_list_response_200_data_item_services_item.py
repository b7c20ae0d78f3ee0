from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPartnerAppointmentListResponse200DataItemServicesItem")


@_attrs_define
class GetPartnerAppointmentListResponse200DataItemServicesItem:
    id: int | Unset = UNSET
    title: str | Unset = UNSET
    cost: Any | Unset = UNSET
    """ Amount (Decimal) """
    price_min: float | Unset = UNSET
    price_max: float | Unset = UNSET
    discount: float | Unset = UNSET
    amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        cost = self.cost

        price_min = self.price_min

        price_max = self.price_max

        discount = self.discount

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if cost is not UNSET:
            field_dict["cost"] = cost
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if discount is not UNSET:
            field_dict["discount"] = discount
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        cost = d.pop("cost", UNSET)

        price_min = d.pop("price_min", UNSET)

        price_max = d.pop("price_max", UNSET)

        discount = d.pop("discount", UNSET)

        amount = d.pop("amount", UNSET)

        get_partner_appointment_list_response_200_data_item_services_item = cls(
            id=id,
            title=title,
            cost=cost,
            price_min=price_min,
            price_max=price_max,
            discount=discount,
            amount=amount,
        )

        get_partner_appointment_list_response_200_data_item_services_item.additional_properties = d
        return get_partner_appointment_list_response_200_data_item_services_item

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
