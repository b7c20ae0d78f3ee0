from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.appointment_response_data import AppointmentResponseData
    from ..models.appointment_response_meta_type_0 import AppointmentResponseMetaType0

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.appointment_response_data import AppointmentResponseData  # noqa: PLC0415
    from ..models.appointment_response_meta_type_0 import AppointmentResponseMetaType0  # noqa: PLC0415

    _LAZY = (
        _v,
        AppointmentResponseData,
        AppointmentResponseMetaType0,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


T = TypeVar("T", bound="AppointmentResponse")


@_attrs_define
class AppointmentResponse:
    """Fetch an Appointment

    Example:
        {'success': True, 'data': {'id': 2, 'company_id': 4564, 'staff_id': 9, 'services': [{'id': 1, 'title': 'Hair
            extension', 'cost': 100, 'manual_cost': 100, 'cost_per_unit': 100, 'discount': 0, 'first_cost': 100, 'amount':
            1}], 'goods_transactions': [], 'staff': {'id': 9, 'name': 'Alex Taylor', 'specialization': 'hair extension',
            'position': {'id': 1, 'title': 'Administrator'}, 'avatar': 'http://app.alteg.io/images/no-master-sm.png',
            'avatar_big': 'http://app.alteg.io/images/no-master.png', 'rating': 0, 'votes_count': 0}, 'client': {'id':
            18936825, 'name': 'lx', 'phone': '+13155550175', 'card': '', 'email': 'client@example.com',
            'success_visits_count': 37, 'fail_visits_count': 3}, 'clients_count': 1, 'date':
            '2026-09-21T23:00:00.000-05:00', 'datetime': '2026-09-21T23:00:00.000-05:00', 'create_date':
            '2026-01-17T19:41:44-0500', 'comment': 'do not write down', 'visit_attendance': 0, 'attendance': 0, 'confirmed':
            1, 'seance_length': 3600, 'length': 3600, 'sms_before': 0, 'sms_now': 0, 'sms_now_text': '', 'email_now': 0,
            'notified': 0, 'master_request': 0, 'api_id': '', 'from_url': '', 'review_requested': 0, 'visit_id': 8263004,
            'created_user_id': 1073232, 'deleted': False, 'paid_full': 0, 'prepaid': False, 'prepaid_confirmed': False,
            'last_change_date': '2026-01-17T19:44:14-0500', 'custom_color': 'f44336', 'custom_font_color': '#ffffff',
            'record_labels': [{'id': 67345, 'title': 'the team member is not important', 'color': '#009800', 'icon':
            'unlock', 'font_color': '#ffffff'}, {'id': 104474, 'title': 'interesting category', 'color': '#3b2c54', 'icon':
            'star', 'font_color': '#ffffff'}], 'activity_id': 0, 'custom_fields': {}, 'documents': [{'id': 8172893,
            'type_id': 7, 'storage_id': 0, 'user_id': 1073232, 'company_id': 4564, 'number': 4163, 'comment': '',
            'date_created': '2026-09-21T23:00:00.000-05:00', 'category_id': 0, 'visit_id': 3, 'record_id': 2, 'type_title':
            'Visit'}], 'sms_remain_hours': 5, 'email_remain_hours': 1, 'bookform_id': 0, 'record_from': '', 'is_mobile': 0,
            'is_sale_bill_printed': False, 'consumables': [{'id': 2173068, 'document_id': 8174153, 'type_id': 2,
            'company_id': 4564, 'good_id': 4853087, 'amount': -1, 'cost_per_unit': 0.03, 'discount': 0, 'cost': 0.03,
            'unit_id': 216761, 'operation_unit_type': 2, 'storage_id': 91548, 'supplier_id': 0, 'client_id': 0, 'master_id':
            0, 'create_date': '2026-09-21T23:00:00.000-05:00', 'comment': '', 'service_id': 1, 'user_id': 1073232,
            'deleted': False, 'pkg_amount': 0}], 'finance_transactions': [{'id': 6024243, 'document_id': 8174152, 'date':
            '2026-09-21T23:00:00.000-05:00', 'type_id': 5, 'expense_id': 5, 'account_id': 90459, 'amount': 100, 'client_id':
            18936825, 'master_id': 0, 'supplier_id': 0, 'comment': '', 'item_id': 1, 'target_type_id': 1, 'record_id': 2,
            'goods_transaction_id': 0, 'expense': {'id': 5, 'title': 'Provision of services'}, 'account': {'id': 90459,
            'title': 'Main location account'}, 'client': {'id': 18936825, 'name': 'lx', 'phone': '+13155550175'}, 'master':
            [], 'supplier': []}]}, 'meta': []}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    data: AppointmentResponseData | Unset = UNSET
    """ Payload """
    meta: AppointmentResponseMetaType0 | list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            AppointmentResponseData,
            AppointmentResponseMetaType0,
        ) = _LAZY or _lazy()
        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, AppointmentResponseMetaType0):
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
            AppointmentResponseData,
            AppointmentResponseMetaType0,
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
                data = AppointmentResponseData.from_dict(_data)
            except _v.Invalid as _e:
                raise _v.at(_e, "data") from None

        try:

            def _parse_meta(data: object) -> AppointmentResponseMetaType0 | list[Any] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    meta_type_0 = AppointmentResponseMetaType0.from_dict(data)

                    return meta_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                meta_type_1 = cast(list[Any], data)

                return meta_type_1

            meta = _parse_meta(_get("meta", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(_e, "meta", "AppointmentResponseMetaType0 | list[Any]", _get("meta")) from None

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
