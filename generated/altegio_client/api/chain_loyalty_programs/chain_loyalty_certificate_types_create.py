from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chain_loyalty_certificate_types_create_body import ChainLoyaltyCertificateTypesCreateBody
from ...models.chain_loyalty_certificate_types_create_response_200 import ChainLoyaltyCertificateTypesCreateResponse200
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    chain_id: int,
    *,
    body: ChainLoyaltyCertificateTypesCreateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chain/{chain_id}/loyalty/certificate_types".format(
            chain_id=quote(str(chain_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChainLoyaltyCertificateTypesCreateResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ChainLoyaltyCertificateTypesCreateResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[ChainLoyaltyCertificateTypesCreateResponse200 | ErrorResponse]:
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
    body: ChainLoyaltyCertificateTypesCreateBody,
) -> Response[ChainLoyaltyCertificateTypesCreateResponse200 | ErrorResponse]:
    """Create certificate type

     Creates a gift card (certificate) type for the chain, a template the locations can sell; the
    matching products are then added to the inventory. item_type_id: 0 all services and products, 1 any
    service but no products, 2 any product but no services, 3 chosen services only, 4 chosen services
    and any product. Expiration type: 0 never, 1 one fixed date, 2 a period from the sale. Units: 1 day,
    2 week, 3 month, 4 year. Balance edit type: 1 editable, 2 not editable.

    Args:
        chain_id (int):
        body (ChainLoyaltyCertificateTypesCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainLoyaltyCertificateTypesCreateResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyCertificateTypesCreateBody,
) -> ChainLoyaltyCertificateTypesCreateResponse200 | ErrorResponse | None:
    """Create certificate type

     Creates a gift card (certificate) type for the chain, a template the locations can sell; the
    matching products are then added to the inventory. item_type_id: 0 all services and products, 1 any
    service but no products, 2 any product but no services, 3 chosen services only, 4 chosen services
    and any product. Expiration type: 0 never, 1 one fixed date, 2 a period from the sale. Units: 1 day,
    2 week, 3 month, 4 year. Balance edit type: 1 editable, 2 not editable.

    Args:
        chain_id (int):
        body (ChainLoyaltyCertificateTypesCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainLoyaltyCertificateTypesCreateResponse200 | ErrorResponse
    """

    return sync_detailed(
        chain_id=chain_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyCertificateTypesCreateBody,
) -> Response[ChainLoyaltyCertificateTypesCreateResponse200 | ErrorResponse]:
    """Create certificate type

     Creates a gift card (certificate) type for the chain, a template the locations can sell; the
    matching products are then added to the inventory. item_type_id: 0 all services and products, 1 any
    service but no products, 2 any product but no services, 3 chosen services only, 4 chosen services
    and any product. Expiration type: 0 never, 1 one fixed date, 2 a period from the sale. Units: 1 day,
    2 week, 3 month, 4 year. Balance edit type: 1 editable, 2 not editable.

    Args:
        chain_id (int):
        body (ChainLoyaltyCertificateTypesCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainLoyaltyCertificateTypesCreateResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyCertificateTypesCreateBody,
) -> ChainLoyaltyCertificateTypesCreateResponse200 | ErrorResponse | None:
    """Create certificate type

     Creates a gift card (certificate) type for the chain, a template the locations can sell; the
    matching products are then added to the inventory. item_type_id: 0 all services and products, 1 any
    service but no products, 2 any product but no services, 3 chosen services only, 4 chosen services
    and any product. Expiration type: 0 never, 1 one fixed date, 2 a period from the sale. Units: 1 day,
    2 week, 3 month, 4 year. Balance edit type: 1 editable, 2 not editable.

    Args:
        chain_id (int):
        body (ChainLoyaltyCertificateTypesCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainLoyaltyCertificateTypesCreateResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            body=body,
        )
    ).parsed
