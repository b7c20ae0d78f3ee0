import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_team_member_schedule_list_include_item import (
    GetTeamMemberScheduleListIncludeItem,
)
from ...models.get_team_member_schedule_list_response_200 import GetTeamMemberScheduleListResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_staff_ids: list[int] | Unset = UNSET
    if not isinstance(staff_ids, Unset):
        json_staff_ids = staff_ids

    params["staff_ids"] = json_staff_ids

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/staff/schedule".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetTeamMemberScheduleListResponse200 | None:
    if response.status_code == 200:
        response_200 = GetTeamMemberScheduleListResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | GetTeamMemberScheduleListResponse200]:
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
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GetTeamMemberScheduleListResponse200]:
    """Get team member schedules

     Gets team members' work schedules as working intervals, optionally with busy intervals (appointments
    and events) and off-day type IDs. Query parameters: `start_date` / `end_date` set the date range,
    `staff_ids[]` filters by team member, `include[]` adds extra data (busy_intervals, off_day_type).

    Args:
        location_id (int):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        staff_ids (list[int] | Unset):
        include (list[GetTeamMemberScheduleListIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetTeamMemberScheduleListResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        start_date=start_date,
        end_date=end_date,
        staff_ids=staff_ids,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GetTeamMemberScheduleListResponse200 | None:
    """Get team member schedules

     Gets team members' work schedules as working intervals, optionally with busy intervals (appointments
    and events) and off-day type IDs. Query parameters: `start_date` / `end_date` set the date range,
    `staff_ids[]` filters by team member, `include[]` adds extra data (busy_intervals, off_day_type).

    Args:
        location_id (int):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        staff_ids (list[int] | Unset):
        include (list[GetTeamMemberScheduleListIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetTeamMemberScheduleListResponse200
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        start_date=start_date,
        end_date=end_date,
        staff_ids=staff_ids,
        include=include,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GetTeamMemberScheduleListResponse200]:
    """Get team member schedules

     Gets team members' work schedules as working intervals, optionally with busy intervals (appointments
    and events) and off-day type IDs. Query parameters: `start_date` / `end_date` set the date range,
    `staff_ids[]` filters by team member, `include[]` adds extra data (busy_intervals, off_day_type).

    Args:
        location_id (int):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        staff_ids (list[int] | Unset):
        include (list[GetTeamMemberScheduleListIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetTeamMemberScheduleListResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        start_date=start_date,
        end_date=end_date,
        staff_ids=staff_ids,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GetTeamMemberScheduleListResponse200 | None:
    """Get team member schedules

     Gets team members' work schedules as working intervals, optionally with busy intervals (appointments
    and events) and off-day type IDs. Query parameters: `start_date` / `end_date` set the date range,
    `staff_ids[]` filters by team member, `include[]` adds extra data (busy_intervals, off_day_type).

    Args:
        location_id (int):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        staff_ids (list[int] | Unset):
        include (list[GetTeamMemberScheduleListIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetTeamMemberScheduleListResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            start_date=start_date,
            end_date=end_date,
            staff_ids=staff_ids,
            include=include,
        )
    ).parsed
