"""What the runtime does on the wire beyond one operation's table row, replayed from cassettes.

The table (``test_every_operation.py``) sends one set of arguments per operation; these tests send
what no row does: a call without its optional body, a call relying on the generated paging
defaults, and a user-token call on a partner-only client (refused before anything is sent).
"""

from __future__ import annotations

import httpx
import pytest

from altegio import (
    ALTEGIO_ACCEPT,
    Altegio,
    BadRequestError,
    UserTokenInvalid,
    UserTokenRequired,
    ValidationError,
)
from altegio_client.api.chain_loyalty_programs import (
    chain_loyalty_certificate_types_list,
    chain_loyalty_memberships_unfreeze,
)
from altegio_client.api.subscriptions_certificates import get_user_gift_cards
from tests.conftest import Account

pytestmark = pytest.mark.vcr


def only_request(sent: list[httpx.Request], account: Account, base_url: str, method: str, path: str) -> httpx.Request:
    assert len(sent) == 1, [str(r.url) for r in sent]
    request = sent[0]
    assert request.method == method
    assert request.url.path == httpx.URL(base_url).path.rstrip("/") + path
    assert request.headers["Accept"] == ALTEGIO_ACCEPT
    assert request.headers["Authorization"] == f"Bearer {account.partner_token}, User {account.user_token}"
    return request


def test_an_optional_body_left_out_is_not_sent(
    user: Altegio, account: Account, base_url: str, sent: list[httpx.Request]
) -> None:
    """POST .../unfreeze allows no body at all (the table sends an empty object)."""
    with pytest.raises(BadRequestError) as caught:
        user.with_options(headers={"Prefer": "code=400"}).data(
            chain_loyalty_memberships_unfreeze.sync_detailed,
            chain_id=account.chain_id,
            membership_id=account.membership_id,
        )

    assert not isinstance(caught.value, ValidationError)
    assert (caught.value.status, caught.value.message) == (400, "Subscription is not frozen")
    request = only_request(sent, account, base_url, "POST", "/chain/1/loyalty/abonements/5248829/unfreeze")
    assert request.url.params.multi_items() == []
    assert request.content == b""


def test_the_generated_paging_defaults_are_sent(
    user: Altegio, account: Account, base_url: str, sent: list[httpx.Request]
) -> None:
    """GET .../certificate_types publishes page 1 of 10 as defaults: sent when not given (the table pages)."""
    with pytest.raises(UserTokenInvalid) as caught:
        user.with_options(headers={"Prefer": "code=401"}).call(
            chain_loyalty_certificate_types_list.sync_detailed, chain_id=account.chain_id
        )

    assert (caught.value.status, caught.value.message) == (401, None)  # published as {"success": false}
    request = only_request(sent, account, base_url, "GET", "/chain/1/loyalty/certificate_types")
    assert request.url.params.multi_items() == [("page", "1"), ("page_size", "10")]
    assert request.content == b"" and "Content-Type" not in request.headers


def test_user_token_operations_refuse_a_partner_only_client(partner: Altegio, sent: list[httpx.Request]) -> None:
    with pytest.raises(UserTokenRequired, match="get_user_gift_cards"):
        partner.call(get_user_gift_cards.sync_detailed, company_id=1)
    assert sent == []  # refused before anything was sent
