from typing import Literal

ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId = Literal[1, 2, 3, 4]

CHAIN_LOYALTY_MEMBERSHIPS_SET_PERIOD_BODY_PERIOD_UNIT_ID_VALUES: set[
    ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId
] = {
    1,
    2,
    3,
    4,
}


def check_chain_loyalty_memberships_set_period_body_period_unit_id(
    value: int,
) -> ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId:
    if value in CHAIN_LOYALTY_MEMBERSHIPS_SET_PERIOD_BODY_PERIOD_UNIT_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAIN_LOYALTY_MEMBERSHIPS_SET_PERIOD_BODY_PERIOD_UNIT_ID_VALUES!r}"
    )
