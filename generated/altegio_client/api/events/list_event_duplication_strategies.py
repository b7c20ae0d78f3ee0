from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_event_duplication_strategies_response_200 import ListEventDuplicationStrategiesResponse200
from ...types import Response


def _get_kwargs(
    location_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity/{location_id}/duplication_strategy".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListEventDuplicationStrategiesResponse200 | None:
    if response.status_code == 200:
        response_200 = ListEventDuplicationStrategiesResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | ListEventDuplicationStrategiesResponse200]:
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
) -> Response[ErrorResponse | ListEventDuplicationStrategiesResponse200]:
    """List Event Duplication Strategies

     Events are duplicated according to a "duplication strategy" object with these fields:

    - `title` (string): name of the strategy
    - `repeat_mode_id` (integer): repeat mode
    - `days` (integer[]): weekdays, 0 Sun ... 6 Fri
    - `interval` (integer): gap between searched dates, in units of the mode
    - `content_type` (integer): duplicate appointments? 1 - no, 2 - yes

    Repeat modes (value: meaning, interval unit): 1 daily (day); 2 weekdays (-); 3 Mon Wed Fri (-); 4
    Tue Thu (-); 5 every week (week); 6 every month (month); 7 every year (year).

    `days` is used only with mode 5 (weekly) to pick repeat days. Example: repeat_mode = 5, days =
    [1,4], interval = 2 repeats the event every 3rd week on Monday and Thursday.

    Args:
        location_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListEventDuplicationStrategiesResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | ListEventDuplicationStrategiesResponse200 | None:
    """List Event Duplication Strategies

     Events are duplicated according to a "duplication strategy" object with these fields:

    - `title` (string): name of the strategy
    - `repeat_mode_id` (integer): repeat mode
    - `days` (integer[]): weekdays, 0 Sun ... 6 Fri
    - `interval` (integer): gap between searched dates, in units of the mode
    - `content_type` (integer): duplicate appointments? 1 - no, 2 - yes

    Repeat modes (value: meaning, interval unit): 1 daily (day); 2 weekdays (-); 3 Mon Wed Fri (-); 4
    Tue Thu (-); 5 every week (week); 6 every month (month); 7 every year (year).

    `days` is used only with mode 5 (weekly) to pick repeat days. Example: repeat_mode = 5, days =
    [1,4], interval = 2 repeats the event every 3rd week on Monday and Thursday.

    Args:
        location_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListEventDuplicationStrategiesResponse200
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | ListEventDuplicationStrategiesResponse200]:
    """List Event Duplication Strategies

     Events are duplicated according to a "duplication strategy" object with these fields:

    - `title` (string): name of the strategy
    - `repeat_mode_id` (integer): repeat mode
    - `days` (integer[]): weekdays, 0 Sun ... 6 Fri
    - `interval` (integer): gap between searched dates, in units of the mode
    - `content_type` (integer): duplicate appointments? 1 - no, 2 - yes

    Repeat modes (value: meaning, interval unit): 1 daily (day); 2 weekdays (-); 3 Mon Wed Fri (-); 4
    Tue Thu (-); 5 every week (week); 6 every month (month); 7 every year (year).

    `days` is used only with mode 5 (weekly) to pick repeat days. Example: repeat_mode = 5, days =
    [1,4], interval = 2 repeats the event every 3rd week on Monday and Thursday.

    Args:
        location_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListEventDuplicationStrategiesResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | ListEventDuplicationStrategiesResponse200 | None:
    """List Event Duplication Strategies

     Events are duplicated according to a "duplication strategy" object with these fields:

    - `title` (string): name of the strategy
    - `repeat_mode_id` (integer): repeat mode
    - `days` (integer[]): weekdays, 0 Sun ... 6 Fri
    - `interval` (integer): gap between searched dates, in units of the mode
    - `content_type` (integer): duplicate appointments? 1 - no, 2 - yes

    Repeat modes (value: meaning, interval unit): 1 daily (day); 2 weekdays (-); 3 Mon Wed Fri (-); 4
    Tue Thu (-); 5 every week (week); 6 every month (month); 7 every year (year).

    `days` is used only with mode 5 (weekly) to pick repeat days. Example: repeat_mode = 5, days =
    [1,4], interval = 2 repeats the event every 3rd week on Monday and Thursday.

    Args:
        location_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListEventDuplicationStrategiesResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
        )
    ).parsed
