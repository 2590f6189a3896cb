"""Build-time side of the translations: extract, update, compile and check the catalogues.

``python -m desktop.i18n_catalogue update`` runs ``pyside6-lupdate`` over ``desktop/`` and
``widgets/`` and merges what it finds into ``resources/translations/counterfoil_<lang>.ts``
(es, it, de, fr); ``compile`` turns each ``.ts`` into the ``.qm`` the app loads
(``pyside6-lrelease``); ``check`` says what is unfinished, missing or stale (the tests in
``tests/test_i18n_catalogue.py`` make the same checks).

lupdate understands ``self.tr(…)``, ``QCoreApplication.translate("Context", …)`` and
``QT_TRANSLATE_NOOP("Context", …)``. Two kinds of messages it cannot see are collected here
and handed to lupdate as a generated stub of ``QT_TRANSLATE_NOOP`` lines:

* calls to a module's own one-argument wrapper, e.g. ``def _t(text): return
  QCoreApplication.translate("Connect", text)`` used as ``_t("Direct")`` (found by reading the
  wrapper's body, so new wrappers need no registration), also when imported elsewhere;
* English message templates that ``services/`` returns for the GUI to translate
  (:data:`SERVICE_TEMPLATES`: ``Problem("…")`` in ``services/branding``, ``said("…")`` for the
  errors of :mod:`services.errors`, …) and the word tables it fills them with
  (:data:`SERVICE_TABLES`).

The ``.qm`` files are committed next to the ``.ts`` files (so a fresh clone has them after
``pip install -e .``); the tests fail when a ``.qm`` no longer matches its ``.ts``.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es", "it", "de", "fr")
ENGLISH = "en"
"""English is the source language; its catalogue holds only plural forms (lupdate
``-pluralonly``), so that ``tr("%n customer(s)", "", n)`` reads "1 customer", "2 customers"."""
SOURCE_DIRS = ("desktop", "widgets")

SERVICE_TEMPLATES: tuple[tuple[str, str, str, int], ...] = (
    # (folder under the project root, class or function called with an English template,
    #  translation context the GUI looks it up in, which positional argument the template is;
    #  a ``template=`` keyword is found too)
    ("services/branding", "Problem", "branding", 0),
    ("services/portal_config", "tr", "portal_config", 0),
    ("services", "said", "errors", 0),  # services.errors.said: every UserFacingError
    ("services/paused", "PauseInputError", "errors", 1),  # (field, message)
)
"""Templates written in ``services/`` (which never imports Qt) and translated by the GUI."""

SERVICE_TABLES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    # (module file, module-level tables whose string values go through tr() when shown,
    #  translation context)
    ("services/portal_config/labels.py", ("_FIELDS", "_CHOICES", "SECTIONS"), "portal_config"),
    # The Dashboard's names in restricted-key permissions ("Customers", "read"), which
    # errors carry as values; the GUI translates such values too.
    ("services/errors.py", ("_RESOURCE_LABELS", "_ACCESS_LABELS"), "errors"),
)
"""Word tables in ``services/``: dict values (nested too) and the second item of pairs."""


def ts_path(lang: str) -> Path:
    """``resources/translations/counterfoil_<lang>.ts``."""
    return TRANSLATIONS / f"counterfoil_{lang}.ts"


def qm_path(lang: str) -> Path:
    """``resources/translations/counterfoil_<lang>.qm``."""
    return TRANSLATIONS / f"counterfoil_{lang}.qm"


def tool(name: str) -> Path:
    """The path of Qt's ``lupdate`` or ``lrelease`` as shipped in the PySide6 wheel."""
    import PySide6

    for folder in PySide6.__path__:
        for candidate in (Path(folder) / name, Path(folder) / "Qt" / "libexec" / name):
            if candidate.is_file():
                return candidate
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found (install PySide6)")
    return Path(found)


# -- messages lupdate cannot see ----------------------------------------------------------


