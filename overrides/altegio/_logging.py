"""One DEBUG line per HTTP attempt on the ``altegio`` logger, with secrets redacted.

Nothing is logged at INFO or above by default, and no handler is installed: configure
``logging.getLogger("altegio")`` as usual. Headers and bodies are never logged; in the URL,
phone-like path segments and the values of secret query parameters are replaced.
"""

from __future__ import annotations

import logging
import re

import httpx

logger = logging.getLogger("altegio")
logger.addHandler(logging.NullHandler())

SECRET_PARAMS = frozenset({"phone", "login", "password", "number", "code", "token", "user_token", "email"})
_PHONE_SEGMENT = re.compile(r"^\+?\d{10,15}$")
_REDACTED = "***"


def redacted_url(url: httpx.URL) -> str:
    segments = [_REDACTED if _PHONE_SEGMENT.match(s) else s for s in url.path.split("/")]
    path = "/".join(segments)
    if not url.query:
        return path
    pairs = [(k, _REDACTED if k.lower().rstrip("[]") in SECRET_PARAMS else v) for k, v in url.params.multi_items()]
    return path + "?" + "&".join(f"{k}={v}" for k, v in pairs)


def log_attempt(operation: str | None, request: httpx.Request, outcome: str, seconds: float, attempt: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s: %s %s -> %s in %.0f ms (attempt %d)",
            operation,
            request.method,
            redacted_url(request.url),
            outcome,
            seconds * 1000,
            attempt,
        )
