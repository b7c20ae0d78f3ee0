from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_custom_fields_response_data_types_data_type_1_item_custom_field import (
        RootTypeForCustomFieldsResponseDataTypesDataType1ItemCustomField,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_custom_fields_response_data_types_data_type_1_item_custom_field import (
        RootTypeForCustomFieldsResponseDataTypesDataType1ItemCustomField,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForCustomFieldsResponseDataTypesDataType1ItemCustomField,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "salon_id",
        "custom_field",
    }
)


T = TypeVar("T", bound="RootTypeForCustomFieldsResponseDataTypesDataType1Item")


@_attrs_define
class RootTypeForCustomFieldsResponseDataTypesDataType1Item:
    id: int | Unset = UNSET
    """ ID of the field """
    salon_id: int | Unset = UNSET
    """ ID of the location """
    custom_field: RootTypeForCustomFieldsResponseDataTypesDataType1ItemCustomField | Unset = UNSET
    """ Custom fields """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForCustomFieldsResponseDataTypesDataType1ItemCustomField,
        ) = _LAZY or _lazy()
        id = self.id

        salon_id = self.salon_id

        custom_field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_field, Unset):
            custom_field = self.custom_field.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if custom_field is not UNSET:
            field_dict["custom_field"] = custom_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForCustomFieldsResponseDataTypesDataType1ItemCustomField,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _v.int_(salon_id, "salon_id")

        _custom_field = _get("custom_field", UNSET)
        if _custom_field is UNSET:
            custom_field = UNSET
        else:
            try:
                custom_field = RootTypeForCustomFieldsResponseDataTypesDataType1ItemCustomField.from_dict(_custom_field)
            except _v.Invalid as _e:
                raise _v.at(_e, "custom_field") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.salon_id = salon_id
        _obj.custom_field = custom_field

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
