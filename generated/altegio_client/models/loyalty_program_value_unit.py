from typing import Literal

LoyaltyProgramValueUnit = Literal["amount", "percent"]

LOYALTY_PROGRAM_VALUE_UNIT_VALUES: set[LoyaltyProgramValueUnit] = {
    "amount",
    "percent",
}


def check_loyalty_program_value_unit(value: str) -> LoyaltyProgramValueUnit:
    if value in LOYALTY_PROGRAM_VALUE_UNIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOYALTY_PROGRAM_VALUE_UNIT_VALUES!r}")
