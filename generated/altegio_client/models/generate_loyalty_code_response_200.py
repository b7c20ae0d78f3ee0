from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generate_loyalty_code_response_200_meta_item import GenerateLoyaltyCodeResponse200MetaItem
    from ..models.loyalty_generate_code_200_data_option import LoyaltyGenerateCode200DataOption
    from ..models.loyalty_generate_code_200_option import LoyaltyGenerateCode200Option


T = TypeVar("T", bound="GenerateLoyaltyCodeResponse200")


@_attrs_define
class GenerateLoyaltyCodeResponse200:
    data: LoyaltyGenerateCode200DataOption
    meta: list[GenerateLoyaltyCodeResponse200MetaItem]
    success: bool
    loyalty_generate_code_200_option: LoyaltyGenerateCode200Option | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        meta = []
        for meta_item_data in self.meta:
            meta_item = meta_item_data.to_dict()
            meta.append(meta_item)

        success = self.success

        loyalty_generate_code_200_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_generate_code_200_option, Unset):
            loyalty_generate_code_200_option = self.loyalty_generate_code_200_option.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "meta": meta,
                "success": success,
            }
        )
        if loyalty_generate_code_200_option is not UNSET:
            field_dict["LoyaltyGenerateCode200Option"] = loyalty_generate_code_200_option

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.generate_loyalty_code_response_200_meta_item import GenerateLoyaltyCodeResponse200MetaItem  # noqa: PLC0415
        from ..models.loyalty_generate_code_200_data_option import LoyaltyGenerateCode200DataOption  # noqa: PLC0415
        from ..models.loyalty_generate_code_200_option import LoyaltyGenerateCode200Option  # noqa: PLC0415

        d = dict(src_dict)
        data = LoyaltyGenerateCode200DataOption.from_dict(d.pop("data"))

        meta = []
        _meta = d.pop("meta")
        for meta_item_data in _meta:
            meta_item = GenerateLoyaltyCodeResponse200MetaItem.from_dict(meta_item_data)

            meta.append(meta_item)

        success = d.pop("success")

        _loyalty_generate_code_200_option = d.pop("LoyaltyGenerateCode200Option", UNSET)
        loyalty_generate_code_200_option: LoyaltyGenerateCode200Option | Unset
        if isinstance(_loyalty_generate_code_200_option, Unset):
            loyalty_generate_code_200_option = UNSET
        else:
            loyalty_generate_code_200_option = LoyaltyGenerateCode200Option.from_dict(_loyalty_generate_code_200_option)

        generate_loyalty_code_response_200 = cls(
            data=data,
            meta=meta,
            success=success,
            loyalty_generate_code_200_option=loyalty_generate_code_200_option,
        )

        generate_loyalty_code_response_200.additional_properties = d
        return generate_loyalty_code_response_200

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
