from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_location_loyalty_program_list_type import (
    GetLocationLoyaltyProgramListType,
)
from ...models.location_loyalty_program_list_response import LocationLoyaltyProgramListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    include: str | Unset = UNSET,
    type_: GetLocationLoyaltyProgramListType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/loyalty/programs/search".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LocationLoyaltyProgramListResponse | None:
    if response.status_code == 200:
        response_200 = LocationLoyaltyProgramListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | LocationLoyaltyProgramListResponse]:
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
    include: str | Unset = UNSET,
    type_: GetLocationLoyaltyProgramListType | Unset = UNSET,
) -> Response[ErrorResponse | LocationLoyaltyProgramListResponse]:
    """Get a List of Promotions Active in the Location

     Lists the promotions active in the location.

    Args:
        location_id (int):
        include (str | Unset):
        type_ (GetLocationLoyaltyProgramListType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LocationLoyaltyProgramListResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        include=include,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    type_: GetLocationLoyaltyProgramListType | Unset = UNSET,
) -> ErrorResponse | LocationLoyaltyProgramListResponse | None:
    """Get a List of Promotions Active in the Location

     Lists the promotions active in the location.

    Args:
        location_id (int):
        include (str | Unset):
        type_ (GetLocationLoyaltyProgramListType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LocationLoyaltyProgramListResponse
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        include=include,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    type_: GetLocationLoyaltyProgramListType | Unset = UNSET,
) -> Response[ErrorResponse | LocationLoyaltyProgramListResponse]:
    """Get a List of Promotions Active in the Location

     Lists the promotions active in the location.

    Args:
        location_id (int):
        include (str | Unset):
        type_ (GetLocationLoyaltyProgramListType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LocationLoyaltyProgramListResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        include=include,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    type_: GetLocationLoyaltyProgramListType | Unset = UNSET,
) -> ErrorResponse | LocationLoyaltyProgramListResponse | None:
    """Get a List of Promotions Active in the Location

     Lists the promotions active in the location.

    Args:
        location_id (int):
        include (str | Unset):
        type_ (GetLocationLoyaltyProgramListType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LocationLoyaltyProgramListResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            include=include,
            type_=type_,
        )
    ).parsed
