"""Before Qt starts on Linux: are the system libraries its X11 (xcb) platform needs there?

Without them Qt aborts with a hint that names one package (often the wrong one). This
check loads each library the way Qt would and names exactly the Debian/Ubuntu packages to
install. It imports nothing from Qt, so it can run first."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable

# The shared libraries Qt 6's xcb platform plugin loads, and the Debian/Ubuntu package of each.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1", "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def wants_xcb(environ: dict[str, str] | os._Environ[str] = os.environ, platform: str = sys.platform) -> bool:
    """Will Qt pick its X11 platform here (Linux, no other platform asked for, no Wayland)?"""
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if not platform.startswith("linux"):
        return False
    if chosen:
        return chosen.split(":")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def missing_packages(loads: Callable[[str], bool] = _loads) -> list[str]:
    """The packages whose libraries cannot be loaded, in a stable order (empty: all there)."""
    return sorted({package for library, package in XCB_LIBRARIES.items() if not loads(library)})


def advice(packages: list[str]) -> str:
    return ("sm-sim cannot open its window: this computer lacks system libraries that Qt needs "
            "to draw on X11.\nInstall them (Debian, Ubuntu) with:\n\n"
            f"    sudo apt-get install {' '.join(packages)}\n\n"
            "then start sm-sim again. The headless verbs (validate, play, export…) work without them.")
