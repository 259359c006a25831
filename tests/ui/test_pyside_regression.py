"""Guard against the PySide6 6.12.0-on-Python-3.11 abort in delegate paint overrides
(issue 2): the feed's delegate paints thousands of rows, so an abort there loses an attempt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("delegate_stress.py")


def test_repainting_a_python_delegate_does_not_abort() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(SCRIPT)], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stderr[-2000:]}"
    assert "painted" in done.stdout
