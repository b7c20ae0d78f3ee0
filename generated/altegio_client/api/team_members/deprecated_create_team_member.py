from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_staff_companyid_request_data_types import RootTypeForStaffCompanyidRequestDataTypes
from ...models.team_member_response import TeamMemberResponse
from ...types import Response


def _get_kwargs(
    location_id: int,
    *,
    body: RootTypeForStaffCompanyidRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/staff/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TeamMemberResponse | None:
    if response.status_code == 201:
        response_201 = TeamMemberResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | TeamMemberResponse]:
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
    body: RootTypeForStaffCompanyidRequestDataTypes,
) -> Response[ErrorResponse | TeamMemberResponse]:
    """Add new team member

    Args:
        location_id (int):
        body (RootTypeForStaffCompanyidRequestDataTypes): Adding a team member Example: {'name':
            'Basil', 'specialization': 'the hairdresser', 'weight': 10, 'information': 'Trimming with
            three hands', 'api_id': '42', 'hidden': 0, 'fired': 0, 'user_id': 123,
            'has_access_timetable': True, 'is_paid_staff': False, 'is_included_in_payment_policy':
            True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TeamMemberResponse]
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
    body: RootTypeForStaffCompanyidRequestDataTypes,
) -> ErrorResponse | TeamMemberResponse | None:
    """Add new team member

    Args:
        location_id (int):
        body (RootTypeForStaffCompanyidRequestDataTypes): Adding a team member Example: {'name':
            'Basil', 'specialization': 'the hairdresser', 'weight': 10, 'information': 'Trimming with
            three hands', 'api_id': '42', 'hidden': 0, 'fired': 0, 'user_id': 123,
            'has_access_timetable': True, 'is_paid_staff': False, 'is_included_in_payment_policy':
            True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TeamMemberResponse
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
    body: RootTypeForStaffCompanyidRequestDataTypes,
) -> Response[ErrorResponse | TeamMemberResponse]:
    """Add new team member

    Args:
        location_id (int):
        body (RootTypeForStaffCompanyidRequestDataTypes): Adding a team member Example: {'name':
            'Basil', 'specialization': 'the hairdresser', 'weight': 10, 'information': 'Trimming with
            three hands', 'api_id': '42', 'hidden': 0, 'fired': 0, 'user_id': 123,
            'has_access_timetable': True, 'is_paid_staff': False, 'is_included_in_payment_policy':
            True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TeamMemberResponse]
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
    body: RootTypeForStaffCompanyidRequestDataTypes,
) -> ErrorResponse | TeamMemberResponse | None:
    """Add new team member

    Args:
        location_id (int):
        body (RootTypeForStaffCompanyidRequestDataTypes): Adding a team member Example: {'name':
            'Basil', 'specialization': 'the hairdresser', 'weight': 10, 'information': 'Trimming with
            three hands', 'api_id': '42', 'hidden': 0, 'fired': 0, 'user_id': 123,
            'has_access_timetable': True, 'is_paid_staff': False, 'is_included_in_payment_policy':
            True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TeamMemberResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
