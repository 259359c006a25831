"""A small cmi5 LMS on loopback, in front of the real loopback LRS (lrs_loopback.py).

It does what cmi5 asks of an LMS before and during a launch, and checks the AU as it goes:
it records ``launched`` in the LRS itself (cmi5 9.3.1), writes ``LMS.LaunchData`` (cmi5 10),
hands out one auth token per launch from a one-time fetch URL (cmi5 8.2), answers the State
and Agent Profile API for the launch, and passes statement requests that carry the token on
to the LRS with its own credentials, as an LMS in front of its LRS does. Learning Locker's
statement service has no State API, so the launch data is this stand-in's; the statements the
tests read back are the real LRS's.
"""

from __future__ import annotations

import json
import secrets
import threading
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from .lrs_loopback import LoopbackLrs, reply

CMI5 = "https://w3id.org/xapi/cmi5"
SESSION_ID = f"{CMI5}/context/extensions/sessionid"
ACTOR = {"objectType": "Agent", "name": "PC Sam Okafor",
         "account": {"homePage": "https://lms.example/people", "name": "learner-4471"}}


@dataclass
class Launch:
    url: str
    registration: str
    session_id: str
    activity_id: str
    publisher_id: str
    token: str
    actor: dict[str, Any]
    launch_data: dict[str, Any]
    fetched: int = 0  # POSTs to this launch's fetch URL


