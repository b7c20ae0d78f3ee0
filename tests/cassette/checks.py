"""Checks of parsed values beyond the table's probe, kept from the hand-written cassette tests.

``CHECKS[operationId](answer, context)`` runs after the table-driven answered test has checked
the wire and the round trip. Each asserts published values of that operation's answer exactly
(the ``answer`` is what ``client.call`` returns: the envelope, or a bare model or list), and, where
the hand-written test built its request body with the model's constructor, that the constructor
writes the JSON the table sent.

``REFUSAL_CHECKS[operationId](error, context)`` runs after ``replay.assert_refused`` (type, status,
operation, body, published message, no secret of the account in the text) and asserts what else
the hand-written refusal test did.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx

from altegio import Altegio, APIError, ValidationError
from altegio_client.models import (
    CardWithdrawalRequest,
    ChainLoyaltyCertificateTypesCreateBody,
    ChainLoyaltyCertificateTypesCreateBodyExpiration,
    ChainLoyaltyCertificateTypesCreateBodyOnlineSale,
    ChainLoyaltyCertificateTypesUpdateBody,
    ChainLoyaltyCertificateTypesUpdateBodyExpiration,
    ChainLoyaltyCertificateTypesUpdateBodyOnlineSale,
    ChainLoyaltyMembershipsFreezeBody,
    ChainLoyaltyMembershipsSetBalanceBody,
    ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem,
    ChainLoyaltyMembershipsSetPeriodBody,
    ChainLoyaltyMembershipsUnfreezeBody,
    ChainLoyaltyMembershipTypesArchiveBody,
    ChainLoyaltyMembershipTypesCreateBody,
    ChainLoyaltyMembershipTypesRestoreBody,
    ChainLoyaltyMembershipTypesUpdateBody,
    ChainLoyaltyMembershipTypesUpdateBodyServiceCategories,
    ChainLoyaltyMembershipTypesUpdateBodyServices,
    CreateChainLoyaltyCardTransactionBody,
    CreateLoyaltyCardTransactionBody,
    GiftCard,
    GiftCardListMeta,
    GiftCardListResponse,
    IssueLoyaltyCardRequest,
    LoyaltyCard,
    LoyaltyCardResponse,
    LoyaltyNotificationMessageTemplateRequest,
    LoyaltyProgram,
    LoyaltyProgramCreateRequest,
    LoyaltyProgramRuleRequest,
    LoyaltyProgramUpdateRequest,
    Membership,
    MembershipListMeta,
    PaymentViaClientPersonalAccount,
    PaymentViaClientPersonalAccountPayment,
    PaymentViaClientPersonalAccountPaymentMethod,
    ReferralProgramRequest,
    SaleDocumentResponse,
    SubscriptionType,
    VisitLoyaltyApplyResponse,
    VisitLoyaltyCancelResponse,
    VisitLoyaltyRequest,
)
from altegio_client.types import UNSET
from tests.conftest import Account, present
from tests.operations import OPERATIONS, VISIT

CENTRAL = datetime.timezone(datetime.timedelta(hours=-5))
SEPT_21 = datetime.datetime(2026, 9, 21, 23, 0, tzinfo=CENTRAL)
FREEZE_TILL = datetime.datetime(2026, 12, 31, 23, 59, 59, tzinfo=CENTRAL)


@dataclass(frozen=True)
class Context:
    account: Account
    recording: bool  # codes are scrubbed only in what is written to the cassette
    client: Altegio
    sent: list[httpx.Request]

    def code(self, published: object) -> str:
        """A gift card, membership or loyalty card code as a model delivers it (text), and as replayed: the
        scrubber writes a number as 0 and text as <CODE>, so pass the published value in its JSON type."""
        return str(published) if self.recording else str(self.raw_code(published))

    def raw_code(self, published: object) -> object:
        """A code inside an untyped part of an answer (a dict): as published, and as replayed (scrubbed)."""
        if self.recording:
            return published
        return 0 if isinstance(published, int) and not isinstance(published, bool) else "<CODE>"

    def name(self, published: str) -> str:
        """A person's name (of a user, a client: an object with a phone or an e-mail) as delivered, and as
        replayed (scrubbed)."""
        return published if self.recording else "<NAME>"

    def phone(self, published: str) -> str:
        """A phone as delivered, and as replayed (scrubbed)."""
        return published if self.recording else "<PHONE>"

    def sent_json(self) -> Any:
        """The JSON body of the one request sent."""
        assert len(self.sent) == 1, [str(r.url) for r in self.sent]
        assert self.sent[0].headers["Content-Type"] == "application/json"
        return json.loads(self.sent[0].content)

    def sends(self, body: Any) -> None:
        """The hand-written test's body, built with the model's constructor, writes what the table sent."""
        assert self.sent_json() == body.to_dict()


def money(value: object, expected: str | int) -> None:
    """Money arrives as Decimal, whatever JSON number the server sent."""
    assert isinstance(value, Decimal), type(value)
    assert value == Decimal(expected)


# --- gift cards and memberships ---------------------------------------------------------------


def assert_gift_card(card: GiftCard, ctx: Context) -> None:
    assert card.id == 409726
    assert card.number == ctx.code(888)  # codes are credentials: scrubbed from cassettes
    assert card.balance == 9000
    assert card.default_balance == 9000
    assert (card.type_id, card.status_id) == (27841, 2)
    assert card.created_date == SEPT_21
    assert isinstance(card.expiration_date, datetime.datetime)
    assert card.expiration_date.utcoffset() == datetime.timedelta(hours=-5)
    kind = present(card.type_)
    assert (kind.title, kind.is_multi, kind.expiration_timeout, kind.expiration_timeout_unit_id) == (
        "certificate 9000",
        True,
        365,
        1,
    )
    assert present(kind.item_type).title == "No limits"
    assert (present(card.status).id, present(card.status).title) == (2, "activated")


def assert_membership(membership: Membership, ctx: Context) -> None:
    assert membership.id == 659878
    assert membership.number == ctx.code(788376)
    assert membership.balance_string == "Surfing (x10)"
    assert (membership.is_frozen, membership.period, membership.period_unit_id) == (False, 9999, 3)
    assert present(membership.status).title == "Released"
    link = present(present(membership.balance_container).links)[0]
    assert link.count == 10 and present(link.category).title == "Surfing"
    kind = present(membership.type_)
    assert kind.title == "89999"  # published as a number where a string is declared: delivered as text
    assert (kind.id, kind.salon_group_id, kind.allow_freeze) == (97804, 145071, False)


def check_authorize_user(answer: Any, ctx: Context) -> None:
    """partner.login: a client carrying the user token, the user's published fields, no secret in repr."""
    partner, account = ctx.client, ctx.account
    user = partner.login(account.login, account.password)

    request = ctx.sent[-1]
    assert (request.method, request.url.path.rpartition("/")[2]) == ("POST", "auth")
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"login": account.login, "password": account.password}
    assert "User" not in request.headers["Authorization"]  # only the partner token
    assert user.has_user_token and not partner.has_user_token
    assert user.user is not None
    assert (user.user.id, user.user.name, user.user.is_approved) == (123456, ctx.name("James Smith"), True)
    assert user.user.is_email_confirmed is False
    assert account.password not in repr(user) and "<USER_TOKEN>" not in repr(user)


