from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_kkm_transactions_response_data_type import RootTypeForKkmTransactionsResponseDataType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    editable_length: int | Unset = UNSET,
    type_: int | Unset = UNSET,
    status: int | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["editable_length"] = editable_length

    params["type"] = type_

    params["status"] = status

    params["start_date"] = start_date

    params["end_date"] = end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/kkm_transactions/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForKkmTransactionsResponseDataType | None:
    if response.status_code == 200:
        response_200 = RootTypeForKkmTransactionsResponseDataType.from_dict(response.json())

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
) -> Response[ErrorResponse | RootTypeForKkmTransactionsResponseDataType]:
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
    page: int | Unset = UNSET,
    editable_length: int | Unset = UNSET,
    type_: int | Unset = UNSET,
    status: int | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForKkmTransactionsResponseDataType]:
    """Get fiscal transactions

     Filters: `page` (page number), `editable_length` (clients per page), `type` (operation type),
    `status` (operation status), `start_date` / `end_date` (period start and end).

    Operation types for the location account: 0 - sale (for Visit documents); 1 - sale return (for Visit
    documents); 2 - correction; 4 - open shift (starts a new POS shift); 5 - close shift (ends the
    current POS shift); 6 - cash deposit (cash-in in the POS); 7 - cash withdrawal (cash-out from the
    POS); 9 - get POS status; 11 - get status of all POS devices of the team; 12 - correction; 13 -
    print X-report (non-fiscal summary of the current shift).

    POS operation statuses: 0 - cannot connect to the POS; 1 - success; 2 - sent to print, waiting for
    printing to finish; 3 - runtime error on the POS; 4 - failed to get the POS status; 5 - waiting
    until the POS is ready.

    Document types: 1 - product sale; 2 - service provision; 3 - product arrival; 4 - product write-off;
    5 - product transfer; 6 - inventory; 7 - visit; 8 - consumables write-off; 9 - deposit top-up.

    Args:
        location_id (int):
        page (int | Unset):
        editable_length (int | Unset):
        type_ (int | Unset):
        status (int | Unset):
        start_date (int | Unset):
        end_date (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForKkmTransactionsResponseDataType]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        page=page,
        editable_length=editable_length,
        type_=type_,
        status=status,
        start_date=start_date,
        end_date=end_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    editable_length: int | Unset = UNSET,
    type_: int | Unset = UNSET,
    status: int | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
) -> ErrorResponse | RootTypeForKkmTransactionsResponseDataType | None:
    """Get fiscal transactions

     Filters: `page` (page number), `editable_length` (clients per page), `type` (operation type),
    `status` (operation status), `start_date` / `end_date` (period start and end).

    Operation types for the location account: 0 - sale (for Visit documents); 1 - sale return (for Visit
    documents); 2 - correction; 4 - open shift (starts a new POS shift); 5 - close shift (ends the
    current POS shift); 6 - cash deposit (cash-in in the POS); 7 - cash withdrawal (cash-out from the
    POS); 9 - get POS status; 11 - get status of all POS devices of the team; 12 - correction; 13 -
    print X-report (non-fiscal summary of the current shift).

    POS operation statuses: 0 - cannot connect to the POS; 1 - success; 2 - sent to print, waiting for
    printing to finish; 3 - runtime error on the POS; 4 - failed to get the POS status; 5 - waiting
    until the POS is ready.

    Document types: 1 - product sale; 2 - service provision; 3 - product arrival; 4 - product write-off;
    5 - product transfer; 6 - inventory; 7 - visit; 8 - consumables write-off; 9 - deposit top-up.

    Args:
        location_id (int):
        page (int | Unset):
        editable_length (int | Unset):
        type_ (int | Unset):
        status (int | Unset):
        start_date (int | Unset):
        end_date (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForKkmTransactionsResponseDataType
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        page=page,
        editable_length=editable_length,
        type_=type_,
        status=status,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    editable_length: int | Unset = UNSET,
    type_: int | Unset = UNSET,
    status: int | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForKkmTransactionsResponseDataType]:
    """Get fiscal transactions

     Filters: `page` (page number), `editable_length` (clients per page), `type` (operation type),
    `status` (operation status), `start_date` / `end_date` (period start and end).

    Operation types for the location account: 0 - sale (for Visit documents); 1 - sale return (for Visit
    documents); 2 - correction; 4 - open shift (starts a new POS shift); 5 - close shift (ends the
    current POS shift); 6 - cash deposit (cash-in in the POS); 7 - cash withdrawal (cash-out from the
    POS); 9 - get POS status; 11 - get status of all POS devices of the team; 12 - correction; 13 -
    print X-report (non-fiscal summary of the current shift).

    POS operation statuses: 0 - cannot connect to the POS; 1 - success; 2 - sent to print, waiting for
    printing to finish; 3 - runtime error on the POS; 4 - failed to get the POS status; 5 - waiting
    until the POS is ready.

    Document types: 1 - product sale; 2 - service provision; 3 - product arrival; 4 - product write-off;
    5 - product transfer; 6 - inventory; 7 - visit; 8 - consumables write-off; 9 - deposit top-up.

    Args:
        location_id (int):
        page (int | Unset):
        editable_length (int | Unset):
        type_ (int | Unset):
        status (int | Unset):
        start_date (int | Unset):
        end_date (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForKkmTransactionsResponseDataType]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        page=page,
        editable_length=editable_length,
        type_=type_,
        status=status,
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    editable_length: int | Unset = UNSET,
    type_: int | Unset = UNSET,
    status: int | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
) -> ErrorResponse | RootTypeForKkmTransactionsResponseDataType | None:
    """Get fiscal transactions

     Filters: `page` (page number), `editable_length` (clients per page), `type` (operation type),
    `status` (operation status), `start_date` / `end_date` (period start and end).

    Operation types for the location account: 0 - sale (for Visit documents); 1 - sale return (for Visit
    documents); 2 - correction; 4 - open shift (starts a new POS shift); 5 - close shift (ends the
    current POS shift); 6 - cash deposit (cash-in in the POS); 7 - cash withdrawal (cash-out from the
    POS); 9 - get POS status; 11 - get status of all POS devices of the team; 12 - correction; 13 -
    print X-report (non-fiscal summary of the current shift).

    POS operation statuses: 0 - cannot connect to the POS; 1 - success; 2 - sent to print, waiting for
    printing to finish; 3 - runtime error on the POS; 4 - failed to get the POS status; 5 - waiting
    until the POS is ready.

    Document types: 1 - product sale; 2 - service provision; 3 - product arrival; 4 - product write-off;
    5 - product transfer; 6 - inventory; 7 - visit; 8 - consumables write-off; 9 - deposit top-up.

    Args:
        location_id (int):
        page (int | Unset):
        editable_length (int | Unset):
        type_ (int | Unset):
        status (int | Unset):
        start_date (int | Unset):
        end_date (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForKkmTransactionsResponseDataType
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            page=page,
            editable_length=editable_length,
            type_=type_,
            status=status,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
