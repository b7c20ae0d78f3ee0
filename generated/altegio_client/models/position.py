from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    _LAZY = (_v,)
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "chain_id",
        "title",
        "description",
        "services_binding_type",
        "rules_required_fields",
        "only_chain_appointment",
    }
)


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
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        chain_id = _get("chain_id", UNSET)
        if type(chain_id) is not int and chain_id is not UNSET:
            chain_id = _v.int_(chain_id, "chain_id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        description = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = _v.str_(description, "description")

        services_binding_type = _get("services_binding_type", UNSET)
        if type(services_binding_type) is not float and services_binding_type is not UNSET:
            services_binding_type = _v.float_(services_binding_type, "services_binding_type")

        _rules_required_fields = _get("rules_required_fields", UNSET)
        if _rules_required_fields is UNSET:
            rules_required_fields = UNSET
        else:
            if type(_rules_required_fields) is not list:
                _rules_required_fields = _v.array(_rules_required_fields, "rules_required_fields")
            rules_required_fields = []
            try:
                for _item in _rules_required_fields:
                    if type(_item) is not str and _item is not UNSET:
                        _item = _v.str_(_item, len(rules_required_fields))

                    rules_required_fields.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "rules_required_fields") from None

        only_chain_appointment = _get("only_chain_appointment", UNSET)
        if type(only_chain_appointment) is not bool and only_chain_appointment is not UNSET:
            only_chain_appointment = _v.bool_(only_chain_appointment, "only_chain_appointment")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.chain_id = chain_id
        _obj.title = title
        _obj.description = description
        _obj.services_binding_type = services_binding_type
        _obj.rules_required_fields = rules_required_fields
        _obj.only_chain_appointment = only_chain_appointment

        _obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {_k: _x for _k, _x in src_dict.items() if _k not in _KEYS}
        )
        return _obj

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
