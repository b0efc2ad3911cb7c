"""The product's own words (headings, table headers, cover labels) in each edition's language.

Catalogs live in `templates/locales/<lang>/LC_MESSAGES/scrpress.po`; they are compiled in
memory with Babel when first needed, so no `.mo` file is committed and no `msgfmt` is needed
at run time. English is the source language: its "translations" are the message ids.
"""

from __future__ import annotations

import functools
import gettext
import io
import os
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from scrpress.errors import ScrpressError
from scrpress.i18n.formatting import babel_locale, is_english

__all__ = [
    "DOMAIN",
    "catalog_path",
    "interface_languages",
    "interface_translations",
    "locales_dir",
    "templates_dir",
]

DOMAIN = "scrpress"


def templates_dir() -> Path:
    """Where the document templates and interface catalogs are.

    `SCRPRESS_TEMPLATES` wins; then a copy shipped inside the package (`scrpress/data/templates`);
    then the repository's `templates/` folder (editable installs and the source tree).
    """
    env = os.environ.get("SCRPRESS_TEMPLATES")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    packaged = here.parents[1] / "data" / "templates"
    if packaged.is_dir():
        return packaged
    return here.parents[3] / "templates"


def locales_dir() -> Path:
    return templates_dir() / "locales"


def _catalog_dirname(lang: str) -> str | None:
    """The catalog folder for `lang`: "pl-PL" uses `pl_PL/` if there is one, else `pl/`."""
    code = babel_locale(lang)
    for candidate in (code, code.split("_")[0]):
        if (locales_dir() / candidate / "LC_MESSAGES" / f"{DOMAIN}.po").is_file():
            return candidate
    return None


def catalog_path(lang: str) -> Path | None:
    """The PO file holding `lang`'s interface strings, or None (English, or no catalog yet)."""
    name = _catalog_dirname(lang)
    return locales_dir() / name / "LC_MESSAGES" / f"{DOMAIN}.po" if name else None


def interface_languages() -> list[str]:
    """Every language with interface strings: English plus each catalog under `locales/`."""
    found = sorted(p.parent.parent.name for p in locales_dir().glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    return ["en", *found]


@functools.cache
def interface_translations(lang: str) -> gettext.NullTranslations:
    """Gettext translations of the interface strings for `lang`, compiled from its PO in memory.

    English returns `NullTranslations` (the message ids are English). A language without a
    catalog also falls back to English; `interface_languages()` tells the caller which have one.
    """
    if is_english(lang):
        return gettext.NullTranslations()
    path = catalog_path(lang)
    if path is None:
        return gettext.NullTranslations()
    try:
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=babel_locale(lang), domain=DOMAIN, abort_invalid=True)
    except Exception as exc:  # babel raises PoFileError and plain ValueErrors
        raise ScrpressError(f"interface catalog cannot be read ({type(exc).__name__})", file=path) from exc
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)
