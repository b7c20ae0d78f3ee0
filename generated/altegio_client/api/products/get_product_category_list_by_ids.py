from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_goods_categories_response_200_data_types import (
    RootTypeForGoodsCategoriesResponse200DataTypes,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids: list[int] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids[]"] = json_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/goods_categories/multiple/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForGoodsCategoriesResponse200DataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForGoodsCategoriesResponse200DataTypes.from_dict(response.json())

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
) -> Response[ErrorResponse | RootTypeForGoodsCategoriesResponse200DataTypes]:
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
    ids: list[int] | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForGoodsCategoriesResponse200DataTypes]:
    """Get a list of product categories by ID

    Args:
        location_id (int):
        ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForGoodsCategoriesResponse200DataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        ids=ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient,
    ids: list[int] | Unset = UNSET,
) -> ErrorResponse | RootTypeForGoodsCategoriesResponse200DataTypes | None:
    """Get a list of product categories by ID

    Args:
        location_id (int):
        ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForGoodsCategoriesResponse200DataTypes
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        ids=ids,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    ids: list[int] | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForGoodsCategoriesResponse200DataTypes]:
    """Get a list of product categories by ID

    Args:
        location_id (int):
        ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForGoodsCategoriesResponse200DataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    ids: list[int] | Unset = UNSET,
) -> ErrorResponse | RootTypeForGoodsCategoriesResponse200DataTypes | None:
    """Get a list of product categories by ID

    Args:
        location_id (int):
        ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForGoodsCategoriesResponse200DataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            ids=ids,
        )
    ).parsed
