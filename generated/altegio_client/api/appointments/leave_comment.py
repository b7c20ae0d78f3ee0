from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.comment_list_response import CommentListResponse
from ...models.error_response import ErrorResponse
from ...models.root_type_for_comments_companyid_request_data_types import RootTypeForCommentsCompanyidRequestDataTypes
from ...types import Response


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    *,
    body: RootTypeForCommentsCompanyidRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/comments/{location_id}/{team_member_id}".format(
            location_id=quote(str(location_id), safe=""),
            team_member_id=quote(str(team_member_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommentListResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CommentListResponse.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CommentListResponse | ErrorResponse]:
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
    body: RootTypeForCommentsCompanyidRequestDataTypes,
) -> Response[CommentListResponse | ErrorResponse]:
    """Leave a Comment

    Args:
        location_id (int):
        team_member_id (int):
        body (RootTypeForCommentsCompanyidRequestDataTypes): Add a comment Example: {'mark': 4,
            'text': 'Everything is very bad!', 'name': 'Victor'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        body=body,
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
    body: RootTypeForCommentsCompanyidRequestDataTypes,
) -> CommentListResponse | ErrorResponse | None:
    """Leave a Comment

    Args:
        location_id (int):
        team_member_id (int):
        body (RootTypeForCommentsCompanyidRequestDataTypes): Add a comment Example: {'mark': 4,
            'text': 'Everything is very bad!', 'name': 'Victor'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentListResponse | ErrorResponse
    """

    return sync_detailed(
        location_id=location_id,
        team_member_id=team_member_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    *,
    client: AuthenticatedClient,
    body: RootTypeForCommentsCompanyidRequestDataTypes,
) -> Response[CommentListResponse | ErrorResponse]:
    """Leave a Comment

    Args:
        location_id (int):
        team_member_id (int):
        body (RootTypeForCommentsCompanyidRequestDataTypes): Add a comment Example: {'mark': 4,
            'text': 'Everything is very bad!', 'name': 'Victor'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    team_member_id: int,
    *,
    client: AuthenticatedClient,
    body: RootTypeForCommentsCompanyidRequestDataTypes,
) -> CommentListResponse | ErrorResponse | None:
    """Leave a Comment

    Args:
        location_id (int):
        team_member_id (int):
        body (RootTypeForCommentsCompanyidRequestDataTypes): Add a comment Example: {'mark': 4,
            'text': 'Everything is very bad!', 'name': 'Victor'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            team_member_id=team_member_id,
            client=client,
            body=body,
        )
    ).parsed
