from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sale_document_response import SaleDocumentResponse
from ...types import Response


def _get_kwargs(
    location_id: int,
    document_id: int,
    payment_transaction_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/company/{location_id}/sale/{document_id}/payment/payment_transaction/{payment_transaction_id}".format(
            location_id=quote(str(location_id), safe=""),
            document_id=quote(str(document_id), safe=""),
            payment_transaction_id=quote(str(payment_transaction_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SaleDocumentResponse | None:
    if response.status_code == 200:
        response_200 = SaleDocumentResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SaleDocumentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    document_id: int,
    payment_transaction_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | SaleDocumentResponse]:
    """Delete a Cashier Payment Transaction

     Returns the state of the sale operation.

    Args:
        location_id (int):
        document_id (int):
        payment_transaction_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SaleDocumentResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        document_id=document_id,
        payment_transaction_id=payment_transaction_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    document_id: int,
    payment_transaction_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | SaleDocumentResponse | None:
    """Delete a Cashier Payment Transaction

     Returns the state of the sale operation.

    Args:
        location_id (int):
        document_id (int):
        payment_transaction_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SaleDocumentResponse
    """

    return sync_detailed(
        location_id=location_id,
        document_id=document_id,
        payment_transaction_id=payment_transaction_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    document_id: int,
    payment_transaction_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | SaleDocumentResponse]:
    """Delete a Cashier Payment Transaction

     Returns the state of the sale operation.

    Args:
        location_id (int):
        document_id (int):
        payment_transaction_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SaleDocumentResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        document_id=document_id,
        payment_transaction_id=payment_transaction_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    document_id: int,
    payment_transaction_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | SaleDocumentResponse | None:
    """Delete a Cashier Payment Transaction

     Returns the state of the sale operation.

    Args:
        location_id (int):
        document_id (int):
        payment_transaction_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SaleDocumentResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            document_id=document_id,
            payment_transaction_id=payment_transaction_id,
            client=client,
        )
    ).parsed
