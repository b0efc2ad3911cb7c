"""scrpress's recognizers: UK identifiers, addresses and settings, dates of birth, names."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from . import dates_of_birth, names, places, uk_identifiers  # noqa: F401  (importing registers the specs)
from .base import RECOGNIZERS, SpecRecognizer
from .introductions import IntroductionRecognizer
from .names import GazetteerNameRecognizer, OtherScriptNameRecognizer, SpacyPersonRecognizer


def all_recognizers(keep_words: frozenset[str] = frozenset()) -> list[EntityRecognizer]:
    """One instance of every registered recognizer, plus the name and introduction recognizers."""
    recs: list[EntityRecognizer] = [SpecRecognizer(spec()) for spec in RECOGNIZERS.values()]
    recs += [GazetteerNameRecognizer(keep_words), SpacyPersonRecognizer(keep_words), IntroductionRecognizer(),
             OtherScriptNameRecognizer()]
    return recs
