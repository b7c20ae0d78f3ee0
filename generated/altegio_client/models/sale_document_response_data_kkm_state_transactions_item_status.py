from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KEYS = frozenset(
    {
        "id",
        "title",
    }
)


T = TypeVar("T", bound="SaleDocumentResponseDataKkmStateTransactionsItemStatus")


@_attrs_define
class SaleDocumentResponseDataKkmStateTransactionsItemStatus:
    """Receipt printing status"""

    id: int | Unset = UNSET
    """ ID of the status """
    title: str | Unset = UNSET
    """ Name of the status """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        sale_document_response_data_kkm_state_transactions_item_status = cls(
            id=id,
            title=title,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            sale_document_response_data_kkm_state_transactions_item_status.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
        return sale_document_response_data_kkm_state_transactions_item_status

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
