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
        "title",
        "type_id",
        "type",
        "comment",
        "company_id",
    }
)


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
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        type_id = _get("type_id", UNSET)
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _v.int_(type_id, "type_id")

        type_ = _get("type", UNSET)
        if type(type_) is not float and type_ is not UNSET:
            type_ = _v.float_(type_, "type")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _v.int_(company_id, "company_id")

        root_type_for_storage_operation_finance_transaction_response_data_types_data_item_account = cls(
            id=id,
            title=title,
            type_id=type_id,
            type_=type_,
            comment=comment,
            company_id=company_id,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            root_type_for_storage_operation_finance_transaction_response_data_types_data_item_account.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
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
