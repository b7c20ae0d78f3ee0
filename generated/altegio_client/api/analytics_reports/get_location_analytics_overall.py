import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_analytics_overall_data_type import CompanyAnalyticsOverallDataType
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    date_from: datetime.date,
    date_to: datetime.date,
    team_member_id: int | Unset = UNSET,
    position_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from

    json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to

    params["team_member_id"] = team_member_id

    params["position_id"] = position_id

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/analytics/overall".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyAnalyticsOverallDataType | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CompanyAnalyticsOverallDataType.from_dict(response.json())

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
) -> Response[CompanyAnalyticsOverallDataType | ErrorResponse]:
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
    date_from: datetime.date,
    date_to: datetime.date,
    team_member_id: int | Unset = UNSET,
    position_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[CompanyAnalyticsOverallDataType | ErrorResponse]:
    """Get key location metrics

     Returns key location indicators for the chosen period together with a comparison against the
    preceding period of equal length

    Args:
        location_id (int):
        date_from (datetime.date):
        date_to (datetime.date):
        team_member_id (int | Unset):
        position_id (int | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyAnalyticsOverallDataType | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        date_from=date_from,
        date_to=date_to,
        team_member_id=team_member_id,
        position_id=position_id,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient,
    date_from: datetime.date,
    date_to: datetime.date,
    team_member_id: int | Unset = UNSET,
    position_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> CompanyAnalyticsOverallDataType | ErrorResponse | None:
    """Get key location metrics

     Returns key location indicators for the chosen period together with a comparison against the
    preceding period of equal length

    Args:
        location_id (int):
        date_from (datetime.date):
        date_to (datetime.date):
        team_member_id (int | Unset):
        position_id (int | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyAnalyticsOverallDataType | ErrorResponse
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        date_from=date_from,
        date_to=date_to,
        team_member_id=team_member_id,
        position_id=position_id,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    date_from: datetime.date,
    date_to: datetime.date,
    team_member_id: int | Unset = UNSET,
    position_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[CompanyAnalyticsOverallDataType | ErrorResponse]:
    """Get key location metrics

     Returns key location indicators for the chosen period together with a comparison against the
    preceding period of equal length

    Args:
        location_id (int):
        date_from (datetime.date):
        date_to (datetime.date):
        team_member_id (int | Unset):
        position_id (int | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyAnalyticsOverallDataType | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        date_from=date_from,
        date_to=date_to,
        team_member_id=team_member_id,
        position_id=position_id,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    date_from: datetime.date,
    date_to: datetime.date,
    team_member_id: int | Unset = UNSET,
    position_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> CompanyAnalyticsOverallDataType | ErrorResponse | None:
    """Get key location metrics

     Returns key location indicators for the chosen period together with a comparison against the
    preceding period of equal length

    Args:
        location_id (int):
        date_from (datetime.date):
        date_to (datetime.date):
        team_member_id (int | Unset):
        position_id (int | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyAnalyticsOverallDataType | ErrorResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            date_from=date_from,
            date_to=date_to,
            team_member_id=team_member_id,
            position_id=position_id,
            user_id=user_id,
        )
    ).parsed
