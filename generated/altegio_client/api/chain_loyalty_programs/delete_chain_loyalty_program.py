from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_chain_loyalty_program_include import (
    DeleteChainLoyaltyProgramInclude,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    chain_id: int,
    loyalty_program_id: int,
    *,
    include: DeleteChainLoyaltyProgramInclude | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/chain/{chain_id}/loyalty/programs/{loyalty_program_id}".format(
            chain_id=quote(str(chain_id), safe=""),
            loyalty_program_id=quote(str(loyalty_program_id), safe=""),
        ),
        "params": params,
    }

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
    loyalty_program_id: int,
    *,
    client: AuthenticatedClient,
    include: DeleteChainLoyaltyProgramInclude | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Delete Chain Promotion

    Args:
        chain_id (int):
        loyalty_program_id (int):
        include (DeleteChainLoyaltyProgramInclude | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        loyalty_program_id=loyalty_program_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chain_id: int,
    loyalty_program_id: int,
    *,
    client: AuthenticatedClient,
    include: DeleteChainLoyaltyProgramInclude | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Delete Chain Promotion

    Args:
        chain_id (int):
        loyalty_program_id (int):
        include (DeleteChainLoyaltyProgramInclude | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        chain_id=chain_id,
        loyalty_program_id=loyalty_program_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    loyalty_program_id: int,
    *,
    client: AuthenticatedClient,
    include: DeleteChainLoyaltyProgramInclude | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Delete Chain Promotion

    Args:
        chain_id (int):
        loyalty_program_id (int):
        include (DeleteChainLoyaltyProgramInclude | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        loyalty_program_id=loyalty_program_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    loyalty_program_id: int,
    *,
    client: AuthenticatedClient,
    include: DeleteChainLoyaltyProgramInclude | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Delete Chain Promotion

    Args:
        chain_id (int):
        loyalty_program_id (int):
        include (DeleteChainLoyaltyProgramInclude | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            loyalty_program_id=loyalty_program_id,
            client=client,
            include=include,
        )
    ).parsed
