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



# -- a fresh Debian without the xcb libraries: what `python3 dev.py demo` does -------------

PACKAGES = ["libdbus-1-3", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
            "libxkbcommon-x11-0"]
COMMAND = "apt-get install -y --no-install-recommends " + " ".join(PACKAGES)


class FakeSystem:
    """`ldd`, `apt-get` and the user id of a bare Debian, without touching the real ones:
    apt-get "installs" by emptying ldd's list of missing libraries (or not, if it fails)."""

    def __init__(self, monkeypatch, tmp_path, *, uid: int, apt: bool = True,
                 install_works: bool = True) -> None:
        self.calls: list[tuple[list[str], dict[str, str] | None]] = []
        self.ldd_output = LDD
        self.install_works = install_works
        plugin = tmp_path / "lib/python3.11/site-packages/PySide6/Qt/plugins/platforms"
        plugin.mkdir(parents=True)
        (plugin / "libqxcb.so").write_bytes(b"")
        self.plugin = plugin / "libqxcb.so"
        tools = {"ldd": "/usr/bin/ldd"} | ({"apt-get": "/usr/bin/apt-get"} if apt else {})
        monkeypatch.setattr(dev, "VENV", tmp_path)
        monkeypatch.setattr(dev.sys, "platform", "linux")
        monkeypatch.setattr(dev.os, "geteuid", lambda: uid)
        monkeypatch.setattr("shutil.which", lambda name, *a, **k: tools.get(name))
        monkeypatch.setattr(dev.subprocess, "run", self.run)

    def run(self, cmd, *args, env=None, **kwargs):
        self.calls.append((list(cmd), env))
        if cmd[0] == "ldd":
            assert cmd[1] == str(self.plugin)
            return dev.subprocess.CompletedProcess(cmd, 0, self.ldd_output, "")
        if cmd[:2] == ["apt-get", "install"] and self.install_works:
            self.ldd_output = "\tlibxcb-icccm.so.4 => /lib/libxcb-icccm.so.4 (0x7f)\n"
        return dev.subprocess.CompletedProcess(cmd, 0, "", "")

    def apt_calls(self) -> list[list[str]]:
        return [cmd for cmd, _env in self.calls if cmd[0] == "apt-get"]


def test_the_packages_come_from_ldd_on_qts_xcb_plugin(monkeypatch, tmp_path):
    FakeSystem(monkeypatch, tmp_path, uid=1000)
    assert dev.missing_qt_packages() == PACKAGES


def test_not_root_it_prints_the_one_command_and_stops(monkeypatch, tmp_path, capsys):
    system = FakeSystem(monkeypatch, tmp_path, uid=1000)
    assert dev.ensure_qt_libraries() is False
    assert system.apt_calls() == []  # nothing installed behind the user's back
    err = capsys.readouterr().err
    assert "Qt cannot open a window: these system libraries are missing." in err
    assert f"\n    sudo {COMMAND}\n" in err


def test_root_with_apt_installs_them_and_goes_on(monkeypatch, tmp_path, capsys):
    system = FakeSystem(monkeypatch, tmp_path, uid=0)
    assert dev.ensure_qt_libraries() is True
    assert system.apt_calls() == [["apt-get", "update", "-qq"], COMMAND.split()]
    assert all(env and env["DEBIAN_FRONTEND"] == "noninteractive"
               for cmd, env in system.calls if cmd[0] == "apt-get")
    captured = capsys.readouterr()
    assert "Installing the system libraries Qt needs: " + " ".join(PACKAGES) in captured.out
    assert captured.err == ""


def test_root_whose_install_failed_is_told_the_command(monkeypatch, tmp_path, capsys):
    FakeSystem(monkeypatch, tmp_path, uid=0, install_works=False)
    assert dev.ensure_qt_libraries() is False
    assert f"sudo {COMMAND}" in capsys.readouterr().err


def test_root_without_apt_is_told_the_command(monkeypatch, tmp_path, capsys):
    system = FakeSystem(monkeypatch, tmp_path, uid=0, apt=False)
    assert dev.ensure_qt_libraries() is False
    assert system.apt_calls() == []
    assert f"sudo {COMMAND}" in capsys.readouterr().err


def test_the_demo_does_not_start_without_them(monkeypatch, tmp_path, capsys):
    FakeSystem(monkeypatch, tmp_path, uid=1000)
    started: list[tuple[object, ...]] = []
    monkeypatch.setattr(dev, "setup", lambda: None)
    monkeypatch.setattr(dev, "run", lambda *cmd, **kw: started.append(cmd))
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert dev.main(["demo"]) == 1
    assert started == []
    assert f"sudo {COMMAND}" in capsys.readouterr().err


def test_nothing_missing_nothing_said(monkeypatch, tmp_path, capsys):
    system = FakeSystem(monkeypatch, tmp_path, uid=1000)
    system.ldd_output = "\tlibxcb-icccm.so.4 => /lib/libxcb-icccm.so.4 (0x7f)\n"
    assert dev.ensure_qt_libraries() is True
    assert capsys.readouterr() == ("", "")
