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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_notification_settings_users_request_data_type_notification_types_item_channels import (
        RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "type",
        "channels",
    }
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
        (
            _,
            RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels,
        ) = _LAZY or _lazy()
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
        (
            _v,
            RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        try:
            _type_ = _get("type", UNSET)
            type_: RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_root_type_for_notification_settings_users_request_data_type_notification_types_item_type(
                    _type_
                )

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e, "type", "RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemType", _get("type")
            ) from None

        _channels = _get("channels", UNSET)
        if _channels is UNSET:
            channels = UNSET
        else:
            try:
                channels = RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemChannels.from_dict(
                    _channels
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "channels") from None

        _obj = cls.__new__(cls)
        _obj.type_ = type_
        _obj.channels = channels

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
