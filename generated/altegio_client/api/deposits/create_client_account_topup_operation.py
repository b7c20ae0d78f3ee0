from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_client_account_topup_operation_body import CreateClientAccountTopupOperationBody
from ...models.error_response import ErrorResponse
from ...models.root_type_for_deposit_operation_response_data_types import RootTypeForDepositOperationResponseDataTypes
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    body: CreateClientAccountTopupOperationBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/deposits_operations/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForDepositOperationResponseDataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForDepositOperationResponseDataTypes.from_dict(response.json())

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
) -> Response[ErrorResponse | RootTypeForDepositOperationResponseDataTypes]:
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
    body: CreateClientAccountTopupOperationBody | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForDepositOperationResponseDataTypes]:
    """Create a client account topup operation

     A single API request that creates a document, a client account transaction and a financial
    transaction together.

    Args:
        location_id (int):
        body (CreateClientAccountTopupOperationBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForDepositOperationResponseDataTypes]
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
    body: CreateClientAccountTopupOperationBody | Unset = UNSET,
) -> ErrorResponse | RootTypeForDepositOperationResponseDataTypes | None:
    """Create a client account topup operation

     A single API request that creates a document, a client account transaction and a financial
    transaction together.

    Args:
        location_id (int):
        body (CreateClientAccountTopupOperationBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForDepositOperationResponseDataTypes
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
    body: CreateClientAccountTopupOperationBody | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForDepositOperationResponseDataTypes]:
    """Create a client account topup operation

     A single API request that creates a document, a client account transaction and a financial
    transaction together.

    Args:
        location_id (int):
        body (CreateClientAccountTopupOperationBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForDepositOperationResponseDataTypes]
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
    body: CreateClientAccountTopupOperationBody | Unset = UNSET,
) -> ErrorResponse | RootTypeForDepositOperationResponseDataTypes | None:
    """Create a client account topup operation

     A single API request that creates a document, a client account transaction and a financial
    transaction together.

    Args:
        location_id (int):
        body (CreateClientAccountTopupOperationBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForDepositOperationResponseDataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
