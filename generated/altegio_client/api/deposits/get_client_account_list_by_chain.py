from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_client_account_list_by_chain_response_200 import GetClientAccountListByChainResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    chain_id: int,
    *,
    balance_from: float | Unset = UNSET,
    balance_to: float | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["balance_from"] = balance_from

    params["balance_to"] = balance_to

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deposits/chain/{chain_id}".format(
            chain_id=quote(str(chain_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetClientAccountListByChainResponse200 | None:
    if response.status_code == 200:
        response_200 = GetClientAccountListByChainResponse200.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetClientAccountListByChainResponse200]:
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
    balance_from: float | Unset = UNSET,
    balance_to: float | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | GetClientAccountListByChainResponse200]:
    """Get a list of client accounts by chain and a set of filters

    Args:
        chain_id (int):
        balance_from (float | Unset):
        balance_to (float | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetClientAccountListByChainResponse200]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        balance_from=balance_from,
        balance_to=balance_to,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    balance_from: float | Unset = UNSET,
    balance_to: float | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | GetClientAccountListByChainResponse200 | None:
    """Get a list of client accounts by chain and a set of filters

    Args:
        chain_id (int):
        balance_from (float | Unset):
        balance_to (float | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetClientAccountListByChainResponse200
    """

    return sync_detailed(
        chain_id=chain_id,
        client=client,
        balance_from=balance_from,
        balance_to=balance_to,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    balance_from: float | Unset = UNSET,
    balance_to: float | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | GetClientAccountListByChainResponse200]:
    """Get a list of client accounts by chain and a set of filters

    Args:
        chain_id (int):
        balance_from (float | Unset):
        balance_to (float | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetClientAccountListByChainResponse200]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        balance_from=balance_from,
        balance_to=balance_to,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    balance_from: float | Unset = UNSET,
    balance_to: float | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | GetClientAccountListByChainResponse200 | None:
    """Get a list of client accounts by chain and a set of filters

    Args:
        chain_id (int):
        balance_from (float | Unset):
        balance_to (float | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetClientAccountListByChainResponse200
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            balance_from=balance_from,
            balance_to=balance_to,
            page=page,
            limit=limit,
        )
    ).parsed
