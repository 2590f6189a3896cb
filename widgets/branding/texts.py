"""Translating the English templates that ``services.branding`` returns as Problems."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from services.branding.problems import Problem

CONTEXT = "branding"


def tr_problem(problem: Problem) -> str:
    """``problem`` in the user's language (its template through Qt's translator)."""
    return QCoreApplication.translate(CONTEXT, problem.template).format(**problem.params)


def tr(text: str) -> str:
    """``text`` through Qt's translator in the panel's context."""
    return QCoreApplication.translate(CONTEXT, text)
