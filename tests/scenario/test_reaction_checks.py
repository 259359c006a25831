"""The validator on reactions: what they listen for must exist, and each must be able to fire."""

from __future__ import annotations

from pathlib import Path

import pytest

from sm_sim.cli import main

BASE = Path(__file__).parents[1] / "engine" / "reactions.yaml"


def _with(tmp_path: Path, reaction: str) -> tuple[Path, int]:
    text = BASE.read_text().replace("endings:\n", reaction + "endings:\n", 1)  # the last one
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    line = text[: text.index(reaction)].count("\n") + 1
    return path, line


@pytest.mark.parametrize(("reaction", "code", "says"), [
    ("  - {id: r1, action: like, tagged: hatefull}\n", "SC035", "did you mean 'hateful'"),
    ("  - {id: r1, action: like, post: jokes}\n", "SC035", "no post has id 'jokes'"),
    ("  - {id: r1, action: dm, to: nobody}\n", "SC031", "unknown persona 'nobody'"),
    ("  - {id: r1, action: like, during: [shfit]}\n", "SC030", "did you mean 'shift'"),
    ("  - {id: r1, action: like, goto: nowhere}\n", "SC030", "goto 'nowhere'"),
    ("  - {id: r1, action: like, when: {flagged: [abusive]}}\n", "SC057", "'flagged' needs something"),
    ("  - {id: r1, action: delete, post: joke}\n", "SC057", "only the trainee's own posts"),
    ("  - {id: r1, action: block, post: own}\n", "SC057", "cannot block their own post"),
    ("  - {id: r1, action: follow, post: joke}\n", "SC057", "name a person"),
    ("  - {id: r1, action: like, when: {rubric: pass}}\n", "SC057", "no rubric"),
    ("  - {id: liked_hate, action: like}\n", "SC036", "used twice"),
    ("  - {id: r1, action: like, after: 5000}\n", "SC050", "beyond the whole scenario: minutes: 30"),
    ("  - {id: r1, action: like, guidance: [no_such_guidance]}\n", "SC032", "unknown guidance"),
])
def test_a_reaction_that_cannot_work_is_reported_where_it_is(tmp_path, capsys, reaction, code, says):
    path, line = _with(tmp_path, reaction)
    assert main(["validate", str(path)]) == 2
    said = capsys.readouterr()
    err = said.out + said.err
    found = [row for row in err.splitlines() if code in row]
    assert found, err
    assert any(row.startswith(f"{path}:{line}:") and says in row for row in found), found


def test_a_state_reached_only_by_a_reaction_is_not_unreachable(tmp_path, capsys):
    """called_in is reached only when a reaction fires: no SC040 for it."""
    assert main(["validate", str(BASE)]) == 0
    text = BASE.read_text().replace("    goto: called_in\n", "")
    path = tmp_path / "no_reaction_goto.yaml"
    path.write_text(text)
    assert main(["validate", str(path)]) == 2
    said = capsys.readouterr()
    assert "'called_in' cannot be reached" in said.out + said.err
