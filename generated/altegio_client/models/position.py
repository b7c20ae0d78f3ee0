from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Position")


@_attrs_define
class Position:
    """Details of an existing position in a chain.

    Example:
        {'id': 123, 'chain_id': 123, 'title': 'Position', 'description': 'Position description',
            'services_binding_type': 0, 'rules_required_fields': ['employee_name', 'surname', 'middle_name',
            'date_admission', 'date_registration_end', 'phone_number', 'citizenship', 'sex', 'identity_document', 'tax_id',
            'number_insurance_certificates'], 'only_chain_appointment': False}

    """

    id: int | Unset = UNSET
    """ ID of the position. """
    chain_id: int | Unset = UNSET
    """ ID of the chain in which the position was created. """
    title: str | Unset = UNSET
    """ Name of the position. """
    description: str | Unset = UNSET
    """ Description of the position. """
    services_binding_type: float | Unset = UNSET
    """ How services are bound to a position: `0` - no binding; `2` - strict binding (known values: 0, 2) """
    rules_required_fields: list[str] | Unset = UNSET
    """ Fields that must be filled in before a team member can be linked to a position. """
    only_chain_appointment: bool | Unset = UNSET
    """ Whether a team member can be linked to a position only at chain level. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        chain_id = self.chain_id

        title = self.title

        description = self.description

        services_binding_type = self.services_binding_type

        rules_required_fields: list[str] | Unset = UNSET
        if not isinstance(self.rules_required_fields, Unset):
            rules_required_fields = self.rules_required_fields

        only_chain_appointment = self.only_chain_appointment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if chain_id is not UNSET:
            field_dict["chain_id"] = chain_id
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if services_binding_type is not UNSET:
            field_dict["services_binding_type"] = services_binding_type
        if rules_required_fields is not UNSET:
            field_dict["rules_required_fields"] = rules_required_fields
        if only_chain_appointment is not UNSET:
            field_dict["only_chain_appointment"] = only_chain_appointment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        chain_id = d.pop("chain_id", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        services_binding_type = d.pop("services_binding_type", UNSET)

        rules_required_fields = cast(list[str], d.pop("rules_required_fields", UNSET))

        only_chain_appointment = d.pop("only_chain_appointment", UNSET)

        position = cls(
            id=id,
            chain_id=chain_id,
            title=title,
            description=description,
            services_binding_type=services_binding_type,
            rules_required_fields=rules_required_fields,
            only_chain_appointment=only_chain_appointment,
        )

        position.additional_properties = d
        return position

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
