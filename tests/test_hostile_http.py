"""Hostile HTTP: whatever arrives on the socket, the sandbox answers with Stripe's error
envelope (or a normal answer), never a 5xx, never stdlib HTML, and never hangs.

Extends ``tests/test_sandbox_core_malformed.py`` (well-formed HTTP carrying bad
parameters, bodies, paths and header values) below the request pipeline, at the HTTP
layer itself:

- verbs Stripe does not serve (``HEAD``, ``OPTIONS``, ``TRACE``, ``CONNECT``, made-up);
- over-long header lines and request URIs, too many headers, malformed request lines and
  unknown HTTP versions;
- ``Transfer-Encoding: chunked`` bodies (refused with 411 rather than read as empty, which
  would act on a request the client never sent);
- truncated bodies: a client that closes early, or stalls, after promising more bytes than
  it sends -- refused with 400 and never handled as a (truncated) request;
- arbitrary raw bytes as a request (hypothesis);
- a stalled client does not stop the server answering others.

Each answer is read raw from the socket; every error must be JSON with
``error.type``/``error.message`` and a ``Request-Id`` header (when HTTP/1.x framing exists).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from hypothesis import strategies as st

from services.sandbox.server import SandboxServer
from tests.conftest import make_client
from tests.test_reliability_support import variants


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    srv = SandboxServer(seed="empty").start()
    srv.body_timeout_s = 1.0
    try:
        yield srv
    finally:
        srv.stop()


def exchange(srv: SandboxServer, data: bytes, *, half_close: bool = False) -> bytes:
    """Send ``data`` on a fresh connection; everything the server answers until it closes
    (or 10 s pass: a hang fails the caller's checks)."""
    with socket.create_connection(("127.0.0.1", srv.port), timeout=10) as sock:
        sock.sendall(data)
        if half_close:
            sock.shutdown(socket.SHUT_WR)
        out = b""
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                chunk = sock.recv(65536)
            except (TimeoutError, ConnectionResetError):
                break
            if not chunk:
                break
            out += chunk
            if _complete(out):
                break
        return out


def _complete(raw: bytes) -> bool:
    head, sep, body = raw.partition(b"\r\n\r\n")
    if not sep:
        return False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(body) >= int(value.strip())
    return False


def parse(raw: bytes) -> tuple[int | None, dict[str, str], bytes]:
    """(status, headers, body) of an HTTP/1.x answer; (None, {}, raw) for a bare body."""
    if not raw.startswith(b"HTTP/1."):
        return None, {}, raw
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers, body


def assert_stripe_error(raw: bytes, *, status: int | None = None) -> dict[str, str]:
    got, headers, body = parse(raw)
    assert raw, "no answer at all"
    assert b"<html" not in raw.lower(), raw[:300]
    if got is not None:
        assert 400 <= got < 500, raw[:300]
        if status is not None:
            assert got == status, raw[:300]
        assert headers.get("request-id", "").startswith("req_"), headers
        if not body and headers.get("content-length") in (None, "0"):
            return {}
    error = json.loads(body)["error"]
    assert error["type"] == "invalid_request_error"
    assert isinstance(error["message"], str) and error["message"]
    return error


def auth(srv: SandboxServer) -> bytes:
    return f"Authorization: Bearer {srv.api_key}\r\nHost: x\r\n".encode()


@pytest.mark.parametrize("verb", ["OPTIONS", "TRACE", "CONNECT", "PROPFIND", "FOO"])
def test_verbs_stripe_does_not_serve(server: SandboxServer, verb: str) -> None:
    raw = exchange(server, f"{verb} /v1/customers HTTP/1.1\r\n".encode() + auth(server) + b"\r\n")
    assert "Method not allowed" in assert_stripe_error(raw, status=405)["message"]


def test_head_gets_a_status_and_no_body(server: SandboxServer) -> None:
    raw = exchange(server, b"HEAD /v1/customers HTTP/1.1\r\n" + auth(server) + b"\r\n")
    status, _, body = parse(raw)
    assert status == 405 and body == b""


@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        (b"GET /v1/customers HTTP/1.1\r\nX: " + b"a" * 70_000 + b"\r\n\r\n", 431),
        (b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n", 414),
        (
            b"GET /v1/customers HTTP/1.1\r\n"
            + b"".join(b"X-%d: y\r\n" % i for i in range(150))
            + b"\r\n",
            431,
        ),
        (b"GET /v1/customers HTTP/9.9\r\n\r\n", 400),
        (b"GET /v1/customers HTTP/1.1 extra\r\n\r\n", 400),
        (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 tls hello\r\n\r\n", 400),
    ],
    ids=["long-header", "long-uri", "many-headers", "http-9.9", "bad-line", "tls-hello"],
)
def test_broken_http_gets_a_stripe_error(
    server: SandboxServer, request_bytes: bytes, status: int
) -> None:
    assert_stripe_error(exchange(server, request_bytes), status=status)


def test_bare_request_line_gets_json(server: SandboxServer) -> None:
    raw = exchange(server, b"GET\r\n\r\n")
    assert_stripe_error(raw)


def _post(srv: SandboxServer, extra: bytes, body: bytes) -> bytes:
    return (
        b"POST /v1/customers HTTP/1.1\r\n"
        + auth(srv)
        + b"Content-Type: application/x-www-form-urlencoded\r\n"
        + extra
        + b"\r\n"
        + body
    )


def test_chunked_bodies_are_refused_not_read_as_empty(server: SandboxServer) -> None:
    before = len(server.app.applied_writes)
    raw = exchange(
        server, _post(server, b"Transfer-Encoding: chunked\r\n", b"6\r\nname=x\r\n0\r\n\r\n")
    )
    assert "Chunked" in assert_stripe_error(raw, status=411)["message"]
    assert server.app.applied_writes[before:] == []


@pytest.mark.parametrize("half_close", [True, False], ids=["closed-early", "stalled"])
def test_a_truncated_body_is_refused_never_handled(server: SandboxServer, half_close: bool) -> None:
    before = len(server.app.applied_writes)
    started = time.monotonic()
    raw = exchange(
        server, _post(server, b"Content-Length: 100\r\n", b"name=trunc"), half_close=half_close
    )
    error = assert_stripe_error(raw, status=400)
    assert "Content-Length" in error["message"]
    assert time.monotonic() - started < 5
    assert server.app.applied_writes[before:] == []


def test_a_stalled_client_does_not_stop_the_others(server: SandboxServer) -> None:
    stalled = socket.create_connection(("127.0.0.1", server.port), timeout=10)
    try:
        stalled.sendall(b"POST /v1/customers HTTP/1.1\r\nContent-Length: 50\r\n")  # no end
        results: list[int] = []

        def call() -> None:
            resp = make_client(server, max_network_retries=0).raw_request("get", "/v1/customers")
            results.append(resp.code)

        workers = [threading.Thread(target=call) for _ in range(5)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(10)
        assert results == [200] * 5
    finally:
        stalled.close()


_token = st.sampled_from(
    [b"GET", b"POST", b"DELETE", b"PUT", b"FOO", b"/v1/customers", b"/v1/x?y=%zz", b"/",
     b"HTTP/1.1", b"HTTP/1.0", b"HTTP/2", b" ", b"\r\n", b"\n", b":", b"Content-Length: ",
     b"-1", b"9999999999", b"Transfer-Encoding: chunked", b"Authorization: Bearer ",
     b"\x00", b"\xff\xfe", b"name=x&", b"[]", b"%"]
)  # fmt: skip


def _arbitrary_bytes_never_get_html_a_5xx_or_a_hang(
    server: SandboxServer, parts: list[bytes]
) -> None:
    raw = exchange(server, b"".join(parts) + b"\r\n\r\n", half_close=True)
    status, _, body = parse(raw)
    assert b"<html" not in raw.lower(), raw[:300]
    if status is not None:
        assert status < 500, raw[:300]
        if body:
            json.loads(body)
    elif raw:
        json.loads(raw)  # an HTTP/0.9-style answer: the JSON body alone
    # ...and the server still answers a normal request.
    assert make_client(server, max_network_retries=0).raw_request("get", "/v1/account").code == 200


(
    test_arbitrary_bytes_never_get_html_a_5xx_or_a_hang,
    test_arbitrary_bytes_never_get_html_a_5xx_or_a_hang_long,
) = variants(
    _arbitrary_bytes_never_get_html_a_5xx_or_a_hang,
    {"parts": st.lists(st.one_of(_token, st.binary(max_size=12)), max_size=20)},
    examples=200,
    long_examples=3000,
)
