"""The hostile-input properties (issue 14), shared by the suite (tests/fuzz/test_fuzz.py,
a modest fixed-seed run) and bench/fuzz.py (the same properties at any number of cases).

Each ``check_*`` takes one generated case and raises AssertionError (or anything else)
when a property fails; the strategies say what a case is.
"""

from __future__ import annotations

import math
import re
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from sm_sim.engine import ScenarioRun
from sm_sim.engine.run import ActionError
from sm_sim.records import AttemptError, read_attempt
from sm_sim.scenario import load_scenario
from sm_sim.scenario.diagnostics import CODES
from sm_sim.scenario.guidance import load_guidance
from sm_sim.scenario.load import builtin_scenarios_dir
from sm_sim.scoring.detectors import detect, find

ROOT = Path(__file__).resolve().parents[2]
SEEDS = [ROOT / "scenarios" / "cordon_questions.yaml", ROOT / "tests" / "scenario" / "minimal.yaml"]
_WORK = Path(tempfile.mkdtemp(prefix="sm-sim-fuzz-"))
_LIBRARY, _ = load_guidance(builtin_scenarios_dir() / "guidance.yaml")
_SCENARIOS = [load_scenario(p, _LIBRARY).scenario for p in SEEDS]

# -- the loader ---------------------------------------------------------------------------

_YAMLISH = st.sampled_from(["&a ", "*a", "<<: *a", "{", "}", "[", "]", ": ", "- ", "!!python/name:os.system",
                           ".nan", ".inf", "-.inf", "0x" + "f" * 40, "9" * 30, "~", "null", "'", '"',
                           "\t", "\n", "  ", "---\n", "...", "#", "\\x00", "\u202e", "%YAML 1.1\n",
                           "assets/../../x", "0o17", "1e999", "2024-01-01", "yes", "<<", "?", "|", ">"])
_CHUNK = st.one_of(_YAMLISH, st.text(max_size=12))
_NUMBERS = st.sampled_from([".nan", ".inf", "-.inf", "1.0e+999", "9" * 5000, "0x" + "f" * 5000,
                            "-1", "-0.0", "1e-320", "0", "100000000"])


@st.composite
def mutated_scenario(draw: st.DrawFn) -> bytes:
    """A shipped scenario with a few lines deleted, repeated, cut or spliced with YAML-ish text."""
    lines = draw(st.sampled_from(SEEDS)).read_text(encoding="utf-8").splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(lines) - 1))
        how = draw(st.sampled_from(["drop", "repeat", "splice", "cut", "indent", "number", "number"]))
        if how == "number":  # a value swapped for one Python, JSON or YAML finds awkward
            lines[at] = re.sub(r"\b\d+(\.\d+)?\b", draw(_NUMBERS), lines[at], count=1)
        elif how == "drop":
            del lines[at]
        elif how == "repeat":
            lines.insert(at, lines[at])
        elif how == "indent":
            lines[at] = " " * draw(st.integers(1, 3)) + lines[at]
        else:
            line = lines[at]
            cut = draw(st.integers(0, len(line)))
            rest = line[cut:] if how == "splice" else "\n"
            lines[at] = line[:cut] + (draw(_CHUNK) if how == "splice" else "") + rest
        if not lines:
            break
    data = "".join(lines).encode("utf-8")
    if draw(st.booleans()) and data:
        spot = draw(st.integers(0, len(data) - 1))
        data = data[:spot] + bytes([draw(st.integers(0, 255))]) + data[spot + 1:]
    return data


_LEAF = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.text(max_size=20),
                  st.floats(allow_nan=True, allow_infinity=True))
_TREE = st.recursive(_LEAF, lambda kids: st.lists(kids, max_size=4)
                     | st.dictionaries(st.text(max_size=8), kids, max_size=4), max_leaves=30)


@st.composite
def generated_yaml(draw: st.DrawFn) -> bytes:
    """Any YAML-shaped data, often with a scenario's top-level keys."""
    import yaml
    keys = ["schema_version", "id", "title", "states", "endings", "start", "pass_mark", "seed",
            "personas", "account", "variables", "minutes"]
    data = draw(st.dictionaries(st.sampled_from(keys) | st.text(max_size=6), _TREE, max_size=8))
    return yaml.safe_dump(data, allow_unicode=True).encode("utf-8")


scenario_bytes = st.one_of(mutated_scenario(), mutated_scenario(), generated_yaml())


def check_loader(data: bytes) -> None:
    """Never an exception: a scenario, or diagnostics each with a place, a known code and a hint."""
    path = _WORK / "case.yaml"
    path.write_bytes(data)
    loaded = load_scenario(path, _LIBRARY)
    for diagnostic in loaded.diagnostics:
        assert diagnostic.code in CODES and diagnostic.line >= 1 and diagnostic.col >= 1
        assert diagnostic.format().startswith(f"{path}:{diagnostic.line}:{diagnostic.col}: ")
    assert loaded.ok or loaded.diagnostics
    if loaded.ok:
        assert loaded.scenario is not None
        assert all(math.isfinite(v) for v in loaded.scenario.variables.values())


# -- the engine -----------------------------------------------------------------------------

