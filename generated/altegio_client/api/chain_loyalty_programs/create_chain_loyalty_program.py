from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_chain_loyalty_program_include import (
    CreateChainLoyaltyProgramInclude,
)
from ...models.loyalty_program import LoyaltyProgram
from ...models.loyalty_program_create_request import LoyaltyProgramCreateRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    chain_id: int,
    *,
    body: LoyaltyProgramCreateRequest,
    include: CreateChainLoyaltyProgramInclude | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chain/{chain_id}/loyalty/programs".format(
            chain_id=quote(str(chain_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | LoyaltyProgram | None:
    if response.status_code == 200:
        response_200 = LoyaltyProgram.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | LoyaltyProgram]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    body: LoyaltyProgramCreateRequest,
    include: CreateChainLoyaltyProgramInclude | Unset = UNSET,
) -> Response[Any | LoyaltyProgram]:
    """Create a Chain Promotion

    Args:
        chain_id (int):
        include (CreateChainLoyaltyProgramInclude | Unset):
        body (LoyaltyProgramCreateRequest): Data to create a promotion Example: {'title':
            'Cumulative discount for some services and not for goods', 'type':
            'discount_accumulative_paid', 'service_item_type': 'custom_allowed', 'good_item_type':
            'not_allowed', 'allowed_service_ids': [53, 92], 'allowed_good_ids': [],
            'allowed_good_category_ids': [], 'value_unit': 'percent', 'usage_limit': 0,
            'visit_multiplicity': 0, 'sold_items_multiplicity': 0, 'expiration_timeout': 6,
            'expiration_timeout_unit': 'month', 'expiration_notification_timeout': 7,
            'params_source_type': 'chain', 'history_start_date': '2026-09-21',
            'loyalty_card_type_ids': [51, 29], 'on_changed_notification_template': {'type': 'custom',
            'body': 'Your discount has changed'}, 'on_expiration_notification_template': {'type':
            'big'}, 'rules': [{'parameter': 10, 'value': 2.5, 'service_id': 0}, {'parameter': 30,
            'value': 7.5, 'service_id': 0}], 'company_ids': [49]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LoyaltyProgram]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        body=body,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    body: LoyaltyProgramCreateRequest,
    include: CreateChainLoyaltyProgramInclude | Unset = UNSET,
) -> Any | LoyaltyProgram | None:
    """Create a Chain Promotion

    Args:
        chain_id (int):
        include (CreateChainLoyaltyProgramInclude | Unset):
        body (LoyaltyProgramCreateRequest): Data to create a promotion Example: {'title':
            'Cumulative discount for some services and not for goods', 'type':
            'discount_accumulative_paid', 'service_item_type': 'custom_allowed', 'good_item_type':
            'not_allowed', 'allowed_service_ids': [53, 92], 'allowed_good_ids': [],
            'allowed_good_category_ids': [], 'value_unit': 'percent', 'usage_limit': 0,
            'visit_multiplicity': 0, 'sold_items_multiplicity': 0, 'expiration_timeout': 6,
            'expiration_timeout_unit': 'month', 'expiration_notification_timeout': 7,
            'params_source_type': 'chain', 'history_start_date': '2026-09-21',
            'loyalty_card_type_ids': [51, 29], 'on_changed_notification_template': {'type': 'custom',
            'body': 'Your discount has changed'}, 'on_expiration_notification_template': {'type':
            'big'}, 'rules': [{'parameter': 10, 'value': 2.5, 'service_id': 0}, {'parameter': 30,
            'value': 7.5, 'service_id': 0}], 'company_ids': [49]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LoyaltyProgram
    """

    return sync_detailed(
        chain_id=chain_id,
        client=client,
        body=body,
        include=include,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    body: LoyaltyProgramCreateRequest,
    include: CreateChainLoyaltyProgramInclude | Unset = UNSET,
) -> Response[Any | LoyaltyProgram]:
    """Create a Chain Promotion

    Args:
        chain_id (int):
        include (CreateChainLoyaltyProgramInclude | Unset):
        body (LoyaltyProgramCreateRequest): Data to create a promotion Example: {'title':
            'Cumulative discount for some services and not for goods', 'type':
            'discount_accumulative_paid', 'service_item_type': 'custom_allowed', 'good_item_type':
            'not_allowed', 'allowed_service_ids': [53, 92], 'allowed_good_ids': [],
            'allowed_good_category_ids': [], 'value_unit': 'percent', 'usage_limit': 0,
            'visit_multiplicity': 0, 'sold_items_multiplicity': 0, 'expiration_timeout': 6,
            'expiration_timeout_unit': 'month', 'expiration_notification_timeout': 7,
            'params_source_type': 'chain', 'history_start_date': '2026-09-21',
            'loyalty_card_type_ids': [51, 29], 'on_changed_notification_template': {'type': 'custom',
            'body': 'Your discount has changed'}, 'on_expiration_notification_template': {'type':
            'big'}, 'rules': [{'parameter': 10, 'value': 2.5, 'service_id': 0}, {'parameter': 30,
            'value': 7.5, 'service_id': 0}], 'company_ids': [49]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LoyaltyProgram]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        body=body,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    body: LoyaltyProgramCreateRequest,
    include: CreateChainLoyaltyProgramInclude | Unset = UNSET,
) -> Any | LoyaltyProgram | None:
    """Create a Chain Promotion

    Args:
        chain_id (int):
        include (CreateChainLoyaltyProgramInclude | Unset):
        body (LoyaltyProgramCreateRequest): Data to create a promotion Example: {'title':
            'Cumulative discount for some services and not for goods', 'type':
            'discount_accumulative_paid', 'service_item_type': 'custom_allowed', 'good_item_type':
            'not_allowed', 'allowed_service_ids': [53, 92], 'allowed_good_ids': [],
            'allowed_good_category_ids': [], 'value_unit': 'percent', 'usage_limit': 0,
            'visit_multiplicity': 0, 'sold_items_multiplicity': 0, 'expiration_timeout': 6,
            'expiration_timeout_unit': 'month', 'expiration_notification_timeout': 7,
            'params_source_type': 'chain', 'history_start_date': '2026-09-21',
            'loyalty_card_type_ids': [51, 29], 'on_changed_notification_template': {'type': 'custom',
            'body': 'Your discount has changed'}, 'on_expiration_notification_template': {'type':
            'big'}, 'rules': [{'parameter': 10, 'value': 2.5, 'service_id': 0}, {'parameter': 30,
            'value': 7.5, 'service_id': 0}], 'company_ids': [49]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LoyaltyProgram
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            body=body,
            include=include,
        )
    ).parsed
