from typing import Literal

LocationLoyaltyProgramListResponseDataItemParamsSourceType = Literal["active_companies", "chain", "loyalty_card"]

LOCATION_LOYALTY_PROGRAM_LIST_RESPONSE_DATA_ITEM_PARAMS_SOURCE_TYPE_VALUES: set[
    LocationLoyaltyProgramListResponseDataItemParamsSourceType
] = {
    "active_companies",
    "chain",
    "loyalty_card",
}


def check_location_loyalty_program_list_response_data_item_params_source_type(
    value: str,
) -> LocationLoyaltyProgramListResponseDataItemParamsSourceType:
    if value in LOCATION_LOYALTY_PROGRAM_LIST_RESPONSE_DATA_ITEM_PARAMS_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCATION_LOYALTY_PROGRAM_LIST_RESPONSE_DATA_ITEM_PARAMS_SOURCE_TYPE_VALUES!r}"
    )
