from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_notification_settings_notification_types_data_type_data_item_channels import (
        RootTypeForNotificationSettingsNotificationTypesDataTypeDataItemChannels,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_notification_settings_notification_types_data_type_data_item_channels import (
        RootTypeForNotificationSettingsNotificationTypesDataTypeDataItemChannels,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForNotificationSettingsNotificationTypesDataTypeDataItemChannels,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "type",
        "channels",
    }
)


T = TypeVar("T", bound="RootTypeForNotificationSettingsNotificationTypesDataTypeDataItem")


@_attrs_define
class RootTypeForNotificationSettingsNotificationTypesDataTypeDataItem:
    type_: str | Unset = UNSET
    """ Kind of notification """
    channels: RootTypeForNotificationSettingsNotificationTypesDataTypeDataItemChannels | Unset = UNSET
    """ Channels used to deliver notifications """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForNotificationSettingsNotificationTypesDataTypeDataItemChannels,
        ) = _LAZY or _lazy()
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
            RootTypeForNotificationSettingsNotificationTypesDataTypeDataItemChannels,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        type_ = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = _v.str_(type_, "type")

        _channels = _get("channels", UNSET)
        if _channels is UNSET:
            channels = UNSET
        else:
            try:
                channels = RootTypeForNotificationSettingsNotificationTypesDataTypeDataItemChannels.from_dict(_channels)
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