_TEXT = st.text(max_size=80) | st.sampled_from(["", "   ", "Call 101 please", "\u0000", "x" * 2000])
_STEP = st.one_of(
    st.tuples(st.just("advance"), st.floats(-100, 4000, allow_nan=False)),
    st.tuples(st.just("jump"), st.floats(allow_nan=True, allow_infinity=True)),
    st.tuples(st.just("act"), st.integers(-1, 6), _TEXT,
              st.sampled_from([None, "low", "medium", "high", "certain"])),
    st.tuples(st.just("next"), st.just(0)),
)
engine_case = st.tuples(st.integers(0, 1), st.integers(0, 2**32), st.lists(_STEP, max_size=30))


def _play(which: int, seed: int, steps: list[tuple[Any, ...]]) -> ScenarioRun:
    scenario = _SCENARIOS[which]
    assert scenario is not None
    run = ScenarioRun(scenario, seed)
    run.start()
    last = run.now
    for step in steps:
        _step(run, step)
        assert run.now >= last, f"the clock went back from {last} to {run.now}"
        last = run.now
        _check_counts(run)
    return run


def _step(run: ScenarioRun, step: tuple[Any, ...]) -> None:
    kind = step[0]
    try:
        if kind == "advance":
            run.advance(run.now + step[1])
        elif kind == "jump":
            run.advance(step[1])
        elif kind == "next":
            due = run.next_due()
            if due is not None:
                run.advance(due)
        else:
            decision = run.open_decision
            options = decision.options if decision else ()
            option = options[step[1]].id if 0 <= step[1] < len(options) else "no_such_option"
            run.act(option, step[2], step[3])
    except ActionError:
        pass  # an illegal action is refused, and refused cleanly


def _check_counts(run: ScenarioRun) -> None:
    state = run.state
    assert state.followers >= 0
    assert all(math.isfinite(v) for v in state.variables.values())
    for post in state.posts.values():
        for count in (post.likes, post.reposts, post.replies, post.views):
            assert count >= 0, f"{post.post_id} has a negative count"
    times = [e.t for e in run.events]
    assert times == sorted(times) and all(math.isfinite(t) for t in times)


def check_engine(case: tuple[int, int, list[tuple[Any, ...]]]) -> None:
    """Clock never back, counts never negative or NaN; the same seed and steps, the same log."""
    which, seed, steps = case
    first = _play(which, seed, steps)
    again = _play(which, seed, steps)
    assert first.events == again.events


# -- the attempt reader -----------------------------------------------------------------------

def _journal() -> bytes:
    from sm_sim.engine import automatic, play
    from sm_sim.records import AttemptJournal, trainee_for
    scenario = _SCENARIOS[0]
    assert scenario is not None
    path = _WORK / "seed-attempt.jsonl"
    if not path.exists():
        run = ScenarioRun(scenario)
        AttemptJournal.begin(run, _LIBRARY, trainee_for("Fuzz", "F1"), path=path)
        play(scenario, automatic("best", run.seed), run=run)
    return path.read_bytes()


@st.composite
def mutated_attempt(draw: st.DrawFn) -> bytes:
    lines = _journal().split(b"\n")
    for _ in range(draw(st.integers(1, 5))):
        at = draw(st.integers(0, len(lines) - 1))
        how = draw(st.sampled_from(["drop", "repeat", "flip", "cut", "nest", "swap", "splice"]))
        line = lines[at]
        if how == "drop":
            del lines[at]
        elif how == "repeat":
            lines.insert(at, line)
        elif how == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], line
        elif how == "nest":
            depth = draw(st.sampled_from([10, 900, 5000, 100_000]))
            lines[at] = b'{"kind":"event","event":' + b"[" * depth + b"]" * depth + b"}"
        elif how == "cut":
            lines[at] = line[:draw(st.integers(0, len(line)))]
        elif line:
            spot = draw(st.integers(0, len(line) - 1))
            new = draw(st.binary(min_size=1, max_size=3)) if how == "flip" else \
                draw(st.sampled_from([b'"', b"NaN", b"1e999", b"{}", b"[]", b"null", b"\x00", b'"t": -1']))
            lines[at] = line[:spot] + new + line[spot + 1:]
    return b"\n".join(lines)


def check_attempt(data: bytes) -> None:
    """A clear AttemptError naming the file, or a parsed attempt; nothing else."""
    path = _WORK / "case.jsonl"
    path.write_bytes(data)
    try:
        attempt = read_attempt(path)
    except AttemptError as err:
        assert str(err).startswith(str(path)), err
        return
    assert attempt.header.attempt_id and attempt.status in ("finished", "unfinished", "abandoned")


# -- the detectors ----------------------------------------------------------------------------

any_text = st.text() | st.text(st.characters(codec="utf-8"), max_size=400) | \
    st.sampled_from(["\u202e" * 50, "a" * 20_000, "@" * 500, "http://" * 100, "\x00\ud7ff"])


def check_detectors(text: str) -> None:
    flags = detect(text)
    assert len(flags) == len(set(flags))
    for finding in find(text):
        assert 0 <= finding.start <= finding.end <= len(text)


PROPERTIES = {"loader": (scenario_bytes, check_loader), "engine": (engine_case, check_engine),
              "attempt": (mutated_attempt(), check_attempt), "detectors": (any_text, check_detectors)}
