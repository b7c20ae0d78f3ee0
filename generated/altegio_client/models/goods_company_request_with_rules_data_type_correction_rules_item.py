from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem")


@_attrs_define
class GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem:
    type_: int | Unset = UNSET
    """ Kind of transaction """
    base_unit: str | Unset = UNSET
    """ Base units used in the adjustment """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        base_unit = self.base_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if base_unit is not UNSET:
            field_dict["base_unit"] = base_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        base_unit = d.pop("base_unit", UNSET)

        goods_company_request_with_rules_data_type_correction_rules_item = cls(
            type_=type_,
            base_unit=base_unit,
        )

        goods_company_request_with_rules_data_type_correction_rules_item.additional_properties = d
        return goods_company_request_with_rules_data_type_correction_rules_item

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
