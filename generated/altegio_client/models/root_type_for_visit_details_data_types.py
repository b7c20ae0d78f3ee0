from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_visit_details_data_types_data import RootTypeForVisitDetailsDataTypesData
    from ..models.root_type_for_visit_details_data_types_meta_type_0 import RootTypeForVisitDetailsDataTypesMetaType0

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_visit_details_data_types_data import RootTypeForVisitDetailsDataTypesData  # noqa: PLC0415
    from ..models.root_type_for_visit_details_data_types_meta_type_0 import RootTypeForVisitDetailsDataTypesMetaType0  # noqa: PLC0415

    _LAZY = (
        _v,
        RootTypeForVisitDetailsDataTypesData,
        RootTypeForVisitDetailsDataTypesMetaType0,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


T = TypeVar("T", bound="RootTypeForVisitDetailsDataTypes")


@_attrs_define
class RootTypeForVisitDetailsDataTypes:
    """Fetch details of a visit

    Example:
        {'success': True, 'data': {'payment_transactions': [{'id': 6023813, 'document_id': 8172806, 'date':
            '2026-09-21T23:00:00.000-05:00', 'type_id': 5, 'expense_id': 5, 'account_id': 32299, 'amount': 10, 'client_id':
            4241492, 'master_id': 0, 'supplier_id': 0, 'comment': '', 'item_id': 1162679, 'target_type_id': 1, 'record_id':
            13136569, 'goods_transaction_id': 0, 'expense': {'id': 5, 'title': 'Provision of services'}, 'account': {'id':
            32299, 'title': 'Deposits (payment in cash)'}, 'client': {'id': 4241492, 'name': 'ModulKassaClient', 'phone':
            '+13155550175'}, 'master': [], 'supplier': []}], 'loyalty_transactions': [{'id': 10614, 'status_id': 1,
            'amount': 0.5, 'type_id': 2, 'program_id': 145, 'card_id': 20013, 'salon_group_id': 646, 'item_id': 0,
            'item_type_id': 0, 'item_record_id': 0, 'goods_transaction_id': 0, 'is_discount': False, 'is_loyalty_withdraw':
            False, 'type': {'id': 2, 'title': 'Loyalty programs'}}], 'kkm_transaction_details_container':
            {'last_operation_type': 0, 'transactions': [{'id': 1047, 'print_date': '2026-09-21T23:00:00.000-05:00',
            'printed_count': 1, 'sum': 13, 'type': {'id': 0, 'title': 'Sale operation'}, 'status': {'id': 1, 'title':
            'Successfully'}, 'document': {'id': 2045, 'type': 7, 'type_title': 'Visit'}, 'cashier': {'id': 746310, 'name':
            'Jack Smith'}}]}, 'items': [{'id': 0, 'item_id': 1162679, 'item_type_id': 1, 'record_id': 13136569,
            'item_title': 'Haircut with the TOP-expert', 'amount': 2, 'first_cost': 20, 'manual_cost': 10, 'discount': 50,
            'cost': 10, 'master_id': 13136569, 'good_id': 0, 'service_id': 1162679, 'event_id': 0, 'is_service': True,
            'is_event': False, 'is_good': False}]}, 'meta': []}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    data: RootTypeForVisitDetailsDataTypesData | Unset = UNSET
    """ Payload """
    meta: list[Any] | RootTypeForVisitDetailsDataTypesMetaType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForVisitDetailsDataTypesData,
            RootTypeForVisitDetailsDataTypesMetaType0,
        ) = _LAZY or _lazy()
        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, RootTypeForVisitDetailsDataTypesMetaType0):
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
            RootTypeForVisitDetailsDataTypesData,
            RootTypeForVisitDetailsDataTypesMetaType0,
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
                data = RootTypeForVisitDetailsDataTypesData.from_dict(_data)
            except _v.Invalid as _e:
                raise _v.at(_e, "data") from None

        try:

            def _parse_meta(data: object) -> list[Any] | RootTypeForVisitDetailsDataTypesMetaType0 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    meta_type_0 = RootTypeForVisitDetailsDataTypesMetaType0.from_dict(data)

                    return meta_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                meta_type_1 = cast(list[Any], data)

                return meta_type_1

            meta = _parse_meta(_get("meta", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(_e, "meta", "list[Any] | RootTypeForVisitDetailsDataTypesMetaType0", _get("meta")) from None

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
