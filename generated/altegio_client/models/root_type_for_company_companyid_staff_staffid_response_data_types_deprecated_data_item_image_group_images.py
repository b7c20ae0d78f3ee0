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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_norm import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesNorm,  # noqa: PLC0415
    )
    from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_origin import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesOrigin,  # noqa: PLC0415
    )
    from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group_images_sm import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesNorm,
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesOrigin,
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "sm",
        "norm",
        "origin",
    }
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
        (
            _,
            RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesNorm,
            RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesOrigin,
            RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm,
        ) = _LAZY or _lazy()
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
        (
            _v,
            RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesNorm,
            RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesOrigin,
            RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _sm = _get("sm", UNSET)
        if _sm is UNSET:
            sm = UNSET
        else:
            try:
                sm = RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesSm.from_dict(
                    _sm
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "sm") from None

        _norm = _get("norm", UNSET)
        if _norm is UNSET:
            norm = UNSET
        else:
            try:
                norm = RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesNorm.from_dict(
                    _norm
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "norm") from None

        _origin = _get("origin", UNSET)
        if _origin is UNSET:
            origin = UNSET
        else:
            try:
                origin = RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesOrigin.from_dict(
                    _origin
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "origin") from None

        _obj = cls.__new__(cls)
        _obj.sm = sm
        _obj.norm = norm
        _obj.origin = origin

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
