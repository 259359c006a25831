"""Whether two statements with the same id are the same statement (xAPI 1.0.3, part 2,
"Statement Comparison Requirements"): an LRS may answer 409 to an exact repeat (after our
first send's answer was lost), so a 409 is only a conflict when the substance differs.

Not compared, as the spec says: authority, stored, timestamp, version, attachments,
referenced activity definitions, the order of group members, and letter case in mailboxes
and IRIs; nor an ``objectType`` left at its default.
"""

from __future__ import annotations

from typing import Any

SUBSTANCE = ("actor", "verb", "object", "result", "context")
_DEFAULT_TYPES = {"actor": "Agent", "object": "Activity", "instructor": "Agent", "team": "Group"}
_CASELESS = ("mbox", "id", "homePage", "registration")


def same_statement(ours: dict[str, Any], theirs: dict[str, Any]) -> bool:
    if str(ours.get("id", "")).lower() != str(theirs.get("id", "")).lower():
        return False
    return all(_canonical(ours.get(k), k) == _canonical(theirs.get(k), k) for k in SUBSTANCE)


def _canonical(value: Any, key: str = "") -> Any:
    if isinstance(value, dict):
        kept = {k: _canonical(v, k) for k, v in value.items() if k != "definition"}
        if "objectType" in kept and kept["objectType"] == _DEFAULT_TYPES.get(key):
            kept.pop("objectType")
        if key != "extensions" and isinstance(kept.get("member"), list):
            kept["member"] = sorted(kept["member"], key=repr)
        return kept
    if isinstance(value, list):
        return [_canonical(v, key) for v in value]
    if isinstance(value, str) and key in _CASELESS:
        return value.lower()
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    return float(value)
