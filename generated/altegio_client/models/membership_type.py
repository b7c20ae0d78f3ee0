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
        "salon_group_id",
        "title",
        "period",
        "period_unit_id",
        "allow_freeze",
        "freeze_limit",
        "is_allow_empty_code",
        "is_united_balance",
        "united_balance_services_count",
    }
)


T = TypeVar("T", bound="MembershipType")


@_attrs_define
class MembershipType:
    id: int | Unset = UNSET
    """ ID of the membership type """
    salon_group_id: int | Unset = UNSET
    """ ID of the chain where the membership type is valid """
    title: str | Unset = UNSET
    """ Name of the membership type """
    period: float | Unset = UNSET
    """ Expiration date of the membership, 0 when not set """
    period_unit_id: int | Unset = UNSET
    """ Unit of the validity period (see the list of values), 0 when not set """
    allow_freeze: bool | Unset = UNSET
    """ Whether memberships of this type can be frozen """
    freeze_limit: float | Unset = UNSET
    """ Longest total freeze, in days """
    is_allow_empty_code: bool | Unset = UNSET
    """ Whether it can be sold without a code """
    is_united_balance: bool | Unset = UNSET
    """ true for one shared balance, false for separate balances """
    united_balance_services_count: int | Unset = UNSET
    """ Number of visits on the shared balance """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_group_id = self.salon_group_id

        title = self.title

        period = self.period

        period_unit_id = self.period_unit_id

        allow_freeze = self.allow_freeze

        freeze_limit = self.freeze_limit

        is_allow_empty_code = self.is_allow_empty_code

        is_united_balance = self.is_united_balance

        united_balance_services_count = self.united_balance_services_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if title is not UNSET:
            field_dict["title"] = title
        if period is not UNSET:
            field_dict["period"] = period
        if period_unit_id is not UNSET:
            field_dict["period_unit_id"] = period_unit_id
        if allow_freeze is not UNSET:
            field_dict["allow_freeze"] = allow_freeze
        if freeze_limit is not UNSET:
            field_dict["freeze_limit"] = freeze_limit
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code
        if is_united_balance is not UNSET:
            field_dict["is_united_balance"] = is_united_balance
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count

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

        salon_group_id = _get("salon_group_id", UNSET)
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _v.int_(salon_group_id, "salon_group_id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        period = _get("period", UNSET)
        if type(period) is not float and period is not UNSET:
            period = _v.float_(period, "period")

        period_unit_id = _get("period_unit_id", UNSET)
        if type(period_unit_id) is not int and period_unit_id is not UNSET:
            period_unit_id = _v.int_(period_unit_id, "period_unit_id")

        allow_freeze = _get("allow_freeze", UNSET)
        if type(allow_freeze) is not bool and allow_freeze is not UNSET:
            allow_freeze = _v.bool_(allow_freeze, "allow_freeze")

        freeze_limit = _get("freeze_limit", UNSET)
        if type(freeze_limit) is not float and freeze_limit is not UNSET:
            freeze_limit = _v.float_(freeze_limit, "freeze_limit")

        is_allow_empty_code = _get("is_allow_empty_code", UNSET)
        if type(is_allow_empty_code) is not bool and is_allow_empty_code is not UNSET:
            is_allow_empty_code = _v.bool_(is_allow_empty_code, "is_allow_empty_code")

        is_united_balance = _get("is_united_balance", UNSET)
        if type(is_united_balance) is not bool and is_united_balance is not UNSET:
            is_united_balance = _v.bool_(is_united_balance, "is_united_balance")

        united_balance_services_count = _get("united_balance_services_count", UNSET)
        if type(united_balance_services_count) is not int and united_balance_services_count is not UNSET:
            united_balance_services_count = _v.int_(united_balance_services_count, "united_balance_services_count")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.salon_group_id = salon_group_id
        _obj.title = title
        _obj.period = period
        _obj.period_unit_id = period_unit_id
        _obj.allow_freeze = allow_freeze
        _obj.freeze_limit = freeze_limit
        _obj.is_allow_empty_code = is_allow_empty_code
        _obj.is_united_balance = is_united_balance
        _obj.united_balance_services_count = united_balance_services_count

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
