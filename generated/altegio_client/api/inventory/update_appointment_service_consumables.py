from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.consumables import Consumables
from ...models.error_response import ErrorResponse
from ...models.root_type_for_technological_cards_consumables_response_200_data_types import (
    RootTypeForTechnologicalCardsConsumablesResponse200DataTypes,
)
from ...types import Response


def _get_kwargs(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: Consumables,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/technological_cards/record_consumables/consumables/{location_id}/{record_id}/{service_id}".format(
            location_id=quote(str(location_id), safe=""),
            record_id=quote(str(record_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForTechnologicalCardsConsumablesResponse200DataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForTechnologicalCardsConsumablesResponse200DataTypes.from_dict(response.json())

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
) -> Response[ErrorResponse | RootTypeForTechnologicalCardsConsumablesResponse200DataTypes]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient,
    body: Consumables,
) -> Response[ErrorResponse | RootTypeForTechnologicalCardsConsumablesResponse200DataTypes]:
    """Update Consumables for the Appointment-Service Association

    Args:
        location_id (int):
        record_id (int):
        service_id (int):
        body (Consumables):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForTechnologicalCardsConsumablesResponse200DataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        service_id=service_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient,
    body: Consumables,
) -> ErrorResponse | RootTypeForTechnologicalCardsConsumablesResponse200DataTypes | None:
    """Update Consumables for the Appointment-Service Association

    Args:
        location_id (int):
        record_id (int):
        service_id (int):
        body (Consumables):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForTechnologicalCardsConsumablesResponse200DataTypes
    """

    return sync_detailed(
        location_id=location_id,
        record_id=record_id,
        service_id=service_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient,
    body: Consumables,
) -> Response[ErrorResponse | RootTypeForTechnologicalCardsConsumablesResponse200DataTypes]:
    """Update Consumables for the Appointment-Service Association

    Args:
        location_id (int):
        record_id (int):
        service_id (int):
        body (Consumables):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForTechnologicalCardsConsumablesResponse200DataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        service_id=service_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient,
    body: Consumables,
) -> ErrorResponse | RootTypeForTechnologicalCardsConsumablesResponse200DataTypes | None:
    """Update Consumables for the Appointment-Service Association

    Args:
        location_id (int):
        record_id (int):
        service_id (int):
        body (Consumables):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForTechnologicalCardsConsumablesResponse200DataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            record_id=record_id,
            service_id=service_id,
            client=client,
            body=body,
        )
    ).parsed
