from typing import Literal

ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId = Literal[1, 2, 3, 4]

CHAIN_LOYALTY_MEMBERSHIP_TYPES_UPDATE_BODY_PERIOD_UNIT_ID_VALUES: set[
    ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId
] = {
    1,
    2,
    3,
    4,
}


def check_chain_loyalty_membership_types_update_body_period_unit_id(
    value: int,
) -> ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId:
    if value in CHAIN_LOYALTY_MEMBERSHIP_TYPES_UPDATE_BODY_PERIOD_UNIT_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAIN_LOYALTY_MEMBERSHIP_TYPES_UPDATE_BODY_PERIOD_UNIT_ID_VALUES!r}"
    )
