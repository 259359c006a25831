"""Check data against the JSON Schema and turn each error into a diagnostic a trainer can act on."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:  # jsonschema is imported when a file is first checked: 0.1 s at start-up
    from jsonschema import Draft202012Validator, ValidationError

from .diagnostics import Diagnostic, make
from .schema import ASSET_PATTERN, CONDITION_TEXT
from .yamlsrc import Path_, Source, read_yaml

_TYPE_NAMES = {"object": "a mapping (key: value lines)", "array": "a list (lines starting with -)",
               "string": "text", "integer": "a whole number", "number": "a number",
               "boolean": "true or false"}
_PATTERN_HINTS = {
    "^[a-z][a-z0-9_]{0,63}$": "an id: lowercase letters, digits and _, starting with a letter",
    "^@[A-Za-z0-9_]{1,30}$": "a handle such as @PC_Hale (letters, digits, _)",
    ASSET_PATTERN: "a path under assets/ without '..', such as assets/avatars/sgt.png",
    r"^[0-9]+(\.[0-9]+){0,2}$": "a version such as 1.2",
}
_validators: dict[int, Draft202012Validator] = {}


def dotted(at: Path_) -> str:
    """``('states', 'intro', 'injects', 0)`` → ``states.intro.injects #1``: list items are
    counted from 1, as ``--choose`` counts options."""
    text = ""
    for part in at:
        text += f" #{part + 1}" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "the file"


def read_and_check(path: Path | str, schema: dict[str, Any]) -> tuple[Source, list[Diagnostic]]:
    """Read a YAML file and check its shape: every problem found in both steps."""
    source, found = read_yaml(path)
    if source.complete:
        found = sorted(found + check_shape(source, schema), key=lambda d: (d.line, d.col))
    return source, found


def check_shape(source: Source, schema: dict[str, Any]) -> list[Diagnostic]:
    validator = _validators.get(id(schema))
    if validator is None:
        from jsonschema import Draft202012Validator
        validator = _validators[id(schema)] = Draft202012Validator(schema)
    diagnostics: list[Diagnostic] = []
    seen: set[tuple[int, int, str]] = set()
    for error in sorted(validator.iter_errors(source.data), key=lambda e: list(map(str, e.path))):
        for diagnostic in _translate(source, error):
            key = (diagnostic.line, diagnostic.col, diagnostic.message)
            if key not in seen:
                seen.add(key)
                diagnostics.append(diagnostic)
    return sorted(diagnostics, key=lambda d: (d.line, d.col))


def _translate(source: Source, error: ValidationError) -> list[Diagnostic]:
    at: Path_ = tuple(error.absolute_path)
    kind = str(error.validator)
    source.invalid.update(_keys_of(error, at) if kind in _AT_KEYS else [at])
    if kind == "additionalProperties":
        return _unknown_keys(source, error, at)
    if kind == "required" or kind == "dependentRequired":
        return [_missing(source, error, at)]
    if kind == "propertyNames":
        return [_bad_name(source, error, at)]
    line, col = source.where(at)
    code, message = _describe(error, dotted(at))
    return [make(source.path, line, col, code, message)]


_AT_KEYS = {"additionalProperties", "required", "dependentRequired", "propertyNames"}


def _keys_of(error: ValidationError, at: Path_) -> list[Path_]:
    """Where an error about keys lies: at each key unknown, missing or badly named (so the
    mapping holding them still counts as well formed apart from those keys)."""
    instance = error.instance if isinstance(error.instance, dict) else {}
    kind, wanted = str(error.validator), cast(Any, error.validator_value)
    if kind == "additionalProperties":
        known = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
        return [(*at, k) for k in instance if k not in known]
    if kind == "propertyNames":
        return [(*at, k) for k in instance if not _id_ok(k)]
    if kind == "dependentRequired":
        wanted = [need for key, needs in wanted.items() if key in instance for need in needs]
    return [(*at, k) for k in wanted if k not in instance]


def _unknown_keys(source: Source, error: ValidationError, at: Path_) -> list[Diagnostic]:
    schema: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
    known = list(schema.get("properties", {}))
    result = []
    instance: dict[str, Any] = error.instance if isinstance(error.instance, dict) else {}
    for key in sorted(set(instance) - set(known)):
        line, col = source.where((*at, key), key=True)
        close = difflib.get_close_matches(key, known, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"allowed here: {', '.join(known)}"
        result.append(make(source.path, line, col, "SC021",
                           f"unknown key '{key}' in {dotted(at)}", hint))
    return result


def _missing(source: Source, error: ValidationError, at: Path_) -> Diagnostic:
    line, col = source.where(at)
    instance = error.instance if isinstance(error.instance, dict) else {}
    missing = [str(key[-1]) for key in _keys_of(error, at)]
    what = f" (type: {instance['type']})" if "type" in instance and isinstance(instance["type"], str) else ""
    return make(source.path, line, col, "SC020",
                f"{dotted(at)} needs '{', '.join(missing)}'{what}")


def _bad_name(source: Source, error: ValidationError, at: Path_) -> Diagnostic:
    names = [k for k in error.instance if not _id_ok(k)] if isinstance(error.instance, dict) else []
    name = names[0] if names else "?"
    line, col = source.where((*at, name), key=True)
    return make(source.path, line, col, "SC025",
                f"'{name}' in {dotted(at)} is not a valid id",
                "use lowercase letters, digits and _, starting with a letter")


def _id_ok(name: str) -> bool:
    return bool(name) and name[0].islower() and all(c.islower() or c.isdigit() or c == "_"
                                                     for c in name) and name.isascii()


def _describe(error: ValidationError, where: str) -> tuple[str, str]:
    kind, value = str(error.validator), error.instance
    expected: Any = error.validator_value
    shown = repr(value) if not isinstance(value, (dict, list)) else type(value).__name__
    if kind == "type":
        names = expected if isinstance(expected, list) else [expected]
        wanted = " or ".join(_TYPE_NAMES.get(str(n), str(n)) for n in names)
        return "SC022", f"{where} should be {wanted}, not {shown}"
    if kind in ("enum", "const"):
        allowed = expected if kind == "enum" else [expected]
        close = difflib.get_close_matches(str(value), [str(a) for a in allowed], n=1)
        guess = f" (did you mean '{close[0]}'?)" if close else ""
        return "SC023", f"{where} is {shown}; allowed: {', '.join(map(str, allowed))}{guess}"
    if kind in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        symbol = {"minimum": "at least", "maximum": "at most", "exclusiveMinimum": "more than",
                  "exclusiveMaximum": "less than"}[kind]
        return "SC024", f"{where} is {shown}; it must be {symbol} {expected}"
    if kind in ("minLength", "minItems", "minProperties"):
        return "SC024", f"{where} must not be empty" if expected == 1 else \
            f"{where} needs at least {expected} entries"
    if kind in ("maxLength", "maxItems", "maxProperties"):
        return "SC024", f"{where} is too long: at most {expected}"
    if kind == "pattern" and expected == CONDITION_TEXT["pattern"]:
        return "SC055", f"{where} is {shown}; write a comparison such as '>= 50' or '< 40'"
    if kind == "pattern":
        return "SC025", f"{where} is {shown}; expected {_PATTERN_HINTS.get(str(expected), expected)}"
    if kind == "uniqueItems":
        return "SC036", f"{where} lists the same value twice"
    return "SC022", f"{where}: {error.message}"
