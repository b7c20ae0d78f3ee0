from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.issue_loyalty_card_request import IssueLoyaltyCardRequest
from ...models.loyalty_card_response import LoyaltyCardResponse
from ...types import Response


def _get_kwargs(
    location_id: int,
    *,
    body: IssueLoyaltyCardRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/loyalty/cards/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LoyaltyCardResponse | None:
    if response.status_code == 200:
        response_200 = LoyaltyCardResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | LoyaltyCardResponse]:
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
    body: IssueLoyaltyCardRequest,
) -> Response[ErrorResponse | LoyaltyCardResponse]:
    """Issue a Loyalty Card

     Issues a loyalty card. Body fields: loyalty_card_number (number), loyalty_card_type_id (number) and
    phone (number, for example 13155550175 for +13155550175).

    Args:
        location_id (int):
        body (IssueLoyaltyCardRequest): Data to issue a loyalty card Example:
            {'loyalty_card_number': '9090909', 'loyalty_card_type_id': '8230', 'phone': 13155550175}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LoyaltyCardResponse]
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
    body: IssueLoyaltyCardRequest,
) -> ErrorResponse | LoyaltyCardResponse | None:
    """Issue a Loyalty Card

     Issues a loyalty card. Body fields: loyalty_card_number (number), loyalty_card_type_id (number) and
    phone (number, for example 13155550175 for +13155550175).

    Args:
        location_id (int):
        body (IssueLoyaltyCardRequest): Data to issue a loyalty card Example:
            {'loyalty_card_number': '9090909', 'loyalty_card_type_id': '8230', 'phone': 13155550175}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LoyaltyCardResponse
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
    body: IssueLoyaltyCardRequest,
) -> Response[ErrorResponse | LoyaltyCardResponse]:
    """Issue a Loyalty Card

     Issues a loyalty card. Body fields: loyalty_card_number (number), loyalty_card_type_id (number) and
    phone (number, for example 13155550175 for +13155550175).

    Args:
        location_id (int):
        body (IssueLoyaltyCardRequest): Data to issue a loyalty card Example:
            {'loyalty_card_number': '9090909', 'loyalty_card_type_id': '8230', 'phone': 13155550175}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LoyaltyCardResponse]
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
    body: IssueLoyaltyCardRequest,
) -> ErrorResponse | LoyaltyCardResponse | None:
    """Issue a Loyalty Card

     Issues a loyalty card. Body fields: loyalty_card_number (number), loyalty_card_type_id (number) and
    phone (number, for example 13155550175 for +13155550175).

    Args:
        location_id (int):
        body (IssueLoyaltyCardRequest): Data to issue a loyalty card Example:
            {'loyalty_card_number': '9090909', 'loyalty_card_type_id': '8230', 'phone': 13155550175}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LoyaltyCardResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
