from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.comment_list_response import CommentListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    rating: int | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["team_member_id"] = team_member_id

    params["rating"] = rating

    params["page"] = page

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/comments/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommentListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CommentListResponse.from_dict(response.json())

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
) -> Response[CommentListResponse | ErrorResponse]:
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
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    rating: int | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[CommentListResponse | ErrorResponse]:
    """Get comments

     Comment object fields:
    - `id` (number): comment ID
    - `salon_id` (number): location ID
    - `type` (number): 1 - about a team member, 0 - about the location
    - `master_id` (number): team member ID when type = 1
    - `text` (string): comment text
    - `date` (string): when the comment was posted
    - `rating` (number): score from 1 to 5
    - `user_id` (number), `username` (string), `user_avatar` (string): ID, name and avatar of the author
    - `record_id` (number): ID of the appointment the review follows; non-zero only when the review came
    via the post-visit review request link

    Args:
        location_id (int):
        start_date (str | Unset):
        end_date (str | Unset):
        team_member_id (int | Unset):
        rating (int | Unset):
        page (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        start_date=start_date,
        end_date=end_date,
        team_member_id=team_member_id,
        rating=rating,
        page=page,
        count=count,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    rating: int | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> CommentListResponse | ErrorResponse | None:
    """Get comments

     Comment object fields:
    - `id` (number): comment ID
    - `salon_id` (number): location ID
    - `type` (number): 1 - about a team member, 0 - about the location
    - `master_id` (number): team member ID when type = 1
    - `text` (string): comment text
    - `date` (string): when the comment was posted
    - `rating` (number): score from 1 to 5
    - `user_id` (number), `username` (string), `user_avatar` (string): ID, name and avatar of the author
    - `record_id` (number): ID of the appointment the review follows; non-zero only when the review came
    via the post-visit review request link

    Args:
        location_id (int):
        start_date (str | Unset):
        end_date (str | Unset):
        team_member_id (int | Unset):
        rating (int | Unset):
        page (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentListResponse | ErrorResponse
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        start_date=start_date,
        end_date=end_date,
        team_member_id=team_member_id,
        rating=rating,
        page=page,
        count=count,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    rating: int | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[CommentListResponse | ErrorResponse]:
    """Get comments

     Comment object fields:
    - `id` (number): comment ID
    - `salon_id` (number): location ID
    - `type` (number): 1 - about a team member, 0 - about the location
    - `master_id` (number): team member ID when type = 1
    - `text` (string): comment text
    - `date` (string): when the comment was posted
    - `rating` (number): score from 1 to 5
    - `user_id` (number), `username` (string), `user_avatar` (string): ID, name and avatar of the author
    - `record_id` (number): ID of the appointment the review follows; non-zero only when the review came
    via the post-visit review request link

    Args:
        location_id (int):
        start_date (str | Unset):
        end_date (str | Unset):
        team_member_id (int | Unset):
        rating (int | Unset):
        page (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        start_date=start_date,
        end_date=end_date,
        team_member_id=team_member_id,
        rating=rating,
        page=page,
        count=count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    rating: int | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> CommentListResponse | ErrorResponse | None:
    """Get comments

     Comment object fields:
    - `id` (number): comment ID
    - `salon_id` (number): location ID
    - `type` (number): 1 - about a team member, 0 - about the location
    - `master_id` (number): team member ID when type = 1
    - `text` (string): comment text
    - `date` (string): when the comment was posted
    - `rating` (number): score from 1 to 5
    - `user_id` (number), `username` (string), `user_avatar` (string): ID, name and avatar of the author
    - `record_id` (number): ID of the appointment the review follows; non-zero only when the review came
    via the post-visit review request link

    Args:
        location_id (int):
        start_date (str | Unset):
        end_date (str | Unset):
        team_member_id (int | Unset):
        rating (int | Unset):
        page (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            start_date=start_date,
            end_date=end_date,
            team_member_id=team_member_id,
            rating=rating,
            page=page,
            count=count,
        )
    ).parsed
