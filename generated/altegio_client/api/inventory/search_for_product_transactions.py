from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_storages_transaction_response_data_types import (
    RootTypeForStoragesTransactionResponseDataTypes,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    document_id: str | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["count"] = count

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["document_id"] = document_id

    params["changed_after"] = changed_after

    params["changed_before"] = changed_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/storages/transactions/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForStoragesTransactionResponseDataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForStoragesTransactionResponseDataTypes.from_dict(response.json())

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
) -> Response[ErrorResponse | RootTypeForStoragesTransactionResponseDataTypes]:
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
    count: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    document_id: str | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForStoragesTransactionResponseDataTypes]:
    """Search for product transactions

    Args:
        location_id (int):
        page (int | Unset):
        count (int | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        document_id (str | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForStoragesTransactionResponseDataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        page=page,
        count=count,
        start_date=start_date,
        end_date=end_date,
        document_id=document_id,
        changed_after=changed_after,
        changed_before=changed_before,
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
    count: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    document_id: str | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> ErrorResponse | RootTypeForStoragesTransactionResponseDataTypes | None:
    """Search for product transactions

    Args:
        location_id (int):
        page (int | Unset):
        count (int | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        document_id (str | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForStoragesTransactionResponseDataTypes
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        page=page,
        count=count,
        start_date=start_date,
        end_date=end_date,
        document_id=document_id,
        changed_after=changed_after,
        changed_before=changed_before,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    document_id: str | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForStoragesTransactionResponseDataTypes]:
    """Search for product transactions

    Args:
        location_id (int):
        page (int | Unset):
        count (int | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        document_id (str | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForStoragesTransactionResponseDataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        page=page,
        count=count,
        start_date=start_date,
        end_date=end_date,
        document_id=document_id,
        changed_after=changed_after,
        changed_before=changed_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    document_id: str | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> ErrorResponse | RootTypeForStoragesTransactionResponseDataTypes | None:
    """Search for product transactions

    Args:
        location_id (int):
        page (int | Unset):
        count (int | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        document_id (str | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForStoragesTransactionResponseDataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            page=page,
            count=count,
            start_date=start_date,
            end_date=end_date,
            document_id=document_id,
            changed_after=changed_after,
            changed_before=changed_before,
        )
    ).parsed
