from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delivery_status_request_data_types_item import DeliveryStatusRequestDataTypesItem
from ...models.error_response import ErrorResponse
from ...models.get_message_status_list_response_200 import GetMessageStatusListResponse200
from ...types import Response


def _get_kwargs(
    *,
    body: list[DeliveryStatusRequestDataTypesItem],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/delivery/status",
    }

    _kwargs["json"] = []
    for componentsschemasdelivery_status_request_data_types_item_data in body:
        componentsschemasdelivery_status_request_data_types_item = (
            componentsschemasdelivery_status_request_data_types_item_data.to_dict()
        )
        _kwargs["json"].append(componentsschemasdelivery_status_request_data_types_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetMessageStatusListResponse200 | None:
    if response.status_code == 200:
        response_200 = GetMessageStatusListResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetMessageStatusListResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[DeliveryStatusRequestDataTypesItem],
) -> Response[ErrorResponse | GetMessageStatusListResponse200]:
    """Getting Message Statuses

     ### Message statuses
    Status codes: 1 delivered, 2 not delivered, 4 sent to phone, 8 handed to operator, 16 rejected by
    operator, 52 insufficient funds.

    On failure the matching HTTP status is returned, sometimes with an error message in the body. Error
    codes common to all methods:
    - 5 / HTTP 400 `ENTITY_VALIDATION_ERROR`: request body failed validation
    - 10 / HTTP 400 `FIELD_VALIDATION_ERROR`: a parameter failed validation
    - 15 / HTTP 403 `ACCESS_FORBIDDEN`: the application lacks the permissions for this action
    - 20 / HTTP 401 `INVALID_PARTNER_TOKEN`: partner_token absent or wrong
    - 30 / HTTP 404 `RESOURCE_NOT_FOUND`: nothing exists at the requested path

    An SMS send request carries the `delivery_callback_url` attribute, the URL that receives message
    statuses. Post statuses to https://app.alteg.io/smsprovider/status/callback/{partner_token}

    Args:
        body (list[DeliveryStatusRequestDataTypesItem]): Fetch message statuses Example: [{'id':
            '232674', 'status': 1, 'payment_sum': 0.045, 'currency_iso': 'EUR', 'parts_amount': 2}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMessageStatusListResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[DeliveryStatusRequestDataTypesItem],
) -> ErrorResponse | GetMessageStatusListResponse200 | None:
    """Getting Message Statuses

     ### Message statuses
    Status codes: 1 delivered, 2 not delivered, 4 sent to phone, 8 handed to operator, 16 rejected by
    operator, 52 insufficient funds.

    On failure the matching HTTP status is returned, sometimes with an error message in the body. Error
    codes common to all methods:
    - 5 / HTTP 400 `ENTITY_VALIDATION_ERROR`: request body failed validation
    - 10 / HTTP 400 `FIELD_VALIDATION_ERROR`: a parameter failed validation
    - 15 / HTTP 403 `ACCESS_FORBIDDEN`: the application lacks the permissions for this action
    - 20 / HTTP 401 `INVALID_PARTNER_TOKEN`: partner_token absent or wrong
    - 30 / HTTP 404 `RESOURCE_NOT_FOUND`: nothing exists at the requested path

    An SMS send request carries the `delivery_callback_url` attribute, the URL that receives message
    statuses. Post statuses to https://app.alteg.io/smsprovider/status/callback/{partner_token}

    Args:
        body (list[DeliveryStatusRequestDataTypesItem]): Fetch message statuses Example: [{'id':
            '232674', 'status': 1, 'payment_sum': 0.045, 'currency_iso': 'EUR', 'parts_amount': 2}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMessageStatusListResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[DeliveryStatusRequestDataTypesItem],
) -> Response[ErrorResponse | GetMessageStatusListResponse200]:
    """Getting Message Statuses

     ### Message statuses
    Status codes: 1 delivered, 2 not delivered, 4 sent to phone, 8 handed to operator, 16 rejected by
    operator, 52 insufficient funds.

    On failure the matching HTTP status is returned, sometimes with an error message in the body. Error
    codes common to all methods:
    - 5 / HTTP 400 `ENTITY_VALIDATION_ERROR`: request body failed validation
    - 10 / HTTP 400 `FIELD_VALIDATION_ERROR`: a parameter failed validation
    - 15 / HTTP 403 `ACCESS_FORBIDDEN`: the application lacks the permissions for this action
    - 20 / HTTP 401 `INVALID_PARTNER_TOKEN`: partner_token absent or wrong
    - 30 / HTTP 404 `RESOURCE_NOT_FOUND`: nothing exists at the requested path

    An SMS send request carries the `delivery_callback_url` attribute, the URL that receives message
    statuses. Post statuses to https://app.alteg.io/smsprovider/status/callback/{partner_token}

    Args:
        body (list[DeliveryStatusRequestDataTypesItem]): Fetch message statuses Example: [{'id':
            '232674', 'status': 1, 'payment_sum': 0.045, 'currency_iso': 'EUR', 'parts_amount': 2}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMessageStatusListResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[DeliveryStatusRequestDataTypesItem],
) -> ErrorResponse | GetMessageStatusListResponse200 | None:
    """Getting Message Statuses

     ### Message statuses
    Status codes: 1 delivered, 2 not delivered, 4 sent to phone, 8 handed to operator, 16 rejected by
    operator, 52 insufficient funds.

    On failure the matching HTTP status is returned, sometimes with an error message in the body. Error
    codes common to all methods:
    - 5 / HTTP 400 `ENTITY_VALIDATION_ERROR`: request body failed validation
    - 10 / HTTP 400 `FIELD_VALIDATION_ERROR`: a parameter failed validation
    - 15 / HTTP 403 `ACCESS_FORBIDDEN`: the application lacks the permissions for this action
    - 20 / HTTP 401 `INVALID_PARTNER_TOKEN`: partner_token absent or wrong
    - 30 / HTTP 404 `RESOURCE_NOT_FOUND`: nothing exists at the requested path

    An SMS send request carries the `delivery_callback_url` attribute, the URL that receives message
    statuses. Post statuses to https://app.alteg.io/smsprovider/status/callback/{partner_token}

    Args:
        body (list[DeliveryStatusRequestDataTypesItem]): Fetch message statuses Example: [{'id':
            '232674', 'status': 1, 'payment_sum': 0.045, 'currency_iso': 'EUR', 'parts_amount': 2}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMessageStatusListResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
