"""What a cassette may hold: secrets and personal data replaced as the cassette is written.

Two passes, applied to every recorded request and response:
1. exact values: the tokens, login, password and phone in use (from the environment when
   recording live, the test defaults otherwise) become fixed placeholders, and the recording
   server's address becomes the production base URL, so cassettes recorded against the mock
   or the live API replay the same way;
2. keys: whatever text or number the server sends under a secret key (user_token, phones,
   e-mails, login, the gift card, membership or client card ``number``/``card``) is replaced (text by
   its placeholder, a number by 0, so the value keeps its JSON type), and
   so are the names of a person record (an object with a phone or an e-mail: a client, a user).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, quote_plus

from altegio import PRODUCTION_URL

SECRET_KEYS = {
    "user_token": "<USER_TOKEN>",
    "password": "REDACTED-PASSWORD",
    "login": "<LOGIN>",
    "email": "<EMAIL>",
    "phone": "<PHONE>",
    "phones": ["<PHONE>"],
    "number": "<CODE>",  # gift card, membership and loyalty card codes work like bearer credentials
    "code": "<CODE>",  # a freshly generated gift card or membership code
    "loyalty_card_number": "<CODE>",
    "card": "<CODE>",  # a client's discount card number
    "referrer_phone": "<PHONE>",
    "client_phone": "<PHONE>",
    "phone_number": "<PHONE>",
    "user_phone": "<PHONE>",
    "dop-telephone": "<PHONE>",
    "client_email": "<EMAIL>",
    "user_email": "<EMAIL>",
    "client_name": "<NAME>",
    "user_name": "<NAME>",
    "search": "<SEARCH>",  # whom an invitation looks for: an e-mail, a phone or a name
}
# The names of a person record (an object that also holds a phone or an e-mail).
PERSON_KEYS = {"name": "<NAME>", "surname": "<NAME>", "middle_name": "<NAME>", "firstname": "<NAME>"}
PERSON_MARKS = ("phone", "email", "phones")
PRODUCTION_HOST = PRODUCTION_URL.split("/")[2]


class Scrubber:
    def __init__(
        self,
        secrets: Mapping[str, str],
        recorded_base_url: str | None = None,
        ids: Mapping[str, str] | None = None,
    ) -> None:
        # longest first, so that a value inside another is not replaced half-way
        self._values = sorted(((v, p) for v, p in secrets.items() if v), key=lambda vp: -len(vp[0]))
        self._base = recorded_base_url.rstrip("/") if recorded_base_url else None
        # ids of a live account, mapped to the test defaults (whole path segments and query values)
        self._ids = [(re.compile(rf"(?<=[/=]){re.escape(v)}(?=[/&?]|$)"), d) for v, d in (ids or {}).items() if v != d]

    def text(self, text: str) -> str:
        for value, placeholder in self._values:
            for form in {value, quote(value, safe=""), quote_plus(value)}:
                text = text.replace(form, placeholder)
        return text

    def url(self, url: str) -> str:
        if self._base and url.startswith(self._base):
            url = PRODUCTION_URL + url[len(self._base) :]
        for pattern, default in self._ids:
            url = pattern.sub(default, url)
        return self.text(url)

    def body(self, raw: bytes | str | None) -> bytes | str | None:
        if not raw:
            return raw
        text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
        try:
            scrubbed = json.dumps(scrub_keys(json.loads(text)))
        except ValueError:
            scrubbed = text
        scrubbed = self.text(scrubbed)
        return scrubbed.encode() if isinstance(raw, bytes) else scrubbed

    def request(self, request: Any) -> Any:
        request.uri = self.url(request.uri)
        auth = request.headers.get("Authorization") or request.headers.get("authorization")
        for name in ("Authorization", "authorization"):
            request.headers.pop(name, None)
        if auth:
            request.headers["Authorization"] = authorization_shape(auth)
        for name in ("host", "Host"):
            if name in request.headers:
                request.headers[name] = PRODUCTION_HOST
        request.body = self.body(request.body)
        return request

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        response["body"]["string"] = self.body(response["body"]["string"])
        headers = response.get("headers", {})
        for name in list(headers):
            if name.lower() in ("set-cookie", "content-length", "date"):
                del headers[name]
        return response


def secret_keys_of(node: dict[str, Any]) -> dict[str, Any]:
    """The placeholders for the keys of one object that hold secrets: SECRET_KEYS, and the person keys
    of a person record."""
    if any(mark in node for mark in PERSON_MARKS):
        return {**SECRET_KEYS, **PERSON_KEYS}
    return SECRET_KEYS


def scalar_value(value: Any) -> bool:
    """Text or a number (or a list of them): what a secret key holds; objects under such a key are walked."""
    if isinstance(value, list):
        return bool(value) and all(scalar_value(v) for v in value)
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def placeholder(secret: Any, value: Any) -> Any:
    """What a secret value becomes: its text placeholder, or 0 for a number (the field keeps its JSON type:
    the models validate it, and a document ``number`` or an ``email`` flag is declared an integer)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return 0
    if isinstance(value, list) and isinstance(secret, list):
        return [placeholder(secret[0], v) for v in value]
    return secret


def scrub_keys(node: Any) -> Any:
    if isinstance(node, dict):
        secret = secret_keys_of(node)
        return {
            k: placeholder(secret[k], v) if k in secret and scalar_value(v) else scrub_keys(v) for k, v in node.items()
        }
    if isinstance(node, list):
        return [scrub_keys(v) for v in node]
    return node


def authorization_shape(value: str) -> str:
    """Keep the shape of the header (which tokens were sent), never the tokens."""
    shape = re.sub(r"Bearer\s+[^,\s]+", "Bearer <PARTNER_TOKEN>", value)
    return re.sub(r"User\s+[^,\s]+", "User <USER_TOKEN>", shape)
