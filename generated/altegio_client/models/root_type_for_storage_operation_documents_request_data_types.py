from __future__ import annotations

import datetime
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
        "type_id",
        "storage_id",
        "create_date",
        "comment",
    }
)


T = TypeVar("T", bound="RootTypeForStorageOperationDocumentsRequestDataTypes")


@_attrs_define
class RootTypeForStorageOperationDocumentsRequestDataTypes:
    """Add a document

    Example:
        {'type_id': 1, 'comment': 'Document comment', 'storage_id': 36539, 'create_date':
            '2026-09-21T23:00:00.000-05:00'}

    """

    type_id: float
    """ Kind of document: 1 - sale, 3 - receipt, 7 - write-off """
    storage_id: float
    """ ID of the inventory """
    create_date: datetime.datetime
    """ Date of the inventory operation """
    comment: str | Unset = UNSET
    """ Comment """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_id = self.type_id

        storage_id = self.storage_id

        create_date = self.create_date.isoformat()

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type_id": type_id,
                "storage_id": storage_id,
                "create_date": create_date,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "type_id" not in src_dict:
            raise _v.missing("type_id")
        type_id = _get("type_id", UNSET)
        if type(type_id) is not float and type_id is not UNSET:
            type_id = _v.float_(type_id, "type_id")

        if "storage_id" not in src_dict:
            raise _v.missing("storage_id")
        storage_id = _get("storage_id", UNSET)
        if type(storage_id) is not float and storage_id is not UNSET:
            storage_id = _v.float_(storage_id, "storage_id")

        if "create_date" not in src_dict:
            raise _v.missing("create_date")
        create_date = _get("create_date", UNSET)
        if type(create_date) is str:
            try:
                create_date = _v.fromisoformat(create_date)
            except ValueError:
                create_date = _v.datetime_(create_date, "create_date")
        elif create_date is not UNSET:
            create_date = _v.datetime_(create_date, "create_date")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        _obj = cls.__new__(cls)
        _obj.type_id = type_id
        _obj.storage_id = storage_id
        _obj.create_date = create_date
        _obj.comment = comment

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
