"""Stripe accounts the user has added: key checks, profiles, and the OS keyring.

The rule this module exists to enforce: **an API key is stored in the operating
system's keyring and nowhere else.** ``profiles.json`` holds only non-secret metadata
(account id, display name, mode, key kind, API base address); keys live in the
Secret Service / Keychain / Credential Manager through the ``keyring`` library, under
the service name ``counterfoil`` and the profile id as user name. When no secure
keyring is available Counterfoil refuses to store keys and says how to fix that; it
never falls back to a file. Demo and environment-variable (``COUNTERFOIL_API_KEY``)
sessions keep their key in memory only.

Pieces:

* :func:`classify_key` — tell a secret/restricted, live/test key from everything a
  merchant might paste by mistake, with a helpful message.
* :class:`Profile` / :class:`ProfileStore` — the metadata file, written atomically,
  mode 0600.
* :class:`SecretStore` — the keyring, with :meth:`SecretStore.check_backend` refusing
  insecure backends.
* :class:`AccountManager` — add (verify with Stripe, then store), open and remove
  accounts, including the profile's cache files.
"""

from __future__ import annotations

import builtins
import contextlib
import glob
import json
import os
import re
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

import keyring
import keyring.backend
import keyring.errors
import stripe
from keyring.backends.chainer import ChainerBackend

from services.config import ENV_API_KEY, ensure_private_dir
from services.errors import UserFacingError, describe, parse_account_id, said
from services.gateway import StripeGateway, normalise_api_base
from services.redact import contains_secret, redact

KeyKind = Literal["secret", "restricted"]

SERVICE_NAME = "counterfoil"
PROFILES_FILE = "profiles.json"
PROFILES_FORMAT_VERSION = 1

_KEY_PREFIXES: dict[str, tuple[KeyKind, bool]] = {
    "sk_live_": ("secret", True),
    "sk_test_": ("secret", False),
    "rk_live_": ("restricted", True),
    "rk_test_": ("restricted", False),
}
# Stripe's shortest keys have a 24-character body; current ones are ~99 characters.
MIN_KEY_BODY = 24
MAX_KEY_LENGTH = 255
_KEY_BODY_RE = re.compile(r"[A-Za-z0-9_]+")
_PROFILE_ID_RE = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")


# --------------------------------------------------------------------------- keys
@dataclass(frozen=True)
class KeyInfo:
    """What a key is, judged from its shape alone (Stripe has not seen it yet)."""

    kind: KeyKind
    livemode: bool

    @property
    def mode(self) -> str:
        return "live" if self.livemode else "test"


def normalize_key(key: str) -> str:
    """The key with the surrounding whitespace of a copy-paste removed."""
    return key.strip()


