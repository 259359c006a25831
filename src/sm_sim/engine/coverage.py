"""Coverage: which states, endings and options of a scenario the workbench's previews and
automatic plays have been through, and which not yet. Fed with a run's events as they come
(a preview) or all at once (an automatic play); nothing here is an attempt or recorded."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..i18n import N_
from ..scenario.model import Scenario
from . import events as ev
from .play import automatic, play

OptionKey = tuple[str, str]  # (state id, option id)


@dataclass
class Coverage:
    places: set[str] = field(default_factory=set)  # states and endings entered
    options: set[OptionKey] = field(default_factory=set)  # options taken (timeouts included)
    plays: int = 0  # runs fed in

    def record(self, event: ev.Event) -> None:
        if isinstance(event, ev.StateEntered):
            self.places.add(event.state)
        elif isinstance(event, ev.RunEnded):
            self.places.add(event.ending)
        elif isinstance(event, ev.ActionTaken):
            self.options.add((event.decision, event.option))

    def record_run(self, events: Iterable[ev.Event]) -> None:
        for event in events:
            self.record(event)
        self.plays += 1

    def keep_known(self, scenario: Scenario) -> None:
        """After the file changed: forget what it no longer has, keep the rest."""
        self.places &= set(all_places(scenario))
        self.options &= set(all_options(scenario))

    def unvisited_places(self, scenario: Scenario) -> list[str]:
        return [p for p in all_places(scenario) if p not in self.places]

    def unvisited_options(self, scenario: Scenario) -> list[OptionKey]:
        return [o for o in all_options(scenario) if o not in self.options]

    def summary(self, scenario: Scenario) -> str:
        places, options = all_places(scenario), all_options(scenario)
        return N_("states {reached}/{states}, options {chosen}/{options}").format(
            reached=len(self.places & set(places)), states=len(places),
            chosen=len(self.options & set(options)), options=len(options))


def all_places(scenario: Scenario) -> list[str]:
    return [*scenario.states, *scenario.endings]


def all_options(scenario: Scenario) -> list[OptionKey]:
    return [(key, o.id) for key, state in scenario.states.items() if state.decision
            for o in state.decision.options]


def automatic_plays(scenario: Scenario, randoms: int) -> list[list[ev.Event]]:
    """The events of the best and the worst play and of ``randoms`` random ones, each random
    play with a seed of its own (the scenario's, then the next ones), so they differ."""
    runs = [play(scenario, automatic(mode, scenario.seed)).events for mode in ("best", "worst")]
    seeds = [scenario.seed + n for n in range(randoms)]
    return runs + [play(scenario, automatic("random", seed), seed).events for seed in seeds]
