from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckMembershipsForEventResponse200DataAttributes")


@_attrs_define
class CheckMembershipsForEventResponse200DataAttributes:
    last_booking_date: datetime.datetime | None | Unset = UNSET
    """ Last date an appointment can be made, given when the membership expires """
    available_visits: int | Unset = UNSET
    """ Visits left on the membership """
    can_book_all_days: bool | Unset = UNSET
    """ Whether the membership covers every requested schedule day """
    bookable_day_ids: list[int] | Unset = UNSET
    """ IDs of the schedule days open for booking """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_booking_date: None | str | Unset
        if isinstance(self.last_booking_date, Unset):
            last_booking_date = UNSET
        elif isinstance(self.last_booking_date, datetime.datetime):
            last_booking_date = self.last_booking_date.isoformat()
        else:
            last_booking_date = self.last_booking_date

        available_visits = self.available_visits

        can_book_all_days = self.can_book_all_days

        bookable_day_ids: list[int] | Unset = UNSET
        if not isinstance(self.bookable_day_ids, Unset):
            bookable_day_ids = self.bookable_day_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_booking_date is not UNSET:
            field_dict["last_booking_date"] = last_booking_date
        if available_visits is not UNSET:
            field_dict["available_visits"] = available_visits
        if can_book_all_days is not UNSET:
            field_dict["can_book_all_days"] = can_book_all_days
        if bookable_day_ids is not UNSET:
            field_dict["bookable_day_ids"] = bookable_day_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_last_booking_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            last_booking_date_type_0 = datetime.datetime.fromisoformat(data)

            return last_booking_date_type_0

        last_booking_date = _parse_last_booking_date(d.pop("last_booking_date", UNSET))

        available_visits = d.pop("available_visits", UNSET)

        can_book_all_days = d.pop("can_book_all_days", UNSET)

        bookable_day_ids = cast(list[int], d.pop("bookable_day_ids", UNSET))

        check_memberships_for_event_response_200_data_attributes = cls(
            last_booking_date=last_booking_date,
            available_visits=available_visits,
            can_book_all_days=can_book_all_days,
            bookable_day_ids=bookable_day_ids,
        )

        check_memberships_for_event_response_200_data_attributes.additional_properties = d
        return check_memberships_for_event_response_200_data_attributes

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
