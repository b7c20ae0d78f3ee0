import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_team_member_schedule_body_item import UpdateTeamMemberScheduleBodyItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    body: list[UpdateTeamMemberScheduleBodyItem] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/schedule/{location_id}/{team_member_id}/{start_date}/{end_date}".format(
            location_id=quote(str(location_id), safe=""),
            team_member_id=quote(str(team_member_id), safe=""),
            start_date=quote(str(start_date), safe=""),
            end_date=quote(str(end_date), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    client: AuthenticatedClient,
    body: list[UpdateTeamMemberScheduleBodyItem] | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Change schedule of a specific team member

    Args:
        location_id (int):
        team_member_id (int):
        start_date (datetime.date):
        end_date (datetime.date):
        body (list[UpdateTeamMemberScheduleBodyItem] | Unset):  Example: [{'date':
            '2026-09-21T23:00:00.000-05:00', 'is_working': True, 'slots': [{'from': '10:00', 'to':
            '14:30'}, {'from': '15:00', 'to': '22:00'}]}, {'date': '2026-09-21T23:00:00.000-05:00',
            'is_working': True, 'slots': [{'from': '10:00', 'to': '14:00'}, {'from': '15:00', 'to':
            '23:15'}]}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        start_date=start_date,
        end_date=end_date,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    client: AuthenticatedClient,
    body: list[UpdateTeamMemberScheduleBodyItem] | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Change schedule of a specific team member

    Args:
        location_id (int):
        team_member_id (int):
        start_date (datetime.date):
        end_date (datetime.date):
        body (list[UpdateTeamMemberScheduleBodyItem] | Unset):  Example: [{'date':
            '2026-09-21T23:00:00.000-05:00', 'is_working': True, 'slots': [{'from': '10:00', 'to':
            '14:30'}, {'from': '15:00', 'to': '22:00'}]}, {'date': '2026-09-21T23:00:00.000-05:00',
            'is_working': True, 'slots': [{'from': '10:00', 'to': '14:00'}, {'from': '15:00', 'to':
            '23:15'}]}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        location_id=location_id,
        team_member_id=team_member_id,
        start_date=start_date,
        end_date=end_date,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    client: AuthenticatedClient,
    body: list[UpdateTeamMemberScheduleBodyItem] | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Change schedule of a specific team member

    Args:
        location_id (int):
        team_member_id (int):
        start_date (datetime.date):
        end_date (datetime.date):
        body (list[UpdateTeamMemberScheduleBodyItem] | Unset):  Example: [{'date':
            '2026-09-21T23:00:00.000-05:00', 'is_working': True, 'slots': [{'from': '10:00', 'to':
            '14:30'}, {'from': '15:00', 'to': '22:00'}]}, {'date': '2026-09-21T23:00:00.000-05:00',
            'is_working': True, 'slots': [{'from': '10:00', 'to': '14:00'}, {'from': '15:00', 'to':
            '23:15'}]}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        start_date=start_date,
        end_date=end_date,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    client: AuthenticatedClient,
    body: list[UpdateTeamMemberScheduleBodyItem] | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Change schedule of a specific team member

    Args:
        location_id (int):
        team_member_id (int):
        start_date (datetime.date):
        end_date (datetime.date):
        body (list[UpdateTeamMemberScheduleBodyItem] | Unset):  Example: [{'date':
            '2026-09-21T23:00:00.000-05:00', 'is_working': True, 'slots': [{'from': '10:00', 'to':
            '14:30'}, {'from': '15:00', 'to': '22:00'}]}, {'date': '2026-09-21T23:00:00.000-05:00',
            'is_working': True, 'slots': [{'from': '10:00', 'to': '14:00'}, {'from': '15:00', 'to':
            '23:15'}]}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            team_member_id=team_member_id,
            start_date=start_date,
            end_date=end_date,
            client=client,
            body=body,
        )
    ).parsed
