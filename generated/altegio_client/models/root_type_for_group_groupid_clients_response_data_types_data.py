from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_group_groupid_clients_response_data_types_data_clients_item import (
        RootTypeForGroupGroupidClientsResponseDataTypesDataClientsItem,
    )


T = TypeVar("T", bound="RootTypeForGroupGroupidClientsResponseDataTypesData")


@_attrs_define
class RootTypeForGroupGroupidClientsResponseDataTypesData:
    """Payload"""

    salon_group_id: int | Unset = UNSET
    """ ID of the chain """
    phone: str | Unset = UNSET
    """ Phone of the customer """
    clients: list[RootTypeForGroupGroupidClientsResponseDataTypesDataClientsItem] | Unset = UNSET
    """ Clients across the chain's locations """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        salon_group_id = self.salon_group_id

        phone = self.phone

        clients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clients, Unset):
            clients = []
            for clients_item_data in self.clients:
                clients_item = clients_item_data.to_dict()
                clients.append(clients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if clients is not UNSET:
            field_dict["clients"] = clients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_group_groupid_clients_response_data_types_data_clients_item import (
            RootTypeForGroupGroupidClientsResponseDataTypesDataClientsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        salon_group_id = d.pop("salon_group_id", UNSET)

        phone = d.pop("phone", UNSET)

        _clients = d.pop("clients", UNSET)
        clients: list[RootTypeForGroupGroupidClientsResponseDataTypesDataClientsItem] | Unset = UNSET
        if _clients is not UNSET:
            clients = []
            for clients_item_data in _clients:
                clients_item = RootTypeForGroupGroupidClientsResponseDataTypesDataClientsItem.from_dict(
                    clients_item_data
                )

                clients.append(clients_item)

        root_type_for_group_groupid_clients_response_data_types_data = cls(
            salon_group_id=salon_group_id,
            phone=phone,
            clients=clients,
        )

        root_type_for_group_groupid_clients_response_data_types_data.additional_properties = d
        return root_type_for_group_groupid_clients_response_data_types_data

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
