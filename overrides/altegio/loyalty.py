"""Loyalty writes that take more than one call.

Membership types and gift card (certificate) types are changed with a PUT that **replaces**
the whole object: a field left out is reset to its default. These helpers read the current
object, turn it into the update body (the read and the update name some fields differently),
apply your changes, and send that:

    from altegio.loyalty import update_membership_type

    update_membership_type(user, chain_id=1, membership_type_id=896, title="Gold 12 months")

Fields the read answer does not return (an online-sale image, say) cannot be carried over; pass
them in ``changes`` if they must be kept. Deleting a membership type is soft: it can be read
and restored (``chain_loyalty_membership_types_restore``) afterwards.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from altegio_client.api.chain_loyalty_programs import (
    chain_loyalty_certificate_types_get,
    chain_loyalty_certificate_types_update,
    chain_loyalty_membership_types_read,
    chain_loyalty_membership_types_update,
)
from altegio_client.models import ChainLoyaltyCertificateTypesUpdateBody, ChainLoyaltyMembershipTypesUpdateBody

from ._client import Altegio, AsyncAltegio

__all__ = [
    "aupdate_gift_card_type",
    "aupdate_membership_type",
    "gift_card_type_update_body",
    "membership_type_update_body",
    "update_gift_card_type",
    "update_membership_type",
]


def _fields(model: type[Any]) -> frozenset[str]:
    return frozenset(field.name for field in attrs.fields(model) if field.name != "additional_properties")


MEMBERSHIP_TYPE_FIELDS = _fields(ChainLoyaltyMembershipTypesUpdateBody)
GIFT_CARD_TYPE_FIELDS = _fields(ChainLoyaltyCertificateTypesUpdateBody)


def _kept(current: Mapping[str, Any], fields: frozenset[str]) -> dict[str, Any]:
    return {key: value for key, value in current.items() if key in fields and value is not None}


def membership_type_update_body(current: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """The PUT body that keeps a membership type as read (``to_dict()`` of the read data)."""
    body = _kept(current, MEMBERSHIP_TYPE_FIELDS)
    locations = current.get("attached_location_ids") or current.get("attached_salon_ids")
    if locations:
        body["location_ids"] = list(locations)
    services: dict[str, Any] = {}
    categories: dict[str, Any] = {}
    container = current.get("balance_container")
    links = container.get("links") if isinstance(container, Mapping) else None
    for link in links if isinstance(links, list) else []:
        count = link.get("count", 0)
        service, category = link.get("service"), link.get("category")
        if isinstance(service, Mapping) and "id" in service:
            services[str(service["id"])] = count
        elif isinstance(category, Mapping) and "id" in category:
            categories[str(category["id"])] = count
    body["services"], body["service_categories"] = services, categories
    return {**body, **changes}


def gift_card_type_update_body(current: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """The PUT body that keeps a gift card type as read (``to_dict()`` of the read data)."""
    body = _kept(current, GIFT_CARD_TYPE_FIELDS)
    expiration = {
        "type_id": current.get("expiration_type_id", 0),
        "date": current.get("expiration_date"),
        "timeout": current.get("expiration_timeout"),
        "timeout_unit_id": current.get("expiration_timeout_unit_id"),
    }
    online_sale = {
        "is_enabled": bool(current.get("online_sale_is_enabled", False)),
        "title": current.get("online_sale_title"),
        "description": current.get("online_sale_description"),
        "price": current.get("online_sale_price"),
    }
    body["expiration"] = {key: value for key, value in expiration.items() if value is not None}
    body["online_sale"] = {key: value for key, value in online_sale.items() if value is not None}
    return {**body, **changes}


def update_membership_type(client: Altegio, chain_id: int, membership_type_id: int, **changes: Any) -> Any:
    """Change some fields of a membership type, keeping the others (read, merge, PUT)."""
    ids = {"chain_id": chain_id, "loyalty_membership_type_id": membership_type_id}
    current = client.data(chain_loyalty_membership_types_read.sync_detailed, **ids)
    body = membership_type_update_body(current.to_dict(), changes)
    update = chain_loyalty_membership_types_update.sync_detailed
    return client.data(update, **ids, body=ChainLoyaltyMembershipTypesUpdateBody.from_dict(body))


async def aupdate_membership_type(client: AsyncAltegio, chain_id: int, membership_type_id: int, **changes: Any) -> Any:
    """``update_membership_type`` for the async client."""
    ids = {"chain_id": chain_id, "loyalty_membership_type_id": membership_type_id}
    current = await client.data(chain_loyalty_membership_types_read.asyncio_detailed, **ids)
    body = membership_type_update_body(current.to_dict(), changes)
    update = chain_loyalty_membership_types_update.asyncio_detailed
    return await client.data(update, **ids, body=ChainLoyaltyMembershipTypesUpdateBody.from_dict(body))


def update_gift_card_type(client: Altegio, chain_id: int, type_id: int, **changes: Any) -> Any:
    """Change some fields of a gift card type, keeping the others (read, merge, PUT)."""
    current = client.data(chain_loyalty_certificate_types_get.sync_detailed, chain_id=chain_id, type_id=type_id)
    body = ChainLoyaltyCertificateTypesUpdateBody.from_dict(gift_card_type_update_body(current.to_dict(), changes))
    update = chain_loyalty_certificate_types_update.sync_detailed
    return client.data(update, chain_id=chain_id, type_id=type_id, body=body)


async def aupdate_gift_card_type(client: AsyncAltegio, chain_id: int, type_id: int, **changes: Any) -> Any:
    """``update_gift_card_type`` for the async client."""
    read = chain_loyalty_certificate_types_get.asyncio_detailed
    current = await client.data(read, chain_id=chain_id, type_id=type_id)
    body = ChainLoyaltyCertificateTypesUpdateBody.from_dict(gift_card_type_update_body(current.to_dict(), changes))
    update = chain_loyalty_certificate_types_update.asyncio_detailed
    return await client.data(update, chain_id=chain_id, type_id=type_id, body=body)
