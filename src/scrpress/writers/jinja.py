"""Jinja environments for the document templates: autoescaped, with the interface strings installed.

Both the HTML template and the docxtpl Word template use `{{ _("...") }}` and
`{{ ngettext(...) }}` (jinja2.ext.i18n, new-style gettext), translated for the edition's language.
"""

from __future__ import annotations

from collections.abc import Callable
from gettext import NullTranslations
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from scrpress.i18n import interface_translations
from scrpress.writers.view import clean_text


def _html_finalize(value: Any) -> Any:
    """Everything printed loses XML-illegal control characters; autoescape then escapes it."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return Markup(clean_text(str(value)))
    if isinstance(value, str):
        return clean_text(value)
    return value


def _xml_finalize(value: Any) -> Markup:
    """Text for WordprocessingML (see `_xml_text`); a value that knows how to write itself as runs does so."""
    wordml = getattr(value, "__wordml__", None)
    if wordml is not None:  # text in two languages (writers.bilingual.Both) writes its own runs
        return Markup(wordml(_xml_text))
    return _xml_text(value)


def _xml_text(value: Any) -> Markup:
    """Escape for WordprocessingML text and spell out `{`, `}` and `%` as character references.

    docxtpl post-processes the rendered XML (it turns "{_{" back into "{{", for example), so
    agency text that happens to contain template-like characters would otherwise be altered.
    Character references survive that step and are decoded by the XML parser afterwards.
    """
    if value is None:
        return Markup("")
    text = str(value) if isinstance(value, Markup) else str(escape(str(value)))
    text = clean_text(text).replace("{", "&#123;").replace("}", "&#125;").replace("%", "&#37;")
    return Markup(text)


def make_environment(
    lang: str, *, xml: bool = False, search_path: Path | None = None, translations: NullTranslations | None = None
) -> Environment:
    """An autoescaping environment translating interface strings into `lang`.

    `xml=True` gives the environment docxtpl renders Word XML with; otherwise it is for HTML.
    `translations` replaces `lang`'s catalog (the bilingual edition prints both languages' words).
    """
    finalize: Callable[[Any], Any] = _xml_finalize if xml else _html_finalize
    env = Environment(
        loader=FileSystemLoader(str(search_path)) if search_path else None,
        autoescape=True,
        extensions=["jinja2.ext.i18n"],
        finalize=finalize,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    if translations is None:
        translations = interface_translations(lang)

    # Translations are our own catalog's text, but they are escaped like any other text so a
    # translator's "&" or "<" can never break the document.
    def gettext(message: str) -> Markup:
        return escape(translations.gettext(message))

    def ngettext(singular: str, plural: str, n: int) -> Markup:
        return escape(translations.ngettext(singular, plural, n))

    env.install_gettext_callables(gettext, ngettext, newstyle=True)  # type: ignore[attr-defined]
    return env
