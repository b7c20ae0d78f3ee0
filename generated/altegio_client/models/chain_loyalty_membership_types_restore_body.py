from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChainLoyaltyMembershipTypesRestoreBody")


@_attrs_define
class ChainLoyaltyMembershipTypesRestoreBody:
    restore_in_title: str
    """ Title to give the restored membership type """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        restore_in_title = self.restore_in_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "restore_in_title": restore_in_title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        restore_in_title = d.pop("restore_in_title")

        chain_loyalty_membership_types_restore_body = cls(
            restore_in_title=restore_in_title,
        )

        chain_loyalty_membership_types_restore_body.additional_properties = d
        return chain_loyalty_membership_types_restore_body

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
