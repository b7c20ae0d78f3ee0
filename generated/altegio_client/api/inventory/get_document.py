from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_storage_operation_documents_response_data_types import (
    RootTypeForStorageOperationDocumentsResponseDataTypes,
)
from ...types import Response


def _get_kwargs(
    location_id: int,
    document_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/storage_operations/documents/{location_id}/{document_id}".format(
            location_id=quote(str(location_id), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForStorageOperationDocumentsResponseDataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForStorageOperationDocumentsResponseDataTypes.from_dict(response.json())

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
) -> Response[ErrorResponse | RootTypeForStorageOperationDocumentsResponseDataTypes]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    document_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | RootTypeForStorageOperationDocumentsResponseDataTypes]:
    """Get document

    Args:
        location_id (int):
        document_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForStorageOperationDocumentsResponseDataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        document_id=document_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    document_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | RootTypeForStorageOperationDocumentsResponseDataTypes | None:
    """Get document

    Args:
        location_id (int):
        document_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForStorageOperationDocumentsResponseDataTypes
    """

    return sync_detailed(
        location_id=location_id,
        document_id=document_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    document_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | RootTypeForStorageOperationDocumentsResponseDataTypes]:
    """Get document

    Args:
        location_id (int):
        document_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForStorageOperationDocumentsResponseDataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        document_id=document_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    document_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | RootTypeForStorageOperationDocumentsResponseDataTypes | None:
    """Get document

    Args:
        location_id (int):
        document_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForStorageOperationDocumentsResponseDataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            document_id=document_id,
            client=client,
        )
    ).parsed
