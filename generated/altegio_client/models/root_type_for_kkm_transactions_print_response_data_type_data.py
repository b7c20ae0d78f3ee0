from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_kkm_transactions_print_response_data_type_data_kkm_transactions_item import (
        RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_kkm_transactions_print_response_data_type_data_kkm_transactions_item import (
        RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "kkm_type",
        "kkm_transactions",
        "status",
        "bill_json",
    }
)


T = TypeVar("T", bound="RootTypeForKkmTransactionsPrintResponseDataTypeData")


@_attrs_define
class RootTypeForKkmTransactionsPrintResponseDataTypeData:
    """List of memberships"""

    kkm_type: int | Unset = UNSET
    """ KKM (cash register) operation type """
    kkm_transactions: list[RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItem] | Unset = UNSET
    status: int | Unset = UNSET
    bill_json: list[list[Any]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItem,
        ) = _LAZY or _lazy()
        kkm_type = self.kkm_type

        kkm_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.kkm_transactions, Unset):
            kkm_transactions = []
            for kkm_transactions_item_data in self.kkm_transactions:
                kkm_transactions_item = kkm_transactions_item_data.to_dict()
                kkm_transactions.append(kkm_transactions_item)

        status = self.status

        bill_json: list[list[Any]] | Unset = UNSET
        if not isinstance(self.bill_json, Unset):
            bill_json = []
            for bill_json_item_data in self.bill_json:
                bill_json_item = bill_json_item_data

                bill_json.append(bill_json_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kkm_type is not UNSET:
            field_dict["kkm_type"] = kkm_type
        if kkm_transactions is not UNSET:
            field_dict["kkm_transactions"] = kkm_transactions
        if status is not UNSET:
            field_dict["status"] = status
        if bill_json is not UNSET:
            field_dict["bill_json"] = bill_json

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        kkm_type = _get("kkm_type", UNSET)
        if type(kkm_type) is not int and kkm_type is not UNSET:
            kkm_type = _v.int_(kkm_type, "kkm_type")

        _kkm_transactions = _get("kkm_transactions", UNSET)
        if _kkm_transactions is UNSET:
            kkm_transactions = UNSET
        else:
            if type(_kkm_transactions) is not list:
                _kkm_transactions = _v.array(_kkm_transactions, "kkm_transactions")
            kkm_transactions = []
            try:
                for _item in _kkm_transactions:
                    kkm_transactions.append(
                        RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "kkm_transactions", kkm_transactions) from None

        status = _get("status", UNSET)
        if type(status) is not int and status is not UNSET:
            status = _v.int_(status, "status")

        _bill_json = _get("bill_json", UNSET)
        if _bill_json is UNSET:
            bill_json = UNSET
        else:
            if type(_bill_json) is not list:
                _bill_json = _v.array(_bill_json, "bill_json")
            bill_json = []
            for _item in _bill_json:
                try:
                    bill_json_item = cast(list[Any], _item)

                except (TypeError, ValueError, KeyError, AttributeError) as _e:
                    raise _v.item_failed(_e, "bill_json", bill_json, "list[Any]", _item) from None
                bill_json.append(bill_json_item)

        _obj = cls.__new__(cls)
        _obj.kkm_type = kkm_type
        _obj.kkm_transactions = kkm_transactions
        _obj.status = status
        _obj.bill_json = bill_json

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
