from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_user_roles_include_item import GetUserRolesIncludeItem
from ...models.get_user_roles_response_200 import GetUserRolesResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    user_id: int,
    *,
    include: list[GetUserRolesIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/users/{user_id}/roles".format(
            location_id=quote(str(location_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetUserRolesResponse200 | None:
    if response.status_code == 200:
        response_200 = GetUserRolesResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | GetUserRolesResponse200]:
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
    include: list[GetUserRolesIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GetUserRolesResponse200]:
    """Getting a list of user roles in the context of a location user

     Lists user roles with the permissions of each role, including whether each permission of a location
    user can be edited (`is_editable` field); that depends on the current user's permissions.

    Args:
        location_id (int):
        user_id (int):
        include (list[GetUserRolesIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetUserRolesResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        user_id=user_id,
        include=include,
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
    include: list[GetUserRolesIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GetUserRolesResponse200 | None:
    """Getting a list of user roles in the context of a location user

     Lists user roles with the permissions of each role, including whether each permission of a location
    user can be edited (`is_editable` field); that depends on the current user's permissions.

    Args:
        location_id (int):
        user_id (int):
        include (list[GetUserRolesIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetUserRolesResponse200
    """

    return sync_detailed(
        location_id=location_id,
        user_id=user_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient,
    include: list[GetUserRolesIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GetUserRolesResponse200]:
    """Getting a list of user roles in the context of a location user

     Lists user roles with the permissions of each role, including whether each permission of a location
    user can be edited (`is_editable` field); that depends on the current user's permissions.

    Args:
        location_id (int):
        user_id (int):
        include (list[GetUserRolesIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetUserRolesResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        user_id=user_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient,
    include: list[GetUserRolesIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GetUserRolesResponse200 | None:
    """Getting a list of user roles in the context of a location user

     Lists user roles with the permissions of each role, including whether each permission of a location
    user can be edited (`is_editable` field); that depends on the current user's permissions.

    Args:
        location_id (int):
        user_id (int):
        include (list[GetUserRolesIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetUserRolesResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            user_id=user_id,
            client=client,
            include=include,
        )
    ).parsed
