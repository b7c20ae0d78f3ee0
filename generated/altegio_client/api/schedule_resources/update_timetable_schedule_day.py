from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_timetable_schedule_day_body import UpdateTimetableScheduleDayBody
from ...models.update_timetable_schedule_day_include_item import (
    UpdateTimetableScheduleDayIncludeItem,
)
from ...models.update_timetable_schedule_day_response_200 import UpdateTimetableScheduleDayResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    schedule_id: int,
    day_id: int,
    *,
    body: UpdateTimetableScheduleDayBody | Unset = UNSET,
    include: list[UpdateTimetableScheduleDayIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/company/{location_id}/schedules/{schedule_id}/days/{day_id}".format(
            location_id=quote(str(location_id), safe=""),
            schedule_id=quote(str(schedule_id), safe=""),
            day_id=quote(str(day_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UpdateTimetableScheduleDayResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateTimetableScheduleDayResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | UpdateTimetableScheduleDayResponse200]:
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
    body: UpdateTimetableScheduleDayBody | Unset = UNSET,
    include: list[UpdateTimetableScheduleDayIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | UpdateTimetableScheduleDayResponse200]:
    """Update a schedule series

     Changes the settings of a schedule series of appointments or events.

    Args:
        location_id (int):
        schedule_id (int):
        day_id (int):
        include (list[UpdateTimetableScheduleDayIncludeItem] | Unset):
        body (UpdateTimetableScheduleDayBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateTimetableScheduleDayResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        schedule_id=schedule_id,
        day_id=day_id,
        body=body,
        include=include,
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
    body: UpdateTimetableScheduleDayBody | Unset = UNSET,
    include: list[UpdateTimetableScheduleDayIncludeItem] | Unset = UNSET,
) -> ErrorResponse | UpdateTimetableScheduleDayResponse200 | None:
    """Update a schedule series

     Changes the settings of a schedule series of appointments or events.

    Args:
        location_id (int):
        schedule_id (int):
        day_id (int):
        include (list[UpdateTimetableScheduleDayIncludeItem] | Unset):
        body (UpdateTimetableScheduleDayBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateTimetableScheduleDayResponse200
    """

    return sync_detailed(
        location_id=location_id,
        schedule_id=schedule_id,
        day_id=day_id,
        client=client,
        body=body,
        include=include,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    schedule_id: int,
    day_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateTimetableScheduleDayBody | Unset = UNSET,
    include: list[UpdateTimetableScheduleDayIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | UpdateTimetableScheduleDayResponse200]:
    """Update a schedule series

     Changes the settings of a schedule series of appointments or events.

    Args:
        location_id (int):
        schedule_id (int):
        day_id (int):
        include (list[UpdateTimetableScheduleDayIncludeItem] | Unset):
        body (UpdateTimetableScheduleDayBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateTimetableScheduleDayResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        schedule_id=schedule_id,
        day_id=day_id,
        body=body,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    schedule_id: int,
    day_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateTimetableScheduleDayBody | Unset = UNSET,
    include: list[UpdateTimetableScheduleDayIncludeItem] | Unset = UNSET,
) -> ErrorResponse | UpdateTimetableScheduleDayResponse200 | None:
    """Update a schedule series

     Changes the settings of a schedule series of appointments or events.

    Args:
        location_id (int):
        schedule_id (int):
        day_id (int):
        include (list[UpdateTimetableScheduleDayIncludeItem] | Unset):
        body (UpdateTimetableScheduleDayBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateTimetableScheduleDayResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            schedule_id=schedule_id,
            day_id=day_id,
            client=client,
            body=body,
            include=include,
        )
    ).parsed
