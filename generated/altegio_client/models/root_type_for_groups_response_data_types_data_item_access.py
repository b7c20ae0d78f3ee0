from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        settings_access = d.pop("settings_access", UNSET)

        clients_access = d.pop("clients_access", UNSET)

        deposits_access = d.pop("deposits_access", UNSET)

        deposit_types_access = d.pop("deposit_types_access", UNSET)

        users_access = d.pop("users_access", UNSET)

        loyalty_access = d.pop("loyalty_access", UNSET)

        loyalty_abonement_types_access = d.pop("loyalty_abonement_types_access", UNSET)

        loyalty_abonement_balance_edit_access = d.pop("loyalty_abonement_balance_edit_access", UNSET)

        loyalty_abonement_period_edit_access = d.pop("loyalty_abonement_period_edit_access", UNSET)

        loyalty_abonement_history_access = d.pop("loyalty_abonement_history_access", UNSET)

        loyalty_cards_manual_transactions_access = d.pop("loyalty_cards_manual_transactions_access", UNSET)

        loyalty_certificate_types_access = d.pop("loyalty_certificate_types_access", UNSET)

        loyalty_programs_access = d.pop("loyalty_programs_access", UNSET)

        network_services_access = d.pop("network_services_access", UNSET)

        analytics_access = d.pop("analytics_access", UNSET)

        root_type_for_groups_response_data_types_data_item_access = cls(
            settings_access=settings_access,
            clients_access=clients_access,
            deposits_access=deposits_access,
            deposit_types_access=deposit_types_access,
            users_access=users_access,
            loyalty_access=loyalty_access,
            loyalty_abonement_types_access=loyalty_abonement_types_access,
            loyalty_abonement_balance_edit_access=loyalty_abonement_balance_edit_access,
            loyalty_abonement_period_edit_access=loyalty_abonement_period_edit_access,
            loyalty_abonement_history_access=loyalty_abonement_history_access,
            loyalty_cards_manual_transactions_access=loyalty_cards_manual_transactions_access,
            loyalty_certificate_types_access=loyalty_certificate_types_access,
            loyalty_programs_access=loyalty_programs_access,
            network_services_access=network_services_access,
            analytics_access=analytics_access,
        )

        root_type_for_groups_response_data_types_data_item_access.additional_properties = d
        return root_type_for_groups_response_data_types_data_item_access

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
