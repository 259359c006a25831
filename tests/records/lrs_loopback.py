"""A real xAPI LRS on loopback for the tests: Learning Locker's statement service
(``xapi-statements`` 5.0.1 from npm, in-memory), forced onto 127.0.0.1 by a ``node -r``
preload, with its credentials checked by a tiny loopback auth endpoint (``AUTH_REPO=fetch``).

The auth endpoint doubles as the fault switch: it can refuse (the LRS answers 401), fail
(the LRS answers 500) or hold a request (the client times out, or the LRS is stopped while
the request is in flight).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from sm_sim.records import LrsClient

LRS_DIR = Path(__file__).resolve().parents[1] / "lrs"
ENTRY = LRS_DIR / "node_modules" / "xapi-statements" / "dist" / "index.js"
DOCUMENTS = LRS_DIR / "node_modules" / "xapi-activities" / "dist" / "index.js"
PRELOAD = LRS_DIR / "loopback.js"
CLIENT = {"_id": "5988f0f00000000000000002", "title": "sm-sim tests",
          "organisation": "5988f0f00000000000000000", "lrs_id": "5988f0f00000000000000001",
          "authority": {"objectType": "Agent", "mbox": "mailto:lrs@example.org"},
          "isTrusted": True, "scopes": ["all"]}


def lrs_entry() -> Path:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: the loopback LRS (Learning Locker's xapi-statements) "
                    "needs Node.js 20")
    if not (ENTRY.is_file() and DOCUMENTS.is_file()):
        npm = shutil.which("npm")
        assert npm, "npm is needed to install the loopback LRS (npm ci --prefix tests/lrs)"
        subprocess.run([npm, "ci", "--prefix", str(LRS_DIR), "--no-audit", "--no-fund"],
                       check=True, timeout=600, capture_output=True)
    return ENTRY


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def reply(handler: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict[str, str]) -> None:
    handler.send_response(status)
    for key, value in headers.items():
        handler.send_header(key, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def serve(handler: type[BaseHTTPRequestHandler]) -> ThreadingHTTPServer:
    """A loopback HTTP server on a free port, answering in a thread of its own."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def shut(server: ThreadingHTTPServer | None) -> None:
    if server is not None:
        server.shutdown()
        server.server_close()


class AuthGate:
    """The LRS's client-info endpoint: 200 with client JSON for the right basic credentials,
    404 (the LRS then answers 401) for wrong ones; ``failing`` makes it 500; ``allow`` lets that
    many requests through and then holds the rest until ``release``."""

    def __init__(self, user: str, password: str) -> None:
        self.token = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        self.user, self.password = user, password
        self.failing = False
        self.allow: int | None = None
        self.held = threading.Event()
        self.release = threading.Event()
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/client"

    def start(self) -> None:
        gate = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                code = gate.answer(self.headers.get("Authorization", ""))
                reply(self, code, json.dumps(CLIENT).encode(), {"Content-Type": "application/json"})

            def log_message(self, *args: Any) -> None:
                pass

        self._server = serve(Handler)

    def answer(self, token: str) -> int:
        if self.failing:
            return 500
        if token != self.token:
            return 404
        with self._lock:
            hold = self.allow is not None and self.allow <= 0
            if self.allow is not None and self.allow > 0:
                self.allow -= 1
        if hold:
            self.held.set()
            self.release.wait(20)
        return 200

    def open(self) -> None:
        self.allow, self.failing = None, False
        self.release.set()

    def stop(self) -> None:
        self.release.set()
        shut(self._server)


