from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoyaltyProgramRule")


@_attrs_define
class LoyaltyProgramRule:
    """Rule of a promotion

    Example:
        {'id': 34, 'parameter': 0, 'value': 3.5, 'loyalty_program_id': 123, 'loyalty_type_id': 5, 'service_id': 0}

    """

    id: int | Unset = UNSET
    """ ID of the rule """
    parameter: int | Unset = UNSET
    """ Threshold of the rule (0 for fixed promotions) """
    value: float | Unset = UNSET
    """ Size of the discount or bonus """
    loyalty_program_id: int | Unset = UNSET
    """ ID of the promotion """
    loyalty_type_id: int | Unset = UNSET
    """ ID of the promotion kind """
    service_id: int | Unset = UNSET
    """ ID of the service (Discount by condition promotions only) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        parameter = self.parameter

        value = self.value

        loyalty_program_id = self.loyalty_program_id

        loyalty_type_id = self.loyalty_type_id

        service_id = self.service_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if value is not UNSET:
            field_dict["value"] = value
        if loyalty_program_id is not UNSET:
            field_dict["loyalty_program_id"] = loyalty_program_id
        if loyalty_type_id is not UNSET:
            field_dict["loyalty_type_id"] = loyalty_type_id
        if service_id is not UNSET:
            field_dict["service_id"] = service_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        parameter = d.pop("parameter", UNSET)

        value = d.pop("value", UNSET)

        loyalty_program_id = d.pop("loyalty_program_id", UNSET)

        loyalty_type_id = d.pop("loyalty_type_id", UNSET)

        service_id = d.pop("service_id", UNSET)

        loyalty_program_rule = cls(
            id=id,
            parameter=parameter,
            value=value,
            loyalty_program_id=loyalty_program_id,
            loyalty_type_id=loyalty_type_id,
            service_id=service_id,
        )

        loyalty_program_rule.additional_properties = d
        return loyalty_program_rule

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
