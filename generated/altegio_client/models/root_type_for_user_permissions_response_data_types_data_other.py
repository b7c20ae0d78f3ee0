from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_user_permissions_response_data_types_data_other_auth_list_allowed_ip_item import (
        RootTypeForUserPermissionsResponseDataTypesDataOtherAuthListAllowedIpItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_user_permissions_response_data_types_data_other_auth_list_allowed_ip_item import (
        RootTypeForUserPermissionsResponseDataTypesDataOtherAuthListAllowedIpItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForUserPermissionsResponseDataTypesDataOtherAuthListAllowedIpItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "stat_access",
        "analytics_constructor_access",
        "billing_access",
        "billing_invoices_access",
        "send_sms",
        "auth_enable_check_ip",
        "auth_list_allowed_ip",
        "salon_to_salon_group_add_access",
        "is_salon_tips_manager",
    }
)


T = TypeVar("T", bound="RootTypeForUserPermissionsResponseDataTypesDataOther")


@_attrs_define
class RootTypeForUserPermissionsResponseDataTypesDataOther:
    """Access to analytics, billing and SMS mailings, and to restricting location access by IP address"""

    stat_access: bool | Unset = UNSET
    """ Access to analytics: true - allowed, false - denied """
    analytics_constructor_access: bool | Unset = UNSET
    """ Access to analytics constructor: true - allowed, false - denied """
    billing_access: bool | Unset = UNSET
    """ Access to billing (balance menu section): true - allowed, false - denied """
    billing_invoices_access: bool | Unset = UNSET
    """ Access to billing invoices: true - allowed, false - denied """
    send_sms: bool | Unset = UNSET
    """ Access to SMS distribution to clients: true - allowed, false - denied """
    auth_enable_check_ip: bool | Unset = UNSET
    """ true - the location can be accessed only from listed IP addresses (v4, v6), false - no such access """
    auth_list_allowed_ip: list[RootTypeForUserPermissionsResponseDataTypesDataOtherAuthListAllowedIpItem] | Unset = (
        UNSET
    )
    """ IP address list """
    salon_to_salon_group_add_access: bool | Unset = UNSET
    """ Permission to add locations to location groups: true - allowed, false - denied """
    is_salon_tips_manager: bool | Unset = UNSET
    """ Whether the user manages tips: true - yes, false - no """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForUserPermissionsResponseDataTypesDataOtherAuthListAllowedIpItem,
        ) = _LAZY or _lazy()
        stat_access = self.stat_access

        analytics_constructor_access = self.analytics_constructor_access

        billing_access = self.billing_access

        billing_invoices_access = self.billing_invoices_access

        send_sms = self.send_sms

        auth_enable_check_ip = self.auth_enable_check_ip

        auth_list_allowed_ip: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.auth_list_allowed_ip, Unset):
            auth_list_allowed_ip = []
            for auth_list_allowed_ip_item_data in self.auth_list_allowed_ip:
                auth_list_allowed_ip_item = auth_list_allowed_ip_item_data.to_dict()
                auth_list_allowed_ip.append(auth_list_allowed_ip_item)

        salon_to_salon_group_add_access = self.salon_to_salon_group_add_access

        is_salon_tips_manager = self.is_salon_tips_manager

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stat_access is not UNSET:
            field_dict["stat_access"] = stat_access
        if analytics_constructor_access is not UNSET:
            field_dict["analytics_constructor_access"] = analytics_constructor_access
        if billing_access is not UNSET:
            field_dict["billing_access"] = billing_access
        if billing_invoices_access is not UNSET:
            field_dict["billing_invoices_access"] = billing_invoices_access
        if send_sms is not UNSET:
            field_dict["send_sms"] = send_sms
        if auth_enable_check_ip is not UNSET:
            field_dict["auth_enable_check_ip"] = auth_enable_check_ip
        if auth_list_allowed_ip is not UNSET:
            field_dict["auth_list_allowed_ip"] = auth_list_allowed_ip
        if salon_to_salon_group_add_access is not UNSET:
            field_dict["salon_to_salon_group_add_access"] = salon_to_salon_group_add_access
        if is_salon_tips_manager is not UNSET:
            field_dict["is_salon_tips_manager"] = is_salon_tips_manager

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForUserPermissionsResponseDataTypesDataOtherAuthListAllowedIpItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        stat_access = _get("stat_access", UNSET)
        if type(stat_access) is not bool and stat_access is not UNSET:
            stat_access = _v.bool_(stat_access, "stat_access")

        analytics_constructor_access = _get("analytics_constructor_access", UNSET)
        if type(analytics_constructor_access) is not bool and analytics_constructor_access is not UNSET:
            analytics_constructor_access = _v.bool_(analytics_constructor_access, "analytics_constructor_access")

        billing_access = _get("billing_access", UNSET)
        if type(billing_access) is not bool and billing_access is not UNSET:
            billing_access = _v.bool_(billing_access, "billing_access")

        billing_invoices_access = _get("billing_invoices_access", UNSET)
        if type(billing_invoices_access) is not bool and billing_invoices_access is not UNSET:
            billing_invoices_access = _v.bool_(billing_invoices_access, "billing_invoices_access")

        send_sms = _get("send_sms", UNSET)
        if type(send_sms) is not bool and send_sms is not UNSET:
            send_sms = _v.bool_(send_sms, "send_sms")

        auth_enable_check_ip = _get("auth_enable_check_ip", UNSET)
        if type(auth_enable_check_ip) is not bool and auth_enable_check_ip is not UNSET:
            auth_enable_check_ip = _v.bool_(auth_enable_check_ip, "auth_enable_check_ip")

        _auth_list_allowed_ip = _get("auth_list_allowed_ip", UNSET)
        if _auth_list_allowed_ip is UNSET:
            auth_list_allowed_ip = UNSET
        else:
            if type(_auth_list_allowed_ip) is not list:
                _auth_list_allowed_ip = _v.array(_auth_list_allowed_ip, "auth_list_allowed_ip")
            auth_list_allowed_ip = []
            try:
                for _item in _auth_list_allowed_ip:
                    auth_list_allowed_ip.append(
                        RootTypeForUserPermissionsResponseDataTypesDataOtherAuthListAllowedIpItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "auth_list_allowed_ip", auth_list_allowed_ip) from None

        salon_to_salon_group_add_access = _get("salon_to_salon_group_add_access", UNSET)
        if type(salon_to_salon_group_add_access) is not bool and salon_to_salon_group_add_access is not UNSET:
            salon_to_salon_group_add_access = _v.bool_(
                salon_to_salon_group_add_access, "salon_to_salon_group_add_access"
            )

        is_salon_tips_manager = _get("is_salon_tips_manager", UNSET)
        if type(is_salon_tips_manager) is not bool and is_salon_tips_manager is not UNSET:
            is_salon_tips_manager = _v.bool_(is_salon_tips_manager, "is_salon_tips_manager")

        _obj = cls.__new__(cls)
        _obj.stat_access = stat_access
        _obj.analytics_constructor_access = analytics_constructor_access
        _obj.billing_access = billing_access
        _obj.billing_invoices_access = billing_invoices_access
        _obj.send_sms = send_sms
        _obj.auth_enable_check_ip = auth_enable_check_ip
        _obj.auth_list_allowed_ip = auth_list_allowed_ip
        _obj.salon_to_salon_group_add_access = salon_to_salon_group_add_access
        _obj.is_salon_tips_manager = is_salon_tips_manager

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
