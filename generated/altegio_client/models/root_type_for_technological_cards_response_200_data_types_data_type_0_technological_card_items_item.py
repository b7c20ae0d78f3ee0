from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal as _Decimal
from typing import Any, TypeVar

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
        "id",
        "technological_card_id",
        "storage_id",
        "good_id",
        "amount",
        "unit",
        "price",
        "title",
    }
)


T = TypeVar("T", bound="RootTypeForTechnologicalCardsResponse200DataTypesDataType0TechnologicalCardItemsItem")


@_attrs_define
class RootTypeForTechnologicalCardsResponse200DataTypesDataType0TechnologicalCardItemsItem:
    id: int | Unset = UNSET
    """ ID of the consumable """
    technological_card_id: int | Unset = UNSET
    """ ID of tech cards """
    storage_id: int | Unset = UNSET
    """ ID of the inventory """
    good_id: int | Unset = UNSET
    """ ID of the product """
    amount: float | Unset = UNSET
    """ How many """
    unit: str | Unset = UNSET
    """ Measurement unit """
    price: Any | Unset = UNSET
    """ Price (Decimal) """
    title: str | Unset = UNSET
    """ Title """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        technological_card_id = self.technological_card_id

        storage_id = self.storage_id

        good_id = self.good_id

        amount = self.amount

        unit = self.unit

        price = self.price

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if technological_card_id is not UNSET:
            field_dict["technological_card_id"] = technological_card_id
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if unit is not UNSET:
            field_dict["unit"] = unit
        if price is not UNSET:
            field_dict["price"] = price
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        technological_card_id = _get("technological_card_id", UNSET)
        if type(technological_card_id) is not int and technological_card_id is not UNSET:
            technological_card_id = _v.int_(technological_card_id, "technological_card_id")

        storage_id = _get("storage_id", UNSET)
        if type(storage_id) is not int and storage_id is not UNSET:
            storage_id = _v.int_(storage_id, "storage_id")

        good_id = _get("good_id", UNSET)
        if type(good_id) is not int and good_id is not UNSET:
            good_id = _v.int_(good_id, "good_id")

        amount = _get("amount", UNSET)
        if type(amount) is not float and amount is not UNSET:
            amount = _v.float_(amount, "amount")

        unit = _get("unit", UNSET)
        if type(unit) is not str and unit is not UNSET:
            unit = _v.str_(unit, "unit")

        price = _get("price", UNSET)
        if type(price) is int:
            price = _Decimal(price)
        elif type(price) is not _Decimal and price is not UNSET:
            price = _v.money(price, "price")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.technological_card_id = technological_card_id
        _obj.storage_id = storage_id
        _obj.good_id = good_id
        _obj.amount = amount
        _obj.unit = unit
        _obj.price = price
        _obj.title = title

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
