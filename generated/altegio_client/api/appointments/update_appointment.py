from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.appointment_request import AppointmentRequest
from ...models.error_response import ErrorResponse
from ...models.root_type_for_record_companyid_response_201_data_types import (
    RootTypeForRecordCompanyidResponse201DataTypes,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    record_id: int,
    *,
    body: AppointmentRequest,
    include_consumables: int | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include_consumables"] = include_consumables

    params["include_finance_transactions"] = include_finance_transactions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/record/{location_id}/{record_id}".format(
            location_id=quote(str(location_id), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForRecordCompanyidResponse201DataTypes | None:
    if response.status_code == 201:
        response_201 = RootTypeForRecordCompanyidResponse201DataTypes.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[ErrorResponse | RootTypeForRecordCompanyidResponse201DataTypes]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient,
    body: AppointmentRequest,
    include_consumables: int | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForRecordCompanyidResponse201DataTypes]:
    """Edit Appointment

     Replaces an Appointment as a whole (no partial update). For a standard Appointment always send
    `staff_id`, `services`, `client`, `datetime` and `seance_length`, even if only `custom_fields`
    change; a missing required field gives `422`. For a Group Event Appointment send `activity_id` (must
    equal the Appointment's current Group Event) and `client`; `staff_id`, `services`, `datetime` and
    `seance_length` are then taken from the Group Event.

    To change only custom fields: fetch the Appointment, resend its required main fields unchanged, and
    put the new values in `custom_fields` keyed by each field's configured code. The Business User needs
    both `custom_fields_record_values_read_access` and `custom_fields_record_values_edit_access`,
    otherwise custom field values stay unchanged.

    The call may be refused if the Appointment awaits online payment, is outside the Business User's
    permitted editing period, is fully paid, or the client has arrived and the user lacks the matching
    edit permission. When `is_sale_bill_printed` is `true` and only custom fields change, resend date,
    time, client, attendance status, Team Member and Services unchanged; changes affecting the printed
    receipt may require reversing the receipt first.

    Args:
        location_id (int):
        record_id (int):
        include_consumables (int | Unset):
        include_finance_transactions (int | Unset):
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
        Response[ErrorResponse | RootTypeForRecordCompanyidResponse201DataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        body=body,
        include_consumables=include_consumables,
        include_finance_transactions=include_finance_transactions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient,
    body: AppointmentRequest,
    include_consumables: int | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
) -> ErrorResponse | RootTypeForRecordCompanyidResponse201DataTypes | None:
    """Edit Appointment

     Replaces an Appointment as a whole (no partial update). For a standard Appointment always send
    `staff_id`, `services`, `client`, `datetime` and `seance_length`, even if only `custom_fields`
    change; a missing required field gives `422`. For a Group Event Appointment send `activity_id` (must
    equal the Appointment's current Group Event) and `client`; `staff_id`, `services`, `datetime` and
    `seance_length` are then taken from the Group Event.

    To change only custom fields: fetch the Appointment, resend its required main fields unchanged, and
    put the new values in `custom_fields` keyed by each field's configured code. The Business User needs
    both `custom_fields_record_values_read_access` and `custom_fields_record_values_edit_access`,
    otherwise custom field values stay unchanged.

    The call may be refused if the Appointment awaits online payment, is outside the Business User's
    permitted editing period, is fully paid, or the client has arrived and the user lacks the matching
    edit permission. When `is_sale_bill_printed` is `true` and only custom fields change, resend date,
    time, client, attendance status, Team Member and Services unchanged; changes affecting the printed
    receipt may require reversing the receipt first.

    Args:
        location_id (int):
        record_id (int):
        include_consumables (int | Unset):
        include_finance_transactions (int | Unset):
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
        ErrorResponse | RootTypeForRecordCompanyidResponse201DataTypes
    """

    return sync_detailed(
        location_id=location_id,
        record_id=record_id,
        client=client,
        body=body,
        include_consumables=include_consumables,
        include_finance_transactions=include_finance_transactions,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient,
    body: AppointmentRequest,
    include_consumables: int | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForRecordCompanyidResponse201DataTypes]:
    """Edit Appointment

     Replaces an Appointment as a whole (no partial update). For a standard Appointment always send
    `staff_id`, `services`, `client`, `datetime` and `seance_length`, even if only `custom_fields`
    change; a missing required field gives `422`. For a Group Event Appointment send `activity_id` (must
    equal the Appointment's current Group Event) and `client`; `staff_id`, `services`, `datetime` and
    `seance_length` are then taken from the Group Event.

    To change only custom fields: fetch the Appointment, resend its required main fields unchanged, and
    put the new values in `custom_fields` keyed by each field's configured code. The Business User needs
    both `custom_fields_record_values_read_access` and `custom_fields_record_values_edit_access`,
    otherwise custom field values stay unchanged.

    The call may be refused if the Appointment awaits online payment, is outside the Business User's
    permitted editing period, is fully paid, or the client has arrived and the user lacks the matching
    edit permission. When `is_sale_bill_printed` is `true` and only custom fields change, resend date,
    time, client, attendance status, Team Member and Services unchanged; changes affecting the printed
    receipt may require reversing the receipt first.

    Args:
        location_id (int):
        record_id (int):
        include_consumables (int | Unset):
        include_finance_transactions (int | Unset):
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
        Response[ErrorResponse | RootTypeForRecordCompanyidResponse201DataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        body=body,
        include_consumables=include_consumables,
        include_finance_transactions=include_finance_transactions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient,
    body: AppointmentRequest,
    include_consumables: int | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
) -> ErrorResponse | RootTypeForRecordCompanyidResponse201DataTypes | None:
    """Edit Appointment

     Replaces an Appointment as a whole (no partial update). For a standard Appointment always send
    `staff_id`, `services`, `client`, `datetime` and `seance_length`, even if only `custom_fields`
    change; a missing required field gives `422`. For a Group Event Appointment send `activity_id` (must
    equal the Appointment's current Group Event) and `client`; `staff_id`, `services`, `datetime` and
    `seance_length` are then taken from the Group Event.

    To change only custom fields: fetch the Appointment, resend its required main fields unchanged, and
    put the new values in `custom_fields` keyed by each field's configured code. The Business User needs
    both `custom_fields_record_values_read_access` and `custom_fields_record_values_edit_access`,
    otherwise custom field values stay unchanged.

    The call may be refused if the Appointment awaits online payment, is outside the Business User's
    permitted editing period, is fully paid, or the client has arrived and the user lacks the matching
    edit permission. When `is_sale_bill_printed` is `true` and only custom fields change, resend date,
    time, client, attendance status, Team Member and Services unchanged; changes affecting the printed
    receipt may require reversing the receipt first.

    Args:
        location_id (int):
        record_id (int):
        include_consumables (int | Unset):
        include_finance_transactions (int | Unset):
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
        ErrorResponse | RootTypeForRecordCompanyidResponse201DataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            record_id=record_id,
            client=client,
            body=body,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
        )
    ).parsed
