from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_company_id_users_response_data_types_data_item import (
        CompanyCompanyIdUsersResponseDataTypesDataItem,
    )
    from ..models.company_company_id_users_response_data_types_meta import CompanyCompanyIdUsersResponseDataTypesMeta


T = TypeVar("T", bound="CompanyCompanyIdUsersResponseDataTypes")


@_attrs_define
class CompanyCompanyIdUsersResponseDataTypes:
    """Fetch the users of a location

    Example:
        {'success': True, 'data': [{'id': 10, 'name': 'Bob', 'phone': '+13155550184', 'email': 'test@gmail.com',
            'information': 'manager', 'is_approved': False, 'is_non_deletable': False}, {'id': 11, 'name': 'Oliver',
            'phone': '+13155550185', 'email': 'test@gmail.com', 'information': 'Administrator', 'is_approved': True,
            'is_non_deletable': True}], 'meta': {'count': 2}}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded. """
    data: list[CompanyCompanyIdUsersResponseDataTypesDataItem] | Unset = UNSET
    """ Payload of the response. """
    meta: CompanyCompanyIdUsersResponseDataTypesMeta | Unset = UNSET
    """ Extra response data. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_company_id_users_response_data_types_data_item import (
            CompanyCompanyIdUsersResponseDataTypesDataItem,  # noqa: PLC0415
        )
        from ..models.company_company_id_users_response_data_types_meta import (
            CompanyCompanyIdUsersResponseDataTypesMeta,  # noqa: PLC0415
        )

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: list[CompanyCompanyIdUsersResponseDataTypesDataItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = CompanyCompanyIdUsersResponseDataTypesDataItem.from_dict(data_item_data)

                data.append(data_item)

        _meta = d.pop("meta", UNSET)
        meta: CompanyCompanyIdUsersResponseDataTypesMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = CompanyCompanyIdUsersResponseDataTypesMeta.from_dict(_meta)

        company_company_id_users_response_data_types = cls(
            success=success,
            data=data,
            meta=meta,
        )

        company_company_id_users_response_data_types.additional_properties = d
        return company_company_id_users_response_data_types

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
