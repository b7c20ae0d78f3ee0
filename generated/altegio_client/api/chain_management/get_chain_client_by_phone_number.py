from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_group_groupid_clients_response_data_types import (
    RootTypeForGroupGroupidClientsResponseDataTypes,
)
from ...types import UNSET, Response


def _get_kwargs(
    chain_id: int,
    *,
    phone: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["phone"] = phone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/group/{chain_id}/clients".format(
            chain_id=quote(str(chain_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForGroupGroupidClientsResponseDataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForGroupGroupidClientsResponseDataTypes.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | RootTypeForGroupGroupidClientsResponseDataTypes]:
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
    phone: str,
) -> Response[ErrorResponse | RootTypeForGroupGroupidClientsResponseDataTypes]:
    """Get a chain client by phone number.

     + Parameter
        + group_id (required, number, `43877`): ID of the location chain

    #### Client filters
    + phone:'+13155550175' (optional, string): phone number to match clients

    Args:
        chain_id (int):
        phone (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForGroupGroupidClientsResponseDataTypes]
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
    *,
    client: AuthenticatedClient,
    phone: str,
) -> ErrorResponse | RootTypeForGroupGroupidClientsResponseDataTypes | None:
    """Get a chain client by phone number.

     + Parameter
        + group_id (required, number, `43877`): ID of the location chain

    #### Client filters
    + phone:'+13155550175' (optional, string): phone number to match clients

    Args:
        chain_id (int):
        phone (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForGroupGroupidClientsResponseDataTypes
    """

    return sync_detailed(
        chain_id=chain_id,
        client=client,
        phone=phone,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    phone: str,
) -> Response[ErrorResponse | RootTypeForGroupGroupidClientsResponseDataTypes]:
    """Get a chain client by phone number.

     + Parameter
        + group_id (required, number, `43877`): ID of the location chain

    #### Client filters
    + phone:'+13155550175' (optional, string): phone number to match clients

    Args:
        chain_id (int):
        phone (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForGroupGroupidClientsResponseDataTypes]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        phone=phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    phone: str,
) -> ErrorResponse | RootTypeForGroupGroupidClientsResponseDataTypes | None:
    """Get a chain client by phone number.

     + Parameter
        + group_id (required, number, `43877`): ID of the location chain

    #### Client filters
    + phone:'+13155550175' (optional, string): phone number to match clients

    Args:
        chain_id (int):
        phone (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForGroupGroupidClientsResponseDataTypes
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            phone=phone,
        )
    ).parsed
