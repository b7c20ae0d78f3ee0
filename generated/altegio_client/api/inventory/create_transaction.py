from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_storage_operation_good_transaction_request_data_types import (
    RootTypeForStorageOperationGoodTransactionRequestDataTypes,
)
from ...models.root_type_for_storage_operation_good_transaction_response_200_data_types import (
    RootTypeForStorageOperationGoodTransactionResponse200DataTypes,
)
from ...types import Response


def _get_kwargs(
    location_id: int,
    *,
    body: RootTypeForStorageOperationGoodTransactionRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/storage_operations/goods_transactions/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForStorageOperationGoodTransactionResponse200DataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForStorageOperationGoodTransactionResponse200DataTypes.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | RootTypeForStorageOperationGoodTransactionResponse200DataTypes]:
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
    body: RootTypeForStorageOperationGoodTransactionRequestDataTypes,
) -> Response[ErrorResponse | RootTypeForStorageOperationGoodTransactionResponse200DataTypes]:
    """Create Transaction

    Args:
        location_id (int):
        body (RootTypeForStorageOperationGoodTransactionRequestDataTypes): Create a transaction
            Example: {'document_id': 22254960, 'good_id': 232674, 'amount': 1, 'cost_per_unit': 100,
            'discount': 10, 'cost': 90, 'operation_unit_type': 1, 'master_id': 26781, 'client_id': 0,
            'supplier_id': 0, 'comment': 'Transaction comment'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForStorageOperationGoodTransactionResponse200DataTypes]
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
    body: RootTypeForStorageOperationGoodTransactionRequestDataTypes,
) -> ErrorResponse | RootTypeForStorageOperationGoodTransactionResponse200DataTypes | None:
    """Create Transaction

    Args:
        location_id (int):
        body (RootTypeForStorageOperationGoodTransactionRequestDataTypes): Create a transaction
            Example: {'document_id': 22254960, 'good_id': 232674, 'amount': 1, 'cost_per_unit': 100,
            'discount': 10, 'cost': 90, 'operation_unit_type': 1, 'master_id': 26781, 'client_id': 0,
            'supplier_id': 0, 'comment': 'Transaction comment'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForStorageOperationGoodTransactionResponse200DataTypes
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
    body: RootTypeForStorageOperationGoodTransactionRequestDataTypes,
) -> Response[ErrorResponse | RootTypeForStorageOperationGoodTransactionResponse200DataTypes]:
    """Create Transaction

    Args:
        location_id (int):
        body (RootTypeForStorageOperationGoodTransactionRequestDataTypes): Create a transaction
            Example: {'document_id': 22254960, 'good_id': 232674, 'amount': 1, 'cost_per_unit': 100,
            'discount': 10, 'cost': 90, 'operation_unit_type': 1, 'master_id': 26781, 'client_id': 0,
            'supplier_id': 0, 'comment': 'Transaction comment'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForStorageOperationGoodTransactionResponse200DataTypes]
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
    body: RootTypeForStorageOperationGoodTransactionRequestDataTypes,
) -> ErrorResponse | RootTypeForStorageOperationGoodTransactionResponse200DataTypes | None:
    """Create Transaction

    Args:
        location_id (int):
        body (RootTypeForStorageOperationGoodTransactionRequestDataTypes): Create a transaction
            Example: {'document_id': 22254960, 'good_id': 232674, 'amount': 1, 'cost_per_unit': 100,
            'discount': 10, 'cost': 90, 'operation_unit_type': 1, 'master_id': 26781, 'client_id': 0,
            'supplier_id': 0, 'comment': 'Transaction comment'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForStorageOperationGoodTransactionResponse200DataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
