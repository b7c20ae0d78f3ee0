from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chain_loyalty_membership_types_list_response_200 import ChainLoyaltyMembershipTypesListResponse200
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    chain_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chain/{chain_id}/loyalty/abonement_types".format(
            chain_id=quote(str(chain_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChainLoyaltyMembershipTypesListResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ChainLoyaltyMembershipTypesListResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChainLoyaltyMembershipTypesListResponse200 | ErrorResponse]:
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
) -> Response[ChainLoyaltyMembershipTypesListResponse200 | ErrorResponse]:
    """List membership types

     Lists every membership type of the chain. Needs chain-level rights.

    Args:
        chain_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainLoyaltyMembershipTypesListResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chain_id: int,
    *,
    client: AuthenticatedClient,
) -> ChainLoyaltyMembershipTypesListResponse200 | ErrorResponse | None:
    """List membership types

     Lists every membership type of the chain. Needs chain-level rights.

    Args:
        chain_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainLoyaltyMembershipTypesListResponse200 | ErrorResponse
    """

    return sync_detailed(
        chain_id=chain_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ChainLoyaltyMembershipTypesListResponse200 | ErrorResponse]:
    """List membership types

     Lists every membership type of the chain. Needs chain-level rights.

    Args:
        chain_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainLoyaltyMembershipTypesListResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    *,
    client: AuthenticatedClient,
) -> ChainLoyaltyMembershipTypesListResponse200 | ErrorResponse | None:
    """List membership types

     Lists every membership type of the chain. Needs chain-level rights.

    Args:
        chain_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainLoyaltyMembershipTypesListResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
        )
    ).parsed
