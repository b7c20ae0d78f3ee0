from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.search_team_member_calculation_daily_salary_response_200 import (
    SearchTeamMemberCalculationDailySalaryResponse200,
)
from ...types import UNSET, Response


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    *,
    date_from: str,
    date_to: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["date_from"] = date_from

    params["date_to"] = date_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/salary/calculation/staff/daily/{team_member_id}".format(
            location_id=quote(str(location_id), safe=""),
            team_member_id=quote(str(team_member_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SearchTeamMemberCalculationDailySalaryResponse200 | None:
    if response.status_code == 200:
        response_200 = SearchTeamMemberCalculationDailySalaryResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | SearchTeamMemberCalculationDailySalaryResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    team_member_id: int,
    *,
    client: AuthenticatedClient,
    date_from: str,
    date_to: str,
) -> Response[ErrorResponse | SearchTeamMemberCalculationDailySalaryResponse200]:
    """Receipt of mutual settlements of a team member grouped by date

     Lets the location owner fetch a team member's mutual settlements, grouped by date.

    Args:
        location_id (int):
        team_member_id (int):
        date_from (str):
        date_to (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SearchTeamMemberCalculationDailySalaryResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        date_from=date_from,
        date_to=date_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    team_member_id: int,
    *,
    client: AuthenticatedClient,
    date_from: str,
    date_to: str,
) -> ErrorResponse | SearchTeamMemberCalculationDailySalaryResponse200 | None:
    """Receipt of mutual settlements of a team member grouped by date

     Lets the location owner fetch a team member's mutual settlements, grouped by date.

    Args:
        location_id (int):
        team_member_id (int):
        date_from (str):
        date_to (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SearchTeamMemberCalculationDailySalaryResponse200
    """

    return sync_detailed(
        location_id=location_id,
        team_member_id=team_member_id,
        client=client,
        date_from=date_from,
        date_to=date_to,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    *,
    client: AuthenticatedClient,
    date_from: str,
    date_to: str,
) -> Response[ErrorResponse | SearchTeamMemberCalculationDailySalaryResponse200]:
    """Receipt of mutual settlements of a team member grouped by date

     Lets the location owner fetch a team member's mutual settlements, grouped by date.

    Args:
        location_id (int):
        team_member_id (int):
        date_from (str):
        date_to (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SearchTeamMemberCalculationDailySalaryResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        date_from=date_from,
        date_to=date_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    team_member_id: int,
    *,
    client: AuthenticatedClient,
    date_from: str,
    date_to: str,
) -> ErrorResponse | SearchTeamMemberCalculationDailySalaryResponse200 | None:
    """Receipt of mutual settlements of a team member grouped by date

     Lets the location owner fetch a team member's mutual settlements, grouped by date.

    Args:
        location_id (int):
        team_member_id (int):
        date_from (str):
        date_to (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SearchTeamMemberCalculationDailySalaryResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            team_member_id=team_member_id,
            client=client,
            date_from=date_from,
            date_to=date_to,
        )
    ).parsed
