from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_notification_settings_users_request_data_type_notification_types_item import (
        RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_notification_settings_users_request_data_type_notification_types_item import (
        RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "notification_types",
    }
)


T = TypeVar("T", bound="RootTypeForNotificationSettingsUsersRequestDataType")


@_attrs_define
class RootTypeForNotificationSettingsUsersRequestDataType:
    """Update the user's push notification settings

    Example:
        {'notification_types': [{'type': 'record_create_online_admin', 'channels': {'push': 1}}, {'type':
            'record_create_offline_admin', 'channels': {'push': 1}}, {'type': 'record_delete_admin', 'channels': {'push':
            1}}, {'type': 'record_move_admin', 'channels': {'push': 1}}, {'type': 'license_expire', 'channels': {'push':
            1}}]}

    """

    notification_types: list[RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItem] | Unset = UNSET
    """ List of objects """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItem,
        ) = _LAZY or _lazy()
        notification_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notification_types, Unset):
            notification_types = []
            for notification_types_item_data in self.notification_types:
                notification_types_item = notification_types_item_data.to_dict()
                notification_types.append(notification_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification_types is not UNSET:
            field_dict["notification_types"] = notification_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _notification_types = _get("notification_types", UNSET)
        if _notification_types is UNSET:
            notification_types = UNSET
        else:
            if type(_notification_types) is not list:
                _notification_types = _v.array(_notification_types, "notification_types")
            notification_types = []
            try:
                for _item in _notification_types:
                    notification_types.append(
                        RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "notification_types", notification_types) from None

        _obj = cls.__new__(cls)
        _obj.notification_types = notification_types

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
