from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

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
        "type",
        "code",
        "title",
        "user_can_edit",
        "show_in_ui",
    }
)


T = TypeVar("T", bound="RootTypeForCustomFieldsRequestDataType")


@_attrs_define
class RootTypeForCustomFieldsRequestDataType:
    """Add a custom field

    Example:
        {'type': 'text', 'code': 'my_text_field', 'title': 'test field', 'user_can_edit': True, 'show_in_ui': True}

    """

    type_: str
    """ Kind of field """
    code: str
    """ ID of the field """
    title: str
    """ Name of the field """
    user_can_edit: bool
    """ Whether the user may change the field """
    show_in_ui: bool
    """ Whether the field is shown in the interface """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        code = self.code

        title = self.title

        user_can_edit = self.user_can_edit

        show_in_ui = self.show_in_ui

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "code": code,
                "title": title,
                "user_can_edit": user_can_edit,
                "show_in_ui": show_in_ui,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "type" not in src_dict:
            raise _v.missing("type")
        type_ = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = _v.str_(type_, "type")

        if "code" not in src_dict:
            raise _v.missing("code")
        code = _get("code", UNSET)
        if type(code) is not str and code is not UNSET:
            code = _v.str_(code, "code")

        if "title" not in src_dict:
            raise _v.missing("title")
        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        if "user_can_edit" not in src_dict:
            raise _v.missing("user_can_edit")
        user_can_edit = _get("user_can_edit", UNSET)
        if type(user_can_edit) is not bool and user_can_edit is not UNSET:
            user_can_edit = _v.bool_(user_can_edit, "user_can_edit")

        if "show_in_ui" not in src_dict:
            raise _v.missing("show_in_ui")
        show_in_ui = _get("show_in_ui", UNSET)
        if type(show_in_ui) is not bool and show_in_ui is not UNSET:
            show_in_ui = _v.bool_(show_in_ui, "show_in_ui")

        _obj = cls.__new__(cls)
        _obj.type_ = type_
        _obj.code = code
        _obj.title = title
        _obj.user_can_edit = user_can_edit
        _obj.show_in_ui = show_in_ui

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
