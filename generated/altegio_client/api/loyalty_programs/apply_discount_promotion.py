from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.visit_loyalty_apply_response import VisitLoyaltyApplyResponse
from ...models.visit_loyalty_request import VisitLoyaltyRequest
from ...types import Response


def _get_kwargs(
    location_id: int,
    card_id: int,
    program_id: int,
    *,
    body: VisitLoyaltyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/visit/loyalty/apply_discount_program/{location_id}/{card_id}/{program_id}".format(
            location_id=quote(str(location_id), safe=""),
            card_id=quote(str(card_id), safe=""),
            program_id=quote(str(program_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VisitLoyaltyApplyResponse | None:
    if response.status_code == 200:
        response_200 = VisitLoyaltyApplyResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | VisitLoyaltyApplyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    card_id: int,
    program_id: int,
    *,
    client: AuthenticatedClient,
    body: VisitLoyaltyRequest,
) -> Response[ErrorResponse | VisitLoyaltyApplyResponse]:
    """Apply a Discount Promotion in a Visit

     Applies a card promotion to the visit; only useful when there is a visit.

    Args:
        location_id (int):
        card_id (int):
        program_id (int):
        body (VisitLoyaltyRequest): Visit to apply the promotion to Example: {'record_id': 0,
            'visit_id': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VisitLoyaltyApplyResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        card_id=card_id,
        program_id=program_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    card_id: int,
    program_id: int,
    *,
    client: AuthenticatedClient,
    body: VisitLoyaltyRequest,
) -> ErrorResponse | VisitLoyaltyApplyResponse | None:
    """Apply a Discount Promotion in a Visit

     Applies a card promotion to the visit; only useful when there is a visit.

    Args:
        location_id (int):
        card_id (int):
        program_id (int):
        body (VisitLoyaltyRequest): Visit to apply the promotion to Example: {'record_id': 0,
            'visit_id': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VisitLoyaltyApplyResponse
    """

    return sync_detailed(
        location_id=location_id,
        card_id=card_id,
        program_id=program_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    card_id: int,
    program_id: int,
    *,
    client: AuthenticatedClient,
    body: VisitLoyaltyRequest,
) -> Response[ErrorResponse | VisitLoyaltyApplyResponse]:
    """Apply a Discount Promotion in a Visit

     Applies a card promotion to the visit; only useful when there is a visit.

    Args:
        location_id (int):
        card_id (int):
        program_id (int):
        body (VisitLoyaltyRequest): Visit to apply the promotion to Example: {'record_id': 0,
            'visit_id': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VisitLoyaltyApplyResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        card_id=card_id,
        program_id=program_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    card_id: int,
    program_id: int,
    *,
    client: AuthenticatedClient,
    body: VisitLoyaltyRequest,
) -> ErrorResponse | VisitLoyaltyApplyResponse | None:
    """Apply a Discount Promotion in a Visit

     Applies a card promotion to the visit; only useful when there is a visit.

    Args:
        location_id (int):
        card_id (int):
        program_id (int):
        body (VisitLoyaltyRequest): Visit to apply the promotion to Example: {'record_id': 0,
            'visit_id': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VisitLoyaltyApplyResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            card_id=card_id,
            program_id=program_id,
            client=client,
            body=body,
        )
    ).parsed
