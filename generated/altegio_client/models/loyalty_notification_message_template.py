from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.loyalty_notification_message_template_message_type import (
    LoyaltyNotificationMessageTemplateMessageType,
    check_loyalty_notification_message_template_message_type,
)
from ..models.loyalty_notification_message_template_type import (
    LoyaltyNotificationMessageTemplateType,
    check_loyalty_notification_message_template_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoyaltyNotificationMessageTemplate")


@_attrs_define
class LoyaltyNotificationMessageTemplate:
    """Notification template of a promotion

    Example:
        {'id': 12, 'type': 'small', 'message_type': 'loyalty_discount_expiration', 'body': 'Your discount expires
            tomorrow'}

    """

    id: int | Unset = UNSET
    """ ID of the template """
    type_: LoyaltyNotificationMessageTemplateType | Unset = UNSET
    """ Kind of template """
    body: str | Unset = UNSET
    """ Text of the template """
    message_type: LoyaltyNotificationMessageTemplateMessageType | Unset = UNSET
    """ Kind of message """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        body = self.body

        message_type: str | Unset = UNSET
        if not isinstance(self.message_type, Unset):
            message_type = self.message_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if body is not UNSET:
            field_dict["body"] = body
        if message_type is not UNSET:
            field_dict["message_type"] = message_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: LoyaltyNotificationMessageTemplateType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_loyalty_notification_message_template_type(_type_)

        body = d.pop("body", UNSET)

        _message_type = d.pop("message_type", UNSET)
        message_type: LoyaltyNotificationMessageTemplateMessageType | Unset
        if isinstance(_message_type, Unset):
            message_type = UNSET
        else:
            message_type = check_loyalty_notification_message_template_message_type(_message_type)

        loyalty_notification_message_template = cls(
            id=id,
            type_=type_,
            body=body,
            message_type=message_type,
        )

        loyalty_notification_message_template.additional_properties = d
        return loyalty_notification_message_template

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
