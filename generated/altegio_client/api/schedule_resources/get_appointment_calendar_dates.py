from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_appointment_calendar_dates_response_200 import GetAppointmentCalendarDatesResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    date: str,
    *,
    staff_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["staff_id"] = staff_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/timetable/dates/{location_id}/{date}".format(
            location_id=quote(str(location_id), safe=""),
            date=quote(str(date), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetAppointmentCalendarDatesResponse200 | None:
    if response.status_code == 200:
        response_200 = GetAppointmentCalendarDatesResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | GetAppointmentCalendarDatesResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    date: str,
    *,
    client: AuthenticatedClient,
    staff_id: int | Unset = UNSET,
) -> Response[ErrorResponse | GetAppointmentCalendarDatesResponse200]:
    """Get a list of dates for Appointment Calendar

     Working dates of the given location or team member around a reference date, which must be supplied;
    returned as an array of date strings such as ["2026-10-26", "2026-10-30"].

    Args:
        location_id (int):
        date (str):
        staff_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetAppointmentCalendarDatesResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        date=date,
        staff_id=staff_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    date: str,
    *,
    client: AuthenticatedClient,
    staff_id: int | Unset = UNSET,
) -> ErrorResponse | GetAppointmentCalendarDatesResponse200 | None:
    """Get a list of dates for Appointment Calendar

     Working dates of the given location or team member around a reference date, which must be supplied;
    returned as an array of date strings such as ["2026-10-26", "2026-10-30"].

    Args:
        location_id (int):
        date (str):
        staff_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetAppointmentCalendarDatesResponse200
    """

    return sync_detailed(
        location_id=location_id,
        date=date,
        client=client,
        staff_id=staff_id,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    date: str,
    *,
    client: AuthenticatedClient,
    staff_id: int | Unset = UNSET,
) -> Response[ErrorResponse | GetAppointmentCalendarDatesResponse200]:
    """Get a list of dates for Appointment Calendar

     Working dates of the given location or team member around a reference date, which must be supplied;
    returned as an array of date strings such as ["2026-10-26", "2026-10-30"].

    Args:
        location_id (int):
        date (str):
        staff_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetAppointmentCalendarDatesResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        date=date,
        staff_id=staff_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    date: str,
    *,
    client: AuthenticatedClient,
    staff_id: int | Unset = UNSET,
) -> ErrorResponse | GetAppointmentCalendarDatesResponse200 | None:
    """Get a list of dates for Appointment Calendar

     Working dates of the given location or team member around a reference date, which must be supplied;
    returned as an array of date strings such as ["2026-10-26", "2026-10-30"].

    Args:
        location_id (int):
        date (str):
        staff_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetAppointmentCalendarDatesResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            date=date,
            client=client,
            staff_id=staff_id,
        )
    ).parsed
