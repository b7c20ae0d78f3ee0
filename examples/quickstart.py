"""Log in, then call every loyalty operation once: one readable line each, no secrets.

Settings come from the environment; the defaults suit the local mock (`make demo`):

    ALTEGIO_BASE_URL       API root (default: production, https://api.alteg.io/api/v1)
    ALTEGIO_PARTNER_TOKEN  partner token (marketplace developer account)
    ALTEGIO_LOGIN          user login: phone number or e-mail address
    ALTEGIO_PASSWORD       user password
    ALTEGIO_LOCATION_ID    location (company) id
    ALTEGIO_CHAIN_ID       chain id
    ALTEGIO_CLIENT_ID      client id, for the event membership calls
    ALTEGIO_PHONE          the client's phone number, for the by-phone lookups
    ALTEGIO_EVENT_ID       group event id

Exits 1 on the first failure, with the error (which never carries a secret).
"""

from __future__ import annotations

import os
import sys
from typing import Any, TypeVar

from altegio import PRODUCTION_URL, Altegio, AltegioError
from altegio_client.models import GiftCard, Membership
from altegio_client.types import Unset

T = TypeVar("T")
DEMO = {
    "ALTEGIO_PARTNER_TOKEN": "demo-partner-token",
    "ALTEGIO_LOGIN": "demo@example.com",
    "ALTEGIO_PASSWORD": "demo-password",
    "ALTEGIO_LOCATION_ID": "1",
    "ALTEGIO_CHAIN_ID": "1",
    "ALTEGIO_CLIENT_ID": "1",
    "ALTEGIO_PHONE": "+13155550175",
    "ALTEGIO_EVENT_ID": "12345",
}


def setting(name: str) -> str:
    return os.environ.get(name) or DEMO[name]


def known(value: T | Unset | None, default: str = "?") -> T | str:
    return default if value is None or isinstance(value, Unset) else value


def show(operation: str, text: str) -> None:
    print(f"{operation:32} {text}")


def describe_cards(cards: list[GiftCard]) -> str:
    parts = [f"#{known(c.id)} balance {known(c.balance)} ({known(c.status.title) if c.status else '?'})" for c in cards]
    return f"{len(cards)} gift card(s): " + ", ".join(parts)


def describe_memberships(memberships: list[Membership]) -> str:
    parts = [f"#{known(m.id)} {known(m.balance_string)}" for m in memberships]
    return f"{len(memberships)} membership(s): " + ", ".join(parts)


def run(base_url: str | None, **client_options: Any) -> None:
    location, chain = int(setting("ALTEGIO_LOCATION_ID")), int(setting("ALTEGIO_CHAIN_ID"))
    client_id, event = int(setting("ALTEGIO_CLIENT_ID")), int(setting("ALTEGIO_EVENT_ID"))
    phone = setting("ALTEGIO_PHONE")

    with Altegio(setting("ALTEGIO_PARTNER_TOKEN"), base_url=base_url or PRODUCTION_URL, **client_options) as partner:
        user = partner.login(setting("ALTEGIO_LOGIN"), setting("ALTEGIO_PASSWORD"))
        who = user.user
        show("authorize_user", f"logged in as {who.name if who else '?'} (user #{who.id if who else '?'})")

        show(
            "get_user_gift_cards",
            describe_cards(user.subscriptions_certificates.get_user_gift_cards(company_id=location)),
        )
        cards = user.subscriptions_certificates.get_client_gift_cards(company_id=location, phone=phone)
        show("get_client_gift_cards", describe_cards(cards))

        types = user.subscriptions_certificates.get_gift_card_type_list(location_id=location, page=1, page_size=100)
        show("get_gift_card_type_list", f"{len(types)} type(s): " + ", ".join(str(known(t.title)) for t in types))
        type_ids = [t.id for t in types if isinstance(t.id, int)]
        fetched = user.subscriptions_certificates.get_gift_card_type_list_by_id(location_id=location, ids=type_ids)
        show("get_gift_card_type_list_by_id", f"ids {type_ids}: {len(fetched)} type(s)")

        mine = user.subscriptions_certificates.get_user_memberships(company_id=location)
        show("get_user_memberships", describe_memberships(mine))
        theirs = user.subscriptions_certificates.get_client_memberships(company_id=location, phone=phone)
        show("get_client_memberships", describe_memberships(theirs))
        chain_list = user.subscriptions_certificates.get_membership_list(chain_id=chain, page=1, count=25)
        show("get_membership_list", describe_memberships(chain_list))

        kinds = user.subscriptions_certificates.get_membership_type_list(location_id=location, page=1, page_size=100)
        show("get_membership_type_list", f"{len(kinds)} type(s): " + ", ".join(str(known(k.title)) for k in kinds))
        kind_ids = [k.id for k in kinds if isinstance(k.id, int)]
        fetched_kinds = user.subscriptions_certificates.get_membership_type_list_by_id(
            location_id=location, ids=kind_ids
        )
        show("get_membership_type_list_by_id", f"ids {kind_ids}: {len(fetched_kinds)} type(s)")

        usable = user.subscriptions_certificates.search_memberships_for_event(
            location_id=location, client_id=client_id, event_id=event
        )
        show("search_memberships_for_event", f"{len(usable)} membership(s) usable for event #{event}")
        if not usable or not str(known(usable[0].id, "")).isdigit():
            raise SystemExit("search_memberships_for_event returned no membership id to check")
        check = user.subscriptions_certificates.check_memberships_for_event(
            location_id=location,
            client_id=client_id,
            membership_id=int(str(usable[0].id)),
            event_id=event,
            schedule_day_ids="1,2,3",
        )
        attributes = check.attributes
        visits = "?" if attributes is None or isinstance(attributes, Unset) else known(attributes.available_visits)
        show("check_memberships_for_event", f"membership #{usable[0].id}: {visits} visit(s) available")


def main(argv: list[str]) -> int:
    del argv
    try:
        run(os.environ.get("ALTEGIO_BASE_URL"))
    except AltegioError as exc:
        print(f"failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
