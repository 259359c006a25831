"""The names the records accept, in a module that imports nothing heavy, so the command line
can offer them (``--mode``, ``--format``, ``--xapi-base``) without loading the records."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

MODES = ("practice", "assessment", "headless")
FORMATS = ("csv", "json", "pdf", "xapi")
LAUNCH_MODES = ("practice", "assessment")  # how an LMS may launch a scenario (cmi5)


@dataclass(frozen=True)
class XapiSettings:
    """IRIs for a training school. The defaults use the reserved ``.invalid`` domain: set
    ``base`` and ``home_page`` to the school's own before records leave the building."""

    base: str = "https://sm-sim.invalid/xapi"
    home_page: str = "https://sm-sim.invalid/trainees"

    def scenario_iri(self, scenario: str) -> str:
        return f"{self.base}/scenarios/{quote(scenario, safe='')}"

    def decision_iri(self, scenario: str, decision: str) -> str:
        return f"{self.scenario_iri(scenario)}/decisions/{quote(decision, safe='')}"

    def reaction_iri(self, scenario: str, reaction: str) -> str:
        return f"{self.scenario_iri(scenario)}/reactions/{quote(reaction, safe='')}"

    def session_iri(self, session: str) -> str:
        return f"{self.base}/sessions/{quote(session, safe='')}"

    def extension(self, name: str) -> str:
        return f"{self.base}/extensions/{name}"
