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
        "service_id",
        "master_id",
        "length",
        "technological_card_id",
        "api_id",
        "is_online",
        "is_offline_records_allowed",
        "price",
    }
)


T = TypeVar("T", bound="ObjectOfModelServiceTeamMember")


@_attrs_define
class ObjectOfModelServiceTeamMember:
    """
    Example:
        {'service_id': 123, 'master_id': 123, 'length': 3600, 'technological_card_id': 123, 'api_id': '', 'is_online':
            True, 'is_offline_records_allowed': True, 'price': None}

    """

    service_id: int | Unset = UNSET
    """ ID of the service. """
    master_id: int | Unset = UNSET
    """ ID of the team member. """
    length: float | Unset = UNSET
    """ How long the given team member takes to provide the service, in seconds. """
    technological_card_id: int | Unset = UNSET
    """ ID of the tech card. """
    api_id: str | Unset = UNSET
    """ ID in an external API. """
    is_online: bool | Unset = UNSET
    """ Whether the service can be booked online. """
    is_offline_records_allowed: bool | Unset = UNSET
    """ Whether offline appointments are permitted for this service/team member link. """
    price: float | None | Unset = UNSET
    """ Price this team member charges for the service, overriding the default. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        master_id = self.master_id

        length = self.length

        technological_card_id = self.technological_card_id

        api_id = self.api_id

        is_online = self.is_online

        is_offline_records_allowed = self.is_offline_records_allowed

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if length is not UNSET:
            field_dict["length"] = length
        if technological_card_id is not UNSET:
            field_dict["technological_card_id"] = technological_card_id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if is_online is not UNSET:
            field_dict["is_online"] = is_online
        if is_offline_records_allowed is not UNSET:
            field_dict["is_offline_records_allowed"] = is_offline_records_allowed
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        service_id = _get("service_id", UNSET)
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _v.int_(service_id, "service_id")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _v.int_(master_id, "master_id")

        length = _get("length", UNSET)
        if type(length) is not float and length is not UNSET:
            length = _v.float_(length, "length")

        technological_card_id = _get("technological_card_id", UNSET)
        if type(technological_card_id) is not int and technological_card_id is not UNSET:
            technological_card_id = _v.int_(technological_card_id, "technological_card_id")

        api_id = _get("api_id", UNSET)
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _v.str_(api_id, "api_id")

        is_online = _get("is_online", UNSET)
        if type(is_online) is not bool and is_online is not UNSET:
            is_online = _v.bool_(is_online, "is_online")

        is_offline_records_allowed = _get("is_offline_records_allowed", UNSET)
        if type(is_offline_records_allowed) is not bool and is_offline_records_allowed is not UNSET:
            is_offline_records_allowed = _v.bool_(is_offline_records_allowed, "is_offline_records_allowed")

        price = _get("price", UNSET)
        if type(price) is not float and price is not UNSET:
            price = _v.float_(price, "price", True)

        _obj = cls.__new__(cls)
        _obj.service_id = service_id
        _obj.master_id = master_id
        _obj.length = length
        _obj.technological_card_id = technological_card_id
        _obj.api_id = api_id
        _obj.is_online = is_online
        _obj.is_offline_records_allowed = is_offline_records_allowed
        _obj.price = price

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
