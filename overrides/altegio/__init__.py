"""Typed client for the Altegio B2B API v1, around the generated ``altegio_client`` package.

from altegio import Altegio

with Altegio(partner_token) as partner:
    user = partner.login(login, password)
    cards = user.data(get_client_gift_cards.sync_detailed, company_id=1, phone="+13155550175")
"""

from ._auth import AltegioAuth
from ._client import Altegio, AsyncAltegio
from ._config import ALTEGIO_ACCEPT, DEFAULT_TIMEOUT, PRODUCTION_URL, YCLIENTS_ACCEPT
from ._exceptions import (
    AltegioError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DecodeError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TransportError,
    TwoFactorChallenge,
    TwoFactorRequired,
    UnsuccessfulResponse,
    UserTokenInvalid,
    UserTokenRequired,
    ValidationError,
)
from ._limits import ALTEGIO_RATE_LIMITS, RateLimit
from ._retry import NO_RETRIES, RetryPolicy
from ._user import LoggedInUser

__all__ = [
    "ALTEGIO_ACCEPT",
    "ALTEGIO_RATE_LIMITS",
    "DEFAULT_TIMEOUT",
    "NO_RETRIES",
    "PRODUCTION_URL",
    "YCLIENTS_ACCEPT",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "Altegio",
    "AltegioAuth",
    "AltegioError",
    "AsyncAltegio",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DecodeError",
    "LoggedInUser",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "TransportError",
    "TwoFactorChallenge",
    "TwoFactorRequired",
    "UnsuccessfulResponse",
    "UserTokenInvalid",
    "UserTokenRequired",
    "ValidationError",
]
