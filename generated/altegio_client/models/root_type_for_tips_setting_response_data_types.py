from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_tips_setting_response_data_types_data_item import (
        RootTypeForTipsSettingResponseDataTypesDataItem,
    )
    from ..models.root_type_for_tips_setting_response_data_types_meta import RootTypeForTipsSettingResponseDataTypesMeta

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_tips_setting_response_data_types_data_item import (
        RootTypeForTipsSettingResponseDataTypesDataItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_tips_setting_response_data_types_meta import RootTypeForTipsSettingResponseDataTypesMeta  # noqa: PLC0415

    _LAZY = (
        _v,
        RootTypeForTipsSettingResponseDataTypesDataItem,
        RootTypeForTipsSettingResponseDataTypesMeta,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


T = TypeVar("T", bound="RootTypeForTipsSettingResponseDataTypes")


@_attrs_define
class RootTypeForTipsSettingResponseDataTypes:
    """Fetch a location's team members together with their tips

    Example:
        {'success': True, 'data': [{'id': 1, 'location_id': 253859, 'staff_id': 742418, 'hash':
            'ba816199-eecf-4bd2-9f1d-db470545bfaf', 'status': 3, 'status_title': 'pending account', 'is_enabled': True,
            'landing_external': 'https://app.alteg.io/tips/external/253859/ba816199-eecf-4bd2-9f1d-db470545bfaf/',
            'master_tips_form_link': 'https://app.alteg.io/companies/253859/staff/742418/tips/pay/', 'invite_sms_sent':
            False, 'staff': {'id': 742418, 'name': 'Fusa', 'specialization': 'cosmetologist', 'avatar':
            'https://assets.alteg.io/masters/sm/c/c7/c77a4bf2b6b3896_20210304004333.png', 'employee': {'id': 733043,
            'phone': '+13155550175'}, 'user': {'id': 1553930, 'name': 'James Smith', 'email': 'j.smith@example.com',
            'phone': '+13155550175'}, 'position': {'id': 103883, 'title': 'Yogist'}}}, {'id': 152763, 'location_id': 253859,
            'staff_id': 743018, 'hash': 'b7c81cab-290a-4b0a-ad05-9c4b98ef3565', 'status': 4, 'status_title': 'everything is
            set', 'is_enabled': True, 'landing_external':
            'https://app.alteg.io/tips/external/253859/b7c81cab-290a-4b0a-ad05-9c4b98ef3565/', 'master_tips_form_link':
            'https://app.alteg.io/companies/253859/staff/743018/tips/pay/', 'invite_sms_sent': False, 'staff': {'id':
            743018, 'name': 'Natasha M', 'specialization': 'manicurist', 'avatar': 'https://api.alteg.io/images/no-master-
            sm.png', 'employee': {'id': 733547, 'phone': '+13155550175'}, 'user': {'id': 6259059, 'name': 'Alice Smith',
            'email': 'a.smith@example.com', 'phone': '+13155550175'}, 'position': {'id': 103731, 'title': 'Manicurist'}}}],
            'meta': {'count': 2}}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    data: list[RootTypeForTipsSettingResponseDataTypesDataItem] | Unset = UNSET
    """ List of memberships """
    meta: RootTypeForTipsSettingResponseDataTypesMeta | Unset = UNSET
    """ Metadata: count of team members found """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForTipsSettingResponseDataTypesDataItem,
            RootTypeForTipsSettingResponseDataTypesMeta,
        ) = _LAZY or _lazy()
        success = self.success

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForTipsSettingResponseDataTypesDataItem,
            RootTypeForTipsSettingResponseDataTypesMeta,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        success = _get("success", UNSET)
        if type(success) is not bool and success is not UNSET:
            success = _v.bool_(success, "success")

        _data = _get("data", UNSET)
        if _data is UNSET:
            data = UNSET
        else:
            if type(_data) is not list:
                _data = _v.array(_data, "data")
            data = []
            try:
                for _item in _data:
                    data.append(RootTypeForTipsSettingResponseDataTypesDataItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "data", data) from None

        _meta = _get("meta", UNSET)
        if _meta is UNSET:
            meta = UNSET
        else:
            try:
                meta = RootTypeForTipsSettingResponseDataTypesMeta.from_dict(_meta)
            except _v.Invalid as _e:
                raise _v.at(_e, "meta") from None

        _obj = cls.__new__(cls)
        _obj.success = success
        _obj.data = data
        _obj.meta = meta

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
