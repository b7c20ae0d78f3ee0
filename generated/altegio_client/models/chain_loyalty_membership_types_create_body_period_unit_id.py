from typing import Literal

ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId = Literal[1, 2, 3, 4]

CHAIN_LOYALTY_MEMBERSHIP_TYPES_CREATE_BODY_PERIOD_UNIT_ID_VALUES: set[
    ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId
] = {
    1,
    2,
    3,
    4,
}


def check_chain_loyalty_membership_types_create_body_period_unit_id(
    value: int,
) -> ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId:
    if value in CHAIN_LOYALTY_MEMBERSHIP_TYPES_CREATE_BODY_PERIOD_UNIT_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAIN_LOYALTY_MEMBERSHIP_TYPES_CREATE_BODY_PERIOD_UNIT_ID_VALUES!r}"
    )
