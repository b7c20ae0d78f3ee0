from typing import Literal

LoyaltyProgramCreateRequestServiceItemType = Literal["any_allowed", "custom_allowed", "not_allowed"]

LOYALTY_PROGRAM_CREATE_REQUEST_SERVICE_ITEM_TYPE_VALUES: set[LoyaltyProgramCreateRequestServiceItemType] = {
    "any_allowed",
    "custom_allowed",
    "not_allowed",
}


def check_loyalty_program_create_request_service_item_type(value: str) -> LoyaltyProgramCreateRequestServiceItemType:
    if value in LOYALTY_PROGRAM_CREATE_REQUEST_SERVICE_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOYALTY_PROGRAM_CREATE_REQUEST_SERVICE_ITEM_TYPE_VALUES!r}"
    )
