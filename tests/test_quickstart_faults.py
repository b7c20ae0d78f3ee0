"""examples/quickstart.py end to end against the published examples, with faults injected."""

from __future__ import annotations

import copy
import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

import altegio._transport
from tests.test_published_examples import CALLS, example_of, route

ROOT = Path(__file__).resolve().parent.parent
OPERATIONS = ["authorize_user", *CALLS]
Body = Callable[[str, Any], Any]


def quickstart() -> ModuleType:
    spec = importlib.util.spec_from_file_location("quickstart", ROOT / "examples" / "quickstart.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class FakeApi:
    """Answers every operation with its published example; the first GET gets ``first`` instead."""

    def __init__(self, first: httpx.Response | None = None, body: Body = lambda op, example: example) -> None:
        self.first, self.body = first, body
        self.seen: list[tuple[str, str]] = []
        self.routes = [(op, *route(op)) for op in OPERATIONS]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        for op, method, path in self.routes:
            if request.method == method and path.fullmatch(request.url.path):
                self.seen.append((op, request.method))
                if self.first is not None and request.method == "GET":
                    first, self.first = self.first, None
                    return first
                status = 201 if op == "authorize_user" else 200
                body = self.body(op, copy.deepcopy(example_of(op, status)))
                return httpx.Response(status, content=json.dumps(body).encode())
        return httpx.Response(404, json={"success": False, "meta": {"message": f"no route {request.url.path}"}})


def run(api: FakeApi, capsys: pytest.CaptureFixture[str], **options: Any) -> list[str]:
    quickstart().run("https://api.alteg.io/api/v1", transport=httpx.MockTransport(api), **options)
    lines = capsys.readouterr().out.splitlines()
    assert sorted(line.split()[0] for line in lines) == sorted(OPERATIONS)
    assert {op for op, _ in api.seen} == set(OPERATIONS)
    return lines


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    pauses: list[float] = []
    monkeypatch.setattr(altegio._transport, "_pause", pauses.append)
    return pauses


def test_quickstart_calls_all_twelve_operations_under_the_real_rate_limits(capsys: pytest.CaptureFixture[str]) -> None:
    lines = run(FakeApi(), capsys)
    assert "logged in as James Smith" in lines[0]
    assert "get_user_gift_cards              1 gift card(s): #409726 balance 9000 (activated)" in lines


def test_first_get_answered_429_with_retry_after(capsys: pytest.CaptureFixture[str], waits: list[float]) -> None:
    api = FakeApi(
        httpx.Response(429, headers={"Retry-After": "1"}, json={"success": False, "meta": {"message": "Too many"}})
    )
    run(api, capsys, rate_limits=())
    assert waits == [1.0]
    assert api.seen[1] == api.seen[2] == ("get_user_gift_cards", "GET")


def test_first_get_answered_with_an_html_502(capsys: pytest.CaptureFixture[str], waits: list[float]) -> None:
    page = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    api = FakeApi(httpx.Response(502, content=page, headers={"content-type": "text/html"}))
    run(api, capsys, rate_limits=())
    assert len(waits) == 1


def surprising(op: str, example: Any) -> Any:
    """String decimals, null dates, unknown fields and unknown status ids in every list item."""
    items = example.get("data") if isinstance(example, dict) else None
    for item in items if isinstance(items, list) else []:
        item["unexpected_field"] = {"added": "later"}
        for key in ("balance", "default_balance"):
            if isinstance(item.get(key), int):
                item[key] = f"{item[key]}.00"
        for key in ("expiration_date", "activated_date"):
            if key in item:
                item[key] = None
        if isinstance(item.get("status"), dict):
            item["status"]["id"] = 4242
    return example


def test_list_items_with_string_decimals_null_dates_unknown_fields_and_ids(
    capsys: pytest.CaptureFixture[str],
) -> None:
    lines = run(FakeApi(body=surprising), capsys, rate_limits=())
    assert any("balance 9000.00 (activated)" in line for line in lines)


def test_quickstart_exits_non_zero_and_prints_no_secret_on_failure(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALTEGIO_BASE_URL", "http://127.0.0.1:9/api/v1")  # nothing listens there
    monkeypatch.setenv("ALTEGIO_PASSWORD", "s3cret-pass")
    monkeypatch.setattr(altegio._transport, "_pause", lambda seconds: None)
    assert quickstart().main([]) == 1
    captured = capsys.readouterr()
    assert "APIConnectionError" in captured.err and "s3cret-pass" not in captured.out + captured.err
