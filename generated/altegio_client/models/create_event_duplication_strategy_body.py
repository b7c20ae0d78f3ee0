from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_event_duplication_strategy_body_days_item import CreateEventDuplicationStrategyBodyDaysItem

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.create_event_duplication_strategy_body_days_item import CreateEventDuplicationStrategyBodyDaysItem  # noqa: PLC0415

    _LAZY = (
        _v,
        CreateEventDuplicationStrategyBodyDaysItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "title",
        "repeat_mode_id",
        "days",
        "interval",
        "content_type",
    }
)


T = TypeVar("T", bound="CreateEventDuplicationStrategyBody")


@_attrs_define
class CreateEventDuplicationStrategyBody:
    title: str
    """ Title """
    repeat_mode_id: float
    """ Mode of repetition """
    days: list[CreateEventDuplicationStrategyBodyDaysItem] | Unset = UNSET
    """ Days on which a weekly recurrence repeats """
    interval: float | Unset = UNSET
    """ Interval between searched dates """
    content_type: float | Unset = UNSET
    """ Whether appointments are duplicated: 1 - no, 2 - yes """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            CreateEventDuplicationStrategyBodyDaysItem,
        ) = _LAZY or _lazy()
        title = self.title

        repeat_mode_id = self.repeat_mode_id

        days: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = []
            for days_item_data in self.days:
                days_item = days_item_data.to_dict()
                days.append(days_item)

        interval = self.interval

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "repeat_mode_id": repeat_mode_id,
            }
        )
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
            CreateEventDuplicationStrategyBodyDaysItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "title" not in src_dict:
            raise _v.missing("title")
        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        if "repeat_mode_id" not in src_dict:
            raise _v.missing("repeat_mode_id")
        repeat_mode_id = _get("repeat_mode_id", UNSET)
        if type(repeat_mode_id) is not float and repeat_mode_id is not UNSET:
            repeat_mode_id = _v.float_(repeat_mode_id, "repeat_mode_id")

        _days = _get("days", UNSET)
        if _days is UNSET:
            days = UNSET
        else:
            if type(_days) is not list:
                _days = _v.array(_days, "days")
            days = []
            try:
                for _item in _days:
                    days.append(CreateEventDuplicationStrategyBodyDaysItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "days", days) from None

        interval = _get("interval", UNSET)
        if type(interval) is not float and interval is not UNSET:
            interval = _v.float_(interval, "interval")

        content_type = _get("content_type", UNSET)
        if type(content_type) is not float and content_type is not UNSET:
            content_type = _v.float_(content_type, "content_type")

        _obj = cls.__new__(cls)
        _obj.title = title
        _obj.repeat_mode_id = repeat_mode_id
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
