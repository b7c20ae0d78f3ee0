"""Defaults, in one place."""

from __future__ import annotations

import httpx

PRODUCTION_URL = "https://api.alteg.io/api/v1"
# The Altegio brand's versioned media type; the YCLIENTS brand (api.yclients.com) wants its own.
ALTEGIO_ACCEPT = "application/vnd.api.v2+json"
YCLIENTS_ACCEPT = "application/vnd.yclients.v2+json"
# The generated client has no timeout at all; httpx's default is 5 s for everything.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
