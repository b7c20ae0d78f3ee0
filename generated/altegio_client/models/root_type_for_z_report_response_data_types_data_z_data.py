from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.root_type_for_z_report_response_data_types_data_z_data_additional_property_item import (
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_z_report_response_data_types_data_z_data_additional_property_item import (
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItem,
    )
    return _LAZY


_KEYS = frozenset({})


T = TypeVar("T", bound="RootTypeForZReportResponseDataTypesDataZData")


@_attrs_define
class RootTypeForZReportResponseDataTypesDataZData:
    """Report data"""

    additional_properties: dict[str, list[RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItem]] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItem,
        ) = _LAZY or _lazy()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _obj = cls.__new__(cls)

        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            if prop_name in _KEYS:
                continue
            try:
                additional_property = []
                _additional_property = prop_dict
                for additional_property_item_data in _additional_property:
                    additional_property_item = (
                        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItem.from_dict(
                            additional_property_item_data
                        )
                    )

                    additional_property.append(additional_property_item)

            except (TypeError, ValueError, KeyError, AttributeError) as _e:
                raise _v.failed(
                    _e, prop_name, "list[RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItem]", prop_dict
                ) from None
            additional_properties[prop_name] = additional_property

        _obj.additional_properties = additional_properties
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItem]:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: list[RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItem]
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
