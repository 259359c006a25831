"""A small xAPI 1.0.3 client (standard library only): post statements, read them back.

Every failure becomes an ``LrsError`` with a sentence for a person and a ``kind`` the
outbox acts on: ``auth``, ``server``, ``unreachable`` and ``timeout`` are worth another
try later; ``rejected`` (400) and ``conflict`` (409) are about the statements themselves, and
``changed`` (412) about a document someone else wrote since it was read.
"""

from __future__ import annotations

import base64
import email.utils
import http.client
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import Message
from typing import Any
from urllib import error, parse, request

from ..i18n import N_
from . import strictjson
from .xapi import VERSION


class LrsError(RuntimeError):
    def __init__(self, message: str, kind: str, status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status
        self.retry_after = retry_after  # seconds the LRS asked us to wait (Retry-After)

    @property
    def retry_later(self) -> bool:
        return self.kind in ("auth", "server", "unreachable", "timeout", "unknown")


class LrsClient:
    def __init__(self, endpoint: str, user: str, password: str, timeout: float = 15.0) -> None:
        if not endpoint.startswith(("http://", "https://")):
            raise ValueError(N_("'{endpoint}' is not an LRS address (it should start with "
                                "https://)").format(endpoint=endpoint))
        self.endpoint = endpoint if endpoint.endswith("/") else endpoint + "/"
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self._auth = f"Basic {token}"
        self.timeout = timeout

    @classmethod
    def with_token(cls, endpoint: str, token: str, timeout: float = 15.0) -> LrsClient:
        """A client that sends the token an LMS handed out at a cmi5 launch (cmi5 8.2: in the
        Authorization header, as ``Basic <token>``) instead of a user name and password."""
        client = cls(endpoint, "", "", timeout)
        client._auth = f"Basic {token}"
        return client

    def post_statements(self, statements: list[dict[str, Any]]) -> list[str]:
        """Store ``statements``; the LRS ignores any it already holds unchanged (same id).
        Returns the ids the LRS says it stored (xAPI: one per statement, in order)."""
        body = json.dumps(statements, ensure_ascii=False, allow_nan=False).encode("utf-8")
        answer = self._call("POST", "statements", body)
        return [str(i) for i in answer] if isinstance(answer, list) else []

    def get_statement(self, statement_id: str) -> dict[str, Any] | None:
        """The statement the LRS holds under ``statement_id``, or None."""
        try:
            answer = self._call("GET", "statements?" + parse.urlencode({"statementId": statement_id}))
        except LrsError as err:
            if err.status == 404:
                return None
            raise
        return answer if isinstance(answer, dict) and "id" in answer else None

    def get_statements(self, **params: str) -> Iterator[dict[str, Any]]:
        """Every statement matching the query, following the LRS's ``more`` links."""
        target = "statements?" + parse.urlencode(params)
        while target:
            answer = self._call("GET", target)
            yield from answer.get("statements", [])
            more = answer.get("more") or ""
            target = parse.urljoin(self.endpoint, more) if more else ""

    def get_document(self, resource: str, **params: str) -> Any:
        """A document from the State or the Agent Profile API (``resource`` is
        ``activities/state`` or ``agents/profile``), as parsed JSON; None if there is none."""
        try:
            return self._call("GET", f"{resource}?" + parse.urlencode(params))
        except LrsError as err:
            if err.status == 404:
                return None
            raise

    def get_tagged(self, resource: str, **params: str) -> tuple[Any, str | None]:
        """A document and its ETag (for a later ``put_document``); ``(None, None)`` if there is
        none."""
        try:
            answer, headers = self._call_with_headers(
                "GET", f"{resource}?" + parse.urlencode(params))
        except LrsError as err:
            if err.status == 404:
                return None, None
            raise
        return answer, headers.get("ETag")

    def put_document(self, resource: str, document: Any, etag: str | None, **params: str) -> None:
        """Store a JSON document (xAPI 7.3: Activity Profile or State) in place of the one
        with ``etag`` (``None``: only if there is none yet). An ``LrsError`` of kind
        ``changed`` (412) means someone else wrote it since it was read."""
        body = json.dumps(document, ensure_ascii=False, allow_nan=False).encode("utf-8")
        condition = {"If-None-Match": "*"} if etag is None else {"If-Match": etag}
        self._call_with_headers("PUT", f"{resource}?" + parse.urlencode(params), body, condition)

    def about(self) -> dict[str, Any]:
        return dict(self._call("GET", "about"))

    def _call(self, method: str, target: str, body: bytes | None = None) -> Any:
        return self._call_with_headers(method, target, body)[0]

    def _call_with_headers(self, method: str, target: str, body: bytes | None = None,
                           extra: dict[str, str] | None = None) -> tuple[Any, Message]:
        """One request; a refused password is asked again once, as a 401 can be passing
        (an LRS restarting its auth service), before it is called wrong."""
        try:
            return self._request(method, target, body, extra)
        except LrsError as err:
            if err.kind != "auth":
                raise
        return self._request(method, target, body, extra)

    def _request(self, method: str, target: str, body: bytes | None = None,
                 extra: dict[str, str] | None = None) -> tuple[Any, Message]:
        url = target if target.startswith("http") else parse.urljoin(self.endpoint, target)
        headers = {"X-Experience-API-Version": VERSION, "Authorization": self._auth,
                   "Accept": "application/json", **(extra or {})}
        if body is not None:
            headers["Content-Type"] = "application/json; charset=utf-8"
        req = request.Request(url, data=body, headers=headers, method=method)
        try:
            with request.urlopen(req, timeout=self.timeout) as answer:
                raw = answer.read()
                got = answer.headers
        except error.HTTPError as err:
            raise _http_error(err, self.endpoint) from None
        except TimeoutError:
            raise LrsError(self._no_answer(), "timeout") from None
        except error.URLError as err:  # urllib wraps only what fails before the request is sent
            if isinstance(err.reason, TimeoutError):
                raise LrsError(self._no_answer(), "timeout") from None
            raise LrsError(N_("cannot reach the LRS at {endpoint} ({reason})").format(
                endpoint=self.endpoint, reason=err.reason), "unreachable") from None
        except (OSError, http.client.HTTPException) as err:  # sent; the answer was lost or cut
            raise LrsError(N_("the request reached the LRS at {endpoint} but its answer was "
                              "lost ({error}); whether it was stored is unknown, so it will be "
                              "sent again (the LRS ignores repeats)").format(
                endpoint=self.endpoint, error=type(err).__name__), "unknown") from None
        try:
            return (strictjson.loads(raw.decode("utf-8")) if raw.strip() else None), got
        except (UnicodeDecodeError, ValueError):
            raise LrsError(N_("the LRS at {endpoint} sent an answer that is not JSON").format(
                endpoint=self.endpoint), "server") from None

    def _no_answer(self) -> str:
        return N_("the LRS at {endpoint} did not answer within {seconds} s").format(
            endpoint=self.endpoint, seconds=f"{self.timeout:g}")


def _http_error(err: error.HTTPError, endpoint: str) -> LrsError:
    detail = ""
    try:
        text = err.read().decode("utf-8", "replace")
        detail = str(json.loads(text).get("message", "")) if text.strip().startswith("{") else ""
    except (OSError, ValueError, AttributeError):
        pass
    detail = f": {detail[:200]}" if detail else ""
    status = err.code
    answer = f"{status}{detail}"  # what the LRS said: its status, and its message if it gave one
    if status in (429, 503):
        wait = retry_after(err.headers.get("Retry-After") if err.headers else None)
        busy = N_("the LRS at {endpoint} is busy ({answer}); try again later") if wait is None \
            else N_("the LRS at {endpoint} is busy ({answer}); it asked to wait {seconds} s; "
                    "try again later")
        return LrsError(busy.format(endpoint=endpoint, answer=answer, seconds=f"{wait or 0:g}"),
                        "server", status, wait)
    if status in (401, 403):
        return LrsError(N_("the LRS at {endpoint} refused the user name or password ({answer}); "
                           "check the user name and password").format(endpoint=endpoint,
                                                                      answer=answer),
                        "auth", status)
    if status == 412:
        return LrsError(N_("the document changed on the LRS since it was read ({status}); read it "
                           "again and retry").format(status=status), "changed", status)
    if status == 409:
        return LrsError(N_("the LRS already holds a statement with the same id ({answer})").format(
            answer=answer), "conflict", status)
    if status in (400, 413):
        return LrsError(N_("the LRS rejected the statements ({answer})").format(answer=answer),
                        "rejected", status)
    return LrsError(N_("the LRS at {endpoint} failed ({answer}); try again later").format(
        endpoint=endpoint, answer=f"{status} {err.reason}{detail}"), "server", status)


def retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (a number of seconds or an HTTP date), or None."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - datetime.now(UTC)).total_seconds())
