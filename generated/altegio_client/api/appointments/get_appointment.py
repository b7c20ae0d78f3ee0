from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.appointment_response import AppointmentResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    record_id: int,
    *,
    include_consumables: int | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_consumables"] = include_consumables

    params["include_finance_transactions"] = include_finance_transactions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/record/{location_id}/{record_id}".format(
            location_id=quote(str(location_id), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppointmentResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppointmentResponse.from_dict(response.json())

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
) -> Response[AppointmentResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient,
    include_consumables: int | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
) -> Response[AppointmentResponse | ErrorResponse]:
    """Get an Appointment

    Args:
        location_id (int):
        record_id (int):
        include_consumables (int | Unset):
        include_finance_transactions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppointmentResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        include_consumables=include_consumables,
        include_finance_transactions=include_finance_transactions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient,
    include_consumables: int | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
) -> AppointmentResponse | ErrorResponse | None:
    """Get an Appointment

    Args:
        location_id (int):
        record_id (int):
        include_consumables (int | Unset):
        include_finance_transactions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppointmentResponse | ErrorResponse
    """

    return sync_detailed(
        location_id=location_id,
        record_id=record_id,
        client=client,
        include_consumables=include_consumables,
        include_finance_transactions=include_finance_transactions,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient,
    include_consumables: int | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
) -> Response[AppointmentResponse | ErrorResponse]:
    """Get an Appointment

    Args:
        location_id (int):
        record_id (int):
        include_consumables (int | Unset):
        include_finance_transactions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppointmentResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        include_consumables=include_consumables,
        include_finance_transactions=include_finance_transactions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient,
    include_consumables: int | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
) -> AppointmentResponse | ErrorResponse | None:
    """Get an Appointment

    Args:
        location_id (int):
        record_id (int):
        include_consumables (int | Unset):
        include_finance_transactions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppointmentResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            record_id=record_id,
            client=client,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
        )
    ).parsed
