from typing import Literal

DeleteChainLoyaltyProgramInclude = Literal[
    "applicable_items",
    "companies",
    "loyalty_card_types",
    "on_changed_notification_template",
    "on_expiration_notification_template",
    "rules",
]

DELETE_CHAIN_LOYALTY_PROGRAM_INCLUDE_VALUES: set[DeleteChainLoyaltyProgramInclude] = {
    "applicable_items",
    "companies",
    "loyalty_card_types",
    "on_changed_notification_template",
    "on_expiration_notification_template",
    "rules",
}


def check_delete_chain_loyalty_program_include(value: str) -> DeleteChainLoyaltyProgramInclude:
    if value in DELETE_CHAIN_LOYALTY_PROGRAM_INCLUDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELETE_CHAIN_LOYALTY_PROGRAM_INCLUDE_VALUES!r}")
