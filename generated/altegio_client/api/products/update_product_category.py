from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_goods_categories_request_data_types import RootTypeForGoodsCategoriesRequestDataTypes
from ...models.root_type_for_goods_categories_response_201_data_types import (
    RootTypeForGoodsCategoriesResponse201DataTypes,
)
from ...types import Response


def _get_kwargs(
    location_id: int,
    category_id: int,
    *,
    body: RootTypeForGoodsCategoriesRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/goods_categories/{location_id}/{category_id}".format(
            location_id=quote(str(location_id), safe=""),
            category_id=quote(str(category_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForGoodsCategoriesResponse201DataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForGoodsCategoriesResponse201DataTypes.from_dict(response.json())

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
) -> Response[ErrorResponse | RootTypeForGoodsCategoriesResponse201DataTypes]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    category_id: int,
    *,
    client: AuthenticatedClient,
    body: RootTypeForGoodsCategoriesRequestDataTypes,
) -> Response[ErrorResponse | RootTypeForGoodsCategoriesResponse201DataTypes]:
    """Edit a Product Category

     Edits a product category

    Args:
        location_id (int):
        category_id (int):
        body (RootTypeForGoodsCategoriesRequestDataTypes): Create a product category Example:
            {'title': 'Manicure', 'parent_category_id': 123456, 'article': '123article', 'comment':
            'Category of products for manicure'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForGoodsCategoriesResponse201DataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        category_id=category_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    category_id: int,
    *,
    client: AuthenticatedClient,
    body: RootTypeForGoodsCategoriesRequestDataTypes,
) -> ErrorResponse | RootTypeForGoodsCategoriesResponse201DataTypes | None:
    """Edit a Product Category

     Edits a product category

    Args:
        location_id (int):
        category_id (int):
        body (RootTypeForGoodsCategoriesRequestDataTypes): Create a product category Example:
            {'title': 'Manicure', 'parent_category_id': 123456, 'article': '123article', 'comment':
            'Category of products for manicure'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForGoodsCategoriesResponse201DataTypes
    """

    return sync_detailed(
        location_id=location_id,
        category_id=category_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    category_id: int,
    *,
    client: AuthenticatedClient,
    body: RootTypeForGoodsCategoriesRequestDataTypes,
) -> Response[ErrorResponse | RootTypeForGoodsCategoriesResponse201DataTypes]:
    """Edit a Product Category

     Edits a product category

    Args:
        location_id (int):
        category_id (int):
        body (RootTypeForGoodsCategoriesRequestDataTypes): Create a product category Example:
            {'title': 'Manicure', 'parent_category_id': 123456, 'article': '123article', 'comment':
            'Category of products for manicure'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForGoodsCategoriesResponse201DataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        category_id=category_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    category_id: int,
    *,
    client: AuthenticatedClient,
    body: RootTypeForGoodsCategoriesRequestDataTypes,
) -> ErrorResponse | RootTypeForGoodsCategoriesResponse201DataTypes | None:
    """Edit a Product Category

     Edits a product category

    Args:
        location_id (int):
        category_id (int):
        body (RootTypeForGoodsCategoriesRequestDataTypes): Create a product category Example:
            {'title': 'Manicure', 'parent_category_id': 123456, 'article': '123article', 'comment':
            'Category of products for manicure'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForGoodsCategoriesResponse201DataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            category_id=category_id,
            client=client,
            body=body,
        )
    ).parsed
