from typing import Literal

LocationLoyaltyProgramListResponseDataItemExpirationTimeoutUnit = Literal["day", "month", "week", "year"]

LOCATION_LOYALTY_PROGRAM_LIST_RESPONSE_DATA_ITEM_EXPIRATION_TIMEOUT_UNIT_VALUES: set[
    LocationLoyaltyProgramListResponseDataItemExpirationTimeoutUnit
] = {
    "day",
    "month",
    "week",
    "year",
}


def check_location_loyalty_program_list_response_data_item_expiration_timeout_unit(
    value: str,
) -> LocationLoyaltyProgramListResponseDataItemExpirationTimeoutUnit:
    if value in LOCATION_LOYALTY_PROGRAM_LIST_RESPONSE_DATA_ITEM_EXPIRATION_TIMEOUT_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCATION_LOYALTY_PROGRAM_LIST_RESPONSE_DATA_ITEM_EXPIRATION_TIMEOUT_UNIT_VALUES!r}"
    )
