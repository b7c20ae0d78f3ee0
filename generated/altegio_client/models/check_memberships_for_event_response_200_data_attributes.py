from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    _LAZY = (_v,)
    return _LAZY


_KEYS = frozenset(
    {
        "last_booking_date",
        "available_visits",
        "can_book_all_days",
        "bookable_day_ids",
    }
)


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
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        last_booking_date = _get("last_booking_date", UNSET)
        if type(last_booking_date) is str:
            try:
                last_booking_date = _v.fromisoformat(last_booking_date)
            except ValueError:
                last_booking_date = _v.datetime_(last_booking_date, "last_booking_date")
        elif last_booking_date is not UNSET:
            last_booking_date = _v.datetime_(last_booking_date, "last_booking_date", True)

        available_visits = _get("available_visits", UNSET)
        if type(available_visits) is not int and available_visits is not UNSET:
            available_visits = _v.int_(available_visits, "available_visits")

        can_book_all_days = _get("can_book_all_days", UNSET)
        if type(can_book_all_days) is not bool and can_book_all_days is not UNSET:
            can_book_all_days = _v.bool_(can_book_all_days, "can_book_all_days")

        _bookable_day_ids = _get("bookable_day_ids", UNSET)
        if _bookable_day_ids is UNSET:
            bookable_day_ids = UNSET
        else:
            if type(_bookable_day_ids) is not list:
                _bookable_day_ids = _v.array(_bookable_day_ids, "bookable_day_ids")
            bookable_day_ids = []
            try:
                for _item in _bookable_day_ids:
                    if type(_item) is not int and _item is not UNSET:
                        _item = _v.int_(_item, len(bookable_day_ids))

                    bookable_day_ids.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "bookable_day_ids") from None

        _obj = cls.__new__(cls)
        _obj.last_booking_date = last_booking_date
        _obj.available_visits = available_visits
        _obj.can_book_all_days = can_book_all_days
        _obj.bookable_day_ids = bookable_day_ids

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
