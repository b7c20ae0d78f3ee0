from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.pay_with_a_loyalty_card import PayWithALoyaltyCard
from ...models.pay_with_a_loyalty_program import PayWithALoyaltyProgram
from ...models.pay_with_referral_program_works_only_for_visit import PayWithReferralProgramWorksOnlyForVisit
from ...models.payment_at_the_checkout import PaymentAtTheCheckout
from ...models.payment_via_client_personal_account import PaymentViaClientPersonalAccount
from ...models.payment_with_a_gift_card import PaymentWithAGiftCard
from ...models.payment_with_membership_works_only_for_the_visit import PaymentWithMembershipWorksOnlyForTheVisit
from ...models.sale_document_response import SaleDocumentResponse
from ...types import Response


def _get_kwargs(
    location_id: int,
    document_id: int,
    *,
    body: PaymentAtTheCheckout
    | PaymentViaClientPersonalAccount
    | PaymentWithAGiftCard
    | PaymentWithMembershipWorksOnlyForTheVisit
    | PayWithALoyaltyCard
    | PayWithALoyaltyProgram
    | PayWithReferralProgramWorksOnlyForVisit,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/sale/{document_id}/payment".format(
            location_id=quote(str(location_id), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
    }

    if isinstance(body, PaymentAtTheCheckout):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, PaymentViaClientPersonalAccount):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, PaymentWithAGiftCard):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, PaymentWithMembershipWorksOnlyForTheVisit):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, PayWithReferralProgramWorksOnlyForVisit):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, PayWithALoyaltyCard):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SaleDocumentResponse | None:
    if response.status_code == 200:
        response_200 = SaleDocumentResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SaleDocumentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    document_id: int,
    *,
    client: AuthenticatedClient,
    body: PaymentAtTheCheckout
    | PaymentViaClientPersonalAccount
    | PaymentWithAGiftCard
    | PaymentWithMembershipWorksOnlyForTheVisit
    | PayWithALoyaltyCard
    | PayWithALoyaltyProgram
    | PayWithReferralProgramWorksOnlyForVisit,
) -> Response[ErrorResponse | SaleDocumentResponse]:
    """Payment at the Location Account and Loyalty (Various Methods)

     Returns the state of the sale operation.

    Args:
        location_id (int):
        document_id (int):
        body (PaymentAtTheCheckout | PaymentViaClientPersonalAccount | PaymentWithAGiftCard |
            PaymentWithMembershipWorksOnlyForTheVisit | PayWithALoyaltyCard | PayWithALoyaltyProgram |
            PayWithReferralProgramWorksOnlyForVisit):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SaleDocumentResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        document_id=document_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    document_id: int,
    *,
    client: AuthenticatedClient,
    body: PaymentAtTheCheckout
    | PaymentViaClientPersonalAccount
    | PaymentWithAGiftCard
    | PaymentWithMembershipWorksOnlyForTheVisit
    | PayWithALoyaltyCard
    | PayWithALoyaltyProgram
    | PayWithReferralProgramWorksOnlyForVisit,
) -> ErrorResponse | SaleDocumentResponse | None:
    """Payment at the Location Account and Loyalty (Various Methods)

     Returns the state of the sale operation.

    Args:
        location_id (int):
        document_id (int):
        body (PaymentAtTheCheckout | PaymentViaClientPersonalAccount | PaymentWithAGiftCard |
            PaymentWithMembershipWorksOnlyForTheVisit | PayWithALoyaltyCard | PayWithALoyaltyProgram |
            PayWithReferralProgramWorksOnlyForVisit):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SaleDocumentResponse
    """

    return sync_detailed(
        location_id=location_id,
        document_id=document_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    document_id: int,
    *,
    client: AuthenticatedClient,
    body: PaymentAtTheCheckout
    | PaymentViaClientPersonalAccount
    | PaymentWithAGiftCard
    | PaymentWithMembershipWorksOnlyForTheVisit
    | PayWithALoyaltyCard
    | PayWithALoyaltyProgram
    | PayWithReferralProgramWorksOnlyForVisit,
) -> Response[ErrorResponse | SaleDocumentResponse]:
    """Payment at the Location Account and Loyalty (Various Methods)

     Returns the state of the sale operation.

    Args:
        location_id (int):
        document_id (int):
        body (PaymentAtTheCheckout | PaymentViaClientPersonalAccount | PaymentWithAGiftCard |
            PaymentWithMembershipWorksOnlyForTheVisit | PayWithALoyaltyCard | PayWithALoyaltyProgram |
            PayWithReferralProgramWorksOnlyForVisit):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SaleDocumentResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        document_id=document_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    document_id: int,
    *,
    client: AuthenticatedClient,
    body: PaymentAtTheCheckout
    | PaymentViaClientPersonalAccount
    | PaymentWithAGiftCard
    | PaymentWithMembershipWorksOnlyForTheVisit
    | PayWithALoyaltyCard
    | PayWithALoyaltyProgram
    | PayWithReferralProgramWorksOnlyForVisit,
) -> ErrorResponse | SaleDocumentResponse | None:
    """Payment at the Location Account and Loyalty (Various Methods)

     Returns the state of the sale operation.

    Args:
        location_id (int):
        document_id (int):
        body (PaymentAtTheCheckout | PaymentViaClientPersonalAccount | PaymentWithAGiftCard |
            PaymentWithMembershipWorksOnlyForTheVisit | PayWithALoyaltyCard | PayWithALoyaltyProgram |
            PayWithReferralProgramWorksOnlyForVisit):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SaleDocumentResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            document_id=document_id,
            client=client,
            body=body,
        )
    ).parsed
