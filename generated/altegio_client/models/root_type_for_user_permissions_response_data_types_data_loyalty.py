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
        "loyalty_access",
        "has_loyalty_access",
        "loyalty_cards_manual_transactions_access",
        "has_loyalty_cards_manual_transactions_access",
        "loyalty_certificate_and_abonement_manual_transactions_access",
        "loyalty_abonement_balance_edit_access",
        "loyalty_abonement_history_access",
        "loyalty_abonement_period_edit_access",
        "loyalty_cards_issue_and_removal_access",
        "loyalty_certificate_balance_edit_access",
        "loyalty_certificate_period_edit_access",
    }
)


T = TypeVar("T", bound="RootTypeForUserPermissionsResponseDataTypesDataLoyalty")


@_attrs_define
class RootTypeForUserPermissionsResponseDataTypesDataLoyalty:
    """Loyalty section"""

    loyalty_access: bool | Unset = UNSET
    """ Access to loyalty: true - allowed, false - denied """
    has_loyalty_access: bool | Unset = UNSET
    """ Access to loyalty: true - allowed, false - denied """
    loyalty_cards_manual_transactions_access: bool | Unset = UNSET
    """ Access to manual replenishment/withdrawal from loyalty cards: true - allowed, false - denied """
    has_loyalty_cards_manual_transactions_access: bool | Unset = UNSET
    """ Access to manual replenishment/withdrawal from loyalty cards: true - allowed, false - denied """
    loyalty_certificate_and_abonement_manual_transactions_access: bool | Unset = UNSET
    """ Access to payment with a certificate and a membership without a code: true - allowed, false - denied """
    loyalty_abonement_balance_edit_access: bool | Unset = UNSET
    """ Permission to edit membership balance: true - allowed, false - denied """
    loyalty_abonement_history_access: bool | Unset = UNSET
    """ Access to membership history: true - allowed, false - denied """
    loyalty_abonement_period_edit_access: bool | Unset = UNSET
    """ Permission to edit membership period: true - allowed, false - denied """
    loyalty_cards_issue_and_removal_access: bool | Unset = UNSET
    """ Permission to issue and remove loyalty cards: true - allowed, false - denied """
    loyalty_certificate_balance_edit_access: bool | Unset = UNSET
    """ Permission to edit gift card balance: true - allowed, false - denied """
    loyalty_certificate_period_edit_access: bool | Unset = UNSET
    """ Permission to edit gift card period: true - allowed, false - denied """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loyalty_access = self.loyalty_access

        has_loyalty_access = self.has_loyalty_access

        loyalty_cards_manual_transactions_access = self.loyalty_cards_manual_transactions_access

        has_loyalty_cards_manual_transactions_access = self.has_loyalty_cards_manual_transactions_access

        loyalty_certificate_and_abonement_manual_transactions_access = (
            self.loyalty_certificate_and_abonement_manual_transactions_access
        )

        loyalty_abonement_balance_edit_access = self.loyalty_abonement_balance_edit_access

        loyalty_abonement_history_access = self.loyalty_abonement_history_access

        loyalty_abonement_period_edit_access = self.loyalty_abonement_period_edit_access

        loyalty_cards_issue_and_removal_access = self.loyalty_cards_issue_and_removal_access

        loyalty_certificate_balance_edit_access = self.loyalty_certificate_balance_edit_access

        loyalty_certificate_period_edit_access = self.loyalty_certificate_period_edit_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if loyalty_access is not UNSET:
            field_dict["loyalty_access"] = loyalty_access
        if has_loyalty_access is not UNSET:
            field_dict["has_loyalty_access"] = has_loyalty_access
        if loyalty_cards_manual_transactions_access is not UNSET:
            field_dict["loyalty_cards_manual_transactions_access"] = loyalty_cards_manual_transactions_access
        if has_loyalty_cards_manual_transactions_access is not UNSET:
            field_dict["has_loyalty_cards_manual_transactions_access"] = has_loyalty_cards_manual_transactions_access
        if loyalty_certificate_and_abonement_manual_transactions_access is not UNSET:
            field_dict["loyalty_certificate_and_abonement_manual_transactions_access"] = (
                loyalty_certificate_and_abonement_manual_transactions_access
            )
        if loyalty_abonement_balance_edit_access is not UNSET:
            field_dict["loyalty_abonement_balance_edit_access"] = loyalty_abonement_balance_edit_access
        if loyalty_abonement_history_access is not UNSET:
            field_dict["loyalty_abonement_history_access"] = loyalty_abonement_history_access
        if loyalty_abonement_period_edit_access is not UNSET:
            field_dict["loyalty_abonement_period_edit_access"] = loyalty_abonement_period_edit_access
        if loyalty_cards_issue_and_removal_access is not UNSET:
            field_dict["loyalty_cards_issue_and_removal_access"] = loyalty_cards_issue_and_removal_access
        if loyalty_certificate_balance_edit_access is not UNSET:
            field_dict["loyalty_certificate_balance_edit_access"] = loyalty_certificate_balance_edit_access
        if loyalty_certificate_period_edit_access is not UNSET:
            field_dict["loyalty_certificate_period_edit_access"] = loyalty_certificate_period_edit_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        loyalty_access = _get("loyalty_access", UNSET)
        if type(loyalty_access) is not bool and loyalty_access is not UNSET:
            loyalty_access = _v.bool_(loyalty_access, "loyalty_access")

        has_loyalty_access = _get("has_loyalty_access", UNSET)
        if type(has_loyalty_access) is not bool and has_loyalty_access is not UNSET:
            has_loyalty_access = _v.bool_(has_loyalty_access, "has_loyalty_access")

        loyalty_cards_manual_transactions_access = _get("loyalty_cards_manual_transactions_access", UNSET)
        if (
            type(loyalty_cards_manual_transactions_access) is not bool
            and loyalty_cards_manual_transactions_access is not UNSET
        ):
            loyalty_cards_manual_transactions_access = _v.bool_(
                loyalty_cards_manual_transactions_access, "loyalty_cards_manual_transactions_access"
            )

        has_loyalty_cards_manual_transactions_access = _get("has_loyalty_cards_manual_transactions_access", UNSET)
        if (
            type(has_loyalty_cards_manual_transactions_access) is not bool
            and has_loyalty_cards_manual_transactions_access is not UNSET
        ):
            has_loyalty_cards_manual_transactions_access = _v.bool_(
                has_loyalty_cards_manual_transactions_access, "has_loyalty_cards_manual_transactions_access"
            )

        loyalty_certificate_and_abonement_manual_transactions_access = _get(
            "loyalty_certificate_and_abonement_manual_transactions_access", UNSET
        )
        if (
            type(loyalty_certificate_and_abonement_manual_transactions_access) is not bool
            and loyalty_certificate_and_abonement_manual_transactions_access is not UNSET
        ):
            loyalty_certificate_and_abonement_manual_transactions_access = _v.bool_(
                loyalty_certificate_and_abonement_manual_transactions_access,
                "loyalty_certificate_and_abonement_manual_transactions_access",
            )

        loyalty_abonement_balance_edit_access = _get("loyalty_abonement_balance_edit_access", UNSET)
        if (
            type(loyalty_abonement_balance_edit_access) is not bool
            and loyalty_abonement_balance_edit_access is not UNSET
        ):
            loyalty_abonement_balance_edit_access = _v.bool_(
                loyalty_abonement_balance_edit_access, "loyalty_abonement_balance_edit_access"
            )

        loyalty_abonement_history_access = _get("loyalty_abonement_history_access", UNSET)
        if type(loyalty_abonement_history_access) is not bool and loyalty_abonement_history_access is not UNSET:
            loyalty_abonement_history_access = _v.bool_(
                loyalty_abonement_history_access, "loyalty_abonement_history_access"
            )

        loyalty_abonement_period_edit_access = _get("loyalty_abonement_period_edit_access", UNSET)
        if type(loyalty_abonement_period_edit_access) is not bool and loyalty_abonement_period_edit_access is not UNSET:
            loyalty_abonement_period_edit_access = _v.bool_(
                loyalty_abonement_period_edit_access, "loyalty_abonement_period_edit_access"
            )

        loyalty_cards_issue_and_removal_access = _get("loyalty_cards_issue_and_removal_access", UNSET)
        if (
            type(loyalty_cards_issue_and_removal_access) is not bool
            and loyalty_cards_issue_and_removal_access is not UNSET
        ):
            loyalty_cards_issue_and_removal_access = _v.bool_(
                loyalty_cards_issue_and_removal_access, "loyalty_cards_issue_and_removal_access"
            )

        loyalty_certificate_balance_edit_access = _get("loyalty_certificate_balance_edit_access", UNSET)
        if (
            type(loyalty_certificate_balance_edit_access) is not bool
            and loyalty_certificate_balance_edit_access is not UNSET
        ):
            loyalty_certificate_balance_edit_access = _v.bool_(
                loyalty_certificate_balance_edit_access, "loyalty_certificate_balance_edit_access"
            )

        loyalty_certificate_period_edit_access = _get("loyalty_certificate_period_edit_access", UNSET)
        if (
            type(loyalty_certificate_period_edit_access) is not bool
            and loyalty_certificate_period_edit_access is not UNSET
        ):
            loyalty_certificate_period_edit_access = _v.bool_(
                loyalty_certificate_period_edit_access, "loyalty_certificate_period_edit_access"
            )

        _obj = cls.__new__(cls)
        _obj.loyalty_access = loyalty_access
        _obj.has_loyalty_access = has_loyalty_access
        _obj.loyalty_cards_manual_transactions_access = loyalty_cards_manual_transactions_access
        _obj.has_loyalty_cards_manual_transactions_access = has_loyalty_cards_manual_transactions_access
        _obj.loyalty_certificate_and_abonement_manual_transactions_access = (
            loyalty_certificate_and_abonement_manual_transactions_access
        )
        _obj.loyalty_abonement_balance_edit_access = loyalty_abonement_balance_edit_access
        _obj.loyalty_abonement_history_access = loyalty_abonement_history_access
        _obj.loyalty_abonement_period_edit_access = loyalty_abonement_period_edit_access
        _obj.loyalty_cards_issue_and_removal_access = loyalty_cards_issue_and_removal_access
        _obj.loyalty_certificate_balance_edit_access = loyalty_certificate_balance_edit_access
        _obj.loyalty_certificate_period_edit_access = loyalty_certificate_period_edit_access

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
