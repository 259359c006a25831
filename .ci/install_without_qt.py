"""Install a built wheel and the project's runtime and test dependencies, except Qt
(PySide6 and pytest-qt), into the running interpreter's environment."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

QT = ("pyside6", "pytest-qt")

project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())["project"]
wanted = [d for d in project["dependencies"] + project["optional-dependencies"]["test"]
          if not d.lower().startswith(QT)]
pip = [sys.executable, "-m", "pip", "install", "-q"]
subprocess.run([*pip, *wanted], check=True)
subprocess.run([*pip, "--no-deps", *sys.argv[1:]], check=True)
