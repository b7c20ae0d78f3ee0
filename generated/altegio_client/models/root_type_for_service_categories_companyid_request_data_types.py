from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RootTypeForServiceCategoriesCompanyidRequestDataTypes")


@_attrs_define
class RootTypeForServiceCategoriesCompanyidRequestDataTypes:
    """Add a service category

    Example:
        {'title': 'Haircut very feminine', 'api_id': 'adw322', 'weight': 111, 'staff': [5006, 8901]}

    """

    title: str | Unset = UNSET
    """ Name of the service category """
    api_id: str | Unset = UNSET
    """ ID of the category in an external system """
    weight: float | Unset = UNSET
    """ Weight of the category, used for ordering categories on display """
    staff: list[float] | Unset = UNSET
    """ IDs of the team members who provide services from this category """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        api_id = self.api_id

        weight = self.weight

        staff: list[float] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if weight is not UNSET:
            field_dict["weight"] = weight
        if staff is not UNSET:
            field_dict["staff"] = staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        api_id = d.pop("api_id", UNSET)

        weight = d.pop("weight", UNSET)

        staff = cast(list[float], d.pop("staff", UNSET))

        root_type_for_service_categories_companyid_request_data_types = cls(
            title=title,
            api_id=api_id,
            weight=weight,
            staff=staff,
        )

        root_type_for_service_categories_companyid_request_data_types.additional_properties = d
        return root_type_for_service_categories_companyid_request_data_types

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
