"""Run tests against a real Secret Service: gnome-keyring on a private D-Bus bus.

Used as a pytest plugin (``pytest_plugins = ["tests.keyring_support"]`` in
``tests/conftest.py``); it provides two fixtures:

``real_keyring``
    Starts (once per test session) a private ``dbus-daemon`` and a
    ``gnome-keyring-daemon --unlock --components=secrets`` whose fresh "login" keyring
    lives in a temporary HOME and is unlocked with a throw-away password. For each
    test it points this process at that bus, installs keyring's SecretService backend
    as the active backend, checks a set/get/delete round-trip, and yields a
    :class:`RealKeyring` with a service name unique to the test. Skips, with the
    reason, only when the daemon cannot be started (not Linux, gnome-keyring or dbus
    not installed); with ``COUNTERFOIL_REQUIRE_REAL_KEYRING=1`` (set by ``.ci/run``)
    that is a failure instead, so CI cannot pass with these tests skipped.

``keyring_backend``
    A setter for the process-wide keyring backend that restores the previous one
    after the test (e.g. ``keyring_backend(keyring.backends.fail.Keyring())``).

Loading the plugin also makes keyring's failing backend the default for the whole
run (``pytest_configure``), so code under test that reaches for the keyring without
one of these fixtures gets Counterfoil's "no secure keyring" error and can never write
to the machine's own keyring.

The bus is always private, even when ``DBUS_SESSION_BUS_ADDRESS`` is set (tests run
by ``tests/run.sh`` sit inside ``dbus-run-session``): running the suite from a desktop
terminal must never replace or write to the user's own keyring. Nothing here mocks
the keyring; every secret really goes through D-Bus into gnome-keyring.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.core
import pytest
from keyring.backends import SecretService

from services.credentials import SecretStore

KEYRING_PASSWORD = "counterfoil-test-keyring"
REQUIRE_ENV = "COUNTERFOIL_REQUIRE_REAL_KEYRING"
"""Set to 1 (``.ci/run`` does) to fail rather than skip when gnome-keyring can't start."""
STARTUP_TIMEOUT = 15.0
_BUS_ENV = "DBUS_SESSION_BUS_ADDRESS"
_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>{address}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@contextlib.contextmanager
def bus_environment(address: str) -> Iterator[None]:
    """Point this process's D-Bus clients (secretstorage/jeepney) at ``address``."""
    previous = os.environ.get(_BUS_ENV)
    os.environ[_BUS_ENV] = address
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(_BUS_ENV, None)
        else:
            os.environ[_BUS_ENV] = previous


@dataclass
class SecretServiceSession:
    """A private D-Bus bus with an unlocked gnome-keyring on it."""

    workdir: Path
    bus_address: str
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def child_env(self) -> dict[str, str]:
        """A minimal environment for the daemons and ``secret-tool``: a private HOME,
        no DISPLAY (so no unlock prompt can appear), this session's bus."""
        home = self.workdir / "home"
        run = self.workdir / "run"
        return {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_RUNTIME_DIR": str(run),
            _BUS_ENV: self.bus_address,
        }

    def log_tail(self, limit: int = 1500) -> str:
        parts = []
        for log in sorted(self.workdir.glob("*.log")):
            text = log.read_text(errors="replace").strip()
            if text:
                parts.append(f"[{log.name}] {text[-limit:]}")
        return " | ".join(parts) or "(no output)"

    def stop(self) -> None:
        for proc in reversed(self.processes):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=5)
        self.processes.clear()
        shutil.rmtree(self.workdir, ignore_errors=True)


