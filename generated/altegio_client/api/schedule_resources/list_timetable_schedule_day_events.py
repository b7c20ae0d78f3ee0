from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_timetable_schedule_day_events_response_200 import ListTimetableScheduleDayEventsResponse200
from ...types import Response


def _get_kwargs(
    location_id: int,
    schedule_id: int,
    day_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/schedules/{schedule_id}/days/{day_id}/events".format(
            location_id=quote(str(location_id), safe=""),
            schedule_id=quote(str(schedule_id), safe=""),
            day_id=quote(str(day_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListTimetableScheduleDayEventsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListTimetableScheduleDayEventsResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | ListTimetableScheduleDayEventsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    schedule_id: int,
    day_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | ListTimetableScheduleDayEventsResponse200]:
    """Get a List of Scheduled Appointments and Events

     Lists the events of scheduled records/activities.

    Args:
        location_id (int):
        schedule_id (int):
        day_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListTimetableScheduleDayEventsResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        schedule_id=schedule_id,
        day_id=day_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    schedule_id: int,
    day_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | ListTimetableScheduleDayEventsResponse200 | None:
    """Get a List of Scheduled Appointments and Events

     Lists the events of scheduled records/activities.

    Args:
        location_id (int):
        schedule_id (int):
        day_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListTimetableScheduleDayEventsResponse200
    """

    return sync_detailed(
        location_id=location_id,
        schedule_id=schedule_id,
        day_id=day_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    schedule_id: int,
    day_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | ListTimetableScheduleDayEventsResponse200]:
    """Get a List of Scheduled Appointments and Events

     Lists the events of scheduled records/activities.

    Args:
        location_id (int):
        schedule_id (int):
        day_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListTimetableScheduleDayEventsResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        schedule_id=schedule_id,
        day_id=day_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    schedule_id: int,
    day_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | ListTimetableScheduleDayEventsResponse200 | None:
    """Get a List of Scheduled Appointments and Events

     Lists the events of scheduled records/activities.

    Args:
        location_id (int):
        schedule_id (int):
        day_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListTimetableScheduleDayEventsResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            schedule_id=schedule_id,
            day_id=day_id,
            client=client,
        )
    ).parsed
