from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.event_request import EventRequest
from ...models.event_response import EventResponse
from ...types import Response


def _get_kwargs(
    location_id: int,
    *,
    body: EventRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | EventResponse | None:
    if response.status_code == 200:
        response_200 = EventResponse.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | EventResponse]:
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
    body: EventRequest,
) -> Response[ErrorResponse | EventResponse]:
    """Deprecated. Create Event

     **Deprecated.** Replaced by `POST /v2/locations/{location_id}/events`.

    **Migration:** the V2 Events API brings stricter validation, better error handling and JSON:API
    responses; see the `create_event` operation.

    Args:
        location_id (int):
        body (EventRequest): Request body for creating or updating an event Example: {'date':
            '2026-10-10 15:30', 'service_id': 1185299, 'staff_id': 26427, 'length': 3600, 'capacity':
            9, 'resource_instance_ids': [3127], 'force': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EventResponse]
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
    body: EventRequest,
) -> ErrorResponse | EventResponse | None:
    """Deprecated. Create Event

     **Deprecated.** Replaced by `POST /v2/locations/{location_id}/events`.

    **Migration:** the V2 Events API brings stricter validation, better error handling and JSON:API
    responses; see the `create_event` operation.

    Args:
        location_id (int):
        body (EventRequest): Request body for creating or updating an event Example: {'date':
            '2026-10-10 15:30', 'service_id': 1185299, 'staff_id': 26427, 'length': 3600, 'capacity':
            9, 'resource_instance_ids': [3127], 'force': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EventResponse
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
    body: EventRequest,
) -> Response[ErrorResponse | EventResponse]:
    """Deprecated. Create Event

     **Deprecated.** Replaced by `POST /v2/locations/{location_id}/events`.

    **Migration:** the V2 Events API brings stricter validation, better error handling and JSON:API
    responses; see the `create_event` operation.

    Args:
        location_id (int):
        body (EventRequest): Request body for creating or updating an event Example: {'date':
            '2026-10-10 15:30', 'service_id': 1185299, 'staff_id': 26427, 'length': 3600, 'capacity':
            9, 'resource_instance_ids': [3127], 'force': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EventResponse]
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
    body: EventRequest,
) -> ErrorResponse | EventResponse | None:
    """Deprecated. Create Event

     **Deprecated.** Replaced by `POST /v2/locations/{location_id}/events`.

    **Migration:** the V2 Events API brings stricter validation, better error handling and JSON:API
    responses; see the `create_event` operation.

    Args:
        location_id (int):
        body (EventRequest): Request body for creating or updating an event Example: {'date':
            '2026-10-10 15:30', 'service_id': 1185299, 'staff_id': 26427, 'length': 3600, 'capacity':
            9, 'resource_instance_ids': [3127], 'force': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EventResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
