"""A chain administrator's day: membership types, a membership's freeze and balance, transactions.

One readable line per step, no secrets. Settings from the environment (defaults suit the local
mock, `make demo`): ALTEGIO_BASE_URL, ALTEGIO_PARTNER_TOKEN, ALTEGIO_LOGIN, ALTEGIO_PASSWORD,
ALTEGIO_CHAIN_ID, ALTEGIO_MEMBERSHIP_ID (the membership to freeze, unfreeze and top up) and
ALTEGIO_SERVICE_CATEGORY_ID (what the new membership type covers).

Against the live API this creates a membership type and changes a membership: point it at a
test chain. Exits 1 on the first failure.
"""

from __future__ import annotations

import datetime
import os
import sys
from decimal import Decimal
from typing import Any

from altegio import PRODUCTION_URL, Altegio, AltegioError
from altegio_client.models import (
    ChainLoyaltyMembershipsFreezeBody,
    ChainLoyaltyMembershipsSetBalanceBody,
    ChainLoyaltyMembershipTypesCreateBody,
)
from altegio_client.types import Unset

DEMO = {
    "ALTEGIO_PARTNER_TOKEN": "demo-partner-token",
    "ALTEGIO_LOGIN": "demo@example.com",
    "ALTEGIO_PASSWORD": "demo-password",
    "ALTEGIO_CHAIN_ID": "1",
    "ALTEGIO_MEMBERSHIP_ID": "123",
    "ALTEGIO_SERVICE_CATEGORY_ID": "13160806",
}


def setting(name: str) -> str:
    return os.environ.get(name) or DEMO[name]


def known(value: Any, default: str = "?") -> Any:
    return default if value is None or isinstance(value, Unset) else value


def show(step: str, text: str) -> None:
    print(f"{step:28} {text}")


def run(base_url: str | None, **client_options: Any) -> None:
    chain, membership = int(setting("ALTEGIO_CHAIN_ID")), int(setting("ALTEGIO_MEMBERSHIP_ID"))
    category = setting("ALTEGIO_SERVICE_CATEGORY_ID")
    with Altegio(setting("ALTEGIO_PARTNER_TOKEN"), base_url=base_url or PRODUCTION_URL, **client_options) as partner:
        admin = partner.login(setting("ALTEGIO_LOGIN"), setting("ALTEGIO_PASSWORD"))

        kinds = admin.chain_loyalty_programs.chain_loyalty_membership_types_list(chain_id=chain)
        titles = ", ".join(f"{known(k.title)} ({known(k.cost)})" for k in kinds[:3])
        show("list membership types", f"{len(kinds)} type(s): {titles}")

        new_type = ChainLoyaltyMembershipTypesCreateBody.from_dict(
            {
                "title": "10 visits, 3 months",
                "salon_group_id": chain,
                "cost": Decimal("99.00"),  # money may be Decimal: it is sent as a JSON number
                "period": 3,
                "period_unit_id": 3,  # months
                "is_united_balance": True,
                "united_balance_services_count": 10,
                "services": {},
                "service_categories": {category: 10},
            }
        )
        created = admin.chain_loyalty_programs.chain_loyalty_membership_types_create(chain_id=chain, body=new_type)
        show("create membership type", f"#{known(created.id)} {known(created.title)!s} at {known(created.cost)}")

        till = datetime.datetime.now(datetime.UTC).replace(microsecond=0) + datetime.timedelta(days=14)
        frozen = admin.chain_loyalty_programs.chain_loyalty_memberships_freeze(
            chain_id=chain,
            membership_id=membership,
            body=ChainLoyaltyMembershipsFreezeBody(freeze_till=till),
        )
        show("freeze membership", f"#{membership} frozen: {known(frozen.is_frozen)}, until {known(frozen.freeze_till)}")

        thawed = admin.chain_loyalty_programs.chain_loyalty_memberships_unfreeze(
            chain_id=chain, membership_id=membership
        )
        show("unfreeze membership", f"#{membership} frozen: {known(thawed.is_frozen)}")

        balance = ChainLoyaltyMembershipsSetBalanceBody(united_balance_services_count=8)
        admin.chain_loyalty_programs.chain_loyalty_memberships_set_balance(
            chain_id=chain, membership_id=membership, body=balance
        )
        show("set balance", f"#{membership}: 8 visits left (the server answers with no body)")

        today = datetime.date.today()
        transactions = list(
            admin.chain_loyalty_programs.iter_get_chain_loyalty_transaction_list(
                chain_id=chain,
                created_after=today - datetime.timedelta(days=30),
                created_before=today,
                page_size=50,
                max_pages=20,
            )
        )
        kinds_seen = sorted(
            {str(known(t.type_.title if not isinstance(t.type_, Unset) else None)) for t in transactions}
        )
        show("list loyalty transactions", f"{len(transactions)} in the last 30 days: {', '.join(kinds_seen)}")


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
