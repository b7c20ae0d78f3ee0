from typing import Literal

ChainLoyaltyMembershipTypesArchiveBodyIsArchived = Literal["0", "1"]

CHAIN_LOYALTY_MEMBERSHIP_TYPES_ARCHIVE_BODY_IS_ARCHIVED_VALUES: set[
    ChainLoyaltyMembershipTypesArchiveBodyIsArchived
] = {
    "0",
    "1",
}


def check_chain_loyalty_membership_types_archive_body_is_archived(
    value: str,
) -> ChainLoyaltyMembershipTypesArchiveBodyIsArchived:
    if value in CHAIN_LOYALTY_MEMBERSHIP_TYPES_ARCHIVE_BODY_IS_ARCHIVED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAIN_LOYALTY_MEMBERSHIP_TYPES_ARCHIVE_BODY_IS_ARCHIVED_VALUES!r}"
    )
