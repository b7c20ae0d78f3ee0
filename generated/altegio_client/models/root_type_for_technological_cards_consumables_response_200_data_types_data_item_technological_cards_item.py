from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_technological_cards_consumables_response_200_data_types_data_item_technological_cards_item_technological_card_items_item import (
        RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_technological_cards_consumables_response_200_data_types_data_item_technological_cards_item_technological_card_items_item import (
        RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "title",
        "technological_card_items",
    }
)


T = TypeVar("T", bound="RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItem")


@_attrs_define
class RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItem:
    id: int | Unset = UNSET
    """ ID of the tech card """
    title: str | Unset = UNSET
    """ Name of the tech cards """
    technological_card_items: (
        list[
            RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem
        ]
        | Unset
    ) = UNSET
    """ Tech cards for consumables """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem,
        ) = _LAZY or _lazy()
        id = self.id

        title = self.title

        technological_card_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.technological_card_items, Unset):
            technological_card_items = []
            for technological_card_items_item_data in self.technological_card_items:
                technological_card_items_item = technological_card_items_item_data.to_dict()
                technological_card_items.append(technological_card_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if technological_card_items is not UNSET:
            field_dict["technological_card_items"] = technological_card_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem,
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

        _technological_card_items = _get("technological_card_items", UNSET)
        if _technological_card_items is UNSET:
            technological_card_items = UNSET
        else:
            if type(_technological_card_items) is not list:
                _technological_card_items = _v.array(_technological_card_items, "technological_card_items")
            technological_card_items = []
            try:
                for _item in _technological_card_items:
                    technological_card_items.append(
                        RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItemTechnologicalCardItemsItem.from_dict(
                            _item
                        )
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "technological_card_items", technological_card_items) from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.technological_card_items = technological_card_items

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
