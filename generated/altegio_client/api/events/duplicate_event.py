from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.duplicate_event_body import DuplicateEventBody
from ...models.duplicate_event_response_200 import DuplicateEventResponse200
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    event_id: int,
    *,
    body: DuplicateEventBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/{location_id}/{event_id}/duplicate".format(
            location_id=quote(str(location_id), safe=""),
            event_id=quote(str(event_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DuplicateEventResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DuplicateEventResponse200.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DuplicateEventResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    event_id: int,
    *,
    client: AuthenticatedClient,
    body: DuplicateEventBody | Unset = UNSET,
) -> Response[DuplicateEventResponse200 | ErrorResponse]:
    """Duplicate Event

     Duplication can be requested in one of 3 ways:
    - a list of dates and times to copy to
    - the ID of a repetition strategy
    - the full set of repetition parameters

    Args:
        location_id (int):
        event_id (int):
        body (DuplicateEventBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DuplicateEventResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    event_id: int,
    *,
    client: AuthenticatedClient,
    body: DuplicateEventBody | Unset = UNSET,
) -> DuplicateEventResponse200 | ErrorResponse | None:
    """Duplicate Event

     Duplication can be requested in one of 3 ways:
    - a list of dates and times to copy to
    - the ID of a repetition strategy
    - the full set of repetition parameters

    Args:
        location_id (int):
        event_id (int):
        body (DuplicateEventBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DuplicateEventResponse200 | ErrorResponse
    """

    return sync_detailed(
        location_id=location_id,
        event_id=event_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    event_id: int,
    *,
    client: AuthenticatedClient,
    body: DuplicateEventBody | Unset = UNSET,
) -> Response[DuplicateEventResponse200 | ErrorResponse]:
    """Duplicate Event

     Duplication can be requested in one of 3 ways:
    - a list of dates and times to copy to
    - the ID of a repetition strategy
    - the full set of repetition parameters

    Args:
        location_id (int):
        event_id (int):
        body (DuplicateEventBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DuplicateEventResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    event_id: int,
    *,
    client: AuthenticatedClient,
    body: DuplicateEventBody | Unset = UNSET,
) -> DuplicateEventResponse200 | ErrorResponse | None:
    """Duplicate Event

     Duplication can be requested in one of 3 ways:
    - a list of dates and times to copy to
    - the ID of a repetition strategy
    - the full set of repetition parameters

    Args:
        location_id (int):
        event_id (int):
        body (DuplicateEventBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DuplicateEventResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            event_id=event_id,
            client=client,
            body=body,
        )
    ).parsed
