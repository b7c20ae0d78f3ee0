"""Contains all the data models used in inputs/outputs"""

from .auth_request import AuthRequest
from .auth_response import AuthResponse
from .auth_response_meta import AuthResponseMeta
from .auth_user import AuthUser
from .check_memberships_for_event_response_200 import CheckMembershipsForEventResponse200
from .check_memberships_for_event_response_200_data import CheckMembershipsForEventResponse200Data
from .check_memberships_for_event_response_200_data_attributes import CheckMembershipsForEventResponse200DataAttributes
from .error_meta import ErrorMeta
from .error_response import ErrorResponse
from .gift_card import GiftCard
from .gift_card_list_meta import GiftCardListMeta
from .gift_card_list_response import GiftCardListResponse
from .gift_card_status import GiftCardStatus
from .gift_card_type import GiftCardType
from .gift_card_type_details import GiftCardTypeDetails
from .gift_card_type_details_item_type import GiftCardTypeDetailsItemType
from .gift_card_type_list_meta import GiftCardTypeListMeta
from .gift_card_type_list_response import GiftCardTypeListResponse
from .membership import Membership
from .membership_balance_container import MembershipBalanceContainer
from .membership_balance_container_links_item import MembershipBalanceContainerLinksItem
from .membership_balance_container_links_item_category import MembershipBalanceContainerLinksItemCategory
from .membership_balance_container_links_item_category_category import (
    MembershipBalanceContainerLinksItemCategoryCategory,
)
from .membership_balance_container_links_item_service import MembershipBalanceContainerLinksItemService
from .membership_balance_container_links_item_service_category import MembershipBalanceContainerLinksItemServiceCategory
from .membership_list_meta import MembershipListMeta
from .membership_list_response import MembershipListResponse
from .membership_status import MembershipStatus
from .membership_type import MembershipType
from .membership_type_details import MembershipTypeDetails
from .membership_type_details_balance_container import MembershipTypeDetailsBalanceContainer
from .membership_type_details_balance_container_links_item import MembershipTypeDetailsBalanceContainerLinksItem
from .membership_type_details_balance_container_links_item_category import (
    MembershipTypeDetailsBalanceContainerLinksItemCategory,
)
from .membership_type_details_balance_container_links_item_category_category import (
    MembershipTypeDetailsBalanceContainerLinksItemCategoryCategory,
)
from .membership_type_details_balance_container_links_item_service import (
    MembershipTypeDetailsBalanceContainerLinksItemService,
)
from .membership_type_details_balance_container_links_item_service_category import (
    MembershipTypeDetailsBalanceContainerLinksItemServiceCategory,
)
from .membership_type_list_meta import MembershipTypeListMeta
from .membership_type_list_response import MembershipTypeListResponse
from .search_memberships_for_event_response_200 import SearchMembershipsForEventResponse200
from .search_memberships_for_event_response_200_data_item import SearchMembershipsForEventResponse200DataItem
from .search_memberships_for_event_response_200_data_item_attributes import (
    SearchMembershipsForEventResponse200DataItemAttributes,
)
from .search_memberships_for_event_response_200_data_item_relationships import (
    SearchMembershipsForEventResponse200DataItemRelationships,
)
from .search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type import (
    SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType,
)
from .search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type_data import (
    SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData,
)
from .search_memberships_for_event_response_200_included_item import SearchMembershipsForEventResponse200IncludedItem

__all__ = (
    "AuthRequest",
    "AuthResponse",
    "AuthResponseMeta",
    "AuthUser",
    "CheckMembershipsForEventResponse200",
    "CheckMembershipsForEventResponse200Data",
    "CheckMembershipsForEventResponse200DataAttributes",
    "ErrorMeta",
    "ErrorResponse",
    "GiftCard",
    "GiftCardListMeta",
    "GiftCardListResponse",
    "GiftCardStatus",
    "GiftCardType",
    "GiftCardTypeDetails",
    "GiftCardTypeDetailsItemType",
    "GiftCardTypeListMeta",
    "GiftCardTypeListResponse",
    "Membership",
    "MembershipBalanceContainer",
    "MembershipBalanceContainerLinksItem",
    "MembershipBalanceContainerLinksItemCategory",
    "MembershipBalanceContainerLinksItemCategoryCategory",
    "MembershipBalanceContainerLinksItemService",
    "MembershipBalanceContainerLinksItemServiceCategory",
    "MembershipListMeta",
    "MembershipListResponse",
    "MembershipStatus",
    "MembershipType",
    "MembershipTypeDetails",
    "MembershipTypeDetailsBalanceContainer",
    "MembershipTypeDetailsBalanceContainerLinksItem",
    "MembershipTypeDetailsBalanceContainerLinksItemCategory",
    "MembershipTypeDetailsBalanceContainerLinksItemCategoryCategory",
    "MembershipTypeDetailsBalanceContainerLinksItemService",
    "MembershipTypeDetailsBalanceContainerLinksItemServiceCategory",
    "MembershipTypeListMeta",
    "MembershipTypeListResponse",
    "SearchMembershipsForEventResponse200",
    "SearchMembershipsForEventResponse200DataItem",
    "SearchMembershipsForEventResponse200DataItemAttributes",
    "SearchMembershipsForEventResponse200DataItemRelationships",
    "SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType",
    "SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData",
    "SearchMembershipsForEventResponse200IncludedItem",
)
