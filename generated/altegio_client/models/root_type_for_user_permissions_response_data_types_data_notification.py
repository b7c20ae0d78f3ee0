from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    _LAZY = (_v,)
    return _LAZY


_KEYS = frozenset(
    {
        "notification",
        "web_push",
        "web_phone_push",
        "notification_sms_ending_license",
        "notification_sms_low_balance",
        "notification_email_ending_license",
    }
)


T = TypeVar("T", bound="RootTypeForUserPermissionsResponseDataTypesDataNotification")


@_attrs_define
class RootTypeForUserPermissionsResponseDataTypesDataNotification:
    """Settings for notifications"""

    notification: bool | Unset = UNSET
    """ Access to Notifications: true - allowed, false - denied """
    web_push: bool | Unset = UNSET
    """ Permission to show Push notifications about posts in the Web version: true - allowed, false - denied """
    web_phone_push: bool | Unset = UNSET
    """ Permission to show Push notifications about calls in the Web version: true - allowed, false - denied """
    notification_sms_ending_license: bool | Unset = UNSET
    """ Permission to send SMS notifications about imminent license expiration: true - allowed, false - denied """
    notification_sms_low_balance: bool | Unset = UNSET
    """ Permission to send SMS notifications about low balance: true - allowed, false - denied """
    notification_email_ending_license: bool | Unset = UNSET
    """ Permission to send Email notifications about imminent license expiration: true - allowed, false - denied """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification = self.notification

        web_push = self.web_push

        web_phone_push = self.web_phone_push

        notification_sms_ending_license = self.notification_sms_ending_license

        notification_sms_low_balance = self.notification_sms_low_balance

        notification_email_ending_license = self.notification_email_ending_license

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification is not UNSET:
            field_dict["notification"] = notification
        if web_push is not UNSET:
            field_dict["web_push"] = web_push
        if web_phone_push is not UNSET:
            field_dict["web_phone_push"] = web_phone_push
        if notification_sms_ending_license is not UNSET:
            field_dict["notification_sms_ending_license"] = notification_sms_ending_license
        if notification_sms_low_balance is not UNSET:
            field_dict["notification_sms_low_balance"] = notification_sms_low_balance
        if notification_email_ending_license is not UNSET:
            field_dict["notification_email_ending_license"] = notification_email_ending_license

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        notification = _get("notification", UNSET)
        if type(notification) is not bool and notification is not UNSET:
            notification = _v.bool_(notification, "notification")

        web_push = _get("web_push", UNSET)
        if type(web_push) is not bool and web_push is not UNSET:
            web_push = _v.bool_(web_push, "web_push")

        web_phone_push = _get("web_phone_push", UNSET)
        if type(web_phone_push) is not bool and web_phone_push is not UNSET:
            web_phone_push = _v.bool_(web_phone_push, "web_phone_push")

        notification_sms_ending_license = _get("notification_sms_ending_license", UNSET)
        if type(notification_sms_ending_license) is not bool and notification_sms_ending_license is not UNSET:
            notification_sms_ending_license = _v.bool_(
                notification_sms_ending_license, "notification_sms_ending_license"
            )

        notification_sms_low_balance = _get("notification_sms_low_balance", UNSET)
        if type(notification_sms_low_balance) is not bool and notification_sms_low_balance is not UNSET:
            notification_sms_low_balance = _v.bool_(notification_sms_low_balance, "notification_sms_low_balance")

        notification_email_ending_license = _get("notification_email_ending_license", UNSET)
        if type(notification_email_ending_license) is not bool and notification_email_ending_license is not UNSET:
            notification_email_ending_license = _v.bool_(
                notification_email_ending_license, "notification_email_ending_license"
            )

        _obj = cls.__new__(cls)
        _obj.notification = notification
        _obj.web_push = web_push
        _obj.web_phone_push = web_phone_push
        _obj.notification_sms_ending_license = notification_sms_ending_license
        _obj.notification_sms_low_balance = notification_sms_low_balance
        _obj.notification_email_ending_license = notification_email_ending_license

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
