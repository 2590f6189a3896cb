"""Counterfoil in the user's language: translators, the language setting, locale formatting.

* :class:`LanguageManager` installs Qt's and Counterfoil's translators for one of
  :data:`LANGUAGES` and makes :class:`QLocale` follow (numbers, dates, money). The language
  comes from ``--lang``, else the saved setting (``ui/language``), else the system locale.
  :meth:`LanguageManager.set_language` switches at run time without rebuilding anything.
* Switching first runs :func:`retranslate_tree` over every open window, which re-words what
  widgets show (labels, buttons, tabs, menus, combo and list items, tooltips, placeholders,
  item-view headers and cells) by recognising each text as a catalogue message in any
  language (filled-in templates such as ``"Synced {0}"`` and plural forms included) and
  putting that message in the new language. Values the user typed are never touched. Then
  the posted ``QEvent.LanguageChange`` is delivered: the shell and each panel refresh what
  they compose themselves (amounts, dates, summaries) in their ``changeEvent``. Numbers and
  dates always go through the current :func:`locale`.
* :func:`format_money`, :func:`format_number`, :func:`format_date` and
  :func:`format_datetime` format values with the current locale; money in the given
  currency with Stripe's minor units (none for JPY, three for KWD).

CSV exports do not use any of this: they are data, with English headers and ISO formats.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QToolBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
    QWizardPage,
)

import resources
from services.currency import decimals

if TYPE_CHECKING:
    # PySide6's stub types QT_TRANSLATE_NOOP as returning ``object``; it returns ``message``
    # unchanged. Import it from here to get it typed; lupdate reads the name wherever it is.
    def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str: ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP  # re-exported


class ClassTr(Protocol):
    """``tr`` called on a class, ``SyncStatus.tr("%n item(s)", "", n)``: the form lupdate needs
    for plural forms outside a method. PySide6 supports it (the class names the context), but
    its stub types only the call on an instance, so such a class declares
    ``tr: ClassVar[i18n.ClassTr]`` (an annotation only: nothing changes at run time)."""

    def __call__(
        self, sourceText: str, /, disambiguation: str | None = ..., n: int = ...
    ) -> str: ...


log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "it": "Italiano",
    "de": "Deutsch",
    "fr": "Français",
}
"""The interface languages, each named in itself (as a language menu shows them)."""

SETTINGS_KEY = "ui/language"
"""Where the chosen language is kept; empty or missing means "follow the system"."""

TRANSLATIONS_DIR = resources.path("translations")


def normalize(code: str | None) -> str | None:
    """``"de_DE"``, ``"de-CH"``, ``"DE"`` → ``"de"``; None for a language we do not have."""
    if not code:
        return None
    lang = re.split(r"[_\-.@]", code.strip())[0].lower()
    return lang if lang in LANGUAGES else None


def system_language() -> str:
    """The first of the system's preferred UI languages that Counterfoil speaks (else en)."""
    system = QLocale.system()
    for name in [*system.uiLanguages(), system.name()]:
        code = normalize(name)
        if code is not None:
            return code
    return "en"


def resolve_language(requested: str | None, saved: str | None) -> str:
    """``--lang`` first, then the saved setting, then the system's language."""
    return normalize(requested) or normalize(saved) or system_language()


def locale_for(code: str) -> QLocale:
    """The locale for ``code``: the system's own when it speaks that language (keeping its
    region, e.g. de_CH), else the language's main locale; US English for the C locale."""
    system = QLocale.system()
    if normalize(system.name()) == code:
        return system
    if code == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(code)


