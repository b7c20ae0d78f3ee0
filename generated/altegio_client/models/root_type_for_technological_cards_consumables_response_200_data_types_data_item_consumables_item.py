from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal as _Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_technological_cards_consumables_response_200_data_types_data_item_consumables_item_good import (
        RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_technological_cards_consumables_response_200_data_types_data_item_consumables_item_good import (
        RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "goods_transaction_id",
        "record_id",
        "service_id",
        "storage_id",
        "good_id",
        "price",
        "amount",
        "good",
    }
)


T = TypeVar("T", bound="RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItem")


@_attrs_define
class RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItem:
    goods_transaction_id: int | Unset = UNSET
    """ ID of the product transaction """
    record_id: int | Unset = UNSET
    """ ID of the appointment """
    service_id: int | Unset = UNSET
    """ ID of the service """
    storage_id: int | Unset = UNSET
    """ ID of the inventory """
    good_id: int | Unset = UNSET
    """ ID of the product """
    price: Any | Unset = UNSET
    """ Price (Decimal) """
    amount: float | Unset = UNSET
    """ How many """
    good: RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood | Unset = UNSET
    """ Product """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood,
        ) = _LAZY or _lazy()
        goods_transaction_id = self.goods_transaction_id

        record_id = self.record_id

        service_id = self.service_id

        storage_id = self.storage_id

        good_id = self.good_id

        price = self.price

        amount = self.amount

        good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = self.good.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if goods_transaction_id is not UNSET:
            field_dict["goods_transaction_id"] = goods_transaction_id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if price is not UNSET:
            field_dict["price"] = price
        if amount is not UNSET:
            field_dict["amount"] = amount
        if good is not UNSET:
            field_dict["good"] = good

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        goods_transaction_id = _get("goods_transaction_id", UNSET)
        if type(goods_transaction_id) is not int and goods_transaction_id is not UNSET:
            goods_transaction_id = _v.int_(goods_transaction_id, "goods_transaction_id")

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _v.int_(record_id, "record_id")

        service_id = _get("service_id", UNSET)
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _v.int_(service_id, "service_id")

        storage_id = _get("storage_id", UNSET)
        if type(storage_id) is not int and storage_id is not UNSET:
            storage_id = _v.int_(storage_id, "storage_id")

        good_id = _get("good_id", UNSET)
        if type(good_id) is not int and good_id is not UNSET:
            good_id = _v.int_(good_id, "good_id")

        price = _get("price", UNSET)
        if type(price) is int:
            price = _Decimal(price)
        elif type(price) is not _Decimal and price is not UNSET:
            price = _v.money(price, "price")

        amount = _get("amount", UNSET)
        if type(amount) is not float and amount is not UNSET:
            amount = _v.float_(amount, "amount")

        _good = _get("good", UNSET)
        if _good is UNSET:
            good = UNSET
        else:
            try:
                good = (
                    RootTypeForTechnologicalCardsConsumablesResponse200DataTypesDataItemConsumablesItemGood.from_dict(
                        _good
                    )
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "good") from None

        _obj = cls.__new__(cls)
        _obj.goods_transaction_id = goods_transaction_id
        _obj.record_id = record_id
        _obj.service_id = service_id
        _obj.storage_id = storage_id
        _obj.good_id = good_id
        _obj.price = price
        _obj.amount = amount
        _obj.good = good

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