def _wait_for(predicate: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def _round_trip(backend: keyring.backend.KeyringBackend) -> None:
    """Raise unless a secret can be written, read back and deleted."""
    service, user, secret = "counterfoil-probe", uuid.uuid4().hex, uuid.uuid4().hex
    backend.set_password(service, user, secret)
    got = backend.get_password(service, user)
    backend.delete_password(service, user)
    if got != secret:
        raise RuntimeError(f"round-trip returned {got!r}")
    if backend.get_password(service, user) is not None:
        raise RuntimeError("deleted secret is still readable")


def start_secret_service() -> SecretServiceSession | str:
    """Start a private bus + unlocked gnome-keyring, or return why it is impossible."""
    if not sys.platform.startswith("linux"):
        return f"real-keyring tests need Linux with gnome-keyring (this is {sys.platform})"
    daemon = shutil.which("gnome-keyring-daemon")
    dbus_daemon = shutil.which("dbus-daemon")
    if daemon is None:
        return (
            "gnome-keyring-daemon is not installed "
            "(Debian/Ubuntu: sudo apt install gnome-keyring dbus; .ci/run does this)"
        )
    if dbus_daemon is None:
        return "dbus-daemon is not installed (Debian/Ubuntu: sudo apt install dbus)"

    # Short path: the bus socket path must fit in sockaddr_un (108 bytes).
    workdir = Path(tempfile.mkdtemp(prefix="cf-keyring-"))
    for sub in ("home", "run"):
        (workdir / sub).mkdir(mode=0o700)
    socket_path = workdir / "bus"
    session = SecretServiceSession(workdir, f"unix:path={socket_path}")
    env = session.child_env()
    # Our own bus config: like the stock session bus but with no service activation,
    # so nothing but the daemon started below can own org.freedesktop.secrets.
    config = workdir / "bus.conf"
    config.write_text(_BUS_CONFIG.format(address=session.bus_address))
    try:
        with open(workdir / "dbus.log", "wb") as log:
            session.processes.append(
                subprocess.Popen(
                    [dbus_daemon, f"--config-file={config}", "--nofork", "--nopidfile"],
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    env=env,
                )
            )
        if not _wait_for(socket_path.exists, STARTUP_TIMEOUT):
            reason = f"private dbus-daemon did not start: {session.log_tail()}"
            session.stop()
            return reason

        with open(workdir / "gnome-keyring.log", "wb") as log:
            keyring_proc = subprocess.Popen(
                [daemon, "--foreground", "--unlock", "--components=secrets"],
                stdin=subprocess.PIPE,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
            )
        session.processes.append(keyring_proc)
        assert keyring_proc.stdin is not None
        # --unlock reads the login keyring's password from stdin; a fresh HOME means
        # a new "login" keyring is created with it, unlocked, and made the default.
        keyring_proc.stdin.write(KEYRING_PASSWORD.encode())
        keyring_proc.stdin.close()

        backend = SecretService.Keyring()
        errors: list[str] = []

        def ready() -> bool:
            if keyring_proc.poll() is not None:
                return True
            with bus_environment(session.bus_address):
                try:
                    if SecretService.Keyring.priority < 1:
                        raise RuntimeError("SecretService backend has no priority")
                    _round_trip(backend)
                except Exception as exc:
                    errors[:] = [f"{type(exc).__name__}: {exc}"]
                    return False
            return True

        ok = _wait_for(ready, STARTUP_TIMEOUT)
        if keyring_proc.poll() is not None:
            reason = (
                f"gnome-keyring-daemon exited with status {keyring_proc.returncode}: "
                f"{session.log_tail()}"
            )
            session.stop()
            return reason
        if not ok:
            reason = (
                "gnome-keyring started but a keyring round-trip failed "
                f"({errors[-1] if errors else 'timeout'}): "
                f"{session.log_tail()}"
            )
            session.stop()
            return reason
        return session
    except BaseException:
        session.stop()
        raise


@dataclass
class RealKeyring:
    """What a test gets from the ``real_keyring`` fixture."""

    session: SecretServiceSession
    backend: keyring.backend.KeyringBackend
    service_name: str

    def secret_store(self) -> SecretStore:
        """A SecretStore using the active (Secret Service) backend and this test's name."""
        return SecretStore(service_name=self.service_name)

    def lookup(self, username: str) -> str | None:
        """Read an entry independently of python-keyring: with libsecret's ``secret-tool``
        when installed, else straight through secretstorage."""
        tool = shutil.which("secret-tool")
        if tool is not None:
            result = subprocess.run(
                [tool, "lookup", "service", self.service_name, "username", username],
                capture_output=True,
                env=self.session.child_env(),
                timeout=30,
                check=False,
            )
            return result.stdout.decode() if result.returncode == 0 else None
        import secretstorage

        with contextlib.closing(secretstorage.dbus_init()) as conn:
            items = secretstorage.search_items(
                conn, {"service": self.service_name, "username": username}
            )
            for item in items:
                return item.get_secret().decode()
        return None


def _current_backend() -> keyring.backend.KeyringBackend | None:
    return getattr(keyring.core, "_keyring_backend", None)


def _restore_backend(previous: keyring.backend.KeyringBackend | None) -> None:
    if previous is None:
        setattr(keyring.core, "_keyring_backend", None)  # noqa: B010 - private, no setter
    else:
        keyring.set_keyring(previous)


def pytest_configure(config: pytest.Config) -> None:
    """Make "no keyring" the default for the whole test run.

    Code under test that reaches for the keyring without asking for ``real_keyring``
    (or ``keyring_backend``) then gets Counterfoil's "no secure keyring" error instead
    of writing into whatever keyring the machine has, such as a developer's own
    desktop keyring.
    """
    keyring.set_keyring(keyring.backends.fail.Keyring())


@pytest.fixture(scope="session")
def secret_service_session() -> Iterator[SecretServiceSession | str]:
    """The session-wide private bus + gnome-keyring, or the reason it can't run."""
    started = start_secret_service()
    yield started
    if isinstance(started, SecretServiceSession):
        started.stop()


@pytest.fixture
def keyring_backend() -> Iterator[Callable[[keyring.backend.KeyringBackend], None]]:
    """Set the process-wide keyring backend for one test; the old one comes back after."""
    previous = _current_backend()
    yield keyring.set_keyring
    _restore_backend(previous)


@pytest.fixture
def real_keyring(
    secret_service_session: SecretServiceSession | str,
) -> Iterator[RealKeyring]:
    """An unlocked gnome-keyring behind keyring's SecretService backend (see module doc)."""
    if isinstance(secret_service_session, str):
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{REQUIRE_ENV}=1 but no real keyring: {secret_service_session}")
        pytest.skip(f"no real keyring: {secret_service_session}")
    previous = _current_backend()
    with bus_environment(secret_service_session.bus_address):
        backend = SecretService.Keyring()
        _round_trip(backend)  # fails the test (not skips) if the running daemon broke
        keyring.set_keyring(backend)
        try:
            yield RealKeyring(
                session=secret_service_session,
                backend=backend,
                service_name=f"counterfoil-test-{uuid.uuid4().hex[:12]}",
            )
        finally:
            _restore_backend(previous)
