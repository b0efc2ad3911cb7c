"""Recognizers are small declarative specs; the registry turns each into a Presidio recognizer.

A spec lists regex patterns (name, regex, score, optional group for the span) and context
words; `validate` can reject a match (checksums) and `adjust` can change its score.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

RECOGNIZERS: dict[str, type[RecognizerSpec]] = {}


class RecognizerSpec:
    """Data for one recognizer: entity type, patterns, context words."""

    entity: ClassVar[str]
    patterns: ClassVar[list[tuple[str, str, float]] | list[tuple[str, str, float, str]]] = []
    context: ClassVar[list[str]] = []
    flags: ClassVar[int] = re.IGNORECASE | re.MULTILINE

    def validate(self, text: str, span: str) -> bool:
        """Reject a match that only looks right (checksums, impossible values)."""
        return True

    def adjust(self, text: str, start: int, end: int, score: float) -> float | tuple[float, str]:
        """Change a match's score from what surrounds it (0 drops it); with a reason when it is lowered."""
        return score


def recognizer(cls: type[RecognizerSpec]) -> type[RecognizerSpec]:
    """File a spec in RECOGNIZERS under its class name; a second spec of the same name is a bug."""
    if cls.__name__ in RECOGNIZERS:
        raise RuntimeError(f"recognizer {cls.__name__} registered twice")
    RECOGNIZERS[cls.__name__] = cls
    return cls


class SpecRecognizer(EntityRecognizer):
    """A Presidio recognizer driven by a RecognizerSpec (regex with optional capture group, validator, context)."""

    def __init__(self, spec: RecognizerSpec) -> None:
        self.spec = spec
        self._compiled = [
            (p[0], re.compile(p[1], spec.flags), p[2], p[3] if len(p) > 3 else None) for p in spec.patterns
        ]
        super().__init__(supported_entities=[spec.entity], name=type(spec).__name__, context=list(spec.context))

    def load(self) -> None:  # nothing to load: patterns are compiled in __init__
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for pname, rx, score, group in self._compiled:
            for m in rx.finditer(text):
                start, end = m.span(group) if group else m.span()
                if start < 0 or end <= start:
                    continue
                span = text[start:end]
                if not self.spec.validate(text, span):
                    continue
                adjusted = self.spec.adjust(text, start, end, score)
                final, reason = adjusted if isinstance(adjusted, tuple) else (adjusted, "")
                if final <= 0:
                    continue
                expl = AnalysisExplanation(
                    recognizer=self.name, original_score=score, pattern_name=pname, pattern=rx.pattern,
                    textual_explanation=f"{self.name}: pattern '{pname}'" + (f"; {reason}" if reason else ""),
                )  # fmt: skip
                meta = {RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
                if final < score:  # lowered on purpose: context words must not raise it back
                    meta[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
                results.append(RecognizerResult(self.spec.entity, start, end, final, expl, meta))
        return results
