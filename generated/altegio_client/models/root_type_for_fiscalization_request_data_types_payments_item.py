from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RootTypeForFiscalizationRequestDataTypesPaymentsItem")


@_attrs_define
class RootTypeForFiscalizationRequestDataTypesPaymentsItem:
    type_: str | Unset = UNSET
    """ Payment kind: "card" - non-cash, "cash" - cash, "prepaid" - advance payment """
    sum_: float | Unset = UNSET
    """ Amount paid, to 2 decimal places """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sum_ = self.sum_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sum_ is not UNSET:
            field_dict["sum"] = sum_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        sum_ = d.pop("sum", UNSET)

        root_type_for_fiscalization_request_data_types_payments_item = cls(
            type_=type_,
            sum_=sum_,
        )

        root_type_for_fiscalization_request_data_types_payments_item.additional_properties = d
        return root_type_for_fiscalization_request_data_types_payments_item

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
