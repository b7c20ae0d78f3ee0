from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.referral_program_request import ReferralProgramRequest
from ...models.visit_loyalty_apply_response import VisitLoyaltyApplyResponse
from ...types import Response


def _get_kwargs(
    location_id: int,
    chain_id: int,
    *,
    body: ReferralProgramRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/visit/loyalty/apply_referral_program/{location_id}/{chain_id}".format(
            location_id=quote(str(location_id), safe=""),
            chain_id=quote(str(chain_id), safe=""),
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
    chain_id: int,
    *,
    client: AuthenticatedClient,
    body: ReferralProgramRequest,
) -> Response[ErrorResponse | VisitLoyaltyApplyResponse]:
    """Apply Referral Program During a Visit

     Applies a referral program to the visit.

    Args:
        location_id (int):
        chain_id (int):
        body (ReferralProgramRequest): Visit and referrer for the referral program Example:
            {'record_id': 140967944, 'visit_id': 118389447, 'referrer_phone': 13155550175}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VisitLoyaltyApplyResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        chain_id=chain_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    chain_id: int,
    *,
    client: AuthenticatedClient,
    body: ReferralProgramRequest,
) -> ErrorResponse | VisitLoyaltyApplyResponse | None:
    """Apply Referral Program During a Visit

     Applies a referral program to the visit.

    Args:
        location_id (int):
        chain_id (int):
        body (ReferralProgramRequest): Visit and referrer for the referral program Example:
            {'record_id': 140967944, 'visit_id': 118389447, 'referrer_phone': 13155550175}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VisitLoyaltyApplyResponse
    """

    return sync_detailed(
        location_id=location_id,
        chain_id=chain_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    chain_id: int,
    *,
    client: AuthenticatedClient,
    body: ReferralProgramRequest,
) -> Response[ErrorResponse | VisitLoyaltyApplyResponse]:
    """Apply Referral Program During a Visit

     Applies a referral program to the visit.

    Args:
        location_id (int):
        chain_id (int):
        body (ReferralProgramRequest): Visit and referrer for the referral program Example:
            {'record_id': 140967944, 'visit_id': 118389447, 'referrer_phone': 13155550175}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VisitLoyaltyApplyResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        chain_id=chain_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    chain_id: int,
    *,
    client: AuthenticatedClient,
    body: ReferralProgramRequest,
) -> ErrorResponse | VisitLoyaltyApplyResponse | None:
    """Apply Referral Program During a Visit

     Applies a referral program to the visit.

    Args:
        location_id (int):
        chain_id (int):
        body (ReferralProgramRequest): Visit and referrer for the referral program Example:
            {'record_id': 140967944, 'visit_id': 118389447, 'referrer_phone': 13155550175}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VisitLoyaltyApplyResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            chain_id=chain_id,
            client=client,
            body=body,
        )
    ).parsed
