from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_tag_by_tag_id_response_202_meta import UpdateTagByTagIdResponse202Meta


T = TypeVar("T", bound="UpdateTagByTagIdResponse202")


@_attrs_define
class UpdateTagByTagIdResponse202:
    success: bool | Unset = UNSET
    meta: UpdateTagByTagIdResponse202Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_tag_by_tag_id_response_202_meta import UpdateTagByTagIdResponse202Meta  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: UpdateTagByTagIdResponse202Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = UpdateTagByTagIdResponse202Meta.from_dict(_meta)

        update_tag_by_tag_id_response_202 = cls(
            success=success,
            meta=meta,
        )

        update_tag_by_tag_id_response_202.additional_properties = d
        return update_tag_by_tag_id_response_202

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
