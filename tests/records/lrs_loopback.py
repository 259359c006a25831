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
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from sm_sim.records import LrsClient

LRS_DIR = Path(__file__).resolve().parents[1] / "lrs"
ENTRY = LRS_DIR / "node_modules" / "xapi-statements" / "dist" / "index.js"
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
    if not ENTRY.is_file():
        npm = shutil.which("npm")
        assert npm, "npm is needed to install the loopback LRS (npm ci --prefix tests/lrs)"
        subprocess.run([npm, "ci", "--prefix", str(LRS_DIR), "--no-audit", "--no-fund"],
                       check=True, timeout=600, capture_output=True)
    return ENTRY


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


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
                body = json.dumps(CLIENT).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

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
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()


class LoopbackLrs:
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
        request = urllib.request.Request(self.endpoint + "about",
                                         headers={"X-Experience-API-Version": "1.0.3"})
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise AssertionError(f"the LRS exited: {self.log_tail()}")
            try:
                with urllib.request.urlopen(request, timeout=1) as answer:
                    if answer.status == 200:
                        return
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
