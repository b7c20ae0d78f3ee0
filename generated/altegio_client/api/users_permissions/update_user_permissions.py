from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_user_permissions_body import UpdateUserPermissionsBody
from ...models.update_user_permissions_response_200 import UpdateUserPermissionsResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    user_id: int,
    *,
    body: UpdateUserPermissionsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/company/{location_id}/users/{user_id}/permissions".format(
            location_id=quote(str(location_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UpdateUserPermissionsResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateUserPermissionsResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | UpdateUserPermissionsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateUserPermissionsBody | Unset = UNSET,
) -> Response[ErrorResponse | UpdateUserPermissionsResponse200]:
    """Updating permission values and user role

     Changes the user's role and permissions and the team member linked to this user.

    Args:
        location_id (int):
        user_id (int):
        body (UpdateUserPermissionsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateUserPermissionsResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateUserPermissionsBody | Unset = UNSET,
) -> ErrorResponse | UpdateUserPermissionsResponse200 | None:
    """Updating permission values and user role

     Changes the user's role and permissions and the team member linked to this user.

    Args:
        location_id (int):
        user_id (int):
        body (UpdateUserPermissionsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateUserPermissionsResponse200
    """

    return sync_detailed(
        location_id=location_id,
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateUserPermissionsBody | Unset = UNSET,
) -> Response[ErrorResponse | UpdateUserPermissionsResponse200]:
    """Updating permission values and user role

     Changes the user's role and permissions and the team member linked to this user.

    Args:
        location_id (int):
        user_id (int):
        body (UpdateUserPermissionsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateUserPermissionsResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateUserPermissionsBody | Unset = UNSET,
) -> ErrorResponse | UpdateUserPermissionsResponse200 | None:
    """Updating permission values and user role

     Changes the user's role and permissions and the team member linked to this user.

    Args:
        location_id (int):
        user_id (int):
        body (UpdateUserPermissionsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateUserPermissionsResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
