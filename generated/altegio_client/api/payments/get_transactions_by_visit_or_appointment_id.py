from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_transaction_companyid_response_data_types import (
    RootTypeForTransactionCompanyidResponseDataTypes,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    record_id: int | Unset = UNSET,
    visit_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["record_id"] = record_id

    params["visit_id"] = visit_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/timetable/transactions/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForTransactionCompanyidResponseDataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForTransactionCompanyidResponseDataTypes.from_dict(response.json())

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
) -> Response[ErrorResponse | RootTypeForTransactionCompanyidResponseDataTypes]:
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
    record_id: int | Unset = UNSET,
    visit_id: int | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForTransactionCompanyidResponseDataTypes]:
    """Get Transactions by Visit or Appointment ID

     #### Transaction filters
    - `record_id`: appointment ID
    - `visit_id`: visit ID

    Args:
        location_id (int):
        record_id (int | Unset):
        visit_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForTransactionCompanyidResponseDataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        visit_id=visit_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient,
    record_id: int | Unset = UNSET,
    visit_id: int | Unset = UNSET,
) -> ErrorResponse | RootTypeForTransactionCompanyidResponseDataTypes | None:
    """Get Transactions by Visit or Appointment ID

     #### Transaction filters
    - `record_id`: appointment ID
    - `visit_id`: visit ID

    Args:
        location_id (int):
        record_id (int | Unset):
        visit_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForTransactionCompanyidResponseDataTypes
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        record_id=record_id,
        visit_id=visit_id,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    record_id: int | Unset = UNSET,
    visit_id: int | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForTransactionCompanyidResponseDataTypes]:
    """Get Transactions by Visit or Appointment ID

     #### Transaction filters
    - `record_id`: appointment ID
    - `visit_id`: visit ID

    Args:
        location_id (int):
        record_id (int | Unset):
        visit_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForTransactionCompanyidResponseDataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        visit_id=visit_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    record_id: int | Unset = UNSET,
    visit_id: int | Unset = UNSET,
) -> ErrorResponse | RootTypeForTransactionCompanyidResponseDataTypes | None:
    """Get Transactions by Visit or Appointment ID

     #### Transaction filters
    - `record_id`: appointment ID
    - `visit_id`: visit ID

    Args:
        location_id (int):
        record_id (int | Unset):
        visit_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForTransactionCompanyidResponseDataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            record_id=record_id,
            visit_id=visit_id,
        )
    ).parsed
