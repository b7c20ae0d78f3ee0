from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KEYS = frozenset(
    {
        "total_count",
    }
)


T = TypeVar("T", bound="RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypesMetaType0")


@_attrs_define
class RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypesMetaType0:
    total_count: int | Unset = UNSET
    """ Count of categories found """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        total_count = _get("total_count", UNSET)
        if type(total_count) is not int and total_count is not UNSET:
            total_count = _v.int_(total_count, "total_count")

        root_type_for_company_companyid_service_categories_response_200_data_types_meta_type_0 = cls(
            total_count=total_count,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            root_type_for_company_companyid_service_categories_response_200_data_types_meta_type_0.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
        return root_type_for_company_companyid_service_categories_response_200_data_types_meta_type_0

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
