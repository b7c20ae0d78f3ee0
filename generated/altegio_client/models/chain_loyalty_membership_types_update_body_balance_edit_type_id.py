from typing import Literal

ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId = Literal[0, 1, 2]

CHAIN_LOYALTY_MEMBERSHIP_TYPES_UPDATE_BODY_BALANCE_EDIT_TYPE_ID_VALUES: set[
    ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId
] = {
    0,
    1,
    2,
}


def check_chain_loyalty_membership_types_update_body_balance_edit_type_id(
    value: int,
) -> ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId:
    if value in CHAIN_LOYALTY_MEMBERSHIP_TYPES_UPDATE_BODY_BALANCE_EDIT_TYPE_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAIN_LOYALTY_MEMBERSHIP_TYPES_UPDATE_BODY_BALANCE_EDIT_TYPE_ID_VALUES!r}"
    )
