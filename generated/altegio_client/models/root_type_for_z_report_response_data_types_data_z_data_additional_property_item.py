from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item import (
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item import (
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "client_id",
        "client_name",
        "client_phone",
        "client_email",
        "masters",
    }
)


T = TypeVar("T", bound="RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItem")


@_attrs_define
class RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItem:
    client_id: int | Unset = UNSET
    """ ID of the client """
    client_name: str | Unset = UNSET
    """ Name of the client """
    client_phone: str | Unset = UNSET
    """ Phone of the customer """
    client_email: str | Unset = UNSET
    """ Email address of the client """
    masters: list[RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItem] | Unset = UNSET
    """ Team members """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItem,
        ) = _LAZY or _lazy()
        client_id = self.client_id

        client_name = self.client_name

        client_phone = self.client_phone

        client_email = self.client_email

        masters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.masters, Unset):
            masters = []
            for masters_item_data in self.masters:
                masters_item = masters_item_data.to_dict()
                masters.append(masters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_name is not UNSET:
            field_dict["client_name"] = client_name
        if client_phone is not UNSET:
            field_dict["client_phone"] = client_phone
        if client_email is not UNSET:
            field_dict["client_email"] = client_email
        if masters is not UNSET:
            field_dict["masters"] = masters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        client_id = _get("client_id", UNSET)
        if type(client_id) is not int and client_id is not UNSET:
            client_id = _v.int_(client_id, "client_id")

        client_name = _get("client_name", UNSET)
        if type(client_name) is not str and client_name is not UNSET:
            client_name = _v.str_(client_name, "client_name")

        client_phone = _get("client_phone", UNSET)
        if type(client_phone) is not str and client_phone is not UNSET:
            client_phone = _v.str_(client_phone, "client_phone")

        client_email = _get("client_email", UNSET)
        if type(client_email) is not str and client_email is not UNSET:
            client_email = _v.str_(client_email, "client_email")

        _masters = _get("masters", UNSET)
        if _masters is UNSET:
            masters = UNSET
        else:
            if type(_masters) is not list:
                _masters = _v.array(_masters, "masters")
            masters = []
            try:
                for _item in _masters:
                    masters.append(
                        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "masters", masters) from None

        _obj = cls.__new__(cls)
        _obj.client_id = client_id
        _obj.client_name = client_name
        _obj.client_phone = client_phone
        _obj.client_email = client_email
        _obj.masters = masters

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
