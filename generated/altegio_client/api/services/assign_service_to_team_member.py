from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assign_service_to_team_member_body import AssignServiceToTeamMemberBody
from ...models.assign_service_to_team_member_response_201 import AssignServiceToTeamMemberResponse201
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    service_id: int,
    *,
    body: AssignServiceToTeamMemberBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/services/{service_id}/staff".format(
            location_id=quote(str(location_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssignServiceToTeamMemberResponse201 | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = AssignServiceToTeamMemberResponse201.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AssignServiceToTeamMemberResponse201 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient,
    body: AssignServiceToTeamMemberBody | Unset = UNSET,
) -> Response[AssignServiceToTeamMemberResponse201 | ErrorResponse]:
    """Linking a Team Member to a Provided Service

     Links a service to a team member, setting its duration and bill of materials.

    Args:
        location_id (int):
        service_id (int):
        body (AssignServiceToTeamMemberBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignServiceToTeamMemberResponse201 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_id=service_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient,
    body: AssignServiceToTeamMemberBody | Unset = UNSET,
) -> AssignServiceToTeamMemberResponse201 | ErrorResponse | None:
    """Linking a Team Member to a Provided Service

     Links a service to a team member, setting its duration and bill of materials.

    Args:
        location_id (int):
        service_id (int):
        body (AssignServiceToTeamMemberBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignServiceToTeamMemberResponse201 | ErrorResponse
    """

    return sync_detailed(
        location_id=location_id,
        service_id=service_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient,
    body: AssignServiceToTeamMemberBody | Unset = UNSET,
) -> Response[AssignServiceToTeamMemberResponse201 | ErrorResponse]:
    """Linking a Team Member to a Provided Service

     Links a service to a team member, setting its duration and bill of materials.

    Args:
        location_id (int):
        service_id (int):
        body (AssignServiceToTeamMemberBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignServiceToTeamMemberResponse201 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_id=service_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient,
    body: AssignServiceToTeamMemberBody | Unset = UNSET,
) -> AssignServiceToTeamMemberResponse201 | ErrorResponse | None:
    """Linking a Team Member to a Provided Service

     Links a service to a team member, setting its duration and bill of materials.

    Args:
        location_id (int):
        service_id (int):
        body (AssignServiceToTeamMemberBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignServiceToTeamMemberResponse201 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            service_id=service_id,
            client=client,
            body=body,
        )
    ).parsed
