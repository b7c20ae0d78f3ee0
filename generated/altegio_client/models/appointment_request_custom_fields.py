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
        "my_custom_field",
        "some_another_field",
    }
)


T = TypeVar("T", bound="AppointmentRequestCustomFields")


@_attrs_define
class AppointmentRequestCustomFields:
    """Values of custom appointment fields, keyed by field code.

    Requires both `custom_fields_record_values_read_access` and `custom_fields_record_values_edit_access` for the
    business user. Passing `custom_fields` on an appointment update does not make it a partial update: the required main
    fields for that appointment type must be sent again.

    """

    my_custom_field: int | Unset = UNSET
    some_another_field: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        my_custom_field = self.my_custom_field

        some_another_field: list[str] | Unset = UNSET
        if not isinstance(self.some_another_field, Unset):
            some_another_field = self.some_another_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if my_custom_field is not UNSET:
            field_dict["my_custom_field"] = my_custom_field
        if some_another_field is not UNSET:
            field_dict["some_another_field"] = some_another_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        my_custom_field = _get("my_custom_field", UNSET)
        if type(my_custom_field) is not int and my_custom_field is not UNSET:
            my_custom_field = _v.int_(my_custom_field, "my_custom_field")

        _some_another_field = _get("some_another_field", UNSET)
        if _some_another_field is UNSET:
            some_another_field = UNSET
        else:
            if type(_some_another_field) is not list:
                _some_another_field = _v.array(_some_another_field, "some_another_field")
            some_another_field = []
            try:
                for _item in _some_another_field:
                    if type(_item) is not str and _item is not UNSET:
                        _item = _v.str_(_item, len(some_another_field))

                    some_another_field.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "some_another_field") from None

        _obj = cls.__new__(cls)
        _obj.my_custom_field = my_custom_field
        _obj.some_another_field = some_another_field

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
