from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_notification_settings_users_data_type_data_notification_types_item import (
        RootTypeForNotificationSettingsUsersDataTypeDataNotificationTypesItem,
    )


T = TypeVar("T", bound="RootTypeForNotificationSettingsUsersDataTypeData")


@_attrs_define
class RootTypeForNotificationSettingsUsersDataTypeData:
    """Payload"""

    mode: str | Unset = UNSET
    """ Kind of notification (team member or administrator) (known values: admin, staff, disabled) """
    notification_types: list[RootTypeForNotificationSettingsUsersDataTypeDataNotificationTypesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        notification_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notification_types, Unset):
            notification_types = []
            for notification_types_item_data in self.notification_types:
                notification_types_item = notification_types_item_data.to_dict()
                notification_types.append(notification_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if notification_types is not UNSET:
            field_dict["notification_types"] = notification_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_notification_settings_users_data_type_data_notification_types_item import (
            RootTypeForNotificationSettingsUsersDataTypeDataNotificationTypesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        mode = d.pop("mode", UNSET)

        _notification_types = d.pop("notification_types", UNSET)
        notification_types: list[RootTypeForNotificationSettingsUsersDataTypeDataNotificationTypesItem] | Unset = UNSET
        if _notification_types is not UNSET:
            notification_types = []
            for notification_types_item_data in _notification_types:
                notification_types_item = (
                    RootTypeForNotificationSettingsUsersDataTypeDataNotificationTypesItem.from_dict(
                        notification_types_item_data
                    )
                )

                notification_types.append(notification_types_item)

        root_type_for_notification_settings_users_data_type_data = cls(
            mode=mode,
            notification_types=notification_types,
        )

        root_type_for_notification_settings_users_data_type_data.additional_properties = d
        return root_type_for_notification_settings_users_data_type_data

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
