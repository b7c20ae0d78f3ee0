from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_timetable_client_schedule_body import UpdateTimetableClientScheduleBody
from ...models.update_timetable_client_schedule_response_200 import UpdateTimetableClientScheduleResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    schedule_id: int,
    client_schedule_id: int,
    *,
    body: UpdateTimetableClientScheduleBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/company/{location_id}/schedules/{schedule_id}/client_schedules/{client_schedule_id}".format(
            location_id=quote(str(location_id), safe=""),
            schedule_id=quote(str(schedule_id), safe=""),
            client_schedule_id=quote(str(client_schedule_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UpdateTimetableClientScheduleResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateTimetableClientScheduleResponse200.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | UpdateTimetableClientScheduleResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    schedule_id: int,
    client_schedule_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateTimetableClientScheduleBody | Unset = UNSET,
) -> Response[ErrorResponse | UpdateTimetableClientScheduleResponse200]:
    """Update Recurring Appointments

     Attaches schedule days to, or detaches them from, a recurring appointment series, so future
    appointments are created or deleted to match.

    Args:
        location_id (int):
        schedule_id (int):
        client_schedule_id (int):
        body (UpdateTimetableClientScheduleBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateTimetableClientScheduleResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        schedule_id=schedule_id,
        client_schedule_id=client_schedule_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    schedule_id: int,
    client_schedule_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateTimetableClientScheduleBody | Unset = UNSET,
) -> ErrorResponse | UpdateTimetableClientScheduleResponse200 | None:
    """Update Recurring Appointments

     Attaches schedule days to, or detaches them from, a recurring appointment series, so future
    appointments are created or deleted to match.

    Args:
        location_id (int):
        schedule_id (int):
        client_schedule_id (int):
        body (UpdateTimetableClientScheduleBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateTimetableClientScheduleResponse200
    """

    return sync_detailed(
        location_id=location_id,
        schedule_id=schedule_id,
        client_schedule_id=client_schedule_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    schedule_id: int,
    client_schedule_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateTimetableClientScheduleBody | Unset = UNSET,
) -> Response[ErrorResponse | UpdateTimetableClientScheduleResponse200]:
    """Update Recurring Appointments

     Attaches schedule days to, or detaches them from, a recurring appointment series, so future
    appointments are created or deleted to match.

    Args:
        location_id (int):
        schedule_id (int):
        client_schedule_id (int):
        body (UpdateTimetableClientScheduleBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateTimetableClientScheduleResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        schedule_id=schedule_id,
        client_schedule_id=client_schedule_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    schedule_id: int,
    client_schedule_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateTimetableClientScheduleBody | Unset = UNSET,
) -> ErrorResponse | UpdateTimetableClientScheduleResponse200 | None:
    """Update Recurring Appointments

     Attaches schedule days to, or detaches them from, a recurring appointment series, so future
    appointments are created or deleted to match.

    Args:
        location_id (int):
        schedule_id (int):
        client_schedule_id (int):
        body (UpdateTimetableClientScheduleBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateTimetableClientScheduleResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            schedule_id=schedule_id,
            client_schedule_id=client_schedule_id,
            client=client,
            body=body,
        )
    ).parsed