def classify_key(key: str) -> KeyInfo:
    """Classify ``key`` or raise ``UserFacingError(kind="malformed_key")`` saying what's wrong.

    Surrounding whitespace is ignored (see :func:`normalize_key`).
    """
    key = normalize_key(key or "")
    if not key:
        raise said(
            "No key was entered. Paste a secret key (sk_…) or restricted key (rk_…) from "
            "the Stripe Dashboard → Developers → API keys.",
            kind="malformed_key",
        )
    if any(ch.isspace() for ch in key):
        raise said(
            "The key contains spaces or line breaks, so it was probably copied together "
            "with other text. Paste a secret key (sk_…) or restricted key (rk_…) from the "
            "Stripe Dashboard → Developers → API keys.",
            kind="malformed_key",
        )
    if key[0] in "\"'" or key[-1] in "\"'":
        raise said(
            "Remove the quotation marks around the key and paste it again.",
            kind="malformed_key",
        )
    if key.startswith("pk_"):
        raise said(
            "This is a publishable key (pk_…), which can't read or change billing data; "
            "paste a secret key (sk_…) or restricted key (rk_…) instead.",
            kind="malformed_key",
        )
    if key.startswith("whsec_"):
        raise said(
            "This is a webhook signing secret (whsec_…), not an API key. Paste a secret key "
            "(sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → "
            "API keys.",
            kind="malformed_key",
        )
    if key.startswith(("acct_", "ca_")):
        raise said(
            "This is an account or client id, not an API key. Paste a secret key (sk_…) or "
            "restricted key (rk_…) from the Stripe Dashboard → Developers → API keys.",
            kind="malformed_key",
        )
    prefix = next((p for p in _KEY_PREFIXES if key.startswith(p)), None)
    if prefix is None:
        raise said(
            "This doesn't look like a Stripe API key: keys start with sk_live_, sk_test_, "
            "rk_live_ or rk_test_. Paste a secret key (sk_…) or restricted key (rk_…) from "
            "the Stripe Dashboard → Developers → API keys.",
            kind="malformed_key",
        )
    body = key[len(prefix) :]
    if "*" in body or "…" in body or "..." in body:
        raise said(
            "This key is masked or shortened (it contains * or …). Reveal the key in the "
            "Stripe Dashboard → Developers → API keys and copy it whole.",
            kind="malformed_key",
        )
    if not _KEY_BODY_RE.fullmatch(body or "_"):
        raise said(
            "The key contains characters a Stripe key never has; copy it again. Paste a "
            "secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → "
            "Developers → API keys.",
            kind="malformed_key",
        )
    if len(body) < MIN_KEY_BODY:
        raise said(
            "This key is too short; it was probably cut off while copying. Copy it again "
            "from the Stripe Dashboard → Developers → API keys.",
            kind="malformed_key",
        )
    if len(key) > MAX_KEY_LENGTH:
        raise said(
            "This is longer than any Stripe key; it may be several keys pasted together. "
            "Paste a secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → "
            "Developers → API keys.",
            kind="malformed_key",
        )
    kind, livemode = _KEY_PREFIXES[prefix]
    return KeyInfo(kind=kind, livemode=livemode)


# ----------------------------------------------------------------------- profiles
@dataclass(frozen=True)
class Profile:
    """One Stripe account + mode + key the user has added. Contains no secret."""

    id: str
    display_name: str
    account_id: str
    livemode: bool
    key_kind: KeyKind
    api_base: str | None = None
    demo: bool = False

    def __post_init__(self) -> None:
        if not _PROFILE_ID_RE.fullmatch(self.id):
            raise ValueError(f"invalid profile id {self.id!r}")
        if self.key_kind not in ("secret", "restricted"):
            raise ValueError(f"invalid key kind {self.key_kind!r}")

    @property
    def mode(self) -> str:
        return "live" if self.livemode else "test"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Profile:
        """Build from :meth:`to_dict` output; unknown fields are ignored."""

        def need(name: str, typ: type) -> Any:
            value = data.get(name)
            if not isinstance(value, typ):
                raise ValueError(f"profile field {name!r} missing or not {typ.__name__}")
            return value

        api_base = data.get("api_base")
        if api_base is not None and not isinstance(api_base, str):
            raise ValueError("profile field 'api_base' is not a string")
        return cls(
            id=need("id", str),
            display_name=need("display_name", str),
            account_id=need("account_id", str),
            livemode=need("livemode", bool),
            key_kind=need("key_kind", str),
            api_base=api_base,
            demo=bool(data.get("demo", False)),
        )


def profile_slug(account_id: str, livemode: bool) -> str:
    """The default profile id for an account and mode, e.g. ``acct_1abc-test``."""
    base = re.sub(r"[^a-z0-9_-]+", "-", account_id.lower()).strip("-_") or "account"
    return f"{base[:48]}-{'live' if livemode else 'test'}"


