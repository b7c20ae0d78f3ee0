from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_company_companyid_clients_search_response_400_data_types_meta_errors import (
        RootTypeForCompanyCompanyidClientsSearchResponse400DataTypesMetaErrors,
    )


T = TypeVar("T", bound="RootTypeForCompanyCompanyidClientsSearchResponse400DataTypesMeta")


@_attrs_define
class RootTypeForCompanyCompanyidClientsSearchResponse400DataTypesMeta:
    """Metadata: an error message"""

    message: str | Unset = UNSET
    errors: RootTypeForCompanyCompanyidClientsSearchResponse400DataTypesMetaErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_company_companyid_clients_search_response_400_data_types_meta_errors import (
            RootTypeForCompanyCompanyidClientsSearchResponse400DataTypesMetaErrors,  # noqa: PLC0415
        )

        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: RootTypeForCompanyCompanyidClientsSearchResponse400DataTypesMetaErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = RootTypeForCompanyCompanyidClientsSearchResponse400DataTypesMetaErrors.from_dict(_errors)

        root_type_for_company_companyid_clients_search_response_400_data_types_meta = cls(
            message=message,
            errors=errors,
        )

        root_type_for_company_companyid_clients_search_response_400_data_types_meta.additional_properties = d
        return root_type_for_company_companyid_clients_search_response_400_data_types_meta

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
