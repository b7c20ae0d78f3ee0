from typing import Literal

ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId = Literal[1, 2, 3, 4]

CHAIN_LOYALTY_MEMBERSHIP_TYPES_CREATE_BODY_AUTOACTIVATION_TIME_UNIT_ID_VALUES: set[
    ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId
] = {
    1,
    2,
    3,
    4,
}


def check_chain_loyalty_membership_types_create_body_autoactivation_time_unit_id(
    value: int,
) -> ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId:
    if value in CHAIN_LOYALTY_MEMBERSHIP_TYPES_CREATE_BODY_AUTOACTIVATION_TIME_UNIT_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAIN_LOYALTY_MEMBERSHIP_TYPES_CREATE_BODY_AUTOACTIVATION_TIME_UNIT_ID_VALUES!r}"
    )