@dataclass
class LoopbackLms:
    lrs: LoopbackLrs
    launches: dict[str, Launch] = field(default_factory=dict)  # by fetch key
    seen: list[str] = field(default_factory=list)  # "METHOD path" of every request
    state_writes: list[str] = field(default_factory=list)  # an AU must never write LaunchData
    refuse_statements: bool = False  # the LMS's statement endpoint fails (500)
    _server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def endpoint(self) -> str:
        return f"{self.base}/xAPI/"

    def launch(self, au_url: str, publisher_id: str, registration: str | None = None,
               mastery: float | None = 0.6, mode: str = "Normal", actor: dict[str, Any] | None = None,
               activity_id: str | None = None) -> Launch:
        """What an LMS does when a learner starts the AU: LaunchData, launched, the URL."""
        registration = registration or str(uuid.uuid4())
        actor = actor or ACTOR
        generated = uuid.uuid5(uuid.NAMESPACE_URL, publisher_id)  # not the publisher id (cmi5 8.1.5)
        activity_id = activity_id or f"https://lms.example/activities/{generated}"
        session = str(uuid.uuid4())
        template = {"contextActivities": {"grouping": [{"objectType": "Activity", "id": publisher_id}]},
                    "extensions": {SESSION_ID: session}}
        data: dict[str, Any] = {"contextTemplate": template, "launchMode": mode, "moveOn": "Passed",
                                "returnURL": "https://lms.example/course/1"}
        if mastery is not None:
            data["masteryScore"] = mastery
        key = secrets.token_hex(8)
        token = secrets.token_urlsafe(12)
        query = urlencode({"endpoint": self.endpoint, "fetch": f"{self.base}/fetch/{key}",
                           "actor": json.dumps(actor), "registration": registration,
                           "activityId": activity_id})
        url = au_url + ("&" if "?" in au_url else "?") + query
        launch = Launch(url, registration, session, activity_id, publisher_id, token, actor, data)
        self.launches[key] = launch
        self._record_launched(launch, au_url)
        return launch

    def _record_launched(self, launch: Launch, au_url: str) -> None:
        extensions = {SESSION_ID: launch.session_id, f"{CMI5}/context/extensions/launchmode":
                      launch.launch_data["launchMode"], f"{CMI5}/context/extensions/launchurl": au_url,
                      f"{CMI5}/context/extensions/moveon": "Passed"}
        if "masteryScore" in launch.launch_data:
            extensions[f"{CMI5}/context/extensions/masteryscore"] = launch.launch_data["masteryScore"]
        context = {"registration": launch.registration, "extensions": extensions,
                   "contextActivities": {
                       "grouping": [{"objectType": "Activity", "id": launch.publisher_id}],
                       "category": [{"objectType": "Activity", "id": f"{CMI5}/context/categories/cmi5"}]}}
        statement = {"id": str(uuid.uuid4()), "actor": launch.actor,
                     "verb": {"id": "http://adlnet.gov/expapi/verbs/launched",
                              "display": {"en-US": "launched"}},
                     "object": {"objectType": "Activity", "id": launch.activity_id},
                     "context": context,
                     "timestamp": datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")}
        self.lrs.client().post_statements([statement])

    # -- serving ----------------------------------------------------------------------------
    def start(self) -> None:
        lms = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                lms.seen.append(f"POST {urlsplit(self.path).path}")
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                path = urlsplit(self.path).path
                if path.startswith("/fetch/"):
                    return self._json(200, lms.fetch(path.removeprefix("/fetch/")))
                return self._xapi(body)

            def do_GET(self) -> None:
                lms.seen.append(f"GET {urlsplit(self.path).path}")
                return self._xapi(None)

            def do_PUT(self) -> None:
                lms.seen.append(f"PUT {urlsplit(self.path).path}")
                return self._xapi(self.rfile.read(int(self.headers.get("Content-Length", 0))))

            def _xapi(self, body: bytes | None) -> None:
                parts = urlsplit(self.path)
                launch = lms.by_token(self.headers.get("Authorization", ""))
                if launch is None:
                    return self._json(401, {"message": "no valid cmi5 auth token"})
                resource = parts.path.removeprefix("/xAPI/")
                if resource == "activities/state":
                    return self._state(launch, parse_qs(parts.query), body)
                if resource == "agents/profile":
                    return self._json(404, {"message": "no preferences"})
                if resource == "statements":
                    return self._statements(parts.query, body)
                return self._json(404, {"message": f"not here: {resource}"})

            def _state(self, launch: Launch, query: dict[str, list[str]], body: bytes | None) -> None:
                if self.command != "GET":
                    lms.state_writes.append(f"{self.command} {query.get('stateId')}")
                    return self._json(403, {"message": "the AU may not change the launch data"})
                wanted = {"stateId": ["LMS.LaunchData"], "activityId": [launch.activity_id],
                          "registration": [launch.registration]}
                if any(query.get(k) != v for k, v in wanted.items()) or \
                        json.loads(query.get("agent", ["{}"])[0]) != launch.actor:
                    return self._json(404, {"message": "no such state document"})
                return self._json(200, launch.launch_data)

            def _statements(self, query: str, body: bytes | None) -> None:
                if lms.refuse_statements:
                    return self._json(500, {"message": "the LMS is having a bad day"})
                target = lms.lrs.endpoint + "statements" + (f"?{query}" if query else "")
                headers = {"Authorization": lms.lrs.client()._auth,
                           "X-Experience-API-Version": self.headers.get("X-Experience-API-Version", "1.0.3"),
                           "Content-Type": self.headers.get("Content-Type", "application/json")}
                request = urllib.request.Request(target, data=body, headers=headers, method=self.command)
                try:
                    with urllib.request.urlopen(request, timeout=10) as answer:
                        status, raw = answer.status, answer.read()
                except urllib.error.HTTPError as err:
                    status, raw = err.code, err.read()
                reply(self, status, raw, {"Content-Type": "application/json"})

            def _json(self, status: int, value: Any) -> None:
                reply(self, status, json.dumps(value).encode(), {"Content-Type": "application/json"})

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def fetch(self, key: str) -> dict[str, str]:
        launch = self.launches.get(key)
        if launch is None:
            return {"error-code": "2", "error-text": "unknown fetch URL"}
        launch.fetched += 1
        if launch.fetched > 1:
            return {"error-code": "1", "error-text": "The authorization token has already been returned."}
        return {"auth-token": launch.token}

    def by_token(self, header: str) -> Launch | None:
        for launch in self.launches.values():
            if launch.fetched and header == f"Basic {launch.token}":
                return launch
        return None

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
