"""Language support: the product's interface strings (gettext) and locale formatting (Babel)."""

from scrpress.i18n.formatting import babel_locale, format_date, format_list, format_partial_date, is_english
from scrpress.i18n.interface import (
    catalog_path,
    interface_languages,
    interface_translations,
    locales_dir,
    templates_dir,
)

__all__ = [
    "babel_locale",
    "catalog_path",
    "format_date",
    "format_list",
    "format_partial_date",
    "interface_languages",
    "interface_translations",
    "is_english",
    "locales_dir",
    "templates_dir",
]
