"""One DEBUG line per HTTP attempt on the ``altegio`` logger, with secrets redacted.

Nothing is logged at INFO or above by default, and no handler is installed: configure
``logging.getLogger("altegio")`` as usual. Headers and bodies are never logged; in the URL,
phone-like path segments and the values of secret query parameters are replaced.

httpx logs every request at INFO (``HTTP Request: GET https://…?phone=%2B1…``) and httpcore
traces connections at DEBUG. A filter on those loggers redacts their records the same way
before any handler sees them, so ``logging.basicConfig(level=logging.DEBUG)`` leaks nothing.
"""

from __future__ import annotations

import logging
import re

import httpx

logger = logging.getLogger("altegio")
logger.addHandler(logging.NullHandler())

# Query parameters whose values are personal or secret: phones, e-mails, logins, codes, a client's name
# (fullname) and free search text (which holds a phone or a name as often as not).
SECRET_PARAMS = frozenset(
    {"phone", "login", "password", "number", "code", "token", "user_token", "email", "fullname", "search", "secret"}
)
_PHONE = r"\+?\d{10,15}"  # a phone number as a path segment carries it
_PHONE_SEGMENT = re.compile(_PHONE)
_REDACTED = "***"


def redacted_url(url: httpx.URL) -> str:
    segments = [_REDACTED if _PHONE_SEGMENT.fullmatch(s) else s for s in url.path.split("/")]
    path = "/".join(segments)
    if not url.query:
        return path
    pairs = [(k, _REDACTED if k.lower().rstrip("[]") in SECRET_PARAMS else v) for k, v in url.params.multi_items()]
    return path + "?" + "&".join(f"{k}={v}" for k, v in pairs)


_CREDENTIALS = re.compile(r"\b(Bearer|User)\s+[^\s,'\"]+")
_NAMES = "|".join(sorted(SECRET_PARAMS))
_SECRET_QUERY = re.compile(rf"([?&](?:{_NAMES})(?:%5B%5D|\[\])?=)[^&\s'\"]*", re.IGNORECASE)
_PHONE_IN_PATH = re.compile(rf"(?<=/){_PHONE}(?=[/?\s'\"]|$)")  # the same, inside a message's text


def redacted_text(text: str) -> str:
    """A log message's text with tokens, secret query values and phone-like path segments replaced."""
    text = _CREDENTIALS.sub(lambda m: f"{m.group(1)} {_REDACTED}", text)
    text = _SECRET_QUERY.sub(lambda m: m.group(1) + _REDACTED, text)
    return _PHONE_IN_PATH.sub(_REDACTED, text)


class RedactingFilter(logging.Filter):
    """Rewrites a record of another library's logger (httpx, httpcore) without its secrets."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_redacted_arg(arg) for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: _redacted_arg(arg) for key, arg in record.args.items()}
        if isinstance(record.msg, str):
            record.msg = redacted_text(record.msg)
        return True


def _redacted_arg(arg: object) -> object:
    if isinstance(arg, httpx.URL):
        return f"{arg.scheme}://{arg.netloc.decode('ascii', 'replace')}{redacted_url(arg)}"
    if isinstance(arg, str | bytes):
        return redacted_text(arg if isinstance(arg, str) else arg.decode("utf-8", "replace"))
    if isinstance(arg, int | float) or arg is None:
        return arg
    return redacted_text(repr(arg) if isinstance(arg, tuple | list | dict) else str(arg))


# httpx and the httpcore loggers it writes through (a filter applies to its own logger only).
FILTERED_LOGGERS = ("httpx", "httpcore", "httpcore.connection", "httpcore.http11", "httpcore.http2", "httpcore.proxy")


def install_filters() -> None:
    for name in FILTERED_LOGGERS:
        target = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in target.filters):
            target.addFilter(RedactingFilter())


install_filters()


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
