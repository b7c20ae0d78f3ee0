from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_chain_service_category_list_include import (
    GetChainServiceCategoryListInclude,
)
from ...models.root_type_for_service_category_title import RootTypeForServiceCategoryTitle
from ...types import UNSET, Response, Unset


def _get_kwargs(
    chain_id: int,
    *,
    include: GetChainServiceCategoryListInclude | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chain/{chain_id}/service_categories".format(
            chain_id=quote(str(chain_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[RootTypeForServiceCategoryTitle] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = RootTypeForServiceCategoryTitle.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorResponse | list[RootTypeForServiceCategoryTitle]]:
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
    include: GetChainServiceCategoryListInclude | Unset = UNSET,
) -> Response[ErrorResponse | list[RootTypeForServiceCategoryTitle]]:
    """Get a list of chain service categories

    Args:
        chain_id (int):
        include (GetChainServiceCategoryListInclude | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[RootTypeForServiceCategoryTitle]]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    include: GetChainServiceCategoryListInclude | Unset = UNSET,
) -> ErrorResponse | list[RootTypeForServiceCategoryTitle] | None:
    """Get a list of chain service categories

    Args:
        chain_id (int):
        include (GetChainServiceCategoryListInclude | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[RootTypeForServiceCategoryTitle]
    """

    return sync_detailed(
        chain_id=chain_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    include: GetChainServiceCategoryListInclude | Unset = UNSET,
) -> Response[ErrorResponse | list[RootTypeForServiceCategoryTitle]]:
    """Get a list of chain service categories

    Args:
        chain_id (int):
        include (GetChainServiceCategoryListInclude | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[RootTypeForServiceCategoryTitle]]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    include: GetChainServiceCategoryListInclude | Unset = UNSET,
) -> ErrorResponse | list[RootTypeForServiceCategoryTitle] | None:
    """Get a list of chain service categories

    Args:
        chain_id (int):
        include (GetChainServiceCategoryListInclude | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[RootTypeForServiceCategoryTitle]
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            include=include,
        )
    ).parsed
