from typing import Literal

LocationLoyaltyProgramListResponseDataItemType = Literal[
    "cashback_accumulative_paid",
    "cashback_accumulative_paid_visits",
    "cashback_accumulative_sold",
    "cashback_accumulative_sold_visits",
    "cashback_paid_visits",
    "cashback_sold_visits",
    "cashback_static_paid",
    "cashback_static_sold",
    "discount_accumulative_paid",
    "discount_accumulative_sold",
    "discount_accumulative_visits",
    "discount_static",
    "package_discount",
]

LOCATION_LOYALTY_PROGRAM_LIST_RESPONSE_DATA_ITEM_TYPE_VALUES: set[LocationLoyaltyProgramListResponseDataItemType] = {
    "cashback_accumulative_paid",
    "cashback_accumulative_paid_visits",
    "cashback_accumulative_sold",
    "cashback_accumulative_sold_visits",
    "cashback_paid_visits",
    "cashback_sold_visits",
    "cashback_static_paid",
    "cashback_static_sold",
    "discount_accumulative_paid",
    "discount_accumulative_sold",
    "discount_accumulative_visits",
    "discount_static",
    "package_discount",
}


def check_location_loyalty_program_list_response_data_item_type(
    value: str,
) -> LocationLoyaltyProgramListResponseDataItemType:
    if value in LOCATION_LOYALTY_PROGRAM_LIST_RESPONSE_DATA_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCATION_LOYALTY_PROGRAM_LIST_RESPONSE_DATA_ITEM_TYPE_VALUES!r}"
    )
