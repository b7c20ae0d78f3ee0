from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.set_team_member_schedule_body import SetTeamMemberScheduleBody
from ...models.set_team_member_schedule_response_200 import SetTeamMemberScheduleResponse200
from ...types import Response


def _get_kwargs(
    location_id: int,
    *,
    body: SetTeamMemberScheduleBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/company/{location_id}/staff/schedule".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SetTeamMemberScheduleResponse200 | None:
    if response.status_code == 200:
        response_200 = SetTeamMemberScheduleResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | SetTeamMemberScheduleResponse200]:
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
    body: SetTeamMemberScheduleBody,
) -> Response[ErrorResponse | SetTeamMemberScheduleResponse200]:
    """Set team member schedules

     Sets team members' work schedules by date; one request can both set new schedules and delete
    existing ones. Returns the resulting schedules of the affected team members for the range from the
    earliest to the latest changed date.

    Args:
        location_id (int):
        body (SetTeamMemberScheduleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SetTeamMemberScheduleResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: SetTeamMemberScheduleBody,
) -> ErrorResponse | SetTeamMemberScheduleResponse200 | None:
    """Set team member schedules

     Sets team members' work schedules by date; one request can both set new schedules and delete
    existing ones. Returns the resulting schedules of the affected team members for the range from the
    earliest to the latest changed date.

    Args:
        location_id (int):
        body (SetTeamMemberScheduleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SetTeamMemberScheduleResponse200
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: SetTeamMemberScheduleBody,
) -> Response[ErrorResponse | SetTeamMemberScheduleResponse200]:
    """Set team member schedules

     Sets team members' work schedules by date; one request can both set new schedules and delete
    existing ones. Returns the resulting schedules of the affected team members for the range from the
    earliest to the latest changed date.

    Args:
        location_id (int):
        body (SetTeamMemberScheduleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SetTeamMemberScheduleResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: SetTeamMemberScheduleBody,
) -> ErrorResponse | SetTeamMemberScheduleResponse200 | None:
    """Set team member schedules

     Sets team members' work schedules by date; one request can both set new schedules and delete
    existing ones. Returns the resulting schedules of the affected team members for the range from the
    earliest to the latest changed date.

    Args:
        location_id (int):
        body (SetTeamMemberScheduleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SetTeamMemberScheduleResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