def check_get_user_gift_cards(answer: Any, ctx: Context) -> None:
    assert isinstance(answer, GiftCardListResponse) and answer.success is True
    assert len(present(answer.data)) == 1
    assert_gift_card(present(answer.data)[0], ctx)
    meta = present(answer.meta)
    assert isinstance(meta, GiftCardListMeta) and meta.count == 1


def check_get_client_gift_cards(answer: Any, ctx: Context) -> None:
    cards = present(answer.data)
    assert [c.id for c in cards] == [409726]
    assert_gift_card(cards[0], ctx)


def check_get_gift_card_type_list(answer: Any, ctx: Context) -> None:
    types = present(answer.data)
    assert [(t.id, t.balance, t.is_multi, t.item_type_id) for t in types] == [(1, 10, True, 0), (11, 100, False, 2)]
    assert types[0].expiration_date == SEPT_21
    assert types[1].expiration_date is UNSET  # absent in the published example: "null if not set"
    assert (types[1].expiration_timeout, types[1].expiration_timeout_unit_id) == (6, 3)


def check_get_gift_card_type_list_by_id(answer: Any, ctx: Context) -> None:
    assert ctx.sent[0].url.query == b"ids%5B%5D=1&ids%5B%5D=11"  # brackets percent-encoded, as PHP decodes them
    types = present(answer.data)
    assert types[0].id == 1 and types[0].title == "Fixed burn date certificate without application restrictions"


def check_get_user_memberships(answer: Any, ctx: Context) -> None:
    memberships = present(answer.data)
    assert len(memberships) == 1
    assert_membership(memberships[0], ctx)


def check_get_client_memberships(answer: Any, ctx: Context) -> None:
    assert_membership(present(answer.data)[0], ctx)


def check_get_membership_list(answer: Any, ctx: Context) -> None:
    # published wrapped in a one-item array: unwrapped by the runtime
    assert answer.success is True
    memberships = present(answer.data)
    assert [(m.id, m.balance_string) for m in memberships] == [(123, "Services (x5)"), (720, "Some services (x10)")]
    assert memberships[0].activated_date == SEPT_21
    assert memberships[1].activated_date is UNSET
    meta = present(answer.meta)
    assert isinstance(meta, MembershipListMeta) and meta.count == 2


def check_get_membership_type_list(answer: Any, ctx: Context) -> None:
    kinds = present(answer.data)
    assert [(k.id, k.salon_group_id, k.freeze_limit) for k in kinds] == [(12233, 123, 14), (255789, 456, 0)]
    assert kinds[1].title == "Subscription for 6 months" and kinds[1].period == 6


def check_get_membership_type_list_by_id(answer: Any, ctx: Context) -> None:
    kinds = present(answer.data)
    assert kinds[0].id == 12233 and kinds[0].allow_freeze is True


def check_search_memberships_for_event(answer: Any, ctx: Context) -> None:
    item = present(answer.data)[0]
    assert (item.id, item.type_) == ("5248829", "loyalty_abonement")
    assert present(item.attributes).balance == 10
    assert present(item.attributes).number == ctx.code("690348")
    related = present(present(present(item.relationships).loyalty_abonement_type).data)
    assert (related.id, related.type_) == ("489159", "loyalty_abonement_type")


def check_check_memberships_for_event(answer: Any, ctx: Context) -> None:
    attributes = present(present(answer.data).attributes)
    assert attributes.last_booking_date == datetime.datetime(2026, 3, 31, 23, 59, 59, tzinfo=datetime.UTC)
    assert attributes.bookable_day_ids == [1, 2, 3, 4, 5]
    assert (attributes.available_visits, attributes.can_book_all_days) == (10, True)


