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
        from ..models.root_type_for_tips_setting_response_data_types_data_item_staff_employee import (
            RootTypeForTipsSettingResponseDataTypesDataItemStaffEmployee,  # noqa: PLC0415
        )
        from ..models.root_type_for_tips_setting_response_data_types_data_item_staff_position import (
            RootTypeForTipsSettingResponseDataTypesDataItemStaffPosition,  # noqa: PLC0415
        )
        from ..models.root_type_for_tips_setting_response_data_types_data_item_staff_user import (
            RootTypeForTipsSettingResponseDataTypesDataItemStaffUser,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        specialization = d.pop("specialization", UNSET)

        avatar = d.pop("avatar", UNSET)

        _employee = d.pop("employee", UNSET)
        employee: RootTypeForTipsSettingResponseDataTypesDataItemStaffEmployee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = RootTypeForTipsSettingResponseDataTypesDataItemStaffEmployee.from_dict(_employee)

        _user = d.pop("user", UNSET)
        user: RootTypeForTipsSettingResponseDataTypesDataItemStaffUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = RootTypeForTipsSettingResponseDataTypesDataItemStaffUser.from_dict(_user)

        _position = d.pop("position", UNSET)
        position: RootTypeForTipsSettingResponseDataTypesDataItemStaffPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = RootTypeForTipsSettingResponseDataTypesDataItemStaffPosition.from_dict(_position)

        root_type_for_tips_setting_response_data_types_data_item_staff = cls(
            id=id,
            name=name,
            specialization=specialization,
            avatar=avatar,
            employee=employee,
            user=user,
            position=position,
        )

        root_type_for_tips_setting_response_data_types_data_item_staff.additional_properties = d
        return root_type_for_tips_setting_response_data_types_data_item_staff

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
