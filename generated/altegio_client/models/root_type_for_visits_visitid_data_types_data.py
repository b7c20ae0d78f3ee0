from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_visits_visitid_data_types_data_records_item import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_visits_visitid_data_types_data_records_item import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForVisitsVisitidDataTypesDataRecordsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "attendance",
        "datetime",
        "comment",
        "records",
    }
)


T = TypeVar("T", bound="RootTypeForVisitsVisitidDataTypesData")


@_attrs_define
class RootTypeForVisitsVisitidDataTypesData:
    """Payload"""

    attendance: float | Unset = UNSET
    """ Status of the visit """
    datetime_: datetime.datetime | None | Unset = UNSET
    """ Visit date """
    comment: str | Unset = UNSET
    """ Comment """
    records: list[RootTypeForVisitsVisitidDataTypesDataRecordsItem] | Unset = UNSET
    """ List of appointments """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForVisitsVisitidDataTypesDataRecordsItem,
        ) = _LAZY or _lazy()
        attendance = self.attendance

        datetime_: None | str | Unset
        if isinstance(self.datetime_, Unset):
            datetime_ = UNSET
        elif isinstance(self.datetime_, datetime.datetime):
            datetime_ = self.datetime_.isoformat()
        else:
            datetime_ = self.datetime_

        comment = self.comment

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if comment is not UNSET:
            field_dict["comment"] = comment
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForVisitsVisitidDataTypesDataRecordsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        attendance = _get("attendance", UNSET)
        if type(attendance) is not float and attendance is not UNSET:
            attendance = _v.float_(attendance, "attendance")

        datetime_ = _get("datetime", UNSET)
        if type(datetime_) is str:
            try:
                datetime_ = _v.fromisoformat(datetime_)
            except ValueError:
                datetime_ = _v.datetime_(datetime_, "datetime")
        elif datetime_ is not UNSET:
            datetime_ = _v.datetime_(datetime_, "datetime", True)

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        _records = _get("records", UNSET)
        if _records is UNSET:
            records = UNSET
        else:
            if type(_records) is not list:
                _records = _v.array(_records, "records")
            records = []
            try:
                for _item in _records:
                    records.append(RootTypeForVisitsVisitidDataTypesDataRecordsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "records", records) from None

        _obj = cls.__new__(cls)
        _obj.attendance = attendance
        _obj.datetime_ = datetime_
        _obj.comment = comment
        _obj.records = records

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