# --- loyalty cards --------------------------------------------------------------------------------


def assert_client_card(card: LoyaltyCardResponse, ctx: Context) -> None:
    """The published card of GET /loyalty/client_cards/{client_id} (and by phone, and the user's)."""
    assert isinstance(card, LoyaltyCardResponse)
    assert (card.id, card.points, card.visits_count, card.type_id, card.salon_group_id) == (
        9210520,
        0,
        1,
        10992,
        145071,
    )
    money(card.balance, 100)
    money(card.paid_amount, 1000)
    money(card.sold_amount, 1000)
    assert card.number == ctx.code(14507109210520)  # published as a number: text, and scrubbed
    assert (present(card.type_).id, present(card.type_).title) == (10992, "5+2")
    assert present(card.salon_group).title == "Dough chain1."
    program = present(card.programs)[0]
    assert (program.id, program.title, program.loyalty_type_id, program.item_type_id) == (18005, "5+2", 13, 3)
    kind = present(program.loyalty_type)
    assert kind.title == "Discount for a given number of accumulated services"
    assert (kind.is_discount, kind.is_cashback, kind.is_static, kind.is_accumulative) == (True, False, False, False)
    assert [(r.id, r.value, r.parameter) for r in present(program.rules)] == [
        (72803, 20, 0),
        (72804, 10, 0),
        (72805, 100, 0),
    ]


def check_client_card(answer: Any, ctx: Context) -> None:
    assert_client_card(answer, ctx)


def check_card_types(answer: Any, ctx: Context) -> None:
    kinds = answer
    assert [(k.id, k.title, k.salon_group_id) for k in kinds] == [
        (10992, "Cashback", 145071),
        (8230, "Referral program", 145071),
    ]
    assert present(kinds[0].salon_group).title == "Chain 1"


def check_get_chain_loyalty_card_type_list(answer: Any, ctx: Context) -> None:
    assert [(k.id, k.title) for k in answer] == [(123, "Loyalty card type")]


def check_issue_loyalty_card(answer: Any, ctx: Context) -> None:
    # the published request sends the client's phone as a number; it is text (patch phone-as-string): the test account's
    phone = ctx.account.phone
    ctx.sends(IssueLoyaltyCardRequest(loyalty_card_number="9090909", loyalty_card_type_id="8230", phone=phone))
    card = answer
    assert (card.id, card.visits_count, card.type_id, card.number) == (9250498, 5, 8230, ctx.code(1010101))
    money(card.balance, 0)
    money(card.paid_amount, 16300)
    money(card.sold_amount, 19320)
    assert present(card.type_).title == "cashmesh"
    program = present(card.programs)[0]
    assert (program.id, program.title, program.value) == (12720, "cumulative cache paid", 10)
    assert present(program.loyalty_type).is_cashback is True
    assert [(r.value, r.parameter) for r in present(program.rules)] == [(10, 100)]


def assert_generated_card(card: LoyaltyCard, ctx: Context) -> None:
    """The card of a manual transaction: no published example, the mock builds it from the schema."""
    assert (card.id, card.points, card.visits_count, card.type_id) == (0, 0, 0, 0)
    assert card.number == ctx.code("string")
    assert card.balance is None and card.max_discount_amount is None


def check_create_loyalty_card_transaction(answer: Any, ctx: Context) -> None:
    ctx.sends(CreateLoyaltyCardTransactionBody(amount=100.5, title="Goodwill top-up"))
    assert answer.success is True
    assert_generated_card(present(answer.data), ctx)


def check_create_chain_loyalty_card_transaction(answer: Any, ctx: Context) -> None:
    ctx.sends(CreateChainLoyaltyCardTransactionBody(amount=-50, title="Correction"))
    assert answer.success is True
    assert_generated_card(present(answer.data), ctx)


# --- loyalty programs in a visit ------------------------------------------------------------------


def assert_visit_items(items: list[Any]) -> None:
    """The two sale items of a visit the visit-loyalty answers publish: a product and a service."""
    assert [(i.id, i.item_title, i.item_type_id, i.is_good, i.is_service) for i in items] == [
        (96063258, "test two", 7, True, False),
        (0, "Deep bikini", 1, False, True),
    ]
    money(items[0].cost, 20)
    money(items[0].first_cost, 20)
    money(items[1].manual_cost, 3000)
    assert items[1].record_id == 140878948 and items[1].service_id == 2560779


def assert_visit_promotion_applied(answer: VisitLoyaltyApplyResponse) -> None:
    assert isinstance(answer, VisitLoyaltyApplyResponse)
    assert present(answer.payment_transactions) == []
    transaction = present(answer.loyalty_transactions)[0]
    assert (transaction.id, transaction.amount, transaction.program_id, transaction.card_id) == (
        22985556,
        20,
        20802,
        9223622,
    )
    assert (transaction.is_discount, transaction.is_loyalty_withdraw) == (True, False)
    assert present(transaction.type_).title == "Promotion Discount"
    container = present(answer.kkm_transaction_details_container)
    assert (container.last_operation_type, container.transactions) == (1, [])
    assert_visit_items(present(answer.items))


def assert_visit_promotion_cancelled(answer: VisitLoyaltyCancelResponse) -> None:
    assert isinstance(answer, VisitLoyaltyCancelResponse)
    assert present(answer.payment_transactions) == [] and present(answer.loyalty_transactions) == []
    assert present(answer.kkm_transaction_details_container).last_operation_type == 1
    assert_visit_items(present(answer.items))


