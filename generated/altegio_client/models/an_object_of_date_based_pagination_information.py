from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.an_object_of_date_based_pagination_information_date_cursor import (
        AnObjectOfDateBasedPaginationInformationDateCursor,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.an_object_of_date_based_pagination_information_date_cursor import (
        AnObjectOfDateBasedPaginationInformationDateCursor,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        AnObjectOfDateBasedPaginationInformationDateCursor,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "dateCursor",
    }
)


T = TypeVar("T", bound="AnObjectOfDateBasedPaginationInformation")


@_attrs_define
class AnObjectOfDateBasedPaginationInformation:
    """Pagination data for the current, next and previous pages. Results are sorted by date, newest first, and paginated.

    Example:
        {'dateCursor': {'previous': {'to': '2022-01-31', 'from': '2022-01-20', 'count': 7}, 'current': {'to':
            '2022-01-19', 'from': '2022-01-15', 'count': 25}, 'next': {'to': '2022-01-14', 'from': '2022-01-05', 'count':
            25}}}

    """

    date_cursor: AnObjectOfDateBasedPaginationInformationDateCursor | Unset = UNSET
    """ Pagination details. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            AnObjectOfDateBasedPaginationInformationDateCursor,
        ) = _LAZY or _lazy()
        date_cursor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_cursor, Unset):
            date_cursor = self.date_cursor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_cursor is not UNSET:
            field_dict["dateCursor"] = date_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            AnObjectOfDateBasedPaginationInformationDateCursor,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _date_cursor = _get("dateCursor", UNSET)
        if _date_cursor is UNSET:
            date_cursor = UNSET
        else:
            try:
                date_cursor = AnObjectOfDateBasedPaginationInformationDateCursor.from_dict(_date_cursor)
            except _v.Invalid as _e:
                raise _v.at(_e, "dateCursor") from None

        _obj = cls.__new__(cls)
        _obj.date_cursor = date_cursor

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
