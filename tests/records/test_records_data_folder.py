"""A data folder that cannot be used (a file in its place, a read-only place) is a message
naming the folder and what to do, exit 2; never a traceback (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sm_sim.cli import main
from sm_sim.records import DataFolderError, Outbox, trainee_for

from .records_helpers import EXAMPLE


def _play(capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    code = main(["play", str(EXAMPLE), "--auto", "best", "--record", *extra])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("extra", [(), ("--trainee-id", "T1")], ids=["register", "journal"])
def test_a_file_where_the_data_folder_should_be(data_dir, capsys, extra):
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    data_dir.write_text("not a folder")
    code, err = _play(capsys, *extra)
    assert code == 2 and "Traceback" not in err and "unexpected" not in err
    assert f"because {data_dir} is a file, not a folder" in err and "SM_SIM_DATA_DIR" in err


def test_a_file_where_the_attempts_folder_should_be(data_dir, capsys):
    data_dir.mkdir(parents=True)
    (data_dir / "attempts").write_text("")
    code, err = _play(capsys, "--trainee-id", "T1")
    assert code == 2 and f"{data_dir / 'attempts'} is a file" in err


def test_a_place_even_root_cannot_write(monkeypatch, capsys):
    """chmod does not stop root; /sys and /proc refuse new folders to everyone."""
    place = next((p for p in (Path("/sys/sm-sim-test"), Path("/proc/self/sm-sim-test"))
                  if p.parent.is_dir()), None)
    if place is None:
        pytest.skip("no read-only place on this system")
    monkeypatch.setenv("SM_SIM_DATA_DIR", str(place))
    code, err = _play(capsys)
    assert code == 2 and f"{place}: cannot make the records folder" in err


def test_the_outbox_and_the_register_raise_the_named_error(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    with pytest.raises(DataFolderError, match="blocker is a file"):
        Outbox(blocker / "outbox").add([{"id": "x"}])
    with pytest.raises(DataFolderError, match="blocker is a file"):
        trainee_for("Ann", root=blocker)
