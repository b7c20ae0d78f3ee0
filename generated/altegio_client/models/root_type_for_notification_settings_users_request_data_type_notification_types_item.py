from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.root_type_for_notification_settings_users_request_data_type_notification_types_item_type import (
    RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemType,
    check_root_type_for_notification_settings_users_request_data_type_notification_types_item_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_notification_settings_users_request_data_type_notification_types_item_channels import (
        RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels,
    )


T = TypeVar("T", bound="RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItem")


@_attrs_define
class RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItem:
    type_: RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemType | Unset = UNSET
    """ Kind of notification """
    channels: RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels | Unset = UNSET
    """ Channel used to deliver the notification """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        channels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = self.channels.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if channels is not UNSET:
            field_dict["channels"] = channels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_notification_settings_users_request_data_type_notification_types_item_channels import (
            RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_root_type_for_notification_settings_users_request_data_type_notification_types_item_type(
                _type_
            )

        _channels = d.pop("channels", UNSET)
        channels: RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels | Unset
        if isinstance(_channels, Unset):
            channels = UNSET
        else:
            channels = RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels.from_dict(
                _channels
            )

        root_type_for_notification_settings_users_request_data_type_notification_types_item = cls(
            type_=type_,
            channels=channels,
        )

        root_type_for_notification_settings_users_request_data_type_notification_types_item.additional_properties = d
        return root_type_for_notification_settings_users_request_data_type_notification_types_item

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
