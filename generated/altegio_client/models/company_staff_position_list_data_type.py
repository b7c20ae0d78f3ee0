from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_staff_position_list_data_type_meta_type_0 import CompanyStaffPositionListDataTypeMetaType0
    from ..models.staff_position_type_0 import StaffPositionType0

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.company_staff_position_list_data_type_meta_type_0 import CompanyStaffPositionListDataTypeMetaType0  # noqa: PLC0415
    from ..models.staff_position_type_0 import StaffPositionType0  # noqa: PLC0415

    _LAZY = (
        _v,
        CompanyStaffPositionListDataTypeMetaType0,
        StaffPositionType0,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "data",
        "meta",
        "success",
    }
)


T = TypeVar("T", bound="CompanyStaffPositionListDataType")


@_attrs_define
class CompanyStaffPositionListDataType:
    data: list[list[Any] | None | StaffPositionType0] | Unset = UNSET
    """ List of memberships """
    meta: CompanyStaffPositionListDataTypeMetaType0 | list[Any] | Unset = UNSET
    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            CompanyStaffPositionListDataTypeMetaType0,
            StaffPositionType0,
        ) = _LAZY or _lazy()
        data: list[dict[str, Any] | list[Any] | None] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item: dict[str, Any] | list[Any] | None
                if isinstance(data_item_data, StaffPositionType0):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, list):
                    data_item = data_item_data

                else:
                    data_item = data_item_data
                data.append(data_item)

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, CompanyStaffPositionListDataTypeMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            CompanyStaffPositionListDataTypeMetaType0,
            StaffPositionType0,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _data = _get("data", UNSET)
        if _data is UNSET:
            data = UNSET
        else:
            if type(_data) is not list:
                _data = _v.array(_data, "data")
            data = []
            for _item in _data:
                try:

                    def _parse_data_item(data: object) -> list[Any] | None | StaffPositionType0:
                        if data is None:
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemasstaff_position_type_0 = StaffPositionType0.from_dict(data)

                            return componentsschemasstaff_position_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, list):
                            raise TypeError()
                        componentsschemasstaff_position_type_1 = cast(list[Any], data)

                        return componentsschemasstaff_position_type_1

                    data_item = _parse_data_item(_item)

                except (TypeError, ValueError, KeyError, AttributeError) as _e:
                    raise _v.item_failed(_e, "data", data, "list[Any] | None | StaffPositionType0", _item) from None
                data.append(data_item)

        try:

            def _parse_meta(data: object) -> CompanyStaffPositionListDataTypeMetaType0 | list[Any] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    meta_type_0 = CompanyStaffPositionListDataTypeMetaType0.from_dict(data)

                    return meta_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                meta_type_1 = cast(list[Any], data)

                return meta_type_1

            meta = _parse_meta(_get("meta", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(_e, "meta", "CompanyStaffPositionListDataTypeMetaType0 | list[Any]", _get("meta")) from None

        success = _get("success", UNSET)
        if type(success) is not bool and success is not UNSET:
            success = _v.bool_(success, "success")

        _obj = cls.__new__(cls)
        _obj.data = data
        _obj.meta = meta
        _obj.success = success

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
