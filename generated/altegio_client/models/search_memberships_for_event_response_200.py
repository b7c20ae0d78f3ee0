from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_memberships_for_event_response_200_data_item import (
        SearchMembershipsForEventResponse200DataItem,
    )
    from ..models.search_memberships_for_event_response_200_included_item import (
        SearchMembershipsForEventResponse200IncludedItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.search_memberships_for_event_response_200_data_item import (
        SearchMembershipsForEventResponse200DataItem,  # noqa: PLC0415
    )
    from ..models.search_memberships_for_event_response_200_included_item import (
        SearchMembershipsForEventResponse200IncludedItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        SearchMembershipsForEventResponse200DataItem,
        SearchMembershipsForEventResponse200IncludedItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "data",
        "included",
    }
)


T = TypeVar("T", bound="SearchMembershipsForEventResponse200")


@_attrs_define
class SearchMembershipsForEventResponse200:
    data: list[SearchMembershipsForEventResponse200DataItem] | Unset = UNSET
    included: list[SearchMembershipsForEventResponse200IncludedItem] | Unset = UNSET
    """ Membership types and availability intervals linked to the data """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            SearchMembershipsForEventResponse200DataItem,
            SearchMembershipsForEventResponse200IncludedItem,
        ) = _LAZY or _lazy()
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = []
            for included_item_data in self.included:
                included_item = included_item_data.to_dict()
                included.append(included_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if included is not UNSET:
            field_dict["included"] = included

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            SearchMembershipsForEventResponse200DataItem,
            SearchMembershipsForEventResponse200IncludedItem,
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
            try:
                for _item in _data:
                    data.append(SearchMembershipsForEventResponse200DataItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "data", data) from None

        _included = _get("included", UNSET)
        if _included is UNSET:
            included = UNSET
        else:
            if type(_included) is not list:
                _included = _v.array(_included, "included")
            included = []
            try:
                for _item in _included:
                    included.append(SearchMembershipsForEventResponse200IncludedItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "included", included) from None

        _obj = cls.__new__(cls)
        _obj.data = data
        _obj.included = included

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
