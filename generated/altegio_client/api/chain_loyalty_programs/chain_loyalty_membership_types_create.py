from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chain_loyalty_membership_types_create_body import ChainLoyaltyMembershipTypesCreateBody
from ...models.chain_loyalty_membership_types_create_response_200 import ChainLoyaltyMembershipTypesCreateResponse200
from ...models.chain_loyalty_membership_types_create_response_201 import ChainLoyaltyMembershipTypesCreateResponse201
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    chain_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCreateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chain/{chain_id}/loyalty/abonement_types".format(
            chain_id=quote(str(chain_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChainLoyaltyMembershipTypesCreateResponse200 | ChainLoyaltyMembershipTypesCreateResponse201 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ChainLoyaltyMembershipTypesCreateResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ChainLoyaltyMembershipTypesCreateResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ChainLoyaltyMembershipTypesCreateResponse200 | ChainLoyaltyMembershipTypesCreateResponse201 | ErrorResponse
]:
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
    body: ChainLoyaltyMembershipTypesCreateBody,
) -> Response[
    ChainLoyaltyMembershipTypesCreateResponse200 | ChainLoyaltyMembershipTypesCreateResponse201 | ErrorResponse
]:
    """Create membership type

     Creates a chain membership type, a package (such as 10 visits or a monthly unlimited pass) that
    chain locations can sell. services and service_categories must be objects mapping an ID to a count,
    such as {"service_id": count}, not arrays, whatever older docs show. Needs chain-level rights.

    Args:
        chain_id (int):
        body (ChainLoyaltyMembershipTypesCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainLoyaltyMembershipTypesCreateResponse200 | ChainLoyaltyMembershipTypesCreateResponse201 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyMembershipTypesCreateBody,
) -> ChainLoyaltyMembershipTypesCreateResponse200 | ChainLoyaltyMembershipTypesCreateResponse201 | ErrorResponse | None:
    """Create membership type

     Creates a chain membership type, a package (such as 10 visits or a monthly unlimited pass) that
    chain locations can sell. services and service_categories must be objects mapping an ID to a count,
    such as {"service_id": count}, not arrays, whatever older docs show. Needs chain-level rights.

    Args:
        chain_id (int):
        body (ChainLoyaltyMembershipTypesCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainLoyaltyMembershipTypesCreateResponse200 | ChainLoyaltyMembershipTypesCreateResponse201 | ErrorResponse
    """

    return sync_detailed(
        chain_id=chain_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyMembershipTypesCreateBody,
) -> Response[
    ChainLoyaltyMembershipTypesCreateResponse200 | ChainLoyaltyMembershipTypesCreateResponse201 | ErrorResponse
]:
    """Create membership type

     Creates a chain membership type, a package (such as 10 visits or a monthly unlimited pass) that
    chain locations can sell. services and service_categories must be objects mapping an ID to a count,
    such as {"service_id": count}, not arrays, whatever older docs show. Needs chain-level rights.

    Args:
        chain_id (int):
        body (ChainLoyaltyMembershipTypesCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainLoyaltyMembershipTypesCreateResponse200 | ChainLoyaltyMembershipTypesCreateResponse201 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyMembershipTypesCreateBody,
) -> ChainLoyaltyMembershipTypesCreateResponse200 | ChainLoyaltyMembershipTypesCreateResponse201 | ErrorResponse | None:
    """Create membership type

     Creates a chain membership type, a package (such as 10 visits or a monthly unlimited pass) that
    chain locations can sell. services and service_categories must be objects mapping an ID to a count,
    such as {"service_id": count}, not arrays, whatever older docs show. Needs chain-level rights.

    Args:
        chain_id (int):
        body (ChainLoyaltyMembershipTypesCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainLoyaltyMembershipTypesCreateResponse200 | ChainLoyaltyMembershipTypesCreateResponse201 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            body=body,
        )
    ).parsed
