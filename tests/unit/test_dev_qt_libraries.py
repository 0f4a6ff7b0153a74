"""dev.py names the Debian packages Qt's window system plugin is missing (issue: a bare
Debian/Ubuntu aborted with a message naming the wrong package)."""

from __future__ import annotations

import dev

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibEGL.so.1 => /lib/x86_64-linux-gnu/libEGL.so.1 (0x00007f)
\tlibxcb-cursor.so.0 => not found
\tlibdbus-1.so.3 => not found
"""


def test_the_missing_libraries_are_read_from_ldd():
    assert dev.missing_libraries(LDD) == [
        "libdbus-1.so.3", "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1",
        "libxkbcommon-x11.so.0"]


def test_each_library_is_named_by_its_debian_package():
    names = {so: dev.debian_package(so) for so in (
        "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0", "libEGL.so.1",
        "libX11-xcb.so.1", "libX11.so.6", "libdbus-1.so.3", "libxcb-render-util.so.0",
        "libfontconfig.so.1", "libglib-2.0.so.0", "libGL.so.1", "libpng16.so.16")}
    assert names == {
        "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-keysyms.so.1": "libxcb-keysyms1",
        "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libEGL.so.1": "libegl1",
        "libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6",
        "libdbus-1.so.3": "libdbus-1-3", "libxcb-render-util.so.0": "libxcb-render-util0",
        "libfontconfig.so.1": "libfontconfig1", "libglib-2.0.so.0": "libglib2.0-0",
        "libGL.so.1": "libgl1", "libpng16.so.16": "libpng16-16"}

