"""The 40 locales the hosted customer portal supports, as Stripe's portal overview lists them.

``code`` is the tag as the documentation lists it (``zh-Hant-HK``, ``nb-NO``); ``api_code``
is what ``billing_portal.sessions.create(locale=…)`` takes (``zh-HK``, ``nb``);
``format_locale`` is the CLDR locale used for dates and amounts (``pt`` is European
Portuguese there, while many libraries read a bare ``pt`` as Brazilian).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PortalLocale:
    """One portal language."""

    code: str
    api_code: str
    english_name: str
    native_name: str
    format_locale: str

    @property
    def label(self) -> str:
        """``Deutsch (de)`` for pickers: the name people read in their own language."""
        return f"{self.native_name} ({self.code})"


def _loc(code: str, api: str, english: str, native: str, fmt: str | None = None) -> PortalLocale:
    return PortalLocale(code, api, english, native, fmt or code)


LOCALES: tuple[PortalLocale, ...] = (
    _loc("bg", "bg", "Bulgarian", "Български"),
    _loc("zh", "zh", "Chinese (Simplified)", "简体中文", "zh-Hans-CN"),
    _loc("zh-Hant-HK", "zh-HK", "Chinese (Traditional, Hong Kong)", "繁體中文（香港）"),
    _loc("zh-Hant-TW", "zh-TW", "Chinese (Traditional, Taiwan)", "繁體中文（台灣）"),
    _loc("hr", "hr", "Croatian", "Hrvatski"),
    _loc("cs", "cs", "Czech", "Čeština"),
    _loc("da", "da", "Danish", "Dansk"),
    _loc("nl", "nl", "Dutch", "Nederlands"),
    _loc("en", "en", "English (United States)", "English (US)", "en-US"),
    _loc("en-GB", "en-GB", "English (United Kingdom)", "English (UK)"),
    _loc("et", "et", "Estonian", "Eesti"),
    _loc("fil", "fil", "Filipino", "Filipino"),
    _loc("fi", "fi", "Finnish", "Suomi"),
    _loc("fr", "fr", "French (France)", "Français (France)", "fr-FR"),
    _loc("fr-CA", "fr-CA", "French (Canada)", "Français (Canada)"),
    _loc("de", "de", "German", "Deutsch", "de-DE"),
    _loc("el", "el", "Greek", "Ελληνικά"),
    _loc("hu", "hu", "Hungarian", "Magyar"),
    _loc("id", "id", "Indonesian", "Bahasa Indonesia"),
    _loc("it", "it", "Italian", "Italiano", "it-IT"),
    _loc("ja", "ja", "Japanese", "日本語"),
    _loc("ko", "ko", "Korean", "한국어"),
    _loc("lv", "lv", "Latvian", "Latviešu"),
    _loc("lt", "lt", "Lithuanian", "Lietuvių"),
    _loc("ms", "ms", "Malay", "Bahasa Melayu"),
    _loc("mt", "mt", "Maltese", "Malti"),
    _loc("nb-NO", "nb", "Norwegian Bokmål", "Norsk bokmål"),
    _loc("pl", "pl", "Polish", "Polski"),
    _loc("pt", "pt", "Portuguese (Portugal)", "Português (Portugal)", "pt-PT"),
    _loc("pt-BR", "pt-BR", "Portuguese (Brazil)", "Português (Brasil)"),
    _loc("ro", "ro", "Romanian", "Română"),
    _loc("ru", "ru", "Russian", "Русский"),
    _loc("sk", "sk", "Slovak", "Slovenčina"),
    _loc("sl", "sl", "Slovenian", "Slovenščina"),
    _loc("es", "es", "Spanish (Spain)", "Español (España)", "es-ES"),
    _loc("es-419", "es-419", "Spanish (Latin America)", "Español (Latinoamérica)"),
    _loc("sv", "sv", "Swedish", "Svenska"),
    _loc("th", "th", "Thai", "ไทย"),
    _loc("tr", "tr", "Turkish", "Türkçe"),
    _loc("vi", "vi", "Vietnamese", "Tiếng Việt"),
)
"""Every portal locale, in the order Stripe's documentation lists them."""

DEFAULT_LOCALE = "en"

_BY_CODE = {loc.code: loc for loc in LOCALES}
_BY_API = {loc.api_code: loc for loc in LOCALES}


def locale(code: str) -> PortalLocale:
    """The locale with documentation tag or API code ``code``; KeyError if unsupported."""
    found = _BY_CODE.get(code) or _BY_API.get(code)
    if found is None:
        raise KeyError(code)
    return found


def codes() -> list[str]:
    """Every locale's documentation tag."""
    return [loc.code for loc in LOCALES]
