from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RootTypeForStaffCompanyidRequestDataTypes")


@_attrs_define
class RootTypeForStaffCompanyidRequestDataTypes:
    """Adding a team member

    Example:
        {'name': 'Basil', 'specialization': 'the hairdresser', 'weight': 10, 'information': 'Trimming with three hands',
            'api_id': '42', 'hidden': 0, 'fired': 0, 'user_id': 123, 'has_access_timetable': True, 'is_paid_staff': False,
            'is_included_in_payment_policy': True}

    """

    name: str | Unset = UNSET
    """ Name of the team member """
    specialization: str | Unset = UNSET
    """ Specialization of the team member """
    weight: float | Unset = UNSET
    """ Team member weight; output is sorted by weight, heaviest first """
    information: str | Unset = UNSET
    """ About the team member, as HTML """
    api_id: str | Unset = UNSET
    """ ID of the team member in an external system """
    hidden: float | Unset = UNSET
    """ Visibility in online booking: 1 - hidden, 0 - not hidden """
    fired: float | Unset = UNSET
    """ Whether the team member is dismissed: 1 - dismissed, 0 - not dismissed """
    user_id: float | Unset = UNSET
    """ ID of the linked user; 0 unlinks the user """
    has_access_timetable: bool | Unset = UNSET
    """ Whether the team member has access to the appointment calendar, i.e. can have working hours. With `true` the
    team member can get schedules and show up in booking; with `false` (the default for new team members) schedule
    operations fail. **Note:** your subscription plan may restrict this. """
    is_paid_staff: bool | Unset = UNSET
    """ Optional flag: whether the team member counts as paid staff """
    is_included_in_payment_policy: bool | Unset = UNSET
    """ Whether the team member falls under the location's active payment policy (optional). Changing it needs the
    `payment_policy_update_access` permission, else the request returns 403. Ignored without error if the
    `payment_policy` feature is off for the location or there is no active payment policy. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        specialization = self.specialization

        weight = self.weight

        information = self.information

        api_id = self.api_id

        hidden = self.hidden

        fired = self.fired

        user_id = self.user_id

        has_access_timetable = self.has_access_timetable

        is_paid_staff = self.is_paid_staff

        is_included_in_payment_policy = self.is_included_in_payment_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if weight is not UNSET:
            field_dict["weight"] = weight
        if information is not UNSET:
            field_dict["information"] = information
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if fired is not UNSET:
            field_dict["fired"] = fired
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if has_access_timetable is not UNSET:
            field_dict["has_access_timetable"] = has_access_timetable
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff
        if is_included_in_payment_policy is not UNSET:
            field_dict["is_included_in_payment_policy"] = is_included_in_payment_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        specialization = d.pop("specialization", UNSET)

        weight = d.pop("weight", UNSET)

        information = d.pop("information", UNSET)

        api_id = d.pop("api_id", UNSET)

        hidden = d.pop("hidden", UNSET)

        fired = d.pop("fired", UNSET)

        user_id = d.pop("user_id", UNSET)

        has_access_timetable = d.pop("has_access_timetable", UNSET)

        is_paid_staff = d.pop("is_paid_staff", UNSET)

        is_included_in_payment_policy = d.pop("is_included_in_payment_policy", UNSET)

        root_type_for_staff_companyid_request_data_types = cls(
            name=name,
            specialization=specialization,
            weight=weight,
            information=information,
            api_id=api_id,
            hidden=hidden,
            fired=fired,
            user_id=user_id,
            has_access_timetable=has_access_timetable,
            is_paid_staff=is_paid_staff,
            is_included_in_payment_policy=is_included_in_payment_policy,
        )

        root_type_for_staff_companyid_request_data_types.additional_properties = d
        return root_type_for_staff_companyid_request_data_types

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
