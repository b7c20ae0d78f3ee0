from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        goods_transaction_id = d.pop("goods_transaction_id")

        record_id = d.pop("record_id")

        service_id = d.pop("service_id")

        storage_id = d.pop("storage_id")

        good_id = d.pop("good_id")

        price = d.pop("price")

        amount = d.pop("amount")

        consumables_consumables_item = cls(
            goods_transaction_id=goods_transaction_id,
            record_id=record_id,
            service_id=service_id,
            storage_id=storage_id,
            good_id=good_id,
            price=price,
            amount=amount,
        )

        consumables_consumables_item.additional_properties = d
        return consumables_consumables_item

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
