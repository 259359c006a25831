"""YAML parser errors in plain words, each at the place to fix, with the fix."""

from __future__ import annotations

import pytest

from sm_sim.scenario.yamlsrc import read_yaml

CASES = {
    # name: (text, line, col, words in the message, words in the hint)
    "tab": ("id: x\nstates:\n\tfoo: 1\n", 3, 1, "a tab is used to indent", "spaces"),
    "handle": ("account:\n  handle: @TestNPT\n", 2, 11, "cannot start with '@'",
               'handle: "@TestNPT"'),
    "colon": ("title: Update: road closed\n", 1, 14, "': ' inside a value",
              'title: "Update: road closed"'),
    "alias": ("text: *important* news\n", 1, 7, "cannot start with '*'", 'text: "*important* news"'),
    "double_quote": ('title: "Hello\nsummary: x\n', 1, 8, "quote opened on line 1 is never closed",
                     "same quote mark"),
    "apostrophe": ("text: 'it's late'\nb: 1\n", 1, 11, "the ' inside the value ends it early",
                   'text: "it\'s late"'),
    "less_indent": ("a:\n  b: 1\n c: 2\n", 3, 2, "indented by 1 space and the line above by 2 spaces",
                    "exactly as far as the other keys"),
    "more_indent": ("a:\n  b: 1\n   c: 2\n", 3, 5, "indented further than the line above",
                    "line it up"),
    "list_item_keys": ("a:\n  - x: 1\n   y: 2\n", 3, 4, "line up under its first key, at 4 spaces",
                       "indent it by 4 spaces"),
    "list_among_keys": ("a:\n  b: 1\n  - c\n", 3, 3, "a list item ('- ') stands among keys",
                        "a key of its own"),
    "no_colon": ("a:\n  b: 1\n  c\n  d: 2\n", 3, 3, "line 3 is not a 'key: value' line", "add ': '"),
    "bracket": ("text: [Update] road closed\n", 1, 16, "closed already", 'text: "[Update] road closed"'),
    "open_list": ("themes: [a, b\nx: 1\n", 2, 2, "'[' opened on line 1 is not closed", "close it with ']'"),
    "backslash": ('path: "C:\\data"\n', 1, 10, "backslash inside double quotes", "single quotes"),
}


@pytest.mark.parametrize("name", CASES)
def test_parser_errors_are_in_plain_words(tmp_path, name):
    text, line, col, message, hint = CASES[name]
    path = tmp_path / f"{name}.yaml"
    path.write_text(text)
    _, found = read_yaml(path)
    assert len(found) == 1 and found[0].code == "SC006"
    formatted = found[0].format()
    assert (found[0].line, found[0].col) == (line, col), formatted
    assert message in found[0].message, formatted
    assert hint in found[0].hint, formatted
    assert formatted.startswith(f"{path}:{line}:{col}: error SC006 ")


def test_an_error_no_rule_knows_still_says_where_and_what_to_check(tmp_path):
    path = tmp_path / "odd.yaml"
    path.write_text("a: 1\n...\nb\n")
    _, found = read_yaml(path)
    assert found[0].code == "SC006" and found[0].line == 3
    assert "indentation" in found[0].hint and "quoting" in found[0].hint
