from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_chain_client_account_history_response_200 import GetChainClientAccountHistoryResponse200
from ...types import Response


def _get_kwargs(
    chain_id: int,
    deposit_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chain/{chain_id}/deposits/{deposit_id}/history".format(
            chain_id=quote(str(chain_id), safe=""),
            deposit_id=quote(str(deposit_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetChainClientAccountHistoryResponse200 | None:
    if response.status_code == 200:
        response_200 = GetChainClientAccountHistoryResponse200.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | GetChainClientAccountHistoryResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    chain_id: int,
    deposit_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | GetChainClientAccountHistoryResponse200]:
    """Get client account transaction history

     Gets the transactions (top-ups, withdrawals, etc.) of one client account in the chain. **Note:**
    chain-level permissions are required.

    Args:
        chain_id (int):
        deposit_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetChainClientAccountHistoryResponse200]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        deposit_id=deposit_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chain_id: int,
    deposit_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | GetChainClientAccountHistoryResponse200 | None:
    """Get client account transaction history

     Gets the transactions (top-ups, withdrawals, etc.) of one client account in the chain. **Note:**
    chain-level permissions are required.

    Args:
        chain_id (int):
        deposit_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetChainClientAccountHistoryResponse200
    """

    return sync_detailed(
        chain_id=chain_id,
        deposit_id=deposit_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    deposit_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | GetChainClientAccountHistoryResponse200]:
    """Get client account transaction history

     Gets the transactions (top-ups, withdrawals, etc.) of one client account in the chain. **Note:**
    chain-level permissions are required.

    Args:
        chain_id (int):
        deposit_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetChainClientAccountHistoryResponse200]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        deposit_id=deposit_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    deposit_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | GetChainClientAccountHistoryResponse200 | None:
    """Get client account transaction history

     Gets the transactions (top-ups, withdrawals, etc.) of one client account in the chain. **Note:**
    chain-level permissions are required.

    Args:
        chain_id (int):
        deposit_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetChainClientAccountHistoryResponse200
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            deposit_id=deposit_id,
            client=client,
        )
    ).parsed
