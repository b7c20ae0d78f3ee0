"""The 46 loyalty operations, replayed from cassettes: each once answered, once refused.

Loyalty cards, loyalty programs (promotions) in a visit, the chain's loyalty administration
(memberships, membership types, gift card types, promotions, transactions), loyalty payments
in a sale and the loyalty analytics. Every test asserts the request as it left the client
(method, path, query, Accept, Authorization and, for writes, the exact JSON body) and the
parsed values of the published examples the mock serves. Error answers were recorded from the
mock with a ``Prefer: code=NNN`` header; against the live API the same tests need an account
where those calls fail.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Final, TypeVar

import httpx
import pytest

from altegio import (
    ALTEGIO_ACCEPT,
    Altegio,
    AsyncAltegio,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    UserTokenInvalid,
    ValidationError,
)
from altegio_client.api.analytics_reports import (
    get_loyalty_program_client_statistics,
    get_loyalty_program_revenue_statistics,
    get_loyalty_program_team_member_statistics,
)
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
    IssueLoyaltyCardRequest,
    LoyaltyCard,
    LoyaltyCardResponse,
    LoyaltyNotificationMessageTemplateRequest,
    LoyaltyProgram,
    LoyaltyProgramCreateRequest,
    LoyaltyProgramRuleRequest,
    LoyaltyProgramUpdateRequest,
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
from tests.conftest import Account, present

CENTRAL = datetime.timezone(datetime.timedelta(hours=-5))
SEPT_21 = datetime.datetime(2026, 9, 21, 23, 0, tzinfo=CENTRAL)

pytestmark = pytest.mark.vcr
BASE_PATH = ""  # the base URL's path: /api/v1 on replay (production), "" against the mock
RECORDING = False  # codes are scrubbed only in what is written to the cassette
NO_BODY: Final = object()
Client = TypeVar("Client", Altegio, AsyncAltegio)

# Published ids of the things these operations act on.
CARD_ID = 9210520
CARD_TYPE_ID = 8230
PROGRAM_ID = 18005
RECORD_ID = 140967944
VISIT_ID = 118389447
DOCUMENT_ID = 8201102
MEMBERSHIP_TYPE_ID = 468039
GIFT_CARD_TYPE_ID = 289056
CHAIN_PROGRAM_ID = 34


@pytest.fixture(autouse=True)
def _mode(base_url: str, recording: bool) -> None:
    global BASE_PATH, RECORDING
    BASE_PATH = httpx.URL(base_url).path.rstrip("/")
    RECORDING = recording


def code(published: str) -> str:
    """A loyalty card, gift card or membership code as replayed: scrubbed from every cassette."""
    return published if RECORDING else "<CODE>"


def only_request(sent: list[httpx.Request]) -> httpx.Request:
    assert len(sent) == 1, [str(r.url) for r in sent]
    return sent[0]


def assert_sent(
    sent: list[httpx.Request],
    account: Account,
    path: str,
    query: list[tuple[str, str]] | None = None,
    *,
    method: str = "GET",
    body: object = NO_BODY,
) -> httpx.Request:
    """The one request sent: method, path, query, headers and (for writes) the exact JSON body."""
    request = only_request(sent)
    assert request.method == method
    assert request.url.path == BASE_PATH + path
    assert request.url.params.multi_items() == (query or [])
    assert request.headers["Accept"] == ALTEGIO_ACCEPT
    assert request.headers["Authorization"] == f"Bearer {account.partner_token}, User {account.user_token}"
    if body is NO_BODY:
        assert request.content == b""
        if method in ("GET", "DELETE"):
            assert "Content-Type" not in request.headers
    else:
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.content) == body
    return request


def refusing(client: Client, status: int) -> Client:
    return client.with_options(headers={"Prefer": f"code={status}"})


def money(value: object, expected: str | int) -> None:
    """Money arrives as Decimal, whatever JSON number the server sent."""
    assert isinstance(value, Decimal), type(value)
    assert value == Decimal(expected)


# --- shared shapes of the published answers -------------------------------------------------


def assert_client_card(card: LoyaltyCardResponse) -> None:
    """The published card of GET /loyalty/client_cards/{client_id} (and by phone, and the user's)."""
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
    assert card.number == code("14507109210520")  # published as a number: text, and scrubbed
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


def assert_card_types(kinds: list[Any]) -> None:
    assert [(k.id, k.title, k.salon_group_id) for k in kinds] == [
        (10992, "Cashback", 145071),
        (8230, "Referral program", 145071),
    ]
    assert present(kinds[0].salon_group).title == "Chain 1"


def assert_generated_card(card: LoyaltyCard) -> None:
    """The card of a manual transaction: no published example, the mock builds it from the schema."""
    assert (card.id, card.points, card.visits_count, card.type_id) == (0, 0, 0, 0)
    assert card.number == code("string")
    assert card.balance is None and card.max_discount_amount is None


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
    assert present(answer.payment_transactions) == [] and present(answer.loyalty_transactions) == []
    assert present(answer.kkm_transaction_details_container).last_operation_type == 1
    assert_visit_items(present(answer.items))


def assert_sale_document(answer: SaleDocumentResponse) -> None:
    assert answer.success is True
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
    # not in the model: kept as published, with the card's code scrubbed and its balance Decimal
    card = cashback["loyalty_card"]
    assert (card["id"], card["number"]) == (185395, code("23100185395"))
    money(card["balance"], "50.15")
    assert cashback["loyalty_program"]["title"] == "CASHBACK BigBro"
    money(gift_card["loyalty_certificate"]["balance"], 0)
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
    assert methods[1]["loyalty_card"]["number"] == code("31200019283")


def assert_membership_type(kind: SubscriptionType) -> None:
    """The chain membership type the mock builds from the published property examples."""
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


def assert_chain_program(program: LoyaltyProgram) -> None:
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
    assert location.phone == ("+13155550175" if RECORDING else "<PHONE>")  # scrubbed from cassettes
    assert [i.id for i in present(program.applicable_items)] == [53, 92]


# --- loyalty cards ------------------------------------------------------------------------


def test_get_loyalty_card_list_by_client_id(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    card = user.call(get_loyalty_card_list_by_client_id.sync_detailed, client_id=account.client_id)

    assert_sent(sent, account, "/loyalty/client_cards/1")
    assert isinstance(card, LoyaltyCardResponse)
    assert_client_card(card)


def test_get_loyalty_card_list_by_client_id_not_found(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(NotFoundError) as caught:
        refusing(user, 404).call(get_loyalty_card_list_by_client_id.sync_detailed, client_id=account.client_id)

    assert (caught.value.status, caught.value.message) == (404, None)  # published as {"success": false}
    assert caught.value.operation == "get_loyalty_card_list_by_client_id"
    assert_sent(sent, account, "/loyalty/client_cards/1")


def test_get_loyalty_card_list_by_phone(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    card = user.call(
        get_loyalty_card_list_by_phone.sync_detailed,
        phone=account.phone,
        chain_id=account.chain_id,
        location_id=account.location_id,
    )

    request = assert_sent(sent, account, f"/loyalty/cards/{account.phone}/1/1")
    assert request.url.raw_path.startswith(f"{BASE_PATH}/loyalty/cards/%2B".encode())  # "+" percent-encoded
    assert_client_card(card)


def test_get_loyalty_card_list_by_phone_forbidden(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(PermissionDeniedError) as caught:
        refusing(user, 403).call(
            get_loyalty_card_list_by_phone.sync_detailed,
            phone=account.phone,
            chain_id=account.chain_id,
            location_id=account.location_id,
        )

    assert (caught.value.status, caught.value.message) == (403, "Access denied.")
    assert account.phone not in str(caught.value)
    assert_sent(sent, account, f"/loyalty/cards/{account.phone}/1/1")


def test_get_user_loyalty_cards(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    card = user.call(get_user_loyalty_cards.sync_detailed, chain_id=account.chain_id)

    assert_sent(sent, account, "/user/loyalty_cards/1")
    assert_client_card(card)


def test_get_user_loyalty_cards_stale_user_token(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(UserTokenInvalid, match="log in again") as caught:
        refusing(user, 401).call(get_user_loyalty_cards.sync_detailed, chain_id=account.chain_id)

    assert (caught.value.status, caught.value.message) == (401, "Authentication needed.")
    assert account.user_token not in str(caught.value)
    assert_sent(sent, account, "/user/loyalty_cards/1")


def test_get_loyalty_card_type_list(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    kinds = user.call(get_loyalty_card_type_list.sync_detailed, location_id=account.location_id)

    assert_sent(sent, account, "/loyalty/card_types/salon/1")
    assert_card_types(kinds)


def test_get_loyalty_card_type_list_forbidden(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(PermissionDeniedError, match="Access denied"):
        refusing(user, 403).call(get_loyalty_card_type_list.sync_detailed, location_id=account.location_id)
    assert_sent(sent, account, "/loyalty/card_types/salon/1")


async def test_get_loyalty_card_type_list_for_client_async(
    async_user: AsyncAltegio, account: Account, sent: list[httpx.Request]
) -> None:
    kinds = await async_user.call(
        get_loyalty_card_type_list_for_client.asyncio_detailed, location_id=account.location_id, phone=account.phone
    )

    assert_sent(sent, account, f"/loyalty/card_types/client/1/{account.phone}")
    assert_card_types(kinds)


def test_get_loyalty_card_type_list_for_client_not_found(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(NotFoundError) as caught:
        refusing(user, 404).call(
            get_loyalty_card_type_list_for_client.sync_detailed, location_id=account.location_id, phone=account.phone
        )

    assert caught.value.operation == "get_loyalty_card_type_list_for_client"
    assert account.phone not in str(caught.value)
    assert_sent(sent, account, f"/loyalty/card_types/client/1/{account.phone}")


def test_get_chain_loyalty_card_type_list(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    kinds = user.call(get_chain_loyalty_card_type_list.sync_detailed, chain_id=account.chain_id)

    assert_sent(sent, account, "/chain/1/loyalty/card_types")
    assert [(k.id, k.title) for k in kinds] == [(123, "Loyalty card type")]


def test_get_chain_loyalty_card_type_list_stale_user_token(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(UserTokenInvalid) as caught:
        refusing(user, 401).call(get_chain_loyalty_card_type_list.sync_detailed, chain_id=account.chain_id)

    assert caught.value.message == "Authentication needed."
    assert_sent(sent, account, "/chain/1/loyalty/card_types")


def issue_body(account: Account) -> IssueLoyaltyCardRequest:
    """The published request: the client's phone as a number (digits of +1 315 555 0100)."""
    return IssueLoyaltyCardRequest(
        loyalty_card_number="9090909",
        loyalty_card_type_id=str(CARD_TYPE_ID),
        phone=int(account.phone.lstrip("+")),
    )


def test_issue_loyalty_card(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    card = user.call(issue_loyalty_card.sync_detailed, location_id=account.location_id, body=issue_body(account))

    body = {"loyalty_card_number": "9090909", "loyalty_card_type_id": "8230", "phone": int(account.phone[1:])}
    assert_sent(sent, account, "/loyalty/cards/1", method="POST", body=body)
    assert (card.id, card.visits_count, card.type_id, card.number) == (9250498, 5, 8230, code("1010101"))
    money(card.balance, 0)
    money(card.paid_amount, 16300)
    money(card.sold_amount, 19320)
    assert present(card.type_).title == "cashmesh"
    program = present(card.programs)[0]
    assert (program.id, program.title, program.value) == (12720, "cumulative cache paid", 10)
    assert present(program.loyalty_type).is_cashback is True
    assert [(r.value, r.parameter) for r in present(program.rules)] == [(10, 100)]


def test_issue_loyalty_card_forbidden(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(PermissionDeniedError) as caught:
        refusing(user, 403).call(
            issue_loyalty_card.sync_detailed, location_id=account.location_id, body=issue_body(account)
        )

    assert caught.value.message == "Access denied."
    assert account.phone[1:] not in str(caught.value)
    body = {"loyalty_card_number": "9090909", "loyalty_card_type_id": "8230", "phone": int(account.phone[1:])}
    assert_sent(sent, account, "/loyalty/cards/1", method="POST", body=body)


def test_remove_loyalty_card(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    removed = user.call(remove_loyalty_card.sync_detailed, location_id=account.location_id, card_id=CARD_ID)

    assert removed is None  # 204 No Content
    assert_sent(sent, account, "/loyalty/cards/1/9210520", method="DELETE")


def test_remove_loyalty_card_not_found(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(NotFoundError) as caught:
        refusing(user, 404).call(remove_loyalty_card.sync_detailed, location_id=account.location_id, card_id=1)

    assert (caught.value.status, caught.value.operation) == (404, "remove_loyalty_card")
    assert_sent(sent, account, "/loyalty/cards/1/1", method="DELETE")


def test_create_loyalty_card_transaction(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    answer = user.call(
        create_loyalty_card_transaction.sync_detailed,
        location_id=account.location_id,
        card_id=CARD_ID,
        body=CreateLoyaltyCardTransactionBody(amount=100.5, title="Goodwill top-up"),
    )

    path = "/company/1/loyalty/cards/9210520/manual_transaction"
    assert_sent(sent, account, path, method="POST", body={"amount": 100.5, "title": "Goodwill top-up"})
    assert answer.success is True
    assert_generated_card(present(answer.data))


def test_create_loyalty_card_transaction_forbidden(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(PermissionDeniedError) as caught:
        refusing(user, 403).call(
            create_loyalty_card_transaction.sync_detailed,
            location_id=account.location_id,
            card_id=CARD_ID,
            body=CreateLoyaltyCardTransactionBody(amount=-20),
        )

    assert caught.value.message == "Access denied."
    path = "/company/1/loyalty/cards/9210520/manual_transaction"
    assert_sent(sent, account, path, method="POST", body={"amount": -20})


def test_create_chain_loyalty_card_transaction(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    answer = user.call(
        create_chain_loyalty_card_transaction.sync_detailed,
        chain_id=account.chain_id,
        card_id=CARD_ID,
        body=CreateChainLoyaltyCardTransactionBody(amount=-50, title="Correction"),
    )

    path = "/chain/1/loyalty/cards/9210520/manual_transaction"
    assert_sent(sent, account, path, method="POST", body={"amount": -50, "title": "Correction"})
    assert answer.success is True
    assert_generated_card(present(answer.data))


def test_create_chain_loyalty_card_transaction_not_found(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(NotFoundError):
        refusing(user, 404).call(
            create_chain_loyalty_card_transaction.sync_detailed,
            chain_id=account.chain_id,
            card_id=1,
            body=CreateChainLoyaltyCardTransactionBody(amount=100.5),
        )
    assert_sent(sent, account, "/chain/1/loyalty/cards/1/manual_transaction", method="POST", body={"amount": 100.5})


# --- loyalty programs in a visit ----------------------------------------------------------


def test_get_location_loyalty_program_list(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    answer = user.call(
        get_location_loyalty_program_list.sync_detailed,
        location_id=account.location_id,
        include="rules",
        type_="discount_static",
    )

    query = [("include", "rules"), ("type", "discount_static")]
    assert_sent(sent, account, "/company/1/loyalty/programs/search", query)
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


def test_get_location_loyalty_program_list_stale_user_token(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(UserTokenInvalid) as caught:
        refusing(user, 401).call(get_location_loyalty_program_list.sync_detailed, location_id=account.location_id)

    assert caught.value.message == "Authentication needed."
    assert_sent(sent, account, "/company/1/loyalty/programs/search")


def test_get_loyalty_transactions_by_visit(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    transactions = user.call(get_loyalty_transactions_by_visit.sync_detailed, visit_id=VISIT_ID)

    assert_sent(sent, account, "/visit/loyalty/transactions/118389447")
    discount, accrual = transactions
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


def test_get_loyalty_transactions_by_visit_not_found(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(NotFoundError):
        refusing(user, 404).call(get_loyalty_transactions_by_visit.sync_detailed, visit_id=1)
    assert_sent(sent, account, "/visit/loyalty/transactions/1")


def test_generate_loyalty_code(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    answer = user.call(generate_loyalty_code.sync_detailed, location_id=account.location_id, product_id=27841)

    assert_sent(sent, account, "/loyalty/generate_code/1/27841")
    assert answer.success is True and answer.meta == []
    assert present(answer.data).code == code("1")  # published as the number 1; a fresh code: scrubbed


def test_generate_loyalty_code_forbidden(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(PermissionDeniedError) as caught:
        refusing(user, 403).call(generate_loyalty_code.sync_detailed, location_id=account.location_id, product_id=1)

    assert (caught.value.status, caught.value.message) == (403, "Not enough rights")
    assert_sent(sent, account, "/loyalty/generate_code/1/1")


VISIT = {"record_id": RECORD_ID, "visit_id": VISIT_ID}


def test_apply_loyalty_card_deduction(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    answer = user.call(
        apply_loyalty_card_deduction.sync_detailed,
        location_id=account.location_id,
        card_id=CARD_ID,
        body=CardWithdrawalRequest(record_id=RECORD_ID, visit_id=VISIT_ID, amount=100),
    )

    path = "/visit/loyalty/apply_card_withdrawal/1/9210520"
    assert_sent(sent, account, path, method="POST", body={**VISIT, "amount": 100})
    assert_visit_promotion_applied(answer)


def test_apply_loyalty_card_deduction_forbidden(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(PermissionDeniedError):
        refusing(user, 403).call(
            apply_loyalty_card_deduction.sync_detailed,
            location_id=account.location_id,
            card_id=CARD_ID,
            body=CardWithdrawalRequest(record_id=RECORD_ID, visit_id=VISIT_ID, amount=100),
        )
    path = "/visit/loyalty/apply_card_withdrawal/1/9210520"
    assert_sent(sent, account, path, method="POST", body={**VISIT, "amount": 100})


def test_cancel_loyalty_card_withdrawal(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    answer = user.call(
        cancel_loyalty_card_withdrawal.sync_detailed,
        location_id=account.location_id,
        card_id=CARD_ID,
        body=VisitLoyaltyRequest(record_id=RECORD_ID, visit_id=VISIT_ID),
    )

    assert_sent(sent, account, "/visit/loyalty/cancel_card_withdrawal/1/9210520", method="POST", body=VISIT)
    assert_visit_promotion_cancelled(answer)


def test_cancel_loyalty_card_withdrawal_stale_user_token(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(UserTokenInvalid):
        refusing(user, 401).call(
            cancel_loyalty_card_withdrawal.sync_detailed,
            location_id=account.location_id,
            card_id=CARD_ID,
            body=VisitLoyaltyRequest(record_id=RECORD_ID, visit_id=VISIT_ID),
        )
    assert_sent(sent, account, "/visit/loyalty/cancel_card_withdrawal/1/9210520", method="POST", body=VISIT)


def test_apply_discount_promotion(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    answer = user.call(
        apply_discount_promotion.sync_detailed,
        location_id=account.location_id,
        card_id=CARD_ID,
        program_id=PROGRAM_ID,
        body=VisitLoyaltyRequest(record_id=RECORD_ID, visit_id=VISIT_ID),
    )

    assert_sent(sent, account, "/visit/loyalty/apply_discount_program/1/9210520/18005", method="POST", body=VISIT)
    assert_visit_promotion_applied(answer)


def test_apply_discount_promotion_not_found(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(NotFoundError):
        refusing(user, 404).call(
            apply_discount_promotion.sync_detailed,
            location_id=account.location_id,
            card_id=CARD_ID,
            program_id=1,
            body=VisitLoyaltyRequest(record_id=RECORD_ID, visit_id=VISIT_ID),
        )
    assert_sent(sent, account, "/visit/loyalty/apply_discount_program/1/9210520/1", method="POST", body=VISIT)


async def test_cancel_discount_promotion_async(
    async_user: AsyncAltegio, account: Account, sent: list[httpx.Request]
) -> None:
    answer = await async_user.call(
        cancel_discount_promotion.asyncio_detailed,
        location_id=account.location_id,
        card_id=CARD_ID,
        program_id=PROGRAM_ID,
        body=VisitLoyaltyRequest(record_id=RECORD_ID, visit_id=VISIT_ID),
    )

    assert_sent(sent, account, "/visit/loyalty/cancel_discount_program/1/9210520/18005", method="POST", body=VISIT)
    assert_visit_promotion_cancelled(answer)


def test_cancel_discount_promotion_forbidden(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(PermissionDeniedError) as caught:
        refusing(user, 403).call(
            cancel_discount_promotion.sync_detailed,
            location_id=account.location_id,
            card_id=CARD_ID,
            program_id=PROGRAM_ID,
            body=VisitLoyaltyRequest(record_id=RECORD_ID, visit_id=VISIT_ID),
        )
    assert caught.value.message == "Access denied."
    assert_sent(sent, account, "/visit/loyalty/cancel_discount_program/1/9210520/18005", method="POST", body=VISIT)


def referral(account: Account) -> ReferralProgramRequest:
    """The referrer's phone goes as a number; here the test account's own (scrubbed from cassettes)."""
    return ReferralProgramRequest(record_id=RECORD_ID, visit_id=VISIT_ID, referrer_phone=int(account.phone[1:]))


def test_apply_referral_program(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    answer = user.call(
        apply_referral_program.sync_detailed,
        location_id=account.location_id,
        chain_id=account.chain_id,
        body=referral(account),
    )

    body = {**VISIT, "referrer_phone": int(account.phone[1:])}
    assert_sent(sent, account, "/visit/loyalty/apply_referral_program/1/1", method="POST", body=body)
    transaction = present(answer.loyalty_transactions)[0]
    assert (transaction.id, transaction.program_id, transaction.amount) == (22989715, 12705, 100)
    item = present(answer.items)[0]
    assert (item.id, item.item_title, item.master_id) == (96082477, "test", 548042)
    money(item.cost, 1000)


def test_apply_referral_program_stale_user_token(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(UserTokenInvalid) as caught:
        refusing(user, 401).call(
            apply_referral_program.sync_detailed,
            location_id=account.location_id,
            chain_id=account.chain_id,
            body=referral(account),
        )

    assert account.phone[1:] not in str(caught.value)
    body = {**VISIT, "referrer_phone": int(account.phone[1:])}
    assert_sent(sent, account, "/visit/loyalty/apply_referral_program/1/1", method="POST", body=body)


# --- a chain's memberships ----------------------------------------------------------------

FREEZE_TILL = datetime.datetime(2026, 12, 31, 23, 59, 59, tzinfo=CENTRAL)


def test_chain_loyalty_memberships_freeze(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    frozen = user.data(
        chain_loyalty_memberships_freeze.sync_detailed,
        chain_id=account.chain_id,
        membership_id=account.membership_id,
        body=ChainLoyaltyMembershipsFreezeBody(freeze_till=FREEZE_TILL),
    )

    body = {"freeze_till": "2026-12-31T23:59:59-05:00"}
    assert_sent(sent, account, "/chain/1/loyalty/abonements/5248829/freeze", method="POST", body=body)
    assert (frozen.id, frozen.number, frozen.is_frozen, frozen.freeze_period) == (123, code("123456"), True, 14)
    assert frozen.freeze_till == FREEZE_TILL


def test_chain_loyalty_memberships_freeze_over_the_limit(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(ValidationError) as caught:
        refusing(user, 422).data(
            chain_loyalty_memberships_freeze.sync_detailed,
            chain_id=account.chain_id,
            membership_id=account.membership_id,
            body=ChainLoyaltyMembershipsFreezeBody(freeze_till=FREEZE_TILL + datetime.timedelta(days=365)),
        )

    assert (caught.value.status, caught.value.message) == (422, "Freeze period exceeds limit")
    assert caught.value.field_errors == {}
    body = {"freeze_till": "2027-12-31T23:59:59-05:00"}
    assert_sent(sent, account, "/chain/1/loyalty/abonements/5248829/freeze", method="POST", body=body)


def test_chain_loyalty_memberships_unfreeze(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    thawed = user.data(
        chain_loyalty_memberships_unfreeze.sync_detailed,
        chain_id=account.chain_id,
        membership_id=account.membership_id,
        body=ChainLoyaltyMembershipsUnfreezeBody(),
    )

    assert_sent(sent, account, "/chain/1/loyalty/abonements/5248829/unfreeze", method="POST", body={})
    assert (thawed.id, thawed.number, thawed.is_frozen, thawed.freeze_period) == (123, code("123456"), False, 14)


def test_chain_loyalty_memberships_unfreeze_not_frozen(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(BadRequestError) as caught:
        refusing(user, 400).data(
            chain_loyalty_memberships_unfreeze.sync_detailed,
            chain_id=account.chain_id,
            membership_id=account.membership_id,
        )

    assert not isinstance(caught.value, ValidationError)
    assert (caught.value.status, caught.value.message) == (400, "Subscription is not frozen")
    # no body at all: the operation allows that
    assert_sent(sent, account, "/chain/1/loyalty/abonements/5248829/unfreeze", method="POST")


def test_chain_loyalty_memberships_set_balance(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    body = ChainLoyaltyMembershipsSetBalanceBody(
        services_balance_count=[
            ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem(service_id=13160808, balance=5),
            ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem(service_id=13160809, balance=3),
        ]
    )
    answer = user.call(
        chain_loyalty_memberships_set_balance.sync_detailed,
        chain_id=account.chain_id,
        membership_id=account.membership_id,
        body=body,
    )

    assert answer is None  # 200 with no body
    expected = {
        "services_balance_count": [{"service_id": 13160808, "balance": 5}, {"service_id": 13160809, "balance": 3}]
    }
    assert_sent(sent, account, "/chain/1/loyalty/abonements/5248829/set_balance", method="POST", body=expected)


async def test_chain_loyalty_memberships_set_balance_invalid_service_async(
    async_user: AsyncAltegio, account: Account, sent: list[httpx.Request]
) -> None:
    body = ChainLoyaltyMembershipsSetBalanceBody(
        services_balance_count=[ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem(service_id=1, balance=5)]
    )
    with pytest.raises(ValidationError) as caught:
        await refusing(async_user, 422).call(
            chain_loyalty_memberships_set_balance.asyncio_detailed,
            chain_id=account.chain_id,
            membership_id=account.membership_id,
            body=body,
        )

    assert (caught.value.status, caught.value.message) == (422, "Invalid service ID")
    expected = {"services_balance_count": [{"service_id": 1, "balance": 5}]}
    assert_sent(sent, account, "/chain/1/loyalty/abonements/5248829/set_balance", method="POST", body=expected)


def test_chain_loyalty_memberships_set_period(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    changed = user.data(
        chain_loyalty_memberships_set_period.sync_detailed,
        chain_id=account.chain_id,
        membership_id=account.membership_id,
        body=ChainLoyaltyMembershipsSetPeriodBody(period=90, period_unit_id=1),
    )

    body = {"period": 90, "period_unit_id": 1}
    assert_sent(sent, account, "/chain/1/loyalty/abonements/5248829/set_period", method="POST", body=body)
    assert (changed.id, changed.period, changed.period_unit_id) == (123, 90, 1)
    assert changed.expiration_date == datetime.datetime(2026, 3, 31, 23, 59, 59, tzinfo=datetime.UTC)


def test_chain_loyalty_memberships_set_period_refused(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(BadRequestError) as caught:
        refusing(user, 400).data(
            chain_loyalty_memberships_set_period.sync_detailed,
            chain_id=account.chain_id,
            membership_id=account.membership_id,
            body=ChainLoyaltyMembershipsSetPeriodBody(period=2, period_unit_id=4),
        )

    assert caught.value.message == "Cannot change period"
    body = {"period": 2, "period_unit_id": 4}
    assert_sent(sent, account, "/chain/1/loyalty/abonements/5248829/set_period", method="POST", body=body)


# --- a chain's membership types -----------------------------------------------------------


def test_chain_loyalty_membership_types_list(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    answer = user.call(chain_loyalty_membership_types_list.sync_detailed, chain_id=account.chain_id)

    assert_sent(sent, account, "/chain/1/loyalty/abonement_types")
    assert answer.success is True and present(answer.meta).total_count == 5
    assert len(present(answer.data)) == 1
    assert_membership_type(present(answer.data)[0])


def test_chain_loyalty_membership_types_list_forbidden(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(PermissionDeniedError) as caught:
        refusing(user, 403).call(chain_loyalty_membership_types_list.sync_detailed, chain_id=account.chain_id)

    assert (caught.value.status, caught.value.message) == (403, None)  # published as {"success": false}
    assert_sent(sent, account, "/chain/1/loyalty/abonement_types")


# The published create request, with its money as Decimal: sent as a JSON number.
NEW_MEMBERSHIP_TYPE: dict[str, Any] = {
    "title": "Fitness 10-pack",
    "salon_group_id": 1,
    "cost": Decimal("500.00"),
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
    "is_online_sale_enabled": True,
    "online_sale_title": "Fitness Pack - 10 sessions",
    "online_sale_description": "Perfect for beginners. Valid for 3 months.",
    "online_sale_price": Decimal("449.50"),
    "services": {"13160808": 5, "13160809": 3},  # {service_id: visits}: an object, not an array
    "service_categories": {"13160806": 10},
}
# from_dict sends what it is given, no model defaults (the constructor adds them: see the update)
SENT_MEMBERSHIP_TYPE = {**NEW_MEMBERSHIP_TYPE, "cost": 500, "online_sale_price": 449.5}


def test_chain_loyalty_membership_types_create(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    body = ChainLoyaltyMembershipTypesCreateBody.from_dict(NEW_MEMBERSHIP_TYPE)
    assert body.cost == Decimal("500.00")  # kept as given

    created = user.data(chain_loyalty_membership_types_create.sync_detailed, chain_id=account.chain_id, body=body)

    request = assert_sent(sent, account, "/chain/1/loyalty/abonement_types", method="POST", body=SENT_MEMBERSHIP_TYPE)
    sent_json = json.loads(request.content)
    assert type(sent_json["cost"]) is int and type(sent_json["online_sale_price"]) is float  # 500 and 449.5
    assert isinstance(created, SubscriptionType)
    assert_membership_type(created)


def test_chain_loyalty_membership_types_create_invalid(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    body = ChainLoyaltyMembershipTypesCreateBody.from_dict({**NEW_MEMBERSHIP_TYPE, "service_categories": {}})
    with pytest.raises(ValidationError) as caught:
        refusing(user, 422).data(
            chain_loyalty_membership_types_create.sync_detailed, chain_id=account.chain_id, body=body
        )

    assert (caught.value.status, caught.value.message, caught.value.field_errors) == (422, None, {})
    expected = {**SENT_MEMBERSHIP_TYPE, "service_categories": {}}
    assert_sent(sent, account, "/chain/1/loyalty/abonement_types", method="POST", body=expected)


def test_chain_loyalty_membership_types_read(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    kind = user.data(
        chain_loyalty_membership_types_read.sync_detailed,
        chain_id=account.chain_id,
        loyalty_membership_type_id=MEMBERSHIP_TYPE_ID,
    )

    assert_sent(sent, account, "/chain/1/loyalty/abonement_types/468039")
    assert_membership_type(kind)


def test_chain_loyalty_membership_types_read_not_found(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(NotFoundError):
        refusing(user, 404).data(
            chain_loyalty_membership_types_read.sync_detailed, chain_id=account.chain_id, loyalty_membership_type_id=1
        )
    assert_sent(sent, account, "/chain/1/loyalty/abonement_types/1")


def updated_membership_type() -> ChainLoyaltyMembershipTypesUpdateBody:
    """The published update request."""
    return ChainLoyaltyMembershipTypesUpdateBody(
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


SENT_UPDATE = {
    "title": "Updated Fitness 10-pack",
    "salon_group_id": 1,
    "cost": 550,
    "location_ids": [123, 456],
    "period": 90,
    "period_unit_id": 1,
    "allow_freeze": True,
    "freeze_limit": 30,
    "freeze_limit_unit_id": 1,
    "is_united_balance": False,
    "united_balance_services_count": 10,
    "balance_edit_type_id": 2,
    "online_sale_title": "Updated Fitness Pack",
    "services": {"13160808": 8, "13160809": 4},
    "service_categories": {"13160806": 12},
    # defaults of the generated model: the PUT replaces the whole type
    "service_price_correction": False,
    "is_allow_empty_code": True,
    "is_online_sale_enabled": False,
    "is_archived": False,
}


def test_chain_loyalty_membership_types_update(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    kind = user.data(
        chain_loyalty_membership_types_update.sync_detailed,
        chain_id=account.chain_id,
        loyalty_membership_type_id=MEMBERSHIP_TYPE_ID,
        body=updated_membership_type(),
    )

    assert_sent(sent, account, "/chain/1/loyalty/abonement_types/468039", method="PUT", body=SENT_UPDATE)
    assert_membership_type(kind)


def test_chain_loyalty_membership_types_update_invalid(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(ValidationError) as caught:
        refusing(user, 422).data(
            chain_loyalty_membership_types_update.sync_detailed,
            chain_id=account.chain_id,
            loyalty_membership_type_id=MEMBERSHIP_TYPE_ID,
            body=updated_membership_type(),
        )

    assert caught.value.operation == "chain_loyalty_membership_types_update"
    assert_sent(sent, account, "/chain/1/loyalty/abonement_types/468039", method="PUT", body=SENT_UPDATE)


def test_chain_loyalty_membership_types_delete(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    deleted = user.call(
        chain_loyalty_membership_types_delete.sync_detailed,
        chain_id=account.chain_id,
        loyalty_membership_type_id=MEMBERSHIP_TYPE_ID,
    )

    assert deleted is None  # 204
    assert_sent(sent, account, "/chain/1/loyalty/abonement_types/468039", method="DELETE")


def test_chain_loyalty_membership_types_delete_forbidden(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(PermissionDeniedError):
        refusing(user, 403).call(
            chain_loyalty_membership_types_delete.sync_detailed,
            chain_id=account.chain_id,
            loyalty_membership_type_id=MEMBERSHIP_TYPE_ID,
        )
    assert_sent(sent, account, "/chain/1/loyalty/abonement_types/468039", method="DELETE")


def test_chain_loyalty_membership_types_clone(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    clone = user.data(
        chain_loyalty_membership_types_clone.sync_detailed,
        chain_id=account.chain_id,
        loyalty_membership_type_id=MEMBERSHIP_TYPE_ID,
    )

    request = assert_sent(sent, account, "/chain/1/loyalty/abonement_types/468039/clone", method="POST")
    assert request.content == b""  # "an empty body, or none at all"
    assert_membership_type(clone)


def test_chain_loyalty_membership_types_clone_not_found(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(NotFoundError):
        refusing(user, 404).data(
            chain_loyalty_membership_types_clone.sync_detailed, chain_id=account.chain_id, loyalty_membership_type_id=1
        )
    assert_sent(sent, account, "/chain/1/loyalty/abonement_types/1/clone", method="POST")


def test_chain_loyalty_membership_types_restore(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    restored = user.call(
        chain_loyalty_membership_types_restore.sync_detailed,
        chain_id=account.chain_id,
        loyalty_membership_type_id=MEMBERSHIP_TYPE_ID,
        body=ChainLoyaltyMembershipTypesRestoreBody(restore_in_title="Fitness Membership"),
    )

    assert restored is None  # 204
    body = {"restore_in_title": "Fitness Membership"}
    assert_sent(sent, account, "/chain/1/loyalty/abonement_types/468039/restore", method="POST", body=body)


def test_chain_loyalty_membership_types_restore_invalid(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(ValidationError) as caught:
        refusing(user, 422).call(
            chain_loyalty_membership_types_restore.sync_detailed,
            chain_id=account.chain_id,
            loyalty_membership_type_id=MEMBERSHIP_TYPE_ID,
            body=ChainLoyaltyMembershipTypesRestoreBody(restore_in_title=""),
        )

    assert caught.value.status == 422
    body = {"restore_in_title": ""}
    assert_sent(sent, account, "/chain/1/loyalty/abonement_types/468039/restore", method="POST", body=body)


def test_chain_loyalty_membership_types_archive(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    archived = user.call(
        chain_loyalty_membership_types_archive.sync_detailed,
        chain_id=account.chain_id,
        loyalty_membership_type_id=MEMBERSHIP_TYPE_ID,
        body=ChainLoyaltyMembershipTypesArchiveBody(is_archived="1"),
    )

    assert archived is None  # 204
    # the flag is the string "1", not true
    path = "/chain/1/loyalty/abonement_types/468039/archive"
    assert_sent(sent, account, path, method="PATCH", body={"is_archived": "1"})


async def test_chain_loyalty_membership_types_archive_forbidden_async(
    async_user: AsyncAltegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(PermissionDeniedError):
        await refusing(async_user, 403).call(
            chain_loyalty_membership_types_archive.asyncio_detailed,
            chain_id=account.chain_id,
            loyalty_membership_type_id=MEMBERSHIP_TYPE_ID,
            body=ChainLoyaltyMembershipTypesArchiveBody(is_archived="0"),
        )
    path = "/chain/1/loyalty/abonement_types/468039/archive"
    assert_sent(sent, account, path, method="PATCH", body={"is_archived": "0"})


# --- a chain's gift card types ------------------------------------------------------------


def test_chain_loyalty_certificate_types_list(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    answer = user.call(
        chain_loyalty_certificate_types_list.sync_detailed,
        chain_id=account.chain_id,
        title="Gift",
        page=2,
        page_size=50,
    )

    query = [("title", "Gift"), ("page", "2"), ("page_size", "50")]
    assert_sent(sent, account, "/chain/1/loyalty/certificate_types", query)
    assert answer.success is True and present(answer.meta).total_count == 1
    kinds = present(answer.data)
    assert len(kinds) == 1
    assert_gift_card_type(kinds[0])


def test_chain_loyalty_certificate_types_list_stale_user_token(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(UserTokenInvalid) as caught:
        refusing(user, 401).call(chain_loyalty_certificate_types_list.sync_detailed, chain_id=account.chain_id)

    assert (caught.value.status, caught.value.message) == (401, None)  # published as {"success": false}
    # the generated defaults are sent: page 1 of 10
    assert_sent(sent, account, "/chain/1/loyalty/certificate_types", [("page", "1"), ("page_size", "10")])


NEW_GIFT_CARD_TYPE = {
    "title": "Gift Certificate 1000",
    "balance": 1000,
    "is_multi": True,
    "item_type_id": 0,
    "is_allow_empty_code": False,
    "category_id": None,
    "balance_edit_type_id": 1,
    "service_ids": [],
    "salon_ids": [720441],
    "expiration": {"type_id": 2, "timeout": 6, "timeout_unit_id": 3},
    "online_sale": {
        "is_enabled": False,
        "title": "Gift Certificate",
        "description": "Perfect gift for any occasion",
        "price": 1000,
    },
}


def new_gift_card_type() -> ChainLoyaltyCertificateTypesCreateBody:
    """The published create request: valid for 6 months from the sale, not sold online."""
    return ChainLoyaltyCertificateTypesCreateBody(
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


def test_chain_loyalty_certificate_types_create(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    created = user.data(
        chain_loyalty_certificate_types_create.sync_detailed, chain_id=account.chain_id, body=new_gift_card_type()
    )

    assert_sent(sent, account, "/chain/1/loyalty/certificate_types", method="POST", body=NEW_GIFT_CARD_TYPE)
    assert_gift_card_type(created)


def test_chain_loyalty_certificate_types_create_refused(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(BadRequestError) as caught:
        refusing(user, 400).data(
            chain_loyalty_certificate_types_create.sync_detailed, chain_id=account.chain_id, body=new_gift_card_type()
        )

    assert not isinstance(caught.value, ValidationError)  # no field errors
    assert caught.value.message == "An error has occurred"
    assert_sent(sent, account, "/chain/1/loyalty/certificate_types", method="POST", body=NEW_GIFT_CARD_TYPE)


def test_chain_loyalty_certificate_types_get(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    kind = user.data(
        chain_loyalty_certificate_types_get.sync_detailed, chain_id=account.chain_id, type_id=GIFT_CARD_TYPE_ID
    )

    assert_sent(sent, account, "/chain/1/loyalty/certificate_types/289056")
    assert_gift_card_type(kind)


def test_chain_loyalty_certificate_types_get_not_found(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(NotFoundError):
        refusing(user, 404).data(
            chain_loyalty_certificate_types_get.sync_detailed, chain_id=account.chain_id, type_id=1
        )
    assert_sent(sent, account, "/chain/1/loyalty/certificate_types/1")


def updated_gift_card_type() -> ChainLoyaltyCertificateTypesUpdateBody:
    """The published update request: face value 1500, valid until the end of 2026."""
    return ChainLoyaltyCertificateTypesUpdateBody(
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


SENT_GIFT_CARD_UPDATE = {
    "title": "Gift Certificate 1500",
    "balance": 1500,
    "is_multi": True,
    "item_type_id": 0,
    "is_allow_empty_code": False,
    "balance_edit_type_id": 1,
    "service_ids": [],
    "salon_ids": [720441],
    "expiration": {"type_id": 1, "date": "2026-12-31T23:59:59+00:00"},
    "online_sale": {"is_enabled": False},
}


def test_chain_loyalty_certificate_types_update(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    kind = user.data(
        chain_loyalty_certificate_types_update.sync_detailed,
        chain_id=account.chain_id,
        type_id=GIFT_CARD_TYPE_ID,
        body=updated_gift_card_type(),
    )

    path = "/chain/1/loyalty/certificate_types/289056"
    assert_sent(sent, account, path, method="PUT", body=SENT_GIFT_CARD_UPDATE)
    assert_gift_card_type(kind, title="Gift Certificate 1500")


def test_chain_loyalty_certificate_types_update_refused(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(BadRequestError) as caught:
        refusing(user, 400).data(
            chain_loyalty_certificate_types_update.sync_detailed,
            chain_id=account.chain_id,
            type_id=GIFT_CARD_TYPE_ID,
            body=updated_gift_card_type(),
        )

    assert caught.value.message == "An error has occurred"
    path = "/chain/1/loyalty/certificate_types/289056"
    assert_sent(sent, account, path, method="PUT", body=SENT_GIFT_CARD_UPDATE)


def test_chain_loyalty_certificate_types_delete(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    answer = user.call(
        chain_loyalty_certificate_types_delete.sync_detailed, chain_id=account.chain_id, type_id=GIFT_CARD_TYPE_ID
    )

    assert_sent(sent, account, "/chain/1/loyalty/certificate_types/289056", method="DELETE")
    assert answer.success is True and answer.data is None  # the 200 answer (the 204 one has no body)


def test_chain_loyalty_certificate_types_delete_in_use(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(BadRequestError) as caught:
        refusing(user, 400).call(
            chain_loyalty_certificate_types_delete.sync_detailed, chain_id=account.chain_id, type_id=GIFT_CARD_TYPE_ID
        )

    assert caught.value.message == "Cannot delete certificate type with issued certificates"
    assert_sent(sent, account, "/chain/1/loyalty/certificate_types/289056", method="DELETE")


# --- a chain's promotions, transactions and notification templates -------------------------


NEW_PROGRAM = {
    "title": "Cumulative discount for some services and not for goods",
    "type": "discount_accumulative_paid",
    "service_item_type": "custom_allowed",
    "good_item_type": "not_allowed",
    "allowed_service_ids": [53, 92],
    "allowed_good_ids": [],
    "allowed_good_category_ids": [],
    "value_unit": "percent",
    "usage_limit": 0,
    "visit_multiplicity": 0,
    "sold_items_multiplicity": 0,
    "expiration_timeout": 6,
    "expiration_timeout_unit": "month",
    "expiration_notification_timeout": 7,
    "params_source_type": "chain",
    "history_start_date": "2026-09-21",
    "loyalty_card_type_ids": [51, 29],
    "on_changed_notification_template": {"type": "custom", "body": "Your discount has changed"},
    "on_expiration_notification_template": {"type": "big"},
    "rules": [{"parameter": 10, "value": 2.5, "service_id": 0}, {"parameter": 30, "value": 7.5, "service_id": 0}],
    "company_ids": [49],
}


def new_program() -> LoyaltyProgramCreateRequest:
    """The published create request (which leaves out the required title: given here)."""
    return LoyaltyProgramCreateRequest(
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


def test_create_chain_loyalty_program(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    program = user.call(
        create_chain_loyalty_program.sync_detailed, chain_id=account.chain_id, include="rules", body=new_program()
    )

    assert_sent(sent, account, "/chain/1/loyalty/programs", [("include", "rules")], method="POST", body=NEW_PROGRAM)
    assert isinstance(program, LoyaltyProgram)
    assert_chain_program(program)


def test_create_chain_loyalty_program_invalid(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(ValidationError) as caught:
        refusing(user, 422).call(
            create_chain_loyalty_program.sync_detailed, chain_id=account.chain_id, body=new_program()
        )

    # published without a body: no message, no field errors
    assert (caught.value.status, caught.value.message, caught.value.field_errors) == (422, None, {})
    assert_sent(sent, account, "/chain/1/loyalty/programs", method="POST", body=NEW_PROGRAM)


def test_get_chain_loyalty_program(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    program = user.call(
        get_chain_loyalty_program.sync_detailed,
        chain_id=account.chain_id,
        loyalty_program_id=CHAIN_PROGRAM_ID,
        include="companies",
    )

    assert_sent(sent, account, "/chain/1/loyalty/programs/34", [("include", "companies")])
    assert_chain_program(program)


def test_get_chain_loyalty_program_not_found(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(NotFoundError) as caught:
        refusing(user, 404).call(
            get_chain_loyalty_program.sync_detailed, chain_id=account.chain_id, loyalty_program_id=1
        )

    assert (caught.value.status, caught.value.message) == (404, None)
    assert_sent(sent, account, "/chain/1/loyalty/programs/1")


UPDATED_PROGRAM = {
    "title": "Cumulative discount, 12 months",
    "expiration_timeout": 12,
    "expiration_timeout_unit": "month",
    "on_expiration_notification_template": {"type": "none"},
    "rules": [{"parameter": 10, "value": 3.0, "service_id": 0}],
    "company_ids": [49],
}


def updated_program() -> LoyaltyProgramUpdateRequest:
    return LoyaltyProgramUpdateRequest(
        title="Cumulative discount, 12 months",
        expiration_timeout=12,
        expiration_timeout_unit="month",
        on_expiration_notification_template=LoyaltyNotificationMessageTemplateRequest(type_="none"),
        rules=[LoyaltyProgramRuleRequest(parameter=10, value=3.0, service_id=0)],
        company_ids=[49],
    )


async def test_update_chain_loyalty_program_async(
    async_user: AsyncAltegio, account: Account, sent: list[httpx.Request]
) -> None:
    program = await async_user.call(
        update_chain_loyalty_program.asyncio_detailed,
        chain_id=account.chain_id,
        loyalty_program_id=CHAIN_PROGRAM_ID,
        body=updated_program(),
    )

    assert_sent(sent, account, "/chain/1/loyalty/programs/34", method="PUT", body=UPDATED_PROGRAM)
    assert_chain_program(program)  # the mock answers with the published program, unchanged


def test_update_chain_loyalty_program_invalid(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(ValidationError) as caught:
        refusing(user, 422).call(
            update_chain_loyalty_program.sync_detailed,
            chain_id=account.chain_id,
            loyalty_program_id=CHAIN_PROGRAM_ID,
            body=updated_program(),
        )

    assert (caught.value.status, caught.value.operation) == (422, "update_chain_loyalty_program")
    assert_sent(sent, account, "/chain/1/loyalty/programs/34", method="PUT", body=UPDATED_PROGRAM)


def test_delete_chain_loyalty_program(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    deleted = user.call(
        delete_chain_loyalty_program.sync_detailed, chain_id=account.chain_id, loyalty_program_id=CHAIN_PROGRAM_ID
    )

    assert deleted is None  # 204
    assert_sent(sent, account, "/chain/1/loyalty/programs/34", method="DELETE")


def test_delete_chain_loyalty_program_forbidden(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(PermissionDeniedError) as caught:
        refusing(user, 403).call(
            delete_chain_loyalty_program.sync_detailed, chain_id=account.chain_id, loyalty_program_id=CHAIN_PROGRAM_ID
        )

    assert caught.value.message == "Access denied."
    assert_sent(sent, account, "/chain/1/loyalty/programs/34", method="DELETE")


def test_get_chain_loyalty_transaction_list(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    answer = user.call(
        get_chain_loyalty_transaction_list.sync_detailed,
        chain_id=account.chain_id,
        created_after=datetime.date(2026, 9, 1),
        created_before=datetime.date(2026, 9, 30),
        types=["2", "8"],
        company_ids=[account.location_id],
        page=1,
        count=50,
    )

    query = [
        ("created_after", "2026-09-01"),
        ("created_before", "2026-09-30"),
        ("types", "2"),
        ("types", "8"),
        ("company_ids", "1"),
        ("page", "1"),
        ("count", "50"),
    ]
    assert_sent(sent, account, "/chain/1/loyalty/transactions", query)
    # no published example: the mock builds the answer from the schema (zeros and "string")
    assert answer.success is True
    transaction = present(answer.data)[0]
    assert (transaction.id, transaction.visit_id, transaction.card_id, transaction.is_discount) == (0, 0, 0, True)
    assert present(transaction.type_).title == "string"


def test_get_chain_loyalty_transaction_list_invalid(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(ValidationError) as caught:
        refusing(user, 422).call(
            get_chain_loyalty_transaction_list.sync_detailed,
            chain_id=account.chain_id,
            created_after=datetime.date(2026, 9, 30),
            created_before=datetime.date(2026, 9, 1),
        )

    assert (caught.value.status, caught.value.message) == (422, None)
    query = [("created_after", "2026-09-30"), ("created_before", "2026-09-01")]
    assert_sent(sent, account, "/chain/1/loyalty/transactions", query)


def test_get_chain_loyalty_notification_template_list(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    templates = user.call(get_chain_loyalty_notification_template_list.sync_detailed, chain_id=account.chain_id)

    assert_sent(sent, account, "/chain/1/loyalty/notification_message_templates/programs")
    assert [(t.id, t.type_, t.message_type, t.body) for t in templates] == [
        (12, "small", "loyalty_discount_expiration", "Your discount expires tomorrow")
    ]


def test_get_chain_loyalty_notification_template_list_forbidden(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(PermissionDeniedError) as caught:
        refusing(user, 403).call(get_chain_loyalty_notification_template_list.sync_detailed, chain_id=account.chain_id)

    assert caught.value.message == "Access denied."
    assert_sent(sent, account, "/chain/1/loyalty/notification_message_templates/programs")


# --- loyalty payments in a sale -----------------------------------------------------------


def deposit_payment() -> PaymentViaClientPersonalAccount:
    """The published payment from a client's personal account (deposit)."""
    return PaymentViaClientPersonalAccount(
        payment=PaymentViaClientPersonalAccountPayment(
            method=PaymentViaClientPersonalAccountPaymentMethod(slug="deposit", deposit_id=220), amount=123
        )
    )


DEPOSIT_PAYMENT = {"payment": {"method": {"slug": "deposit", "deposit_id": 220}, "amount": 123}}


def test_create_payment_with_loyalty_methods(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    answer = user.call(
        create_payment_with_loyalty_methods.sync_detailed,
        location_id=account.location_id,
        document_id=DOCUMENT_ID,
        body=deposit_payment(),
    )

    assert_sent(sent, account, "/company/1/sale/8201102/payment", method="POST", body=DEPOSIT_PAYMENT)
    assert_sale_document(answer)


def test_create_payment_with_loyalty_methods_forbidden(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(PermissionDeniedError) as caught:
        refusing(user, 403).call(
            create_payment_with_loyalty_methods.sync_detailed,
            location_id=account.location_id,
            document_id=DOCUMENT_ID,
            body=deposit_payment(),
        )

    assert caught.value.message == "Access denied."
    assert_sent(sent, account, "/company/1/sale/8201102/payment", method="POST", body=DEPOSIT_PAYMENT)


def test_delete_loyalty_payment_transaction(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    answer = user.call(
        delete_loyalty_payment_transaction.sync_detailed,
        location_id=account.location_id,
        document_id=DOCUMENT_ID,
        payment_transaction_id=25042,
    )

    assert_sent(sent, account, "/company/1/sale/8201102/payment/loyalty_transaction/25042", method="DELETE")
    assert_sale_document(answer)


def test_delete_loyalty_payment_transaction_not_found(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(NotFoundError):
        refusing(user, 404).call(
            delete_loyalty_payment_transaction.sync_detailed,
            location_id=account.location_id,
            document_id=DOCUMENT_ID,
            payment_transaction_id=1,
        )
    assert_sent(sent, account, "/company/1/sale/8201102/payment/loyalty_transaction/1", method="DELETE")


# --- loyalty analytics --------------------------------------------------------------------

PERIOD = {"date_from": "2026-09-01", "date_to": "2026-09-30", "loyalty_program_id": "53591"}
PERIOD_QUERY = [("date_to", "2026-09-30"), ("date_from", "2026-09-01"), ("loyalty_program_id", "53591")]


def test_get_loyalty_program_revenue_statistics(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    answer = user.call(get_loyalty_program_revenue_statistics.sync_detailed, location_id=account.location_id, **PERIOD)

    assert_sent(sent, account, "/company/1/analytics/loyalty_programs/income", PERIOD_QUERY)
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


def test_get_loyalty_program_revenue_statistics_stale_user_token(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(UserTokenInvalid) as caught:
        refusing(user, 401).call(
            get_loyalty_program_revenue_statistics.sync_detailed, location_id=account.location_id, **PERIOD
        )

    assert caught.value.message == "Authentication needed."
    assert_sent(sent, account, "/company/1/analytics/loyalty_programs/income", PERIOD_QUERY)


def test_get_loyalty_program_team_member_statistics(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    answer = user.call(
        get_loyalty_program_team_member_statistics.sync_detailed, location_id=account.location_id, **PERIOD
    )

    assert_sent(sent, account, "/company/1/analytics/loyalty_programs/staff", PERIOD_QUERY)
    assert present(answer.meta).count == 1
    row = present(answer.data)[0]
    assert (present(row.staff).id, present(row.staff).name) == (1140369, "Doniella Davy")
    stats = present(row.client_stats)
    assert (stats.all_count, stats.lost_count, stats.returned_count, stats.returned_percent) == (1, 0, 1, 100)


def test_get_loyalty_program_team_member_statistics_forbidden(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(PermissionDeniedError):
        refusing(user, 403).call(
            get_loyalty_program_team_member_statistics.sync_detailed, location_id=account.location_id, **PERIOD
        )
    assert_sent(sent, account, "/company/1/analytics/loyalty_programs/staff", PERIOD_QUERY)


async def test_get_loyalty_program_client_statistics_async(
    async_user: AsyncAltegio, account: Account, sent: list[httpx.Request]
) -> None:
    answer = await async_user.call(
        get_loyalty_program_client_statistics.asyncio_detailed, location_id=account.location_id, **PERIOD
    )

    assert_sent(sent, account, "/company/1/analytics/loyalty_programs/visits", PERIOD_QUERY)
    assert answer.success is True and answer.meta == []
    data = present(answer.data)
    total = present(present(data.client_stats).total)
    assert (total.all_count, total.lost_count, total.returned_count, total.returned_percent) == (0, 0, 0, 0)
    days = present(data.visits_stats_by_day)
    assert [(d.date, d.new_count, d.old_count) for d in days] == [(datetime.date(2026, 9, 21), 0, 0)] * 2


def test_get_loyalty_program_client_statistics_not_found(
    user: Altegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(NotFoundError) as caught:
        refusing(user, 404).call(
            get_loyalty_program_client_statistics.sync_detailed, location_id=account.location_id, **PERIOD
        )

    assert caught.value.operation == "get_loyalty_program_client_statistics"
    assert_sent(sent, account, "/company/1/analytics/loyalty_programs/visits", PERIOD_QUERY)


def test_every_operation_is_here() -> None:
    """One success and one refusal per operation of the five loyalty tags."""
    names = {name for name in globals() if name.startswith("test_")}
    modules: Mapping[str, Any] = {
        name: value
        for name, value in globals().items()
        if getattr(value, "__name__", "").startswith("altegio_client.api.") and hasattr(value, "sync_detailed")
    }
    assert len(modules) == 46
    for operation in modules:
        assert any(n == f"test_{operation}" or n.startswith(f"test_{operation}_") for n in names), operation
        assert sum(n.startswith(f"test_{operation}") for n in names) >= 2, operation
