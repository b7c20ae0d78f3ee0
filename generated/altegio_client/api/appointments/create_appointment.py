from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.appointment_list_response import AppointmentListResponse
from ...models.appointment_request import AppointmentRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    location_id: int,
    *,
    body: AppointmentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/records/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppointmentListResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = AppointmentListResponse.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AppointmentListResponse | ErrorResponse]:
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
    body: AppointmentRequest,
) -> Response[AppointmentListResponse | ErrorResponse]:
    """Create a New Appointment

     Creates either a standard appointment or an appointment within a group event.

    - Standard appointment: `staff_id`, `services`, `client`, `datetime` and `seance_length` are
    required.
    - Group event appointment: `activity_id` and `client` are required; `staff_id`, `services`,
    `datetime` and `seance_length` are taken from the group event.

    Custom appointment fields go in `custom_fields` as an object whose keys are field codes set up for
    the location. The business user needs both `custom_fields_record_values_read_access` and
    `custom_fields_record_values_edit_access`.

    Args:
        location_id (int):
        body (AppointmentRequest): Body for creating or fully updating an Appointment. Standard
            Appointment: staff_id, services, client, datetime, seance_length required; Group Event
            Appointment: activity_id, client required. Example: {'staff_id': 8886, 'services': [{'id':
            331, 'first_cost': 9000, 'discount': 50, 'cost': 4500}, {'id': 333, 'first_cost': 2000,
            'discount': 10, 'cost': 1800}], 'client': {'phone': '+13155550175', 'name': 'James Smith',
            'email': 'j.smith@example.com'}, 'save_if_busy': False, 'datetime':
            '2026-09-21T23:00:00.000-05:00', 'seance_length': 3600, 'send_sms': True, 'comment': 'test
            appointment!', 'sms_remain_hours': 6, 'email_remain_hours': 24, 'attendance': 1, 'api_id':
            '777', 'custom_color': 'f44336', 'record_labels': ['67345', '104474'], 'custom_fields':
            {'my_custom_field': 123, 'some_another_field': ['first value', 'second value']}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppointmentListResponse | ErrorResponse]
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
    body: AppointmentRequest,
) -> AppointmentListResponse | ErrorResponse | None:
    """Create a New Appointment

     Creates either a standard appointment or an appointment within a group event.

    - Standard appointment: `staff_id`, `services`, `client`, `datetime` and `seance_length` are
    required.
    - Group event appointment: `activity_id` and `client` are required; `staff_id`, `services`,
    `datetime` and `seance_length` are taken from the group event.

    Custom appointment fields go in `custom_fields` as an object whose keys are field codes set up for
    the location. The business user needs both `custom_fields_record_values_read_access` and
    `custom_fields_record_values_edit_access`.

    Args:
        location_id (int):
        body (AppointmentRequest): Body for creating or fully updating an Appointment. Standard
            Appointment: staff_id, services, client, datetime, seance_length required; Group Event
            Appointment: activity_id, client required. Example: {'staff_id': 8886, 'services': [{'id':
            331, 'first_cost': 9000, 'discount': 50, 'cost': 4500}, {'id': 333, 'first_cost': 2000,
            'discount': 10, 'cost': 1800}], 'client': {'phone': '+13155550175', 'name': 'James Smith',
            'email': 'j.smith@example.com'}, 'save_if_busy': False, 'datetime':
            '2026-09-21T23:00:00.000-05:00', 'seance_length': 3600, 'send_sms': True, 'comment': 'test
            appointment!', 'sms_remain_hours': 6, 'email_remain_hours': 24, 'attendance': 1, 'api_id':
            '777', 'custom_color': 'f44336', 'record_labels': ['67345', '104474'], 'custom_fields':
            {'my_custom_field': 123, 'some_another_field': ['first value', 'second value']}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppointmentListResponse | ErrorResponse
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
    body: AppointmentRequest,
) -> Response[AppointmentListResponse | ErrorResponse]:
    """Create a New Appointment

     Creates either a standard appointment or an appointment within a group event.

    - Standard appointment: `staff_id`, `services`, `client`, `datetime` and `seance_length` are
    required.
    - Group event appointment: `activity_id` and `client` are required; `staff_id`, `services`,
    `datetime` and `seance_length` are taken from the group event.

    Custom appointment fields go in `custom_fields` as an object whose keys are field codes set up for
    the location. The business user needs both `custom_fields_record_values_read_access` and
    `custom_fields_record_values_edit_access`.

    Args:
        location_id (int):
        body (AppointmentRequest): Body for creating or fully updating an Appointment. Standard
            Appointment: staff_id, services, client, datetime, seance_length required; Group Event
            Appointment: activity_id, client required. Example: {'staff_id': 8886, 'services': [{'id':
            331, 'first_cost': 9000, 'discount': 50, 'cost': 4500}, {'id': 333, 'first_cost': 2000,
            'discount': 10, 'cost': 1800}], 'client': {'phone': '+13155550175', 'name': 'James Smith',
            'email': 'j.smith@example.com'}, 'save_if_busy': False, 'datetime':
            '2026-09-21T23:00:00.000-05:00', 'seance_length': 3600, 'send_sms': True, 'comment': 'test
            appointment!', 'sms_remain_hours': 6, 'email_remain_hours': 24, 'attendance': 1, 'api_id':
            '777', 'custom_color': 'f44336', 'record_labels': ['67345', '104474'], 'custom_fields':
            {'my_custom_field': 123, 'some_another_field': ['first value', 'second value']}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppointmentListResponse | ErrorResponse]
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
    body: AppointmentRequest,
) -> AppointmentListResponse | ErrorResponse | None:
    """Create a New Appointment

     Creates either a standard appointment or an appointment within a group event.

    - Standard appointment: `staff_id`, `services`, `client`, `datetime` and `seance_length` are
    required.
    - Group event appointment: `activity_id` and `client` are required; `staff_id`, `services`,
    `datetime` and `seance_length` are taken from the group event.

    Custom appointment fields go in `custom_fields` as an object whose keys are field codes set up for
    the location. The business user needs both `custom_fields_record_values_read_access` and
    `custom_fields_record_values_edit_access`.

    Args:
        location_id (int):
        body (AppointmentRequest): Body for creating or fully updating an Appointment. Standard
            Appointment: staff_id, services, client, datetime, seance_length required; Group Event
            Appointment: activity_id, client required. Example: {'staff_id': 8886, 'services': [{'id':
            331, 'first_cost': 9000, 'discount': 50, 'cost': 4500}, {'id': 333, 'first_cost': 2000,
            'discount': 10, 'cost': 1800}], 'client': {'phone': '+13155550175', 'name': 'James Smith',
            'email': 'j.smith@example.com'}, 'save_if_busy': False, 'datetime':
            '2026-09-21T23:00:00.000-05:00', 'seance_length': 3600, 'send_sms': True, 'comment': 'test
            appointment!', 'sms_remain_hours': 6, 'email_remain_hours': 24, 'attendance': 1, 'api_id':
            '777', 'custom_color': 'f44336', 'record_labels': ['67345', '104474'], 'custom_fields':
            {'my_custom_field': 123, 'some_another_field': ['first value', 'second value']}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppointmentListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
