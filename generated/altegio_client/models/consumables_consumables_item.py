from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        "goods_transaction_id",
        "record_id",
        "service_id",
        "storage_id",
        "good_id",
        "price",
        "amount",
    }
)


T = TypeVar("T", bound="ConsumablesConsumablesItem")


@_attrs_define
class ConsumablesConsumablesItem:
    goods_transaction_id: float
    """ ID of the commodity (goods) transaction """
    record_id: float
    """ ID of the appointment """
    service_id: float
    """ ID of the service """
    storage_id: float
    """ ID of the inventory """
    good_id: float
    """ ID of the product """
    price: float
    """ Cost of the consumable used in the appointment """
    amount: float
    """ Quantity of consumables used in the appointment """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        goods_transaction_id = self.goods_transaction_id

        record_id = self.record_id

        service_id = self.service_id

        storage_id = self.storage_id

        good_id = self.good_id

        price = self.price

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "goods_transaction_id": goods_transaction_id,
                "record_id": record_id,
                "service_id": service_id,
                "storage_id": storage_id,
                "good_id": good_id,
                "price": price,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "goods_transaction_id" not in src_dict:
            raise _v.missing("goods_transaction_id")
        goods_transaction_id = _get("goods_transaction_id", UNSET)
        if type(goods_transaction_id) is not float and goods_transaction_id is not UNSET:
            goods_transaction_id = _v.float_(goods_transaction_id, "goods_transaction_id")

        if "record_id" not in src_dict:
            raise _v.missing("record_id")
        record_id = _get("record_id", UNSET)
        if type(record_id) is not float and record_id is not UNSET:
            record_id = _v.float_(record_id, "record_id")

        if "service_id" not in src_dict:
            raise _v.missing("service_id")
        service_id = _get("service_id", UNSET)
        if type(service_id) is not float and service_id is not UNSET:
            service_id = _v.float_(service_id, "service_id")

        if "storage_id" not in src_dict:
            raise _v.missing("storage_id")
        storage_id = _get("storage_id", UNSET)
        if type(storage_id) is not float and storage_id is not UNSET:
            storage_id = _v.float_(storage_id, "storage_id")

        if "good_id" not in src_dict:
            raise _v.missing("good_id")
        good_id = _get("good_id", UNSET)
        if type(good_id) is not float and good_id is not UNSET:
            good_id = _v.float_(good_id, "good_id")

        if "price" not in src_dict:
            raise _v.missing("price")
        price = _get("price", UNSET)
        if type(price) is not float and price is not UNSET:
            price = _v.float_(price, "price")

        if "amount" not in src_dict:
            raise _v.missing("amount")
        amount = _get("amount", UNSET)
        if type(amount) is not float and amount is not UNSET:
            amount = _v.float_(amount, "amount")

        _obj = cls.__new__(cls)
        _obj.goods_transaction_id = goods_transaction_id
        _obj.record_id = record_id
        _obj.service_id = service_id
        _obj.storage_id = storage_id
        _obj.good_id = good_id
        _obj.price = price
        _obj.amount = amount

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
