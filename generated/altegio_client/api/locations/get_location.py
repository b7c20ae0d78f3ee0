from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.location_response import LocationResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    my: int | Unset = UNSET,
    for_booking: int | Unset = UNSET,
    show_groups: int | Unset = UNSET,
    show_bookforms: int | Unset = UNSET,
    bookform_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["my"] = my

    params["forBooking"] = for_booking

    params["show_groups"] = show_groups

    params["showBookforms"] = show_bookforms

    params["bookform_id"] = bookform_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LocationResponse | None:
    if response.status_code == 200:
        response_200 = LocationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | LocationResponse]:
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
    my: int | Unset = UNSET,
    for_booking: int | Unset = UNSET,
    show_groups: int | Unset = UNSET,
    show_bookforms: int | Unset = UNSET,
    bookform_id: int | Unset = UNSET,
) -> Response[ErrorResponse | LocationResponse]:
    """Get location

     Fetch information on the location.

    Args:
        location_id (int):
        my (int | Unset):
        for_booking (int | Unset):
        show_groups (int | Unset):
        show_bookforms (int | Unset):
        bookform_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LocationResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        my=my,
        for_booking=for_booking,
        show_groups=show_groups,
        show_bookforms=show_bookforms,
        bookform_id=bookform_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient,
    my: int | Unset = UNSET,
    for_booking: int | Unset = UNSET,
    show_groups: int | Unset = UNSET,
    show_bookforms: int | Unset = UNSET,
    bookform_id: int | Unset = UNSET,
) -> ErrorResponse | LocationResponse | None:
    """Get location

     Fetch information on the location.

    Args:
        location_id (int):
        my (int | Unset):
        for_booking (int | Unset):
        show_groups (int | Unset):
        show_bookforms (int | Unset):
        bookform_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LocationResponse
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        my=my,
        for_booking=for_booking,
        show_groups=show_groups,
        show_bookforms=show_bookforms,
        bookform_id=bookform_id,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    my: int | Unset = UNSET,
    for_booking: int | Unset = UNSET,
    show_groups: int | Unset = UNSET,
    show_bookforms: int | Unset = UNSET,
    bookform_id: int | Unset = UNSET,
) -> Response[ErrorResponse | LocationResponse]:
    """Get location

     Fetch information on the location.

    Args:
        location_id (int):
        my (int | Unset):
        for_booking (int | Unset):
        show_groups (int | Unset):
        show_bookforms (int | Unset):
        bookform_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LocationResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        my=my,
        for_booking=for_booking,
        show_groups=show_groups,
        show_bookforms=show_bookforms,
        bookform_id=bookform_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    my: int | Unset = UNSET,
    for_booking: int | Unset = UNSET,
    show_groups: int | Unset = UNSET,
    show_bookforms: int | Unset = UNSET,
    bookform_id: int | Unset = UNSET,
) -> ErrorResponse | LocationResponse | None:
    """Get location

     Fetch information on the location.

    Args:
        location_id (int):
        my (int | Unset):
        for_booking (int | Unset):
        show_groups (int | Unset):
        show_bookforms (int | Unset):
        bookform_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LocationResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            my=my,
            for_booking=for_booking,
            show_groups=show_groups,
            show_bookforms=show_bookforms,
            bookform_id=bookform_id,
        )
    ).parsed
