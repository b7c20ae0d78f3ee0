from __future__ import annotations

from collections.abc import Mapping
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
        "title",
        "barcode",
        "article",
        "amount",
        "cost_per_unit",
        "price",
        "cost",
        "operation_unit_type",
        "master_id",
        "storage_id",
        "good_id",
        "discount",
    }
)


T = TypeVar("T", bound="RootTypeForVisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem")


@_attrs_define
class RootTypeForVisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem:
    id: float | Unset = UNSET
    """ ID of the inventory transaction """
    title: str | Unset = UNSET
    """ Barcode value """
    barcode: str | Unset = UNSET
    """ Barcode value """
    article: str | Unset = UNSET
    """ Vendor code (article) """
    amount: str | Unset = UNSET
    """ Amount """
    cost_per_unit: str | Unset = UNSET
    """ Price per unit """
    price: str | Unset = UNSET
    """ Price """
    cost: str | Unset = UNSET
    """ Sale price """
    operation_unit_type: float | Unset = UNSET
    """ Kind of unit: 1 - sale, 2 - write-off """
    master_id: str | Unset = UNSET
    """ ID of the team member """
    storage_id: str | Unset = UNSET
    """ ID of the inventory """
    good_id: str | Unset = UNSET
    """ ID of the product """
    discount: str | Unset = UNSET
    """ Whether it is a discount """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        barcode = self.barcode

        article = self.article

        amount = self.amount

        cost_per_unit = self.cost_per_unit

        price = self.price

        cost = self.cost

        operation_unit_type = self.operation_unit_type

        master_id = self.master_id

        storage_id = self.storage_id

        good_id = self.good_id

        discount = self.discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if article is not UNSET:
            field_dict["article"] = article
        if amount is not UNSET:
            field_dict["amount"] = amount
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if price is not UNSET:
            field_dict["price"] = price
        if cost is not UNSET:
            field_dict["cost"] = cost
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = operation_unit_type
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if discount is not UNSET:
            field_dict["discount"] = discount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not float and id is not UNSET:
            id = _v.float_(id, "id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        barcode = _get("barcode", UNSET)
        if type(barcode) is not str and barcode is not UNSET:
            barcode = _v.str_(barcode, "barcode")

        article = _get("article", UNSET)
        if type(article) is not str and article is not UNSET:
            article = _v.str_(article, "article")

        amount = _get("amount", UNSET)
        if type(amount) is not str and amount is not UNSET:
            amount = _v.str_(amount, "amount")

        cost_per_unit = _get("cost_per_unit", UNSET)
        if type(cost_per_unit) is not str and cost_per_unit is not UNSET:
            cost_per_unit = _v.str_(cost_per_unit, "cost_per_unit")

        price = _get("price", UNSET)
        if type(price) is not str and price is not UNSET:
            price = _v.str_(price, "price")

        cost = _get("cost", UNSET)
        if type(cost) is not str and cost is not UNSET:
            cost = _v.str_(cost, "cost")

        operation_unit_type = _get("operation_unit_type", UNSET)
        if type(operation_unit_type) is not float and operation_unit_type is not UNSET:
            operation_unit_type = _v.float_(operation_unit_type, "operation_unit_type")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not str and master_id is not UNSET:
            master_id = _v.str_(master_id, "master_id")

        storage_id = _get("storage_id", UNSET)
        if type(storage_id) is not str and storage_id is not UNSET:
            storage_id = _v.str_(storage_id, "storage_id")

        good_id = _get("good_id", UNSET)
        if type(good_id) is not str and good_id is not UNSET:
            good_id = _v.str_(good_id, "good_id")

        discount = _get("discount", UNSET)
        if type(discount) is not str and discount is not UNSET:
            discount = _v.str_(discount, "discount")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.barcode = barcode
        _obj.article = article
        _obj.amount = amount
        _obj.cost_per_unit = cost_per_unit
        _obj.price = price
        _obj.cost = cost
        _obj.operation_unit_type = operation_unit_type
        _obj.master_id = master_id
        _obj.storage_id = storage_id
        _obj.good_id = good_id
        _obj.discount = discount

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
