from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_location_list_include_item import GetLocationListIncludeItem
from ...models.location_list_response import LocationListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: int | Unset = UNSET,
    group_id: int | Unset = UNSET,
    my: int | Unset = UNSET,
    active: int | Unset = UNSET,
    for_booking: int | Unset = UNSET,
    show_groups: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    show_bookforms: int | Unset = UNSET,
    min_id: int | Unset = UNSET,
    show_deleted: int | Unset = UNSET,
    hide_record_type_single: int | Unset = UNSET,
    hide_record_type_activity: int | Unset = UNSET,
    hide_record_type_mixed: int | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["group_id"] = group_id

    params["my"] = my

    params["active"] = active

    params["forBooking"] = for_booking

    params["show_groups"] = show_groups

    params["city_id"] = city_id

    params["showBookforms"] = show_bookforms

    params["min_id"] = min_id

    params["show_deleted"] = show_deleted

    params["hide_record_type_single"] = hide_record_type_single

    params["hide_record_type_activity"] = hide_record_type_activity

    params["hide_record_type_mixed"] = hide_record_type_mixed

    params["business_group_id"] = business_group_id

    params["business_type_id"] = business_type_id

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include"] = json_include

    params["count"] = count

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/companies",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LocationListResponse | None:
    if response.status_code == 200:
        response_200 = LocationListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | LocationListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    group_id: int | Unset = UNSET,
    my: int | Unset = UNSET,
    active: int | Unset = UNSET,
    for_booking: int | Unset = UNSET,
    show_groups: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    show_bookforms: int | Unset = UNSET,
    min_id: int | Unset = UNSET,
    show_deleted: int | Unset = UNSET,
    hide_record_type_single: int | Unset = UNSET,
    hide_record_type_activity: int | Unset = UNSET,
    hide_record_type_mixed: int | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[ErrorResponse | LocationListResponse]:
    """Get a list of locations

     Fetch locations together with their data

    Args:
        id (int | Unset):
        group_id (int | Unset):
        my (int | Unset):
        active (int | Unset):
        for_booking (int | Unset):
        show_groups (int | Unset):
        city_id (int | Unset):
        show_bookforms (int | Unset):
        min_id (int | Unset):
        show_deleted (int | Unset):
        hide_record_type_single (int | Unset):
        hide_record_type_activity (int | Unset):
        hide_record_type_mixed (int | Unset):
        business_group_id (int | Unset):
        business_type_id (int | Unset):
        include (list[GetLocationListIncludeItem] | Unset):
        count (int | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LocationListResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        group_id=group_id,
        my=my,
        active=active,
        for_booking=for_booking,
        show_groups=show_groups,
        city_id=city_id,
        show_bookforms=show_bookforms,
        min_id=min_id,
        show_deleted=show_deleted,
        hide_record_type_single=hide_record_type_single,
        hide_record_type_activity=hide_record_type_activity,
        hide_record_type_mixed=hide_record_type_mixed,
        business_group_id=business_group_id,
        business_type_id=business_type_id,
        include=include,
        count=count,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    group_id: int | Unset = UNSET,
    my: int | Unset = UNSET,
    active: int | Unset = UNSET,
    for_booking: int | Unset = UNSET,
    show_groups: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    show_bookforms: int | Unset = UNSET,
    min_id: int | Unset = UNSET,
    show_deleted: int | Unset = UNSET,
    hide_record_type_single: int | Unset = UNSET,
    hide_record_type_activity: int | Unset = UNSET,
    hide_record_type_mixed: int | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> ErrorResponse | LocationListResponse | None:
    """Get a list of locations

     Fetch locations together with their data

    Args:
        id (int | Unset):
        group_id (int | Unset):
        my (int | Unset):
        active (int | Unset):
        for_booking (int | Unset):
        show_groups (int | Unset):
        city_id (int | Unset):
        show_bookforms (int | Unset):
        min_id (int | Unset):
        show_deleted (int | Unset):
        hide_record_type_single (int | Unset):
        hide_record_type_activity (int | Unset):
        hide_record_type_mixed (int | Unset):
        business_group_id (int | Unset):
        business_type_id (int | Unset):
        include (list[GetLocationListIncludeItem] | Unset):
        count (int | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LocationListResponse
    """

    return sync_detailed(
        client=client,
        id=id,
        group_id=group_id,
        my=my,
        active=active,
        for_booking=for_booking,
        show_groups=show_groups,
        city_id=city_id,
        show_bookforms=show_bookforms,
        min_id=min_id,
        show_deleted=show_deleted,
        hide_record_type_single=hide_record_type_single,
        hide_record_type_activity=hide_record_type_activity,
        hide_record_type_mixed=hide_record_type_mixed,
        business_group_id=business_group_id,
        business_type_id=business_type_id,
        include=include,
        count=count,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    group_id: int | Unset = UNSET,
    my: int | Unset = UNSET,
    active: int | Unset = UNSET,
    for_booking: int | Unset = UNSET,
    show_groups: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    show_bookforms: int | Unset = UNSET,
    min_id: int | Unset = UNSET,
    show_deleted: int | Unset = UNSET,
    hide_record_type_single: int | Unset = UNSET,
    hide_record_type_activity: int | Unset = UNSET,
    hide_record_type_mixed: int | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[ErrorResponse | LocationListResponse]:
    """Get a list of locations

     Fetch locations together with their data

    Args:
        id (int | Unset):
        group_id (int | Unset):
        my (int | Unset):
        active (int | Unset):
        for_booking (int | Unset):
        show_groups (int | Unset):
        city_id (int | Unset):
        show_bookforms (int | Unset):
        min_id (int | Unset):
        show_deleted (int | Unset):
        hide_record_type_single (int | Unset):
        hide_record_type_activity (int | Unset):
        hide_record_type_mixed (int | Unset):
        business_group_id (int | Unset):
        business_type_id (int | Unset):
        include (list[GetLocationListIncludeItem] | Unset):
        count (int | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LocationListResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        group_id=group_id,
        my=my,
        active=active,
        for_booking=for_booking,
        show_groups=show_groups,
        city_id=city_id,
        show_bookforms=show_bookforms,
        min_id=min_id,
        show_deleted=show_deleted,
        hide_record_type_single=hide_record_type_single,
        hide_record_type_activity=hide_record_type_activity,
        hide_record_type_mixed=hide_record_type_mixed,
        business_group_id=business_group_id,
        business_type_id=business_type_id,
        include=include,
        count=count,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    group_id: int | Unset = UNSET,
    my: int | Unset = UNSET,
    active: int | Unset = UNSET,
    for_booking: int | Unset = UNSET,
    show_groups: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    show_bookforms: int | Unset = UNSET,
    min_id: int | Unset = UNSET,
    show_deleted: int | Unset = UNSET,
    hide_record_type_single: int | Unset = UNSET,
    hide_record_type_activity: int | Unset = UNSET,
    hide_record_type_mixed: int | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> ErrorResponse | LocationListResponse | None:
    """Get a list of locations

     Fetch locations together with their data

    Args:
        id (int | Unset):
        group_id (int | Unset):
        my (int | Unset):
        active (int | Unset):
        for_booking (int | Unset):
        show_groups (int | Unset):
        city_id (int | Unset):
        show_bookforms (int | Unset):
        min_id (int | Unset):
        show_deleted (int | Unset):
        hide_record_type_single (int | Unset):
        hide_record_type_activity (int | Unset):
        hide_record_type_mixed (int | Unset):
        business_group_id (int | Unset):
        business_type_id (int | Unset):
        include (list[GetLocationListIncludeItem] | Unset):
        count (int | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LocationListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            group_id=group_id,
            my=my,
            active=active,
            for_booking=for_booking,
            show_groups=show_groups,
            city_id=city_id,
            show_bookforms=show_bookforms,
            min_id=min_id,
            show_deleted=show_deleted,
            hide_record_type_single=hide_record_type_single,
            hide_record_type_activity=hide_record_type_activity,
            hide_record_type_mixed=hide_record_type_mixed,
            business_group_id=business_group_id,
            business_type_id=business_type_id,
            include=include,
            count=count,
            page=page,
        )
    ).parsed
