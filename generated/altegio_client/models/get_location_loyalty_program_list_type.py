from typing import Literal

GetLocationLoyaltyProgramListType = Literal[
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

GET_LOCATION_LOYALTY_PROGRAM_LIST_TYPE_VALUES: set[GetLocationLoyaltyProgramListType] = {
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


def check_get_location_loyalty_program_list_type(value: str) -> GetLocationLoyaltyProgramListType:
    if value in GET_LOCATION_LOYALTY_PROGRAM_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_LOCATION_LOYALTY_PROGRAM_LIST_TYPE_VALUES!r}")
