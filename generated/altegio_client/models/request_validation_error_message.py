from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.request_validation_error_message_errors_item import RequestValidationErrorMessageErrorsItem

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.request_validation_error_message_errors_item import RequestValidationErrorMessageErrorsItem  # noqa: PLC0415

    _LAZY = (
        _v,
        RequestValidationErrorMessageErrorsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "message",
        "errors",
    }
)


T = TypeVar("T", bound="RequestValidationErrorMessage")


@_attrs_define
class RequestValidationErrorMessage:
    """Extra response data."""

    message: str | Unset = UNSET
    """ Text of the error. """
    errors: list[RequestValidationErrorMessageErrorsItem] | Unset = UNSET
    """ Validation error messages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RequestValidationErrorMessageErrorsItem,
        ) = _LAZY or _lazy()
        message = self.message

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RequestValidationErrorMessageErrorsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        message = _get("message", UNSET)
        if type(message) is not str and message is not UNSET:
            message = _v.str_(message, "message")

        _errors = _get("errors", UNSET)
        if _errors is UNSET:
            errors = UNSET
        else:
            if type(_errors) is not list:
                _errors = _v.array(_errors, "errors")
            errors = []
            try:
                for _item in _errors:
                    errors.append(RequestValidationErrorMessageErrorsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "errors", errors) from None

        _obj = cls.__new__(cls)
        _obj.message = message
        _obj.errors = errors

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
