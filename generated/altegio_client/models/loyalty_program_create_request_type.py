from typing import Literal

LoyaltyProgramCreateRequestType = Literal[
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

LOYALTY_PROGRAM_CREATE_REQUEST_TYPE_VALUES: set[LoyaltyProgramCreateRequestType] = {
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


def check_loyalty_program_create_request_type(value: str) -> LoyaltyProgramCreateRequestType:
    if value in LOYALTY_PROGRAM_CREATE_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOYALTY_PROGRAM_CREATE_REQUEST_TYPE_VALUES!r}")