def check_get_location_loyalty_program_list(answer: Any, ctx: Context) -> None:
    assert answer.success is True and present(answer.meta).count == 1
    program = present(answer.data)[0]
    assert (program.id, program.title) == (53591, "100 USD discount on Altegio Implementation Consultation")
    assert (program.type_, program.service_item_type, program.good_item_type) == (
        "discount_static",
        "custom_allowed",
        "any_allowed",
    )
    assert (program.value_unit_id, program.value_unit, program.group_id) == (2, "amount", 502054)
    assert (program.expiration_timeout_unit, program.params_source_type) == ("day", "loyalty_card")


def check_get_loyalty_transactions_by_visit(answer: Any, ctx: Context) -> None:
    discount, accrual = answer
    assert (discount.id, discount.amount, discount.program_id, discount.card_id, discount.is_discount) == (
        22989715,
        100,
        12705,
        0,
        True,
    )
    assert present(discount.type_).title == "Promotion discount"
    assert (present(discount.program).title, present(discount.program).value) == ("invited", 10)
    assert (accrual.id, accrual.type_id, accrual.card_id) == (22994127, 4, 9234863)
    assert present(accrual.type_).title == "Referral program accrual"
    assert present(accrual.program).value_unit_id == 2


def check_generate_loyalty_code(answer: Any, ctx: Context) -> None:
    assert answer.success is True and answer.meta == []
    assert present(answer.data).code == ctx.code(1)  # published as the number 1; a fresh code: scrubbed


def visit_request() -> VisitLoyaltyRequest:
    return VisitLoyaltyRequest(record_id=VISIT["record_id"], visit_id=VISIT["visit_id"])


def check_apply_loyalty_card_deduction(answer: Any, ctx: Context) -> None:
    ctx.sends(CardWithdrawalRequest(record_id=VISIT["record_id"], visit_id=VISIT["visit_id"], amount=100))
    assert_visit_promotion_applied(answer)


def check_cancel_loyalty_card_withdrawal(answer: Any, ctx: Context) -> None:
    ctx.sends(visit_request())
    assert_visit_promotion_cancelled(answer)


def check_apply_discount_promotion(answer: Any, ctx: Context) -> None:
    ctx.sends(visit_request())
    assert_visit_promotion_applied(answer)


def check_cancel_discount_promotion(answer: Any, ctx: Context) -> None:
    ctx.sends(visit_request())
    assert_visit_promotion_cancelled(answer)


def check_apply_referral_program(answer: Any, ctx: Context) -> None:
    # the referrer's phone goes as text (patch phone-as-string); here the test account's own (scrubbed from cassettes)
    phone = ctx.account.phone
    ctx.sends(ReferralProgramRequest(record_id=VISIT["record_id"], visit_id=VISIT["visit_id"], referrer_phone=phone))
    transaction = present(answer.loyalty_transactions)[0]
    assert (transaction.id, transaction.program_id, transaction.amount) == (22989715, 12705, 100)
    item = present(answer.items)[0]
    assert (item.id, item.item_title, item.master_id) == (96082477, "test", 548042)
    money(item.cost, 1000)


# --- a chain's memberships ---------------------------------------------------------------------


def check_chain_loyalty_memberships_freeze(answer: Any, ctx: Context) -> None:
    ctx.sends(ChainLoyaltyMembershipsFreezeBody(freeze_till=FREEZE_TILL))
    frozen = present(answer.data)
    assert (frozen.id, frozen.number, frozen.is_frozen, frozen.freeze_period) == (123, ctx.code("123456"), True, 14)
    assert frozen.freeze_till == FREEZE_TILL


def check_chain_loyalty_memberships_unfreeze(answer: Any, ctx: Context) -> None:
    ctx.sends(ChainLoyaltyMembershipsUnfreezeBody())
    thawed = present(answer.data)
    assert (thawed.id, thawed.number, thawed.is_frozen, thawed.freeze_period) == (123, ctx.code("123456"), False, 14)


def check_chain_loyalty_memberships_set_balance(answer: Any, ctx: Context) -> None:
    assert answer is None  # 200 with no body
    item = ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem
    ctx.sends(
        ChainLoyaltyMembershipsSetBalanceBody(
            services_balance_count=[item(service_id=13160808, balance=5), item(service_id=13160809, balance=3)]
        )
    )


def check_chain_loyalty_memberships_set_period(answer: Any, ctx: Context) -> None:
    ctx.sends(ChainLoyaltyMembershipsSetPeriodBody(period=90, period_unit_id=1))
    changed = present(answer.data)
    assert (changed.id, changed.period, changed.period_unit_id) == (123, 90, 1)
    assert changed.expiration_date == datetime.datetime(2026, 3, 31, 23, 59, 59, tzinfo=datetime.UTC)


# --- a chain's membership types ------------------------------------------------------------------


