from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KEYS = frozenset(
    {
        "id",
        "amount",
        "account_id",
    }
)


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
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not float and id is not UNSET:
            id = _v.float_(id, "id")

        amount = _get("amount", UNSET)
        if type(amount) is not float and amount is not UNSET:
            amount = _v.float_(amount, "amount")

        account_id = _get("account_id", UNSET)
        if type(account_id) is not float and account_id is not UNSET:
            account_id = _v.float_(account_id, "account_id")

        root_type_for_visits_visitid_recordid_request_data_types_new_transactions_item = cls(
            id=id,
            amount=amount,
            account_id=account_id,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            root_type_for_visits_visitid_recordid_request_data_types_new_transactions_item.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
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
