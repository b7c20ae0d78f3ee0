from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_appointment_calendar_sessions_response_200 import GetAppointmentCalendarSessionsResponse200
from ...types import Response


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    date: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/timetable/seances/{location_id}/{team_member_id}/{date}".format(
            location_id=quote(str(location_id), safe=""),
            team_member_id=quote(str(team_member_id), safe=""),
            date=quote(str(date), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetAppointmentCalendarSessionsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetAppointmentCalendarSessionsResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | GetAppointmentCalendarSessionsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    team_member_id: int,
    date: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | GetAppointmentCalendarSessionsResponse200]:
    """Get a list of sessions for the Appointment Calendar

     Sessions object for the log:
    - `time` (string): session time, e.g. 17:30
    - `free` (boolean): whether the time is free or taken

    Args:
        location_id (int):
        team_member_id (int):
        date (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetAppointmentCalendarSessionsResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        date=date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    team_member_id: int,
    date: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | GetAppointmentCalendarSessionsResponse200 | None:
    """Get a list of sessions for the Appointment Calendar

     Sessions object for the log:
    - `time` (string): session time, e.g. 17:30
    - `free` (boolean): whether the time is free or taken

    Args:
        location_id (int):
        team_member_id (int):
        date (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetAppointmentCalendarSessionsResponse200
    """

    return sync_detailed(
        location_id=location_id,
        team_member_id=team_member_id,
        date=date,
        client=client,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    date: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | GetAppointmentCalendarSessionsResponse200]:
    """Get a list of sessions for the Appointment Calendar

     Sessions object for the log:
    - `time` (string): session time, e.g. 17:30
    - `free` (boolean): whether the time is free or taken

    Args:
        location_id (int):
        team_member_id (int):
        date (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetAppointmentCalendarSessionsResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        date=date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    team_member_id: int,
    date: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | GetAppointmentCalendarSessionsResponse200 | None:
    """Get a list of sessions for the Appointment Calendar

     Sessions object for the log:
    - `time` (string): session time, e.g. 17:30
    - `free` (boolean): whether the time is free or taken

    Args:
        location_id (int):
        team_member_id (int):
        date (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetAppointmentCalendarSessionsResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            team_member_id=team_member_id,
            date=date,
            client=client,
        )
    ).parsed
