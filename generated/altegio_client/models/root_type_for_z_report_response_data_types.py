from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_z_report_response_data_types_data import RootTypeForZReportResponseDataTypesData
    from ..models.root_type_for_z_report_response_data_types_meta_type_0 import (
        RootTypeForZReportResponseDataTypesMetaType0,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_z_report_response_data_types_data import RootTypeForZReportResponseDataTypesData  # noqa: PLC0415
    from ..models.root_type_for_z_report_response_data_types_meta_type_0 import (
        RootTypeForZReportResponseDataTypesMetaType0,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForZReportResponseDataTypesData,
        RootTypeForZReportResponseDataTypesMetaType0,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


T = TypeVar("T", bound="RootTypeForZReportResponseDataTypes")


@_attrs_define
class RootTypeForZReportResponseDataTypes:
    """Fetch Z-report data

    Example:
        {'success': True, 'data': {'stats': {'clients': 7, 'clients_average': 123.45, 'records': 14, 'records_average':
            4231.51, 'visit_records': 13, 'visit_records_average': 100500.01, 'non_visit_records': 1,
            'non_visit_records_average': 200, 'targets': 14, 'targets_paid': 10255, 'goods': 4, 'goods_paid': 12452.18,
            'certificates': 1, 'certificates_paid': 9876, 'abonement': 0, 'abonement_paid': 0}, 'paids': {'accounts':
            [{'title': 'Cards', 'amount': 6987}, {'title': 'Cash', 'amount': 54321.13}, {'title': 'Location account',
            'amount': 12531}], 'discount': [{'title': 'Advance Discount', 'amount': 1816.875}, {'title': 'Written off
            bonuses', 'amount': 800}, {'title': 'Promotion Discount', 'amount': 123}], 'total': {'accounts': 2657.13,
            'discount': 1241.875}}, 'z_data': {'1481101200': [{'client_id': 11223344, 'client_name': 'John Smith',
            'client_phone': '+13155550175', 'client_email': '', 'masters': [{'master_id': 321123, 'master_name': 'Robert
            Brown', 'service': [{'item_title': 'Highlighting from 9 strands', 'first_cost': 3500, 'discount': 0,
            'result_cost': 3500, 'transactions': [{'accounts_amount': 0, 'loyalty_amount': 700, 'payment_type': 'Card: Gold
            Card'}, {'accounts_amount': 0, 'loyalty_amount': 100, 'payment_type': 'Card: Gold Card'}, {'accounts_amount': 0,
            'loyalty_amount': 1, 'payment_type': 'Card: Bonus card'}]}], 'good': [{'item_title': 'Spray For Hair',
            'first_cost': 15, 'discount': 2.25, 'result_cost': 12.75, 'transactions': [{'accounts_amount': 12.75,
            'loyalty_amount': 0, 'payment_type': 'Cash'}]}], 'others': {'item_title': 'Other operations', 'first_cost': 347,
            'discount': 0, 'result_cost': 347, 'transactions': [{'accounts_amount': 23, 'loyalty_amount': 0, 'payment_type':
            'Cash'}, {'accounts_amount': 324, 'loyalty_amount': 0, 'payment_type': 'Cash'}]}}]}]}, 'currency': 'USD'},
            'meta': []}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    data: RootTypeForZReportResponseDataTypesData | Unset = UNSET
    """ Payload """
    meta: list[Any] | RootTypeForZReportResponseDataTypesMetaType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForZReportResponseDataTypesData,
            RootTypeForZReportResponseDataTypesMetaType0,
        ) = _LAZY or _lazy()
        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, RootTypeForZReportResponseDataTypesMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForZReportResponseDataTypesData,
            RootTypeForZReportResponseDataTypesMetaType0,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        success = _get("success", UNSET)
        if type(success) is not bool and success is not UNSET:
            success = _v.bool_(success, "success")

        _data = _get("data", UNSET)
        if _data is UNSET:
            data = UNSET
        else:
            try:
                data = RootTypeForZReportResponseDataTypesData.from_dict(_data)
            except _v.Invalid as _e:
                raise _v.at(_e, "data") from None

        try:

            def _parse_meta(data: object) -> list[Any] | RootTypeForZReportResponseDataTypesMetaType0 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    meta_type_0 = RootTypeForZReportResponseDataTypesMetaType0.from_dict(data)

                    return meta_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                meta_type_1 = cast(list[Any], data)

                return meta_type_1

            meta = _parse_meta(_get("meta", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e, "meta", "list[Any] | RootTypeForZReportResponseDataTypesMetaType0", _get("meta")
            ) from None

        _obj = cls.__new__(cls)
        _obj.success = success
        _obj.data = data
        _obj.meta = meta

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
