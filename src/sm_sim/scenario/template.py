"""``sm-sim new``: a small, valid, commented scenario for a trainer to start from."""

from __future__ import annotations

import re
from pathlib import Path

TEMPLATE = '''# yaml-language-server: $schema=schema.json
# A new scenario. Every key is explained in docs/authoring.md; check it with
#   sm-sim validate {file}      or open it in the workbench:  sm-sim edit {file}
schema_version: 1
id: {id}
title: {title}
summary: >-
  One or two sentences a trainee reads on the start screen: who they are, which account
  they are running, and what is happening.
version: "0.1"
author: your name or team
minutes: 10
difficulty: beginner
themes: [conversation]
pass_mark: 60

trainer_sheet:
  learning_outcomes:
    - Answer a resident's question politely and without speculating
    - Point people to the right channel (101, 999, the force's reporting page)
    - Know when a post is better left to the force account
  watch_for:
    - Trainees who guess at what happened
    - Trainees who ignore the question
  debrief_questions:
    - What did the resident need to hear?
    - What would you have said face to face?
    - Who else reads the reply, and what do they take from it?

account:            # the account the trainee posts as
  kind: official
  handle: "@YourTeamNPT"
  name: Your Neighbourhood Team
  followers: 1200

personas:           # everyone else in the feed
  resident:
    handle: "@ResidentName"
    name: A Resident
    role: public

start: question     # the first state

states:
  question:
    title: A question in the feed
    injects:        # what arrives, seconds after the state begins
      - at: 2
        type: post
        id: resident_post
        from: resident
        text: "@YourTeamNPT what's happening by the park? Loads of police cars."
    decision:
      prompt: The resident wants to know what is going on. How do you answer?
      time_limit: 90
      on_timeout: leave_it
      options:
        - id: polite_reply
          label: Say what can be said, and point to 101
          action: reply
          target: resident_post
          text: >-
            Thanks for asking. Officers are dealing with an incident near the park; please
            avoid the area for now. If you saw anything, call 101.
          goto: trust_kept
          points: {{public_engagement: 10, confidentiality: 5}}
          guidance: [cordon_rule]
          feedback: You said what could be said at the cordon, and no more.
        - id: leave_it
          label: Leave it for the force account
          action: ignore
          goto: question_unanswered
          points: {{public_engagement: -5}}
          guidance: [conversation]   # every choice that moves a score says what it teaches
          feedback: The question sat unanswered while others guessed.

endings:
  trust_kept:
    title: A question answered
    summary: The resident thanked the team, and the thread stayed calm.
    backlash: []
  question_unanswered:
    title: Left to guess
    summary: Rumours filled the silence under the resident's post.
    backlash: [public]
'''


def scenario_id(name: str) -> str:
    """A scenario id from a trainer's name for it: ``Night shift post`` → ``night_shift_post``."""
    found = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    return found if found and found[0].isalpha() else f"scenario_{found}".rstrip("_")


def new_scenario(name: str, folder: Path) -> Path:
    """Write ``folder/<id>.yaml`` from the template (making ``folder`` if need be);
    ``FileExistsError`` if it is there."""
    sid = scenario_id(name)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{sid}.yaml"
    title = name.strip() or sid.replace("_", " ").capitalize()
    text = TEMPLATE.format(id=sid, title=title.replace(":", " -"), file=path.name)
    with path.open("x", encoding="utf-8") as handle:
        handle.write(text)
    return path
