from typing import Literal

LoyaltyProgramGoodItemType = Literal["any_allowed", "custom_allowed", "not_allowed"]

LOYALTY_PROGRAM_GOOD_ITEM_TYPE_VALUES: set[LoyaltyProgramGoodItemType] = {
    "any_allowed",
    "custom_allowed",
    "not_allowed",
}


def check_loyalty_program_good_item_type(value: str) -> LoyaltyProgramGoodItemType:
    if value in LOYALTY_PROGRAM_GOOD_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOYALTY_PROGRAM_GOOD_ITEM_TYPE_VALUES!r}")