class LanguageManager(QObject):
    """Owns the installed translators and the current language.

    Signals:
        language_changed(str) -- the interface language changed (its code, e.g. ``"de"``).
    """

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication, settings: Any | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._settings = settings
        self._translators: list[QTranslator] = []
        self._language = "en"
        self._previous = "en"
        self._follows_system = True

    # -- state -------------------------------------------------------------------------

    @property
    def settings(self) -> Any | None:
        """Where the choice is saved (:class:`desktop.settings.Settings`), if anywhere."""
        return self._settings

    @settings.setter
    def settings(self, value: Any | None) -> None:
        self._settings = value

    @property
    def language(self) -> str:
        """The current language code."""
        return self._language

    @property
    def follows_system(self) -> bool:
        """True when no language was chosen explicitly (the system's is used)."""
        return self._follows_system

    def saved_choice(self) -> str | None:
        """The language saved in the settings, if any."""
        if self._settings is None:
            return None
        return normalize(str(self._settings.value(SETTINGS_KEY, "") or ""))

    # -- switching ---------------------------------------------------------------------

    def start(self, requested: str | None = None) -> str:
        """Install the start-up language (``--lang``, setting, system); returns its code."""
        saved = self.saved_choice()
        self._follows_system = normalize(requested) is None and saved is None
        if requested and normalize(requested) is None:
            log.warning("language %r is not available; using %s", requested, ", ".join(LANGUAGES))
        return self._apply(resolve_language(requested, saved))

    def set_language(self, code: str | None, *, persist: bool = True) -> str:
        """Switch to ``code`` (None or "": follow the system) now; open windows re-word
        themselves and keep their state. Saves the choice unless ``persist`` is False."""
        chosen = normalize(code)
        self._follows_system = chosen is None
        if persist and self._settings is not None:
            self._settings.set_value(SETTINGS_KEY, chosen or "")
        return self._apply(chosen or system_language())

    def uninstall(self) -> None:
        """Remove every translator and go back to the system locale (tests, shutdown)."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        QLocale.setDefault(QLocale.system())
        self._language = "en"
        self._follows_system = True
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def _apply(self, code: str) -> str:
        self._previous = self._language
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        QLocale.setDefault(locale_for(code))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # English needs only Counterfoil's plural forms; the others Qt's own strings too.
        sources = [("counterfoil", str(TRANSLATIONS_DIR))]
        if code != "en":
            sources.insert(0, ("qtbase", qt_dir))
        for name, directory in sources:
            translator = QTranslator(self)
            if translator.load(f"{name}_{code}", directory):
                self._app.installTranslator(translator)
                self._translators.append(translator)
            else:
                log.warning("no %s translation for %s in %s", name, code, directory)
        self._language = code
        if code != self._previous:
            # Re-word every open window first, then deliver the posted LanguageChange
            # events now, so panels' changeEvent() refreshes what they compose themselves.
            for window in (
                QApplication.topLevelWidgets() if isinstance(self._app, QApplication) else []
            ):
                retranslate_tree(window, prefer=(self._previous, "en"))
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        if code != self._previous:
            self.language_changed.emit(code)
        return code


# -- recognising a text as a catalogue message ----------------------------------------------

_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}:!]*)(?:![rsa])?(?::[^{}]*)?\}|%L?n")
_TAG = re.compile(r"(<[^>]*>)")
_RICH = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*|/[a-zA-Z][a-zA-Z0-9]*)(?:\s[^>]*)?/?>")
_NUMBER = r"[-+]?\d[\d\s.,'\u00a0\u202f\u2009]*"


@dataclass(frozen=True)
class CatalogueMessage:
    """One message: what identifies it for ``QCoreApplication.translate``."""

    context: str
    source: str
    comment: str
    numerus: bool


@dataclass(frozen=True)
class _Pattern:
    message: CatalogueMessage
    regex: re.Pattern[str]
    names: tuple[str, ...]  # the placeholder of each group, in order ("%n": the count)
    needle: str  # the longest literal piece: a cheap test before the regex


def _pattern_for(text: str, message: CatalogueMessage) -> _Pattern | None:
    parts: list[str] = []
    literals: list[str] = []
    names: list[str] = []
    auto = 0
    pos = 0
    for m in _PLACEHOLDER.finditer(text):
        literals.append(text[pos : m.start()])
        parts.append(re.escape(text[pos : m.start()]))
        token = m.group(0)
        if token in ("{{", "}}"):
            parts.append(re.escape(token[0]))
        elif token.startswith("%"):
            parts.append(f"({_NUMBER})")
            names.append("%n")
        else:
            parts.append("(.+?)")
            name = m.group(1)
            if not name:  # "{}" fields are numbered 0, 1, 2… as str.format does
                name, auto = str(auto), auto + 1
            names.append(name)
        pos = m.end()
    literals.append(text[pos:])
    if not names or not re.search(r"[^\W\d_]{3}", "".join(literals)):
        return None  # no placeholder, or too little wording to recognise ("{0} {1}")
    parts.append(re.escape(text[pos:]))
    needle = max(literals, key=len)
    return _Pattern(message, re.compile("".join(parts), re.DOTALL), tuple(names), needle)


class Catalogue:
    """Every message of every language, indexed by the text a widget would show."""

    def __init__(self, directory: Path = TRANSLATIONS_DIR) -> None:
        self.directory = directory
        self.exact: dict[str, dict[str, CatalogueMessage]] = {}  # text -> lang -> message
        self.patterns: dict[str, list[_Pattern]] = {}  # lang -> patterns
        self.translations: dict[str, dict[CatalogueMessage, list[str]]] = {}
        self._load()

    def _load(self) -> None:
        from desktop.i18n_catalogue import read_ts

        english: dict[CatalogueMessage, list[str]] = {}
        for lang in LANGUAGES:
            if lang == "en":
                continue
            path = self.directory / f"counterfoil_{lang}.ts"
            if not path.is_file():
                continue
            table: dict[CatalogueMessage, list[str]] = {}
            for m in read_ts(path):
                msg = CatalogueMessage(m.context, m.source, m.comment, m.numerus)
                english[msg] = [m.source]
                if not m.unfinished:
                    table[msg] = m.translations
            self.translations[lang] = table
        self.translations["en"] = english
        for lang, table in self.translations.items():
            patterns: list[_Pattern] = []
            for msg, forms in table.items():
                for form in forms:
                    pattern = _pattern_for(form, msg) if ("{" in form or "%" in form) else None
                    if pattern is not None:
                        patterns.append(pattern)
                    elif form:
                        self.exact.setdefault(form, {}).setdefault(lang, msg)
            # Longer literal text first: "Synced at {0}" before "Synced {0}".
            patterns.sort(key=lambda p: -len(p.regex.pattern))
            self.patterns[lang] = patterns

    def languages(self, prefer: tuple[str, ...]) -> list[str]:
        """Languages in the order to try them."""
        return list(dict.fromkeys([*prefer, *LANGUAGES]))

    def retranslate(
        self, text: str, prefer: tuple[str, ...] = ("en",), depth: int = 0
    ) -> str | None:
        """``text`` in the current language if it is a catalogue message in any language."""
        if not text or not text.strip() or depth > 3:
            return None
        langs = self.languages(prefer)
        hits = self.exact.get(text)
        if hits:
            for lang in langs:
                if lang in hits:
                    return _tr(hits[lang])
        for lang in langs:
            for pattern in self.patterns.get(lang, ()):
                if pattern.needle not in text:
                    continue
                match = pattern.regex.fullmatch(text)
                if match is not None:
                    result = self._refill(pattern, match.groups(), prefer, depth)
                    if result is not None and result != text:
                        return result
        if "\n" in text:
            lines = text.split("\n")
            new = [self.retranslate(line, prefer, depth + 1) for line in lines]
            if any(n is not None for n in new):
                return "\n".join(n if n is not None else o for n, o in zip(new, lines, strict=True))
        if _RICH.search(text):
            return self._retranslate_rich(text, prefer, depth)
        if text.endswith(":") and len(text) > 1:
            inner = self.retranslate(text[:-1], prefer, depth + 1)
            return inner + ":" if inner is not None else None
        return None

    def _refill(
        self, pattern: _Pattern, groups: tuple[str, ...], prefer: tuple[str, ...], depth: int
    ) -> str | None:
        msg = pattern.message
        values: dict[str, str] = {}
        count: int | None = None
        for name, value in zip(pattern.names, groups, strict=True):
            if name == "%n":
                digits = re.sub(r"\D", "", value)
                if not digits:
                    return None
                count = int(digits) * (-1 if value.strip().startswith("-") else 1)
            else:
                inner = self.retranslate(value, prefer, depth + 1)
                values[name] = inner if inner is not None else value
        if msg.numerus and count is None:
            return None
        template = _tr(msg, count if count is not None else -1)
        return _fill(template, values)

    def _retranslate_rich(self, text: str, prefer: tuple[str, ...], depth: int) -> str | None:
        pieces = _TAG.split(text)
        changed = False
        for i, piece in enumerate(pieces):
            if not piece or piece.startswith("<"):
                continue
            plain = html.unescape(piece)
            stripped = plain.strip()
            for candidate in (stripped, stripped.lstrip("•· \u00a0")):
                new = self.retranslate(candidate, prefer, depth + 1) if candidate else None
                if new is not None:
                    lead = plain[: len(plain) - len(plain.lstrip())]
                    lead += stripped[: len(stripped) - len(candidate)]
                    tail = plain[len(plain.rstrip()) :]
                    pieces[i] = html.escape(lead + new + tail, quote=False).replace(
                        "\u00a0", "&nbsp;"
                    )
                    changed = True
                    break
        return "".join(pieces) if changed else None

    def source_message(self, text: str) -> CatalogueMessage | None:
        """The message whose English source is exactly ``text`` (tests use it)."""
        hits = self.exact.get(text)
        return hits.get("en") if hits else None


def _tr(msg: CatalogueMessage, n: int = -1) -> str:
    return QCoreApplication.translate(msg.context, msg.source, msg.comment or None, n)


def _fill(template: str, values: dict[str, str]) -> str:
    auto = iter(range(100))

    def sub(m: re.Match[str]) -> str:
        token = m.group(0)
        if token in ("{{", "}}"):
            return token[0]
        if token.startswith("%"):
            return token  # already replaced by Qt for numerus messages
        name = m.group(1) or str(next(auto))
        return values.get(name, token)

    return _PLACEHOLDER.sub(sub, template)


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    """The catalogue of all languages (read from the ``.ts`` files on first use)."""
    return Catalogue()


# -- walking a window's texts ---------------------------------------------------------------


@dataclass
class TextSlot:
    """One piece of text a widget shows, and how to change it (None: read-only)."""

    owner: QObject
    what: str
    text: str
    set: Callable[[str], None] | None


def _slots(obj: QObject) -> Iterator[TextSlot]:
    def slot(what: str, text: str, setter: Callable[[str], None] | None) -> TextSlot:
        return TextSlot(obj, what, text, setter)

    if isinstance(obj, QAction):
        if not obj.isSeparator():
            yield slot("text", obj.text(), obj.setText)
            if obj.toolTip() != obj.text().replace("&", ""):
                yield slot("toolTip", obj.toolTip(), obj.setToolTip)
            yield slot("statusTip", obj.statusTip(), obj.setStatusTip)
        return
    if not isinstance(obj, QWidget):
        return
    w = obj
    if w.isWindow():
        yield slot("windowTitle", w.windowTitle(), w.setWindowTitle)
    yield slot("toolTip", w.toolTip(), w.setToolTip)
    yield slot("statusTip", w.statusTip(), w.setStatusTip)
    yield slot("whatsThis", w.whatsThis(), w.setWhatsThis)
    yield slot("accessibleName", w.accessibleName(), w.setAccessibleName)
    yield slot("accessibleDescription", w.accessibleDescription(), w.setAccessibleDescription)
    if isinstance(w, QLabel | QAbstractButton):
        yield slot("text", w.text(), w.setText)
    elif isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit):
        yield slot("placeholderText", w.placeholderText(), w.setPlaceholderText)
    elif isinstance(w, QGroupBox | QMenu):
        yield slot("title", w.title(), w.setTitle)
    elif isinstance(w, QProgressBar):
        yield slot("format", w.format(), w.setFormat)
    elif isinstance(w, QWizardPage):
        yield slot("title", w.title(), w.setTitle)
        yield slot("subTitle", w.subTitle(), w.setSubTitle)
    elif isinstance(w, QTabBar):
        for i in range(w.count()):
            yield slot(f"tabText[{i}]", w.tabText(i), partial(w.setTabText, i))
            yield slot(f"tabToolTip[{i}]", w.tabToolTip(i), partial(w.setTabToolTip, i))
    elif isinstance(w, QToolBox):
        for i in range(w.count()):
            yield slot(f"itemText[{i}]", w.itemText(i), partial(w.setItemText, i))
    elif isinstance(w, QComboBox):
        if not w.isEditable():
            for i in range(w.count()):
                yield slot(f"itemText[{i}]", w.itemText(i), partial(w.setItemText, i))
        line = w.lineEdit()
        if line is not None:
            yield slot("placeholderText", line.placeholderText(), line.setPlaceholderText)
    elif isinstance(w, QSpinBox | QDoubleSpinBox):
        yield slot("prefix", w.prefix(), w.setPrefix)
        yield slot("suffix", w.suffix(), w.setSuffix)
    if isinstance(w, QAbstractSpinBox):
        yield slot("specialValueText", w.specialValueText(), w.setSpecialValueText)
    if isinstance(w, QListWidget):
        for i in range(w.count()):
            list_item = w.item(i)
            if list_item is not None:
                yield slot(f"item[{i}]", list_item.text(), list_item.setText)
                yield slot(f"item[{i}].toolTip", list_item.toolTip(), list_item.setToolTip)
    elif isinstance(w, QTreeWidget):
        header = w.headerItem()
        items: list[QTreeWidgetItem] = [header] if header is not None else []
        stack = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            items.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        for item in items:
            for col in range(item.columnCount()):
                yield slot("item", item.text(col), partial(item.setText, col))
                yield slot("item.toolTip", item.toolTip(col), partial(item.setToolTip, col))
    elif isinstance(w, QTableWidget):
        for col in range(w.columnCount()):
            head = w.horizontalHeaderItem(col)
            if head is not None:
                yield slot("header", head.text(), head.setText)
        for row in range(w.rowCount()):
            head = w.verticalHeaderItem(row)
            if head is not None:
                yield slot("header", head.text(), head.setText)
            for col in range(w.columnCount()):
                cell = w.item(row, col)
                if cell is not None:
                    yield slot("item", cell.text(), cell.setText)
                    yield slot("item.toolTip", cell.toolTip(), cell.setToolTip)
    elif isinstance(w, QAbstractItemView) and isinstance(w.model(), QStandardItemModel):
        model = w.model()
        assert isinstance(model, QStandardItemModel)
        for row in range(model.rowCount()):
            for col in range(_columns(model)):
                std = model.item(row, col)
                if std is not None:
                    yield slot("item", std.text(), std.setText)
                    yield slot("item.toolTip", std.toolTip(), std.setToolTip)
        for col in range(_columns(model)):
            std_head = model.horizontalHeaderItem(col)
            if std_head is not None:
                yield slot("header", std_head.text(), std_head.setText)


def text_slots(root: QWidget) -> Iterator[TextSlot]:
    """Every changeable text ``root`` and its descendants (widgets and actions) show."""
    objects: list[QObject] = [root, *root.findChildren(QWidget), *root.findChildren(QAction)]
    for obj in objects:
        for s in _slots(obj):
            if s.text:
                yield s


def _columns(model: QAbstractItemModel) -> int:
    if isinstance(model, QAbstractListModel):
        return 1  # its columnCount() is private
    return int(model.columnCount(QModelIndex()))


def _has_children(model: QAbstractItemModel, index: QModelIndex) -> bool:
    if isinstance(model, QAbstractListModel | QAbstractTableModel):
        return False
    return bool(model.hasChildren(index))


def model_texts(view: QAbstractItemView, max_rows: int = 40) -> Iterator[tuple[str, str]]:
    """(where, text) of an item view's headers and first rows (display and tooltip roles)."""
    model = view.model()
    if model is None:
        return
    columns = _columns(model)
    for col in range(columns):
        for orientation in (Qt.Orientation.Horizontal,):
            value = model.headerData(col, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str) and value:
                yield (f"header[{col}]", value)
    stack: list[QModelIndex] = [QModelIndex()]
    seen = 0
    while stack and seen < max_rows:
        parent = stack.pop()
        for row in range(min(model.rowCount(parent), max_rows - seen)):
            seen += 1
            for col in range(max(columns, 1)):
                index = model.index(row, col, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str) and value:
                        yield (f"cell[{row},{col}]", value)
                if col == 0 and _has_children(model, index):
                    stack.append(index)


