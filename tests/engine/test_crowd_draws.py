"""A crowd's lines are drawn exactly as ``random.choices`` and ``SLOT.sub`` draw them: the
faster drawing in engine/crowd.py must give every seed the pile-on it always gave (resumed
attempts and replays rebuild feeds from the seed)."""

from __future__ import annotations

import random
import re

import pytest

from sm_sim.engine import crowd
from sm_sim.scenario.library import load_library
from sm_sim.scenario.model import SLOT, Crowd


def reference_line(c: Crowd, said: set[str], rng: random.Random,
                   context: dict[str, str]) -> tuple[str, str]:
    """The plain way: ``random.choices`` on the weights, ``SLOT.sub`` with a callback."""
    tones = [t for t, w in c.tones.items() if w > 0]
    weights = [c.tones[t] for t in tones]

    def pick(match: re.Match[str]) -> str:
        name = match.group(1)
        return rng.choice(c.slots[name]) if name in c.slots else context.get(name, match.group(0))

    for _ in range(crowd._FRESH_TRIES):
        tone = rng.choices(tones, weights)[0]
        text = SLOT.sub(pick, rng.choice(c.templates[tone]))
        if text not in said:
            break
    return tone, text


def library_crowds() -> list[tuple[str, Crowd]]:
    found = []
    for entry in load_library([]):
        scenario = entry.loaded.scenario
        for state_id, state in (scenario.states.items() if scenario else ()):
            found += [(f"{scenario.id}.{state_id}.{i}", c) for i, c in enumerate(state.crowds)]
    return found


SHORT = Crowd(at=0, kind="reply", target="root", count=300, over=2.0,  # lines run out fast
              tones={"angry": 2.0, "kind": 1.0, "never": 0.0},
              templates={"angry": ("{x} you lot", "cover up as {x}"), "kind": ("thanks {x}",),
                         "never": ("unused",)},
              slots={"x": ("honestly", "typical")})


@pytest.mark.parametrize(("name", "c"), [*library_crowds(), ("short", SHORT)],
                         ids=lambda v: v if isinstance(v, str) else "")
def test_each_seed_draws_the_lines_the_plain_way_draws(name: str, c: Crowd) -> None:
    context = {"target_handle": "@MaryOnMillRd", "trainee_handle": "@EastbridgePolice"}
    for seed in range(5):
        lines = crowd._Lines(c, random.Random(seed), context)
        plain = random.Random(seed)
        said_fast: set[str] = set()
        said_plain: set[str] = set()
        for _ in range(min(c.count, 200)):
            fast = lines.fresh(said_fast)
            assert fast == reference_line(c, said_plain, plain, context)
            said_fast.add(fast[1])
            said_plain.add(fast[1])
        assert lines.rng.random() == plain.random()  # the stream is where the plain way left it


def test_a_slot_neither_defined_nor_known_is_left_as_written() -> None:
    c = Crowd(at=0, kind="reply", target="root", count=1, over=1.0, tones={"a": 1.0},
              templates={"a": ("hello {who} from {x}",)}, slots={"x": ("here",)})
    assert crowd._Lines(c, random.Random(1), {}).fresh(set()) == ("a", "hello {who} from here")
