from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_location_subscription_information_response_200_data_options_item import (
        GetLocationSubscriptionInformationResponse200DataOptionsItem,
    )


T = TypeVar("T", bound="GetLocationSubscriptionInformationResponse200Data")


@_attrs_define
class GetLocationSubscriptionInformationResponse200Data:
    active: float | Unset = UNSET
    """ Whether the subscription is active """
    deactivation_date: str | Unset = UNSET
    """ When the membership expires """
    id: int | Unset = UNSET
    """ ID of the subscription """
    name: str | Unset = UNSET
    """ Name of the subscription """
    options: list[GetLocationSubscriptionInformationResponse200DataOptionsItem] | Unset = UNSET
    """ Options of the subscription """
    salon_id: int | Unset = UNSET
    """ ID of the location """
    staff_limit: float | Unset = UNSET
    """ Limit on team members """
    is_paid_rights_model: bool | Unset = UNSET
    """ Whether the location is on the paid-rights licensing model """
    start_date: str | Unset = UNSET
    """ Date the subscription starts """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        deactivation_date = self.deactivation_date

        id = self.id

        name = self.name

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        salon_id = self.salon_id

        staff_limit = self.staff_limit

        is_paid_rights_model = self.is_paid_rights_model

        start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if deactivation_date is not UNSET:
            field_dict["deactivation_date"] = deactivation_date
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if options is not UNSET:
            field_dict["options"] = options
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if staff_limit is not UNSET:
            field_dict["staff_limit"] = staff_limit
        if is_paid_rights_model is not UNSET:
            field_dict["is_paid_rights_model"] = is_paid_rights_model
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_location_subscription_information_response_200_data_options_item import (
            GetLocationSubscriptionInformationResponse200DataOptionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        active = d.pop("active", UNSET)

        deactivation_date = d.pop("deactivation_date", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _options = d.pop("options", UNSET)
        options: list[GetLocationSubscriptionInformationResponse200DataOptionsItem] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = GetLocationSubscriptionInformationResponse200DataOptionsItem.from_dict(options_item_data)

                options.append(options_item)

        salon_id = d.pop("salon_id", UNSET)

        staff_limit = d.pop("staff_limit", UNSET)

        is_paid_rights_model = d.pop("is_paid_rights_model", UNSET)

        start_date = d.pop("start_date", UNSET)

        get_location_subscription_information_response_200_data = cls(
            active=active,
            deactivation_date=deactivation_date,
            id=id,
            name=name,
            options=options,
            salon_id=salon_id,
            staff_limit=staff_limit,
            is_paid_rights_model=is_paid_rights_model,
            start_date=start_date,
        )

        get_location_subscription_information_response_200_data.additional_properties = d
        return get_location_subscription_information_response_200_data

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
