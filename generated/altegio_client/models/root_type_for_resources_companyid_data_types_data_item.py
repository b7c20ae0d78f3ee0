from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_resources_companyid_data_types_data_item_instances_item import (
        RootTypeForResourcesCompanyidDataTypesDataItemInstancesItem,
    )


T = TypeVar("T", bound="RootTypeForResourcesCompanyidDataTypesDataItem")


@_attrs_define
class RootTypeForResourcesCompanyidDataTypesDataItem:
    id: int | Unset = UNSET
    """ ID of the resource """
    title: str | Unset = UNSET
    """ Name of the resource """
    instances: list[RootTypeForResourcesCompanyidDataTypesDataItemInstancesItem] | Unset = UNSET
    """ List of resource instances """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instances, Unset):
            instances = []
            for instances_item_data in self.instances:
                instances_item = instances_item_data.to_dict()
                instances.append(instances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if instances is not UNSET:
            field_dict["instances"] = instances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_resources_companyid_data_types_data_item_instances_item import (
            RootTypeForResourcesCompanyidDataTypesDataItemInstancesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        _instances = d.pop("instances", UNSET)
        instances: list[RootTypeForResourcesCompanyidDataTypesDataItemInstancesItem] | Unset = UNSET
        if _instances is not UNSET:
            instances = []
            for instances_item_data in _instances:
                instances_item = RootTypeForResourcesCompanyidDataTypesDataItemInstancesItem.from_dict(
                    instances_item_data
                )

                instances.append(instances_item)

        root_type_for_resources_companyid_data_types_data_item = cls(
            id=id,
            title=title,
            instances=instances,
        )

        root_type_for_resources_companyid_data_types_data_item.additional_properties = d
        return root_type_for_resources_companyid_data_types_data_item

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
