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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_notification_settings_users_data_type_data_notification_types_item import (
        RootTypeForNotificationSettingsUsersDataTypeDataNotificationTypesItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForNotificationSettingsUsersDataTypeDataNotificationTypesItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "mode",
        "notification_types",
    }
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
        (
            _,
            RootTypeForNotificationSettingsUsersDataTypeDataNotificationTypesItem,
        ) = _LAZY or _lazy()
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
        (
            _v,
            RootTypeForNotificationSettingsUsersDataTypeDataNotificationTypesItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        mode = _get("mode", UNSET)
        if type(mode) is not str and mode is not UNSET:
            mode = _v.str_(mode, "mode")

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
                        RootTypeForNotificationSettingsUsersDataTypeDataNotificationTypesItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "notification_types", notification_types) from None

        _obj = cls.__new__(cls)
        _obj.mode = mode
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
