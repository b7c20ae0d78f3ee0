from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_loyalty_card_transaction_body import CreateLoyaltyCardTransactionBody
from ...models.create_loyalty_card_transaction_response_200 import CreateLoyaltyCardTransactionResponse200
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    card_id: int,
    *,
    body: CreateLoyaltyCardTransactionBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/loyalty/cards/{card_id}/manual_transaction".format(
            location_id=quote(str(location_id), safe=""),
            card_id=quote(str(card_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateLoyaltyCardTransactionResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreateLoyaltyCardTransactionResponse200.from_dict(response.json())

        return response_200

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
) -> Response[CreateLoyaltyCardTransactionResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    card_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateLoyaltyCardTransactionBody | Unset = UNSET,
) -> Response[CreateLoyaltyCardTransactionResponse200 | ErrorResponse]:
    """Manual withdraw/deposit to loyalty card in location

     Adds to or takes from the balance of a loyalty card by hand, in a location.

    Args:
        location_id (int):
        card_id (int):
        body (CreateLoyaltyCardTransactionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateLoyaltyCardTransactionResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        card_id=card_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    card_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateLoyaltyCardTransactionBody | Unset = UNSET,
) -> CreateLoyaltyCardTransactionResponse200 | ErrorResponse | None:
    """Manual withdraw/deposit to loyalty card in location

     Adds to or takes from the balance of a loyalty card by hand, in a location.

    Args:
        location_id (int):
        card_id (int):
        body (CreateLoyaltyCardTransactionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateLoyaltyCardTransactionResponse200 | ErrorResponse
    """

    return sync_detailed(
        location_id=location_id,
        card_id=card_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    card_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateLoyaltyCardTransactionBody | Unset = UNSET,
) -> Response[CreateLoyaltyCardTransactionResponse200 | ErrorResponse]:
    """Manual withdraw/deposit to loyalty card in location

     Adds to or takes from the balance of a loyalty card by hand, in a location.

    Args:
        location_id (int):
        card_id (int):
        body (CreateLoyaltyCardTransactionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateLoyaltyCardTransactionResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        card_id=card_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    card_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateLoyaltyCardTransactionBody | Unset = UNSET,
) -> CreateLoyaltyCardTransactionResponse200 | ErrorResponse | None:
    """Manual withdraw/deposit to loyalty card in location

     Adds to or takes from the balance of a loyalty card by hand, in a location.

    Args:
        location_id (int):
        card_id (int):
        body (CreateLoyaltyCardTransactionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateLoyaltyCardTransactionResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            card_id=card_id,
            client=client,
            body=body,
        )
    ).parsed
