from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_team_member_quick_body import CreateTeamMemberQuickBody
from ...models.create_team_member_quick_response_201 import CreateTeamMemberQuickResponse201
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    body: CreateTeamMemberQuickBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/staff/quick".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTeamMemberQuickResponse201 | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CreateTeamMemberQuickResponse201.from_dict(response.json())

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
) -> Response[CreateTeamMemberQuickResponse201 | ErrorResponse]:
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
    body: CreateTeamMemberQuickBody | Unset = UNSET,
) -> Response[CreateTeamMemberQuickResponse201 | ErrorResponse]:
    """Quick create a team member

     Adds a new team member using only a minimal set of parameters.

    Args:
        location_id (int):
        body (CreateTeamMemberQuickBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTeamMemberQuickResponse201 | ErrorResponse]
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
    body: CreateTeamMemberQuickBody | Unset = UNSET,
) -> CreateTeamMemberQuickResponse201 | ErrorResponse | None:
    """Quick create a team member

     Adds a new team member using only a minimal set of parameters.

    Args:
        location_id (int):
        body (CreateTeamMemberQuickBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTeamMemberQuickResponse201 | ErrorResponse
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
    body: CreateTeamMemberQuickBody | Unset = UNSET,
) -> Response[CreateTeamMemberQuickResponse201 | ErrorResponse]:
    """Quick create a team member

     Adds a new team member using only a minimal set of parameters.

    Args:
        location_id (int):
        body (CreateTeamMemberQuickBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTeamMemberQuickResponse201 | ErrorResponse]
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
    body: CreateTeamMemberQuickBody | Unset = UNSET,
) -> CreateTeamMemberQuickResponse201 | ErrorResponse | None:
    """Quick create a team member

     Adds a new team member using only a minimal set of parameters.

    Args:
        location_id (int):
        body (CreateTeamMemberQuickBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTeamMemberQuickResponse201 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
