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
        "settings_access",
        "clients_access",
        "deposits_access",
        "deposit_types_access",
        "users_access",
        "loyalty_access",
        "loyalty_abonement_types_access",
        "loyalty_abonement_balance_edit_access",
        "loyalty_abonement_period_edit_access",
        "loyalty_abonement_history_access",
        "loyalty_cards_manual_transactions_access",
        "loyalty_certificate_types_access",
        "loyalty_programs_access",
        "network_services_access",
        "analytics_access",
    }
)


T = TypeVar("T", bound="RootTypeForGroupsResponseDataTypesDataItemAccess")


@_attrs_define
class RootTypeForGroupsResponseDataTypesDataItemAccess:
    """The user's access rights in the chain"""

    settings_access: float | Unset = UNSET
    """ Access to the settings section: 1 yes, 0 no """
    clients_access: float | Unset = UNSET
    """ Access to the client base: 1 yes, 0 no """
    deposits_access: float | Unset = UNSET
    """ Access to client accounts: 1 yes, 0 no """
    deposit_types_access: float | Unset = UNSET
    """ Access to client account types: 1 yes, 0 no """
    users_access: float | Unset = UNSET
    """ Access to user management: 1 yes, 0 no """
    loyalty_access: float | Unset = UNSET
    """ Access to loyalty: 1 yes, 0 no """
    loyalty_abonement_types_access: float | Unset = UNSET
    """ Access to membership types: 1 yes, 0 no """
    loyalty_abonement_balance_edit_access: float | Unset = UNSET
    """ Access to editing the membership balance: 1 yes, 0 no """
    loyalty_abonement_period_edit_access: float | Unset = UNSET
    """ Access to editing the membership period: 1 yes, 0 no """
    loyalty_abonement_history_access: float | Unset = UNSET
    """ Access to membership history: 1 yes, 0 no """
    loyalty_cards_manual_transactions_access: float | Unset = UNSET
    """ Access to manual top-up/withdrawal on loyalty cards: 1 yes, 0 no """
    loyalty_certificate_types_access: float | Unset = UNSET
    """ Access to certificate types: 1 yes, 0 no """
    loyalty_programs_access: float | Unset = UNSET
    """ Access to loyalty programs: 1 yes, 0 no """
    network_services_access: float | Unset = UNSET
    """ Access to managing chain services: 1 yes, 0 no """
    analytics_access: float | Unset = UNSET
    """ Access to analytics: 1 yes, 0 no """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settings_access = self.settings_access

        clients_access = self.clients_access

        deposits_access = self.deposits_access

        deposit_types_access = self.deposit_types_access

        users_access = self.users_access

        loyalty_access = self.loyalty_access

        loyalty_abonement_types_access = self.loyalty_abonement_types_access

        loyalty_abonement_balance_edit_access = self.loyalty_abonement_balance_edit_access

        loyalty_abonement_period_edit_access = self.loyalty_abonement_period_edit_access

        loyalty_abonement_history_access = self.loyalty_abonement_history_access

        loyalty_cards_manual_transactions_access = self.loyalty_cards_manual_transactions_access

        loyalty_certificate_types_access = self.loyalty_certificate_types_access

        loyalty_programs_access = self.loyalty_programs_access

        network_services_access = self.network_services_access

        analytics_access = self.analytics_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if settings_access is not UNSET:
            field_dict["settings_access"] = settings_access
        if clients_access is not UNSET:
            field_dict["clients_access"] = clients_access
        if deposits_access is not UNSET:
            field_dict["deposits_access"] = deposits_access
        if deposit_types_access is not UNSET:
            field_dict["deposit_types_access"] = deposit_types_access
        if users_access is not UNSET:
            field_dict["users_access"] = users_access
        if loyalty_access is not UNSET:
            field_dict["loyalty_access"] = loyalty_access
        if loyalty_abonement_types_access is not UNSET:
            field_dict["loyalty_abonement_types_access"] = loyalty_abonement_types_access
        if loyalty_abonement_balance_edit_access is not UNSET:
            field_dict["loyalty_abonement_balance_edit_access"] = loyalty_abonement_balance_edit_access
        if loyalty_abonement_period_edit_access is not UNSET:
            field_dict["loyalty_abonement_period_edit_access"] = loyalty_abonement_period_edit_access
        if loyalty_abonement_history_access is not UNSET:
            field_dict["loyalty_abonement_history_access"] = loyalty_abonement_history_access
        if loyalty_cards_manual_transactions_access is not UNSET:
            field_dict["loyalty_cards_manual_transactions_access"] = loyalty_cards_manual_transactions_access
        if loyalty_certificate_types_access is not UNSET:
            field_dict["loyalty_certificate_types_access"] = loyalty_certificate_types_access
        if loyalty_programs_access is not UNSET:
            field_dict["loyalty_programs_access"] = loyalty_programs_access
        if network_services_access is not UNSET:
            field_dict["network_services_access"] = network_services_access
        if analytics_access is not UNSET:
            field_dict["analytics_access"] = analytics_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        settings_access = _get("settings_access", UNSET)
        if type(settings_access) is not float and settings_access is not UNSET:
            settings_access = _v.float_(settings_access, "settings_access")

        clients_access = _get("clients_access", UNSET)
        if type(clients_access) is not float and clients_access is not UNSET:
            clients_access = _v.float_(clients_access, "clients_access")

        deposits_access = _get("deposits_access", UNSET)
        if type(deposits_access) is not float and deposits_access is not UNSET:
            deposits_access = _v.float_(deposits_access, "deposits_access")

        deposit_types_access = _get("deposit_types_access", UNSET)
        if type(deposit_types_access) is not float and deposit_types_access is not UNSET:
            deposit_types_access = _v.float_(deposit_types_access, "deposit_types_access")

        users_access = _get("users_access", UNSET)
        if type(users_access) is not float and users_access is not UNSET:
            users_access = _v.float_(users_access, "users_access")

        loyalty_access = _get("loyalty_access", UNSET)
        if type(loyalty_access) is not float and loyalty_access is not UNSET:
            loyalty_access = _v.float_(loyalty_access, "loyalty_access")

        loyalty_abonement_types_access = _get("loyalty_abonement_types_access", UNSET)
        if type(loyalty_abonement_types_access) is not float and loyalty_abonement_types_access is not UNSET:
            loyalty_abonement_types_access = _v.float_(loyalty_abonement_types_access, "loyalty_abonement_types_access")

        loyalty_abonement_balance_edit_access = _get("loyalty_abonement_balance_edit_access", UNSET)
        if (
            type(loyalty_abonement_balance_edit_access) is not float
            and loyalty_abonement_balance_edit_access is not UNSET
        ):
            loyalty_abonement_balance_edit_access = _v.float_(
                loyalty_abonement_balance_edit_access, "loyalty_abonement_balance_edit_access"
            )

        loyalty_abonement_period_edit_access = _get("loyalty_abonement_period_edit_access", UNSET)
        if (
            type(loyalty_abonement_period_edit_access) is not float
            and loyalty_abonement_period_edit_access is not UNSET
        ):
            loyalty_abonement_period_edit_access = _v.float_(
                loyalty_abonement_period_edit_access, "loyalty_abonement_period_edit_access"
            )

        loyalty_abonement_history_access = _get("loyalty_abonement_history_access", UNSET)
        if type(loyalty_abonement_history_access) is not float and loyalty_abonement_history_access is not UNSET:
            loyalty_abonement_history_access = _v.float_(
                loyalty_abonement_history_access, "loyalty_abonement_history_access"
            )

        loyalty_cards_manual_transactions_access = _get("loyalty_cards_manual_transactions_access", UNSET)
        if (
            type(loyalty_cards_manual_transactions_access) is not float
            and loyalty_cards_manual_transactions_access is not UNSET
        ):
            loyalty_cards_manual_transactions_access = _v.float_(
                loyalty_cards_manual_transactions_access, "loyalty_cards_manual_transactions_access"
            )

        loyalty_certificate_types_access = _get("loyalty_certificate_types_access", UNSET)
        if type(loyalty_certificate_types_access) is not float and loyalty_certificate_types_access is not UNSET:
            loyalty_certificate_types_access = _v.float_(
                loyalty_certificate_types_access, "loyalty_certificate_types_access"
            )

        loyalty_programs_access = _get("loyalty_programs_access", UNSET)
        if type(loyalty_programs_access) is not float and loyalty_programs_access is not UNSET:
            loyalty_programs_access = _v.float_(loyalty_programs_access, "loyalty_programs_access")

        network_services_access = _get("network_services_access", UNSET)
        if type(network_services_access) is not float and network_services_access is not UNSET:
            network_services_access = _v.float_(network_services_access, "network_services_access")

        analytics_access = _get("analytics_access", UNSET)
        if type(analytics_access) is not float and analytics_access is not UNSET:
            analytics_access = _v.float_(analytics_access, "analytics_access")

        _obj = cls.__new__(cls)
        _obj.settings_access = settings_access
        _obj.clients_access = clients_access
        _obj.deposits_access = deposits_access
        _obj.deposit_types_access = deposit_types_access
        _obj.users_access = users_access
        _obj.loyalty_access = loyalty_access
        _obj.loyalty_abonement_types_access = loyalty_abonement_types_access
        _obj.loyalty_abonement_balance_edit_access = loyalty_abonement_balance_edit_access
        _obj.loyalty_abonement_period_edit_access = loyalty_abonement_period_edit_access
        _obj.loyalty_abonement_history_access = loyalty_abonement_history_access
        _obj.loyalty_cards_manual_transactions_access = loyalty_cards_manual_transactions_access
        _obj.loyalty_certificate_types_access = loyalty_certificate_types_access
        _obj.loyalty_programs_access = loyalty_programs_access
        _obj.network_services_access = network_services_access
        _obj.analytics_access = analytics_access

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
