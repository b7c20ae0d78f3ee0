"""Every operation of the published description: how to call it, and what its success answer parses into.

``OPERATIONS[operation_id]`` holds the generated ``sync_detailed`` and ``asyncio_detailed`` functions,
keyword arguments the call accepts (path parameters as small integers, required query parameters,
the request body built from its generated model, from the published request example where there
is one) and the model of the success answer, as the generated ``_parse_response`` reads it:

- ``success`` is the model of the first documented 2xx status; ``None`` when that answer has no
  documented body (204s, and set_balance whose 200 body is patched away): the call returns None;
- ``success`` is ``list`` when the answer is a bare JSON array, ``item`` the model of its elements;
- ``also`` gives the model of further 2xx statuses that parse into something else (201, 204).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from altegio_client.api.analytics_reports import (
    get_loyalty_program_client_statistics,
    get_loyalty_program_revenue_statistics,
    get_loyalty_program_team_member_statistics,
)
from altegio_client.api.authentication_b2b import authorize_user
from altegio_client.api.chain_loyalty_programs import (
    chain_loyalty_certificate_types_create,
    chain_loyalty_certificate_types_delete,
    chain_loyalty_certificate_types_get,
    chain_loyalty_certificate_types_list,
    chain_loyalty_certificate_types_update,
    chain_loyalty_membership_types_archive,
    chain_loyalty_membership_types_clone,
    chain_loyalty_membership_types_create,
    chain_loyalty_membership_types_delete,
    chain_loyalty_membership_types_list,
    chain_loyalty_membership_types_read,
    chain_loyalty_membership_types_restore,
    chain_loyalty_membership_types_update,
    chain_loyalty_memberships_freeze,
    chain_loyalty_memberships_set_balance,
    chain_loyalty_memberships_set_period,
    chain_loyalty_memberships_unfreeze,
    create_chain_loyalty_program,
    delete_chain_loyalty_program,
    get_chain_loyalty_notification_template_list,
    get_chain_loyalty_program,
    get_chain_loyalty_transaction_list,
    update_chain_loyalty_program,
)
from altegio_client.api.loyalty_cards import (
    create_chain_loyalty_card_transaction,
    create_loyalty_card_transaction,
    get_chain_loyalty_card_type_list,
    get_loyalty_card_list_by_client_id,
    get_loyalty_card_list_by_phone,
    get_loyalty_card_type_list,
    get_loyalty_card_type_list_for_client,
    get_user_loyalty_cards,
    issue_loyalty_card,
    remove_loyalty_card,
)
from altegio_client.api.loyalty_programs import (
    apply_discount_promotion,
    apply_loyalty_card_deduction,
    apply_referral_program,
    cancel_discount_promotion,
    cancel_loyalty_card_withdrawal,
    generate_loyalty_code,
    get_location_loyalty_program_list,
    get_loyalty_transactions_by_visit,
)
from altegio_client.api.sales import create_payment_with_loyalty_methods, delete_loyalty_payment_transaction
from altegio_client.api.subscriptions_certificates import (
    check_memberships_for_event,
    get_client_gift_cards,
    get_client_memberships,
    get_gift_card_type_list,
    get_gift_card_type_list_by_id,
    get_membership_list,
    get_membership_type_list,
    get_membership_type_list_by_id,
    get_user_gift_cards,
    get_user_memberships,
    search_memberships_for_event,
)
from altegio_client.models import (
    AuthRequest,
    AuthResponse,
    CardWithdrawalRequest,
    ChainLoyaltyCertificateTypesCreateBody,
    ChainLoyaltyCertificateTypesCreateResponse200,
    ChainLoyaltyCertificateTypesDeleteResponse200,
    ChainLoyaltyCertificateTypesGetResponse200,
    ChainLoyaltyCertificateTypesListResponse200,
    ChainLoyaltyCertificateTypesUpdateBody,
    ChainLoyaltyCertificateTypesUpdateResponse200,
    ChainLoyaltyMembershipsFreezeBody,
    ChainLoyaltyMembershipsFreezeResponse200,
    ChainLoyaltyMembershipsSetBalanceBody,
    ChainLoyaltyMembershipsSetPeriodBody,
    ChainLoyaltyMembershipsSetPeriodResponse200,
    ChainLoyaltyMembershipsUnfreezeResponse200,
    ChainLoyaltyMembershipTypesArchiveBody,
    ChainLoyaltyMembershipTypesCloneResponse200,
    ChainLoyaltyMembershipTypesCloneResponse201,
    ChainLoyaltyMembershipTypesCreateBody,
    ChainLoyaltyMembershipTypesCreateResponse200,
    ChainLoyaltyMembershipTypesCreateResponse201,
    ChainLoyaltyMembershipTypesListResponse200,
    ChainLoyaltyMembershipTypesReadResponse200,
    ChainLoyaltyMembershipTypesRestoreBody,
    ChainLoyaltyMembershipTypesUpdateBody,
    ChainLoyaltyMembershipTypesUpdateResponse200,
    CheckMembershipsForEventResponse200,
    CreateChainLoyaltyCardTransactionBody,
    CreateChainLoyaltyCardTransactionResponse200,
    CreateLoyaltyCardTransactionBody,
    CreateLoyaltyCardTransactionResponse200,
    GenerateLoyaltyCodeResponse200,
    GiftCardListResponse,
    GiftCardTypeListResponse,
    IssueLoyaltyCardRequest,
    LocationLoyaltyProgramListResponse,
    LoyaltyCardResponse,
    LoyaltyCardType,
    LoyaltyCardTypesResponseDataTypesItem,
    LoyaltyClientStatisticsResponse,
    LoyaltyNotificationMessageTemplate,
    LoyaltyProgram,
    LoyaltyProgramCreateRequest,
    LoyaltyProgramUpdateRequest,
    LoyaltyRevenueStatisticsResponse,
    LoyaltyTeamMemberStatisticsResponse,
    LoyaltyTransaction,
    MembershipListResponse,
    MembershipTypeListResponse,
    PaymentAtTheCheckout,
    ReferralProgramRequest,
    SaleDocumentResponse,
    SearchMembershipsForEventResponse200,
    VisitLoyaltyApplyResponse,
    VisitLoyaltyCancelResponse,
    VisitLoyaltyRequest,
    VisitLoyaltyTransactionReaponseDataTypesItem,
)

PHONE = "+13155550175"


@dataclass(frozen=True)
class Operation:
    """A generated operation, arguments it accepts, and the model its success answer parses into."""

    call: Callable[..., Any]  # sync_detailed
    call_async: Callable[..., Awaitable[Any]]  # asyncio_detailed
    arguments: Mapping[str, Any]
    success: type[Any] | None  # None: no documented body; list: a bare array of ``item``
    item: type[Any] | None = None
    also: Mapping[int, type[Any] | None] = field(default_factory=dict)

    def model(self, status: int) -> type[Any] | None:
        """What a success answer with this status parses into."""
        return self.also.get(status, self.success)


# --- the published request examples (openapi.yaml), used as bodies --------------------------------

MEMBERSHIP_TYPE: dict[str, Any] = {
    "title": "Fitness 10-pack",
    "salon_group_id": 1,
    "cost": 500,
    "location_ids": [123, 456],
    "period": 30,
    "period_unit_id": 3,
    "allow_freeze": True,
    "freeze_limit": 14,
    "freeze_limit_unit_id": 1,
    "service_price_correction": True,
    "expiration_type_id": 1,
    "is_allow_empty_code": True,
    "is_united_balance": False,
    "united_balance_services_count": 10,
    "balance_edit_type_id": 2,
    "is_online_sale_enabled": False,
    "online_sale_title": "Fitness Pack - 10 sessions",
    "online_sale_description": "Perfect for beginners. Valid for 3 months.",
    "online_sale_price": 450,
    "online_image": "https://example.com/images/fitness-pack.jpg",
    "autoactivation_period": 3,
    "autoactivation_time_in_days": 10,
    "autoactivation_time_unit_id": 1,
    "is_archived": False,
    "category": "standard",
    "salon_ids": [720441, 703092],
    "services": {"13160808": 5, "13160809": 3},
    "service_categories": {"13160806": 10},
    "delete_online_image": False,
    "availability": [{"week_days": [1, 2, 3], "intervals": [{"from": 28800, "to": 64800}]}],
}
# The published update example sends services and service_categories as [] (patch
# membership-type-services-as-objects: they are objects, as on create); from_dict reads [] as {}.
MEMBERSHIP_TYPE_UPDATE: dict[str, Any] = {
    "title": "Updated Fitness 10-pack",
    "salon_group_id": 1,
    "cost": 550,
    "location_ids": [123, 456],
    "period": 90,
    "period_unit_id": 1,
    "allow_freeze": True,
    "freeze_limit": 30,
    "freeze_limit_unit_id": 1,
    "service_price_correction": True,
    "expiration_type_id": 1,
    "is_allow_empty_code": True,
    "is_united_balance": False,
    "united_balance_services_count": 10,
    "balance_edit_type_id": 2,
    "is_online_sale_enabled": False,
    "online_sale_title": "Updated Fitness Pack",
    "online_sale_description": "Updated description",
    "online_sale_price": 500,
    "online_image": "https://example.com/images/updated.jpg",
    "autoactivation_period": 3,
    "autoactivation_time_in_days": 10,
    "autoactivation_time_unit_id": 1,
    "is_archived": False,
    "services": [],
    "service_categories": [],
    "availability": [{"week_days": [1, 2, 3], "intervals": [{"from": 28800, "to": 64800}]}],
}


def certificate_type(amount: int) -> dict[str, Any]:
    """The published gift card type create (1000) and update (1500) examples."""
    return {
        "title": f"Gift Certificate {amount}",
        "balance": amount,
        "is_multi": True,
        "item_type_id": 0,
        "is_allow_empty_code": False,
        "category_id": None,
        "balance_edit_type_id": 1,
        "service_ids": [],
        "salon_ids": [720441],
        "expiration": {"type_id": 2, "date": "2026-12-31T23:59:59+00:00", "timeout": 6, "timeout_unit_id": 3},
        "online_sale": {
            "is_enabled": False,
            "title": "Gift Certificate",
            "description": "Perfect gift for any occasion",
            "price": amount,
        },
    }


LOYALTY_PROGRAM_UPDATE: dict[str, Any] = {
    "title": "Cumulative discount for some services and not for goods",
    "allowed_service_ids": [53, 92],
    "allowed_good_ids": [],
    "allowed_good_category_ids": [],
    "usage_limit": 0,
    "expiration_timeout": 6,
    "expiration_timeout_unit": "month",
    "expiration_notification_timeout": 7,
    "loyalty_card_type_ids": [51, 29],
    "on_changed_notification_template": {"type": "custom", "body": "Your discount has changed"},
    "on_expiration_notification_template": {"type": "big"},
    "rules": [{"parameter": 10, "value": 2.5, "service_id": 0}, {"parameter": 30, "value": 7.5, "service_id": 0}],
    "company_ids": [49],
}
LOYALTY_PROGRAM: dict[str, Any] = {
    **LOYALTY_PROGRAM_UPDATE,
    "type": "discount_accumulative_paid",
    "service_item_type": "custom_allowed",
    "good_item_type": "not_allowed",
    "value_unit": "percent",
    "visit_multiplicity": 0,
    "sold_items_multiplicity": 0,
    "params_source_type": "chain",
    "history_start_date": "2026-09-21",
}
# The example of components/schemas/company_salonid_sale_documentid_payment_account, the first
# alternative of the payment body (the operation itself publishes none).
PAYMENT: dict[str, Any] = {"payment": {"method": {"slug": "account", "account_id": 90218}, "amount": 123}}
VISIT = VisitLoyaltyRequest.from_dict({"record_id": 0, "visit_id": 0})
PERIOD = {"date_from": "2026-09-01", "date_to": "2026-09-30", "loyalty_program_id": "1"}

OPERATIONS: dict[str, Operation] = {
    # --- Authentication B2B (called through login() by the examples test) ---
    "authorize_user": Operation(
        authorize_user.sync_detailed,
        authorize_user.asyncio_detailed,
        {"body": AuthRequest.from_dict({"login": "testuser@alteg.io", "password": "testpass"})},
        AuthResponse,
    ),
    # --- Subscriptions & Certificates ---
    "get_client_gift_cards": Operation(
        get_client_gift_cards.sync_detailed,
        get_client_gift_cards.asyncio_detailed,
        {"company_id": 1, "phone": PHONE},
        GiftCardListResponse,
    ),
    "get_user_gift_cards": Operation(
        get_user_gift_cards.sync_detailed, get_user_gift_cards.asyncio_detailed, {"company_id": 1}, GiftCardListResponse
    ),
    "get_client_memberships": Operation(
        get_client_memberships.sync_detailed,
        get_client_memberships.asyncio_detailed,
        {"company_id": 1, "phone": PHONE},
        MembershipListResponse,
    ),
    "get_user_memberships": Operation(
        get_user_memberships.sync_detailed,
        get_user_memberships.asyncio_detailed,
        {"company_id": 1},
        MembershipListResponse,
    ),
    "get_membership_list": Operation(
        get_membership_list.sync_detailed,
        get_membership_list.asyncio_detailed,
        {
            "chain_id": 123,
            "created_after": "2026-09-01T00:00:00.000-05:00",
            "created_before": "2026-09-30T23:59:59.000-05:00",
        },
        MembershipListResponse,
    ),
    "get_membership_type_list_by_id": Operation(
        get_membership_type_list_by_id.sync_detailed,
        get_membership_type_list_by_id.asyncio_detailed,
        {"location_id": 1, "ids": [12233, 255789]},
        MembershipTypeListResponse,
    ),
    "get_membership_type_list": Operation(
        get_membership_type_list.sync_detailed,
        get_membership_type_list.asyncio_detailed,
        {"location_id": 1, "title": "Subscription", "page": 1, "page_size": 25},
        MembershipTypeListResponse,
    ),
    "get_gift_card_type_list_by_id": Operation(
        get_gift_card_type_list_by_id.sync_detailed,
        get_gift_card_type_list_by_id.asyncio_detailed,
        {"location_id": 1, "ids": [1, 11]},
        GiftCardTypeListResponse,
    ),
    "get_gift_card_type_list": Operation(
        get_gift_card_type_list.sync_detailed,
        get_gift_card_type_list.asyncio_detailed,
        {"location_id": 1, "page": 1, "page_size": 25},
        GiftCardTypeListResponse,
    ),
    "search_memberships_for_event": Operation(
        search_memberships_for_event.sync_detailed,
        search_memberships_for_event.asyncio_detailed,
        {"location_id": 720441, "client_id": 146915197, "event_id": 12345},
        SearchMembershipsForEventResponse200,
    ),
    "check_memberships_for_event": Operation(
        check_memberships_for_event.sync_detailed,
        check_memberships_for_event.asyncio_detailed,
        {
            "location_id": 720441,
            "client_id": 146915197,
            "membership_id": 5248829,
            "event_id": 12345,
            "schedule_day_ids": "1,2,3,4,5",
        },
        CheckMembershipsForEventResponse200,
    ),
    # --- Sales ---
    "create_payment_with_loyalty_methods": Operation(
        create_payment_with_loyalty_methods.sync_detailed,
        create_payment_with_loyalty_methods.asyncio_detailed,
        {"location_id": 1, "document_id": 1, "body": PaymentAtTheCheckout.from_dict(PAYMENT)},
        SaleDocumentResponse,
    ),
    "delete_loyalty_payment_transaction": Operation(
        delete_loyalty_payment_transaction.sync_detailed,
        delete_loyalty_payment_transaction.asyncio_detailed,
        {"location_id": 1, "document_id": 1, "payment_transaction_id": 1},
        SaleDocumentResponse,
    ),
    # --- Analytics & Reports ---
    "get_loyalty_program_revenue_statistics": Operation(
        get_loyalty_program_revenue_statistics.sync_detailed,
        get_loyalty_program_revenue_statistics.asyncio_detailed,
        {"location_id": 1, **PERIOD},
        LoyaltyRevenueStatisticsResponse,
    ),
    "get_loyalty_program_team_member_statistics": Operation(
        get_loyalty_program_team_member_statistics.sync_detailed,
        get_loyalty_program_team_member_statistics.asyncio_detailed,
        {"location_id": 1, **PERIOD},
        LoyaltyTeamMemberStatisticsResponse,
    ),
    "get_loyalty_program_client_statistics": Operation(
        get_loyalty_program_client_statistics.sync_detailed,
        get_loyalty_program_client_statistics.asyncio_detailed,
        {"location_id": 1, **PERIOD},
        LoyaltyClientStatisticsResponse,
    ),
    # --- Loyalty Cards ---
    "get_loyalty_card_list_by_client_id": Operation(
        get_loyalty_card_list_by_client_id.sync_detailed,
        get_loyalty_card_list_by_client_id.asyncio_detailed,
        {"client_id": 1},
        LoyaltyCardResponse,
    ),
    "get_loyalty_card_list_by_phone": Operation(
        get_loyalty_card_list_by_phone.sync_detailed,
        get_loyalty_card_list_by_phone.asyncio_detailed,
        {"phone": PHONE, "chain_id": 1, "location_id": 1},
        LoyaltyCardResponse,
    ),
    "get_user_loyalty_cards": Operation(
        get_user_loyalty_cards.sync_detailed,
        get_user_loyalty_cards.asyncio_detailed,
        {"chain_id": 1},
        LoyaltyCardResponse,
    ),
    "get_loyalty_card_type_list": Operation(
        get_loyalty_card_type_list.sync_detailed,
        get_loyalty_card_type_list.asyncio_detailed,
        {"location_id": 1},
        list,
        item=LoyaltyCardTypesResponseDataTypesItem,
    ),
    "get_loyalty_card_type_list_for_client": Operation(
        get_loyalty_card_type_list_for_client.sync_detailed,
        get_loyalty_card_type_list_for_client.asyncio_detailed,
        {"location_id": 1, "phone": PHONE},
        list,
        item=LoyaltyCardTypesResponseDataTypesItem,
    ),
    "get_chain_loyalty_card_type_list": Operation(
        get_chain_loyalty_card_type_list.sync_detailed,
        get_chain_loyalty_card_type_list.asyncio_detailed,
        {"chain_id": 1},
        list,
        item=LoyaltyCardType,
    ),
    "issue_loyalty_card": Operation(
        issue_loyalty_card.sync_detailed,
        issue_loyalty_card.asyncio_detailed,
        {
            "location_id": 1,
            "body": IssueLoyaltyCardRequest.from_dict(
                {"loyalty_card_number": "9090909", "loyalty_card_type_id": "8230", "phone": 13155550175}
            ),
        },
        LoyaltyCardResponse,
    ),
    "remove_loyalty_card": Operation(
        remove_loyalty_card.sync_detailed, remove_loyalty_card.asyncio_detailed, {"location_id": 1, "card_id": 1}, None
    ),
    "create_loyalty_card_transaction": Operation(
        create_loyalty_card_transaction.sync_detailed,
        create_loyalty_card_transaction.asyncio_detailed,
        {"location_id": 123, "card_id": 1, "body": CreateLoyaltyCardTransactionBody.from_dict({"amount": 100.5})},
        CreateLoyaltyCardTransactionResponse200,
    ),
    "create_chain_loyalty_card_transaction": Operation(
        create_chain_loyalty_card_transaction.sync_detailed,
        create_chain_loyalty_card_transaction.asyncio_detailed,
        {"chain_id": 123, "card_id": 1, "body": CreateChainLoyaltyCardTransactionBody.from_dict({"amount": 100.5})},
        CreateChainLoyaltyCardTransactionResponse200,
    ),
    # --- Chain Loyalty Programs: memberships ---
    "chain_loyalty_memberships_freeze": Operation(
        chain_loyalty_memberships_freeze.sync_detailed,
        chain_loyalty_memberships_freeze.asyncio_detailed,
        {
            "chain_id": 706028,
            "membership_id": 123,
            "body": ChainLoyaltyMembershipsFreezeBody.from_dict({"freeze_till": "2026-12-31T23:59:59-05:00"}),
        },
        ChainLoyaltyMembershipsFreezeResponse200,
    ),
    "chain_loyalty_memberships_unfreeze": Operation(  # the body is optional and empty: none is sent
        chain_loyalty_memberships_unfreeze.sync_detailed,
        chain_loyalty_memberships_unfreeze.asyncio_detailed,
        {"chain_id": 706028, "membership_id": 123},
        ChainLoyaltyMembershipsUnfreezeResponse200,
    ),
    "chain_loyalty_memberships_set_balance": Operation(  # its published 200 body is patched away
        chain_loyalty_memberships_set_balance.sync_detailed,
        chain_loyalty_memberships_set_balance.asyncio_detailed,
        {
            "chain_id": 706028,
            "membership_id": 123,
            "body": ChainLoyaltyMembershipsSetBalanceBody.from_dict(
                {
                    "united_balance_services_count": 10,
                    "services_balance_count": [
                        {"service_id": 13160808, "balance": 5},
                        {"service_id": 13160809, "balance": 3},
                    ],
                }
            ),
        },
        None,
    ),
    "chain_loyalty_memberships_set_period": Operation(
        chain_loyalty_memberships_set_period.sync_detailed,
        chain_loyalty_memberships_set_period.asyncio_detailed,
        {
            "chain_id": 706028,
            "membership_id": 123,
            "body": ChainLoyaltyMembershipsSetPeriodBody.from_dict({"period": 90, "period_unit_id": 1}),
        },
        ChainLoyaltyMembershipsSetPeriodResponse200,
    ),
    # --- Chain Loyalty Programs: membership types ---
    "chain_loyalty_membership_types_list": Operation(
        chain_loyalty_membership_types_list.sync_detailed,
        chain_loyalty_membership_types_list.asyncio_detailed,
        {"chain_id": 706028},
        ChainLoyaltyMembershipTypesListResponse200,
    ),
    "chain_loyalty_membership_types_create": Operation(
        chain_loyalty_membership_types_create.sync_detailed,
        chain_loyalty_membership_types_create.asyncio_detailed,
        {"chain_id": 1, "body": ChainLoyaltyMembershipTypesCreateBody.from_dict(MEMBERSHIP_TYPE)},
        ChainLoyaltyMembershipTypesCreateResponse200,
        also={201: ChainLoyaltyMembershipTypesCreateResponse201},
    ),
    "chain_loyalty_membership_types_read": Operation(
        chain_loyalty_membership_types_read.sync_detailed,
        chain_loyalty_membership_types_read.asyncio_detailed,
        {"chain_id": 1, "loyalty_membership_type_id": 468039},
        ChainLoyaltyMembershipTypesReadResponse200,
    ),
    "chain_loyalty_membership_types_update": Operation(
        chain_loyalty_membership_types_update.sync_detailed,
        chain_loyalty_membership_types_update.asyncio_detailed,
        {
            "chain_id": 1,
            "loyalty_membership_type_id": 468039,
            "body": ChainLoyaltyMembershipTypesUpdateBody.from_dict(MEMBERSHIP_TYPE_UPDATE),
        },
        ChainLoyaltyMembershipTypesUpdateResponse200,
    ),
    "chain_loyalty_membership_types_delete": Operation(
        chain_loyalty_membership_types_delete.sync_detailed,
        chain_loyalty_membership_types_delete.asyncio_detailed,
        {"chain_id": 1, "loyalty_membership_type_id": 468039},
        None,
    ),
    "chain_loyalty_membership_types_clone": Operation(  # the body is optional and empty: none is sent
        chain_loyalty_membership_types_clone.sync_detailed,
        chain_loyalty_membership_types_clone.asyncio_detailed,
        {"chain_id": 1, "loyalty_membership_type_id": 489159},
        ChainLoyaltyMembershipTypesCloneResponse200,
        also={201: ChainLoyaltyMembershipTypesCloneResponse201},
    ),
    "chain_loyalty_membership_types_restore": Operation(
        chain_loyalty_membership_types_restore.sync_detailed,
        chain_loyalty_membership_types_restore.asyncio_detailed,
        {
            "chain_id": 1,
            "loyalty_membership_type_id": 489159,
            "body": ChainLoyaltyMembershipTypesRestoreBody.from_dict({"restore_in_title": "Fitness Membership"}),
        },
        None,
    ),
    "chain_loyalty_membership_types_archive": Operation(  # published {"is_archived": true}: patched to "1"/"0"
        chain_loyalty_membership_types_archive.sync_detailed,
        chain_loyalty_membership_types_archive.asyncio_detailed,
        {
            "chain_id": 1,
            "loyalty_membership_type_id": 489159,
            "body": ChainLoyaltyMembershipTypesArchiveBody(is_archived="1"),
        },
        None,
    ),
    # --- Chain Loyalty Programs: gift card types ---
    "chain_loyalty_certificate_types_list": Operation(
        chain_loyalty_certificate_types_list.sync_detailed,
        chain_loyalty_certificate_types_list.asyncio_detailed,
        {"chain_id": 706028, "title": "Gift", "page": 1, "page_size": 10},
        ChainLoyaltyCertificateTypesListResponse200,
    ),
    "chain_loyalty_certificate_types_create": Operation(
        chain_loyalty_certificate_types_create.sync_detailed,
        chain_loyalty_certificate_types_create.asyncio_detailed,
        {"chain_id": 706028, "body": ChainLoyaltyCertificateTypesCreateBody.from_dict(certificate_type(1000))},
        ChainLoyaltyCertificateTypesCreateResponse200,
    ),
    "chain_loyalty_certificate_types_get": Operation(
        chain_loyalty_certificate_types_get.sync_detailed,
        chain_loyalty_certificate_types_get.asyncio_detailed,
        {"chain_id": 706028, "type_id": 289056},
        ChainLoyaltyCertificateTypesGetResponse200,
    ),
    "chain_loyalty_certificate_types_update": Operation(
        chain_loyalty_certificate_types_update.sync_detailed,
        chain_loyalty_certificate_types_update.asyncio_detailed,
        {
            "chain_id": 706028,
            "type_id": 289056,
            "body": ChainLoyaltyCertificateTypesUpdateBody.from_dict(certificate_type(1500)),
        },
        ChainLoyaltyCertificateTypesUpdateResponse200,
    ),
    "chain_loyalty_certificate_types_delete": Operation(
        chain_loyalty_certificate_types_delete.sync_detailed,
        chain_loyalty_certificate_types_delete.asyncio_detailed,
        {"chain_id": 706028, "type_id": 289056},
        ChainLoyaltyCertificateTypesDeleteResponse200,
        also={204: None},
    ),
    # --- Loyalty Programs ---
    "get_location_loyalty_program_list": Operation(
        get_location_loyalty_program_list.sync_detailed,
        get_location_loyalty_program_list.asyncio_detailed,
        {"location_id": 1},
        LocationLoyaltyProgramListResponse,
    ),
    "get_loyalty_transactions_by_visit": Operation(
        get_loyalty_transactions_by_visit.sync_detailed,
        get_loyalty_transactions_by_visit.asyncio_detailed,
        {"visit_id": 1},
        list,
        item=VisitLoyaltyTransactionReaponseDataTypesItem,
    ),
    "generate_loyalty_code": Operation(
        generate_loyalty_code.sync_detailed,
        generate_loyalty_code.asyncio_detailed,
        {"location_id": 1, "product_id": 1},
        GenerateLoyaltyCodeResponse200,
    ),
    "apply_loyalty_card_deduction": Operation(
        apply_loyalty_card_deduction.sync_detailed,
        apply_loyalty_card_deduction.asyncio_detailed,
        {
            "location_id": 1,
            "card_id": 1,
            "body": CardWithdrawalRequest.from_dict({"record_id": 140967944, "visit_id": 118389447, "amount": 100}),
        },
        VisitLoyaltyApplyResponse,
    ),
    "cancel_loyalty_card_withdrawal": Operation(
        cancel_loyalty_card_withdrawal.sync_detailed,
        cancel_loyalty_card_withdrawal.asyncio_detailed,
        {"location_id": 1, "card_id": 1, "body": VISIT},
        VisitLoyaltyCancelResponse,
    ),
    "apply_discount_promotion": Operation(
        apply_discount_promotion.sync_detailed,
        apply_discount_promotion.asyncio_detailed,
        {"location_id": 1, "card_id": 1, "program_id": 1, "body": VISIT},
        VisitLoyaltyApplyResponse,
    ),
    "cancel_discount_promotion": Operation(
        cancel_discount_promotion.sync_detailed,
        cancel_discount_promotion.asyncio_detailed,
        {"location_id": 1, "card_id": 1, "program_id": 1, "body": VISIT},
        VisitLoyaltyCancelResponse,
    ),
    "apply_referral_program": Operation(
        apply_referral_program.sync_detailed,
        apply_referral_program.asyncio_detailed,
        {
            "location_id": 1,
            "chain_id": 1,
            "body": ReferralProgramRequest.from_dict(
                {"record_id": 140967944, "visit_id": 118389447, "referrer_phone": 13155550175}
            ),
        },
        VisitLoyaltyApplyResponse,
    ),
    # --- Chain Loyalty Programs: promotions, transactions, notification templates ---
    "create_chain_loyalty_program": Operation(
        create_chain_loyalty_program.sync_detailed,
        create_chain_loyalty_program.asyncio_detailed,
        {"chain_id": 1, "body": LoyaltyProgramCreateRequest.from_dict(LOYALTY_PROGRAM)},
        LoyaltyProgram,
    ),
    "get_chain_loyalty_program": Operation(
        get_chain_loyalty_program.sync_detailed,
        get_chain_loyalty_program.asyncio_detailed,
        {"chain_id": 1, "loyalty_program_id": 1},
        LoyaltyProgram,
    ),
    "update_chain_loyalty_program": Operation(
        update_chain_loyalty_program.sync_detailed,
        update_chain_loyalty_program.asyncio_detailed,
        {"chain_id": 1, "loyalty_program_id": 1, "body": LoyaltyProgramUpdateRequest.from_dict(LOYALTY_PROGRAM_UPDATE)},
        LoyaltyProgram,
    ),
    "delete_chain_loyalty_program": Operation(
        delete_chain_loyalty_program.sync_detailed,
        delete_chain_loyalty_program.asyncio_detailed,
        {"chain_id": 1, "loyalty_program_id": 1},
        None,
    ),
    "get_chain_loyalty_transaction_list": Operation(
        get_chain_loyalty_transaction_list.sync_detailed,
        get_chain_loyalty_transaction_list.asyncio_detailed,
        {"chain_id": 1, "created_after": date(2026, 9, 1), "created_before": date(2026, 9, 30)},
        LoyaltyTransaction,
    ),
    "get_chain_loyalty_notification_template_list": Operation(
        get_chain_loyalty_notification_template_list.sync_detailed,
        get_chain_loyalty_notification_template_list.asyncio_detailed,
        {"chain_id": 1},
        list,
        item=LoyaltyNotificationMessageTemplate,
    ),
}
