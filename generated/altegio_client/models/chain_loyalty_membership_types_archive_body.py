from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_loyalty_membership_types_archive_body_is_archived import (
    ChainLoyaltyMembershipTypesArchiveBodyIsArchived,
    check_chain_loyalty_membership_types_archive_body_is_archived,
)
from ..types import UNSET

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
        "is_archived",
    }
)


T = TypeVar("T", bound="ChainLoyaltyMembershipTypesArchiveBody")


@_attrs_define
class ChainLoyaltyMembershipTypesArchiveBody:
    is_archived: ChainLoyaltyMembershipTypesArchiveBodyIsArchived
    """ "1" archives the type, "0" puts it on sale again. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_archived: str = self.is_archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_archived": is_archived,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "is_archived" not in src_dict:
            raise _v.missing("is_archived")
        try:
            is_archived = check_chain_loyalty_membership_types_archive_body_is_archived(_get("is_archived", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e, "is_archived", "ChainLoyaltyMembershipTypesArchiveBodyIsArchived", _get("is_archived")
            ) from None

        _obj = cls.__new__(cls)
        _obj.is_archived = is_archived

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
