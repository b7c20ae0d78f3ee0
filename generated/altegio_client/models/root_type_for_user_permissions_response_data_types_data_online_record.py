from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KEYS = frozenset(
    {
        "online_record_access",
        "online_record_privacy_policy_access",
    }
)


T = TypeVar("T", bound="RootTypeForUserPermissionsResponseDataTypesDataOnlineRecord")


@_attrs_define
class RootTypeForUserPermissionsResponseDataTypesDataOnlineRecord:
    """Online Booking section"""

    online_record_access: bool | Unset = UNSET
    """ Access to online booking: true - allowed, false - denied """
    online_record_privacy_policy_access: bool | Unset = UNSET
    """ Access to privacy policy settings for online booking: true - allowed, false - denied """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        online_record_access = self.online_record_access

        online_record_privacy_policy_access = self.online_record_privacy_policy_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if online_record_access is not UNSET:
            field_dict["online_record_access"] = online_record_access
        if online_record_privacy_policy_access is not UNSET:
            field_dict["online_record_privacy_policy_access"] = online_record_privacy_policy_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        online_record_access = _get("online_record_access", UNSET)
        if type(online_record_access) is not bool and online_record_access is not UNSET:
            online_record_access = _v.bool_(online_record_access, "online_record_access")

        online_record_privacy_policy_access = _get("online_record_privacy_policy_access", UNSET)
        if type(online_record_privacy_policy_access) is not bool and online_record_privacy_policy_access is not UNSET:
            online_record_privacy_policy_access = _v.bool_(
                online_record_privacy_policy_access, "online_record_privacy_policy_access"
            )

        root_type_for_user_permissions_response_data_types_data_online_record = cls(
            online_record_access=online_record_access,
            online_record_privacy_policy_access=online_record_privacy_policy_access,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            root_type_for_user_permissions_response_data_types_data_online_record.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
        return root_type_for_user_permissions_response_data_types_data_online_record

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
