from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_company_put_request_data_types import RootTypeForCompanyPutRequestDataTypes
from ...models.root_type_for_company_put_response_data_types import RootTypeForCompanyPutResponseDataTypes
from ...types import Response


def _get_kwargs(
    location_id: int,
    *,
    body: RootTypeForCompanyPutRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/company/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForCompanyPutResponseDataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForCompanyPutResponseDataTypes.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | RootTypeForCompanyPutResponseDataTypes]:
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
    body: RootTypeForCompanyPutRequestDataTypes,
) -> Response[ErrorResponse | RootTypeForCompanyPutResponseDataTypes]:
    """Change location

     Update the data of a location

    Args:
        location_id (int):
        body (RootTypeForCompanyPutRequestDataTypes): Update a location Example: {'title': 'James
            Smith LLC', 'country': 'United States', 'city': 'New York', 'address': 'New York, 787
            Jackson Drive', 'zip': '11435', 'phones': ['12125357710', '12125357711'], 'social':
            {'instagram': 'instagram.com/james_smith_company/'}, 'site': 'james-smith-company.com',
            'coordinate_lat': 40.73061, 'coordinate_lon': -73.935242, 'description': 'The
            <strong>James Smith</strong> location', 'business_type_id': 1, 'short_descr': 'Beauty
            studio'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForCompanyPutResponseDataTypes]
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
    body: RootTypeForCompanyPutRequestDataTypes,
) -> ErrorResponse | RootTypeForCompanyPutResponseDataTypes | None:
    """Change location

     Update the data of a location

    Args:
        location_id (int):
        body (RootTypeForCompanyPutRequestDataTypes): Update a location Example: {'title': 'James
            Smith LLC', 'country': 'United States', 'city': 'New York', 'address': 'New York, 787
            Jackson Drive', 'zip': '11435', 'phones': ['12125357710', '12125357711'], 'social':
            {'instagram': 'instagram.com/james_smith_company/'}, 'site': 'james-smith-company.com',
            'coordinate_lat': 40.73061, 'coordinate_lon': -73.935242, 'description': 'The
            <strong>James Smith</strong> location', 'business_type_id': 1, 'short_descr': 'Beauty
            studio'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForCompanyPutResponseDataTypes
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
    body: RootTypeForCompanyPutRequestDataTypes,
) -> Response[ErrorResponse | RootTypeForCompanyPutResponseDataTypes]:
    """Change location

     Update the data of a location

    Args:
        location_id (int):
        body (RootTypeForCompanyPutRequestDataTypes): Update a location Example: {'title': 'James
            Smith LLC', 'country': 'United States', 'city': 'New York', 'address': 'New York, 787
            Jackson Drive', 'zip': '11435', 'phones': ['12125357710', '12125357711'], 'social':
            {'instagram': 'instagram.com/james_smith_company/'}, 'site': 'james-smith-company.com',
            'coordinate_lat': 40.73061, 'coordinate_lon': -73.935242, 'description': 'The
            <strong>James Smith</strong> location', 'business_type_id': 1, 'short_descr': 'Beauty
            studio'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForCompanyPutResponseDataTypes]
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
    body: RootTypeForCompanyPutRequestDataTypes,
) -> ErrorResponse | RootTypeForCompanyPutResponseDataTypes | None:
    """Change location

     Update the data of a location

    Args:
        location_id (int):
        body (RootTypeForCompanyPutRequestDataTypes): Update a location Example: {'title': 'James
            Smith LLC', 'country': 'United States', 'city': 'New York', 'address': 'New York, 787
            Jackson Drive', 'zip': '11435', 'phones': ['12125357710', '12125357711'], 'social':
            {'instagram': 'instagram.com/james_smith_company/'}, 'site': 'james-smith-company.com',
            'coordinate_lat': 40.73061, 'coordinate_lon': -73.935242, 'description': 'The
            <strong>James Smith</strong> location', 'business_type_id': 1, 'short_descr': 'Beauty
            studio'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForCompanyPutResponseDataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
