from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_company_companyid_service_categories_response_200_data_types import (
    RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypes,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    id: int,
    *,
    staff_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["staff_id"] = staff_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/service_categories/{id}".format(
            location_id=quote(str(location_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypes.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypes]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    staff_id: int | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypes]:
    """Get a list of service categories

     + Options
        + company_id (required, number): ID of the location
        + id (optional, number): service category ID, to address one category
        + staff_id (optional, number): team member ID, to get the categories tied to that team member

    Args:
        location_id (int):
        id (int):
        staff_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        id=id,
        staff_id=staff_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    staff_id: int | Unset = UNSET,
) -> ErrorResponse | RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypes | None:
    """Get a list of service categories

     + Options
        + company_id (required, number): ID of the location
        + id (optional, number): service category ID, to address one category
        + staff_id (optional, number): team member ID, to get the categories tied to that team member

    Args:
        location_id (int):
        id (int):
        staff_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypes
    """

    return sync_detailed(
        location_id=location_id,
        id=id,
        client=client,
        staff_id=staff_id,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    staff_id: int | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypes]:
    """Get a list of service categories

     + Options
        + company_id (required, number): ID of the location
        + id (optional, number): service category ID, to address one category
        + staff_id (optional, number): team member ID, to get the categories tied to that team member

    Args:
        location_id (int):
        id (int):
        staff_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        id=id,
        staff_id=staff_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    staff_id: int | Unset = UNSET,
) -> ErrorResponse | RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypes | None:
    """Get a list of service categories

     + Options
        + company_id (required, number): ID of the location
        + id (optional, number): service category ID, to address one category
        + staff_id (optional, number): team member ID, to get the categories tied to that team member

    Args:
        location_id (int):
        id (int):
        staff_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            id=id,
            client=client,
            staff_id=staff_id,
        )
    ).parsed
