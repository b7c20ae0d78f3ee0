from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.appointment import Appointment
    from ..models.appointment_list_response_meta import AppointmentListResponseMeta

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.appointment import Appointment  # noqa: PLC0415
    from ..models.appointment_list_response_meta import AppointmentListResponseMeta  # noqa: PLC0415

    _LAZY = (
        _v,
        Appointment,
        AppointmentListResponseMeta,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


T = TypeVar("T", bound="AppointmentListResponse")


@_attrs_define
class AppointmentListResponse:
    """Fetch appointments

    Example:
        {'success': True, 'data': [{'id': 2, 'company_id': 4564, 'staff_id': 9, 'services': [{'id': 1, 'title': 'Hair
            extension', 'cost': 100, 'manual_cost': 100, 'cost_per_unit': 100, 'discount': 0, 'first_cost': 100, 'amount':
            1}], 'goods_transactions': [], 'staff': {'id': 9, 'name': 'Alex Taylor', 'specialization': 'hair extension',
            'position': {'id': 1, 'title': 'Administrator'}, 'avatar': 'http://app.alteg.io/images/no-master-sm.png',
            'avatar_big': 'http://app.alteg.io/images/no-master.png', 'rating': 0, 'votes_count': 0}, 'date':
            '2026-09-21T23:00:00.000-05:00', 'datetime': '2026-09-21T23:00:00.000-05:00', 'create_date':
            '2026-01-16T20:35:11-0500', 'comment': 'do not write down', 'online': False, 'visit_attendance': 0,
            'attendance': 0, 'confirmed': 1, 'seance_length': 3600, 'length': 3600, 'sms_before': 0, 'sms_now': 0,
            'sms_now_text': '', 'email_now': 0, 'notified': 0, 'master_request': 0, 'api_id': '', 'from_url': '',
            'review_requested': 0, 'visit_id': 8262996, 'created_user_id': 1073232, 'deleted': False, 'paid_full': 0,
            'prepaid': False, 'prepaid_confirmed': False, 'last_change_date': '2026-01-16T20:35:15-0500', 'custom_color':
            '', 'custom_font_color': '', 'record_labels': [], 'activity_id': 0, 'custom_fields': {}, 'documents': [{'id':
            8172893, 'type_id': 7, 'storage_id': 0, 'user_id': 746310, 'company_id': 4564, 'number': 4163, 'comment': '',
            'date_created': '2026-09-21T23:00:00.000-05:00', 'category_id': 0, 'visit_id': 3, 'record_id': 2, 'type_title':
            'Visit'}], 'sms_remain_hours': 5, 'email_remain_hours': 1, 'bookform_id': 0, 'record_from': '', 'is_mobile': 0,
            'is_sale_bill_printed': False, 'consumables': [], 'finance_transactions': []}, {'id': 9, 'company_id': 4564,
            'staff_id': 49, 'services': [], 'goods_transactions': [], 'staff': {'id': 49, 'name': 'Sam Carter',
            'specialization': 'stylist', 'position': {'id': 1, 'title': 'Administrator'}, 'avatar':
            'http://app.alteg.io/images/no-master-sm.png', 'avatar_big': 'http://app.alteg.io/images/no-master.png',
            'rating': 0, 'votes_count': 0}, 'date': '2026-09-21T23:00:00.000-05:00', 'datetime':
            '2026-09-21T23:00:00.000-05:00', 'create_date': '2026-01-16T20:35:11-0500', 'comment': '', 'online': True,
            'visit_attendance': 1, 'attendance': 1, 'confirmed': 1, 'seance_length': 10800, 'length': 10800, 'sms_before':
            0, 'sms_now': 0, 'sms_now_text': '', 'email_now': 0, 'notified': 0, 'master_request': 1, 'api_id': '',
            'from_url': '', 'review_requested': 0, 'visit_id': 8262996, 'created_user_id': 1073232, 'deleted': False,
            'paid_full': 0, 'prepaid': False, 'prepaid_confirmed': False, 'last_change_date': '2026-01-09T20:45:30-0500',
            'custom_color': 'f44336', 'custom_font_color': '#ffffff', 'record_labels': [{'id': 67345, 'title': 'the team
            member is not important', 'color': '#009800', 'icon': 'unlock', 'font_color': '#ffffff'}, {'id': 104474,
            'title': 'important category', 'color': '#3b2c54', 'icon': 'star', 'font_color': '#ffffff'}], 'activity_id': 0,
            'custom_fields': {}, 'documents': [{'id': 8172893, 'type_id': 7, 'storage_id': 0, 'user_id': 746310,
            'company_id': 4564, 'number': 4163, 'comment': '', 'date_created': '2026-09-21T23:00:00.000-05:00',
            'category_id': 0, 'visit_id': 3, 'record_id': 2, 'type_title': 'Visit'}], 'consumables': [],
            'finance_transactions': []}], 'meta': {'page': 1, 'total_count': 10}}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    data: list[Appointment] | Unset = UNSET
    """ List of memberships """
    meta: AppointmentListResponseMeta | Unset = UNSET
    """ Metadata: page number and appointments per page """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            Appointment,
            AppointmentListResponseMeta,
        ) = _LAZY or _lazy()
        success = self.success

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

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
            Appointment,
            AppointmentListResponseMeta,
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
            if type(_data) is not list:
                _data = _v.array(_data, "data")
            data = []
            try:
                for _item in _data:
                    data.append(Appointment.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "data", data) from None

        _meta = _get("meta", UNSET)
        if _meta is UNSET:
            meta = UNSET
        else:
            try:
                meta = AppointmentListResponseMeta.from_dict(_meta)
            except _v.Invalid as _e:
                raise _v.at(_e, "meta") from None

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
