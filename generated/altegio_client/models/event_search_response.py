from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_search_response_data_item import EventSearchResponseDataItem
    from ..models.event_search_response_meta import EventSearchResponseMeta

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.event_search_response_data_item import EventSearchResponseDataItem  # noqa: PLC0415
    from ..models.event_search_response_meta import EventSearchResponseMeta  # noqa: PLC0415

    _LAZY = (
        _v,
        EventSearchResponseDataItem,
        EventSearchResponseMeta,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


T = TypeVar("T", bound="EventSearchResponse")


@_attrs_define
class EventSearchResponse:
    """Response of the events search

    Example:
        {'success': True, 'data': [{'id': 3480140, 'service_id': 5243360, 'company_id': 68570, 'staff_id': 921105,
            'date': '2026-09-21T23:00:00.000-05:00', 'length': 3600, 'capacity': 40, 'records_count': 0, 'color': '',
            'instructions': '', 'stream_link': '', 'font_color': '', 'notified': False, 'prepaid': 'forbidden', 'service':
            {'id': 5243360, 'category_id': 5092305, 'title': 'Lecture: is it possible to re-educate a perverted narcissist',
            'price_min': 500, 'price_max': 500, 'comment': 'Spoiler: no.', 'image_url': '', 'salon_service_id': 5792535,
            'prepaid': 'forbidden', 'category': {'id': 5092305, 'category_id': 1, 'title': 'Psychoanalysis (service category
            Natalie)'}}, 'staff': {'id': 921105, 'name': 'Natalie', 'company_id': 68570, 'specialization': 'Do not touch',
            'rating': 4.57, 'show_rating': 0, 'avatar':
            'https://assets.alteg.io/masters/sm/7/70/70e95a2383e51da_20210426134346.png', 'avatar_big':
            'https://assets.alteg.io/masters/origin/7/7d/7da6be6c33a59cd_20210426134346.png', 'comments_count': 7,
            'votes_count': 0, 'average_score': 4.57, 'prepaid': 'forbidden', 'position': {'id': 123340, 'title':
            'Psychotherapist'}}, 'resource_instances': [{'id': 83030, 'title': "Psychotherapist's office. #one",
            'resource_id': 34895}], 'labels': {}}], 'meta': {'count': 1}}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    data: list[EventSearchResponseDataItem] | Unset = UNSET
    """ List of memberships """
    meta: EventSearchResponseMeta | Unset = UNSET
    """ Metadata: count of Events found """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            EventSearchResponseDataItem,
            EventSearchResponseMeta,
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
            EventSearchResponseDataItem,
            EventSearchResponseMeta,
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
                    data.append(EventSearchResponseDataItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "data", data) from None

        _meta = _get("meta", UNSET)
        if _meta is UNSET:
            meta = UNSET
        else:
            try:
                meta = EventSearchResponseMeta.from_dict(_meta)
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
