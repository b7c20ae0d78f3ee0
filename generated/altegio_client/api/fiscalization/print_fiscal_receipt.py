from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.print_fiscal_receipt_body import PrintFiscalReceiptBody
from ...models.root_type_for_kkm_transactions_print_response_data_type import (
    RootTypeForKkmTransactionsPrintResponseDataType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    body: PrintFiscalReceiptBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/kkm_transactions/{location_id}/print_document_bill".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForKkmTransactionsPrintResponseDataType | None:
    if response.status_code == 200:
        response_200 = RootTypeForKkmTransactionsPrintResponseDataType.from_dict(response.json())

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
) -> Response[ErrorResponse | RootTypeForKkmTransactionsPrintResponseDataType]:
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
    body: PrintFiscalReceiptBody | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForKkmTransactionsPrintResponseDataType]:
    """Print fiscal receipt

     Transaction types for the location account: 0 - sale; 1 - sale return (both used for "Visit" and
    "Client account replenishment" documents); 2 and 12 - correction; 4 - open a POS shift; 5 - close
    the current POS shift; 6 - cash deposit (cash-in) in the POS; 7 - cash withdrawal (cash-out) from
    the POS; 9 - get the POS device status; 11 - get the status of all POS devices of the team; 13 -
    print an X-report (non-fiscal summary of the current shift).

    Document types: 1 - product sale; 2 - service provision; 3 - product arrival; 4 - product write-off;
    5 - product transfer; 6 - inventory; 7 - visit; 8 - consumables write-off; 9 - client account
    replenishment.

    Args:
        location_id (int):
        body (PrintFiscalReceiptBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForKkmTransactionsPrintResponseDataType]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: PrintFiscalReceiptBody | Unset = UNSET,
) -> ErrorResponse | RootTypeForKkmTransactionsPrintResponseDataType | None:
    """Print fiscal receipt

     Transaction types for the location account: 0 - sale; 1 - sale return (both used for "Visit" and
    "Client account replenishment" documents); 2 and 12 - correction; 4 - open a POS shift; 5 - close
    the current POS shift; 6 - cash deposit (cash-in) in the POS; 7 - cash withdrawal (cash-out) from
    the POS; 9 - get the POS device status; 11 - get the status of all POS devices of the team; 13 -
    print an X-report (non-fiscal summary of the current shift).

    Document types: 1 - product sale; 2 - service provision; 3 - product arrival; 4 - product write-off;
    5 - product transfer; 6 - inventory; 7 - visit; 8 - consumables write-off; 9 - client account
    replenishment.

    Args:
        location_id (int):
        body (PrintFiscalReceiptBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForKkmTransactionsPrintResponseDataType
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: PrintFiscalReceiptBody | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForKkmTransactionsPrintResponseDataType]:
    """Print fiscal receipt

     Transaction types for the location account: 0 - sale; 1 - sale return (both used for "Visit" and
    "Client account replenishment" documents); 2 and 12 - correction; 4 - open a POS shift; 5 - close
    the current POS shift; 6 - cash deposit (cash-in) in the POS; 7 - cash withdrawal (cash-out) from
    the POS; 9 - get the POS device status; 11 - get the status of all POS devices of the team; 13 -
    print an X-report (non-fiscal summary of the current shift).

    Document types: 1 - product sale; 2 - service provision; 3 - product arrival; 4 - product write-off;
    5 - product transfer; 6 - inventory; 7 - visit; 8 - consumables write-off; 9 - client account
    replenishment.

    Args:
        location_id (int):
        body (PrintFiscalReceiptBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForKkmTransactionsPrintResponseDataType]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: PrintFiscalReceiptBody | Unset = UNSET,
) -> ErrorResponse | RootTypeForKkmTransactionsPrintResponseDataType | None:
    """Print fiscal receipt

     Transaction types for the location account: 0 - sale; 1 - sale return (both used for "Visit" and
    "Client account replenishment" documents); 2 and 12 - correction; 4 - open a POS shift; 5 - close
    the current POS shift; 6 - cash deposit (cash-in) in the POS; 7 - cash withdrawal (cash-out) from
    the POS; 9 - get the POS device status; 11 - get the status of all POS devices of the team; 13 -
    print an X-report (non-fiscal summary of the current shift).

    Document types: 1 - product sale; 2 - service provision; 3 - product arrival; 4 - product write-off;
    5 - product transfer; 6 - inventory; 7 - visit; 8 - consumables write-off; 9 - client account
    replenishment.

    Args:
        location_id (int):
        body (PrintFiscalReceiptBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForKkmTransactionsPrintResponseDataType
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