class LoopbackLrs:
    ready = "about"  # what answers once the service listens

    def __init__(self, entry: Path, workdir: Path, gate: AuthGate) -> None:
        self.entry, self.workdir, self.gate = entry, workdir, gate
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI/"

    def start(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "AUTH_REPO": "fetch", "LL_CLIENT_INFO_ENDPOINT": self.gate.url,
               "EVENTS_REPO": "test", "MODELS_REPO": "memory", "STORAGE_REPO": "local",
               "SERVICE_AWAIT_UPDATES": "true", "EXPRESS_PORT": str(self.port),
               "WINSTON_CONSOLE_LEVEL": "warn"}
        log = open(self.workdir / "lrs.log", "ab")  # noqa: SIM115 - the child writes to it
        self.process = subprocess.Popen(["node", "-r", str(PRELOAD), str(self.entry)],
                                        cwd=self.workdir, env=env, stdout=log,
                                        stderr=subprocess.STDOUT)
        log.close()
        self._wait_ready()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + 30
        request = urllib.request.Request(self.endpoint + self.ready,
                                         headers={"X-Experience-API-Version": "1.0.3",
                                                  "Authorization": self.gate.token})
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise AssertionError(f"the LRS exited: {self.log_tail()}")
            try:
                with urllib.request.urlopen(request, timeout=1) as answer:
                    if answer.status == 200:
                        return
            except urllib.error.HTTPError as err:
                if err.code == 404:  # listening; the document asked for is not there
                    return
                time.sleep(0.05)
            except OSError:
                time.sleep(0.05)  # polling the child until it listens
        raise AssertionError(f"the LRS did not start in 30 s: {self.log_tail()}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def log_tail(self) -> str:
        try:
            return (self.workdir / "lrs.log").read_text(errors="replace")[-2000:]
        except OSError:
            return "(no log)"

    def client(self, password: str | None = None, timeout: float = 10.0) -> LrsClient:
        return LrsClient(self.endpoint, self.gate.user,
                         self.gate.password if password is None else password, timeout)

    def statements(self, **params: str) -> list[dict[str, Any]]:
        return list(self.client().get_statements(**params))


class LoopbackFront:
    """A loopback server in front of the LRS, with the LRS's credentials."""

    def __init__(self, gate: AuthGate) -> None:
        self.gate = gate
        self._server: ThreadingHTTPServer | None = None

    @property
    def endpoint(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/xAPI/"

    def client(self, timeout: float = 10.0) -> LrsClient:
        return LrsClient(self.endpoint, self.gate.user, self.gate.password, timeout)

    def stop(self) -> None:
        shut(self._server)


class FaultyProxy(LoopbackFront):
    """A loopback proxy in front of the LRS that fails on a schedule: each statement POST
    takes the next fault from ``schedule`` (``None`` or an empty schedule: pass it through).

    ``"empty"``     answer 200 ``[]`` without storing anything
    ``"cut"``       store, then send a reply shorter than its Content-Length (IncompleteRead)
    ``"lost"``      store, then close the connection without answering
    ``"conflict"``  store, then answer 409 (as an LRS may to an exact repeat)
    ``"busy:N"``    answer 503 with ``Retry-After: N`` without storing
    ``"401"``       answer 401 without storing
    """

    def __init__(self, lrs: LoopbackLrs) -> None:
        super().__init__(lrs.gate)
        self.lrs = lrs
        self.schedule: list[str | None] = []
        self.seen: list[str] = []  # "METHOD path" of every request, in order

    def start(self) -> None:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                proxy.seen.append(f"GET {self.path}")
                self._relay(self._forward())

            def do_POST(self) -> None:
                proxy.seen.append(f"POST {self.path}")
                fault = proxy.schedule.pop(0) if proxy.schedule else None
                if fault == "empty":
                    self._read_body()
                    return self._answer(200, b"[]")
                if fault == "401":
                    self._read_body()
                    return self._answer(401, b'{"message": "unauthorised"}')
                if fault and fault.startswith("busy:"):
                    self._read_body()
                    return self._answer(503, b"{}", {"Retry-After": fault.split(":", 1)[1]})
                status, headers, body = self._forward()
                if fault == "lost":
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return None
                if fault == "cut":
                    self.send_response(status)
                    self.send_header("Content-Length", str(len(body) + 40))
                    self.end_headers()
                    self.wfile.write(body[: len(body) // 2])
                    self.close_connection = True
                    return None
                if fault == "conflict":
                    return self._answer(409, b'{"message": "conflict"}')
                return self._relay((status, headers, body))

            def _read_body(self) -> bytes:
                return self.rfile.read(int(self.headers.get("Content-Length", 0)))

            def _forward(self) -> tuple[int, dict[str, str], bytes]:
                body = self._read_body() if self.command == "POST" else None
                target = proxy.lrs.endpoint.rstrip("/").rsplit("/xAPI", 1)[0] + self.path
                headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
                request = urllib.request.Request(target, data=body, headers=headers,
                                                 method=self.command)
                try:
                    with urllib.request.urlopen(request, timeout=10) as answer:
                        return answer.status, dict(answer.headers), answer.read()
                except urllib.error.HTTPError as err:
                    return err.code, dict(err.headers), err.read()

            def _relay(self, answer: tuple[int, dict[str, str], bytes]) -> None:
                status, headers, body = answer
                self._answer(status, body, {"Content-Type": headers.get("Content-Type",
                                                                        "application/json")})

            def _answer(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
                reply(self, status, body, headers or {})

            def log_message(self, *args: Any) -> None:
                pass

        self._server = serve(Handler)


def forward(handler: BaseHTTPRequestHandler, endpoint: str) -> None:
    """Pass the request ``handler`` holds to the LRS service at ``endpoint`` and its answer
    back (with the headers a client reads: type, ETag, xAPI version)."""
    body = handler.rfile.read(int(handler.headers.get("Content-Length", 0) or 0))
    target = endpoint.rsplit("/xAPI/", 1)[0] + handler.path
    headers = {k: v for k, v in handler.headers.items() if k.lower() != "host"}
    request = urllib.request.Request(target, data=body or None, headers=headers,
                                     method=handler.command)
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            status, got, raw = answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as err:
        status, got, raw = err.code, dict(err.headers), err.read()
    reply(handler, status, raw, {k: v for k, v in got.items()
                                 if k.lower() in ("content-type", "etag", "x-experience-api-version")})


class LoopbackDocuments(LoopbackLrs):
    """Learning Locker's Activity Profile service (``xapi-activities`` 3.0.6, in-memory), the
    document API a classroom session's settings and controls live in."""

    ready = "activities/profile?activityId=https%3A%2F%2Fready.invalid&profileId=ready"


class LoopbackSchoolLrs(LoopbackFront):
    """One LRS address in front of both services, as a school's LRS has them: the Activity
    Profile API goes to the documents service, everything else to the statement service."""

    def __init__(self, statements: LoopbackLrs, documents: LoopbackDocuments) -> None:
        super().__init__(statements.gate)
        self.statements_service, self.documents = statements, documents

    def statements(self, **params: str) -> list[dict[str, Any]]:
        return list(self.client().get_statements(**params))

    def start(self) -> None:
        school = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _route(self) -> None:
                service = (school.documents if self.path.startswith("/xAPI/activities/profile")
                           else school.statements_service)
                forward(self, service.endpoint)

            do_GET = do_POST = do_PUT = do_DELETE = _route

            def log_message(self, *args: Any) -> None:
                pass

        self._server = serve(Handler)


class Cable:
    """A network cable between one laptop and the LRS that can be pulled out: while it is
    out, every request is refused at once (as with no network)."""

    def __init__(self, school: LoopbackSchoolLrs) -> None:
        cable = self
        self.connected = True

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _pass(self) -> None:
                if cable.connected:
                    return forward(self, school.endpoint)
                self.rfile.read(int(self.headers.get("Content-Length", 0) or 0))
                self.close_connection = True
                return reply(self, 503, b"{}", {})  # no route to the LRS: try later

            do_GET = do_POST = do_PUT = _pass

            def log_message(self, *args: Any) -> None:
                pass

        self.server = serve(Handler)

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/xAPI/"

    def client(self, school: LoopbackSchoolLrs) -> LrsClient:
        return LrsClient(self.endpoint, school.gate.user, school.gate.password, 10)

    def stop(self) -> None:
        shut(self.server)


@contextmanager
def running_school(folder: Path) -> Iterator[LoopbackSchoolLrs]:
    """A whole school's LRS on loopback for a script (the tests use the fixtures): started in
    ``folder``, stopped after."""
    gate = AuthGate("trainer", "s3cret")
    gate.start()
    statements = LoopbackLrs(lrs_entry(), folder / "lrs", gate)
    statements.start()
    documents = LoopbackDocuments(DOCUMENTS, folder / "documents", gate)
    documents.start()
    school = LoopbackSchoolLrs(statements, documents)
    school.start()
    try:
        yield school
    finally:
        school.stop()
        documents.stop()
        statements.stop()
        gate.stop()
