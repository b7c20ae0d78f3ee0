from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.appointment_list_response import AppointmentListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    c_start_date: str | Unset = UNSET,
    c_end_date: str | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    include_consumables: int | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
    with_deleted: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["count"] = count

    params["team_member_id"] = team_member_id

    params["client_id"] = client_id

    params["created_user_id"] = created_user_id

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["c_start_date"] = c_start_date

    params["c_end_date"] = c_end_date

    params["changed_after"] = changed_after

    params["changed_before"] = changed_before

    params["include_consumables"] = include_consumables

    params["include_finance_transactions"] = include_finance_transactions

    params["with_deleted"] = with_deleted

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/records/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppointmentListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppointmentListResponse.from_dict(response.json())

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
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    c_start_date: str | Unset = UNSET,
    c_end_date: str | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    include_consumables: int | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
    with_deleted: bool | Unset = UNSET,
) -> Response[AppointmentListResponse | ErrorResponse]:
    """Get list of appointments

     #### Appointment filters
    - `staff_id`: team member ID; appointments of that team member
    - `client_id`: client ID; appointments of that client
    - `created_user_id`: user ID; appointments created by that user
    - `start_date`: session start date, inclusive; sessions starting on/after it
    - `end_date`: session end date, inclusive; sessions ending on/before it
    - `c_start_date`: creation date from; appointments created on/after it
    - `c_end_date`: creation date until; appointments created on/before it
    - `changed_after`: appointments created or changed after this date and time
    - `changed_before`: appointments created or changed before this date and time

    Args:
        location_id (int):
        page (int | Unset):
        count (int | Unset):
        team_member_id (int | Unset):
        client_id (int | Unset):
        created_user_id (int | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        c_start_date (str | Unset):
        c_end_date (str | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):
        include_consumables (int | Unset):
        include_finance_transactions (int | Unset):
        with_deleted (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppointmentListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        page=page,
        count=count,
        team_member_id=team_member_id,
        client_id=client_id,
        created_user_id=created_user_id,
        start_date=start_date,
        end_date=end_date,
        c_start_date=c_start_date,
        c_end_date=c_end_date,
        changed_after=changed_after,
        changed_before=changed_before,
        include_consumables=include_consumables,
        include_finance_transactions=include_finance_transactions,
        with_deleted=with_deleted,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    c_start_date: str | Unset = UNSET,
    c_end_date: str | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    include_consumables: int | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
    with_deleted: bool | Unset = UNSET,
) -> AppointmentListResponse | ErrorResponse | None:
    """Get list of appointments

     #### Appointment filters
    - `staff_id`: team member ID; appointments of that team member
    - `client_id`: client ID; appointments of that client
    - `created_user_id`: user ID; appointments created by that user
    - `start_date`: session start date, inclusive; sessions starting on/after it
    - `end_date`: session end date, inclusive; sessions ending on/before it
    - `c_start_date`: creation date from; appointments created on/after it
    - `c_end_date`: creation date until; appointments created on/before it
    - `changed_after`: appointments created or changed after this date and time
    - `changed_before`: appointments created or changed before this date and time

    Args:
        location_id (int):
        page (int | Unset):
        count (int | Unset):
        team_member_id (int | Unset):
        client_id (int | Unset):
        created_user_id (int | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        c_start_date (str | Unset):
        c_end_date (str | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):
        include_consumables (int | Unset):
        include_finance_transactions (int | Unset):
        with_deleted (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppointmentListResponse | ErrorResponse
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        page=page,
        count=count,
        team_member_id=team_member_id,
        client_id=client_id,
        created_user_id=created_user_id,
        start_date=start_date,
        end_date=end_date,
        c_start_date=c_start_date,
        c_end_date=c_end_date,
        changed_after=changed_after,
        changed_before=changed_before,
        include_consumables=include_consumables,
        include_finance_transactions=include_finance_transactions,
        with_deleted=with_deleted,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    c_start_date: str | Unset = UNSET,
    c_end_date: str | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    include_consumables: int | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
    with_deleted: bool | Unset = UNSET,
) -> Response[AppointmentListResponse | ErrorResponse]:
    """Get list of appointments

     #### Appointment filters
    - `staff_id`: team member ID; appointments of that team member
    - `client_id`: client ID; appointments of that client
    - `created_user_id`: user ID; appointments created by that user
    - `start_date`: session start date, inclusive; sessions starting on/after it
    - `end_date`: session end date, inclusive; sessions ending on/before it
    - `c_start_date`: creation date from; appointments created on/after it
    - `c_end_date`: creation date until; appointments created on/before it
    - `changed_after`: appointments created or changed after this date and time
    - `changed_before`: appointments created or changed before this date and time

    Args:
        location_id (int):
        page (int | Unset):
        count (int | Unset):
        team_member_id (int | Unset):
        client_id (int | Unset):
        created_user_id (int | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        c_start_date (str | Unset):
        c_end_date (str | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):
        include_consumables (int | Unset):
        include_finance_transactions (int | Unset):
        with_deleted (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppointmentListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        page=page,
        count=count,
        team_member_id=team_member_id,
        client_id=client_id,
        created_user_id=created_user_id,
        start_date=start_date,
        end_date=end_date,
        c_start_date=c_start_date,
        c_end_date=c_end_date,
        changed_after=changed_after,
        changed_before=changed_before,
        include_consumables=include_consumables,
        include_finance_transactions=include_finance_transactions,
        with_deleted=with_deleted,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    c_start_date: str | Unset = UNSET,
    c_end_date: str | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    include_consumables: int | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
    with_deleted: bool | Unset = UNSET,
) -> AppointmentListResponse | ErrorResponse | None:
    """Get list of appointments

     #### Appointment filters
    - `staff_id`: team member ID; appointments of that team member
    - `client_id`: client ID; appointments of that client
    - `created_user_id`: user ID; appointments created by that user
    - `start_date`: session start date, inclusive; sessions starting on/after it
    - `end_date`: session end date, inclusive; sessions ending on/before it
    - `c_start_date`: creation date from; appointments created on/after it
    - `c_end_date`: creation date until; appointments created on/before it
    - `changed_after`: appointments created or changed after this date and time
    - `changed_before`: appointments created or changed before this date and time

    Args:
        location_id (int):
        page (int | Unset):
        count (int | Unset):
        team_member_id (int | Unset):
        client_id (int | Unset):
        created_user_id (int | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        c_start_date (str | Unset):
        c_end_date (str | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):
        include_consumables (int | Unset):
        include_finance_transactions (int | Unset):
        with_deleted (bool | Unset):

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
            page=page,
            count=count,
            team_member_id=team_member_id,
            client_id=client_id,
            created_user_id=created_user_id,
            start_date=start_date,
            end_date=end_date,
            c_start_date=c_start_date,
            c_end_date=c_end_date,
            changed_after=changed_after,
            changed_before=changed_before,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
            with_deleted=with_deleted,
        )
    ).parsed
