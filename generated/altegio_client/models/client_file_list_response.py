from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_file import ClientFile
    from ..models.client_file_list_response_meta import ClientFileListResponseMeta


T = TypeVar("T", bound="ClientFileListResponse")


@_attrs_define
class ClientFileListResponse:
    """Example request for a client's file list

    Example:
        {'success': True, 'data': [{'id': 123, 'client_id': 123456, 'name': 'test.txt', 'description': '',
            'date_create': '2026-01-01T12:00:00-0500', 'extension': 'txt', 'mime': 'text/plain', 'link':
            '/client_files/download/456/123/', 'user_name': 'Victor Sitnikov', 'user_avatar': '/images/no-master.png',
            'size': '9 B', 'can_edit': False}, {'id': 789, 'client_id': 123456, 'name': 'photo.jpg', 'description': '',
            'date_create': '2026-01-30T12:30:00-0500', 'extension': 'jpg', 'mime': 'image/jpeg', 'link':
            '/client_files/download/456/789/', 'user_name': 'Victor Sitnikov', 'user_avatar': '/images/no-master.png',
            'size': '96.65 KB', 'can_edit': True}], 'meta': {'count': 2}}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    data: list[ClientFile] | Unset = UNSET
    """ List of memberships """
    meta: ClientFileListResponseMeta | Unset = UNSET
    """ Metadata: count of files """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.client_file import ClientFile  # noqa: PLC0415
        from ..models.client_file_list_response_meta import ClientFileListResponseMeta  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: list[ClientFile] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = ClientFile.from_dict(data_item_data)

                data.append(data_item)

        _meta = d.pop("meta", UNSET)
        meta: ClientFileListResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ClientFileListResponseMeta.from_dict(_meta)

        client_file_list_response = cls(
            success=success,
            data=data,
            meta=meta,
        )

        client_file_list_response.additional_properties = d
        return client_file_list_response

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
