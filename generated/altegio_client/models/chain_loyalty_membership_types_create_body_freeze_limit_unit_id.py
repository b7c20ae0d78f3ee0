from typing import Literal

ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId = Literal[1, 2, 3, 4]

CHAIN_LOYALTY_MEMBERSHIP_TYPES_CREATE_BODY_FREEZE_LIMIT_UNIT_ID_VALUES: set[
    ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId
] = {
    1,
    2,
    3,
    4,
}


def check_chain_loyalty_membership_types_create_body_freeze_limit_unit_id(
    value: int,
) -> ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId:
    if value in CHAIN_LOYALTY_MEMBERSHIP_TYPES_CREATE_BODY_FREEZE_LIMIT_UNIT_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAIN_LOYALTY_MEMBERSHIP_TYPES_CREATE_BODY_FREEZE_LIMIT_UNIT_ID_VALUES!r}"
    )
