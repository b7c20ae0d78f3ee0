"""The API's request limits, enforced on the client side (pyrate-limiter).

Altegio allows 5 requests per second and 200 per minute per IP address. One limiter holds
both rates (a sliding-window log checks them together) and is shared, through a registry, by
every client built for the same host and limits: threads and asyncio tasks, sync and async
clients alike, draw from the same windows.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from pyrate_limiter import InMemoryBucket, Limiter, Rate


@dataclass(frozen=True)
class RateLimit:
    requests: int
    per_seconds: float


ALTEGIO_RATE_LIMITS = (RateLimit(5, 1.0), RateLimit(200, 60.0))

_registry: dict[tuple[str, tuple[RateLimit, ...]], Limiter] = {}
_registry_lock = threading.Lock()


def shared_limiter(host: str, limits: tuple[RateLimit, ...]) -> Limiter | None:
    """The one limiter for this host (host[:port]) and these limits (None when there are no limits)."""
    if not limits:
        return None
    key = (host, tuple(sorted(limits, key=lambda r: r.per_seconds)))
    with _registry_lock:
        limiter = _registry.get(key)
        if limiter is None:
            rates = [Rate(limit.requests, round(limit.per_seconds * 1000)) for limit in key[1]]
            limiter = _registry[key] = Limiter(InMemoryBucket(rates))
        return limiter
