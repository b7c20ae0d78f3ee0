"""No cassette may hold a token, password, phone number, e-mail, client name or gift card code."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import DEFAULTS
from tests.scrubbing import Scrubber, authorization_shape, placeholder, scalar_value, secret_keys_of

CASSETTES = sorted((Path(__file__).parent / "cassette" / "cassettes").rglob("*.yaml"))
# Values that must never be written: the test account's and the published examples' secrets.
KNOWN_SECRETS = (
    DEFAULTS.partner_token,
    DEFAULTS.user_token,
    DEFAULTS.login,
    DEFAULTS.password,
    DEFAULTS.phone,
    "wec23fh8cDfFV4432fc352456",  # the published example user_token
    "+13155550175",  # the published example phone
    "testpass",
)
# 11 or more digits written as a phone number is (not inside a URL path or a file name)
PHONE = re.compile(r"(?<![\w/])\+?\d[\d\- ()]{9,}\d(?![\w.])")
# dates with a time ("2026-10-10 15:30", ISO with an offset) and the service api_id ("00000000042"): no phones
NOT_PHONES = re.compile(r"\d{4}-\d\d-\d\d[T ][\d:.]+([-+]\d\d:\d\d)?|\"api_id\": \"\d+\"")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
AUTHORIZATION = re.compile(r"^Bearer <PARTNER_TOKEN>(, User <USER_TOKEN>)?$")


def secret_values(node: Any) -> list[tuple[str, Any]]:
    """(key, value) pairs under a secret key that hold anything but the placeholder."""
    found: list[tuple[str, Any]] = []
    if isinstance(node, dict):
        secret = secret_keys_of(node)
        for key, value in node.items():
            if key in secret and scalar_value(value) and value != placeholder(secret[key], value):
                found.append((key, value))
            found.extend(secret_values(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(secret_values(value))
    return found


def test_there_are_cassettes() -> None:
    assert len(CASSETTES) >= 520  # 259 operations answered and refused, and the runtime tests' 2


def leaks(text: str) -> list[str]:
    """Everything in a cassette's text that looks like a secret."""
    found = [f"known secret {s[:3]}…" for s in KNOWN_SECRETS if s in text]
    loaded: dict[str, Any] = yaml.load(text, Loader=yaml.CSafeLoader)
    for interaction in loaded["interactions"]:
        request, response = interaction["request"], interaction["response"]
        headers = {k.lower(): v for k, v in request["headers"].items()}
        found += [f"Authorization {v[:12]}…" for v in headers.get("authorization", []) if not AUTHORIZATION.match(v)]
        bodies = [request["body"] or "", response["body"]["string"] or ""]
        for body in [*bodies, request["uri"]]:
            found += [f"phone-like {m[:4]}…" for m in PHONE.findall(NOT_PHONES.sub("", body))]
            found += [f"e-mail-like {m[:3]}…" for m in EMAIL.findall(body)]
        for body in bodies:
            try:
                decoded = json.loads(body)
            except ValueError:
                continue
            found += [f"{key} not scrubbed" for key, _ in secret_values(decoded)]
    return found


@pytest.mark.parametrize("path", CASSETTES, ids=lambda p: p.stem)
def test_cassette_holds_no_secret(path: Path) -> None:
    assert leaks(path.read_text(encoding="utf-8")) == []


def test_the_guard_sees_a_leak() -> None:
    clean = next(
        text
        for text in map(Path.read_text, CASSETTES)
        if '\\"phone\\": \\"<PHONE>\\"' in text or '"phone": "<PHONE>"' in text
    )
    assert leaks(clean) == []
    leaky = [
        clean.replace("<PARTNER_TOKEN>", "a1b2c3d4e5", 1),
        clean.replace("Bearer <PARTNER_TOKEN>", "Bearer x" + DEFAULTS.partner_token, 1),
        clean.replace('"phone": "<PHONE>"', '"phone": "+7 900 123-45-67"', 1),
        clean.replace('"phone": "<PHONE>"', '"phone": "<PHONE>", "surname": "Lee"', 1),  # a person's name
        clean.replace('"phone": "<PHONE>"', '"phone": "<PHONE>", "comment": "ann.lee@example.org"', 1),
    ]
    for text in leaky:
        assert leaks(text) != [], text[:80]
    body = {"success": True, "data": [{"id": 1, "number": "GC-0042"}, {"id": 2, "name": "Haircut"}]}
    assert secret_values(body) == [("number", "GC-0042")]  # a service's name is no person's


def test_the_scrubber_replaces_what_the_guard_looks_for() -> None:
    """The guard above would catch a leak: the scrubber is what keeps it from happening."""
    scrubber = Scrubber({"tok-PARTNER-1": "<PARTNER_TOKEN>", "+79001234567": "<PHONE>"}, "http://127.0.0.1:4010")
    body = scrubber.body(
        json.dumps(
            {
                "data": {"user_token": "abc", "phone": "+79001234567", "number": 888, "code": "GC-7", "name": "Ann"},
                "note": "+79001234567",
            }
        )
    )
    assert isinstance(body, str)
    assert json.loads(body) == {
        "data": {"user_token": "<USER_TOKEN>", "phone": "<PHONE>", "number": 0, "code": "<CODE>", "name": "<NAME>"},
        "note": "<PHONE>",
    }
    assert scrubber.url("http://127.0.0.1:4010/loyalty/certificates?phone=%2B79001234567") == (
        "https://api.alteg.io/api/v1/loyalty/certificates?phone=<PHONE>"
    )
    assert authorization_shape("Bearer abc123, User zzz") == "Bearer <PARTNER_TOKEN>, User <USER_TOKEN>"
