from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chain_loyalty_memberships_freeze_body import ChainLoyaltyMembershipsFreezeBody
from ...models.chain_loyalty_memberships_freeze_response_200 import ChainLoyaltyMembershipsFreezeResponse200
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    chain_id: int,
    membership_id: int,
    *,
    body: ChainLoyaltyMembershipsFreezeBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chain/{chain_id}/loyalty/abonements/{membership_id}/freeze".format(
            chain_id=quote(str(chain_id), safe=""),
            membership_id=quote(str(membership_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChainLoyaltyMembershipsFreezeResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ChainLoyaltyMembershipsFreezeResponse200.from_dict(response.json())

        return response_200

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
) -> Response[ChainLoyaltyMembershipsFreezeResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    chain_id: int,
    membership_id: int,
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyMembershipsFreezeBody,
) -> Response[ChainLoyaltyMembershipsFreezeResponse200 | ErrorResponse]:
    """Freeze membership

     Freezes a membership until the given date and moves its expiry later by the frozen time; a frozen
    membership cannot be used for appointments. The type must allow freezing (allow_freeze) and the
    freeze must stay within its freeze_limit. Needs chain-level rights.

    Args:
        chain_id (int):
        membership_id (int):
        body (ChainLoyaltyMembershipsFreezeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainLoyaltyMembershipsFreezeResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        membership_id=membership_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chain_id: int,
    membership_id: int,
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyMembershipsFreezeBody,
) -> ChainLoyaltyMembershipsFreezeResponse200 | ErrorResponse | None:
    """Freeze membership

     Freezes a membership until the given date and moves its expiry later by the frozen time; a frozen
    membership cannot be used for appointments. The type must allow freezing (allow_freeze) and the
    freeze must stay within its freeze_limit. Needs chain-level rights.

    Args:
        chain_id (int):
        membership_id (int):
        body (ChainLoyaltyMembershipsFreezeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainLoyaltyMembershipsFreezeResponse200 | ErrorResponse
    """

    return sync_detailed(
        chain_id=chain_id,
        membership_id=membership_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    membership_id: int,
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyMembershipsFreezeBody,
) -> Response[ChainLoyaltyMembershipsFreezeResponse200 | ErrorResponse]:
    """Freeze membership

     Freezes a membership until the given date and moves its expiry later by the frozen time; a frozen
    membership cannot be used for appointments. The type must allow freezing (allow_freeze) and the
    freeze must stay within its freeze_limit. Needs chain-level rights.

    Args:
        chain_id (int):
        membership_id (int):
        body (ChainLoyaltyMembershipsFreezeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainLoyaltyMembershipsFreezeResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        membership_id=membership_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    membership_id: int,
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyMembershipsFreezeBody,
) -> ChainLoyaltyMembershipsFreezeResponse200 | ErrorResponse | None:
    """Freeze membership

     Freezes a membership until the given date and moves its expiry later by the frozen time; a frozen
    membership cannot be used for appointments. The type must allow freezing (allow_freeze) and the
    freeze must stay within its freeze_limit. Needs chain-level rights.

    Args:
        chain_id (int):
        membership_id (int):
        body (ChainLoyaltyMembershipsFreezeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainLoyaltyMembershipsFreezeResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            membership_id=membership_id,
            client=client,
            body=body,
        )
    ).parsed
