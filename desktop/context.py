"""The application context handed to the main window and to every panel.

Built once by :func:`desktop.app.build_context` (the composition root, git-cola style); no
module-level singletons. It holds the long-lived services (settings, profile store, keyring,
account manager, task runner), the current :class:`~desktop.session.ProfileSession`, and the
signals panels listen to. Panels read ``ctx.session`` for the gateway and cache, submit their
work through ``ctx.runner`` and call ``ctx.confirm_write(...)`` before every write.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.session import (
    OFFLINE_GRACE_S,
    OpenedSession,
    ProfileSession,
    SyncOutcome,
    SyncProgress,
    open_session,
    rebuild_cache,
    run_sync,
)
from desktop.settings import Settings
from desktop.tasks import TaskControl, TaskRunner
from services.credentials import AccountManager, Profile, ProfileStore, SecretStore
from services.errors import UserFacingError
from services.sync import poll_interval
from widgets.live_confirm import confirm_live_write

if TYPE_CHECKING:
    from services.sandbox.server import SandboxServer

log = logging.getLogger(__name__)

OPEN_TASK = "open-profile"
DEMO_NAME = QT_TRANSLATE_NOOP("AccountSwitcher", "Demo (sandbox)")
"""The demo profile's name: stored in English, shown translated (see
:func:`widgets.account_switcher.profile_name`)."""

Confirmer = Callable[..., bool]


class AppContext(QObject):
    """Services, the open profile and the shell-wide signals.

    Signals:
        profiles_changed() -- a profile was added or removed (the switcher refreshes).
        profile_opening(object) -- a Profile is being opened (keyring, cache) in the background.
        profile_changed(object) -- the open profile changed; the Profile, or None.
        profile_failed(object) -- opening a profile failed; a UserFacingError.
        cache_problem(object) -- the open profile's cache is damaged; the CacheCorrupt.
        cache_rebuilt() -- the damaged cache was replaced by a fresh one.
        sync_started() -- a sync of the open profile began.
        sync_progress(object) -- a SyncProgress (counts per resource so far).
        sync_finished(object) -- a SyncOutcome (completed or cancelled).
        sync_failed(object) -- a UserFacingError from a sync.
        online_changed(bool) -- Stripe became reachable (True) or unreachable (False).
    """

    profiles_changed = Signal()
    profile_opening = Signal(object)
    profile_changed = Signal(object)
    profile_failed = Signal(object)
    cache_problem = Signal(object)
    cache_rebuilt = Signal()
    sync_started = Signal()
    sync_progress = Signal(object)
    sync_finished = Signal(object)
    sync_failed = Signal(object)
    online_changed = Signal(bool)

    def __init__(
        self,
        *,
        settings: Settings,
        profiles: ProfileStore,
        secrets: SecretStore,
        accounts: AccountManager,
        runner: TaskRunner,
        confirmer: Confirmer = confirm_live_write,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.profiles = profiles
        self.secrets = secrets
        self.accounts = accounts
        self.runner = runner
        self.confirmer = confirmer
        self.session: ProfileSession | None = None
        self.online = True
        self.demo_server: SandboxServer | None = None
        self.profiles_problem: UserFacingError | None = None
        """Why the saved profiles could not be read (a damaged profiles.json), if so."""
        self.offline_grace_s = OFFLINE_GRACE_S
        self._retiring: list[ProfileSession] = []
        self._syncing: set[ProfileSession] = set()
        runner.task_failed.connect(self._on_task_failed)
        self._poll_timer = QTimer(self)
        self._poll_timer.setSingleShot(True)
        self._poll_timer.timeout.connect(self._poll)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)

    # -- profiles --------------------------------------------------------------------------

    @property
    def profile(self) -> Profile | None:
        """The open profile, or None."""
        return self.session.profile if self.session is not None else None

    def all_profiles(self) -> list[Profile]:
        """Stored profiles, then in-memory ones (the demo); a damaged file yields none."""
        try:
            stored = self.profiles.list()
        except UserFacingError as exc:
            log.warning("profiles unreadable: %s", exc)
            self.profiles_problem = exc
            stored = []
        else:
            self.profiles_problem = None
        return stored + self.accounts.ephemeral_profiles()

    def find_profile(self, profile_id: str) -> Profile | None:
        """The profile with ``profile_id`` among :meth:`all_profiles`."""
        return next((p for p in self.all_profiles() if p.id == profile_id), None)

    def initial_profile_id(self) -> str | None:
        """The profile to open at start: the last used one, else the first, else None."""
        try:
            last = self.profiles.last_used_id()
        except UserFacingError:
            last = None
        if last is not None:
            return last
        profiles = self.all_profiles()
        return profiles[0].id if profiles else None

    def switch_profile(self, profile_id: str, *, sync: bool = True) -> None:
        """Open ``profile_id`` in the background; ``profile_changed`` fires when it is open."""
        profile = self.find_profile(profile_id)
        if profile is None:
            self.profile_failed.emit(
                UserFacingError(self.tr("There is no profile {0}.").format(repr(profile_id)))
            )
            return
        if self.session is not None and self.session.profile.id == profile_id:
            return
        accounts = self.accounts
        fresh = profile.demo and self.demo_server is not None

        def work(control: TaskControl) -> OpenedSession:
            return open_session(accounts, profile, fresh=fresh)

        def opened(result: OpenedSession) -> None:
            self._install(result, sync=sync)

        self.cancel_sync()
        self.profile_opening.emit(profile)
        self.runner.submit(
            work,
            on_success=opened,
            on_failure=self.profile_failed.emit,
            key=OPEN_TASK,
            name=f"open profile {profile_id}",
        )

    def _install(self, result: OpenedSession, *, sync: bool) -> None:
        old = self.session
        self.session = result.session
        if old is not None:
            self._retire(old)
        profile = result.session.profile
        if profile not in self.accounts.ephemeral_profiles():
            try:
                self.profiles.set_last_used(profile.id)
            except (KeyError, UserFacingError):
                log.warning("could not remember the last used profile", exc_info=True)
        self.profile_changed.emit(profile)
        if result.corrupt is not None:
            self.cache_problem.emit(result.corrupt)
        elif sync:
            self.start_sync(full=result.session.last_sync is None)

    def _retire(self, session: ProfileSession) -> None:
        """Close a session that is no longer current, once its sync has stopped."""
        if session in self._syncing:
            self._retiring.append(session)
        else:
            session.close()

    def profile_added(self, profile: Profile) -> None:
        """A new profile was stored (Add account dialog): refresh and open it."""
        self.profiles_changed.emit()
        self.switch_profile(profile.id)

    def remove_profile(
        self,
        profile_id: str,
        on_done: Callable[[], None] | None = None,
        on_failure: Callable[[UserFacingError], None] | None = None,
    ) -> None:
        """Delete a profile, its keyring entry and its cache (in the background)."""
        closing = self.session if self.session and self.session.profile.id == profile_id else None
        if closing is not None:
            self.cancel_sync()
            self.session = None
            self._retire(closing)
        accounts = self.accounts

        def work(control: TaskControl) -> bool:
            if closing is not None:
                closing.close()
            return accounts.remove_profile(profile_id)

        def removed(_: bool) -> None:
            self.profiles_changed.emit()
            if closing is not None:
                self.profile_changed.emit(None)
                next_id = self.initial_profile_id()
                if next_id is not None:
                    self.switch_profile(next_id)
            if on_done is not None:
                on_done()

        def failed(error: UserFacingError) -> None:
            self.profiles_changed.emit()
            if on_failure is not None:
                on_failure(error)
            else:
                self.profile_failed.emit(error)

        self.runner.submit(work, on_success=removed, on_failure=failed, name="remove profile")

    # -- demo ------------------------------------------------------------------------------

    def start_demo(self, on_failure: Callable[[UserFacingError], None] | None = None) -> None:
        """Start the sandbox with the demo seed and open the in-memory demo profile."""
        accounts = self.accounts

        def work(control: TaskControl) -> tuple[Any, Profile]:
            from services.sandbox.server import SandboxServer

            server = self.demo_server or SandboxServer(seed="demo").start()
            try:
                profile = accounts.add_ephemeral_account(
                    server.api_key, api_base=server.url, display_name=DEMO_NAME, demo=True
                )
            except BaseException:
                if server is not self.demo_server:
                    server.stop()
                raise
            return server, profile

        def started(result: tuple[Any, Profile]) -> None:
            server, profile = result
            self.demo_server = server
            self.profiles_changed.emit()
            self.switch_profile(profile.id)

        self.runner.submit(
            work,
            on_success=started,
            on_failure=on_failure or self.profile_failed.emit,
            key="demo",
            name="start demo sandbox",
        )

    def open_env_account(self, key: str, api_base: str | None) -> None:
        """Open the account of ``$COUNTERFOIL_API_KEY`` (kept in memory, never stored)."""
        accounts = self.accounts

        def work(control: TaskControl) -> Profile:
            return accounts.add_ephemeral_account(key, api_base=api_base)

        def opened(profile: Profile) -> None:
            self.profiles_changed.emit()
            self.switch_profile(profile.id)

        self.runner.submit(
            work, on_success=opened, on_failure=self.profile_failed.emit, name="open env key"
        )

    # -- sync ------------------------------------------------------------------------------

    @staticmethod
    def _sync_key(session: ProfileSession) -> str:
        return f"sync-{id(session)}"

    @property
    def syncing(self) -> bool:
        """True while a sync of the open profile runs."""
        return self.session is not None and self.runner.is_running(self._sync_key(self.session))

    def start_sync(self, *, full: bool = False) -> bool:
        """Sync the open profile in the background; False if there is nothing to sync."""
        session = self.session
        if session is None or not session.usable or self.syncing:
            return False
        self._syncing.add(session)
        grace = self.offline_grace_s

        def work(control: TaskControl) -> SyncOutcome:
            return run_sync(
                session,
                full=full,
                progress=control.progress,
                cancel=control.event,
                offline_grace_s=grace,
            )

        def done(outcome: SyncOutcome) -> None:
            self._sync_ended(session)
            self.set_online(True)
            if session is self.session:
                self.sync_finished.emit(outcome)

        def failed(error: UserFacingError) -> None:
            self._sync_ended(session)
            if session is self.session:
                self.sync_failed.emit(error)

        def cancelled() -> None:
            self._sync_ended(session)
            if session is self.session:
                self.sync_finished.emit(SyncOutcome(cancelled=True))

        self._poll_timer.stop()

        def progressed(progress: SyncProgress) -> None:
            if session is self.session:
                self.sync_progress.emit(progress)

        self.sync_started.emit()
        self.runner.submit(
            work,
            on_success=done,
            on_failure=failed,
            on_progress=progressed,
            on_cancelled=cancelled,
            key=self._sync_key(session),
            name="sync",
        )
        return True

    def _sync_ended(self, session: ProfileSession) -> None:
        self._syncing.discard(session)
        if session in self._retiring:
            self._retiring.remove(session)
            session.close()
        if session is self.session:
            self._schedule_poll()

    # -- polling ----------------------------------------------------------------------------

    @staticmethod
    def _window_active() -> bool:
        state = QGuiApplication.applicationState()
        return state == Qt.ApplicationState.ApplicationActive

    def _schedule_poll(self) -> None:
        """Sync again after ``poll_interval`` (60 s while the window is active, else 300 s)."""
        if self.session is None:
            return
        self._poll_timer.start(poll_interval(self._window_active()) * 1000)

    @property
    def next_poll_ms(self) -> int | None:
        """Milliseconds until the next background sync, or None if none is scheduled."""
        return self._poll_timer.remainingTime() if self._poll_timer.isActive() else None

    def _poll(self) -> None:
        if not self.start_sync(full=False):
            self._schedule_poll()

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        active_ms = poll_interval(True) * 1000
        if (
            state == Qt.ApplicationState.ApplicationActive
            and self._poll_timer.isActive()
            and self._poll_timer.remainingTime() > active_ms
        ):
            self._poll_timer.start(active_ms)

    def cancel_sync(self) -> bool:
        """Stop the running sync after its current page; what was fetched is kept."""
        if self.session is None:
            return False
        return self.runner.cancel(self._sync_key(self.session))

    def rebuild_cache(self) -> None:
        """Replace the open profile's damaged cache with a fresh one, then sync it fully."""
        session = self.session
        if session is None:
            return

        def work(control: TaskControl) -> ProfileSession:
            return rebuild_cache(session)

        def rebuilt(_: ProfileSession) -> None:
            self.cache_rebuilt.emit()
            self.start_sync(full=True)

        self.runner.submit(
            work,
            on_success=rebuilt,
            on_failure=self.profile_failed.emit,
            key="rebuild-cache",
            name="rebuild cache",
        )

    # -- connectivity ----------------------------------------------------------------------

    def set_online(self, online: bool) -> None:
        """Record whether Stripe is reachable; emits ``online_changed`` on a change."""
        if online != self.online:
            self.online = online
            self.online_changed.emit(online)

    def _on_task_failed(self, error: UserFacingError) -> None:
        if getattr(error, "kind", None) == "network":
            self.set_online(False)

    # -- writes ----------------------------------------------------------------------------

    def confirm_write(
        self,
        parent: QWidget | None,
        action: str,
        *,
        details: str | None = None,
        confirm_label: str | None = None,
    ) -> bool:
        """Before any write: True in test mode; in live mode ask, naming account and action."""
        profile = self.profile
        if profile is None:
            return False
        if not profile.livemode:
            return True
        return bool(
            self.confirmer(
                parent,
                account_name=profile.display_name,
                account_id=profile.account_id,
                action=action,
                details=details,
                confirm_label=confirm_label,
            )
        )

    # -- lifetime --------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop background work, close the cache, forget the demo and stop its sandbox."""
        self._poll_timer.stop()
        self.runner.shutdown()
        for session in [*self._retiring, *([self.session] if self.session else [])]:
            session.close()
        self._retiring.clear()
        self.session = None
        for profile in self.accounts.ephemeral_profiles():
            if profile.demo:
                try:
                    self.accounts.remove_profile(profile.id)
                except Exception:
                    log.warning("could not clean up the demo profile", exc_info=True)
        if self.demo_server is not None:
            self.demo_server.stop()
            self.demo_server = None
