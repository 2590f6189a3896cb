"""The whole app in another language, for real: the demo sandbox, every panel, German first.

Every text a panel shows (labels, buttons, tabs, menus, tooltips, placeholders, combo and list
items, table headers and cells) is checked against the catalogue: no English source text of
a message whose translation differs may be left on screen. Then the language is switched at
run time from the View menu, and every open panel must re-word itself without losing state.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import keyring.backends.fail
import pytest
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget

from desktop import i18n
from desktop.app import build_context
from desktop.main_window import MainWindow
from desktop.panels import PANELS
from desktop.screenshots import SIZE, settle, wait_for_demo_sync
from desktop.settings import Settings
from services.credentials import SecretStore

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TAG = re.compile(r"<[^>]+>")


def pieces(text: str) -> Iterator[str]:
    """The text, its lines, and the text between rich-text tags."""
    yield text
    if "\n" in text:
        yield from (line.strip() for line in text.split("\n"))
    if "<" in text:
        for chunk in TAG.split(text):
            plain = html.unescape(chunk).strip(" \u00a0•·")
            if plain:
                yield plain


def shown_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything the window shows now (visible widgets only)."""
    for slot in i18n.text_slots(window):
        owner = slot.owner
        if isinstance(owner, QWidget) and not owner.isVisibleTo(window) and owner is not window:
            continue
        if isinstance(owner, QLineEdit) and slot.what == "text":
            continue
        yield (f"{type(owner).__name__}.{slot.what}", slot.text)
    for view in window.findChildren(QAbstractItemView):
        if view.isVisibleTo(window):
            for where, text in i18n.model_texts(view):
                yield (f"{type(view).__name__}.{where}", text)


DATA = {"Plan changes"}
"""Demo data that happens to read like a catalogue message (a portal configuration's name)."""


def _index(lang: str, other: str | None) -> tuple[dict[str, set[object]], dict[object, set[str]]]:
    """Text (English source or ``other``'s translation) → messages; message → ``lang`` forms."""
    cat = i18n.catalogue()
    by_text: dict[str, set[object]] = {}
    for msg, forms in cat.translations["en"].items():
        for form in forms:
            by_text.setdefault(form, set()).add(msg)
    if other:
        for msg, forms in cat.translations[other].items():
            for form in forms:
                by_text.setdefault(form, set()).add(msg)
    wanted = {msg: set(forms) for msg, forms in cat.translations[lang].items()}
    return by_text, wanted


def untranslated(window: QWidget, lang: str, other: str | None = None) -> list[tuple[str, str]]:
    """Shown texts that are still the English source (or the ``other`` language's
    translation) of a message and match no ``lang`` translation of any such message."""
    by_text, wanted = _index(lang, other)
    bad = []
    for where, text in shown_texts(window):
        for piece in pieces(text):
            messages = by_text.get(piece)
            if not messages or piece in DATA:
                continue
            if not any(piece in wanted.get(m, {piece}) for m in messages):
                bad.append((where, piece))
    return bad


@pytest.fixture(scope="module")
def app_in_german(qapp, tmp_path_factory) -> Iterator[tuple[MainWindow, i18n.LanguageManager]]:
    tmp: Path = tmp_path_factory.mktemp("i18n-runtime")
    settings = Settings.at_path(str(tmp / "settings.ini"))
    manager = i18n.manager(settings)
    manager.set_language("de", persist=False)  # as `counterfoil --lang de` starts
    ctx = build_context(
        settings=settings,
        config_dir=tmp / "config",
        data_dir=tmp / "data",
        secrets=SecretStore(backend=keyring.backends.fail.Keyring()),
    )
    window = MainWindow(ctx)
    window.resize(SIZE)
    window.show()
    error = wait_for_demo_sync(ctx)
    assert error is None, error.display()
    for spec in PANELS:  # build every panel, as a user who visited them all
        window.show_panel(spec.slug)
        settle(ctx)
    try:
        yield window, manager
    finally:
        window.close()
        ctx.shutdown()
        manager.uninstall()


def test_every_panel_is_shown_in_german(app_in_german) -> None:
    window, _ = app_in_german
    problems = {}
    for spec in PANELS:
        window.show_panel(spec.slug)
        settle(window.ctx, rounds=2)
        left = untranslated(window, "de")
        if left:
            problems[spec.slug] = left[:10]
    assert not problems, problems
    assert window.sidebar.nav.item(2).text() == "Kunden"
    assert window.file_menu.title() == "&Datei"


def test_switching_language_re_words_open_panels_and_keeps_state(app_in_german) -> None:
    window, manager = app_in_german
    window.show_panel("customers")
    settle(window.ctx, rounds=2)
    search = window.panel_widget("customers").findChild(QLineEdit)
    assert search is not None
    search.setText("Acme")  # something the user typed
    geometry = window.geometry()

    window.language_actions["fr"].trigger()
    settle(window.ctx, rounds=2)

    assert manager.language == "fr"
    assert window.current_panel == "customers"
    assert search.text() == "Acme"
    assert window.geometry() == geometry
    assert window.sidebar.nav.item(2).text() == "Clients"
    assert window.file_menu.title() == "&Fichier"
    assert window.language_actions["fr"].isChecked()
    problems = {}
    for spec in PANELS:
        window.show_panel(spec.slug)
        settle(window.ctx, rounds=2)
        left = untranslated(window, "fr", other="de")
        if left:
            problems[spec.slug] = left[:10]
    assert not problems, problems
    assert window.ctx.settings.value(i18n.SETTINGS_KEY) == "fr"

    window.language_actions["de"].trigger()
    settle(window.ctx, rounds=2)
    window.show_panel("connect")
    settle(window.ctx, rounds=2)
    assert untranslated(window, "de", other="fr") == []
    assert search.text() == "Acme"
