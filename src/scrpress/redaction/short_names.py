"""The short names people use for a school, nursery or practice: "Hawthorn" for "Hawthorn Medical Practice",
"St B's" for "St Barnabas CE Primary", "KHS" for "Kinlochcorran High School"."""

from __future__ import annotations

import re

from .names_data import is_very_common_word
from .recognizers.names import NOT_A_NAME
from .textutil import fold

SETTING_WORDS = (
    r"(?:(?:Primary|Junior|Infants?|Nursery|Secondary|High|Community|Catholic|RC|CE|C of E|Day|Medical|Health|Preparatory|Prep|"
    r"Children'?s|Family|Early Years|Early Learning|Learning|Early Learning and Childcare|Early Years and Childcare)\s+)*"
    r"(?:Early Learning and Childcare|School|Academy|College|Nursery|Practice|Surgery|Centre|"
    r"Center|Hub|Clinic|Pre-?School|Playgroup|Primary|Infants|Juniors|ELC|PS|MP|HC|MC|Kids Club|Ministries)")  # fmt: skip
# How records shorten a kind of setting after its name: "St Brigid's PS", "Hillpark ELC", "Springvale MP".
_KIND_ABBREVIATIONS = {"Integrated Primary School": "IPS", "Integrated College": "IC", "Community Primary School": "CPS",
                       "Controlled Primary School": "CPS", "Primary School": "PS", "High School": "HS", "Medical Practice": "MP", "Medical Centre": "MC",
                       "Health Centre": "HC", "Early Learning Centre": "ELC", "Learning Centre": "LC",
                       "Early Learning and Childcare Centre": "ELC", "Early Learning and Childcare": "ELC",
                       "Nursery School": "NS", "Family Centre": "FC"}  # fmt: skip
SETTING_ROLES = r"(?:DSL|DDSL|SENCO|SENCo|Head|Headteacher|HT|DHT|PT|Reception|Office|Staff|Uniform)\b"  # its people
SETTING_KIND = re.compile(rf"\s+{SETTING_WORDS}$")
_SETTING_PREFIX = re.compile(r"^(?:YGG|YG|YGGD|YGC|YGM|YCW|Ysgol(?: Gynradd| Uwchradd| Gymraeg| Gyfun)?|Gaelscoil|Scoil|"
                             r"Meddygfa)\s+")


def setting_names(name: str) -> list[str]:
    """A school's or practice's name and the short name people use for it ("Westgate" for "Westgate Family Hub",
    "Pen-y-waun" for "YGG Pen-y-waun"), unless the short name is a generic word."""
    core = _SETTING_PREFIX.sub("", SETTING_KIND.sub("", name.strip()))
    out = [name.strip()]
    words = core.split()
    if core != name.strip() and 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not (
            len(words) == 1 and not _short_name_ok(core)):
        out.append(core)
        if len(words) == 2 and words[1] in _TOPOGRAPHIC and _short_name_ok(words[0]):
            out.append(words[0])  # "Ridgeway Vale Academy" → "her Ridgeway uniform"
    saint = re.match(r"(St\.?|Saint) ([A-Z])[\w\-]+\b", name.strip())
    if saint:
        out.append(f"{saint.group(1)} {saint.group(2)}'s")  # "St Aldhelm's", "St Barnabas" → "St A's", "St B's"
    if core != name.strip() and re.match(r"\s+Medical\s", name.strip()[len(core):] + " "):
        out.append(f"{core} Medical")  # "Corran Medical Practice" → "at Corran Medical"
    letters = "".join(w[0] for w in name.split() if w[:1].isupper() and w not in ("St", "St.", "The"))
    school = re.search(r"\b(?:School|Academy|College)$", name.strip())
    if (len(letters) >= 4 or len(letters) == 3 and school) and SETTING_KIND.search(name.strip()) and (
            not is_very_common_word(letters) and letters.isupper()):  # not "WFH" for "Westgate Family Hub"
        out.append(letters)  # "Kinlochcorran High School" → "KHS", "Ferrier Vale Learning Centre" → "FVLC"
    for kind, abbreviation in _KIND_ABBREVIATIONS.items():
        if name.strip().endswith(" " + kind) and (stem := name.strip()[: -len(kind) - 1]):
            out.append(f"{stem} {abbreviation}")  # "Hillpark Early Learning Centre" → "Hillpark ELC"
    for word, short in _WORD_ABBREVIATIONS.items():
        if f" {word} " in f" {name.strip()} ":
            out += [re.sub(rf"\b{word}\b", short, name.strip()), re.sub(rf"\b{word}\b", short.rstrip("."), name.strip())]
    return list(dict.fromkeys(out))


# Words of a setting's name that records shorten: "Ashgrove Comm. Primary", "St Mary's RC Prim. School".
_WORD_ABBREVIATIONS = {"Community": "Comm.", "Primary": "Prim.", "Integrated": "Int.", "Secondary": "Sec."}


_TOPOGRAPHIC = frozenset(["Vale", "Valley", "Park", "Hill", "Hills", "Green", "View", "Grove", "Heights", "Fields", "Field",
                          "Wood", "Woods", "Bank", "Brook", "Meadow", "Meadows", "Rise", "Lea", "Dale", "Moor", "Cross",
                          "Common", "Gate", "Edge", "Side", "Bridge"])  # fmt: skip


def _short_name_ok(word: str) -> bool:
    return len(word) >= 4 and not is_very_common_word(word) and fold(word).lower() not in NOT_A_NAME
