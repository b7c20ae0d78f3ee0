from typing import Literal

LocationLoyaltyProgramListResponseDataItemServiceItemType = Literal["any_allowed", "custom_allowed", "not_allowed"]

LOCATION_LOYALTY_PROGRAM_LIST_RESPONSE_DATA_ITEM_SERVICE_ITEM_TYPE_VALUES: set[
    LocationLoyaltyProgramListResponseDataItemServiceItemType
] = {
    "any_allowed",
    "custom_allowed",
    "not_allowed",
}


def check_location_loyalty_program_list_response_data_item_service_item_type(
    value: str,
) -> LocationLoyaltyProgramListResponseDataItemServiceItemType:
    if value in LOCATION_LOYALTY_PROGRAM_LIST_RESPONSE_DATA_ITEM_SERVICE_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCATION_LOYALTY_PROGRAM_LIST_RESPONSE_DATA_ITEM_SERVICE_ITEM_TYPE_VALUES!r}"
    )
