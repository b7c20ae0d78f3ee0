from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages,
    )


T = TypeVar("T", bound="RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroup")


@_attrs_define
class RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroup:
    """Team member image group"""

    id: int | Unset = UNSET
    entity: str | Unset = UNSET
    entity_id: int | Unset = UNSET
    images: RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        entity = self.entity

        entity_id = self.entity_id

        images: dict[str, Any] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if entity is not UNSET:
            field_dict["entity"] = entity
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images import (
            RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        entity = d.pop("entity", UNSET)

        entity_id = d.pop("entity_id", UNSET)

        _images = d.pop("images", UNSET)
        images: RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages | Unset
        if isinstance(_images, Unset):
            images = UNSET
        else:
            images = (
                RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages.from_dict(
                    _images
                )
            )

        root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group = cls(
            id=id,
            entity=entity,
            entity_id=entity_id,
            images=images,
        )

        root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group.additional_properties = d
        return root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group

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
