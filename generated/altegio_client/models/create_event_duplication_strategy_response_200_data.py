from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_event_duplication_strategy_response_200_data_repeat_mode import (
        CreateEventDuplicationStrategyResponse200DataRepeatMode,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.create_event_duplication_strategy_response_200_data_repeat_mode import (
        CreateEventDuplicationStrategyResponse200DataRepeatMode,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        CreateEventDuplicationStrategyResponse200DataRepeatMode,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "company_id",
        "title",
        "repeat_mode_id",
        "repeat_mode",
        "days",
        "interval",
        "content_type",
    }
)


T = TypeVar("T", bound="CreateEventDuplicationStrategyResponse200Data")


@_attrs_define
class CreateEventDuplicationStrategyResponse200Data:
    id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    title: str | Unset = UNSET
    repeat_mode_id: int | Unset = UNSET
    repeat_mode: CreateEventDuplicationStrategyResponse200DataRepeatMode | Unset = UNSET
    days: list[float] | Unset = UNSET
    interval: float | Unset = UNSET
    content_type: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            CreateEventDuplicationStrategyResponse200DataRepeatMode,
        ) = _LAZY or _lazy()
        id = self.id

        company_id = self.company_id

        title = self.title

        repeat_mode_id = self.repeat_mode_id

        repeat_mode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repeat_mode, Unset):
            repeat_mode = self.repeat_mode.to_dict()

        days: list[float] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = self.days

        interval = self.interval

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if title is not UNSET:
            field_dict["title"] = title
        if repeat_mode_id is not UNSET:
            field_dict["repeat_mode_id"] = repeat_mode_id
        if repeat_mode is not UNSET:
            field_dict["repeat_mode"] = repeat_mode
        if days is not UNSET:
            field_dict["days"] = days
        if interval is not UNSET:
            field_dict["interval"] = interval
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            CreateEventDuplicationStrategyResponse200DataRepeatMode,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _v.int_(company_id, "company_id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        repeat_mode_id = _get("repeat_mode_id", UNSET)
        if type(repeat_mode_id) is not int and repeat_mode_id is not UNSET:
            repeat_mode_id = _v.int_(repeat_mode_id, "repeat_mode_id")

        _repeat_mode = _get("repeat_mode", UNSET)
        if _repeat_mode is UNSET:
            repeat_mode = UNSET
        else:
            try:
                repeat_mode = CreateEventDuplicationStrategyResponse200DataRepeatMode.from_dict(_repeat_mode)
            except _v.Invalid as _e:
                raise _v.at(_e, "repeat_mode") from None

        _days = _get("days", UNSET)
        if _days is UNSET:
            days = UNSET
        else:
            if type(_days) is not list:
                _days = _v.array(_days, "days")
            days = []
            try:
                for _item in _days:
                    if type(_item) is not float and _item is not UNSET:
                        _item = _v.float_(_item, len(days))

                    days.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "days") from None

        interval = _get("interval", UNSET)
        if type(interval) is not float and interval is not UNSET:
            interval = _v.float_(interval, "interval")

        content_type = _get("content_type", UNSET)
        if type(content_type) is not float and content_type is not UNSET:
            content_type = _v.float_(content_type, "content_type")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.company_id = company_id
        _obj.title = title
        _obj.repeat_mode_id = repeat_mode_id
        _obj.repeat_mode = repeat_mode
        _obj.days = days
        _obj.interval = interval
        _obj.content_type = content_type

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
