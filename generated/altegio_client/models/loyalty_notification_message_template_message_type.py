from typing import Literal

LoyaltyNotificationMessageTemplateMessageType = Literal[
    "loyalty_card_cashback",
    "loyalty_card_cashback_cancelled",
    "loyalty_card_created",
    "loyalty_card_income",
    "loyalty_card_manual",
    "loyalty_card_manual_withdraw",
    "loyalty_card_withdraw",
    "loyalty_cashback_changed",
    "loyalty_cashback_expiration",
    "loyalty_discount_changed",
    "loyalty_discount_decreased",
    "loyalty_discount_expiration",
    "loyalty_discount_increased",
    "loyalty_settings_abonement_notification",
    "loyalty_withdraw_cancelled",
]

LOYALTY_NOTIFICATION_MESSAGE_TEMPLATE_MESSAGE_TYPE_VALUES: set[LoyaltyNotificationMessageTemplateMessageType] = {
    "loyalty_card_cashback",
    "loyalty_card_cashback_cancelled",
    "loyalty_card_created",
    "loyalty_card_income",
    "loyalty_card_manual",
    "loyalty_card_manual_withdraw",
    "loyalty_card_withdraw",
    "loyalty_cashback_changed",
    "loyalty_cashback_expiration",
    "loyalty_discount_changed",
    "loyalty_discount_decreased",
    "loyalty_discount_expiration",
    "loyalty_discount_increased",
    "loyalty_settings_abonement_notification",
    "loyalty_withdraw_cancelled",
}


def check_loyalty_notification_message_template_message_type(
    value: str,
) -> LoyaltyNotificationMessageTemplateMessageType:
    if value in LOYALTY_NOTIFICATION_MESSAGE_TEMPLATE_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOYALTY_NOTIFICATION_MESSAGE_TEMPLATE_MESSAGE_TYPE_VALUES!r}"
    )
