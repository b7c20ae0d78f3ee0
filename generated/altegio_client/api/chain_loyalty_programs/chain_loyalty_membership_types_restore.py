from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chain_loyalty_membership_types_restore_body import ChainLoyaltyMembershipTypesRestoreBody
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesRestoreBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/restore".format(
            chain_id=quote(str(chain_id), safe=""),
            loyalty_membership_type_id=quote(str(loyalty_membership_type_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyMembershipTypesRestoreBody,
) -> Response[Any | ErrorResponse]:
    """Restore deleted membership type

     Brings back a deleted membership type. Needs chain-level rights.

    Args:
        chain_id (int):
        loyalty_membership_type_id (int):
        body (ChainLoyaltyMembershipTypesRestoreBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        loyalty_membership_type_id=loyalty_membership_type_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyMembershipTypesRestoreBody,
) -> Any | ErrorResponse | None:
    """Restore deleted membership type

     Brings back a deleted membership type. Needs chain-level rights.

    Args:
        chain_id (int):
        loyalty_membership_type_id (int):
        body (ChainLoyaltyMembershipTypesRestoreBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        chain_id=chain_id,
        loyalty_membership_type_id=loyalty_membership_type_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyMembershipTypesRestoreBody,
) -> Response[Any | ErrorResponse]:
    """Restore deleted membership type

     Brings back a deleted membership type. Needs chain-level rights.

    Args:
        chain_id (int):
        loyalty_membership_type_id (int):
        body (ChainLoyaltyMembershipTypesRestoreBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        loyalty_membership_type_id=loyalty_membership_type_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyMembershipTypesRestoreBody,
) -> Any | ErrorResponse | None:
    """Restore deleted membership type

     Brings back a deleted membership type. Needs chain-level rights.

    Args:
        chain_id (int):
        loyalty_membership_type_id (int):
        body (ChainLoyaltyMembershipTypesRestoreBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            client=client,
            body=body,
        )
    ).parsed
