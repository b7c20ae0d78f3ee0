from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_technological_cards_consumables_response_200_data_types_data_item_consumables_item import (
        RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItem,
    )
    from ..models.root_type_for_technological_cards_consumables_response_200_data_types_data_item_technological_cards_item import (
        RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_technological_cards_consumables_response_200_data_types_data_item_consumables_item import (
        RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_technological_cards_consumables_response_200_data_types_data_item_technological_cards_item import (
        RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItem,
        RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "service_id",
        "record_id",
        "technological_cards",
        "consumables",
    }
)


T = TypeVar("T", bound="RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItem")


@_attrs_define
class RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItem:
    service_id: int | Unset = UNSET
    """ ID of the service """
    record_id: int | Unset = UNSET
    """ ID of the appointment """
    technological_cards: (
        list[RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItem] | Unset
    ) = UNSET
    """ Technological cards """
    consumables: list[RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItem] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItem,
            RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItem,
        ) = _LAZY or _lazy()
        service_id = self.service_id

        record_id = self.record_id

        technological_cards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.technological_cards, Unset):
            technological_cards = []
            for technological_cards_item_data in self.technological_cards:
                technological_cards_item = technological_cards_item_data.to_dict()
                technological_cards.append(technological_cards_item)

        consumables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consumables, Unset):
            consumables = []
            for consumables_item_data in self.consumables:
                consumables_item = consumables_item_data.to_dict()
                consumables.append(consumables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if technological_cards is not UNSET:
            field_dict["technological_cards"] = technological_cards
        if consumables is not UNSET:
            field_dict["consumables"] = consumables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItem,
            RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        service_id = _get("service_id", UNSET)
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _v.int_(service_id, "service_id")

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _v.int_(record_id, "record_id")

        _technological_cards = _get("technological_cards", UNSET)
        if _technological_cards is UNSET:
            technological_cards = UNSET
        else:
            if type(_technological_cards) is not list:
                _technological_cards = _v.array(_technological_cards, "technological_cards")
            technological_cards = []
            try:
                for _item in _technological_cards:
                    technological_cards.append(
                        RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemTechnologicalCardsItem.from_dict(
                            _item
                        )
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "technological_cards", technological_cards) from None

        _consumables = _get("consumables", UNSET)
        if _consumables is UNSET:
            consumables = UNSET
        else:
            if type(_consumables) is not list:
                _consumables = _v.array(_consumables, "consumables")
            consumables = []
            try:
                for _item in _consumables:
                    consumables.append(
                        RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItem.from_dict(
                            _item
                        )
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "consumables", consumables) from None

        _obj = cls.__new__(cls)
        _obj.service_id = service_id
        _obj.record_id = record_id
        _obj.technological_cards = technological_cards
        _obj.consumables = consumables

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