class ProfileStore:
    """``profiles.json`` in the config directory: profiles plus the last-used profile id.

    Writes go to a temporary file in the same directory and are moved into place with
    ``os.replace``, so a crash never leaves a half-written file; the file is 0600.
    """

    def __init__(self, config_dir: Path) -> None:
        self.config_dir = config_dir
        self.path = config_dir / PROFILES_FILE
        self._lock = threading.RLock()

    # -- reading ------------------------------------------------------------------
    def _read(self) -> tuple[builtins.list[Profile], str | None]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return [], None
        try:
            raw = json.loads(text)
            if not isinstance(raw, dict) or not isinstance(raw.get("profiles", []), list):
                raise ValueError("not a profiles file")
            profiles = [Profile.from_dict(p) for p in raw.get("profiles", [])]
        except ValueError as exc:
            raise said(
                "The account list {path} is damaged ({detail}). Repair or delete it and "
                "add your accounts again; keys already in the keyring are not affected.",
                kind="invalid",
                values={"path": self.path, "detail": exc},
            ) from exc
        last = raw.get("last_used")
        return profiles, last if isinstance(last, str) else None

    def list(self) -> list[Profile]:
        """All stored profiles, in the order they were added."""
        with self._lock:
            return self._read()[0]

    def get(self, profile_id: str) -> Profile | None:
        with self._lock:
            return next((p for p in self._read()[0] if p.id == profile_id), None)

    def last_used_id(self) -> str | None:
        """The last-used profile id, if it still exists."""
        with self._lock:
            profiles, last = self._read()
            return last if any(p.id == last for p in profiles) else None

    # -- writing ------------------------------------------------------------------
    def save(self, profile: Profile) -> None:
        """Add ``profile`` or replace the one with the same id (keeping its position)."""
        if profile.demo:
            raise ValueError("demo profiles are never stored")
        with self._lock:
            profiles, last = self._read()
            for i, existing in enumerate(profiles):
                if existing.id == profile.id:
                    profiles[i] = profile
                    break
            else:
                profiles.append(profile)
            self._write(profiles, last)

    def remove(self, profile_id: str) -> bool:
        """Forget a profile; returns False if there was none with that id."""
        with self._lock:
            profiles, last = self._read()
            kept = [p for p in profiles if p.id != profile_id]
            if len(kept) == len(profiles):
                return False
            self._write(kept, None if last == profile_id else last)
            return True

    def set_last_used(self, profile_id: str | None) -> None:
        with self._lock:
            profiles, _ = self._read()
            if profile_id is not None and not any(p.id == profile_id for p in profiles):
                raise KeyError(profile_id)
            self._write(profiles, profile_id)

    def _write(self, profiles: builtins.list[Profile], last_used: str | None) -> None:
        document = {
            "version": PROFILES_FORMAT_VERSION,
            "last_used": last_used,
            "profiles": [p.to_dict() for p in profiles],
        }
        text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
        if contains_secret(text):
            # A key pasted into a name field, say. Never write it to disk.
            raise ValueError("refusing to write a secret into profiles.json")
        ensure_private_dir(self.config_dir)
        fd, tmp = tempfile.mkstemp(dir=self.config_dir, prefix=".profiles.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            if sys.platform != "win32":
                os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise


# ------------------------------------------------------------------------ keyring
def _backend_name(backend: keyring.backend.KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _is_insecure(backend: keyring.backend.KeyringBackend) -> bool:
    """Backends that would not protect a key: fail, null, and file-based ones."""
    module = type(backend).__module__
    name = _backend_name(backend).lower()
    if module in ("keyring.backends.fail", "keyring.backends.null"):
        return True
    if module.startswith("keyrings.alt"):  # "alternate, less secure" backends
        return True
    return any(word in name for word in ("plaintext", "file"))


def _no_keyring(backend: str | None) -> UserFacingError:
    """The refusal when no secure keyring is there; ``backend`` names a file-based one."""
    values = {"backend": backend or "", "variable": ENV_API_KEY}
    if sys.platform == "darwin":
        if backend:
            return said(
                "No secure keyring is available (the configured backend, {backend}, stores "
                "keys in a file). Make sure the macOS login Keychain is available and "
                "unlocked, or set {variable} for scripted use. Counterfoil never stores keys "
                "in a plain file.",
                kind="keyring",
                values=values,
            )
        return said(
            "No secure keyring is available. Make sure the macOS login Keychain is available "
            "and unlocked, or set {variable} for scripted use. Counterfoil never stores keys "
            "in a plain file.",
            kind="keyring",
            values=values,
        )
    if sys.platform == "win32":
        if backend:
            return said(
                "No secure keyring is available (the configured backend, {backend}, stores "
                "keys in a file). Make sure Windows Credential Manager is available, or set "
                "{variable} for scripted use. Counterfoil never stores keys in a plain file.",
                kind="keyring",
                values=values,
            )
        return said(
            "No secure keyring is available. Make sure Windows Credential Manager is "
            "available, or set {variable} for scripted use. Counterfoil never stores keys in "
            "a plain file.",
            kind="keyring",
            values=values,
        )
    if backend:
        return said(
            "No secure keyring is available (the configured backend, {backend}, stores keys "
            "in a file). Install and unlock GNOME Keyring or KWallet (Debian/Ubuntu: sudo "
            "apt install gnome-keyring), or set {variable} for scripted use. Counterfoil "
            "never stores keys in a plain file.",
            kind="keyring",
            values=values,
        )
    return said(
        "No secure keyring is available. Install and unlock GNOME Keyring or KWallet "
        "(Debian/Ubuntu: sudo apt install gnome-keyring), or set {variable} for scripted "
        "use. Counterfoil never stores keys in a plain file.",
        kind="keyring",
        values=values,
    )


class SecretStore:
    """API keys in the OS keyring, one entry per profile id.

    ``backend`` defaults to whatever ``keyring.get_keyring()`` returns at the time of
    each call. When that is a chain of backends, only its secure members are used.
    """

    def __init__(
        self,
        service_name: str = SERVICE_NAME,
        backend: keyring.backend.KeyringBackend | None = None,
    ) -> None:
        self.service_name = service_name
        self._backend = backend

    def check_backend(self) -> keyring.backend.KeyringBackend:
        """The secure backend keys will go to; raises ``UserFacingError(kind="keyring")``."""
        active = self._backend if self._backend is not None else keyring.get_keyring()
        candidates = [active]
        if isinstance(active, ChainerBackend):
            # Try the chain's secure members only, so nothing can "fall through" to a file.
            candidates = list(active.backends)
        for candidate in candidates:
            if not _is_insecure(candidate):
                return candidate
        if _is_insecure(active) and type(active).__module__ not in (
            "keyring.backends.fail",
            "keyring.backends.null",
        ):
            raise _no_keyring(_backend_name(active))
        raise _no_keyring(None)

    def backend_name(self) -> str:
        """A short name of the keyring in use, for the UI (raises like check_backend)."""
        backend = self.check_backend()
        return str(getattr(backend, "name", None) or _backend_name(backend))

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except UserFacingError:
            raise
        except keyring.errors.KeyringError as exc:
            raise describe(exc) from exc
        except Exception as exc:  # secretstorage / D-Bus failures surface as anything
            raise said(
                "The system keyring failed ({error_type}). Make sure it is running "
                "and unlocked, then try again.",
                kind="keyring",
                values={"error_type": type(exc).__name__},
            ) from exc

    def set_key(self, profile_id: str, key: str) -> None:
        """Store ``key`` for ``profile_id`` (replacing any previous one) and read it back."""
        backend = self.check_backend()
        with self._guard():
            backend.set_password(self.service_name, profile_id, key)
            stored = backend.get_password(self.service_name, profile_id)
        if stored != key:
            raise said(
                "The system keyring accepted the key but did not keep it; check that it "
                "is unlocked and working.",
                kind="keyring",
            )

    def get_key(self, profile_id: str) -> str | None:
        backend = self.check_backend()
        with self._guard():
            return backend.get_password(self.service_name, profile_id)

    def delete_key(self, profile_id: str) -> bool:
        """Delete the key for ``profile_id`` (every copy); False if there was none."""
        backend = self.check_backend()
        deleted = False
        with self._guard():
            # Some backends delete one matching item per call; stop at a sane bound.
            for _ in range(16):
                if backend.get_password(self.service_name, profile_id) is None:
                    break
                try:
                    backend.delete_password(self.service_name, profile_id)
                except keyring.errors.PasswordDeleteError:
                    break
                deleted = True
        return deleted


# ----------------------------------------------------------------------- accounts
def account_display_name(account: dict[str, Any]) -> str:
    """Name an account the way the Dashboard does, falling back to its id."""
    settings = account.get("settings")
    dashboard = settings.get("dashboard") if isinstance(settings, dict) else None
    business = account.get("business_profile")
    for candidate in (
        dashboard.get("display_name") if isinstance(dashboard, dict) else None,
        business.get("name") if isinstance(business, dict) else None,
        account.get("id"),
    ):
        if isinstance(candidate, str) and candidate.strip():
            return candidate.strip()
    return "Stripe account"


PROFILE_DATA_FOLDERS: tuple[str, ...] = ("branding-drafts",)
"""Folders under the data directory that keep per-profile files in ``<folder>/<profile id>/``;
removing a profile removes its folder in each."""


class AccountManager:
    """Adds, opens and removes Stripe accounts (profile + keyring entry + cache files)."""

    def __init__(self, profiles: ProfileStore, secrets: SecretStore, data_dir: Path) -> None:
        self.profiles = profiles
        self.secrets = secrets
        self.data_dir = data_dir
        self._memory_keys: dict[str, str] = {}
        self._memory_profiles: dict[str, Profile] = {}

    def cache_path(self, profile_id: str) -> Path:
        """Where the profile's local cache database lives."""
        return self.data_dir / "caches" / f"{profile_id}.sqlite3"

    def _verify(self, key: str, info: KeyInfo, api_base: str | None) -> tuple[str, str]:
        """Ask Stripe who ``key`` belongs to: (account id, default display name)."""
        gateway = StripeGateway(key, api_base)
        try:
            account = gateway.retrieve_account()
        except stripe.PermissionError as exc:
            # Restricted keys often may not read the account object, but Stripe's 403
            # names the account, and the key is still good for what it was granted.
            account_id = parse_account_id(exc.user_message)
            if info.kind == "restricted" and account_id:
                return account_id, account_id
            raise describe(exc) from exc
        except stripe.StripeError as exc:
            raise describe(exc) from exc
        account_id = account.get("id")
        if not isinstance(account_id, str) or not account_id.startswith("acct_"):
            raise said(
                "Stripe's answer did not name an account; is the API address right?",
                kind="api",
            )
        return account_id, account_display_name(account)

    def add_account(
        self,
        key: str,
        api_base: str | None = None,
        display_name: str | None = None,
    ) -> Profile:
        """Check ``key`` with Stripe, then store it in the keyring and save its profile.

        Adding a key for an account and mode (and API address) that already has a
        profile replaces that profile's key, keeping its id and cache: this is how a
        rotated or revoked key is renewed.
        """
        key = normalize_key(key)
        info = classify_key(key)
        api_base = normalise_api_base(api_base) if api_base else None
        self.secrets.check_backend()  # fail before the network round-trip
        account_id, default_name = self._verify(key, info, api_base)
        existing = next(
            (
                p
                for p in self.profiles.list()
                if p.account_id == account_id
                and p.livemode == info.livemode
                and p.api_base == api_base
            ),
            None,
        )
        if existing is not None:
            profile_id = existing.id
            name = display_name or existing.display_name
        else:
            profile_id = self._free_id(profile_slug(account_id, info.livemode))
            name = display_name or default_name
        profile = Profile(
            id=profile_id,
            display_name=redact(name.strip()) or account_id,
            account_id=account_id,
            livemode=info.livemode,
            key_kind=info.kind,
            api_base=api_base,
        )
        previous_key = self.secrets.get_key(profile_id) if existing is not None else None
        self.secrets.set_key(profile_id, key)
        try:
            self.profiles.save(profile)
        except BaseException:
            if previous_key is not None:
                self.secrets.set_key(profile_id, previous_key)
            else:
                self.secrets.delete_key(profile_id)
            raise
        return profile

    def add_ephemeral_account(
        self,
        key: str,
        api_base: str | None = None,
        display_name: str | None = None,
        *,
        demo: bool = False,
    ) -> Profile:
        """A verified profile whose key stays in memory (demo mode, ``COUNTERFOIL_API_KEY``).

        Nothing is written to the keyring or ``profiles.json``.
        """
        key = normalize_key(key)
        info = classify_key(key)
        api_base = normalise_api_base(api_base) if api_base else None
        account_id, default_name = self._verify(key, info, api_base)
        prefix = "demo" if demo else "env"
        profile = Profile(
            id=f"{prefix}-{profile_slug(account_id, info.livemode)}",
            display_name=redact((display_name or default_name).strip()) or account_id,
            account_id=account_id,
            livemode=info.livemode,
            key_kind=info.kind,
            api_base=api_base,
            demo=demo,
        )
        self._memory_keys[profile.id] = key
        self._memory_profiles[profile.id] = profile
        return profile

    def ephemeral_profiles(self) -> list[Profile]:
        return list(self._memory_profiles.values())

    def open_key(self, profile: Profile) -> str:
        """The API key for ``profile``: from memory for demo/env profiles, else the keyring."""
        if profile.id in self._memory_keys:
            return self._memory_keys[profile.id]
        if profile.demo:
            raise said("This demo session has ended; start the demo again.", kind="keyring")
        key = self.secrets.get_key(profile.id)
        if key is None:
            raise said(
                "The key for '{name}' is missing from the system keyring. "
                "Add the account again with a current key.",
                kind="keyring",
                values={"name": profile.display_name},
            )
        return key

    def open_gateway(self, profile: Profile, *, max_network_retries: int = 2) -> StripeGateway:
        """A gateway for ``profile`` with its key and API address."""
        return StripeGateway(
            self.open_key(profile), profile.api_base, max_network_retries=max_network_retries
        )

    def remove_profile(self, profile_id: str) -> bool:
        """Delete the profile, its keyring entry and its cache files.

        Close the profile's cache first (an open SQLite file cannot be removed on
        Windows). Returns False if no such profile existed.
        """
        if profile_id in self._memory_profiles:
            del self._memory_profiles[profile_id]
            self._memory_keys.pop(profile_id, None)
            self._delete_cache(profile_id)
            return True
        profile = self.profiles.get(profile_id)
        if profile is None:
            return False
        self.secrets.delete_key(profile_id)
        self.profiles.remove(profile_id)
        self._delete_cache(profile_id)
        return True

    def _delete_cache(self, profile_id: str) -> None:
        db = self.cache_path(profile_id)
        for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            path.unlink(missing_ok=True)
        # Files kept beside the cache for this profile (e.g. ``<id>.portal-drafts.json``).
        for path in db.parent.glob(f"{glob.escape(profile_id)}.*"):
            path.unlink(missing_ok=True)
        for folder in PROFILE_DATA_FOLDERS:
            shutil.rmtree(self.data_dir / folder / profile_id, ignore_errors=True)

    def _free_id(self, wanted: str) -> str:
        taken = {p.id for p in self.profiles.list()}
        if wanted not in taken:
            return wanted
        n = 2
        while f"{wanted}-{n}" in taken:
            n += 1
        return f"{wanted}-{n}"