def assert_membership_type(kind: SubscriptionType) -> None:
    """The chain membership type the mock builds from the published property examples."""
    assert isinstance(kind, SubscriptionType)
    assert (kind.id, kind.salon_group_id, kind.title) == (777, 333, "10-visit subscription")
    assert (kind.period, kind.period_unit_id, kind.expiration_type_id) == (10, 3, 1)
    assert (kind.allow_freeze, kind.freeze_limit, kind.freeze_limit_unit_id) == (True, 30, 1)
    assert (kind.is_united_balance, kind.united_balance_services_count, kind.balance_edit_type_id) == (True, 10, 1)
    assert kind.expiration_type_title == "On sale" and kind.is_chain is True
    assert kind.cost == Decimal(1000) and isinstance(kind.cost, Decimal)
    assert kind.online_sale_price == Decimal(550)
    assert kind.category_id is None and kind.category is None and kind.date_archived is None
    assert kind.attached_location_ids == [1, 2, 3] and kind.is_archived is False
    assert kind.online_sale_image == "https://example.com/images/subscription_type.png"
    weekdays, weekend = present(kind.availability)
    assert weekdays.week_days == [1, 2, 3] and weekend.week_days == [6, 7]
    assert [(i.from_, i.to) for i in present(weekdays.intervals)] == [(3600, 7200), (10800, 14400)]
    link = present(present(kind.balance_container).links)[0]
    assert (link.count, link.is_unlimited) == (10, False)
    service = present(link.service)
    assert (service.id, service.title, service.category_id) == (45, "Service in location", 90)
    assert present(service.category).title == "First service category in location"
    assert present(link.category).title == "Second service category in location"


def check_membership_type(answer: Any, ctx: Context) -> None:
    assert_membership_type(present(answer.data))


def check_chain_loyalty_membership_types_list(answer: Any, ctx: Context) -> None:
    assert answer.success is True and present(answer.meta).total_count == 5
    assert len(present(answer.data)) == 1
    assert_membership_type(present(answer.data)[0])


def check_chain_loyalty_membership_types_create(answer: Any, ctx: Context) -> None:
    body = OPERATIONS["chain_loyalty_membership_types_create"].arguments["body"]
    assert isinstance(body, ChainLoyaltyMembershipTypesCreateBody)
    assert body.cost == Decimal("500.00") and isinstance(body.cost, Decimal)  # from_dict keeps it as given
    sent = ctx.sent_json()
    assert type(sent["cost"]) is int and type(sent["online_sale_price"]) is float  # 500 and 449.5
    assert (sent["cost"], sent["online_sale_price"]) == (500, 449.5)
    assert_membership_type(present(answer.data))


def check_chain_loyalty_membership_types_update(answer: Any, ctx: Context) -> None:
    # the published update request, built with the constructor: it adds the model's defaults
    ctx.sends(
        ChainLoyaltyMembershipTypesUpdateBody(
            title="Updated Fitness 10-pack",
            salon_group_id=1,
            cost=550,
            location_ids=[123, 456],
            period=90,
            period_unit_id=1,
            allow_freeze=True,
            freeze_limit=30,
            freeze_limit_unit_id=1,
            is_united_balance=False,
            united_balance_services_count=10,
            balance_edit_type_id=2,
            online_sale_title="Updated Fitness Pack",
            services=ChainLoyaltyMembershipTypesUpdateBodyServices.from_dict({"13160808": 8, "13160809": 4}),
            service_categories=ChainLoyaltyMembershipTypesUpdateBodyServiceCategories.from_dict({"13160806": 12}),
        )
    )
    assert_membership_type(present(answer.data))


def check_chain_loyalty_membership_types_restore(answer: Any, ctx: Context) -> None:
    assert answer is None  # 204
    ctx.sends(ChainLoyaltyMembershipTypesRestoreBody(restore_in_title="Fitness Membership"))


def check_chain_loyalty_membership_types_archive(answer: Any, ctx: Context) -> None:
    assert answer is None  # 204
    ctx.sends(ChainLoyaltyMembershipTypesArchiveBody(is_archived="1"))  # the flag is the string "1", not true
    assert ctx.sent_json() == {"is_archived": "1"}


# --- a chain's gift card types ---------------------------------------------------------------------


def assert_gift_card_type(kind: Any, title: str = "Gift Certificate 1000") -> None:
    """A chain gift card type as the mock builds it from the published property examples."""
    assert (kind.id, kind.title, kind.company_group_id) == (289056, title, 706028)
    assert (kind.is_multi, kind.item_type_id, kind.balance_edit_type_id, kind.is_allow_empty_code) == (
        True,
        0,
        1,
        False,
    )
    assert (kind.expiration_type_id, kind.expiration_timeout, kind.expiration_timeout_unit_id) == (2, 6, 3)
    assert kind.expiration_date is None and kind.category_id is None
    assert isinstance(kind.balance, Decimal) and kind.balance in (Decimal(1000), Decimal(1500))
    assert isinstance(kind.online_sale_price, Decimal)
    assert (kind.service_ids, kind.salon_ids, kind.released_total) == ([], [720441], 0)
    assert present(kind.item_type).title == "All services and products"


def check_chain_loyalty_certificate_types_list(answer: Any, ctx: Context) -> None:
    assert answer.success is True and present(answer.meta).total_count == 1
    kinds = present(answer.data)
    assert len(kinds) == 1
    assert_gift_card_type(kinds[0])


def check_chain_loyalty_certificate_types_create(answer: Any, ctx: Context) -> None:
    # the published create request: valid for 6 months from the sale, not sold online
    ctx.sends(
        ChainLoyaltyCertificateTypesCreateBody(
            title="Gift Certificate 1000",
            balance=1000,
            is_multi=True,
            item_type_id=0,
            is_allow_empty_code=False,
            category_id=None,
            balance_edit_type_id=1,
            service_ids=[],
            salon_ids=[720441],
            expiration=ChainLoyaltyCertificateTypesCreateBodyExpiration(type_id=2, timeout=6, timeout_unit_id=3),
            online_sale=ChainLoyaltyCertificateTypesCreateBodyOnlineSale(
                is_enabled=False, title="Gift Certificate", description="Perfect gift for any occasion", price=1000
            ),
        )
    )
    assert_gift_card_type(present(answer.data))


