from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_technological_cards_response_200_data_types import (
    RootTypeForTechnologicalCardsResponse200DataTypes,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["page"] = page

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/technological_cards/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForTechnologicalCardsResponse200DataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForTechnologicalCardsResponse200DataTypes.from_dict(response.json())

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
) -> Response[ErrorResponse | RootTypeForTechnologicalCardsResponse200DataTypes]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForTechnologicalCardsResponse200DataTypes]:
    """Retrieve a list of bill of materials and consumables

    Args:
        location_id (int):
        search (str | Unset):
        page (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForTechnologicalCardsResponse200DataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        search=search,
        page=page,
        count=count,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> ErrorResponse | RootTypeForTechnologicalCardsResponse200DataTypes | None:
    """Retrieve a list of bill of materials and consumables

    Args:
        location_id (int):
        search (str | Unset):
        page (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForTechnologicalCardsResponse200DataTypes
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        search=search,
        page=page,
        count=count,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForTechnologicalCardsResponse200DataTypes]:
    """Retrieve a list of bill of materials and consumables

    Args:
        location_id (int):
        search (str | Unset):
        page (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForTechnologicalCardsResponse200DataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        search=search,
        page=page,
        count=count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> ErrorResponse | RootTypeForTechnologicalCardsResponse200DataTypes | None:
    """Retrieve a list of bill of materials and consumables

    Args:
        location_id (int):
        search (str | Unset):
        page (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForTechnologicalCardsResponse200DataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            search=search,
            page=page,
            count=count,
        )
    ).parsed
