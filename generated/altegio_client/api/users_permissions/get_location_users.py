from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_company_id_users_response_data_types import CompanyCompanyIdUsersResponseDataTypes
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    filteris_approved: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter[is_approved]"] = filteris_approved

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/users".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyCompanyIdUsersResponseDataTypes | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CompanyCompanyIdUsersResponseDataTypes.from_dict(response.json())

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
) -> Response[CompanyCompanyIdUsersResponseDataTypes | ErrorResponse]:
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
    filteris_approved: int | Unset = UNSET,
) -> Response[CompanyCompanyIdUsersResponseDataTypes | ErrorResponse]:
    """Get location users

     Returns the users of the location. Each user object has `id` (number), `name`, `phone`, `email`,
    `information` (strings), `is_approved` (boolean: invitation to manage the location accepted) and
    `is_non_deletable` (boolean: user cannot be deleted).

    Args:
        location_id (int):
        filteris_approved (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyCompanyIdUsersResponseDataTypes | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        filteris_approved=filteris_approved,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient,
    filteris_approved: int | Unset = UNSET,
) -> CompanyCompanyIdUsersResponseDataTypes | ErrorResponse | None:
    """Get location users

     Returns the users of the location. Each user object has `id` (number), `name`, `phone`, `email`,
    `information` (strings), `is_approved` (boolean: invitation to manage the location accepted) and
    `is_non_deletable` (boolean: user cannot be deleted).

    Args:
        location_id (int):
        filteris_approved (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyCompanyIdUsersResponseDataTypes | ErrorResponse
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        filteris_approved=filteris_approved,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    filteris_approved: int | Unset = UNSET,
) -> Response[CompanyCompanyIdUsersResponseDataTypes | ErrorResponse]:
    """Get location users

     Returns the users of the location. Each user object has `id` (number), `name`, `phone`, `email`,
    `information` (strings), `is_approved` (boolean: invitation to manage the location accepted) and
    `is_non_deletable` (boolean: user cannot be deleted).

    Args:
        location_id (int):
        filteris_approved (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyCompanyIdUsersResponseDataTypes | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        filteris_approved=filteris_approved,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    filteris_approved: int | Unset = UNSET,
) -> CompanyCompanyIdUsersResponseDataTypes | ErrorResponse | None:
    """Get location users

     Returns the users of the location. Each user object has `id` (number), `name`, `phone`, `email`,
    `information` (strings), `is_approved` (boolean: invitation to manage the location accepted) and
    `is_non_deletable` (boolean: user cannot be deleted).

    Args:
        location_id (int):
        filteris_approved (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyCompanyIdUsersResponseDataTypes | ErrorResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filteris_approved=filteris_approved,
        )
    ).parsed
