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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_good_item import (
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_others import (
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthers,  # noqa: PLC0415
    )
    from ..models.root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_service_item import (
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemServiceItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItem,
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthers,
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemServiceItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "master_id",
        "master_name",
        "service",
        "good",
        "others",
    }
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
        (
            _,
            RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItem,
            RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthers,
            RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemServiceItem,
        ) = _LAZY or _lazy()
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
        (
            _v,
            RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItem,
            RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthers,
            RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemServiceItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _v.int_(master_id, "master_id")

        master_name = _get("master_name", UNSET)
        if type(master_name) is not str and master_name is not UNSET:
            master_name = _v.str_(master_name, "master_name")

        _service = _get("service", UNSET)
        if _service is UNSET:
            service = UNSET
        else:
            if type(_service) is not list:
                _service = _v.array(_service, "service")
            service = []
            try:
                for _item in _service:
                    service.append(
                        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemServiceItem.from_dict(
                            _item
                        )
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "service", service) from None

        _good = _get("good", UNSET)
        if _good is UNSET:
            good = UNSET
        else:
            if type(_good) is not list:
                _good = _v.array(_good, "good")
            good = []
            try:
                for _item in _good:
                    good.append(
                        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItem.from_dict(
                            _item
                        )
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "good", good) from None

        _others = _get("others", UNSET)
        if _others is UNSET:
            others = UNSET
        else:
            try:
                others = RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemOthers.from_dict(
                    _others
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "others") from None

        _obj = cls.__new__(cls)
        _obj.master_id = master_id
        _obj.master_name = master_name
        _obj.service = service
        _obj.good = good
        _obj.others = others

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
