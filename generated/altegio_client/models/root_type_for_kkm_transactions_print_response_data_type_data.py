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
        from ..models.root_type_for_kkm_transactions_print_response_data_type_data_kkm_transactions_item import (
            RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        kkm_type = d.pop("kkm_type", UNSET)

        _kkm_transactions = d.pop("kkm_transactions", UNSET)
        kkm_transactions: list[RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItem] | Unset = UNSET
        if _kkm_transactions is not UNSET:
            kkm_transactions = []
            for kkm_transactions_item_data in _kkm_transactions:
                kkm_transactions_item = (
                    RootTypeForKkmTransactionsPrintResponseDataTypeDataKkmTransactionsItem.from_dict(
                        kkm_transactions_item_data
                    )
                )

                kkm_transactions.append(kkm_transactions_item)

        status = d.pop("status", UNSET)

        _bill_json = d.pop("bill_json", UNSET)
        bill_json: list[list[Any]] | Unset = UNSET
        if _bill_json is not UNSET:
            bill_json = []
            for bill_json_item_data in _bill_json:
                bill_json_item = cast(list[Any], bill_json_item_data)

                bill_json.append(bill_json_item)

        root_type_for_kkm_transactions_print_response_data_type_data = cls(
            kkm_type=kkm_type,
            kkm_transactions=kkm_transactions,
            status=status,
            bill_json=bill_json,
        )

        root_type_for_kkm_transactions_print_response_data_type_data.additional_properties = d
        return root_type_for_kkm_transactions_print_response_data_type_data

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
