"""A message for the user as an English template plus values, so the GUI can translate it.

Services cannot use Qt's ``tr()``; they return :class:`Problem` objects whose ``template``
is the English source text (with ``{name}`` placeholders) and the GUI passes the template
through ``QCoreApplication.translate`` before filling in the values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Problem:
    """One finding: ``template.format(**params)`` in English, with a severity."""

    template: str
    params: dict[str, str] = field(default_factory=dict)
    severity: Severity = "error"

    @property
    def message(self) -> str:
        """The English message with its values filled in."""
        return self.template.format(**self.params)

    def __str__(self) -> str:
        return self.message


class ProblemError(ValueError):
    """Raised with a :class:`Problem` when input is refused (a bad colour, a bad file)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem
