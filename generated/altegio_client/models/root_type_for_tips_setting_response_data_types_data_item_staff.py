from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_tips_setting_response_data_types_data_item_staff_employee import (
        RootTypeForTipsSettingResponseDataTypesDataItemStaffEmployee,
    )
    from ..models.root_type_for_tips_setting_response_data_types_data_item_staff_position import (
        RootTypeForTipsSettingResponseDataTypesDataItemStaffPosition,
    )
    from ..models.root_type_for_tips_setting_response_data_types_data_item_staff_user import (
        RootTypeForTipsSettingResponseDataTypesDataItemStaffUser,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_tips_setting_response_data_types_data_item_staff_employee import (
        RootTypeForTipsSettingResponseDataTypesDataItemStaffEmployee,  # noqa: PLC0415
    )
    from ..models.root_type_for_tips_setting_response_data_types_data_item_staff_position import (
        RootTypeForTipsSettingResponseDataTypesDataItemStaffPosition,  # noqa: PLC0415
    )
    from ..models.root_type_for_tips_setting_response_data_types_data_item_staff_user import (
        RootTypeForTipsSettingResponseDataTypesDataItemStaffUser,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForTipsSettingResponseDataTypesDataItemStaffEmployee,
        RootTypeForTipsSettingResponseDataTypesDataItemStaffPosition,
        RootTypeForTipsSettingResponseDataTypesDataItemStaffUser,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "name",
        "specialization",
        "avatar",
        "employee",
        "user",
        "position",
    }
)


T = TypeVar("T", bound="RootTypeForTipsSettingResponseDataTypesDataItemStaff")


@_attrs_define
class RootTypeForTipsSettingResponseDataTypesDataItemStaff:
    """Team member"""

    id: int | Unset = UNSET
    """ ID of the team member """
    name: str | Unset = UNSET
    """ Name of the team member """
    specialization: str | Unset = UNSET
    """ Specialization """
    avatar: str | Unset = UNSET
    """ Path to the team member's profile picture """
    employee: RootTypeForTipsSettingResponseDataTypesDataItemStaffEmployee | Unset = UNSET
    """ The team member """
    user: RootTypeForTipsSettingResponseDataTypesDataItemStaffUser | Unset = UNSET
    """ User object """
    position: RootTypeForTipsSettingResponseDataTypesDataItemStaffPosition | Unset = UNSET
    """ Position """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForTipsSettingResponseDataTypesDataItemStaffEmployee,
            RootTypeForTipsSettingResponseDataTypesDataItemStaffPosition,
            RootTypeForTipsSettingResponseDataTypesDataItemStaffUser,
        ) = _LAZY or _lazy()
        id = self.id

        name = self.name

        specialization = self.specialization

        avatar = self.avatar

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if employee is not UNSET:
            field_dict["employee"] = employee
        if user is not UNSET:
            field_dict["user"] = user
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForTipsSettingResponseDataTypesDataItemStaffEmployee,
            RootTypeForTipsSettingResponseDataTypesDataItemStaffPosition,
            RootTypeForTipsSettingResponseDataTypesDataItemStaffUser,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _v.str_(name, "name")

        specialization = _get("specialization", UNSET)
        if type(specialization) is not str and specialization is not UNSET:
            specialization = _v.str_(specialization, "specialization")

        avatar = _get("avatar", UNSET)
        if type(avatar) is not str and avatar is not UNSET:
            avatar = _v.str_(avatar, "avatar")

        _employee = _get("employee", UNSET)
        if _employee is UNSET:
            employee = UNSET
        else:
            try:
                employee = RootTypeForTipsSettingResponseDataTypesDataItemStaffEmployee.from_dict(_employee)
            except _v.Invalid as _e:
                raise _v.at(_e, "employee") from None

        _user = _get("user", UNSET)
        if _user is UNSET:
            user = UNSET
        else:
            try:
                user = RootTypeForTipsSettingResponseDataTypesDataItemStaffUser.from_dict(_user)
            except _v.Invalid as _e:
                raise _v.at(_e, "user") from None

        _position = _get("position", UNSET)
        if _position is UNSET:
            position = UNSET
        else:
            try:
                position = RootTypeForTipsSettingResponseDataTypesDataItemStaffPosition.from_dict(_position)
            except _v.Invalid as _e:
                raise _v.at(_e, "position") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.name = name
        _obj.specialization = specialization
        _obj.avatar = avatar
        _obj.employee = employee
        _obj.user = user
        _obj.position = position

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
