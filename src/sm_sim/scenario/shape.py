"""Check data against the JSON Schema and turn each error into a diagnostic a trainer can act on."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:  # jsonschema is imported when a file is first checked: 0.1 s at start-up
    from jsonschema import Draft202012Validator, ValidationError

from ..i18n import N_
from .diagnostics import Diagnostic, make
from .schema import ASSET_PATTERN, CONDITION_TEXT
from .yamlsrc import Path_, Source, read_yaml

_TYPE_NAMES = {"object": N_("a mapping (key: value lines)"), "array": N_("a list (lines starting with -)"),
               "string": N_("text"), "integer": N_("a whole number"), "number": N_("a number"),
               "boolean": N_("true or false")}
_PATTERN_HINTS = {
    "^[a-z][a-z0-9_]{0,63}$": N_("an id: lowercase letters, digits and _, starting with a letter"),
    "^@[A-Za-z0-9_]{1,30}$": N_("a handle such as @PC_Hale (letters, digits, _)"),
    ASSET_PATTERN: N_("a path under assets/ without '..', such as assets/avatars/sgt.png"),
    r"^[0-9]+(\.[0-9]+){0,2}$": N_("a version such as 1.2"),
}
_validators: dict[int, Draft202012Validator] = {}


def dotted(at: Path_) -> str:
    """``('states', 'intro', 'injects', 0)`` → ``states.intro.injects #1``: list items are
    counted from 1, as ``--choose`` counts options."""
    text = ""
    for part in at:
        text += f" #{part + 1}" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or N_("the file")


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
        hint = N_("did you mean '{name}'?").format(name=close[0]) if close \
            else N_("allowed here: {keys}").format(keys=", ".join(known))
        result.append(make(source.path, line, col, "SC021",
                           N_("unknown key '{key}' in {where}").format(key=key, where=dotted(at)), hint))
    return result


def _missing(source: Source, error: ValidationError, at: Path_) -> Diagnostic:
    line, col = source.where(at)
    instance = error.instance if isinstance(error.instance, dict) else {}
    missing = [str(key[-1]) for key in _keys_of(error, at)]
    typed = "type" in instance and isinstance(instance["type"], str)
    said = N_("{where} needs '{keys}' (type: {type})") if typed else N_("{where} needs '{keys}'")
    return make(source.path, line, col, "SC020",
                said.format(where=dotted(at), keys=", ".join(missing), type=instance.get("type")))


def _bad_name(source: Source, error: ValidationError, at: Path_) -> Diagnostic:
    names = [k for k in error.instance if not _id_ok(k)] if isinstance(error.instance, dict) else []
    name = names[0] if names else "?"
    line, col = source.where((*at, name), key=True)
    return make(source.path, line, col, "SC025",
                N_("'{name}' in {where} is not a valid id").format(name=name, where=dotted(at)),
                N_("use lowercase letters, digits and _, starting with a letter"))


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
        return "SC022", N_("{where} should be {wanted}, not {shown}").format(
            where=where, wanted=wanted, shown=shown)
    if kind in ("enum", "const"):
        allowed = expected if kind == "enum" else [expected]
        close = difflib.get_close_matches(str(value), [str(a) for a in allowed], n=1)
        said = N_("{where} is {shown}; allowed: {allowed} (did you mean '{name}'?)") if close \
            else N_("{where} is {shown}; allowed: {allowed}")
        return "SC023", said.format(where=where, shown=shown, allowed=", ".join(map(str, allowed)),
                                    name=close[0] if close else "")
    if kind in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        said = {"minimum": N_("{where} is {shown}; it must be at least {bound}"),
                "maximum": N_("{where} is {shown}; it must be at most {bound}"),
                "exclusiveMinimum": N_("{where} is {shown}; it must be more than {bound}"),
                "exclusiveMaximum": N_("{where} is {shown}; it must be less than {bound}")}[kind]
        return "SC024", said.format(where=where, shown=shown, bound=expected)
    if kind in ("minLength", "minItems", "minProperties"):
        return "SC024", N_("{where} must not be empty").format(where=where) if expected == 1 else \
            N_("{where} needs at least {count} entries").format(where=where, count=expected)
    if kind in ("maxLength", "maxItems", "maxProperties"):
        return "SC024", N_("{where} is too long: at most {limit}").format(where=where, limit=expected)
    if kind == "pattern" and expected == CONDITION_TEXT["pattern"]:
        return "SC055", N_("{where} is {shown}; write a comparison such as '>= 50' or '< 40'").format(
            where=where, shown=shown)
    if kind == "pattern":
        return "SC025", N_("{where} is {shown}; expected {pattern}").format(
            where=where, shown=shown, pattern=_PATTERN_HINTS.get(str(expected), expected))
    if kind == "uniqueItems":
        return "SC036", N_("{where} lists the same value twice").format(where=where)
    return "SC022", f"{where}: {error.message}"
