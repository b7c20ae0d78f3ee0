from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_event_search_filters_response_200 import GetEventSearchFiltersResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_service_ids: list[int] | Unset = UNSET
    if not isinstance(service_ids, Unset):
        json_service_ids = service_ids

    params["service_ids"] = json_service_ids

    json_staff_ids: list[int] | Unset = UNSET
    if not isinstance(staff_ids, Unset):
        json_staff_ids = staff_ids

    params["staff_ids"] = json_staff_ids

    json_resource_ids: list[int] | Unset = UNSET
    if not isinstance(resource_ids, Unset):
        json_resource_ids = resource_ids

    params["resource_ids"] = json_resource_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity/{location_id}/filters".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetEventSearchFiltersResponse200 | None:
    if response.status_code == 200:
        response_200 = GetEventSearchFiltersResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | GetEventSearchFiltersResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
) -> Response[ErrorResponse | GetEventSearchFiltersResponse200]:
    """Get Event Search Filters

    Args:
        location_id (int):
        service_ids (list[int] | Unset):
        staff_ids (list[int] | Unset):
        resource_ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetEventSearchFiltersResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_ids=service_ids,
        staff_ids=staff_ids,
        resource_ids=resource_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
) -> ErrorResponse | GetEventSearchFiltersResponse200 | None:
    """Get Event Search Filters

    Args:
        location_id (int):
        service_ids (list[int] | Unset):
        staff_ids (list[int] | Unset):
        resource_ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetEventSearchFiltersResponse200
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        service_ids=service_ids,
        staff_ids=staff_ids,
        resource_ids=resource_ids,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
) -> Response[ErrorResponse | GetEventSearchFiltersResponse200]:
    """Get Event Search Filters

    Args:
        location_id (int):
        service_ids (list[int] | Unset):
        staff_ids (list[int] | Unset):
        resource_ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetEventSearchFiltersResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_ids=service_ids,
        staff_ids=staff_ids,
        resource_ids=resource_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
) -> ErrorResponse | GetEventSearchFiltersResponse200 | None:
    """Get Event Search Filters

    Args:
        location_id (int):
        service_ids (list[int] | Unset):
        staff_ids (list[int] | Unset):
        resource_ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetEventSearchFiltersResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
        )
    ).parsed
