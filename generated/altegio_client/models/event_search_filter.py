from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_search_filter_data_item import EventSearchFilterDataItem

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.event_search_filter_data_item import EventSearchFilterDataItem  # noqa: PLC0415

    _LAZY = (
        _v,
        EventSearchFilterDataItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "code",
        "title",
        "data",
    }
)


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
        (
            _,
            EventSearchFilterDataItem,
        ) = _LAZY or _lazy()
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
        (
            _v,
            EventSearchFilterDataItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        code = _get("code", UNSET)
        if type(code) is not str and code is not UNSET:
            code = _v.str_(code, "code")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        _data = _get("data", UNSET)
        if _data is UNSET:
            data = UNSET
        else:
            if type(_data) is not list:
                _data = _v.array(_data, "data")
            data = []
            try:
                for _item in _data:
                    data.append(EventSearchFilterDataItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "data", data) from None

        _obj = cls.__new__(cls)
        _obj.code = code
        _obj.title = title
        _obj.data = data

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