def refresh_models(root: QWidget) -> None:
    """Make item views ask their models again (the models call tr() as they answer)."""
    for view in [root, *root.findChildren(QAbstractItemView)]:
        if not isinstance(view, QAbstractItemView) or isinstance(
            view, QListWidget | QTreeWidget | QTableWidget
        ):
            continue
        model = view.model()
        if model is None or isinstance(model, QStandardItemModel):
            continue
        columns = _columns(model)
        if columns > 0:
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        rows = model.rowCount(QModelIndex())
        if rows > 0 and columns > 0:
            model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
        view.viewport().update()


def _refit(combo: QComboBox) -> None:
    """Let a combo box size itself again for its new texts (Qt caches the first size)."""
    policy = combo.sizeAdjustPolicy()
    if policy == QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setSizeAdjustPolicy(policy)
    combo.updateGeometry()


def retranslate_tree(root: QWidget, prefer: tuple[str, ...] = ("en",)) -> int:
    """Re-word every recognised text in ``root``'s window into the current language.

    Returns how many texts changed. Texts that are not catalogue messages (names, ids,
    amounts, what the user typed) are left as they are.
    """
    cat = catalogue()
    changed = 0
    resized: set[int] = set()
    for s in list(text_slots(root)):
        if s.set is None:
            continue
        new = cat.retranslate(s.text, prefer)
        if new is not None and new != s.text:
            s.set(new)
            changed += 1
            if isinstance(s.owner, QComboBox) and id(s.owner) not in resized:
                resized.add(id(s.owner))
                _refit(s.owner)
    refresh_models(root)
    for widget in [root, *root.findChildren(QWidget)]:
        widget.update()
    return changed


