from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_member import TeamMember
    from ..models.team_member_list_response_meta_type_0 import TeamMemberListResponseMetaType0


T = TypeVar("T", bound="TeamMemberListResponse")


@_attrs_define
class TeamMemberListResponse:
    """Fetch the team members of a location

    Example:
        {'success': True, 'data': [{'id': 2940951, 'api_id': None, 'name': 'John Smith', 'specialization': 'Hair
            Stylist', 'rating': 4.8, 'show_rating': 1, 'user_id': None, 'has_access_timetable': False, 'avatar':
            'https://be.cdn.alteg.io/images/no-master-sm.png', 'avatar_big': 'https://be.cdn.alteg.io/images/no-master.png',
            'comments_count': 15, 'votes_count': 20, 'bookable': True, 'image_group': [], 'information': 'Senior stylist
            with 10 years experience', 'position_id': 1, 'schedule_till': '2026-12-31', 'weight': 100, 'fired': 0, 'status':
            0, 'hidden': 0, 'user': [], 'prepaid': 'forbidden', 'position': {'id': 1, 'title': 'Senior Stylist'}}], 'meta':
            []}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    data: list[TeamMember] | Unset = UNSET
    """ List of team members """
    meta: list[Any] | TeamMemberListResponseMetaType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.team_member_list_response_meta_type_0 import TeamMemberListResponseMetaType0  # noqa: PLC0415

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
        elif isinstance(self.meta, TeamMemberListResponseMetaType0):
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
        from ..models.team_member import TeamMember  # noqa: PLC0415
        from ..models.team_member_list_response_meta_type_0 import TeamMemberListResponseMetaType0  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: list[TeamMember] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = TeamMember.from_dict(data_item_data)

                data.append(data_item)

        def _parse_meta(data: object) -> list[Any] | TeamMemberListResponseMetaType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = TeamMemberListResponseMetaType0.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            meta_type_1 = cast(list[Any], data)

            return meta_type_1

        meta = _parse_meta(d.pop("meta", UNSET))

        team_member_list_response = cls(
            success=success,
            data=data,
            meta=meta,
        )

        team_member_list_response.additional_properties = d
        return team_member_list_response

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
