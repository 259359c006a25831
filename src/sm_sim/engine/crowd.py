"""Crowds: a burst of generated replies or quote-posts, reproducible from a seed.

A pile-on of hundreds of posts is a few lines of YAML: a tone mix, templates with
{slots}, a count and a time span. Authors are generated from small name pools.
"""

from __future__ import annotations

import bisect
import itertools
import random
from dataclasses import dataclass

from ..scenario.model import SLOT, Crowd

_FIRST = ("Sam", "Alex", "Jo", "Chris", "Priya", "Tom", "Aisha", "Dan", "Kerry", "Mo", "Lee",
          "Gemma", "Ryan", "Nadia", "Steve", "Beth", "Kwame", "Zoe", "Craig", "Hannah", "Imran",
          "Lucy", "Gaz", "Sophie", "Marcus", "Ellie", "Dev", "Tina", "Owen", "Rachel")
_LAST = ("Walker", "Khan", "Hughes", "Patel", "Reid", "Morgan", "Ahmed", "Clarke", "Evans",
         "Nowak", "Shaw", "Begum", "Doyle", "Price", "Okafor", "Bell", "Lloyd", "Ward", "Fox")
_FRESH_TRIES = 12  # draws before a repeated line is allowed (the templates ran short)
_TAGS = ("", "_", "x", "99", "1987", "_uk", "official", "_news", "real", "2", "_mcr", "_ldn")


@dataclass(frozen=True)
class CrowdPost:
    offset: float  # seconds after the crowd starts
    handle: str
    name: str
    followers: int
    verified: bool
    tone: str
    text: str
    likes: int


def stream(seed: int, state: str, index: int, visit: int = 1) -> random.Random:
    """The seeded random stream of one crowd: the same run seed gives the same pile-on."""
    return random.Random(f"{seed}:{state}:{index}:{visit}")


def generate(crowd: Crowd, rng: random.Random, context: dict[str, str]) -> list[CrowdPost]:
    """The crowd's posts, sorted by time: a fast rise that tails off, like a real pile-on."""
    lines = _Lines(crowd, rng, context)
    posts: list[CrowdPost] = []
    said: set[str] = set()
    for _ in range(crowd.count):
        tone, text = lines.fresh(said)
        said.add(text)
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        handle = "@" + rng.choice((first + last, first + "_" + last, last + first[0], first))
        handle += rng.choice(_TAGS) if len(handle) < 14 else ""
        followers = min(int(rng.paretovariate(1.1) * 40), 250_000)
        posts.append(CrowdPost(
            offset=round(crowd.over * rng.betavariate(1.3, 3.0), 2),
            handle=handle[:31], name=f"{first} {last}", followers=followers,
            verified=followers > 20_000 and rng.random() < 0.5, tone=tone, text=text,
            likes=int(rng.paretovariate(1.6)) - 1,
        ))
    return sorted(posts, key=lambda p: p.offset)


class _Lines:
    """A crowd's lines, drawn as ``random.choices`` and ``SLOT.sub`` would draw them (the
    same numbers from the stream, so a seed gives the pile-on it always gave), with the
    weights summed and each template split into text and slots once, not at every draw:
    a 500-post burst whose templates run short tries thousands of lines in one frame."""

    def __init__(self, crowd: Crowd, rng: random.Random, context: dict[str, str]) -> None:
        self.rng, self.context, self.slots = rng, context, crowd.slots
        self.tones = [t for t, w in crowd.tones.items() if w > 0]
        self.cumulative = list(itertools.accumulate(crowd.tones[t] for t in self.tones))
        self.total = self.cumulative[-1] + 0.0
        self.templates = {tone: [SLOT.split(text) for text in crowd.templates[tone]]
                          for tone in self.tones}

    def fresh(self, said: set[str]) -> tuple[str, str]:
        """A tone and a line nobody in this burst has posted yet, if a few draws can find
        one: a real pile-on repeats itself in spirit, not word for word."""
        rng, last = self.rng, len(self.tones) - 1
        for _ in range(_FRESH_TRIES):
            tone = self.tones[bisect.bisect(self.cumulative, rng.random() * self.total, 0, last)]
            text = self._fill(rng.choice(self.templates[tone]))
            if text not in said:
                break
        return tone, text

    def _fill(self, parts: list[str]) -> str:
        """Text and {slot}s alternate in ``parts``: each slot a random choice (or a context
        value, or left as written); never evaluates anything."""
        filled = parts[:]
        for i in range(1, len(parts), 2):
            name = parts[i]
            if name in self.slots:
                filled[i] = self.rng.choice(self.slots[name])
            else:
                filled[i] = self.context.get(name, "{" + name + "}")
        return "".join(filled)
