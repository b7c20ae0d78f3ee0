from typing import Literal

ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId = Literal[0, 1, 2]

CHAIN_LOYALTY_MEMBERSHIP_TYPES_CREATE_BODY_BALANCE_EDIT_TYPE_ID_VALUES: set[
    ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId
] = {
    0,
    1,
    2,
}


def check_chain_loyalty_membership_types_create_body_balance_edit_type_id(
    value: int,
) -> ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId:
    if value in CHAIN_LOYALTY_MEMBERSHIP_TYPES_CREATE_BODY_BALANCE_EDIT_TYPE_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAIN_LOYALTY_MEMBERSHIP_TYPES_CREATE_BODY_BALANCE_EDIT_TYPE_ID_VALUES!r}"
    )
