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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_group_groupid_clients_response_data_types_data_clients_item import (
        RootTypeForGroupGroupidClientsResponseDataTypesDataClientsItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForGroupGroupidClientsResponseDataTypesDataClientsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "salon_group_id",
        "phone",
        "clients",
    }
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
        (
            _,
            RootTypeForGroupGroupidClientsResponseDataTypesDataClientsItem,
        ) = _LAZY or _lazy()
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
        (
            _v,
            RootTypeForGroupGroupidClientsResponseDataTypesDataClientsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        salon_group_id = _get("salon_group_id", UNSET)
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _v.int_(salon_group_id, "salon_group_id")

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _v.str_(phone, "phone")

        _clients = _get("clients", UNSET)
        if _clients is UNSET:
            clients = UNSET
        else:
            if type(_clients) is not list:
                _clients = _v.array(_clients, "clients")
            clients = []
            try:
                for _item in _clients:
                    clients.append(RootTypeForGroupGroupidClientsResponseDataTypesDataClientsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "clients", clients) from None

        _obj = cls.__new__(cls)
        _obj.salon_group_id = salon_group_id
        _obj.phone = phone
        _obj.clients = clients

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
