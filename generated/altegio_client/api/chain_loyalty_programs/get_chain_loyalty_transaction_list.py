import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_chain_loyalty_transaction_list_types_item import (
    GetChainLoyaltyTransactionListTypesItem,
)
from ...models.loyalty_transaction import LoyaltyTransaction
from ...types import UNSET, Response, Unset


def _get_kwargs(
    chain_id: int,
    *,
    created_after: datetime.date,
    created_before: datetime.date,
    types: list[GetChainLoyaltyTransactionListTypesItem] | Unset = UNSET,
    company_ids: list[int] | Unset = UNSET,
    visit_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    json_created_before = created_before.isoformat()
    params["created_before"] = json_created_before

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = []
        for types_item_data in types:
            types_item: str = types_item_data
            json_types.append(types_item)

    params["types"] = json_types

    json_company_ids: list[int] | Unset = UNSET
    if not isinstance(company_ids, Unset):
        json_company_ids = company_ids

    params["company_ids"] = json_company_ids

    json_visit_ids: list[int] | Unset = UNSET
    if not isinstance(visit_ids, Unset):
        json_visit_ids = visit_ids

    params["visit_ids"] = json_visit_ids

    params["page"] = page

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chain/{chain_id}/loyalty/transactions".format(
            chain_id=quote(str(chain_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | LoyaltyTransaction | None:
    if response.status_code == 200:
        response_200 = LoyaltyTransaction.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | LoyaltyTransaction]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    created_after: datetime.date,
    created_before: datetime.date,
    types: list[GetChainLoyaltyTransactionListTypesItem] | Unset = UNSET,
    company_ids: list[int] | Unset = UNSET,
    visit_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[Any | LoyaltyTransaction]:
    """Get a List of Chain Loyalty Transactions

    Args:
        chain_id (int):
        created_after (datetime.date):
        created_before (datetime.date):
        types (list[GetChainLoyaltyTransactionListTypesItem] | Unset):
        company_ids (list[int] | Unset):
        visit_ids (list[int] | Unset):
        page (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LoyaltyTransaction]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        created_after=created_after,
        created_before=created_before,
        types=types,
        company_ids=company_ids,
        visit_ids=visit_ids,
        page=page,
        count=count,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    created_after: datetime.date,
    created_before: datetime.date,
    types: list[GetChainLoyaltyTransactionListTypesItem] | Unset = UNSET,
    company_ids: list[int] | Unset = UNSET,
    visit_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Any | LoyaltyTransaction | None:
    """Get a List of Chain Loyalty Transactions

    Args:
        chain_id (int):
        created_after (datetime.date):
        created_before (datetime.date):
        types (list[GetChainLoyaltyTransactionListTypesItem] | Unset):
        company_ids (list[int] | Unset):
        visit_ids (list[int] | Unset):
        page (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LoyaltyTransaction
    """

    return sync_detailed(
        chain_id=chain_id,
        client=client,
        created_after=created_after,
        created_before=created_before,
        types=types,
        company_ids=company_ids,
        visit_ids=visit_ids,
        page=page,
        count=count,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    created_after: datetime.date,
    created_before: datetime.date,
    types: list[GetChainLoyaltyTransactionListTypesItem] | Unset = UNSET,
    company_ids: list[int] | Unset = UNSET,
    visit_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[Any | LoyaltyTransaction]:
    """Get a List of Chain Loyalty Transactions

    Args:
        chain_id (int):
        created_after (datetime.date):
        created_before (datetime.date):
        types (list[GetChainLoyaltyTransactionListTypesItem] | Unset):
        company_ids (list[int] | Unset):
        visit_ids (list[int] | Unset):
        page (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LoyaltyTransaction]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        created_after=created_after,
        created_before=created_before,
        types=types,
        company_ids=company_ids,
        visit_ids=visit_ids,
        page=page,
        count=count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    created_after: datetime.date,
    created_before: datetime.date,
    types: list[GetChainLoyaltyTransactionListTypesItem] | Unset = UNSET,
    company_ids: list[int] | Unset = UNSET,
    visit_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Any | LoyaltyTransaction | None:
    """Get a List of Chain Loyalty Transactions

    Args:
        chain_id (int):
        created_after (datetime.date):
        created_before (datetime.date):
        types (list[GetChainLoyaltyTransactionListTypesItem] | Unset):
        company_ids (list[int] | Unset):
        visit_ids (list[int] | Unset):
        page (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LoyaltyTransaction
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            created_after=created_after,
            created_before=created_before,
            types=types,
            company_ids=company_ids,
            visit_ids=visit_ids,
            page=page,
            count=count,
        )
    ).parsed
