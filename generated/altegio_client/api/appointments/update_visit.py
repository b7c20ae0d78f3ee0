from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_visits_visitid_recordid_request_data_types import (
    RootTypeForVisitsVisitidRecordidRequestDataTypes,
)
from ...types import Response


def _get_kwargs(
    visit_id: int,
    record_id: int,
    *,
    body: RootTypeForVisitsVisitidRecordidRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/visits/{visit_id}/{record_id}".format(
            visit_id=quote(str(visit_id), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    visit_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient,
    body: RootTypeForVisitsVisitidRecordidRequestDataTypes,
) -> Response[Any | ErrorResponse]:
    """Edit Visit

    Args:
        visit_id (int):
        record_id (int):
        body (RootTypeForVisitsVisitidRecordidRequestDataTypes): Update a visit Example:
            {'attendance': 1, 'comment': '', 'new_transactions': [{'id': 12345, 'amount': 100,
            'account_id': 23322}], 'deleted_transaction_ids': [], 'fast_payment': 1,
            'goods_transactions': [{'id': 2168657, 'title': 'Vital Creme Shampoo Plus', 'barcode':
            '123', 'article': '120277', 'amount': -1, 'cost_per_unit': 15, 'price': 15, 'cost': 12,
            'operation_unit_type': 2, 'master_id': 55436, 'storage_id': 91303, 'good_id': 232658,
            'discount': 20}], 'services': [{'id': 389045, 'title': 'Hand massage (10 min)', 'cost':
            255, 'cost_per_unit': 300, 'discount': 15, 'first_cost': 300, 'record_id': 10403702}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        visit_id=visit_id,
        record_id=record_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    visit_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient,
    body: RootTypeForVisitsVisitidRecordidRequestDataTypes,
) -> Any | ErrorResponse | None:
    """Edit Visit

    Args:
        visit_id (int):
        record_id (int):
        body (RootTypeForVisitsVisitidRecordidRequestDataTypes): Update a visit Example:
            {'attendance': 1, 'comment': '', 'new_transactions': [{'id': 12345, 'amount': 100,
            'account_id': 23322}], 'deleted_transaction_ids': [], 'fast_payment': 1,
            'goods_transactions': [{'id': 2168657, 'title': 'Vital Creme Shampoo Plus', 'barcode':
            '123', 'article': '120277', 'amount': -1, 'cost_per_unit': 15, 'price': 15, 'cost': 12,
            'operation_unit_type': 2, 'master_id': 55436, 'storage_id': 91303, 'good_id': 232658,
            'discount': 20}], 'services': [{'id': 389045, 'title': 'Hand massage (10 min)', 'cost':
            255, 'cost_per_unit': 300, 'discount': 15, 'first_cost': 300, 'record_id': 10403702}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        visit_id=visit_id,
        record_id=record_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    visit_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient,
    body: RootTypeForVisitsVisitidRecordidRequestDataTypes,
) -> Response[Any | ErrorResponse]:
    """Edit Visit

    Args:
        visit_id (int):
        record_id (int):
        body (RootTypeForVisitsVisitidRecordidRequestDataTypes): Update a visit Example:
            {'attendance': 1, 'comment': '', 'new_transactions': [{'id': 12345, 'amount': 100,
            'account_id': 23322}], 'deleted_transaction_ids': [], 'fast_payment': 1,
            'goods_transactions': [{'id': 2168657, 'title': 'Vital Creme Shampoo Plus', 'barcode':
            '123', 'article': '120277', 'amount': -1, 'cost_per_unit': 15, 'price': 15, 'cost': 12,
            'operation_unit_type': 2, 'master_id': 55436, 'storage_id': 91303, 'good_id': 232658,
            'discount': 20}], 'services': [{'id': 389045, 'title': 'Hand massage (10 min)', 'cost':
            255, 'cost_per_unit': 300, 'discount': 15, 'first_cost': 300, 'record_id': 10403702}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        visit_id=visit_id,
        record_id=record_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    visit_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient,
    body: RootTypeForVisitsVisitidRecordidRequestDataTypes,
) -> Any | ErrorResponse | None:
    """Edit Visit

    Args:
        visit_id (int):
        record_id (int):
        body (RootTypeForVisitsVisitidRecordidRequestDataTypes): Update a visit Example:
            {'attendance': 1, 'comment': '', 'new_transactions': [{'id': 12345, 'amount': 100,
            'account_id': 23322}], 'deleted_transaction_ids': [], 'fast_payment': 1,
            'goods_transactions': [{'id': 2168657, 'title': 'Vital Creme Shampoo Plus', 'barcode':
            '123', 'article': '120277', 'amount': -1, 'cost_per_unit': 15, 'price': 15, 'cost': 12,
            'operation_unit_type': 2, 'master_id': 55436, 'storage_id': 91303, 'good_id': 232658,
            'discount': 20}], 'services': [{'id': 389045, 'title': 'Hand massage (10 min)', 'cost':
            255, 'cost_per_unit': 300, 'discount': 15, 'first_cost': 300, 'record_id': 10403702}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            visit_id=visit_id,
            record_id=record_id,
            client=client,
            body=body,
        )
    ).parsed
