from typing import Literal

LoyaltyProgramCreateRequestValueUnit = Literal["amount", "percent"]

LOYALTY_PROGRAM_CREATE_REQUEST_VALUE_UNIT_VALUES: set[LoyaltyProgramCreateRequestValueUnit] = {
    "amount",
    "percent",
}


def check_loyalty_program_create_request_value_unit(value: str) -> LoyaltyProgramCreateRequestValueUnit:
    if value in LOYALTY_PROGRAM_CREATE_REQUEST_VALUE_UNIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOYALTY_PROGRAM_CREATE_REQUEST_VALUE_UNIT_VALUES!r}")
