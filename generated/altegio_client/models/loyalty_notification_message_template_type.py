from typing import Literal

LoyaltyNotificationMessageTemplateType = Literal["big", "custom", "mid", "small"]

LOYALTY_NOTIFICATION_MESSAGE_TEMPLATE_TYPE_VALUES: set[LoyaltyNotificationMessageTemplateType] = {
    "big",
    "custom",
    "mid",
    "small",
}


def check_loyalty_notification_message_template_type(value: str) -> LoyaltyNotificationMessageTemplateType:
    if value in LOYALTY_NOTIFICATION_MESSAGE_TEMPLATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOYALTY_NOTIFICATION_MESSAGE_TEMPLATE_TYPE_VALUES!r}"
    )
