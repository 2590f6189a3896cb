"""Errors worded in ``services/`` reach the screen in the interface language.

Real failures from the sandbox over HTTP, through the real Stripe SDK: ``describe`` keeps the
English message (what logs and the CLI show) and hands the GUI a template and its values;
the error banner shows them translated, and re-words them when the language is switched.
The demo profile's name is translated where it is shown, not where it is stored.
"""

from __future__ import annotations

import ast
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import stripe

from desktop import i18n
from desktop import i18n_catalogue as cat
from desktop.context import DEMO_NAME
from services.credentials import Profile, classify_key
from services.errors import (
    DASHBOARD_KEYS_HINT,
    MalformedResponseError,
    UserFacingError,
    describe,
    said,
)
from services.gateway import StripeGateway
from services.paused.actions import PauseInputError, validate_pause
from widgets.account_switcher import AccountSwitcher
from widgets.error_banner import ErrorBanner
from widgets.error_text import error_display, error_text

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def manager(qapp):
    m = i18n.manager()
    yield m
    m.uninstall()


def failure(call) -> stripe.StripeError:  # type: ignore[no-untyped-def]
    with pytest.raises(stripe.StripeError) as info:
        call()
    return info.value


def test_a_restricted_key_403_is_shown_in_german_then_spanish(sandbox, qtbot, manager) -> None:
    key = "rk_test_" + "G" * 30
    sandbox.register_key(key, permissions={"products": "read"})
    gateway = StripeGateway(key, sandbox.url, max_network_retries=0)
    exc = failure(lambda: gateway.get_json("/v1/customers", {"limit": 1}))
    assert isinstance(exc, stripe.PermissionError)
    error = describe(exc)
    english = (
        "This restricted key lacks the permission 'Customers: read' (rak_customer_read). "
        "Grant it to the key in the Stripe Dashboard → Developers → API keys, or use a key "
        "that has it."
    )
    assert error.message == english
    assert error.values == {
        "resource": "Customers",
        "access": "read",
        "permission": "rak_customer_read",
    }
    assert error.request_id and error.request_id.startswith("req_")

    banner = ErrorBanner()
    qtbot.addWidget(banner)
    banner.show()
    manager.set_language("de", persist=False)
    banner.show_error(error, "Titel")
    german = banner.message_label.text()
    assert german == (
        "Diesem eingeschränkten Schlüssel fehlt die Berechtigung „Kunden: Lesen“ "
        "(rak_customer_read). Erteilen Sie sie dem Schlüssel im Stripe-Dashboard → Entwickler "
        "→ API-Schlüssel oder verwenden Sie einen Schlüssel, der sie hat."
    )
    assert error.request_id in banner.request_label.text()
    assert error_display(error) == f"{german} (Anfrage {error.request_id})"

    manager.set_language("es", persist=False)  # the open banner re-words itself
    assert banner.message_label.text() == (
        "A esta clave restringida le falta el permiso «Clientes: lectura» (rak_customer_read). "
        "Concédeselo a la clave en el Dashboard de Stripe → Desarrolladores → Claves de API o "
        "usa una clave que lo tenga."
    )
    assert error.message == english  # the error itself stays English
    assert str(error) == f"{english} (request {error.request_id})"

    manager.set_language("en", persist=False)
    assert banner.message_label.text() == english


def test_a_network_failure_and_stripes_own_words(sandbox, qtbot, manager) -> None:
    gateway = StripeGateway(sandbox.api_key, sandbox.url, max_network_retries=0)
    missing = describe(failure(lambda: gateway.get_json("/v1/customers/cus_nope", {})))
    url = sandbox.url
    sandbox.stop()
    offline = describe(
        failure(StripeGateway(sandbox.api_key, url, max_network_retries=0).retrieve_account)
    )
    assert offline.kind == "network"
    english = offline.message

    banner = ErrorBanner()
    qtbot.addWidget(banner)
    manager.set_language("fr", persist=False)
    banner.show_error(offline)
    assert banner.message_label.text() == (
        "Impossible de joindre Stripe. Vérifiez votre connexion Internet (et l’adresse d’API, "
        "si vous en avez défini une), puis réessayez."
    )
    assert error_display(offline) == banner.message_label.text()  # no request id
    assert offline.message == english
    # Stripe's own message is not Counterfoil's to translate: it is shown as Stripe wrote it.
    assert missing.template == ""
    assert error_text(missing) == missing.message
    assert "cus_nope" in error_text(missing)


