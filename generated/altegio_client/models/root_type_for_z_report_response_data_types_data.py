from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_z_report_response_data_types_data_paids import (
        RootTypeForZReportResponseDataTypesDataPaids,
    )
    from ..models.root_type_for_z_report_response_data_types_data_stats import (
        RootTypeForZReportResponseDataTypesDataStats,
    )
    from ..models.root_type_for_z_report_response_data_types_data_z_data import (
        RootTypeForZReportResponseDataTypesDataZData,
    )


T = TypeVar("T", bound="RootTypeForZReportResponseDataTypesData")


@_attrs_define
class RootTypeForZReportResponseDataTypesData:
    """Payload"""

    stats: RootTypeForZReportResponseDataTypesDataStats | Unset = UNSET
    """ Overall statistics """
    paids: RootTypeForZReportResponseDataTypesDataPaids | Unset = UNSET
    """ Payments """
    z_data: RootTypeForZReportResponseDataTypesDataZData | Unset = UNSET
    """ Report data """
    currency: str | Unset = UNSET
    """ Currency """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        paids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paids, Unset):
            paids = self.paids.to_dict()

        z_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.z_data, Unset):
            z_data = self.z_data.to_dict()

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stats is not UNSET:
            field_dict["stats"] = stats
        if paids is not UNSET:
            field_dict["paids"] = paids
        if z_data is not UNSET:
            field_dict["z_data"] = z_data
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_z_report_response_data_types_data_paids import (
            RootTypeForZReportResponseDataTypesDataPaids,  # noqa: PLC0415
        )
        from ..models.root_type_for_z_report_response_data_types_data_stats import (
            RootTypeForZReportResponseDataTypesDataStats,  # noqa: PLC0415
        )
        from ..models.root_type_for_z_report_response_data_types_data_z_data import (
            RootTypeForZReportResponseDataTypesDataZData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _stats = d.pop("stats", UNSET)
        stats: RootTypeForZReportResponseDataTypesDataStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = RootTypeForZReportResponseDataTypesDataStats.from_dict(_stats)

        _paids = d.pop("paids", UNSET)
        paids: RootTypeForZReportResponseDataTypesDataPaids | Unset
        if isinstance(_paids, Unset):
            paids = UNSET
        else:
            paids = RootTypeForZReportResponseDataTypesDataPaids.from_dict(_paids)

        _z_data = d.pop("z_data", UNSET)
        z_data: RootTypeForZReportResponseDataTypesDataZData | Unset
        if isinstance(_z_data, Unset):
            z_data = UNSET
        else:
            z_data = RootTypeForZReportResponseDataTypesDataZData.from_dict(_z_data)

        currency = d.pop("currency", UNSET)

        root_type_for_z_report_response_data_types_data = cls(
            stats=stats,
            paids=paids,
            z_data=z_data,
            currency=currency,
        )

        root_type_for_z_report_response_data_types_data.additional_properties = d
        return root_type_for_z_report_response_data_types_data

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
