from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_partner_appointment_list_response_200 import GetPartnerAppointmentListResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    editable_length: int | Unset = UNSET,
    salon_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    created_start_date: str | Unset = UNSET,
    created_end_date: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["editable_length"] = editable_length

    params["salon_id"] = salon_id

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["created_start_date"] = created_start_date

    params["created_end_date"] = created_end_date

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/records/partner",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetPartnerAppointmentListResponse200 | None:
    if response.status_code == 200:
        response_200 = GetPartnerAppointmentListResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | GetPartnerAppointmentListResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    editable_length: int | Unset = UNSET,
    salon_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    created_start_date: str | Unset = UNSET,
    created_end_date: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[ErrorResponse | GetPartnerAppointmentListResponse200]:
    """Get a List of Partner Appointments

     #### Appointment filters
    - `salon_id`: location ID; appointments of that location
    - `start_date`: visit date from (inclusive)
    - `end_date`: visit date until (inclusive)
    - `created_start_date`: appointments created on/after this date
    - `created_end_date`: appointments created on/before this date
    - `user_id`: user ID; appointments created by that user

    Args:
        page (int | Unset):
        editable_length (int | Unset):
        salon_id (int | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        created_start_date (str | Unset):
        created_end_date (str | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetPartnerAppointmentListResponse200]
    """

    kwargs = _get_kwargs(
        page=page,
        editable_length=editable_length,
        salon_id=salon_id,
        start_date=start_date,
        end_date=end_date,
        created_start_date=created_start_date,
        created_end_date=created_end_date,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    editable_length: int | Unset = UNSET,
    salon_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    created_start_date: str | Unset = UNSET,
    created_end_date: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> ErrorResponse | GetPartnerAppointmentListResponse200 | None:
    """Get a List of Partner Appointments

     #### Appointment filters
    - `salon_id`: location ID; appointments of that location
    - `start_date`: visit date from (inclusive)
    - `end_date`: visit date until (inclusive)
    - `created_start_date`: appointments created on/after this date
    - `created_end_date`: appointments created on/before this date
    - `user_id`: user ID; appointments created by that user

    Args:
        page (int | Unset):
        editable_length (int | Unset):
        salon_id (int | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        created_start_date (str | Unset):
        created_end_date (str | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetPartnerAppointmentListResponse200
    """

    return sync_detailed(
        client=client,
        page=page,
        editable_length=editable_length,
        salon_id=salon_id,
        start_date=start_date,
        end_date=end_date,
        created_start_date=created_start_date,
        created_end_date=created_end_date,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    editable_length: int | Unset = UNSET,
    salon_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    created_start_date: str | Unset = UNSET,
    created_end_date: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[ErrorResponse | GetPartnerAppointmentListResponse200]:
    """Get a List of Partner Appointments

     #### Appointment filters
    - `salon_id`: location ID; appointments of that location
    - `start_date`: visit date from (inclusive)
    - `end_date`: visit date until (inclusive)
    - `created_start_date`: appointments created on/after this date
    - `created_end_date`: appointments created on/before this date
    - `user_id`: user ID; appointments created by that user

    Args:
        page (int | Unset):
        editable_length (int | Unset):
        salon_id (int | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        created_start_date (str | Unset):
        created_end_date (str | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetPartnerAppointmentListResponse200]
    """

    kwargs = _get_kwargs(
        page=page,
        editable_length=editable_length,
        salon_id=salon_id,
        start_date=start_date,
        end_date=end_date,
        created_start_date=created_start_date,
        created_end_date=created_end_date,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    editable_length: int | Unset = UNSET,
    salon_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    created_start_date: str | Unset = UNSET,
    created_end_date: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> ErrorResponse | GetPartnerAppointmentListResponse200 | None:
    """Get a List of Partner Appointments

     #### Appointment filters
    - `salon_id`: location ID; appointments of that location
    - `start_date`: visit date from (inclusive)
    - `end_date`: visit date until (inclusive)
    - `created_start_date`: appointments created on/after this date
    - `created_end_date`: appointments created on/before this date
    - `user_id`: user ID; appointments created by that user

    Args:
        page (int | Unset):
        editable_length (int | Unset):
        salon_id (int | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        created_start_date (str | Unset):
        created_end_date (str | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetPartnerAppointmentListResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            editable_length=editable_length,
            salon_id=salon_id,
            start_date=start_date,
            end_date=end_date,
            created_start_date=created_start_date,
            created_end_date=created_end_date,
            user_id=user_id,
        )
    ).parsed
