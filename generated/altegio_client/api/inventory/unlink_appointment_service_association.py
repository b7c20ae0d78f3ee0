from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_technological_cards_consumables_response_200_delete_data_types import (
    RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypes,
)
from ...models.unlink_appointment_service_association_body_item import UnlinkAppointmentServiceAssociationBodyItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: list[UnlinkAppointmentServiceAssociationBodyItem] | Unset = UNSET,
    delete_consumables: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["delete_consumables"] = delete_consumables

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/technological_cards/record_consumables/technological_cards/{location_id}/{record_id}/{service_id}".format(
            location_id=quote(str(location_id), safe=""),
            record_id=quote(str(record_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypes.from_dict(response.json())

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
) -> Response[ErrorResponse | RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypes]:
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
    body: list[UnlinkAppointmentServiceAssociationBodyItem] | Unset = UNSET,
    delete_consumables: int | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypes]:
    """Unlink Appointment-Service Association

    Args:
        location_id (int):
        record_id (int):
        service_id (int):
        delete_consumables (int | Unset):
        body (list[UnlinkAppointmentServiceAssociationBodyItem] | Unset):  Example: [].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        service_id=service_id,
        body=body,
        delete_consumables=delete_consumables,
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
    body: list[UnlinkAppointmentServiceAssociationBodyItem] | Unset = UNSET,
    delete_consumables: int | Unset = UNSET,
) -> ErrorResponse | RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypes | None:
    """Unlink Appointment-Service Association

    Args:
        location_id (int):
        record_id (int):
        service_id (int):
        delete_consumables (int | Unset):
        body (list[UnlinkAppointmentServiceAssociationBodyItem] | Unset):  Example: [].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypes
    """

    return sync_detailed(
        location_id=location_id,
        record_id=record_id,
        service_id=service_id,
        client=client,
        body=body,
        delete_consumables=delete_consumables,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient,
    body: list[UnlinkAppointmentServiceAssociationBodyItem] | Unset = UNSET,
    delete_consumables: int | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypes]:
    """Unlink Appointment-Service Association

    Args:
        location_id (int):
        record_id (int):
        service_id (int):
        delete_consumables (int | Unset):
        body (list[UnlinkAppointmentServiceAssociationBodyItem] | Unset):  Example: [].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        service_id=service_id,
        body=body,
        delete_consumables=delete_consumables,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient,
    body: list[UnlinkAppointmentServiceAssociationBodyItem] | Unset = UNSET,
    delete_consumables: int | Unset = UNSET,
) -> ErrorResponse | RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypes | None:
    """Unlink Appointment-Service Association

    Args:
        location_id (int):
        record_id (int):
        service_id (int):
        delete_consumables (int | Unset):
        body (list[UnlinkAppointmentServiceAssociationBodyItem] | Unset):  Example: [].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForTechnologicalCardsConsumablesResponse200DeleteDataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            record_id=record_id,
            service_id=service_id,
            client=client,
            body=body,
            delete_consumables=delete_consumables,
        )
    ).parsed
