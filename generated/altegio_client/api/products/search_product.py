from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_goods_search_response_200_data_types import RootTypeForGoodsSearchResponse200DataTypes
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    term: str | Unset = UNSET,
    count: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["term"] = term

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/goods/search/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForGoodsSearchResponse200DataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForGoodsSearchResponse200DataTypes.from_dict(response.json())

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
) -> Response[ErrorResponse | RootTypeForGoodsSearchResponse200DataTypes]:
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
    term: str | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForGoodsSearchResponse200DataTypes]:
    """Search products and categories

     ### Products and product categories
    Returns products and product categories of a location (by location ID). `search_term` filters
    categories by name or article, and products by name, article or barcode; `max_count` caps the number
    of results.

    Without `search_term` you get the root categories of the location and `max_count` is ignored. With
    it, categories are searched first; if they yield fewer than `max_count` hits, products fill up the
    rest.

    The response is an array of product tree elements, each with: `parent_id` (number, parent ID, 0 for
    roots), `item_id` (number, 0 for a category), `category_id` (number, 0 for a product), `title`
    (string, product or category name), `is_chain` (boolean, true if linked to the chain), `is_category`
    (boolean, true for a category), `is_item` (boolean, true for a product).

    Args:
        location_id (int):
        term (str | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForGoodsSearchResponse200DataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        term=term,
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
    term: str | Unset = UNSET,
    count: int | Unset = UNSET,
) -> ErrorResponse | RootTypeForGoodsSearchResponse200DataTypes | None:
    """Search products and categories

     ### Products and product categories
    Returns products and product categories of a location (by location ID). `search_term` filters
    categories by name or article, and products by name, article or barcode; `max_count` caps the number
    of results.

    Without `search_term` you get the root categories of the location and `max_count` is ignored. With
    it, categories are searched first; if they yield fewer than `max_count` hits, products fill up the
    rest.

    The response is an array of product tree elements, each with: `parent_id` (number, parent ID, 0 for
    roots), `item_id` (number, 0 for a category), `category_id` (number, 0 for a product), `title`
    (string, product or category name), `is_chain` (boolean, true if linked to the chain), `is_category`
    (boolean, true for a category), `is_item` (boolean, true for a product).

    Args:
        location_id (int):
        term (str | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForGoodsSearchResponse200DataTypes
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        term=term,
        count=count,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    term: str | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForGoodsSearchResponse200DataTypes]:
    """Search products and categories

     ### Products and product categories
    Returns products and product categories of a location (by location ID). `search_term` filters
    categories by name or article, and products by name, article or barcode; `max_count` caps the number
    of results.

    Without `search_term` you get the root categories of the location and `max_count` is ignored. With
    it, categories are searched first; if they yield fewer than `max_count` hits, products fill up the
    rest.

    The response is an array of product tree elements, each with: `parent_id` (number, parent ID, 0 for
    roots), `item_id` (number, 0 for a category), `category_id` (number, 0 for a product), `title`
    (string, product or category name), `is_chain` (boolean, true if linked to the chain), `is_category`
    (boolean, true for a category), `is_item` (boolean, true for a product).

    Args:
        location_id (int):
        term (str | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForGoodsSearchResponse200DataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        term=term,
        count=count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    term: str | Unset = UNSET,
    count: int | Unset = UNSET,
) -> ErrorResponse | RootTypeForGoodsSearchResponse200DataTypes | None:
    """Search products and categories

     ### Products and product categories
    Returns products and product categories of a location (by location ID). `search_term` filters
    categories by name or article, and products by name, article or barcode; `max_count` caps the number
    of results.

    Without `search_term` you get the root categories of the location and `max_count` is ignored. With
    it, categories are searched first; if they yield fewer than `max_count` hits, products fill up the
    rest.

    The response is an array of product tree elements, each with: `parent_id` (number, parent ID, 0 for
    roots), `item_id` (number, 0 for a category), `category_id` (number, 0 for a product), `title`
    (string, product or category name), `is_chain` (boolean, true if linked to the chain), `is_category`
    (boolean, true for a category), `is_item` (boolean, true for a product).

    Args:
        location_id (int):
        term (str | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForGoodsSearchResponse200DataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            term=term,
            count=count,
        )
    ).parsed
