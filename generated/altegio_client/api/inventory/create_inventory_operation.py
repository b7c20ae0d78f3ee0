from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_storage_operation_operation_request_data_types import (
    RootTypeForStorageOperationOperationRequestDataTypes,
)
from ...models.root_type_for_storage_operation_operation_response_data_types import (
    RootTypeForStorageOperationOperationResponseDataTypes,
)
from ...types import Response


def _get_kwargs(
    location_id: int,
    *,
    body: RootTypeForStorageOperationOperationRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/storage_operations/operation/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForStorageOperationOperationResponseDataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForStorageOperationOperationResponseDataTypes.from_dict(response.json())

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
) -> Response[ErrorResponse | RootTypeForStorageOperationOperationResponseDataTypes]:
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
    body: RootTypeForStorageOperationOperationRequestDataTypes,
) -> Response[ErrorResponse | RootTypeForStorageOperationOperationResponseDataTypes]:
    """Create an inventory operation

     Creates an inventory operation: one API request sends a document together with several product
    transactions. When a payment type is given, the matching financial transactions are created
    automatically.

    Args:
        location_id (int):
        body (RootTypeForStorageOperationOperationRequestDataTypes): Add an inventory operation
            Example: {'type_id': 1, 'comment': 'test document comment', 'create_date':
            '2026-09-21T23:00:00.000-05:00', 'master_id': 0, 'storage_id': 91271, 'transactions':
            [{'good_id': 232674, 'operation_unit_type': 1, 'amount': 1, 'cost_per_unit': 100,
            'discount': 10, 'cost': 90, 'client_id': 0, 'supplier_id': 0, 'comment': 'test transaction
            comment'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForStorageOperationOperationResponseDataTypes]
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
    body: RootTypeForStorageOperationOperationRequestDataTypes,
) -> ErrorResponse | RootTypeForStorageOperationOperationResponseDataTypes | None:
    """Create an inventory operation

     Creates an inventory operation: one API request sends a document together with several product
    transactions. When a payment type is given, the matching financial transactions are created
    automatically.

    Args:
        location_id (int):
        body (RootTypeForStorageOperationOperationRequestDataTypes): Add an inventory operation
            Example: {'type_id': 1, 'comment': 'test document comment', 'create_date':
            '2026-09-21T23:00:00.000-05:00', 'master_id': 0, 'storage_id': 91271, 'transactions':
            [{'good_id': 232674, 'operation_unit_type': 1, 'amount': 1, 'cost_per_unit': 100,
            'discount': 10, 'cost': 90, 'client_id': 0, 'supplier_id': 0, 'comment': 'test transaction
            comment'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForStorageOperationOperationResponseDataTypes
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
    body: RootTypeForStorageOperationOperationRequestDataTypes,
) -> Response[ErrorResponse | RootTypeForStorageOperationOperationResponseDataTypes]:
    """Create an inventory operation

     Creates an inventory operation: one API request sends a document together with several product
    transactions. When a payment type is given, the matching financial transactions are created
    automatically.

    Args:
        location_id (int):
        body (RootTypeForStorageOperationOperationRequestDataTypes): Add an inventory operation
            Example: {'type_id': 1, 'comment': 'test document comment', 'create_date':
            '2026-09-21T23:00:00.000-05:00', 'master_id': 0, 'storage_id': 91271, 'transactions':
            [{'good_id': 232674, 'operation_unit_type': 1, 'amount': 1, 'cost_per_unit': 100,
            'discount': 10, 'cost': 90, 'client_id': 0, 'supplier_id': 0, 'comment': 'test transaction
            comment'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForStorageOperationOperationResponseDataTypes]
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
    body: RootTypeForStorageOperationOperationRequestDataTypes,
) -> ErrorResponse | RootTypeForStorageOperationOperationResponseDataTypes | None:
    """Create an inventory operation

     Creates an inventory operation: one API request sends a document together with several product
    transactions. When a payment type is given, the matching financial transactions are created
    automatically.

    Args:
        location_id (int):
        body (RootTypeForStorageOperationOperationRequestDataTypes): Add an inventory operation
            Example: {'type_id': 1, 'comment': 'test document comment', 'create_date':
            '2026-09-21T23:00:00.000-05:00', 'master_id': 0, 'storage_id': 91271, 'transactions':
            [{'good_id': 232674, 'operation_unit_type': 1, 'amount': 1, 'cost_per_unit': 100,
            'discount': 10, 'cost': 90, 'client_id': 0, 'supplier_id': 0, 'comment': 'test transaction
            comment'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForStorageOperationOperationResponseDataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
