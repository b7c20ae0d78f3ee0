from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_visit_details_data_types import RootTypeForVisitDetailsDataTypes
from ...types import Response


def _get_kwargs(
    location_id: int,
    record_id: int,
    visit_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/visit/details/{location_id}/{record_id}/{visit_id}".format(
            location_id=quote(str(location_id), safe=""),
            record_id=quote(str(record_id), safe=""),
            visit_id=quote(str(visit_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForVisitDetailsDataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForVisitDetailsDataTypes.from_dict(response.json())

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
) -> Response[ErrorResponse | RootTypeForVisitDetailsDataTypes]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    record_id: int,
    visit_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | RootTypeForVisitDetailsDataTypes]:
    """Get Visit Details

     **`kkm_transaction_details_container` block**

    `last_operation_type` flag: 0 print a return receipt, 1 print a sales receipt.

    Transaction types with the location account: 0 sale (for Visit documents), 1 sale return (for Visit
    documents), 2 correction, 4 open a new POS shift, 5 close the current POS shift, 6 cash deposit
    (cash-in in the POS), 7 cash withdrawal (cash-out from the POS), 9 get POS device status, 11 get
    status of all POS devices linked to the team, 12 correction, 13 print X-report (non-fiscal summary
    of the current shift).

    POS operation statuses: 0 cannot connect to the POS device, 1 completed successfully, 2 sent to the
    POS, awaiting printing, 3 error while the POS processed the operation, 4 could not read the POS
    status, 5 pending until the POS device is ready.

    Document types: 1 product sale, 2 service provision, 3 product arrival, 4 product write-off, 5
    product transfer, 6 inventory, 7 visit, 8 consumables write-off.

    Args:
        location_id (int):
        record_id (int):
        visit_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForVisitDetailsDataTypes]
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
    record_id: int,
    visit_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | RootTypeForVisitDetailsDataTypes | None:
    """Get Visit Details

     **`kkm_transaction_details_container` block**

    `last_operation_type` flag: 0 print a return receipt, 1 print a sales receipt.

    Transaction types with the location account: 0 sale (for Visit documents), 1 sale return (for Visit
    documents), 2 correction, 4 open a new POS shift, 5 close the current POS shift, 6 cash deposit
    (cash-in in the POS), 7 cash withdrawal (cash-out from the POS), 9 get POS device status, 11 get
    status of all POS devices linked to the team, 12 correction, 13 print X-report (non-fiscal summary
    of the current shift).

    POS operation statuses: 0 cannot connect to the POS device, 1 completed successfully, 2 sent to the
    POS, awaiting printing, 3 error while the POS processed the operation, 4 could not read the POS
    status, 5 pending until the POS device is ready.

    Document types: 1 product sale, 2 service provision, 3 product arrival, 4 product write-off, 5
    product transfer, 6 inventory, 7 visit, 8 consumables write-off.

    Args:
        location_id (int):
        record_id (int):
        visit_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForVisitDetailsDataTypes
    """

    return sync_detailed(
        location_id=location_id,
        record_id=record_id,
        visit_id=visit_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    record_id: int,
    visit_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | RootTypeForVisitDetailsDataTypes]:
    """Get Visit Details

     **`kkm_transaction_details_container` block**

    `last_operation_type` flag: 0 print a return receipt, 1 print a sales receipt.

    Transaction types with the location account: 0 sale (for Visit documents), 1 sale return (for Visit
    documents), 2 correction, 4 open a new POS shift, 5 close the current POS shift, 6 cash deposit
    (cash-in in the POS), 7 cash withdrawal (cash-out from the POS), 9 get POS device status, 11 get
    status of all POS devices linked to the team, 12 correction, 13 print X-report (non-fiscal summary
    of the current shift).

    POS operation statuses: 0 cannot connect to the POS device, 1 completed successfully, 2 sent to the
    POS, awaiting printing, 3 error while the POS processed the operation, 4 could not read the POS
    status, 5 pending until the POS device is ready.

    Document types: 1 product sale, 2 service provision, 3 product arrival, 4 product write-off, 5
    product transfer, 6 inventory, 7 visit, 8 consumables write-off.

    Args:
        location_id (int):
        record_id (int):
        visit_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForVisitDetailsDataTypes]
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
    record_id: int,
    visit_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | RootTypeForVisitDetailsDataTypes | None:
    """Get Visit Details

     **`kkm_transaction_details_container` block**

    `last_operation_type` flag: 0 print a return receipt, 1 print a sales receipt.

    Transaction types with the location account: 0 sale (for Visit documents), 1 sale return (for Visit
    documents), 2 correction, 4 open a new POS shift, 5 close the current POS shift, 6 cash deposit
    (cash-in in the POS), 7 cash withdrawal (cash-out from the POS), 9 get POS device status, 11 get
    status of all POS devices linked to the team, 12 correction, 13 print X-report (non-fiscal summary
    of the current shift).

    POS operation statuses: 0 cannot connect to the POS device, 1 completed successfully, 2 sent to the
    POS, awaiting printing, 3 error while the POS processed the operation, 4 could not read the POS
    status, 5 pending until the POS device is ready.

    Document types: 1 product sale, 2 service provision, 3 product arrival, 4 product write-off, 5
    product transfer, 6 inventory, 7 visit, 8 consumables write-off.

    Args:
        location_id (int):
        record_id (int):
        visit_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForVisitDetailsDataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            record_id=record_id,
            visit_id=visit_id,
            client=client,
        )
    ).parsed
