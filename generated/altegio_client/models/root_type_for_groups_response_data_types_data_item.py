from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_groups_response_data_types_data_item_access import (
        RootTypeForGroupsResponseDataTypesDataItemAccess,
    )
    from ..models.root_type_for_groups_response_data_types_data_item_companies_item import (
        RootTypeForGroupsResponseDataTypesDataItemCompaniesItem,
    )


T = TypeVar("T", bound="RootTypeForGroupsResponseDataTypesDataItem")


@_attrs_define
class RootTypeForGroupsResponseDataTypesDataItem:
    id: int | Unset = UNSET
    """ ID of the chain """
    title: str | Unset = UNSET
    """ Name of the chain """
    companies: list[RootTypeForGroupsResponseDataTypesDataItemCompaniesItem] | Unset = UNSET
    """ Locations belonging to the chain """
    access: RootTypeForGroupsResponseDataTypesDataItemAccess | Unset = UNSET
    """ The user's access rights in the chain """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        companies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.companies, Unset):
            companies = []
            for companies_item_data in self.companies:
                companies_item = companies_item_data.to_dict()
                companies.append(companies_item)

        access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if companies is not UNSET:
            field_dict["companies"] = companies
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_groups_response_data_types_data_item_access import (
            RootTypeForGroupsResponseDataTypesDataItemAccess,  # noqa: PLC0415
        )
        from ..models.root_type_for_groups_response_data_types_data_item_companies_item import (
            RootTypeForGroupsResponseDataTypesDataItemCompaniesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        _companies = d.pop("companies", UNSET)
        companies: list[RootTypeForGroupsResponseDataTypesDataItemCompaniesItem] | Unset = UNSET
        if _companies is not UNSET:
            companies = []
            for companies_item_data in _companies:
                companies_item = RootTypeForGroupsResponseDataTypesDataItemCompaniesItem.from_dict(companies_item_data)

                companies.append(companies_item)

        _access = d.pop("access", UNSET)
        access: RootTypeForGroupsResponseDataTypesDataItemAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = RootTypeForGroupsResponseDataTypesDataItemAccess.from_dict(_access)

        root_type_for_groups_response_data_types_data_item = cls(
            id=id,
            title=title,
            companies=companies,
            access=access,
        )

        root_type_for_groups_response_data_types_data_item.additional_properties = d
        return root_type_for_groups_response_data_types_data_item

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
