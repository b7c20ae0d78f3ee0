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
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    master_id: int | Unset = UNSET,
    type_: int | Unset = UNSET,
    real_money: int | Unset = UNSET,
    deleted: int | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
    balance_is: int | Unset = UNSET,
    document_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["count"] = count

    params["account_id"] = account_id

    params["supplier_id"] = supplier_id

    params["client_id"] = client_id

    params["user_id"] = user_id

    params["master_id"] = master_id

    params["type"] = type_

    params["real_money"] = real_money

    params["deleted"] = deleted

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["balance_is"] = balance_is

    params["document_id"] = document_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/transactions/{location_id}".format(
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
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    master_id: int | Unset = UNSET,
    type_: int | Unset = UNSET,
    real_money: int | Unset = UNSET,
    deleted: int | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
    balance_is: int | Unset = UNSET,
    document_id: int | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForTransactionCompanyidResponseDataTypes]:
    """Get transactions

     #### Transaction filters
    - `page`: page number
    - `count`: customers per page
    - `account_id`: checkout ID
    - `supplier_id`: supplier ID
    - `client_id`: client ID
    - `user_id`: user ID
    - `master_id`: team member ID
    - `type`: transaction type
    - `real_money`: whether it is a real-money (fiat) transaction
    - `deleted`: whether the transaction is deleted
    - `start_date` / `end_date`: start and end of the period
    - `balance_is`: 0 any balance, 1 positive, 2 negative
    - `document_id`: document ID

    Args:
        location_id (int):
        page (int | Unset):
        count (int | Unset):
        account_id (int | Unset):
        supplier_id (int | Unset):
        client_id (int | Unset):
        user_id (int | Unset):
        master_id (int | Unset):
        type_ (int | Unset):
        real_money (int | Unset):
        deleted (int | Unset):
        start_date (int | Unset):
        end_date (int | Unset):
        balance_is (int | Unset):
        document_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForTransactionCompanyidResponseDataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        page=page,
        count=count,
        account_id=account_id,
        supplier_id=supplier_id,
        client_id=client_id,
        user_id=user_id,
        master_id=master_id,
        type_=type_,
        real_money=real_money,
        deleted=deleted,
        start_date=start_date,
        end_date=end_date,
        balance_is=balance_is,
        document_id=document_id,
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
    account_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    master_id: int | Unset = UNSET,
    type_: int | Unset = UNSET,
    real_money: int | Unset = UNSET,
    deleted: int | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
    balance_is: int | Unset = UNSET,
    document_id: int | Unset = UNSET,
) -> ErrorResponse | RootTypeForTransactionCompanyidResponseDataTypes | None:
    """Get transactions

     #### Transaction filters
    - `page`: page number
    - `count`: customers per page
    - `account_id`: checkout ID
    - `supplier_id`: supplier ID
    - `client_id`: client ID
    - `user_id`: user ID
    - `master_id`: team member ID
    - `type`: transaction type
    - `real_money`: whether it is a real-money (fiat) transaction
    - `deleted`: whether the transaction is deleted
    - `start_date` / `end_date`: start and end of the period
    - `balance_is`: 0 any balance, 1 positive, 2 negative
    - `document_id`: document ID

    Args:
        location_id (int):
        page (int | Unset):
        count (int | Unset):
        account_id (int | Unset):
        supplier_id (int | Unset):
        client_id (int | Unset):
        user_id (int | Unset):
        master_id (int | Unset):
        type_ (int | Unset):
        real_money (int | Unset):
        deleted (int | Unset):
        start_date (int | Unset):
        end_date (int | Unset):
        balance_is (int | Unset):
        document_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForTransactionCompanyidResponseDataTypes
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        page=page,
        count=count,
        account_id=account_id,
        supplier_id=supplier_id,
        client_id=client_id,
        user_id=user_id,
        master_id=master_id,
        type_=type_,
        real_money=real_money,
        deleted=deleted,
        start_date=start_date,
        end_date=end_date,
        balance_is=balance_is,
        document_id=document_id,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    master_id: int | Unset = UNSET,
    type_: int | Unset = UNSET,
    real_money: int | Unset = UNSET,
    deleted: int | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
    balance_is: int | Unset = UNSET,
    document_id: int | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForTransactionCompanyidResponseDataTypes]:
    """Get transactions

     #### Transaction filters
    - `page`: page number
    - `count`: customers per page
    - `account_id`: checkout ID
    - `supplier_id`: supplier ID
    - `client_id`: client ID
    - `user_id`: user ID
    - `master_id`: team member ID
    - `type`: transaction type
    - `real_money`: whether it is a real-money (fiat) transaction
    - `deleted`: whether the transaction is deleted
    - `start_date` / `end_date`: start and end of the period
    - `balance_is`: 0 any balance, 1 positive, 2 negative
    - `document_id`: document ID

    Args:
        location_id (int):
        page (int | Unset):
        count (int | Unset):
        account_id (int | Unset):
        supplier_id (int | Unset):
        client_id (int | Unset):
        user_id (int | Unset):
        master_id (int | Unset):
        type_ (int | Unset):
        real_money (int | Unset):
        deleted (int | Unset):
        start_date (int | Unset):
        end_date (int | Unset):
        balance_is (int | Unset):
        document_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForTransactionCompanyidResponseDataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        page=page,
        count=count,
        account_id=account_id,
        supplier_id=supplier_id,
        client_id=client_id,
        user_id=user_id,
        master_id=master_id,
        type_=type_,
        real_money=real_money,
        deleted=deleted,
        start_date=start_date,
        end_date=end_date,
        balance_is=balance_is,
        document_id=document_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    master_id: int | Unset = UNSET,
    type_: int | Unset = UNSET,
    real_money: int | Unset = UNSET,
    deleted: int | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
    balance_is: int | Unset = UNSET,
    document_id: int | Unset = UNSET,
) -> ErrorResponse | RootTypeForTransactionCompanyidResponseDataTypes | None:
    """Get transactions

     #### Transaction filters
    - `page`: page number
    - `count`: customers per page
    - `account_id`: checkout ID
    - `supplier_id`: supplier ID
    - `client_id`: client ID
    - `user_id`: user ID
    - `master_id`: team member ID
    - `type`: transaction type
    - `real_money`: whether it is a real-money (fiat) transaction
    - `deleted`: whether the transaction is deleted
    - `start_date` / `end_date`: start and end of the period
    - `balance_is`: 0 any balance, 1 positive, 2 negative
    - `document_id`: document ID

    Args:
        location_id (int):
        page (int | Unset):
        count (int | Unset):
        account_id (int | Unset):
        supplier_id (int | Unset):
        client_id (int | Unset):
        user_id (int | Unset):
        master_id (int | Unset):
        type_ (int | Unset):
        real_money (int | Unset):
        deleted (int | Unset):
        start_date (int | Unset):
        end_date (int | Unset):
        balance_is (int | Unset):
        document_id (int | Unset):

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
            page=page,
            count=count,
            account_id=account_id,
            supplier_id=supplier_id,
            client_id=client_id,
            user_id=user_id,
            master_id=master_id,
            type_=type_,
            real_money=real_money,
            deleted=deleted,
            start_date=start_date,
            end_date=end_date,
            balance_is=balance_is,
            document_id=document_id,
        )
    ).parsed
