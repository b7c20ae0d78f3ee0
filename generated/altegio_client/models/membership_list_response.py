from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membership import Membership
    from ..models.membership_list_meta import MembershipListMeta


T = TypeVar("T", bound="MembershipListResponse")


@_attrs_define
class MembershipListResponse:
    """Memberships of a client

    Example:
        {'success': True, 'data': [{'id': 659878, 'number': 788376, 'balance_string': 'Surfing (x10)', 'is_frozen':
            False, 'freeze_period': 0, 'period': 9999, 'period_unit_id': 3, 'status': {'id': 1, 'title': 'Released',
            'extended_title': 'Released'}, 'balance_container': {'links': [{'count': 10, 'category': {'id': 3129591,
            'category_id': 1, 'title': 'Surfing'}}]}, 'type': {'id': 97804, 'salon_group_id': 145071, 'title': 89999,
            'period': 9999, 'period_unit_id': 3, 'allow_freeze': False, 'freeze_limit': 0, 'is_allow_empty_code': False,
            'is_united_balance': False, 'united_balance_services_count': 0, 'balance_container': {'links': [{'count': 10,
            'category': {'id': 3129591, 'category_id': 1, 'title': 'Surfing'}}]}}}], 'meta': {'count': 1}}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    data: list[Membership] | Unset = UNSET
    """ List of memberships """
    meta: list[Any] | MembershipListMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.membership_list_meta import MembershipListMeta  # noqa: PLC0415

        success = self.success

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, MembershipListMeta):
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
        from ..models.membership import Membership  # noqa: PLC0415
        from ..models.membership_list_meta import MembershipListMeta  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: list[Membership] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = Membership.from_dict(data_item_data)

                data.append(data_item)

        def _parse_meta(data: object) -> list[Any] | MembershipListMeta | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = MembershipListMeta.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            meta_type_1 = cast(list[Any], data)

            return meta_type_1

        meta = _parse_meta(d.pop("meta", UNSET))

        membership_list_response = cls(
            success=success,
            data=data,
            meta=meta,
        )

        membership_list_response.additional_properties = d
        return membership_list_response

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
