from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_good_item import (
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItem,
    )
    from ..models.root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_others import (
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthers,
    )
    from ..models.root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_service_item import (
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemServiceItem,
    )


T = TypeVar("T", bound="RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItem")


@_attrs_define
class RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItem:
    master_id: int | Unset = UNSET
    """ ID of the team member """
    master_name: str | Unset = UNSET
    """ Name of the team member """
    service: list[RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemServiceItem] | Unset = (
        UNSET
    )
    """ Services """
    good: list[RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItem] | Unset = UNSET
    """ Products """
    others: RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        master_id = self.master_id

        master_name = self.master_name

        service: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = []
            for service_item_data in self.service:
                service_item = service_item_data.to_dict()
                service.append(service_item)

        good: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = []
            for good_item_data in self.good:
                good_item = good_item_data.to_dict()
                good.append(good_item)

        others: dict[str, Any] | Unset = UNSET
        if not isinstance(self.others, Unset):
            others = self.others.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if master_name is not UNSET:
            field_dict["master_name"] = master_name
        if service is not UNSET:
            field_dict["service"] = service
        if good is not UNSET:
            field_dict["good"] = good
        if others is not UNSET:
            field_dict["others"] = others

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_good_item import (
            RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItem,  # noqa: PLC0415
        )
        from ..models.root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_others import (
            RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthers,  # noqa: PLC0415
        )
        from ..models.root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_service_item import (
            RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemServiceItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        master_id = d.pop("master_id", UNSET)

        master_name = d.pop("master_name", UNSET)

        _service = d.pop("service", UNSET)
        service: (
            list[RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemServiceItem] | Unset
        ) = UNSET
        if _service is not UNSET:
            service = []
            for service_item_data in _service:
                service_item = (
                    RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemServiceItem.from_dict(
                        service_item_data
                    )
                )

                service.append(service_item)

        _good = d.pop("good", UNSET)
        good: list[RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItem] | Unset = (
            UNSET
        )
        if _good is not UNSET:
            good = []
            for good_item_data in _good:
                good_item = (
                    RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItem.from_dict(
                        good_item_data
                    )
                )

                good.append(good_item)

        _others = d.pop("others", UNSET)
        others: RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthers | Unset
        if isinstance(_others, Unset):
            others = UNSET
        else:
            others = RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthers.from_dict(
                _others
            )

        root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item = cls(
            master_id=master_id,
            master_name=master_name,
            service=service,
            good=good,
            others=others,
        )

        root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item.additional_properties = d
        return root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item

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
