from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.an_object_of_date_based_pagination_information_date_cursor_current import (
        AnObjectOfDateBasedPaginationInformationDateCursorCurrent,
    )
    from ..models.an_object_of_date_based_pagination_information_date_cursor_next import (
        AnObjectOfDateBasedPaginationInformationDateCursorNext,
    )
    from ..models.an_object_of_date_based_pagination_information_date_cursor_previous import (
        AnObjectOfDateBasedPaginationInformationDateCursorPrevious,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.an_object_of_date_based_pagination_information_date_cursor_current import (
        AnObjectOfDateBasedPaginationInformationDateCursorCurrent,  # noqa: PLC0415
    )
    from ..models.an_object_of_date_based_pagination_information_date_cursor_next import (
        AnObjectOfDateBasedPaginationInformationDateCursorNext,  # noqa: PLC0415
    )
    from ..models.an_object_of_date_based_pagination_information_date_cursor_previous import (
        AnObjectOfDateBasedPaginationInformationDateCursorPrevious,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        AnObjectOfDateBasedPaginationInformationDateCursorCurrent,
        AnObjectOfDateBasedPaginationInformationDateCursorNext,
        AnObjectOfDateBasedPaginationInformationDateCursorPrevious,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "previous",
        "current",
        "next",
    }
)


T = TypeVar("T", bound="AnObjectOfDateBasedPaginationInformationDateCursor")


@_attrs_define
class AnObjectOfDateBasedPaginationInformationDateCursor:
    """Pagination details."""

    previous: AnObjectOfDateBasedPaginationInformationDateCursorPrevious | Unset = UNSET
    """ Details of the previous page. """
    current: AnObjectOfDateBasedPaginationInformationDateCursorCurrent | Unset = UNSET
    """ Details of the current page. """
    next_: AnObjectOfDateBasedPaginationInformationDateCursorNext | Unset = UNSET
    """ Details of the previous page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            AnObjectOfDateBasedPaginationInformationDateCursorCurrent,
            AnObjectOfDateBasedPaginationInformationDateCursorNext,
            AnObjectOfDateBasedPaginationInformationDateCursorPrevious,
        ) = _LAZY or _lazy()
        previous: dict[str, Any] | Unset = UNSET
        if not isinstance(self.previous, Unset):
            previous = self.previous.to_dict()

        current: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current, Unset):
            current = self.current.to_dict()

        next_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_, Unset):
            next_ = self.next_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if previous is not UNSET:
            field_dict["previous"] = previous
        if current is not UNSET:
            field_dict["current"] = current
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            AnObjectOfDateBasedPaginationInformationDateCursorCurrent,
            AnObjectOfDateBasedPaginationInformationDateCursorNext,
            AnObjectOfDateBasedPaginationInformationDateCursorPrevious,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _previous = _get("previous", UNSET)
        if _previous is UNSET:
            previous = UNSET
        else:
            try:
                previous = AnObjectOfDateBasedPaginationInformationDateCursorPrevious.from_dict(_previous)
            except _v.Invalid as _e:
                raise _v.at(_e, "previous") from None

        _current = _get("current", UNSET)
        if _current is UNSET:
            current = UNSET
        else:
            try:
                current = AnObjectOfDateBasedPaginationInformationDateCursorCurrent.from_dict(_current)
            except _v.Invalid as _e:
                raise _v.at(_e, "current") from None

        _next_ = _get("next", UNSET)
        if _next_ is UNSET:
            next_ = UNSET
        else:
            try:
                next_ = AnObjectOfDateBasedPaginationInformationDateCursorNext.from_dict(_next_)
            except _v.Invalid as _e:
                raise _v.at(_e, "next") from None

        _obj = cls.__new__(cls)
        _obj.previous = previous
        _obj.current = current
        _obj.next_ = next_

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
