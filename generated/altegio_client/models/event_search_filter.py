from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_search_filter_data_item import EventSearchFilterDataItem


T = TypeVar("T", bound="EventSearchFilter")


@_attrs_define
class EventSearchFilter:
    """Filter for searching events.

    Example:
        {'code': 'service', 'title': 'Services', 'data': [{'id': 1, 'title': 'Service 1', 'is_disabled': True}, {'id':
            2, 'title': 'Service 2', 'is_disabled': False}]}

    """

    code: str | Unset = UNSET
    """ Kind of filter (known values: staff, resource, service, service_category) """
    title: str | Unset = UNSET
    """ Title of the filter. """
    data: list[EventSearchFilterDataItem] | Unset = UNSET
    """ Items of the filter. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if title is not UNSET:
            field_dict["title"] = title
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_search_filter_data_item import EventSearchFilterDataItem  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        title = d.pop("title", UNSET)

        _data = d.pop("data", UNSET)
        data: list[EventSearchFilterDataItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = EventSearchFilterDataItem.from_dict(data_item_data)

                data.append(data_item)

        event_search_filter = cls(
            code=code,
            title=title,
            data=data,
        )

        event_search_filter.additional_properties = d
        return event_search_filter

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
