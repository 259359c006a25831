"""The command line in Welsh: ``sm-sim --language cy VERB …``, or when the environment asks for
it as gettext reads it; its own sentences come from the core's catalogue (assets/i18n/core_cy.mo,
which ``tr()`` marks them for), and without either it speaks English as it always has."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir

from sm_sim import i18n
from sm_sim.cli import main
from sm_sim.cli.main import _parser, choose_language

ROOT = Path(__file__).resolve().parents[1]
CLI = ROOT / "src" / "sm_sim" / "cli"
GOOD = ROOT / "scenarios" / "cordon_questions.yaml"
BAD = ROOT / "tests" / "scenario" / "bad" / "SC012_nan.yaml"
GETTEXT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def welsh(english: str) -> str:
    """The catalogue's Welsh for one of the command line's sentences (or templates)."""
    found = i18n.said(english, "cy")
    assert found != english, f"no Welsh in the catalogue for {english!r}"
    return found


def words(text: str) -> str:
    """``text`` with its white space made single spaces (argparse wraps the help)."""
    return " ".join(text.split())


@pytest.fixture(autouse=True)
def _english_environment(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """An English environment, unless a test asks for Welsh; English again afterwards."""
    for name in GETTEXT:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("COLUMNS", "100")
    yield
    i18n.use("en")


def run(*argv: str) -> tuple[int, str, str]:
    """``sm-sim ARGV``: its exit code, standard output and standard error."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as stop:  # --help, or a usage error
            code = int(stop.code or 0)
    return code, out.getvalue(), err.getvalue()


def test_every_sentence_the_command_line_says_is_in_the_catalogue_in_welsh() -> None:
    said = {message for _, _, message, *_ in extract_from_dir(CLI, keywords={"tr": None})}
    assert len(said) > 150
    assert sorted(m for m in said if i18n.said(m, "cy") == m) == []


@pytest.mark.parametrize("how", ["option", "environment"])
def test_the_help_is_in_welsh_when_asked(how: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if how == "environment":
        monkeypatch.setenv("LANGUAGE", "cy:en")
        code, out, _ = run("--help")
    else:
        code, out, _ = run("--language", "cy", "--help")
    assert code == 0
    assert out.startswith(welsh("usage: ") + "sm-sim ")
    for english in ("Social media training simulator for police officers and staff. "
                    "Run without arguments to open the app.", "open the app (the default)",
                    "show this help message and exit", "check scenario files; exit 2 if any has errors"):
        assert words(welsh(english)) in words(out)
    assert f"\n{welsh('options')}:\n" in out
    assert "open the app (the default)" not in out


def test_a_verb_s_help_is_in_welsh(monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run("--language", "cy", "play", "--help")
    assert code == 0
    assert out.startswith(welsh("usage: ") + "sm-sim play ")
    for english in ("print the result object as JSON",
                    "recording (a headless play keeps nothing unless asked)",
                    "keep the attempt journal here (implies --record)"):
        assert words(welsh(english)) in words(out)
    monkeypatch.setenv("LANG", "cy_GB.UTF-8")
    code, out, _ = run("session", "--help")
    assert code == 0 and words(welsh("create a session and print its join code")) in words(out)
    code, out, _ = run("session", "create", "--help")
    assert code == 0 and words(welsh("the id of each scenario everyone plays, in order")) in words(out)


def test_validate_says_a_good_scenario_is_ok_in_welsh() -> None:
    code, out, err = run("--language", "cy", "validate", str(GOOD))
    assert (code, err) == (0, "")
    assert out == welsh("{path}: ok").format(path=GOOD) + "\n"


def test_a_bad_scenario_s_diagnostic_keeps_its_form_for_editors() -> None:
    english = run("validate", str(BAD))
    code, out, err = run("--language", "cy", "validate", str(BAD))
    assert code == english[0] == 2 and out == ""
    lines = err.splitlines()
    assert lines and all(line.startswith(f"{BAD}:") for line in lines)
    assert any(" error SC012 " in line for line in lines)
    # the place, severity and code stay; the message and hint are the core's, in Welsh once it
    # marks them
    assert [line.split(" SC012 ")[0] for line in lines] == [
        line.split(" SC012 ")[0] for line in english[2].splitlines()]


def test_missing_files_and_folders_are_said_in_welsh(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    code, _, err = run("--language", "cy", "package", "--course", str(missing), "-o",
                       str(tmp_path / "out.zip"))
    assert code == 2
    assert err == "sm-sim package: " + welsh("{path}: no such file").format(path=missing) + "\n"
    code, _, err = run("--language", "cy", "validate", str(tmp_path))
    assert code == 2
    assert err == "sm-sim validate: " + welsh("no scenario files found") + "\n"
    code, _, err = run("--language", "cy", "validate", str(missing))
    assert code == 2 and "SC001" in err and f"{missing}:1:1:" in err


def test_a_usage_error_is_said_in_welsh() -> None:
    code, _, err = run("--language", "cy", "export")
    assert code == 2
    assert err.startswith(welsh("usage: ") + "sm-sim export ")
    assert welsh("{prog}: error: {message}").split("{message}")[0].format(prog="sm-sim export") in err


def test_without_being_asked_it_speaks_english_as_before(tmp_path: Path) -> None:
    code, out, _ = run("--help")
    assert code == 0 and out.startswith("usage: sm-sim [-h] [--version] [--language {en,cy}] VERB")
    assert "Social media training simulator for police officers and staff." in out
    assert "\noptions:\n" in out and "show this help message and exit" in out
    assert run("validate", str(GOOD)) == (0, f"{GOOD}: ok\n", "")
    assert run("validate", str(tmp_path)) == (2, "", "sm-sim validate: no scenario files found\n")
    code, _, err = run("package", "--course", str(tmp_path / "nope.yaml"), "-o", str(tmp_path / "o.zip"))
    assert (code, err) == (2, f"sm-sim package: {tmp_path / 'nope.yaml'}: no such file\n")
    code, _, err = run("export")
    assert code == 2 and "sm-sim export: error: the following arguments are required" in err


def test_the_option_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LANGUAGE", "cy")
    assert run("--language", "en", "validate", str(tmp_path))[2] == (
        "sm-sim validate: no scenario files found\n")
    monkeypatch.setenv("LANGUAGE", "fr")  # no catalogue for it: English
    assert run("validate", str(tmp_path))[2] == "sm-sim validate: no scenario files found\n"


def test_the_language_is_chosen_before_the_verb_and_plays_the_scenario_in_it() -> None:
    assert choose_language(["--language", "cy", "play", "x.yaml"]) == "cy"
    assert _parser().parse_args(["play", "x.yaml"]).language == "cy"  # the scenario's too
    assert _parser().parse_args(["play", "x.yaml", "--language", "en"]).language == "en"
    # play's own --language chooses the scenario's translation, not the command line's
    assert choose_language(["play", "x.yaml", "--language", "cy"]) == "en"
    assert _parser().parse_args(["play", "x.yaml"]).language == "en"
    assert choose_language(["--language"]) == "en"  # the full parser says what is wrong
    assert choose_language(["--language", "fr", "validate"]) == "en"
