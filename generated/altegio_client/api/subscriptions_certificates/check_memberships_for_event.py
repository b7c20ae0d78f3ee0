from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_memberships_for_event_response_200 import CheckMembershipsForEventResponse200
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    event_id: int,
    schedule_day_ids: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["event_id"] = event_id

    params["schedule_day_ids"] = schedule_day_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/check_for_activity".format(
            location_id=quote(str(location_id), safe=""),
            client_id=quote(str(client_id), safe=""),
            membership_id=quote(str(membership_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CheckMembershipsForEventResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CheckMembershipsForEventResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[CheckMembershipsForEventResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    client: AuthenticatedClient,
    event_id: int,
    schedule_day_ids: str,
) -> Response[CheckMembershipsForEventResponse200 | ErrorResponse]:
    """Check membership availability for event

     Checks one membership of the client against a group event and reports the last date it can be booked
    for, how many visits it has left and which of the requested schedule days can be booked.
    schedule_day_ids must be sent.

    Args:
        location_id (int):
        client_id (int):
        membership_id (int):
        event_id (int):
        schedule_day_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckMembershipsForEventResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        client_id=client_id,
        membership_id=membership_id,
        event_id=event_id,
        schedule_day_ids=schedule_day_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    client: AuthenticatedClient,
    event_id: int,
    schedule_day_ids: str,
) -> CheckMembershipsForEventResponse200 | ErrorResponse | None:
    """Check membership availability for event

     Checks one membership of the client against a group event and reports the last date it can be booked
    for, how many visits it has left and which of the requested schedule days can be booked.
    schedule_day_ids must be sent.

    Args:
        location_id (int):
        client_id (int):
        membership_id (int):
        event_id (int):
        schedule_day_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckMembershipsForEventResponse200 | ErrorResponse
    """

    return sync_detailed(
        location_id=location_id,
        client_id=client_id,
        membership_id=membership_id,
        client=client,
        event_id=event_id,
        schedule_day_ids=schedule_day_ids,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    client: AuthenticatedClient,
    event_id: int,
    schedule_day_ids: str,
) -> Response[CheckMembershipsForEventResponse200 | ErrorResponse]:
    """Check membership availability for event

     Checks one membership of the client against a group event and reports the last date it can be booked
    for, how many visits it has left and which of the requested schedule days can be booked.
    schedule_day_ids must be sent.

    Args:
        location_id (int):
        client_id (int):
        membership_id (int):
        event_id (int):
        schedule_day_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckMembershipsForEventResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        client_id=client_id,
        membership_id=membership_id,
        event_id=event_id,
        schedule_day_ids=schedule_day_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    client: AuthenticatedClient,
    event_id: int,
    schedule_day_ids: str,
) -> CheckMembershipsForEventResponse200 | ErrorResponse | None:
    """Check membership availability for event

     Checks one membership of the client against a group event and reports the last date it can be booked
    for, how many visits it has left and which of the requested schedule days can be booked.
    schedule_day_ids must be sent.

    Args:
        location_id (int):
        client_id (int):
        membership_id (int):
        event_id (int):
        schedule_day_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckMembershipsForEventResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client_id=client_id,
            membership_id=membership_id,
            client=client,
            event_id=event_id,
            schedule_day_ids=schedule_day_ids,
        )
    ).parsed
