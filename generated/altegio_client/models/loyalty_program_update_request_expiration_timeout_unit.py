from typing import Literal

LoyaltyProgramUpdateRequestExpirationTimeoutUnit = Literal["day", "month", "week", "year"]

LOYALTY_PROGRAM_UPDATE_REQUEST_EXPIRATION_TIMEOUT_UNIT_VALUES: set[LoyaltyProgramUpdateRequestExpirationTimeoutUnit] = {
    "day",
    "month",
    "week",
    "year",
}


def check_loyalty_program_update_request_expiration_timeout_unit(
    value: str,
) -> LoyaltyProgramUpdateRequestExpirationTimeoutUnit:
    if value in LOYALTY_PROGRAM_UPDATE_REQUEST_EXPIRATION_TIMEOUT_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOYALTY_PROGRAM_UPDATE_REQUEST_EXPIRATION_TIMEOUT_UNIT_VALUES!r}"
    )
