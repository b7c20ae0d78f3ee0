from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppointmentRequestServicesItem")


@_attrs_define
class AppointmentRequestServicesItem:
    id: float | Unset = UNSET
    """ ID of the service """
    first_cost: float | Unset = UNSET
    """ Original cost of the service """
    discount: float | Unset = UNSET
    """ Discount on the service """
    cost: float | Unset = UNSET
    """ Overall price of the service """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_cost = self.first_cost

        discount = self.discount

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if discount is not UNSET:
            field_dict["discount"] = discount
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        first_cost = d.pop("first_cost", UNSET)

        discount = d.pop("discount", UNSET)

        cost = d.pop("cost", UNSET)

        appointment_request_services_item = cls(
            id=id,
            first_cost=first_cost,
            discount=discount,
            cost=cost,
        )

        appointment_request_services_item.additional_properties = d
        return appointment_request_services_item

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
