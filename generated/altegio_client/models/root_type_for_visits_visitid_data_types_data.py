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
        from ..models.root_type_for_visits_visitid_data_types_data_records_item import (
            RootTypeForVisitsVisitidDataTypesDataRecordsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        attendance = d.pop("attendance", UNSET)

        def _parse_datetime_(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            datetime_type_0 = datetime.datetime.fromisoformat(data)

            return datetime_type_0

        datetime_ = _parse_datetime_(d.pop("datetime", UNSET))

        comment = d.pop("comment", UNSET)

        _records = d.pop("records", UNSET)
        records: list[RootTypeForVisitsVisitidDataTypesDataRecordsItem] | Unset = UNSET
        if _records is not UNSET:
            records = []
            for records_item_data in _records:
                records_item = RootTypeForVisitsVisitidDataTypesDataRecordsItem.from_dict(records_item_data)

                records.append(records_item)

        root_type_for_visits_visitid_data_types_data = cls(
            attendance=attendance,
            datetime_=datetime_,
            comment=comment,
            records=records,
        )

        root_type_for_visits_visitid_data_types_data.additional_properties = d
        return root_type_for_visits_visitid_data_types_data

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
