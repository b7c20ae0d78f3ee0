from typing import Literal

LocationLoyaltyProgramListResponseDataItemValueUnit = Literal["amount", "percent"]

LOCATION_LOYALTY_PROGRAM_LIST_RESPONSE_DATA_ITEM_VALUE_UNIT_VALUES: set[
    LocationLoyaltyProgramListResponseDataItemValueUnit
] = {
    "amount",
    "percent",
}


def check_location_loyalty_program_list_response_data_item_value_unit(
    value: str,
) -> LocationLoyaltyProgramListResponseDataItemValueUnit:
    if value in LOCATION_LOYALTY_PROGRAM_LIST_RESPONSE_DATA_ITEM_VALUE_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCATION_LOYALTY_PROGRAM_LIST_RESPONSE_DATA_ITEM_VALUE_UNIT_VALUES!r}"
    )