def check_chain_loyalty_certificate_types_get(answer: Any, ctx: Context) -> None:
    assert_gift_card_type(present(answer.data))


def check_chain_loyalty_certificate_types_update(answer: Any, ctx: Context) -> None:
    # face value 1500, valid until the end of 2026 (a UTC date-time, written with its +00:00)
    ctx.sends(
        ChainLoyaltyCertificateTypesUpdateBody(
            title="Gift Certificate 1500",
            balance=1500,
            is_multi=True,
            item_type_id=0,
            is_allow_empty_code=False,
            balance_edit_type_id=1,
            service_ids=[],
            salon_ids=[720441],
            expiration=ChainLoyaltyCertificateTypesUpdateBodyExpiration(
                type_id=1, date=datetime.datetime(2026, 12, 31, 23, 59, 59, tzinfo=datetime.UTC)
            ),
            online_sale=ChainLoyaltyCertificateTypesUpdateBodyOnlineSale(is_enabled=False),
        )
    )
    assert ctx.sent_json()["expiration"] == {"type_id": 1, "date": "2026-12-31T23:59:59+00:00"}
    assert_gift_card_type(present(answer.data), title="Gift Certificate 1500")


def check_chain_loyalty_certificate_types_delete(answer: Any, ctx: Context) -> None:
    assert answer.success is True and answer.data is None  # the 200 answer (the 204 one has no body)


# --- a chain's promotions, transactions and notification templates -------------------------------


def assert_chain_program(program: LoyaltyProgram, ctx: Context) -> None:
    assert isinstance(program, LoyaltyProgram)
    assert (program.id, program.title) == (34, "Cumulative discount for some services and not for goods")
    assert (program.type_, program.service_item_type, program.good_item_type, program.value_unit) == (
        "discount_accumulative_paid",
        "custom_allowed",
        "not_allowed",
        "percent",
    )
    assert (program.expiration_timeout, program.expiration_timeout_unit, program.params_source_type) == (
        6,
        "month",
        "chain",
    )
    assert program.history_start_date == datetime.date(2026, 9, 21)
    assert [(t.id, t.title) for t in present(program.loyalty_card_types)] == [(51, "Card type 1"), (29, "Card type 2")]
    changed = present(program.on_changed_notification_template)
    assert (changed.id, changed.type_, changed.body, changed.message_type) == (
        55,
        "custom",
        "Your discount has changed",
        "loyalty_discount_changed",
    )
    assert present(program.on_expiration_notification_template).type_ == "big"
    assert [(r.id, r.parameter, r.value) for r in present(program.rules)] == [(94, 10, 2.5), (74, 30, 7.5)]
    location = present(program.companies)[0]
    assert (location.id, location.title, location.city, location.timezone) == (
        49,
        "Location",
        "New York",
        "America/New_York",
    )
    assert location.phone == ctx.phone("+13155550175")  # scrubbed from cassettes
    assert [i.id for i in present(program.applicable_items)] == [53, 92]


def check_create_chain_loyalty_program(answer: Any, ctx: Context) -> None:
    # the published create request (which leaves out the required title: given here)
    ctx.sends(
        LoyaltyProgramCreateRequest(
            title="Cumulative discount for some services and not for goods",
            type_="discount_accumulative_paid",
            service_item_type="custom_allowed",
            good_item_type="not_allowed",
            allowed_service_ids=[53, 92],
            allowed_good_ids=[],
            allowed_good_category_ids=[],
            value_unit="percent",
            usage_limit=0,
            visit_multiplicity=0,
            sold_items_multiplicity=0,
            expiration_timeout=6,
            expiration_timeout_unit="month",
            expiration_notification_timeout=7,
            params_source_type="chain",
            history_start_date=datetime.date(2026, 9, 21),
            loyalty_card_type_ids=[51, 29],
            on_changed_notification_template=LoyaltyNotificationMessageTemplateRequest(
                type_="custom", body="Your discount has changed"
            ),
            on_expiration_notification_template=LoyaltyNotificationMessageTemplateRequest(type_="big"),
            rules=[
                LoyaltyProgramRuleRequest(parameter=10, value=2.5, service_id=0),
                LoyaltyProgramRuleRequest(parameter=30, value=7.5, service_id=0),
            ],
            company_ids=[49],
        )
    )
    assert_chain_program(answer, ctx)


def check_get_chain_loyalty_program(answer: Any, ctx: Context) -> None:
    assert_chain_program(answer, ctx)


def check_update_chain_loyalty_program(answer: Any, ctx: Context) -> None:
    ctx.sends(
        LoyaltyProgramUpdateRequest(
            title="Cumulative discount, 12 months",
            expiration_timeout=12,
            expiration_timeout_unit="month",
            on_expiration_notification_template=LoyaltyNotificationMessageTemplateRequest(type_="none"),
            rules=[LoyaltyProgramRuleRequest(parameter=10, value=3.0, service_id=0)],
            company_ids=[49],
        )
    )
    assert_chain_program(answer, ctx)  # the mock answers with the published program, unchanged


