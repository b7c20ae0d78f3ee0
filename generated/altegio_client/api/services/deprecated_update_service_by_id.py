from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_services_companyid_request_data_types import RootTypeForServicesCompanyidRequestDataTypes
from ...models.root_type_for_services_companyid_response_data_types import RootTypeForServicesCompanyidResponseDataTypes
from ...types import Response


def _get_kwargs(
    location_id: int,
    service_id: int,
    *,
    body: RootTypeForServicesCompanyidRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/services/{location_id}/{service_id}".format(
            location_id=quote(str(location_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForServicesCompanyidResponseDataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForServicesCompanyidResponseDataTypes.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = RootTypeForServicesCompanyidResponseDataTypes.from_dict(response.json())

        return response_201

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
) -> Response[ErrorResponse | RootTypeForServicesCompanyidResponseDataTypes]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient,
    body: RootTypeForServicesCompanyidRequestDataTypes,
) -> Response[ErrorResponse | RootTypeForServicesCompanyidResponseDataTypes]:
    """Update a service

     Updates a service by its ID

    Args:
        location_id (int):
        service_id (int):
        body (RootTypeForServicesCompanyidRequestDataTypes): Add a service Example: {'title':
            "Men's haircut", 'category_id': 83167, 'price_min': 1300, 'price_max': 1300, 'duration':
            3600, 'discount': 0, 'comment': '', 'weight': 6, 'active': 1, 'api_id': '00000000042',
            'staff': [{'id': 5905, 'seance_length': 2700}, {'id': 5907, 'seance_length': 3600}, {'id':
            8973, 'seance_length': 3600}, {'id': 13616, 'seance_length': 3600}, {'id': 16681,
            'seance_length': 3600}, {'id': 1796, 'seance_length': 3600}, {'id': 34006,
            'seance_length': 3600}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForServicesCompanyidResponseDataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_id=service_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient,
    body: RootTypeForServicesCompanyidRequestDataTypes,
) -> ErrorResponse | RootTypeForServicesCompanyidResponseDataTypes | None:
    """Update a service

     Updates a service by its ID

    Args:
        location_id (int):
        service_id (int):
        body (RootTypeForServicesCompanyidRequestDataTypes): Add a service Example: {'title':
            "Men's haircut", 'category_id': 83167, 'price_min': 1300, 'price_max': 1300, 'duration':
            3600, 'discount': 0, 'comment': '', 'weight': 6, 'active': 1, 'api_id': '00000000042',
            'staff': [{'id': 5905, 'seance_length': 2700}, {'id': 5907, 'seance_length': 3600}, {'id':
            8973, 'seance_length': 3600}, {'id': 13616, 'seance_length': 3600}, {'id': 16681,
            'seance_length': 3600}, {'id': 1796, 'seance_length': 3600}, {'id': 34006,
            'seance_length': 3600}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForServicesCompanyidResponseDataTypes
    """

    return sync_detailed(
        location_id=location_id,
        service_id=service_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient,
    body: RootTypeForServicesCompanyidRequestDataTypes,
) -> Response[ErrorResponse | RootTypeForServicesCompanyidResponseDataTypes]:
    """Update a service

     Updates a service by its ID

    Args:
        location_id (int):
        service_id (int):
        body (RootTypeForServicesCompanyidRequestDataTypes): Add a service Example: {'title':
            "Men's haircut", 'category_id': 83167, 'price_min': 1300, 'price_max': 1300, 'duration':
            3600, 'discount': 0, 'comment': '', 'weight': 6, 'active': 1, 'api_id': '00000000042',
            'staff': [{'id': 5905, 'seance_length': 2700}, {'id': 5907, 'seance_length': 3600}, {'id':
            8973, 'seance_length': 3600}, {'id': 13616, 'seance_length': 3600}, {'id': 16681,
            'seance_length': 3600}, {'id': 1796, 'seance_length': 3600}, {'id': 34006,
            'seance_length': 3600}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForServicesCompanyidResponseDataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_id=service_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient,
    body: RootTypeForServicesCompanyidRequestDataTypes,
) -> ErrorResponse | RootTypeForServicesCompanyidResponseDataTypes | None:
    """Update a service

     Updates a service by its ID

    Args:
        location_id (int):
        service_id (int):
        body (RootTypeForServicesCompanyidRequestDataTypes): Add a service Example: {'title':
            "Men's haircut", 'category_id': 83167, 'price_min': 1300, 'price_max': 1300, 'duration':
            3600, 'discount': 0, 'comment': '', 'weight': 6, 'active': 1, 'api_id': '00000000042',
            'staff': [{'id': 5905, 'seance_length': 2700}, {'id': 5907, 'seance_length': 3600}, {'id':
            8973, 'seance_length': 3600}, {'id': 13616, 'seance_length': 3600}, {'id': 16681,
            'seance_length': 3600}, {'id': 1796, 'seance_length': 3600}, {'id': 34006,
            'seance_length': 3600}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForServicesCompanyidResponseDataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            service_id=service_id,
            client=client,
            body=body,
        )
    ).parsed
