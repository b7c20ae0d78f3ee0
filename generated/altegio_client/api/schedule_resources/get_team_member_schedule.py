from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_team_member_schedule_response_200 import GetTeamMemberScheduleResponse200
from ...types import Response


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    start_date: int,
    end_date: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/schedule/{location_id}/{team_member_id}/{start_date}/{end_date}".format(
            location_id=quote(str(location_id), safe=""),
            team_member_id=quote(str(team_member_id), safe=""),
            start_date=quote(str(start_date), safe=""),
            end_date=quote(str(end_date), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetTeamMemberScheduleResponse200 | None:
    if response.status_code == 200:
        response_200 = GetTeamMemberScheduleResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | GetTeamMemberScheduleResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    team_member_id: int,
    start_date: int,
    end_date: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | GetTeamMemberScheduleResponse200]:
    """Get schedule of a specific team member

    Args:
        location_id (int):
        team_member_id (int):
        start_date (int):
        end_date (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetTeamMemberScheduleResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        start_date=start_date,
        end_date=end_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    team_member_id: int,
    start_date: int,
    end_date: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | GetTeamMemberScheduleResponse200 | None:
    """Get schedule of a specific team member

    Args:
        location_id (int):
        team_member_id (int):
        start_date (int):
        end_date (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetTeamMemberScheduleResponse200
    """

    return sync_detailed(
        location_id=location_id,
        team_member_id=team_member_id,
        start_date=start_date,
        end_date=end_date,
        client=client,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    start_date: int,
    end_date: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | GetTeamMemberScheduleResponse200]:
    """Get schedule of a specific team member

    Args:
        location_id (int):
        team_member_id (int):
        start_date (int):
        end_date (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetTeamMemberScheduleResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    team_member_id: int,
    start_date: int,
    end_date: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | GetTeamMemberScheduleResponse200 | None:
    """Get schedule of a specific team member

    Args:
        location_id (int):
        team_member_id (int):
        start_date (int):
        end_date (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetTeamMemberScheduleResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            team_member_id=team_member_id,
            start_date=start_date,
            end_date=end_date,
            client=client,
        )
    ).parsed