# -- words inside sentences -----------------------------------------------------------------

_GERMAN_ADJECTIVE_ENDINGS = ("t", "iv", "ig", "en", "bar", "lich", "los", "ell")


def in_sentence(label: str) -> str:
    """A label ("Active", "Draft") as it reads inside a sentence: lower case, except that
    German keeps nouns capitalised ("Entwurf", "Testphase") and lowers only adjectives and
    participles ("aktiv", "storniert")."""
    if QLocale().language() != QLocale.Language.German:
        return label.lower()
    words = label.split(" ")
    return " ".join(
        w.lower() if w.lower().endswith(_GERMAN_ADJECTIVE_ENDINGS) and "-" not in w else w
        for w in words
    )


# -- locale formatting ----------------------------------------------------------------------


_WELL_KNOWN_SYMBOLS = {"usd": "$", "eur": "€", "gbp": "£", "jpy": "¥", "inr": "₹", "krw": "₩"}


def locale() -> QLocale:
    """The current locale (US English in place of the bare C locale)."""
    current = QLocale()
    if current.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return current


def currency_exponent(currency: str) -> int:
    """How many decimals ``currency`` has in Stripe's minor units (0, 2 or 3)."""
    return decimals(currency)


def currency_symbol(currency: str, loc: QLocale | None = None) -> str:
    """The locale's own symbol when it is its currency, a well-known one, else the ISO code."""
    loc = loc or locale()
    code = currency.lower()
    if loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode).lower() == code:
        return loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    return _WELL_KNOWN_SYMBOLS.get(code, code.upper())


