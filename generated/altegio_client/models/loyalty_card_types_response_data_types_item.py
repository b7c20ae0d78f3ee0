from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_card_types_response_data_types_item_salon_group import (
        LoyaltyCardTypesResponseDataTypesItemSalonGroup,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.loyalty_card_types_response_data_types_item_salon_group import (
        LoyaltyCardTypesResponseDataTypesItemSalonGroup,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        LoyaltyCardTypesResponseDataTypesItemSalonGroup,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "title",
        "salon_group_id",
        "salon_group",
    }
)


T = TypeVar("T", bound="LoyaltyCardTypesResponseDataTypesItem")


@_attrs_define
class LoyaltyCardTypesResponseDataTypesItem:
    id: int | Unset = UNSET
    """ ID of the card type """
    title: str | Unset = UNSET
    """ Name of the card type """
    salon_group_id: int | Unset = UNSET
    """ ID of the chain where the card type was made """
    salon_group: LoyaltyCardTypesResponseDataTypesItemSalonGroup | Unset = UNSET
    """ Chain where the card type was made, with its id and title """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            LoyaltyCardTypesResponseDataTypesItemSalonGroup,
        ) = _LAZY or _lazy()
        id = self.id

        title = self.title

        salon_group_id = self.salon_group_id

        salon_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salon_group, Unset):
            salon_group = self.salon_group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if salon_group is not UNSET:
            field_dict["salon_group"] = salon_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            LoyaltyCardTypesResponseDataTypesItemSalonGroup,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        salon_group_id = _get("salon_group_id", UNSET)
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _v.int_(salon_group_id, "salon_group_id")

        _salon_group = _get("salon_group", UNSET)
        if _salon_group is UNSET:
            salon_group = UNSET
        else:
            try:
                salon_group = LoyaltyCardTypesResponseDataTypesItemSalonGroup.from_dict(_salon_group)
            except _v.Invalid as _e:
                raise _v.at(_e, "salon_group") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.salon_group_id = salon_group_id
        _obj.salon_group = salon_group

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
