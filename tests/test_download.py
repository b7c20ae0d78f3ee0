"""make download fetches the description from SPEC_URL (a file or a local server here)."""

from __future__ import annotations

import functools
import http.server
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def download(url: str, target: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), "download", f"SPEC_URL={url}", f"SPEC_FILE={target}"],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "bundle.yaml").write_text("openapi: 3.1.1\n", encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as httpd:
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
        httpd.shutdown()


def test_download_from_a_file(tmp_path: Path) -> None:
    source = tmp_path / "published.yaml"
    source.write_text("openapi: 3.1.1\ninfo: {title: Business Management}\n", encoding="utf-8")
    target = tmp_path / "openapi.yaml"
    result = download(source.as_uri(), target)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes() == source.read_bytes()


def test_download_from_a_server(server: str, tmp_path: Path) -> None:
    target = tmp_path / "openapi.yaml"
    assert download(f"{server}/bundle.yaml", target).returncode == 0
    assert target.read_text(encoding="utf-8") == "openapi: 3.1.1\n"


def test_a_failed_download_keeps_the_old_file(server: str, tmp_path: Path) -> None:
    target = tmp_path / "openapi.yaml"
    target.write_text("old", encoding="utf-8")
    result = download(f"{server}/missing.yaml", target)
    assert result.returncode != 0 and "404" in result.stderr
    assert target.read_text(encoding="utf-8") == "old"
