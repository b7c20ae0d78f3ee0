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
        from ..models.root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item import (
            RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        client_id = d.pop("client_id", UNSET)

        client_name = d.pop("client_name", UNSET)

        client_phone = d.pop("client_phone", UNSET)

        client_email = d.pop("client_email", UNSET)

        _masters = d.pop("masters", UNSET)
        masters: list[RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItem] | Unset = UNSET
        if _masters is not UNSET:
            masters = []
            for masters_item_data in _masters:
                masters_item = RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItem.from_dict(
                    masters_item_data
                )

                masters.append(masters_item)

        root_type_for_z_report_response_data_types_data_z_data_additional_property_item = cls(
            client_id=client_id,
            client_name=client_name,
            client_phone=client_phone,
            client_email=client_email,
            masters=masters,
        )

        root_type_for_z_report_response_data_types_data_z_data_additional_property_item.additional_properties = d
        return root_type_for_z_report_response_data_types_data_z_data_additional_property_item

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
