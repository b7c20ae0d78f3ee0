from typing import Literal

LoyaltyNotificationMessageTemplateRequestType = Literal["big", "custom", "mid", "none", "small"]

LOYALTY_NOTIFICATION_MESSAGE_TEMPLATE_REQUEST_TYPE_VALUES: set[LoyaltyNotificationMessageTemplateRequestType] = {
    "big",
    "custom",
    "mid",
    "none",
    "small",
}


def check_loyalty_notification_message_template_request_type(
    value: str,
) -> LoyaltyNotificationMessageTemplateRequestType:
    if value in LOYALTY_NOTIFICATION_MESSAGE_TEMPLATE_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOYALTY_NOTIFICATION_MESSAGE_TEMPLATE_REQUEST_TYPE_VALUES!r}"
    )
