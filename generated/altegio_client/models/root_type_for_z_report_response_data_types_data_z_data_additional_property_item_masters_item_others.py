from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal as _Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_others_transactions_item import (
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthersTransactionsItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_others_transactions_item import (
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthersTransactionsItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthersTransactionsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "item_title",
        "first_cost",
        "discount",
        "result_cost",
        "transactions",
    }
)


T = TypeVar("T", bound="RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthers")


@_attrs_define
class RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthers:
    item_title: str | Unset = UNSET
    """ Name of the product or service """
    first_cost: Any | Unset = UNSET
    """ Price before changes (Decimal) """
    discount: float | Unset = UNSET
    """ Whether it is a discount """
    result_cost: float | Unset = UNSET
    """ Final price """
    transactions: (
        list[RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthersTransactionsItem]
        | Unset
    ) = UNSET
    """ List of transactions """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthersTransactionsItem,
        ) = _LAZY or _lazy()
        item_title = self.item_title

        first_cost = self.first_cost

        discount = self.discount

        result_cost = self.result_cost

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_title is not UNSET:
            field_dict["item_title"] = item_title
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if discount is not UNSET:
            field_dict["discount"] = discount
        if result_cost is not UNSET:
            field_dict["result_cost"] = result_cost
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthersTransactionsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        item_title = _get("item_title", UNSET)
        if type(item_title) is not str and item_title is not UNSET:
            item_title = _v.str_(item_title, "item_title")

        first_cost = _get("first_cost", UNSET)
        if type(first_cost) is int:
            first_cost = _Decimal(first_cost)
        elif type(first_cost) is not _Decimal and first_cost is not UNSET:
            first_cost = _v.money(first_cost, "first_cost")

        discount = _get("discount", UNSET)
        if type(discount) is not float and discount is not UNSET:
            discount = _v.float_(discount, "discount")

        result_cost = _get("result_cost", UNSET)
        if type(result_cost) is not float and result_cost is not UNSET:
            result_cost = _v.float_(result_cost, "result_cost")

        _transactions = _get("transactions", UNSET)
        if _transactions is UNSET:
            transactions = UNSET
        else:
            if type(_transactions) is not list:
                _transactions = _v.array(_transactions, "transactions")
            transactions = []
            try:
                for _item in _transactions:
                    transactions.append(
                        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthersTransactionsItem.from_dict(
                            _item
                        )
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "transactions", transactions) from None

        _obj = cls.__new__(cls)
        _obj.item_title = item_title
        _obj.first_cost = first_cost
        _obj.discount = discount
        _obj.result_cost = result_cost
        _obj.transactions = transactions

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
