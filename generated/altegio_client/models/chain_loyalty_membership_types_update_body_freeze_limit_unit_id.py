from typing import Literal

ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId = Literal[1, 2, 3, 4]

CHAIN_LOYALTY_MEMBERSHIP_TYPES_UPDATE_BODY_FREEZE_LIMIT_UNIT_ID_VALUES: set[
    ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId
] = {
    1,
    2,
    3,
    4,
}


def check_chain_loyalty_membership_types_update_body_freeze_limit_unit_id(
    value: int,
) -> ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId:
    if value in CHAIN_LOYALTY_MEMBERSHIP_TYPES_UPDATE_BODY_FREEZE_LIMIT_UNIT_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAIN_LOYALTY_MEMBERSHIP_TYPES_UPDATE_BODY_FREEZE_LIMIT_UNIT_ID_VALUES!r}"
    )
