from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_event_duplication_strategy_body import UpdateEventDuplicationStrategyBody
from ...models.update_event_duplication_strategy_response_200 import UpdateEventDuplicationStrategyResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    strategy_id: int,
    *,
    body: UpdateEventDuplicationStrategyBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/{location_id}/duplication_strategy/{strategy_id}".format(
            location_id=quote(str(location_id), safe=""),
            strategy_id=quote(str(strategy_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UpdateEventDuplicationStrategyResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateEventDuplicationStrategyResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | UpdateEventDuplicationStrategyResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    strategy_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateEventDuplicationStrategyBody | Unset = UNSET,
) -> Response[ErrorResponse | UpdateEventDuplicationStrategyResponse200]:
    """Update Event Duplication Strategy

    Args:
        location_id (int):
        strategy_id (int):
        body (UpdateEventDuplicationStrategyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateEventDuplicationStrategyResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        strategy_id=strategy_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    strategy_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateEventDuplicationStrategyBody | Unset = UNSET,
) -> ErrorResponse | UpdateEventDuplicationStrategyResponse200 | None:
    """Update Event Duplication Strategy

    Args:
        location_id (int):
        strategy_id (int):
        body (UpdateEventDuplicationStrategyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateEventDuplicationStrategyResponse200
    """

    return sync_detailed(
        location_id=location_id,
        strategy_id=strategy_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    strategy_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateEventDuplicationStrategyBody | Unset = UNSET,
) -> Response[ErrorResponse | UpdateEventDuplicationStrategyResponse200]:
    """Update Event Duplication Strategy

    Args:
        location_id (int):
        strategy_id (int):
        body (UpdateEventDuplicationStrategyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateEventDuplicationStrategyResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        strategy_id=strategy_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    strategy_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateEventDuplicationStrategyBody | Unset = UNSET,
) -> ErrorResponse | UpdateEventDuplicationStrategyResponse200 | None:
    """Update Event Duplication Strategy

    Args:
        location_id (int):
        strategy_id (int):
        body (UpdateEventDuplicationStrategyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateEventDuplicationStrategyResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            strategy_id=strategy_id,
            client=client,
            body=body,
        )
    ).parsed
