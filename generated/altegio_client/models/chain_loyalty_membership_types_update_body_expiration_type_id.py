from typing import Literal

ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId = Literal[1, 2, 3]

CHAIN_LOYALTY_MEMBERSHIP_TYPES_UPDATE_BODY_EXPIRATION_TYPE_ID_VALUES: set[
    ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId
] = {
    1,
    2,
    3,
}


def check_chain_loyalty_membership_types_update_body_expiration_type_id(
    value: int,
) -> ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId:
    if value in CHAIN_LOYALTY_MEMBERSHIP_TYPES_UPDATE_BODY_EXPIRATION_TYPE_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAIN_LOYALTY_MEMBERSHIP_TYPES_UPDATE_BODY_EXPIRATION_TYPE_ID_VALUES!r}"
    )
