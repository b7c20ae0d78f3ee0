from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chain_loyalty_certificate_types_list_response_200 import ChainLoyaltyCertificateTypesListResponse200
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    chain_id: int,
    *,
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["title"] = title

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chain/{chain_id}/loyalty/certificate_types".format(
            chain_id=quote(str(chain_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChainLoyaltyCertificateTypesListResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ChainLoyaltyCertificateTypesListResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChainLoyaltyCertificateTypesListResponse200 | ErrorResponse]:
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
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Response[ChainLoyaltyCertificateTypesListResponse200 | ErrorResponse]:
    """List certificate types

     Lists the gift card (certificate) types of the chain, with an optional title filter (partial match)
    and paging (page from 1, page_size default 10, at most 100). item_type_id: 0 all services and
    products, 1 any service but no products, 2 any product but no services, 3 chosen services only, 4
    chosen services and any product. expiration_type_id: 0 never, 1 one fixed date, 2 a period from the
    sale. Period units: 1 day, 2 week, 3 month, 4 year.

    Args:
        chain_id (int):
        title (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainLoyaltyCertificateTypesListResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        title=title,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
) -> ChainLoyaltyCertificateTypesListResponse200 | ErrorResponse | None:
    """List certificate types

     Lists the gift card (certificate) types of the chain, with an optional title filter (partial match)
    and paging (page from 1, page_size default 10, at most 100). item_type_id: 0 all services and
    products, 1 any service but no products, 2 any product but no services, 3 chosen services only, 4
    chosen services and any product. expiration_type_id: 0 never, 1 one fixed date, 2 a period from the
    sale. Period units: 1 day, 2 week, 3 month, 4 year.

    Args:
        chain_id (int):
        title (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainLoyaltyCertificateTypesListResponse200 | ErrorResponse
    """

    return sync_detailed(
        chain_id=chain_id,
        client=client,
        title=title,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Response[ChainLoyaltyCertificateTypesListResponse200 | ErrorResponse]:
    """List certificate types

     Lists the gift card (certificate) types of the chain, with an optional title filter (partial match)
    and paging (page from 1, page_size default 10, at most 100). item_type_id: 0 all services and
    products, 1 any service but no products, 2 any product but no services, 3 chosen services only, 4
    chosen services and any product. expiration_type_id: 0 never, 1 one fixed date, 2 a period from the
    sale. Period units: 1 day, 2 week, 3 month, 4 year.

    Args:
        chain_id (int):
        title (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainLoyaltyCertificateTypesListResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        title=title,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
) -> ChainLoyaltyCertificateTypesListResponse200 | ErrorResponse | None:
    """List certificate types

     Lists the gift card (certificate) types of the chain, with an optional title filter (partial match)
    and paging (page from 1, page_size default 10, at most 100). item_type_id: 0 all services and
    products, 1 any service but no products, 2 any product but no services, 3 chosen services only, 4
    chosen services and any product. expiration_type_id: 0 never, 1 one fixed date, 2 a period from the
    sale. Period units: 1 day, 2 week, 3 month, 4 year.

    Args:
        chain_id (int):
        title (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainLoyaltyCertificateTypesListResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            title=title,
            page=page,
            page_size=page_size,
        )
    ).parsed
