from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.request_validation_error_message_errors_item import RequestValidationErrorMessageErrorsItem


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
        from ..models.request_validation_error_message_errors_item import RequestValidationErrorMessageErrorsItem  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[RequestValidationErrorMessageErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = RequestValidationErrorMessageErrorsItem.from_dict(errors_item_data)

                errors.append(errors_item)

        request_validation_error_message = cls(
            message=message,
            errors=errors,
        )

        request_validation_error_message.additional_properties = d
        return request_validation_error_message

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
