from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RootTypeForVisitsVisitidRecordidRequestDataTypesNewTransactionsItem")


@_attrs_define
class RootTypeForVisitsVisitidRecordidRequestDataTypesNewTransactionsItem:
    id: float | Unset = UNSET
    """ ID of the financial transaction """
    amount: float | Unset = UNSET
    """ Amount """
    account_id: float | Unset = UNSET
    """ ID of the cash account """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if account_id is not UNSET:
            field_dict["account_id"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        amount = d.pop("amount", UNSET)

        account_id = d.pop("account_id", UNSET)

        root_type_for_visits_visitid_recordid_request_data_types_new_transactions_item = cls(
            id=id,
            amount=amount,
            account_id=account_id,
        )

        root_type_for_visits_visitid_recordid_request_data_types_new_transactions_item.additional_properties = d
        return root_type_for_visits_visitid_recordid_request_data_types_new_transactions_item

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