def check_get_chain_loyalty_transaction_list(answer: Any, ctx: Context) -> None:
    # no published example: the mock builds the answer from the schema (zeros and "string")
    assert answer.success is True
    transaction = present(answer.data)[0]
    assert (transaction.id, transaction.visit_id, transaction.card_id, transaction.is_discount) == (0, 0, 0, True)
    assert present(transaction.type_).title == "string"


def check_get_chain_loyalty_notification_template_list(answer: Any, ctx: Context) -> None:
    assert [(t.id, t.type_, t.message_type, t.body) for t in answer] == [
        (12, "small", "loyalty_discount_expiration", "Your discount expires tomorrow")
    ]


# --- loyalty payments in a sale --------------------------------------------------------------------


def assert_sale_document(answer: SaleDocumentResponse, ctx: Context) -> None:
    assert isinstance(answer, SaleDocumentResponse) and answer.success is True
    data = present(answer.data)
    state = present(data.state)
    items = present(state.items)
    assert [(i.id, i.type_, i.title, i.client_discount_percent) for i in items] == [
        (2181520, "good", "item 12", 10),
        (22017, "service", "Manicure", 10),
    ]
    money(items[0].default_cost_per_unit, 1300)
    money(items[0].cost_to_pay_total, 1170)
    money(items[1].default_cost_total, 500)
    withdrawal, cashback, gift_card = present(state.loyalty_transactions)
    assert (withdrawal.id, withdrawal.amount, withdrawal.type_id) == (25042, 9.9, 11)
    assert withdrawal.created_at == SEPT_21
    assert present(withdrawal.type_).title == "Withdrawal from personal account"
    deposit = present(withdrawal.deposit)
    money(deposit.balance, "990.1")
    money(deposit.reserved_balance, 0)
    assert present(deposit.type_).title == "deposit 1"
    # not in the model: kept as published (an unknown field is not validated), the card's code scrubbed
    card = cashback["loyalty_card"]
    assert (card["id"], card["number"]) == (185395, ctx.raw_code(23100185395))
    assert card["balance"] == 50.15
    assert cashback["loyalty_program"]["title"] == "CASHBACK BigBro"
    assert gift_card["loyalty_certificate"]["balance"] == 0
    payments = present(state.payment_transactions)
    assert [(p.id, p.account_id, present(p.account).title) for p in payments] == [
        (6033940, 90218, "Cash by default"),
        (6033941, 90218, "location account"),
        (6034121, 23182, "Cards - acquiring by default"),
        (6034122, 23182, "Cards - acquiring"),
    ]
    kkm = present(data.kkm_state)
    receipt = present(kkm.transactions)[0]
    assert (kkm.last_operation_type, receipt.id, receipt.print_date) == (1, 2424, SEPT_21)
    money(receipt.sum_, 0)
    assert present(receipt.cashier).name == "Jack Smith"
    methods = present(data.payment_methods)
    assert [m.slug for m in methods] == [
        "account",
        "loyalty_card",
        "loyalty_program",
        "loyalty_abonement",
        "loyalty_certificate",
        "referral_loyalty_program",
        "deposit",
    ]
    money(methods[1].applicable_amount, "51.65")
    money(methods[6].applicable_amount, "9.9")
    assert methods[1]["loyalty_card"]["number"] == ctx.raw_code(31200019283)


def check_create_payment_with_loyalty_methods(answer: Any, ctx: Context) -> None:
    # the published payment from a client's personal account (deposit)
    ctx.sends(
        PaymentViaClientPersonalAccount(
            payment=PaymentViaClientPersonalAccountPayment(
                method=PaymentViaClientPersonalAccountPaymentMethod(slug="deposit", deposit_id=220), amount=123
            )
        )
    )
    assert_sale_document(answer, ctx)


def check_delete_loyalty_payment_transaction(answer: Any, ctx: Context) -> None:
    assert_sale_document(answer, ctx)


# --- loyalty analytics -----------------------------------------------------------------------------


def check_get_loyalty_program_revenue_statistics(answer: Any, ctx: Context) -> None:
    assert answer.success is True and answer.meta == []
    data = present(answer.data)
    stats = present(data.income_stats)
    for group in (present(stats.new), present(stats.old), present(stats.total)):
        money(group.all_sum, 0)
        money(group.returned_sum, 0)
    currency = present(data.currency)
    assert (currency.iso, currency.name, currency.is_symbol_after_amount) == ("USD", "US Dollar", True)
    days = present(data.income_stats_by_day)
    assert [d.date for d in days] == [datetime.date(2026, 9, 21)] * 2
    money(days[0].new_sum, 0)
    money(days[1].old_sum, 0)


def check_get_loyalty_program_team_member_statistics(answer: Any, ctx: Context) -> None:
    assert present(answer.meta).count == 1
    row = present(answer.data)[0]
    assert (present(row.staff).id, present(row.staff).name) == (1140369, "Doniella Davy")
    stats = present(row.client_stats)
    assert (stats.all_count, stats.lost_count, stats.returned_count, stats.returned_percent) == (1, 0, 1, 100)


def check_get_loyalty_program_client_statistics(answer: Any, ctx: Context) -> None:
    assert answer.success is True and answer.meta == []
    data = present(answer.data)
    total = present(present(data.client_stats).total)
    assert (total.all_count, total.lost_count, total.returned_count, total.returned_percent) == (0, 0, 0, 0)
    days = present(data.visits_stats_by_day)
    assert [(d.date, d.new_count, d.old_count) for d in days] == [(datetime.date(2026, 9, 21), 0, 0)] * 2