def format_money(amount_minor: int | None, currency: str | None, loc: QLocale | None = None) -> str:
    """``amount_minor`` of ``currency`` as the locale writes money (``1.234,50 €`` in
    German, ``$1,234.50`` in US English, ``¥1,200`` for JPY); ``—`` when unknown."""
    if amount_minor is None or not currency:
        return "—"
    loc = loc or locale()
    digits = currency_exponent(currency)
    value = amount_minor / (10**digits)
    return loc.toCurrencyString(value, currency_symbol(currency, loc), digits)


def format_number(value: float, decimals: int = 0, loc: QLocale | None = None) -> str:
    """A number with the locale's grouping and decimal separator."""
    loc = loc or locale()
    if decimals == 0:
        return loc.toString(round(value))
    return loc.toString(float(value), "f", decimals)


def _qdate(value: dt.date | dt.datetime | int | float) -> QDate:
    if isinstance(value, int | float):
        return QDateTime.fromSecsSinceEpoch(int(value)).date()
    if isinstance(value, dt.datetime):
        local = value.astimezone() if value.tzinfo else value
        return QDate(local.year, local.month, local.day)
    return QDate(value.year, value.month, value.day)


def medium_date_format(loc: QLocale | None = None) -> str:
    """A date with the month's short name: ``12 Mar 2026``, ``12. März 2026`` (German, with
    its ordinal dot), ``12 mars 2026``."""
    loc = loc or locale()
    return "d. MMM yyyy" if loc.language() == QLocale.Language.German else "d MMM yyyy"


