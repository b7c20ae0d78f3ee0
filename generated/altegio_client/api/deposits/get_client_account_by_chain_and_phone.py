from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_client_account_by_chain_and_phone_response_200 import GetClientAccountByChainAndPhoneResponse200
from ...types import Response


def _get_kwargs(
    chain_id: int,
    phone: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deposits/chain/{chain_id}/phone/{phone}".format(
            chain_id=quote(str(chain_id), safe=""),
            phone=quote(str(phone), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetClientAccountByChainAndPhoneResponse200 | None:
    if response.status_code == 200:
        response_200 = GetClientAccountByChainAndPhoneResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | GetClientAccountByChainAndPhoneResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    chain_id: int,
    phone: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | GetClientAccountByChainAndPhoneResponse200]:
    """Get a list of client accounts by chain and customer phone number

    Args:
        chain_id (int):
        phone (str):  Example: +13155550175.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetClientAccountByChainAndPhoneResponse200]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        phone=phone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chain_id: int,
    phone: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | GetClientAccountByChainAndPhoneResponse200 | None:
    """Get a list of client accounts by chain and customer phone number

    Args:
        chain_id (int):
        phone (str):  Example: +13155550175.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetClientAccountByChainAndPhoneResponse200
    """

    return sync_detailed(
        chain_id=chain_id,
        phone=phone,
        client=client,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    phone: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | GetClientAccountByChainAndPhoneResponse200]:
    """Get a list of client accounts by chain and customer phone number

    Args:
        chain_id (int):
        phone (str):  Example: +13155550175.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetClientAccountByChainAndPhoneResponse200]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        phone=phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    phone: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | GetClientAccountByChainAndPhoneResponse200 | None:
    """Get a list of client accounts by chain and customer phone number

    Args:
        chain_id (int):
        phone (str):  Example: +13155550175.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetClientAccountByChainAndPhoneResponse200
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            phone=phone,
            client=client,
        )
    ).parsed
