from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_finance_transaction_request_data_types import RootTypeForFinanceTransactionRequestDataTypes
from ...models.root_type_for_finance_transaction_response_data_types import (
    RootTypeForFinanceTransactionResponseDataTypes,
)
from ...types import Response


def _get_kwargs(
    location_id: int,
    *,
    body: RootTypeForFinanceTransactionRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/finance_transactions/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForFinanceTransactionResponseDataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForFinanceTransactionResponseDataTypes.from_dict(response.json())

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
) -> Response[ErrorResponse | RootTypeForFinanceTransactionResponseDataTypes]:
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
    body: RootTypeForFinanceTransactionRequestDataTypes,
) -> Response[ErrorResponse | RootTypeForFinanceTransactionResponseDataTypes]:
    """Create a Financial Transaction

    Args:
        location_id (int):
        body (RootTypeForFinanceTransactionRequestDataTypes): Create a financial transaction
            Example: {'expense_id': 2640, 'amount': 100, 'account_id': 39105, 'client_id': 4240788,
            'supplier_id': 0, 'master_id': 0, 'comment': 'Test transaction comment', 'date':
            '2026-08-29T10:00:00-05:00'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForFinanceTransactionResponseDataTypes]
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
    body: RootTypeForFinanceTransactionRequestDataTypes,
) -> ErrorResponse | RootTypeForFinanceTransactionResponseDataTypes | None:
    """Create a Financial Transaction

    Args:
        location_id (int):
        body (RootTypeForFinanceTransactionRequestDataTypes): Create a financial transaction
            Example: {'expense_id': 2640, 'amount': 100, 'account_id': 39105, 'client_id': 4240788,
            'supplier_id': 0, 'master_id': 0, 'comment': 'Test transaction comment', 'date':
            '2026-08-29T10:00:00-05:00'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForFinanceTransactionResponseDataTypes
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
    body: RootTypeForFinanceTransactionRequestDataTypes,
) -> Response[ErrorResponse | RootTypeForFinanceTransactionResponseDataTypes]:
    """Create a Financial Transaction

    Args:
        location_id (int):
        body (RootTypeForFinanceTransactionRequestDataTypes): Create a financial transaction
            Example: {'expense_id': 2640, 'amount': 100, 'account_id': 39105, 'client_id': 4240788,
            'supplier_id': 0, 'master_id': 0, 'comment': 'Test transaction comment', 'date':
            '2026-08-29T10:00:00-05:00'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForFinanceTransactionResponseDataTypes]
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
    body: RootTypeForFinanceTransactionRequestDataTypes,
) -> ErrorResponse | RootTypeForFinanceTransactionResponseDataTypes | None:
    """Create a Financial Transaction

    Args:
        location_id (int):
        body (RootTypeForFinanceTransactionRequestDataTypes): Create a financial transaction
            Example: {'expense_id': 2640, 'amount': 100, 'account_id': 39105, 'client_id': 4240788,
            'supplier_id': 0, 'master_id': 0, 'comment': 'Test transaction comment', 'date':
            '2026-08-29T10:00:00-05:00'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForFinanceTransactionResponseDataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
