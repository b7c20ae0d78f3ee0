"""Each of the 12 operations, replayed from a cassette: once answered, once refused.

Every test asserts the request as it left the client (method, path, query, Accept and
Authorization) and the parsed values. Error answers were recorded from the mock with a
``Prefer: code=NNN`` header (Prism's way to pick a documented response); against the live API
the same tests need an account where those calls fail.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import httpx
import pytest

from altegio import (
    ALTEGIO_ACCEPT,
    Altegio,
    AsyncAltegio,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    UserTokenInvalid,
    UserTokenRequired,
)
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
from altegio_client.models import GiftCard, GiftCardListMeta, GiftCardListResponse, Membership, MembershipListMeta
from altegio_client.types import UNSET
from tests.conftest import Account, present

CENTRAL = timezone(timedelta(hours=-5))
SEPT_21 = datetime(2026, 9, 21, 23, 0, tzinfo=CENTRAL)

pytestmark = pytest.mark.vcr
BASE_PATH = ""  # the base URL's path: /api/v1 on replay (production), "" against the mock
RECORDING = False  # codes are scrubbed only in what is written to the cassette


@pytest.fixture(autouse=True)
def _mode(base_url: str, recording: bool) -> None:
    global BASE_PATH, RECORDING
    BASE_PATH = httpx.URL(base_url).path.rstrip("/")
    RECORDING = recording


def code(published: int) -> str:
    """A gift card or membership code as delivered (text), and as replayed (scrubbed)."""
    return str(published) if RECORDING else "<CODE>"


def only_request(sent: list[httpx.Request]) -> httpx.Request:
    assert len(sent) == 1, [str(r.url) for r in sent]
    return sent[0]


def assert_sent(
    sent: list[httpx.Request],
    account: Account,
    path: str,
    query: list[tuple[str, str]],
    *,
    method: str = "GET",
    user_token: bool = True,
) -> httpx.Request:
    request = only_request(sent)
    assert request.method == method
    assert request.url.path == BASE_PATH + path
    assert request.url.params.multi_items() == query
    assert request.headers["Accept"] == ALTEGIO_ACCEPT
    expected = f"Bearer {account.partner_token}" + (f", User {account.user_token}" if user_token else "")
    assert request.headers["Authorization"] == expected
    assert "Content-Type" not in request.headers or method != "GET"
    return request


def refusing(client: Altegio, status: int) -> Altegio:
    return client.with_options(headers={"Prefer": f"code={status}"})


def assert_gift_card(card: GiftCard) -> None:
    assert card.id == 409726
    assert card.number == code(888)  # codes are credentials: scrubbed from cassettes
    assert card.balance == 9000
    assert card.default_balance == 9000
    assert (card.type_id, card.status_id) == (27841, 2)
    assert card.created_date == SEPT_21
    assert isinstance(card.expiration_date, datetime)
    assert card.expiration_date.utcoffset() == timedelta(hours=-5)
    kind = present(card.type_)
    assert (kind.title, kind.is_multi, kind.expiration_timeout, kind.expiration_timeout_unit_id) == (
        "certificate 9000",
        True,
        365,
        1,
    )
    assert present(kind.item_type).title == "No limits"
    assert (present(card.status).id, present(card.status).title) == (2, "activated")


def assert_membership(membership: Membership) -> None:
    assert membership.id == 659878
    assert membership.number == code(788376)
    assert membership.balance_string == "Surfing (x10)"
    assert (membership.is_frozen, membership.period, membership.period_unit_id) == (False, 9999, 3)
    assert present(membership.status).title == "Released"
    link = present(present(membership.balance_container).links)[0]
    assert link.count == 10 and present(link.category).title == "Surfing"
    kind = present(membership.type_)
    assert kind.title == "89999"  # published as a number where a string is declared: delivered as text
    assert (kind.id, kind.salon_group_id, kind.allow_freeze) == (97804, 145071, False)


# --- POST /auth ------------------------------------------------------------------------


def test_authorize_user(partner: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    user = partner.login(account.login, account.password)

    request = assert_sent(sent, account, "/auth", [], method="POST", user_token=False)
    assert request.headers["Content-Type"] == "application/json"
    assert httpx.Response(200, content=request.content).json() == {
        "login": account.login,
        "password": account.password,
    }
    assert user.has_user_token and not partner.has_user_token
    assert user.user is not None
    assert (user.user.id, user.user.name, user.user.is_approved) == (123456, "James Smith", True)
    assert user.user.is_email_confirmed is False
    assert account.password not in repr(user) and "<USER_TOKEN>" not in repr(user)


def test_authorize_user_refused(partner: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(AuthenticationError) as caught:
        refusing(partner, 401).login(account.login, account.password)

    assert not isinstance(caught.value, UserTokenInvalid)  # only the partner token was sent
    assert (caught.value.status, caught.value.message) == (401, "Authentication needed.")
    assert caught.value.operation == "authorize_user"
    assert account.password not in str(caught.value) and account.login not in str(caught.value)
    assert_sent(sent, account, "/auth", [], method="POST", user_token=False)


# --- gift cards ------------------------------------------------------------------------


def test_get_user_gift_cards(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    answer = user.call(get_user_gift_cards.sync_detailed, company_id=account.location_id)

    assert_sent(sent, account, "/user/loyalty/certificates", [("company_id", "1")])
    assert isinstance(answer, GiftCardListResponse) and answer.success is True
    assert len(present(answer.data)) == 1
    assert_gift_card(present(answer.data)[0])
    meta = present(answer.meta)
    assert isinstance(meta, GiftCardListMeta) and meta.count == 1


def test_get_user_gift_cards_stale_user_token(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(UserTokenInvalid, match="log in again") as caught:
        refusing(user, 401).call(get_user_gift_cards.sync_detailed, company_id=account.location_id)

    assert (caught.value.status, caught.value.message) == (401, "Authentication needed.")
    assert account.user_token not in str(caught.value)
    assert_sent(sent, account, "/user/loyalty/certificates", [("company_id", "1")])


def test_get_client_gift_cards(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    cards = user.data(get_client_gift_cards.sync_detailed, company_id=account.location_id, phone=account.phone)

    assert_sent(sent, account, "/loyalty/certificates", [("company_id", "1"), ("phone", account.phone)])
    assert [c.id for c in cards] == [409726]
    assert_gift_card(cards[0])


def test_get_client_gift_cards_not_found(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(NotFoundError) as caught:
        refusing(user, 404).data(
            get_client_gift_cards.sync_detailed, company_id=account.location_id, phone=account.phone
        )

    assert (caught.value.status, caught.value.operation) == (404, "get_client_gift_cards")
    assert account.phone not in str(caught.value)
    assert_sent(sent, account, "/loyalty/certificates", [("company_id", "1"), ("phone", account.phone)])


def test_get_gift_card_type_list(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    types = user.data(
        get_gift_card_type_list.sync_detailed,
        location_id=account.location_id,
        title="certificate",
        page=1,
        page_size=100,
    )

    query = [("title", "certificate"), ("page", "1"), ("page_size", "100")]
    assert_sent(sent, account, "/company/1/loyalty/certificate_types/search", query)
    assert [(t.id, t.balance, t.is_multi, t.item_type_id) for t in types] == [(1, 10, True, 0), (11, 100, False, 2)]
    assert types[0].expiration_date == SEPT_21
    assert types[1].expiration_date is UNSET  # absent in the published example: "null if not set"
    assert (types[1].expiration_timeout, types[1].expiration_timeout_unit_id) == (6, 3)


def test_get_gift_card_type_list_forbidden(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(PermissionDeniedError) as caught:
        refusing(user, 403).data(get_gift_card_type_list.sync_detailed, location_id=account.location_id)

    assert (caught.value.status, caught.value.message) == (403, "Access denied.")
    assert_sent(sent, account, "/company/1/loyalty/certificate_types/search", [])


def test_get_gift_card_type_list_by_id(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    types = user.data(get_gift_card_type_list_by_id.sync_detailed, location_id=account.location_id, ids=[1, 11])

    request = assert_sent(
        sent, account, "/company/1/loyalty/certificate_types/fetch", [("ids[]", "1"), ("ids[]", "11")]
    )
    assert request.url.query == b"ids%5B%5D=1&ids%5B%5D=11"  # brackets percent-encoded, as PHP decodes them
    assert types[0].id == 1 and types[0].title == "Fixed burn date certificate without application restrictions"


def test_get_gift_card_type_list_by_id_not_found(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(NotFoundError):
        refusing(user, 404).data(get_gift_card_type_list_by_id.sync_detailed, location_id=account.location_id, ids=[9])
    assert_sent(sent, account, "/company/1/loyalty/certificate_types/fetch", [("ids[]", "9")])


# --- memberships -----------------------------------------------------------------------


def test_get_user_memberships(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    memberships = user.data(get_user_memberships.sync_detailed, company_id=account.location_id)

    assert_sent(sent, account, "/user/loyalty/abonements", [("company_id", "1")])
    assert len(memberships) == 1
    assert_membership(memberships[0])


def test_get_user_memberships_forbidden(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(PermissionDeniedError, match="Access denied"):
        refusing(user, 403).data(get_user_memberships.sync_detailed, company_id=account.location_id)
    assert_sent(sent, account, "/user/loyalty/abonements", [("company_id", "1")])


def test_get_client_memberships(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    memberships = user.data(get_client_memberships.sync_detailed, company_id=account.location_id, phone=account.phone)

    assert_sent(sent, account, "/loyalty/abonements", [("company_id", "1"), ("phone", account.phone)])
    assert_membership(memberships[0])


def test_get_client_memberships_not_found(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(NotFoundError):
        refusing(user, 404).data(
            get_client_memberships.sync_detailed, company_id=account.location_id, phone=account.phone
        )
    assert_sent(sent, account, "/loyalty/abonements", [("company_id", "1"), ("phone", account.phone)])


def test_get_membership_list(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    answer = user.call(
        get_membership_list.sync_detailed,
        chain_id=account.chain_id,
        created_after="2026-09-01T00:00:00-05:00",
        abonements_ids=[123, 720],
        page=1,
        count=25,
    )

    query = [
        ("created_after", "2026-09-01T00:00:00-05:00"),
        ("abonements_ids", "123"),
        ("abonements_ids", "720"),
        ("page", "1"),
        ("count", "25"),
    ]
    assert_sent(sent, account, "/chain/1/loyalty/abonements", query)
    # published wrapped in a one-item array: unwrapped by the runtime
    assert answer.success is True
    memberships = present(answer.data)
    assert [(m.id, m.balance_string) for m in memberships] == [(123, "Services (x5)"), (720, "Some services (x10)")]
    assert memberships[0].activated_date == SEPT_21
    assert memberships[1].activated_date is UNSET
    meta = present(answer.meta)
    assert isinstance(meta, MembershipListMeta) and meta.count == 2


def test_get_membership_list_bad_request(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(BadRequestError) as caught:
        refusing(user, 400).call(get_membership_list.sync_detailed, chain_id=account.chain_id)

    assert caught.value.message == "Subscription IDs or date range not specified."
    assert_sent(sent, account, "/chain/1/loyalty/abonements", [])


def test_get_membership_type_list(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    kinds = user.data(get_membership_type_list.sync_detailed, location_id=account.location_id, page=2, page_size=10)

    assert_sent(sent, account, "/company/1/loyalty/abonement_types/search", [("page", "2"), ("page_size", "10")])
    assert [(k.id, k.salon_group_id, k.freeze_limit) for k in kinds] == [(12233, 123, 14), (255789, 456, 0)]
    assert kinds[1].title == "Subscription for 6 months" and kinds[1].period == 6


def test_get_membership_type_list_unauthenticated(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(AuthenticationError):
        refusing(user, 401).data(get_membership_type_list.sync_detailed, location_id=account.location_id)
    assert_sent(sent, account, "/company/1/loyalty/abonement_types/search", [])


def test_get_membership_type_list_by_id(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    kinds = user.data(
        get_membership_type_list_by_id.sync_detailed, location_id=account.location_id, ids=[12233, 255789]
    )

    query = [("ids[]", "12233"), ("ids[]", "255789")]
    assert_sent(sent, account, "/company/1/loyalty/abonement_types/fetch", query)
    assert kinds[0].id == 12233 and kinds[0].allow_freeze is True


def test_get_membership_type_list_by_id_forbidden(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(PermissionDeniedError):
        refusing(user, 403).data(get_membership_type_list_by_id.sync_detailed, location_id=account.location_id, ids=[1])
    assert_sent(sent, account, "/company/1/loyalty/abonement_types/fetch", [("ids[]", "1")])


# --- memberships for a group event (published under a doubled /api/v1) ------------------


def test_search_memberships_for_event(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    found = user.call(
        search_memberships_for_event.sync_detailed,
        location_id=account.location_id,
        client_id=account.client_id,
        event_id=account.event_id,
    )

    path = "/company/1/client/1/loyalty/abonements/search_for_activity"
    assert_sent(sent, account, path, [("event_id", "12345")])
    item = present(found.data)[0]
    assert (item.id, item.type_) == ("5248829", "loyalty_abonement")
    assert present(item.attributes).balance == 10
    assert present(item.attributes).number == ("690348" if RECORDING else "<CODE>")
    related = present(present(present(item.relationships).loyalty_abonement_type).data)
    assert (related.id, related.type_) == ("489159", "loyalty_abonement_type")


def test_search_memberships_for_event_not_found(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    with pytest.raises(NotFoundError) as caught:
        refusing(user, 404).call(
            search_memberships_for_event.sync_detailed, location_id=account.location_id, client_id=1, event_id=1
        )
    assert caught.value.message == "Event not found"
    assert only_request(sent).url.params["event_id"] == "1"


def test_check_memberships_for_event(user: Altegio, account: Account, sent: list[httpx.Request]) -> None:
    checked = user.call(
        check_memberships_for_event.sync_detailed,
        location_id=account.location_id,
        client_id=account.client_id,
        membership_id=account.membership_id,
        event_id=account.event_id,
        schedule_day_ids="1,2,3,4,5",
    )

    path = "/company/1/client/1/loyalty/abonements/5248829/check_for_activity"
    assert_sent(sent, account, path, [("event_id", "12345"), ("schedule_day_ids", "1,2,3,4,5")])
    attributes = present(present(checked.data).attributes)
    assert attributes.last_booking_date == datetime(2026, 3, 31, 23, 59, 59, tzinfo=UTC)
    assert attributes.bookable_day_ids == [1, 2, 3, 4, 5]
    assert (attributes.available_visits, attributes.can_book_all_days) == (10, True)


async def test_check_memberships_for_event_bad_request_async(
    async_user: AsyncAltegio, account: Account, sent: list[httpx.Request]
) -> None:
    with pytest.raises(BadRequestError) as caught:
        await async_user.with_options(headers={"Prefer": "code=400"}).call(
            check_memberships_for_event.asyncio_detailed,
            location_id=account.location_id,
            client_id=account.client_id,
            membership_id=account.membership_id,
            event_id=account.event_id,
            schedule_day_ids="x",
        )
    assert caught.value.message == "Invalid schedule_day_ids"
    assert only_request(sent).url.params["schedule_day_ids"] == "x"


async def test_get_user_gift_cards_async(async_user: AsyncAltegio, account: Account, sent: list[httpx.Request]) -> None:
    cards = await async_user.data(get_user_gift_cards.asyncio_detailed, company_id=account.location_id)

    assert_sent(sent, account, "/user/loyalty/certificates", [("company_id", "1")])
    assert_gift_card(cards[0])


def test_user_token_operations_refuse_a_partner_only_client(partner: Altegio, sent: list[httpx.Request]) -> None:
    with pytest.raises(UserTokenRequired, match="get_user_gift_cards"):
        partner.call(get_user_gift_cards.sync_detailed, company_id=1)
    assert sent == []  # refused before anything was sent
