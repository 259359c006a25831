"""Rebuild a run from an attempt's recorded actions. The engine is deterministic: the same
scenario, seed and actions at the same simulated times give the same events."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ..engine.events import DecisionOpened, Event
from ..engine.play import retake
from ..engine.run import ActionError, ScenarioRun
from ..i18n import N_
from ..scenario import Loaded, builtin_scenarios_dir, load_scenario, scenario_files
from ..scenario.yamlsrc import content_hash
from .attempt import Attempt


class ReplayError(ValueError):
    """The recorded actions do not lead to the recorded events; ``reason``: why the engine
    refused the action."""

    def __init__(self, reason: str) -> None:
        super().__init__(N_("a recorded action cannot be replayed: {reason}").format(reason=reason))
        self.reason = reason


@dataclass(frozen=True)
class Mismatch:
    index: int
    recorded: Event | None
    replayed: Event | None

    def describe(self) -> str:
        def name(e: Event | None) -> str:
            return N_("nothing") if e is None else f"{type(e).__name__} at {e.t:g}s"
        a, b = self.recorded, self.replayed
        if isinstance(a, DecisionOpened) and isinstance(b, DecisionOpened) \
                and replace(a, deadline=b.deadline) == b:
            def until(e: DecisionOpened) -> str:
                return N_("no time limit") if e.deadline is None else N_(
                    "a deadline at {seconds}s").format(seconds=f"{e.deadline:g}")
            return N_("event {number} differs: in the file decision '{decision}' has {recorded}, "
                      "replayed with the recorded time limits it has {replayed}").format(
                          number=self.index + 1, decision=a.decision, recorded=until(a),
                          replayed=until(b))
        return N_("event {number} differs: the file has {recorded}, replaying the actions gives "
                  "{replayed}").format(number=self.index + 1, recorded=name(a), replayed=name(b))


def replay(attempt: Attempt, loaded: Loaded) -> ScenarioRun:
    """A run with every recorded action re-taken, advanced to the last recorded event: with the
    seed and the time limits the header records (the start event must agree with them)."""
    assert loaded.scenario is not None
    run = ScenarioRun(loaded.scenario, attempt.header.seed, attempt.header.limits)
    run.start()
    try:
        retake(run, attempt.inputs)
        if attempt.events:
            run.advance(attempt.events[-1].t)
    except ActionError as err:
        raise ReplayError(str(err)) from None
    return run


def first_mismatch(recorded: list[Event], replayed: list[Event],
                   whole: bool = True) -> Mismatch | None:
    """Where the two logs part. ``whole=False`` accepts ``replayed`` running on past ``recorded``
    (a crash may lose the last events written, and replay re-creates them)."""
    for index, (a, b) in enumerate(zip(recorded, replayed, strict=False)):
        if a != b:
            return Mismatch(index, a, b)
    if len(recorded) > len(replayed):
        return Mismatch(len(replayed), recorded[len(replayed)], None)
    if whole and len(replayed) > len(recorded):
        return Mismatch(len(recorded), None, replayed[len(recorded)])
    return None


def candidates(attempt: Attempt, hint: Path | None = None) -> list[Path]:
    """Scenario files that may be the attempt's: the one given, the one recorded, the built-in ones."""
    found: list[Path] = []
    if hint is not None:
        found.append(hint)
    if attempt.header.scenario_path:
        found.append(Path(attempt.header.scenario_path))
    found += scenario_files([builtin_scenarios_dir()])
    return [p for p in dict.fromkeys(found) if p.is_file()]


def locate(attempt: Attempt, hint: Path | None = None) -> Loaded | None:
    """Load the scenario the attempt was played on, in the language it was played in. A file
    the caller names is used as it is (the caller reports a different version). Otherwise:
    the exact version (by content hash) among the recorded path and the built-in scenarios,
    else one with the same scenario id."""
    language = attempt.header.language
    if hint is not None:
        return load_scenario(hint, language=language) if hint.is_file() else None
    h = attempt.header
    paths = candidates(attempt)
    if language == "en":  # the file's own hash says, without reading it as a scenario
        for path in paths:
            if content_hash(path.read_bytes()) == h.content_hash:
                return load_scenario(path)
    same_id: Loaded | None = None
    for path in paths:  # each read once (a translation's hash is the file's and its own)
        loaded = load_scenario(path, language=language)
        if loaded.scenario is None:
            continue
        if loaded.scenario.content_hash == h.content_hash:
            return loaded
        if same_id is None and loaded.scenario.id == h.scenario:
            same_id = loaded
    return same_id
