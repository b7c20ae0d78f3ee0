from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_tips_setting_response_data_types_data_item_staff import (
        RootTypeForTipsSettingResponseDataTypesDataItemStaff,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_tips_setting_response_data_types_data_item_staff import (
        RootTypeForTipsSettingResponseDataTypesDataItemStaff,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForTipsSettingResponseDataTypesDataItemStaff,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "location_id",
        "staff_id",
        "hash",
        "status",
        "status_title",
        "is_enabled",
        "landing_external",
        "master_tips_form_link",
        "invite_sms_sent",
        "staff",
    }
)


T = TypeVar("T", bound="RootTypeForTipsSettingResponseDataTypesDataItem")


@_attrs_define
class RootTypeForTipsSettingResponseDataTypesDataItem:
    id: int | Unset = UNSET
    """ ID of the setting """
    location_id: int | Unset = UNSET
    staff_id: int | Unset = UNSET
    """ ID of the team member """
    hash_: str | Unset = UNSET
    """ Hash token value """
    status: float | Unset = UNSET
    """ Status of the setting """
    status_title: str | Unset = UNSET
    """ Name of the status """
    is_enabled: bool | Unset = UNSET
    """ Whether the tip setting is on """
    landing_external: str | Unset = UNSET
    master_tips_form_link: str | Unset = UNSET
    """ URL of the page for tipping the team member """
    invite_sms_sent: bool | Unset = UNSET
    staff: RootTypeForTipsSettingResponseDataTypesDataItemStaff | Unset = UNSET
    """ Team member """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForTipsSettingResponseDataTypesDataItemStaff,
        ) = _LAZY or _lazy()
        id = self.id

        location_id = self.location_id

        staff_id = self.staff_id

        hash_ = self.hash_

        status = self.status

        status_title = self.status_title

        is_enabled = self.is_enabled

        landing_external = self.landing_external

        master_tips_form_link = self.master_tips_form_link

        invite_sms_sent = self.invite_sms_sent

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if status is not UNSET:
            field_dict["status"] = status
        if status_title is not UNSET:
            field_dict["status_title"] = status_title
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if landing_external is not UNSET:
            field_dict["landing_external"] = landing_external
        if master_tips_form_link is not UNSET:
            field_dict["master_tips_form_link"] = master_tips_form_link
        if invite_sms_sent is not UNSET:
            field_dict["invite_sms_sent"] = invite_sms_sent
        if staff is not UNSET:
            field_dict["staff"] = staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForTipsSettingResponseDataTypesDataItemStaff,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        location_id = _get("location_id", UNSET)
        if type(location_id) is not int and location_id is not UNSET:
            location_id = _v.int_(location_id, "location_id")

        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _v.int_(staff_id, "staff_id")

        hash_ = _get("hash", UNSET)
        if type(hash_) is not str and hash_ is not UNSET:
            hash_ = _v.str_(hash_, "hash")

        status = _get("status", UNSET)
        if type(status) is not float and status is not UNSET:
            status = _v.float_(status, "status")

        status_title = _get("status_title", UNSET)
        if type(status_title) is not str and status_title is not UNSET:
            status_title = _v.str_(status_title, "status_title")

        is_enabled = _get("is_enabled", UNSET)
        if type(is_enabled) is not bool and is_enabled is not UNSET:
            is_enabled = _v.bool_(is_enabled, "is_enabled")

        landing_external = _get("landing_external", UNSET)
        if type(landing_external) is not str and landing_external is not UNSET:
            landing_external = _v.str_(landing_external, "landing_external")

        master_tips_form_link = _get("master_tips_form_link", UNSET)
        if type(master_tips_form_link) is not str and master_tips_form_link is not UNSET:
            master_tips_form_link = _v.str_(master_tips_form_link, "master_tips_form_link")

        invite_sms_sent = _get("invite_sms_sent", UNSET)
        if type(invite_sms_sent) is not bool and invite_sms_sent is not UNSET:
            invite_sms_sent = _v.bool_(invite_sms_sent, "invite_sms_sent")

        _staff = _get("staff", UNSET)
        if _staff is UNSET:
            staff = UNSET
        else:
            try:
                staff = RootTypeForTipsSettingResponseDataTypesDataItemStaff.from_dict(_staff)
            except _v.Invalid as _e:
                raise _v.at(_e, "staff") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.location_id = location_id
        _obj.staff_id = staff_id
        _obj.hash_ = hash_
        _obj.status = status
        _obj.status_title = status_title
        _obj.is_enabled = is_enabled
        _obj.landing_external = landing_external
        _obj.master_tips_form_link = master_tips_form_link
        _obj.invite_sms_sent = invite_sms_sent
        _obj.staff = staff

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
