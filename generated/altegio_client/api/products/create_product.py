from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.goods_company_request_data_type import GoodsCompanyRequestDataType
from ...models.product_response import ProductResponse
from ...types import Response


def _get_kwargs(
    location_id: int,
    *,
    body: GoodsCompanyRequestDataType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/goods/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProductResponse | None:
    if response.status_code == 201:
        response_201 = ProductResponse.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ProductResponse]:
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
    body: GoodsCompanyRequestDataType,
) -> Response[ErrorResponse | ProductResponse]:
    """Create product

     Creates a product

    Args:
        location_id (int):
        body (GoodsCompanyRequestDataType): How the product is created Example: {'title':
            'Shampoo', 'print_title': 'Shampoo', 'article': '123', 'barcode': '123', 'category_id':
            289632, 'cost': 1000, 'actual_cost': 500, 'sale_unit_id': 216762, 'service_unit_id':
            216762, 'unit_equals': 100, 'critical_amount': 1, 'desired_amount': 1, 'netto': 200,
            'brutto': 250, 'comment': 'Test comment 123', 'tax_variant': 0, 'vat_id': 3}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProductResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: GoodsCompanyRequestDataType,
) -> ErrorResponse | ProductResponse | None:
    """Create product

     Creates a product

    Args:
        location_id (int):
        body (GoodsCompanyRequestDataType): How the product is created Example: {'title':
            'Shampoo', 'print_title': 'Shampoo', 'article': '123', 'barcode': '123', 'category_id':
            289632, 'cost': 1000, 'actual_cost': 500, 'sale_unit_id': 216762, 'service_unit_id':
            216762, 'unit_equals': 100, 'critical_amount': 1, 'desired_amount': 1, 'netto': 200,
            'brutto': 250, 'comment': 'Test comment 123', 'tax_variant': 0, 'vat_id': 3}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProductResponse
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: GoodsCompanyRequestDataType,
) -> Response[ErrorResponse | ProductResponse]:
    """Create product

     Creates a product

    Args:
        location_id (int):
        body (GoodsCompanyRequestDataType): How the product is created Example: {'title':
            'Shampoo', 'print_title': 'Shampoo', 'article': '123', 'barcode': '123', 'category_id':
            289632, 'cost': 1000, 'actual_cost': 500, 'sale_unit_id': 216762, 'service_unit_id':
            216762, 'unit_equals': 100, 'critical_amount': 1, 'desired_amount': 1, 'netto': 200,
            'brutto': 250, 'comment': 'Test comment 123', 'tax_variant': 0, 'vat_id': 3}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProductResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: GoodsCompanyRequestDataType,
) -> ErrorResponse | ProductResponse | None:
    """Create product

     Creates a product

    Args:
        location_id (int):
        body (GoodsCompanyRequestDataType): How the product is created Example: {'title':
            'Shampoo', 'print_title': 'Shampoo', 'article': '123', 'barcode': '123', 'category_id':
            289632, 'cost': 1000, 'actual_cost': 500, 'sale_unit_id': 216762, 'service_unit_id':
            216762, 'unit_equals': 100, 'critical_amount': 1, 'desired_amount': 1, 'netto': 200,
            'brutto': 250, 'comment': 'Test comment 123', 'tax_variant': 0, 'vat_id': 3}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProductResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
