from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    _LAZY = (_v,)
    return _LAZY


_KEYS = frozenset(
    {
        "document_id",
        "type",
        "is_pos_enabled",
    }
)


T = TypeVar("T", bound="PrintFiscalReceiptBody")


@_attrs_define
class PrintFiscalReceiptBody:
    document_id: float
    """ ID of the document """
    type_: float
    """ Kind of location account operation (see the table listing all operation types) """
    is_pos_enabled: bool | Unset = UNSET
    """ Turns on the POS terminal (false by default) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        type_ = self.type_

        is_pos_enabled = self.is_pos_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_id": document_id,
                "type": type_,
            }
        )
        if is_pos_enabled is not UNSET:
            field_dict["is_pos_enabled"] = is_pos_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "document_id" not in src_dict:
            raise _v.missing("document_id")
        document_id = _get("document_id", UNSET)
        if type(document_id) is not float and document_id is not UNSET:
            document_id = _v.float_(document_id, "document_id")

        if "type" not in src_dict:
            raise _v.missing("type")
        type_ = _get("type", UNSET)
        if type(type_) is not float and type_ is not UNSET:
            type_ = _v.float_(type_, "type")

        is_pos_enabled = _get("is_pos_enabled", UNSET)
        if type(is_pos_enabled) is not bool and is_pos_enabled is not UNSET:
            is_pos_enabled = _v.bool_(is_pos_enabled, "is_pos_enabled")

        _obj = cls.__new__(cls)
        _obj.document_id = document_id
        _obj.type_ = type_
        _obj.is_pos_enabled = is_pos_enabled

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
