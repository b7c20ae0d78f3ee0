from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnObjectOfDateBasedPaginationInformationDateCursorNext")


@_attrs_define
class AnObjectOfDateBasedPaginationInformationDateCursorNext:
    """Details of the previous page."""

    to: datetime.date | None | Unset = UNSET
    """ Last date (inclusive) of the filter applied to the next page. """
    from_: datetime.date | None | Unset = UNSET
    """ Start date of the filter applied to the next page """
    count: float | None | Unset = UNSET
    """ Item count on the next page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, datetime.date):
            to = self.to.isoformat()
        else:
            to = self.to

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, datetime.date):
            from_ = self.from_.isoformat()
        else:
            from_ = self.from_

        count: float | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if to is not UNSET:
            field_dict["to"] = to
        if from_ is not UNSET:
            field_dict["from"] = from_
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            to_type_0 = datetime.date.fromisoformat(data)

            return to_type_0

        to = _parse_to(d.pop("to", UNSET))

        def _parse_from_(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            from_type_0 = datetime.date.fromisoformat(data)

            return from_type_0

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        an_object_of_date_based_pagination_information_date_cursor_next = cls(
            to=to,
            from_=from_,
            count=count,
        )

        an_object_of_date_based_pagination_information_date_cursor_next.additional_properties = d
        return an_object_of_date_based_pagination_information_date_cursor_next

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
