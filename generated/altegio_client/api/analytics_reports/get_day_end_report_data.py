from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_z_report_response_data_types import RootTypeForZReportResponseDataTypes
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    start_date: str | Unset = UNSET,
    master_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_date"] = start_date

    params["master_id"] = master_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/z_report/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForZReportResponseDataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForZReportResponseDataTypes.from_dict(response.json())

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
) -> Response[ErrorResponse | RootTypeForZReportResponseDataTypes]:
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
    start_date: str | Unset = UNSET,
    master_id: int | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForZReportResponseDataTypes]:
    """Get day-end report data

     + start_date: date of the report
    + team_member_id: ID of the team member

    Args:
        location_id (int):
        start_date (str | Unset):
        master_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForZReportResponseDataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        start_date=start_date,
        master_id=master_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient,
    start_date: str | Unset = UNSET,
    master_id: int | Unset = UNSET,
) -> ErrorResponse | RootTypeForZReportResponseDataTypes | None:
    """Get day-end report data

     + start_date: date of the report
    + team_member_id: ID of the team member

    Args:
        location_id (int):
        start_date (str | Unset):
        master_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForZReportResponseDataTypes
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        start_date=start_date,
        master_id=master_id,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    start_date: str | Unset = UNSET,
    master_id: int | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForZReportResponseDataTypes]:
    """Get day-end report data

     + start_date: date of the report
    + team_member_id: ID of the team member

    Args:
        location_id (int):
        start_date (str | Unset):
        master_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForZReportResponseDataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        start_date=start_date,
        master_id=master_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    start_date: str | Unset = UNSET,
    master_id: int | Unset = UNSET,
) -> ErrorResponse | RootTypeForZReportResponseDataTypes | None:
    """Get day-end report data

     + start_date: date of the report
    + team_member_id: ID of the team member

    Args:
        location_id (int):
        start_date (str | Unset):
        master_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForZReportResponseDataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            start_date=start_date,
            master_id=master_id,
        )
    ).parsed
