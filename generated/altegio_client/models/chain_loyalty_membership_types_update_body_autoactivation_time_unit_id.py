from typing import Literal

ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId = Literal[1, 2, 3, 4]

CHAIN_LOYALTY_MEMBERSHIP_TYPES_UPDATE_BODY_AUTOACTIVATION_TIME_UNIT_ID_VALUES: set[
    ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId
] = {
    1,
    2,
    3,
    4,
}


def check_chain_loyalty_membership_types_update_body_autoactivation_time_unit_id(
    value: int,
) -> ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId:
    if value in CHAIN_LOYALTY_MEMBERSHIP_TYPES_UPDATE_BODY_AUTOACTIVATION_TIME_UNIT_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAIN_LOYALTY_MEMBERSHIP_TYPES_UPDATE_BODY_AUTOACTIVATION_TIME_UNIT_ID_VALUES!r}"
    )
