from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.search_timetable_event_schedules_by_event_entity_type import (
    SearchTimetableEventSchedulesByEventEntityType,
)
from ...models.search_timetable_event_schedules_by_event_include_item import (
    SearchTimetableEventSchedulesByEventIncludeItem,
)
from ...models.search_timetable_event_schedules_by_event_response_200 import (
    SearchTimetableEventSchedulesByEventResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    entity_type: SearchTimetableEventSchedulesByEventEntityType,
    entity_id: int,
    *,
    include: list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

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
        "method": "get",
        "url": "/company/{location_id}/schedules/search/{entity_type}/{entity_id}".format(
            location_id=quote(str(location_id), safe=""),
            entity_type=quote(str(entity_type), safe=""),
            entity_id=quote(str(entity_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SearchTimetableEventSchedulesByEventResponse200 | None:
    if response.status_code == 200:
        response_200 = SearchTimetableEventSchedulesByEventResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | SearchTimetableEventSchedulesByEventResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    entity_type: SearchTimetableEventSchedulesByEventEntityType,
    entity_id: int,
    *,
    client: AuthenticatedClient,
    include: list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | SearchTimetableEventSchedulesByEventResponse200]:
    """Search a Schedule by Event

     Finds a schedule by the appointment or event tied to it, or by the associated appointment or event.

    Args:
        location_id (int):
        entity_type (SearchTimetableEventSchedulesByEventEntityType):
        entity_id (int):
        include (list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SearchTimetableEventSchedulesByEventResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        entity_type=entity_type,
        entity_id=entity_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    entity_type: SearchTimetableEventSchedulesByEventEntityType,
    entity_id: int,
    *,
    client: AuthenticatedClient,
    include: list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset = UNSET,
) -> ErrorResponse | SearchTimetableEventSchedulesByEventResponse200 | None:
    """Search a Schedule by Event

     Finds a schedule by the appointment or event tied to it, or by the associated appointment or event.

    Args:
        location_id (int):
        entity_type (SearchTimetableEventSchedulesByEventEntityType):
        entity_id (int):
        include (list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SearchTimetableEventSchedulesByEventResponse200
    """

    return sync_detailed(
        location_id=location_id,
        entity_type=entity_type,
        entity_id=entity_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    entity_type: SearchTimetableEventSchedulesByEventEntityType,
    entity_id: int,
    *,
    client: AuthenticatedClient,
    include: list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | SearchTimetableEventSchedulesByEventResponse200]:
    """Search a Schedule by Event

     Finds a schedule by the appointment or event tied to it, or by the associated appointment or event.

    Args:
        location_id (int):
        entity_type (SearchTimetableEventSchedulesByEventEntityType):
        entity_id (int):
        include (list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SearchTimetableEventSchedulesByEventResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        entity_type=entity_type,
        entity_id=entity_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    entity_type: SearchTimetableEventSchedulesByEventEntityType,
    entity_id: int,
    *,
    client: AuthenticatedClient,
    include: list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset = UNSET,
) -> ErrorResponse | SearchTimetableEventSchedulesByEventResponse200 | None:
    """Search a Schedule by Event

     Finds a schedule by the appointment or event tied to it, or by the associated appointment or event.

    Args:
        location_id (int):
        entity_type (SearchTimetableEventSchedulesByEventEntityType):
        entity_id (int):
        include (list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SearchTimetableEventSchedulesByEventResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            entity_type=entity_type,
            entity_id=entity_id,
            client=client,
            include=include,
        )
    ).parsed