def date_format(loc: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year (``dd.MM.yyyy`` in German)."""
    loc = loc or locale()
    fmt = loc.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def format_date(
    value: dt.date | dt.datetime | int | float | None, loc: QLocale | None = None
) -> str:
    """A calendar date the locale's way (a Unix time is read in the user's time zone)."""
    if value is None:
        return "—"
    loc = loc or locale()
    return loc.toString(_qdate(value), date_format(loc))


def format_datetime(value: dt.datetime | int | float | None, loc: QLocale | None = None) -> str:
    """A date and a time of day the locale's way, in the user's time zone."""
    if value is None:
        return "—"
    loc = loc or locale()
    if isinstance(value, dt.datetime):
        value = value.timestamp()
    moment = QDateTime.fromSecsSinceEpoch(int(value))
    time_text = loc.toString(moment.time(), loc.timeFormat(QLocale.FormatType.ShortFormat))
    return f"{loc.toString(moment.date(), date_format(loc))} {time_text}"


def manager(settings: Any | None = None) -> LanguageManager:
    """The application's :class:`LanguageManager`, created (without switching) if needed."""
    found = application_manager()
    if found is not None:
        if settings is not None:
            found.settings = settings
        return found
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication must exist"
    return LanguageManager(app, settings)


def application_manager() -> LanguageManager | None:
    """The running app's :class:`LanguageManager`, if one was started."""
    app = QCoreApplication.instance()
    if app is None:
        return None
    found = app.findChild(LanguageManager)
    return found if isinstance(found, LanguageManager) else None
