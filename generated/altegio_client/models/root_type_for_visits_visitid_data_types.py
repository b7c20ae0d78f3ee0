from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_visits_visitid_data_types_data import RootTypeForVisitsVisitidDataTypesData
    from ..models.root_type_for_visits_visitid_data_types_meta_type_0 import RootTypeForVisitsVisitidDataTypesMetaType0

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_visits_visitid_data_types_data import RootTypeForVisitsVisitidDataTypesData  # noqa: PLC0415
    from ..models.root_type_for_visits_visitid_data_types_meta_type_0 import RootTypeForVisitsVisitidDataTypesMetaType0  # noqa: PLC0415

    _LAZY = (
        _v,
        RootTypeForVisitsVisitidDataTypesData,
        RootTypeForVisitsVisitidDataTypesMetaType0,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


T = TypeVar("T", bound="RootTypeForVisitsVisitidDataTypes")


@_attrs_define
class RootTypeForVisitsVisitidDataTypes:
    """Fetch a visit

    Example:
        {'success': True, 'data': {'attendance': 1, 'datetime': '2026-09-21T23:00:00.000-05:00', 'comment': 0,
            'records': [{'id': 37955315, 'company_id': 4564, 'staff_id': 55436, 'services': [], 'events': [],
            'goods_transactions': [], 'staff': {'id': 55436, 'name': 'John Doe', 'specialization': 'Manicure and pedicure',
            'position': {'id': 1, 'title': 'Supervisor'}, 'avatar':
            'https://app.alteg.io/uploads/masters/sm/b/bb/bb59d4cc17d9b16_20171215174158.png', 'avatar_big':
            'https://app.alteg.io/uploads/masters/origin/c/cf/cfb8c5cee58000b_20171215174158.png', 'rating': 4.89,
            'votes_count': 0}, 'client': {'id': 4240788, 'name': 'dev1', 'phone': 13155550175, 'card': 415, 'email': '',
            'success_visits_count': 58, 'fail_visits_count': 9}, 'date': '2026-09-21T23:00:00.000-05:00', 'datetime':
            '2026-09-21T23:00:00.000-05:00', 'create_date': '2026-03-22T17:55:14-05:00', 'comment': '', 'online': False,
            'visit_attendance': 1, 'attendance': 1, 'confirmed': 1, 'seance_length': 3600, 'length': 3600, 'sms_before': 1,
            'sms_now': 1, 'sms_now_text': '', 'email_now': 1, 'notified': 0, 'master_request': 0, 'api_id': '0', 'from_url':
            '', 'review_requested': 0, 'visit_id': 8260852, 'created_user_id': 999290, 'deleted': 0, 'paid_full': 0,
            'prepaid': 0, 'prepaid_confirmed': 0, 'last_change_date': '2026-03-28T17:46:48-05:00', 'custom_color': '',
            'custom_font_color': '', 'record_labels': [], 'activity_id': 0, 'custom_fields': {}, 'documents': [{'id':
            8172893, 'type_id': 7, 'storage_id': 0, 'user_id': 746310, 'company_id': 4564, 'number': 4163, 'comment': '',
            'date_created': '2026-09-21T23:00:00.000-05:00', 'category_id': 0, 'visit_id': 3, 'record_id': 2, 'type_title':
            'Visit'}]}]}, 'meta': []}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    data: RootTypeForVisitsVisitidDataTypesData | Unset = UNSET
    """ Payload """
    meta: list[Any] | RootTypeForVisitsVisitidDataTypesMetaType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForVisitsVisitidDataTypesData,
            RootTypeForVisitsVisitidDataTypesMetaType0,
        ) = _LAZY or _lazy()
        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, RootTypeForVisitsVisitidDataTypesMetaType0):
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
            RootTypeForVisitsVisitidDataTypesData,
            RootTypeForVisitsVisitidDataTypesMetaType0,
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
                data = RootTypeForVisitsVisitidDataTypesData.from_dict(_data)
            except _v.Invalid as _e:
                raise _v.at(_e, "data") from None

        try:

            def _parse_meta(data: object) -> list[Any] | RootTypeForVisitsVisitidDataTypesMetaType0 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    meta_type_0 = RootTypeForVisitsVisitidDataTypesMetaType0.from_dict(data)

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
                _e, "meta", "list[Any] | RootTypeForVisitsVisitidDataTypesMetaType0", _get("meta")
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
