from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_norm import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesNorm,
    )
    from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_origin import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesOrigin,
    )
    from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm,
    )


T = TypeVar("T", bound="RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages")


@_attrs_define
class RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImages:
    sm: RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm | Unset = UNSET
    norm: RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesNorm | Unset = UNSET
    origin: RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesOrigin | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sm, Unset):
            sm = self.sm.to_dict()

        norm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.norm, Unset):
            norm = self.norm.to_dict()

        origin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sm is not UNSET:
            field_dict["sm"] = sm
        if norm is not UNSET:
            field_dict["norm"] = norm
        if origin is not UNSET:
            field_dict["origin"] = origin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_norm import (
            RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesNorm,  # noqa: PLC0415
        )
        from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_origin import (
            RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesOrigin,  # noqa: PLC0415
        )
        from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm import (
            RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _sm = d.pop("sm", UNSET)
        sm: RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm | Unset
        if isinstance(_sm, Unset):
            sm = UNSET
        else:
            sm = RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm.from_dict(
                _sm
            )

        _norm = d.pop("norm", UNSET)
        norm: RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesNorm | Unset
        if isinstance(_norm, Unset):
            norm = UNSET
        else:
            norm = RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesNorm.from_dict(
                _norm
            )

        _origin = d.pop("origin", UNSET)
        origin: RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesOrigin | Unset
        if isinstance(_origin, Unset):
            origin = UNSET
        else:
            origin = RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesOrigin.from_dict(
                _origin
            )

        root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images = cls(
            sm=sm,
            norm=norm,
            origin=origin,
        )

        root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images.additional_properties = d
        return root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images

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