class _CaptivePortal(BaseHTTPRequestHandler):
    """What a hotel Wi-Fi or a misconfigured proxy answers: 200 with an HTML page (or, under
    ``/v1/list``, JSON that is not an object)."""

    def do_GET(self) -> None:
        if self.path.startswith("/v1/list"):
            body, kind = b"[1, 2]", "application/json"
        else:
            body, kind = b"<html><body>Please log in to the Wi-Fi</body></html>", "text/html"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def captive_portal() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _CaptivePortal)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_an_answer_that_is_not_json_is_explained_in_words(captive_portal, manager) -> None:
    gateway = StripeGateway("sk_test_" + "H" * 30, captive_portal, max_network_retries=0)
    html = failure(lambda: gateway.get_json("/v1/customers", {}))  # refused by the SDK
    listed = failure(lambda: gateway.get_json("/v1/list", {}))  # refused by the gateway
    assert isinstance(listed, MalformedResponseError) and isinstance(listed, stripe.APIError)
    manager.set_language("de", persist=False)
    for exc in (html, listed):
        error = describe(exc)
        assert error.kind == "api" and error.http_status == 200
        assert error.message.startswith("Stripe's answer could not be read (HTTP 200)")
        assert "Wi-Fi" not in error.message
        assert error_text(error).startswith(
            "Die Antwort von Stripe konnte nicht gelesen werden (HTTP 200): "
            "Sie ist kein JSON-Objekt."
        )


def test_key_mistakes_and_their_values_are_translated_and_redacted(qapp, manager) -> None:
    with pytest.raises(UserFacingError) as info:
        classify_key("pk_test_" + "P" * 30)
    manager.set_language("it", persist=False)
    assert error_text(info.value).startswith("Questa è una chiave pubblicabile (pk_…)")

    secret = "sk_live_" + "S" * 40
    error = said(
        "The system keyring refused the request: {detail}. "
        "Make sure it is running and unlocked, then try again.",
        kind="keyring",
        values={"detail": f"no access to {secret}"},
    )
    assert "S" * 8 not in error.message and "S" * 8 not in str(error.values)
    manager.set_language("de", persist=False)
    text = error_text(error)
    assert text.startswith("Der Schlüsselbund des Systems hat die Anfrage abgelehnt: no access")
    assert "sk_live_…REDACTED" in text and "S" * 8 not in text


def test_a_fixed_sentence_of_services_is_translated_whole(qapp, manager) -> None:
    with pytest.raises(PauseInputError) as info:
        validate_pause(None, None, now=0)
    manager.set_language("fr", persist=False)
    assert error_text(info.value) == (
        "Choisissez ce qu’il advient des factures pendant la suspension de l’encaissement."
    )


def test_a_broken_translation_falls_back_to_english(qapp) -> None:
    error = UserFacingError("Plain words.", template="{missing} words.", values={})
    assert error_text(error) == "Plain words."


def test_every_service_error_template_is_a_literal_in_the_catalogue() -> None:
    not_literal = []
    for path in sorted((ROOT / "services").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "said":
                first = node.args[0] if node.args else None
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    not_literal.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not_literal == []
    templates = {text for ctx, text in cat.service_messages() if ctx == "errors"}
    assert len(templates) > 50
    for text in templates:  # the Dashboard path is spelled out the same way everywhere
        if "Developers" in text:
            assert DASHBOARD_KEYS_HINT in text, text
    for lang in cat.LANGUAGES:
        translated = {m.source for m in cat.read_ts(cat.ts_path(lang)) if m.context == "errors"}
        assert templates <= translated, (lang, sorted(templates - translated)[:5])


def test_the_demo_profile_is_named_in_the_interface_language(qtbot, manager) -> None:
    demo = Profile(
        id="demo-acct_1-test",
        display_name=DEMO_NAME,
        account_id="acct_1",
        livemode=False,
        key_kind="secret",
        demo=True,
    )
    own = Profile(
        id="acct_2-test",
        display_name="Demo (sandbox)",  # a user's own name is never translated
        account_id="acct_2",
        livemode=False,
        key_kind="secret",
    )
    switcher = AccountSwitcher()
    qtbot.addWidget(switcher)
    manager.set_language("de", persist=False)
    switcher.set_profiles([demo, own], demo.id)
    assert switcher.combo.itemText(0) == "Demo (Sandbox)"
    assert switcher.combo.itemText(1) == "Demo (sandbox)"
    manager.set_language("fr", persist=False)
    assert switcher.combo.itemText(0) == "Démo (environnement de test)"
    assert switcher.combo.itemText(1) == "Demo (sandbox)"
    assert switcher.current_profile_id() == demo.id
    assert demo.display_name == "Demo (sandbox)"  # stored in English
