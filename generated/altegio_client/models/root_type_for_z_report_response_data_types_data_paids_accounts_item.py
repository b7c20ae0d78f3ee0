from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RootTypeForZReportResponseDataTypesDataPaidsAccountsItem")


@_attrs_define
class RootTypeForZReportResponseDataTypesDataPaidsAccountsItem:
    title: str | Unset = UNSET
    """ Name of the cash account """
    amount: int | Unset = UNSET
    """ Amount """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        amount = d.pop("amount", UNSET)

        root_type_for_z_report_response_data_types_data_paids_accounts_item = cls(
            title=title,
            amount=amount,
        )

        root_type_for_z_report_response_data_types_data_paids_accounts_item.additional_properties = d
        return root_type_for_z_report_response_data_types_data_paids_accounts_item

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
