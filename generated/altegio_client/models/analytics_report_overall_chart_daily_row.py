from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        "label",
        "data",
    }
)


T = TypeVar("T", bound="AnalyticsReportOverallChartDailyRow")


@_attrs_define
class AnalyticsReportOverallChartDailyRow:
    """Data used to draw the daily chart of the Key Indicators report

    Example:
        {'label': 'Revenue', 'data': [['2026-09-21T23:00:00.000-05:00', 1000], ['2026-09-21T23:00:00.000-05:00', 500]]}

    """

    label: str | Unset = UNSET
    """ Data series name """
    data: list[list[Any]] | Unset = UNSET
    """ Per-day values, each an array of two numbers: the UTC timestamp of the start of the day, then the
    indicator's value for that day. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        data: list[list[Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data

                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        label = _get("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = _v.str_(label, "label")

        _data = _get("data", UNSET)
        if _data is UNSET:
            data = UNSET
        else:
            if type(_data) is not list:
                _data = _v.array(_data, "data")
            data = []
            for _item in _data:
                try:
                    data_item = cast(list[Any], _item)

                except (TypeError, ValueError, KeyError, AttributeError) as _e:
                    raise _v.item_failed(_e, "data", data, "list[Any]", _item) from None
                data.append(data_item)

        _obj = cls.__new__(cls)
        _obj.label = label
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