CHECKS: dict[str, Callable[[Any, Context], None]] = {
    # gift cards, memberships, login
    "authorize_user": check_authorize_user,
    "get_user_gift_cards": check_get_user_gift_cards,
    "get_client_gift_cards": check_get_client_gift_cards,
    "get_gift_card_type_list": check_get_gift_card_type_list,
    "get_gift_card_type_list_by_id": check_get_gift_card_type_list_by_id,
    "get_user_memberships": check_get_user_memberships,
    "get_client_memberships": check_get_client_memberships,
    "get_membership_list": check_get_membership_list,
    "get_membership_type_list": check_get_membership_type_list,
    "get_membership_type_list_by_id": check_get_membership_type_list_by_id,
    "search_memberships_for_event": check_search_memberships_for_event,
    "check_memberships_for_event": check_check_memberships_for_event,
    # loyalty cards, programs, chain loyalty administration, loyalty payments and analytics
    "get_loyalty_card_list_by_client_id": check_client_card,
    "get_loyalty_card_list_by_phone": check_client_card,
    "get_user_loyalty_cards": check_client_card,
    "get_loyalty_card_type_list": check_card_types,
    "get_loyalty_card_type_list_for_client": check_card_types,
    "get_chain_loyalty_card_type_list": check_get_chain_loyalty_card_type_list,
    "issue_loyalty_card": check_issue_loyalty_card,
    "create_loyalty_card_transaction": check_create_loyalty_card_transaction,
    "create_chain_loyalty_card_transaction": check_create_chain_loyalty_card_transaction,
    "get_location_loyalty_program_list": check_get_location_loyalty_program_list,
    "get_loyalty_transactions_by_visit": check_get_loyalty_transactions_by_visit,
    "generate_loyalty_code": check_generate_loyalty_code,
    "apply_loyalty_card_deduction": check_apply_loyalty_card_deduction,
    "cancel_loyalty_card_withdrawal": check_cancel_loyalty_card_withdrawal,
    "apply_discount_promotion": check_apply_discount_promotion,
    "cancel_discount_promotion": check_cancel_discount_promotion,
    "apply_referral_program": check_apply_referral_program,
    "chain_loyalty_memberships_freeze": check_chain_loyalty_memberships_freeze,
    "chain_loyalty_memberships_unfreeze": check_chain_loyalty_memberships_unfreeze,
    "chain_loyalty_memberships_set_balance": check_chain_loyalty_memberships_set_balance,
    "chain_loyalty_memberships_set_period": check_chain_loyalty_memberships_set_period,
    "chain_loyalty_membership_types_list": check_chain_loyalty_membership_types_list,
    "chain_loyalty_membership_types_create": check_chain_loyalty_membership_types_create,
    "chain_loyalty_membership_types_read": check_membership_type,
    "chain_loyalty_membership_types_update": check_chain_loyalty_membership_types_update,
    "chain_loyalty_membership_types_clone": check_membership_type,
    "chain_loyalty_membership_types_restore": check_chain_loyalty_membership_types_restore,
    "chain_loyalty_membership_types_archive": check_chain_loyalty_membership_types_archive,
    "chain_loyalty_certificate_types_list": check_chain_loyalty_certificate_types_list,
    "chain_loyalty_certificate_types_create": check_chain_loyalty_certificate_types_create,
    "chain_loyalty_certificate_types_get": check_chain_loyalty_certificate_types_get,
    "chain_loyalty_certificate_types_update": check_chain_loyalty_certificate_types_update,
    "chain_loyalty_certificate_types_delete": check_chain_loyalty_certificate_types_delete,
    "create_chain_loyalty_program": check_create_chain_loyalty_program,
    "get_chain_loyalty_program": check_get_chain_loyalty_program,
    "update_chain_loyalty_program": check_update_chain_loyalty_program,
    "get_chain_loyalty_transaction_list": check_get_chain_loyalty_transaction_list,
    "get_chain_loyalty_notification_template_list": check_get_chain_loyalty_notification_template_list,
    "create_payment_with_loyalty_methods": check_create_payment_with_loyalty_methods,
    "delete_loyalty_payment_transaction": check_delete_loyalty_payment_transaction,
    "get_loyalty_program_revenue_statistics": check_get_loyalty_program_revenue_statistics,
    "get_loyalty_program_team_member_statistics": check_get_loyalty_program_team_member_statistics,
    "get_loyalty_program_client_statistics": check_get_loyalty_program_client_statistics,
}


# --- refusals ----------------------------------------------------------------------------------------


def no_field_errors(error: APIError, ctx: Context) -> None:
    """A 422 published with a message alone (or nothing): no field errors made up."""
    assert isinstance(error, ValidationError)
    assert error.field_errors == {}


def no_phone_digits(error: APIError, ctx: Context) -> None:
    """The request sent the test account's phone as a number: its digits are not in the error's text."""
    digits = ctx.account.phone.lstrip("+")
    assert digits not in str(error) and digits not in repr(error)


REFUSAL_CHECKS: dict[str, Callable[[APIError, Context], None]] = {
    "chain_loyalty_memberships_freeze": no_field_errors,
    "chain_loyalty_membership_types_create": no_field_errors,
    "create_chain_loyalty_program": no_field_errors,
    "issue_loyalty_card": no_phone_digits,
    "apply_referral_program": no_phone_digits,
}
