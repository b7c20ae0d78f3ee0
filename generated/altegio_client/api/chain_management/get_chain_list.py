from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_groups_response_data_types import RootTypeForGroupsResponseDataTypes
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForGroupsResponseDataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForGroupsResponseDataTypes.from_dict(response.json())

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
) -> Response[ErrorResponse | RootTypeForGroupsResponseDataTypes]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | RootTypeForGroupsResponseDataTypes]:
    """Obtaining chains available to the user

     Location chain object fields:
    - `id` (number): chain ID
    - `title` (string): chain name
    - `locations` (array): locations in the chain
    - `access` (object): rights for managing the chain

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForGroupsResponseDataTypes]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | RootTypeForGroupsResponseDataTypes | None:
    """Obtaining chains available to the user

     Location chain object fields:
    - `id` (number): chain ID
    - `title` (string): chain name
    - `locations` (array): locations in the chain
    - `access` (object): rights for managing the chain

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForGroupsResponseDataTypes
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | RootTypeForGroupsResponseDataTypes]:
    """Obtaining chains available to the user

     Location chain object fields:
    - `id` (number): chain ID
    - `title` (string): chain name
    - `locations` (array): locations in the chain
    - `access` (object): rights for managing the chain

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForGroupsResponseDataTypes]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | RootTypeForGroupsResponseDataTypes | None:
    """Obtaining chains available to the user

     Location chain object fields:
    - `id` (number): chain ID
    - `title` (string): chain name
    - `locations` (array): locations in the chain
    - `access` (object): rights for managing the chain

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForGroupsResponseDataTypes
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
