from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.event_services_response import EventServicesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    staff_id: int | Unset = UNSET,
    term: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["staff_id"] = staff_id

    params["term"] = term

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity/{location_id}/services".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | EventServicesResponse | None:
    if response.status_code == 200:
        response_200 = EventServicesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | EventServicesResponse]:
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
    staff_id: int | Unset = UNSET,
    term: str | Unset = UNSET,
) -> Response[ErrorResponse | EventServicesResponse]:
    """Search Event Services

    Args:
        location_id (int):
        staff_id (int | Unset):
        term (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EventServicesResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        staff_id=staff_id,
        term=term,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient,
    staff_id: int | Unset = UNSET,
    term: str | Unset = UNSET,
) -> ErrorResponse | EventServicesResponse | None:
    """Search Event Services

    Args:
        location_id (int):
        staff_id (int | Unset):
        term (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EventServicesResponse
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        staff_id=staff_id,
        term=term,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    staff_id: int | Unset = UNSET,
    term: str | Unset = UNSET,
) -> Response[ErrorResponse | EventServicesResponse]:
    """Search Event Services

    Args:
        location_id (int):
        staff_id (int | Unset):
        term (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EventServicesResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        staff_id=staff_id,
        term=term,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    staff_id: int | Unset = UNSET,
    term: str | Unset = UNSET,
) -> ErrorResponse | EventServicesResponse | None:
    """Search Event Services

    Args:
        location_id (int):
        staff_id (int | Unset):
        term (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EventServicesResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            staff_id=staff_id,
            term=term,
        )
    ).parsed
