"""A small xAPI 1.0.3 client (standard library only): post statements, read them back.

Every failure becomes an ``LrsError`` with a sentence for a person and a ``kind`` the
outbox acts on: ``auth``, ``server``, ``unreachable`` and ``timeout`` are worth another
try later; ``rejected`` (400) and ``conflict`` (409) are about the statements themselves.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any
from urllib import error, parse, request

from .xapi import VERSION


class LrsError(RuntimeError):
    def __init__(self, message: str, kind: str, status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status

    @property
    def retry_later(self) -> bool:
        return self.kind in ("auth", "server", "unreachable", "timeout")


class LrsClient:
    def __init__(self, endpoint: str, user: str, password: str, timeout: float = 15.0) -> None:
        if not endpoint.startswith(("http://", "https://")):
            raise ValueError(f"'{endpoint}' is not an LRS address (it should start with https://)")
        self.endpoint = endpoint if endpoint.endswith("/") else endpoint + "/"
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self._auth = f"Basic {token}"
        self.timeout = timeout

    def post_statements(self, statements: list[dict[str, Any]]) -> list[str]:
        """Store ``statements``; the LRS ignores any it already holds unchanged (same id)."""
        body = json.dumps(statements, ensure_ascii=False).encode("utf-8")
        answer = self._call("POST", "statements", body)
        return [str(i) for i in answer] if isinstance(answer, list) else []

    def get_statements(self, **params: str) -> Iterator[dict[str, Any]]:
        """Every statement matching the query, following the LRS's ``more`` links."""
        target = "statements?" + parse.urlencode(params)
        while target:
            answer = self._call("GET", target)
            yield from answer.get("statements", [])
            more = answer.get("more") or ""
            target = parse.urljoin(self.endpoint, more) if more else ""

    def about(self) -> dict[str, Any]:
        return dict(self._call("GET", "about"))

    def _call(self, method: str, target: str, body: bytes | None = None) -> Any:
        url = target if target.startswith("http") else parse.urljoin(self.endpoint, target)
        headers = {"X-Experience-API-Version": VERSION, "Authorization": self._auth,
                   "Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json; charset=utf-8"
        req = request.Request(url, data=body, headers=headers, method=method)
        try:
            with request.urlopen(req, timeout=self.timeout) as answer:
                raw = answer.read()
        except error.HTTPError as err:
            raise _http_error(err, self.endpoint) from None
        except TimeoutError:
            raise LrsError(f"the LRS at {self.endpoint} did not answer within "
                           f"{self.timeout:g} s", "timeout") from None
        except (error.URLError, ConnectionError, OSError) as err:
            reason = getattr(err, "reason", err)
            if isinstance(reason, TimeoutError):
                raise LrsError(f"the LRS at {self.endpoint} did not answer within "
                               f"{self.timeout:g} s", "timeout") from None
            raise LrsError(f"cannot reach the LRS at {self.endpoint} ({reason})",
                           "unreachable") from None
        try:
            return json.loads(raw.decode("utf-8")) if raw.strip() else None
        except (UnicodeDecodeError, ValueError):
            raise LrsError(f"the LRS at {self.endpoint} sent an answer that is not JSON",
                           "server") from None


def _http_error(err: error.HTTPError, endpoint: str) -> LrsError:
    detail = ""
    try:
        text = err.read().decode("utf-8", "replace")
        detail = str(json.loads(text).get("message", "")) if text.strip().startswith("{") else ""
    except (OSError, ValueError, AttributeError):
        pass
    detail = f": {detail[:200]}" if detail else ""
    status = err.code
    if status in (401, 403):
        return LrsError(f"the LRS at {endpoint} refused the user name or password "
                        f"({status}{detail}); check the user name and password", "auth", status)
    if status == 409:
        return LrsError(f"the LRS already holds a different statement with the same id "
                        f"({status}{detail})", "conflict", status)
    if status in (400, 413):
        return LrsError(f"the LRS rejected the statements ({status}{detail})", "rejected", status)
    return LrsError(f"the LRS at {endpoint} failed ({status} {err.reason}{detail}); "
                    f"try again later", "server", status)
