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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_z_report_response_data_types_data_paids import (
        RootTypeForZReportResponseDataTypesDataPaids,  # noqa: PLC0415
    )
    from ..models.root_type_for_z_report_response_data_types_data_stats import (
        RootTypeForZReportResponseDataTypesDataStats,  # noqa: PLC0415
    )
    from ..models.root_type_for_z_report_response_data_types_data_z_data import (
        RootTypeForZReportResponseDataTypesDataZData,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForZReportResponseDataTypesDataPaids,
        RootTypeForZReportResponseDataTypesDataStats,
        RootTypeForZReportResponseDataTypesDataZData,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "stats",
        "paids",
        "z_data",
        "currency",
    }
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
        (
            _,
            RootTypeForZReportResponseDataTypesDataPaids,
            RootTypeForZReportResponseDataTypesDataStats,
            RootTypeForZReportResponseDataTypesDataZData,
        ) = _LAZY or _lazy()
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
        (
            _v,
            RootTypeForZReportResponseDataTypesDataPaids,
            RootTypeForZReportResponseDataTypesDataStats,
            RootTypeForZReportResponseDataTypesDataZData,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _stats = _get("stats", UNSET)
        if _stats is UNSET:
            stats = UNSET
        else:
            try:
                stats = RootTypeForZReportResponseDataTypesDataStats.from_dict(_stats)
            except _v.Invalid as _e:
                raise _v.at(_e, "stats") from None

        _paids = _get("paids", UNSET)
        if _paids is UNSET:
            paids = UNSET
        else:
            try:
                paids = RootTypeForZReportResponseDataTypesDataPaids.from_dict(_paids)
            except _v.Invalid as _e:
                raise _v.at(_e, "paids") from None

        _z_data = _get("z_data", UNSET)
        if _z_data is UNSET:
            z_data = UNSET
        else:
            try:
                z_data = RootTypeForZReportResponseDataTypesDataZData.from_dict(_z_data)
            except _v.Invalid as _e:
                raise _v.at(_e, "z_data") from None

        currency = _get("currency", UNSET)
        if type(currency) is not str and currency is not UNSET:
            currency = _v.str_(currency, "currency")

        _obj = cls.__new__(cls)
        _obj.stats = stats
        _obj.paids = paids
        _obj.z_data = z_data
        _obj.currency = currency

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
