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
        "name",
        "specialization",
        "weight",
        "information",
        "api_id",
        "hidden",
        "fired",
        "user_id",
        "has_access_timetable",
        "is_paid_staff",
        "is_included_in_payment_policy",
    }
)


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
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _v.str_(name, "name")

        specialization = _get("specialization", UNSET)
        if type(specialization) is not str and specialization is not UNSET:
            specialization = _v.str_(specialization, "specialization")

        weight = _get("weight", UNSET)
        if type(weight) is not float and weight is not UNSET:
            weight = _v.float_(weight, "weight")

        information = _get("information", UNSET)
        if type(information) is not str and information is not UNSET:
            information = _v.str_(information, "information")

        api_id = _get("api_id", UNSET)
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _v.str_(api_id, "api_id")

        hidden = _get("hidden", UNSET)
        if type(hidden) is not float and hidden is not UNSET:
            hidden = _v.float_(hidden, "hidden")

        fired = _get("fired", UNSET)
        if type(fired) is not float and fired is not UNSET:
            fired = _v.float_(fired, "fired")

        user_id = _get("user_id", UNSET)
        if type(user_id) is not float and user_id is not UNSET:
            user_id = _v.float_(user_id, "user_id")

        has_access_timetable = _get("has_access_timetable", UNSET)
        if type(has_access_timetable) is not bool and has_access_timetable is not UNSET:
            has_access_timetable = _v.bool_(has_access_timetable, "has_access_timetable")

        is_paid_staff = _get("is_paid_staff", UNSET)
        if type(is_paid_staff) is not bool and is_paid_staff is not UNSET:
            is_paid_staff = _v.bool_(is_paid_staff, "is_paid_staff")

        is_included_in_payment_policy = _get("is_included_in_payment_policy", UNSET)
        if type(is_included_in_payment_policy) is not bool and is_included_in_payment_policy is not UNSET:
            is_included_in_payment_policy = _v.bool_(is_included_in_payment_policy, "is_included_in_payment_policy")

        _obj = cls.__new__(cls)
        _obj.name = name
        _obj.specialization = specialization
        _obj.weight = weight
        _obj.information = information
        _obj.api_id = api_id
        _obj.hidden = hidden
        _obj.fired = fired
        _obj.user_id = user_id
        _obj.has_access_timetable = has_access_timetable
        _obj.is_paid_staff = is_paid_staff
        _obj.is_included_in_payment_policy = is_included_in_payment_policy

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
