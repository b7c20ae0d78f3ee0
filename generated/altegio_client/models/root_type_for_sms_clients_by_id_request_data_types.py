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
        "client_ids",
        "text",
    }
)


T = TypeVar("T", bound="RootTypeForSmsClientsByIdRequestDataTypes")


@_attrs_define
class RootTypeForSmsClientsByIdRequestDataTypes:
    """Send an SMS to a list of clients

    Example:
        {'client_ids': [1, 2, 3, 4, 5], 'text': 'Dear clients, we congratulate you on being our clients! You are very
            lucky!'}

    """

    client_ids: list[float] | Unset = UNSET
    """ List of client IDs """
    text: str | Unset = UNSET
    """ Text of the SMS message """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_ids: list[float] | Unset = UNSET
        if not isinstance(self.client_ids, Unset):
            client_ids = self.client_ids

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_ids is not UNSET:
            field_dict["client_ids"] = client_ids
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _client_ids = _get("client_ids", UNSET)
        if _client_ids is UNSET:
            client_ids = UNSET
        else:
            if type(_client_ids) is not list:
                _client_ids = _v.array(_client_ids, "client_ids")
            client_ids = []
            try:
                for _item in _client_ids:
                    if type(_item) is not float and _item is not UNSET:
                        _item = _v.float_(_item, len(client_ids))

                    client_ids.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "client_ids") from None

        text = _get("text", UNSET)
        if type(text) is not str and text is not UNSET:
            text = _v.str_(text, "text")

        _obj = cls.__new__(cls)
        _obj.client_ids = client_ids
        _obj.text = text

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
