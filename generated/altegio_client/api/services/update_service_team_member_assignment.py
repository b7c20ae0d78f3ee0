from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_service_team_member_assignment_body import UpdateServiceTeamMemberAssignmentBody
from ...models.update_service_team_member_assignment_response_200 import UpdateServiceTeamMemberAssignmentResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    body: UpdateServiceTeamMemberAssignmentBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/company/{location_id}/services/{service_id}/staff/{team_member_id}".format(
            location_id=quote(str(location_id), safe=""),
            service_id=quote(str(service_id), safe=""),
            team_member_id=quote(str(team_member_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UpdateServiceTeamMemberAssignmentResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateServiceTeamMemberAssignmentResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | UpdateServiceTeamMemberAssignmentResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateServiceTeamMemberAssignmentBody | Unset = UNSET,
) -> Response[ErrorResponse | UpdateServiceTeamMemberAssignmentResponse200]:
    """Updating Team Member Service Link Settings

     Changes a team member's service link, setting the given duration and bill of materials.

    Args:
        location_id (int):
        service_id (int):
        team_member_id (int):
        body (UpdateServiceTeamMemberAssignmentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateServiceTeamMemberAssignmentResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_id=service_id,
        team_member_id=team_member_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateServiceTeamMemberAssignmentBody | Unset = UNSET,
) -> ErrorResponse | UpdateServiceTeamMemberAssignmentResponse200 | None:
    """Updating Team Member Service Link Settings

     Changes a team member's service link, setting the given duration and bill of materials.

    Args:
        location_id (int):
        service_id (int):
        team_member_id (int):
        body (UpdateServiceTeamMemberAssignmentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateServiceTeamMemberAssignmentResponse200
    """

    return sync_detailed(
        location_id=location_id,
        service_id=service_id,
        team_member_id=team_member_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateServiceTeamMemberAssignmentBody | Unset = UNSET,
) -> Response[ErrorResponse | UpdateServiceTeamMemberAssignmentResponse200]:
    """Updating Team Member Service Link Settings

     Changes a team member's service link, setting the given duration and bill of materials.

    Args:
        location_id (int):
        service_id (int):
        team_member_id (int):
        body (UpdateServiceTeamMemberAssignmentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateServiceTeamMemberAssignmentResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_id=service_id,
        team_member_id=team_member_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateServiceTeamMemberAssignmentBody | Unset = UNSET,
) -> ErrorResponse | UpdateServiceTeamMemberAssignmentResponse200 | None:
    """Updating Team Member Service Link Settings

     Changes a team member's service link, setting the given duration and bill of materials.

    Args:
        location_id (int):
        service_id (int):
        team_member_id (int):
        body (UpdateServiceTeamMemberAssignmentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateServiceTeamMemberAssignmentResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            service_id=service_id,
            team_member_id=team_member_id,
            client=client,
            body=body,
        )
    ).parsed
