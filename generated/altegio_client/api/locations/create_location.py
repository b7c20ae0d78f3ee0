from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_company_create_request_data_types import RootTypeForCompanyCreateRequestDataTypes
from ...models.root_type_for_company_create_response_data_types import RootTypeForCompanyCreateResponseDataTypes
from ...types import Response


def _get_kwargs(
    *,
    body: RootTypeForCompanyCreateRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForCompanyCreateResponseDataTypes | None:
    if response.status_code == 201:
        response_201 = RootTypeForCompanyCreateResponseDataTypes.from_dict(response.json())

        return response_201

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
) -> Response[ErrorResponse | RootTypeForCompanyCreateResponseDataTypes]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RootTypeForCompanyCreateRequestDataTypes,
) -> Response[ErrorResponse | RootTypeForCompanyCreateResponseDataTypes]:
    """Create a location

     Add a new location

    Args:
        body (RootTypeForCompanyCreateRequestDataTypes): Add a location Example: {'title': 'James
            Smith LLC', 'country_id': 7, 'city_id': 2, 'address': 'New York, 787 Jackson Drive',
            'site': 'james-smith-company.com', 'coordinate_lat': 40.73061, 'coordinate_lot':
            -73.935242, 'business_type_id': 1, 'short_descr': 'Beauty studio'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForCompanyCreateResponseDataTypes]
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
    client: AuthenticatedClient,
    body: RootTypeForCompanyCreateRequestDataTypes,
) -> ErrorResponse | RootTypeForCompanyCreateResponseDataTypes | None:
    """Create a location

     Add a new location

    Args:
        body (RootTypeForCompanyCreateRequestDataTypes): Add a location Example: {'title': 'James
            Smith LLC', 'country_id': 7, 'city_id': 2, 'address': 'New York, 787 Jackson Drive',
            'site': 'james-smith-company.com', 'coordinate_lat': 40.73061, 'coordinate_lot':
            -73.935242, 'business_type_id': 1, 'short_descr': 'Beauty studio'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForCompanyCreateResponseDataTypes
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RootTypeForCompanyCreateRequestDataTypes,
) -> Response[ErrorResponse | RootTypeForCompanyCreateResponseDataTypes]:
    """Create a location

     Add a new location

    Args:
        body (RootTypeForCompanyCreateRequestDataTypes): Add a location Example: {'title': 'James
            Smith LLC', 'country_id': 7, 'city_id': 2, 'address': 'New York, 787 Jackson Drive',
            'site': 'james-smith-company.com', 'coordinate_lat': 40.73061, 'coordinate_lot':
            -73.935242, 'business_type_id': 1, 'short_descr': 'Beauty studio'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForCompanyCreateResponseDataTypes]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RootTypeForCompanyCreateRequestDataTypes,
) -> ErrorResponse | RootTypeForCompanyCreateResponseDataTypes | None:
    """Create a location

     Add a new location

    Args:
        body (RootTypeForCompanyCreateRequestDataTypes): Add a location Example: {'title': 'James
            Smith LLC', 'country_id': 7, 'city_id': 2, 'address': 'New York, 787 Jackson Drive',
            'site': 'james-smith-company.com', 'coordinate_lat': 40.73061, 'coordinate_lot':
            -73.935242, 'business_type_id': 1, 'short_descr': 'Beauty studio'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForCompanyCreateResponseDataTypes
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
