from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KEYS = frozenset(
    {
        "filters",
    }
)


T = TypeVar("T", bound="RootTypeForCompanyCompanyidClientsSearchResponse400DataTypesMetaErrors")


@_attrs_define
class RootTypeForCompanyCompanyidClientsSearchResponse400DataTypesMetaErrors:
    filters: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filters: list[str] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _filters = _get("filters", UNSET)
        if _filters is UNSET:
            filters = UNSET
        else:
            if type(_filters) is not list:
                _filters = _v.array(_filters, "filters")
            filters = []
            try:
                for _item in _filters:
                    if type(_item) is not str and _item is not UNSET:
                        _item = _v.str_(_item, len(filters))

                    filters.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "filters") from None

        root_type_for_company_companyid_clients_search_response_400_data_types_meta_errors = cls(
            filters=filters,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            root_type_for_company_companyid_clients_search_response_400_data_types_meta_errors.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
        return root_type_for_company_companyid_clients_search_response_400_data_types_meta_errors

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