def _module_name(path: Path, root: Path) -> str:
    rel = path.relative_to(root).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _string_constants(tree: ast.Module) -> dict[str, str]:
    consts: dict[str, str] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            consts[node.targets[0].id] = node.value.value
        elif (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            consts[node.target.id] = node.value.value
    return consts


def _wrapper_context(func: ast.FunctionDef, consts: dict[str, str]) -> str | None:
    """The context of ``def f(text): return QCoreApplication.translate(CTX, text)``, if so."""
    if not func.args.args:
        return None
    param = func.args.args[0].arg
    for node in ast.walk(func):
        if not (isinstance(node, ast.Return) and isinstance(node.value, ast.Call)):
            continue
        call = node.value
        if not (isinstance(call.func, ast.Attribute) and call.func.attr == "translate"):
            continue
        if len(call.args) < 2:
            continue
        ctx_arg, text_arg = call.args[0], call.args[1]
        if not (isinstance(text_arg, ast.Name) and text_arg.id == param):
            continue
        if isinstance(ctx_arg, ast.Constant) and isinstance(ctx_arg.value, str):
            return ctx_arg.value
        if isinstance(ctx_arg, ast.Name) and ctx_arg.id in consts:
            return consts[ctx_arg.id]
    return None


def _python_files(root: Path, folders: Iterable[str]) -> Iterator[Path]:
    for folder in folders:
        yield from sorted((root / folder).rglob("*.py"))


def wrapper_messages(root: Path = ROOT) -> set[tuple[str, str]]:
    """(context, source) of every literal passed to a one-argument translate wrapper."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in _python_files(root, SOURCE_DIRS)}
    wrappers: dict[tuple[str, str], str] = {}  # (module, function) -> context
    for path, tree in trees.items():
        consts = _string_constants(tree)
        module = _module_name(path, root)
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                ctx = _wrapper_context(node, consts)
                if ctx is not None:
                    wrappers[(module, node.name)] = ctx

    found: set[tuple[str, str]] = set()
    for path, tree in trees.items():
        module = _module_name(path, root)
        names: dict[str, str] = {}  # local name -> context (wrapper functions)
        modules: dict[str, str] = {}  # local name -> module (for module.wrapper(...))
        for (mod, fn), ctx in wrappers.items():
            if mod == module:
                names[fn] = ctx
        for imp in ast.walk(tree):
            if isinstance(imp, ast.ImportFrom) and imp.module and imp.level == 0:
                for alias in imp.names:
                    local = alias.asname or alias.name
                    if (imp.module, alias.name) in wrappers:
                        names[local] = wrappers[(imp.module, alias.name)]
                    else:
                        modules[local] = f"{imp.module}.{alias.name}"
            elif isinstance(imp, ast.Import):
                for alias in imp.names:
                    modules[alias.asname or alias.name] = alias.name
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or not call.args:
                continue
            ctx = None
            if isinstance(call.func, ast.Name):
                ctx = names.get(call.func.id)
            elif isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name):
                target = modules.get(call.func.value.id)
                if target is not None:
                    ctx = wrappers.get((target, call.func.attr))
            first = call.args[0]
            if ctx is not None and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add((ctx, first.value))
    return found


def service_messages(root: Path = ROOT) -> set[tuple[str, str]]:
    """(context, template) of every English template ``services/`` returns (see above)."""
    found: set[tuple[str, str]] = set()
    for folder, callee, ctx, position in SERVICE_TEMPLATES:
        for path in _python_files(root, [folder]):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                name = node.func.id if isinstance(node.func, ast.Name) else None
                if name != callee:
                    continue
                template = node.args[position] if len(node.args) > position else None
                for kw in node.keywords:
                    if kw.arg == "template":
                        template = kw.value
                if isinstance(template, ast.Constant) and isinstance(template.value, str):
                    found.add((ctx, template.value))
    return found


def _table_strings(node: ast.AST) -> Iterator[str]:
    if isinstance(node, ast.Dict):
        for value in node.values:
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                yield value.value
            else:
                yield from _table_strings(value)
    elif isinstance(node, ast.Tuple | ast.List):
        for item in node.elts:
            if isinstance(item, ast.Tuple) and len(item.elts) >= 2:
                second = item.elts[1]
                if isinstance(second, ast.Constant) and isinstance(second.value, str):
                    yield second.value


def table_messages(root: Path = ROOT) -> set[tuple[str, str]]:
    """(context, text) of the word tables listed in :data:`SERVICE_TABLES`."""
    found: set[tuple[str, str]] = set()
    for file, names, ctx in SERVICE_TABLES:
        tree = ast.parse((root / file).read_text(encoding="utf-8"))
        for node in tree.body:
            targets: list[ast.expr] = []
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                targets = [node.target]
            value = getattr(node, "value", None)
            if value is None:
                continue
            if any(isinstance(t, ast.Name) and t.id in names for t in targets):
                found.update((ctx, text) for text in _table_strings(value))
    return found


def write_stub(messages: Iterable[tuple[str, str]], path: Path) -> None:
    """A Python file of ``QT_TRANSLATE_NOOP`` lines lupdate reads like any source."""
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for ctx, text in sorted(messages):
        lines.append(f"QT_TRANSLATE_NOOP({ctx!r}, {text!r})")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# -- lupdate / lrelease -------------------------------------------------------------------


def run_lupdate(ts_files: Iterable[Path], root: Path = ROOT, *, plural_only: bool = False) -> None:
    """Extract every message into ``ts_files`` (merging into existing ones, dropping vanished).

    lupdate files calls to a module-level function named ``tr`` under the empty context;
    those are the translate wrappers, collected with their real context in the stub, so the
    empty context is dropped.
    """
    ts_files = list(ts_files)
    with tempfile.TemporaryDirectory(prefix="counterfoil-lupdate-") as tmp:
        stub = Path(tmp) / "indirect_messages.py"
        write_stub(wrapper_messages(root) | service_messages(root) | table_messages(root), stub)
        command = [
            str(tool("lupdate")),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            *(["-pluralonly"] if plural_only else []),
            *[str(root / d) for d in SOURCE_DIRS],
            str(stub),
            "-ts",
            *[str(p) for p in ts_files],
        ]
        subprocess.run(command, check=True, capture_output=True)
    for ts in ts_files:
        _drop_empty_context(ts)


def _drop_empty_context(path: Path) -> None:
    tree = ET.parse(path)
    root = tree.getroot()
    for context in list(root.iter("context")):
        if (context.findtext("name") or "") == "":
            root.remove(context)
    _write_ts(tree, path)


def run_lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    subprocess.run(
        [str(tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


# -- reading and filling .ts files --------------------------------------------------------


@dataclass
class Message:
    """One ``<message>`` of a ``.ts`` file."""

    context: str
    source: str
    comment: str
    numerus: bool
    translations: list[str] = field(default_factory=list)
    unfinished: bool = True

    @property
    def key(self) -> tuple[str, str, str]:
        """(context, source, disambiguation comment): what identifies a message."""
        return (self.context, self.source, self.comment)


def read_ts(path: Path) -> list[Message]:
    """Every message of a ``.ts`` file (vanished and obsolete ones included)."""
    messages: list[Message] = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            translation = msg.find("translation")
            forms: list[str] = []
            kind = ""
            if translation is not None:
                kind = translation.get("type", "")
                numerus_forms = translation.findall("numerusform")
                if numerus_forms:
                    forms = [f.text or "" for f in numerus_forms]
                else:
                    forms = [translation.text or ""]
            messages.append(
                Message(
                    context=name,
                    source=msg.findtext("source") or "",
                    comment=msg.findtext("comment") or "",
                    numerus=msg.get("numerus") == "yes",
                    translations=forms,
                    unfinished=kind in ("unfinished", "vanished", "obsolete") or not any(forms),
                )
            )
    return messages


def fill_ts(path: Path, lookup: dict[tuple[str, str, str], list[str]]) -> int:
    """Write translations from ``lookup`` into unfinished messages; returns how many."""
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            key = (name, msg.findtext("source") or "", msg.findtext("comment") or "")
            translation = msg.find("translation")
            if translation is None or key not in lookup:
                continue
            if translation.get("type") not in ("unfinished", None):
                continue
            forms = lookup[key]
            for child in list(translation):
                translation.remove(child)
            if msg.get("numerus") == "yes":
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
            translation.attrib.pop("type", None)
            filled += 1
    _write_ts(tree, path)
    return filled


def _write_ts(tree: Any, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


# -- checks -------------------------------------------------------------------------------


@dataclass
class Report:
    """What :func:`check` found for one language."""

    lang: str
    total: int
    unfinished: list[Message]
    missing: list[tuple[str, str, str]]
    stale: list[tuple[str, str, str]]
    qm_outdated: bool

    @property
    def ok(self) -> bool:
        """Nothing to fix."""
        return not (self.unfinished or self.missing or self.stale or self.qm_outdated)


def extracted_keys(root: Path = ROOT, *, plural_only: bool = False) -> set[tuple[str, str, str]]:
    """The message keys the sources contain now (lupdate into a temporary file)."""
    with tempfile.TemporaryDirectory(prefix="counterfoil-extract-") as tmp:
        fresh = Path(tmp) / "fresh.ts"
        run_lupdate([fresh], root, plural_only=plural_only)
        return {m.key for m in read_ts(fresh)}


def qm_matches(lang: str) -> bool:
    """True when the committed ``.qm`` is what lrelease makes of the committed ``.ts``."""
    if not qm_path(lang).is_file():
        return False
    with tempfile.TemporaryDirectory(prefix="counterfoil-lrelease-") as tmp:
        fresh = Path(tmp) / "fresh.qm"
        run_lrelease(ts_path(lang), fresh)
        return fresh.read_bytes() == qm_path(lang).read_bytes()


def check(
    langs: Iterable[str] = (*LANGUAGES, ENGLISH),
    keys: set[tuple[str, str, str]] | None = None,
) -> list[Report]:
    """Check each language's catalogue against the sources and its compiled file."""
    keys = extracted_keys() if keys is None else keys
    plural_keys: set[tuple[str, str, str]] | None = None
    reports = []
    for lang in langs:
        messages = read_ts(ts_path(lang))
        present = {m.key for m in messages}
        if lang == ENGLISH:
            if plural_keys is None:
                plural_keys = extracted_keys(plural_only=True)
            expected = plural_keys
        else:
            expected = keys
        reports.append(
            Report(
                lang=lang,
                total=len(messages),
                unfinished=[m for m in messages if m.unfinished],
                missing=sorted(expected - present),
                stale=sorted(present - expected),
                qm_outdated=not qm_matches(lang),
            )
        )
    return reports


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m desktop.i18n_catalogue", description="Counterfoil's translation catalogues."
    )
    parser.add_argument("command", choices=["update", "compile", "check"])
    parser.add_argument(
        "--lang", action="append", choices=(*LANGUAGES, ENGLISH), help="default: all"
    )
    args = parser.parse_args(argv)
    langs = tuple(args.lang or (*LANGUAGES, ENGLISH))
    if args.command == "update":
        TRANSLATIONS.mkdir(parents=True, exist_ok=True)
        translated = [ts_path(lang) for lang in langs if lang != ENGLISH]
        if translated:
            run_lupdate(translated)
        if ENGLISH in langs:
            run_lupdate([ts_path(ENGLISH)], plural_only=True)
        for lang in langs:
            messages = read_ts(ts_path(lang))
            todo = sum(m.unfinished for m in messages)
            print(f"{lang}: {len(messages)} messages, {todo} to translate")
        return 0
    if args.command == "compile":
        for lang in langs:
            run_lrelease(ts_path(lang), qm_path(lang))
            print(f"{lang}: {qm_path(lang).relative_to(ROOT)}")
        return 0
    failed = False
    for report in check(langs):
        failed |= not report.ok
        print(
            f"{report.lang}: {report.total} messages, {len(report.unfinished)} unfinished, "
            f"{len(report.missing)} missing, {len(report.stale)} stale, "
            f"qm {'outdated' if report.qm_outdated else 'up to date'}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
