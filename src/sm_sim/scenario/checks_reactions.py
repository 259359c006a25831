"""Checks on a scenario's reactions: what they listen for exists, and each can fire.

A reaction is set off only by something the trainee does, never by another reaction's
posts or messages, so reactions cannot fire one another in a loop; what is left to check
is that every one of them can be heard at all.
"""

from __future__ import annotations

from typing import Any

from ..i18n import N_
from .checker import Checker
from .diagnostics import suggest
from .model import ACTED_ON, LAST_POST, PERSON_VERBS, TRAINEE, WRITING_VERBS
from .yamlsrc import Path_

NEEDS_OWN_POST = {"delete"}
NOT_OWN_POST = {"mute", "block", "report"}


def _posts(c: Checker) -> tuple[dict[str, str], set[str]]:
    """Every post a scenario names: id -> author, and every tag put on a post."""
    authors: dict[str, str] = {LAST_POST: TRAINEE}
    tags: set[str] = set()
    for _, state in c.states():
        for inject in state.get("injects", []):
            if "id" in inject:
                authors[inject["id"]] = inject.get("from", "")
            tags.update(inject.get("tags", []))
    for _, reaction in c.reactions():
        for inject in reaction.get("injects", []):
            if "id" in inject:
                authors[inject["id"]] = inject.get("from", "")
            tags.update(inject.get("tags", []))
    authors.update(c.parts.post_ids())  # ids and tags given in malformed parts still exist
    return authors, tags | c.parts.tags()


def check_reactions(c: Checker) -> None:
    reactions = list(c.reactions())
    if not reactions:
        return
    authors, tags = _posts(c)
    states, personas = c.parts.known("states"), c.parts.known("personas")
    seen: set[str] = set()
    for i, reaction in reactions:
        at: Path_ = ("reactions", i)
        if reaction["id"] in seen:
            c.report((*at, "id"), "SC036",
                     N_("reaction id '{name}' is used twice").format(name=reaction["id"]))
        seen.add(reaction["id"])
        verbs = reaction["action"]
        verbs = [verbs] if isinstance(verbs, str) else list(verbs)
        post = reaction.get("post")
        if post is not None and post not in authors:
            c.report((*at, "post"), "SC035", N_("no post has id '{name}'").format(name=post),
                     suggest(post, set(authors)))
        if "tagged" in reaction and reaction["tagged"] not in tags:
            c.report((*at, "tagged"), "SC035",
                     N_("no post is tagged '{tag}'").format(tag=reaction["tagged"]),
                     suggest(reaction["tagged"], tags) or N_("add tags: [...] to the post's inject"))
        if "to" in reaction and personas is not None and reaction["to"] not in personas:
            c.report((*at, "to"), "SC031", N_("unknown persona '{name}'").format(name=reaction["to"]),
                     suggest(reaction["to"], personas))
        for j, name in enumerate(reaction.get("during", [])):
            if states is not None and name not in states:
                c.report((*at, "during", j), "SC030", N_("'{name}' is not a state").format(name=name),
                         suggest(name, states))
        for j, inject in enumerate(reaction.get("injects", [])):
            sender = inject.get("from")
            if sender is not None and personas is not None and sender not in personas | {TRAINEE}:
                c.report((*at, "injects", j, "from"), "SC031",
                         N_("unknown persona '{name}'").format(name=sender),
                         suggest(sender, personas))
            for field in ("reply_to", "quote_of"):
                ref = inject.get(field)
                if ref is not None and ref != ACTED_ON and ref not in authors:
                    c.report((*at, "injects", j, field), "SC035",
                             N_("no post has id '{name}'").format(name=ref),
                             suggest(ref, {*authors, ACTED_ON}))
        for problem in _never_heard(reaction, verbs, authors.get(post or "")):
            c.report(at, "SC057", problem)


def _never_heard(reaction: dict[str, Any], verbs: list[str], author: str | None) -> list[str]:
    """Why the reaction can never fire, each reason a whole message (``reaction 'id' can never
    fire: why``)."""
    def never(why: str) -> str:
        return N_("reaction '{reaction}' can never fire: {problem}").format(reaction=reaction["id"],
                                                                            problem=why)
    problems = []
    when = reaction.get("when", {})
    if "rubric" in when:
        problems.append(never(N_("a reaction has no rubric to pass or fail; use 'flagged'")))
    if "flagged" in when and not set(verbs) & set(WRITING_VERBS):
        problems.append(never(N_("'flagged' needs something written ({verbs}) in 'action'").format(
            verbs=", ".join(WRITING_VERBS))))
    person_only = all(v in PERSON_VERBS for v in verbs)
    if person_only and ("post" in reaction or "tagged" in reaction):
        # one sentence with the message's start: a reason that starts with a value, said on its
        # own, would take the whole message for that value (sm_sim/i18n.py)
        problems.append(N_("reaction '{reaction}' can never fire: {verbs} name a person ('to'), not a "
                           "post").format(reaction=reaction["id"], verbs=" and ".join(verbs)))
    if "to" in reaction and not set(verbs) & set(PERSON_VERBS):
        problems.append(never(N_("'to' needs {verbs} in 'action'").format(verbs=" or ".join(PERSON_VERBS))))
    if author is not None and "post" in reaction:
        own = author == TRAINEE
        if own and all(v in NOT_OWN_POST for v in verbs):
            problems.append(never(N_("the trainee cannot {verbs} their own post").format(
                verbs="/".join(verbs))))
        if not own and all(v in NEEDS_OWN_POST for v in verbs):
            problems.append(never(N_("only the trainee's own posts can be deleted")))
    if "post" in reaction and "post" in verbs and len(verbs) == 1:
        problems.append(never(N_("a new post is not on another post; drop 'post:' or listen for "
                                 "reply/quote")))
    return problems
