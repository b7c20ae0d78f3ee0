from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItemAccount")


@_attrs_define
class RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItemAccount:
    """Cash account"""

    id: int | Unset = UNSET
    """ ID of the cash account """
    title: str | Unset = UNSET
    """ Name of the cash account """
    type_id: int | Unset = UNSET
    """ ID of the transaction kind """
    type_: float | Unset = UNSET
    """ Transaction kind """
    comment: str | Unset = UNSET
    """ Comment """
    company_id: int | Unset = UNSET
    """ ID of the location """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        type_id = self.type_id

        type_ = self.type_

        comment = self.comment

        company_id = self.company_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if comment is not UNSET:
            field_dict["comment"] = comment
        if company_id is not UNSET:
            field_dict["company_id"] = company_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        type_id = d.pop("type_id", UNSET)

        type_ = d.pop("type", UNSET)

        comment = d.pop("comment", UNSET)

        company_id = d.pop("company_id", UNSET)

        root_type_for_storage_operation_finance_transaction_response_data_types_data_item_account = cls(
            id=id,
            title=title,
            type_id=type_id,
            type_=type_,
            comment=comment,
            company_id=company_id,
        )

        root_type_for_storage_operation_finance_transaction_response_data_types_data_item_account.additional_properties = d
        return root_type_for_storage_operation_finance_transaction_response_data_types_data_item_account

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
