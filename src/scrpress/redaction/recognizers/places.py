"""Addresses, and the named local settings (schools, nurseries, GP practices, health centres) that say where a family lives."""

from __future__ import annotations

import re

from .. import findings as E
from ..names_data import PERSONAL_TITLES, gazetteers, is_name_word, is_ordinary_word
from ..textutil import fold
from .base import RecognizerSpec, recognizer

STREET_TYPES = (
    "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Cl|Drive|Dr|Court|Ct|Crescent|Cres|Place|Pl|Way|Gardens|Gdns|Grove|"
    "Gr|Terrace|Terr|Tce|Walk|Row|Square|Sq|Mews|Hill|Park|View|Rise|Parade|Green|Vale|Fields|Meadow|Meadows|Wharf|"
    "Yard|Heights|Mount|Chase|Gate|Croft|Boulevard|Broadway|Path|Passage|Brow|Bank|End|Wynd|Loan|Brae|Cottages|"
    "Villas|Lodge|Estate|Circus|Embankment|Approach|Hollow|Nook|Orchard|Quay|Ridge|Side|Dale|Glen|Heath|Leys|Paddock|"
    "Spinney|Copse|Causeway|Drove|Row|Fold|Garth|Wynd|Vennel|Crossway|Promenade|Esplanade|Ffordd|Heol|Stryd|Lôn|Lon|"
    "Cilgant|Rhodfa|Dene|Gait|Haugh|Chare|Twitten|Ginnel|Steps|Lea|Holme|Furlong|Pastures"
)
_WORD = r"[A-Z][\w'’\-]*"
_HOUSE = r"\d{1,4}[A-Za-z]?(?:\s?[\-–]\s?\d{1,4}[A-Za-z]?)?"
_FLAT = r"(?:(?:Flat|Fflat|Apartment|Apt|Unit|Room|Maisonette|Plot|Pitch|Bay|Caravan)\.?\s+\d{1,4}[A-Za-z]?(?:/\d{1,3})?|\d{1,3}[A-Za-z]?/\d{1,3})"
_HOUSE_NAME = (r"(?:The\s+(?:[A-Z][\w'’\-]+\s+){0,2}[A-Z][\w'’\-]+|(?:[A-Z][\w'’\-]+\s+){1,2}"
               r"(?:House|Cottage|Cottages|Farm|Barn|Granary|Lodge|Mill|Villa|Hall|Bungalow|Court|Mansions|Hotel|Hostel|"
               r"Inn)),\s+")
_POSTCODE = r"[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}"
_NOT_TOWN = r"(?!(?:Police|Council|Hospital|Road|Street|Children|Social|The|On|In|At|And|Mother|Father|Child)\b)"
_TOWN_TAIL = rf"(?:,[ \t]*\n?[ \t]*{_NOT_TOWN}{_WORD}(?:[ \t]+{_NOT_TOWN}{_WORD})?){{0,2}}"
# Small words inside a Gaelic or Welsh street name: "Cnoc na Mòine", "Coed y Wern".
_CONNECTORS = ("na", "nan", "an", "am", "a'", "y", "yr", "ar")
_CONNECTOR = "|".join(_CONNECTORS)
WELSH_STREET = (r"(?:Heol|Ffordd|Stryd|Lôn|Lon|Maes|Cae|Bryn|Llys|Cwrt|Rhodfa|Teras|Cilgant|Parc|Clos|Rhes|Gerddi|"
                r"Tŷ|Ty|Plas|Pant|Cefn|Glan|Tan|Pen|Bro|Nant|Coed|Dol|Erw|Cwm)")


@recognizer
class UkAddress(RecognizerSpec):
    """House number + street (with flat, building and town when they are on the same line or the next)."""

    entity = E.ADDRESS
    patterns = [
        ("street",
         rf"(?:{_FLAT},?\s+(?:{_WORD}\s+){{0,3}}(?:House|Court|Tower|Buildings|Mansions|Point|Lodge|Block|Hall),?\s+|"
         rf"{_FLAT},?\s+|{_HOUSE_NAME})?"
         rf"(?<![\w/.,])(?:{_HOUSE}),?\s+(?:{_WORD}\s+){{1,3}}(?:{STREET_TYPES})\b\.?{_TOWN_TAIL}", 0.85),
        ("welsh-street",
         rf"(?:{_FLAT},?\s+)?(?<![\w/.,])(?:{_HOUSE}),?\s+{WELSH_STREET}\s+(?:(?:y|yr|'r|a|ar|uchaf|isaf)\s+)?"
         rf"{_WORD}(?:\s+{_WORD})?{_TOWN_TAIL}", 0.8),
        ("flat-building",
         rf"{_FLAT},?\s+(?:(?:{_WORD}\s+){{1,3}}(?:House|Court|Tower|Buildings|Mansions|Point|Lodge|Block|Hall|Close|"
         rf"Site|Park)\b|(?:Tŷ|Ty|Plas|Bloc)\s+{_WORD})"
         rf"(?:,[ \t]*\n?[ \t]*(?:{WELSH_STREET}\s+(?:(?:y|yr)\s+)?{_WORD}|(?:{_HOUSE}\s+)?(?:{_WORD}\s+){{1,3}}(?:{STREET_TYPES})\b|"
         rf"{_HOUSE}[ \t]+{_WORD}))?"  # "Flat 12, Ridley Court,\n  3 Ropewalk": a street without a street word
         rf"{_TOWN_TAIL}", 0.8),
        ("foreign-street",  # "ul. Głogowska 112/4, Poznań", "vul. Klochkivska 96, apt 31, Kharkiv", "Strada Morii 14"
         rf"\b(?:ul\.|vul\.|ulica|vulytsia|str\.|strada|Strada|calle|Calle|rue|Rue)[ \t]+{_WORD}(?:[ \t]+{_WORD})?[ \t]+"
         rf"\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}}[A-Za-z]?)?(?:,[ \t]*(?:apt|kv|m|flat|ap|app)\.?[ \t]*\d{{1,4}})?{_TOWN_TAIL}", 0.8),
        ("croft", rf"\b(?:Croft|Croit)[ \t]+\d{{1,3}}[A-Za-z]?,[ \t]*(?:{_WORD}|nan|na|an)(?:[ \t]+(?:{_WORD}|nan|na|an)){{0,3}}"
                  rf"{_TOWN_TAIL}", 0.8),
        ("number-building",
         rf"(?<![\w/.,]){_HOUSE}\s+(?:{_WORD}\s+){{1,2}}(?:House|Court|Tower|Buildings|Mansions|Point|Lodge|Block|Hall),\s+"
         rf"(?:{_WORD}\s+){{1,3}}(?:{STREET_TYPES})\b{_TOWN_TAIL}", 0.8),
        ("farm",  # "Pen-y-Bryn Farm, Lôn Cwm Hir, Llanwrtheg", "Fferm Tŷ Gwyn": a farm is an address in the country
         rf"(?<![\w])(?:(?:{_WORD}[ \t]+){{1,3}}(?:Farm|Farmhouse)\b|(?:Fferm|Ffarm)[ \t]+{_WORD}(?:[ \t]+{_WORD})?)"
         rf"(?:,[ \t]*(?:{WELSH_STREET}|Lôn|Lon)[ \t]+{_WORD}(?:[ \t]+{_WORD}){{0,2}})?{_TOWN_TAIL}", 0.6),
        ("building-street",  # "communal stairwell, Dunmore House, Ferrier Road, Kingsmead": a building with its street
         rf"(?<![\w])(?!The\b)(?:{_WORD}[ \t]+){{1,2}}(?:House|Hse|Court|Tower|Buildings|Mansions|Point|Lodge|Block|Heights|"
         rf"Cottage|Bungalow|Villa|Barn|Hotel),[ \t]*(?:{_WORD}[ \t]+){{1,2}}(?:Road|Rd|Street|St|Avenue|Lane|Close|Drive|"
         rf"Crescent|Gardens|Grove|Terrace|Way|Estate|Parade)\b{_TOWN_TAIL}", 0.6),
        ("house-name-lane",  # "Pen-y-Bryn, Lôn Cwm Hir, Llanwrtheg": a Welsh house name and its lane, no number
         rf"(?<![\w]){_WORD},[ \t]*(?:Lôn|Lon|Heol|Ffordd)[ \t]+{_WORD}(?:[ \t]+{_WORD})?{_TOWN_TAIL}", 0.6),
        ("number-building-only",  # "Home visit to 142 Cordwainer House": a flat number before its block
         rf"(?<![\w/.,£$]){_HOUSE}[ \t]+(?:{_WORD}[ \t]+){{1,2}}(?:House|Hse|Court|Tower|Mansions|Point|Lodge|Block)\b"
         rf"(?:,[ \t]*(?:{_WORD}[ \t]+){{1,2}}(?:{STREET_TYPES})\b\.?)?{_TOWN_TAIL}", 0.6),
        ("unit-street",  # "Unit 4, Fisher Road, Brackhaven", "Plot 3, Riverside Showmen's Yard", "Rooms 214/215, ..."
         rf"\b(?:Unit|Flat|Apartment|Apt|Plot|Pitch|Caravan|Rooms?)\.?[ \t]+\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}})?,?[ \t]+"
         rf"(?:{_WORD}(?:[ \t]+|[ \t]*\n[ \t]*)){{1,3}}(?:{STREET_TYPES}|Showground|Site|Hotel|Park)\b"
         rf"(?:,[ \t]*(?:\d{{1,4}}(?:-\d{{1,4}})?[ \t]+)?(?:{_WORD}[ \t]+){{1,2}}(?:{STREET_TYPES})\b)?{_TOWN_TAIL}", 0.65),
        ("traveller-site",  # "Plot 9, Cae Glas Gypsy and Traveller Site, Ffordd Helyg, Mold": a site and its pitch
         rf"(?:\b(?:Plot|Pitch|Bay|Lain|Llain|Caravan)\.?[ \t]+\d{{1,4}}[A-Za-z]?,?[ \t]+)?(?<![\w'’\-])(?:{_WORD}[ \t]+){{1,3}}"
         rf"(?:Gypsy(?:,?[ \t]+(?:and|&)[ \t]+|[ \t]*/[ \t]*|[ \t]+)(?:Roma(?:,?[ \t]+(?:and|&)[ \t]+|[ \t]+))?)?"
         rf"(?:Travell?ers?'?|Showmen'?s|Caravan|Mobile[ \t]+Home|Residential)[ \t]+(?:Site|Park|Camp|Yard)\b"
         rf"(?:,[ \t]*(?:{WELSH_STREET}[ \t]+{_WORD}(?:[ \t]+{_WORD})?|(?:{_WORD}[ \t]+){{1,2}}(?:{STREET_TYPES})\b))?"
         rf"{_TOWN_TAIL}", 0.65),
        # A house number and a street with no street word, then the town: rural Scotland, Wales and Ireland name
        # streets so ("6 Cnoc na Mòine, Stornoway", "4 ARDNACILLE, NESS", "3 Maes Glas, Tregaron").
        ("number-place-town",
         rf"(?<![\w/.,£$:]){_HOUSE},? (?P<street>{_WORD}(?:[ \t]+(?:{_CONNECTOR}|{_WORD})){{0,3}}),[ \t]*"
         rf"{_NOT_TOWN}{_WORD}(?:[ \t]+{_NOT_TOWN}{_WORD})?(?![\w'’\-])", 0.6),
        ("named-street",
         rf"\b(?:on|in|at|of|from|to|near|off)\s+(?P<street>(?:{_WORD}\s+){{1,2}}(?:Road|Street|Avenue|Lane|Close|Drive|"
         rf"Crescent|Gardens|Grove|Terrace|Mews|Walk|Way)\b)", 0.45, "street"),
    ]  # fmt: skip
    context = ["address", "lives", "living", "resides", "moved", "home", "flat", "property", "tenancy"]
    flags = re.MULTILINE  # capitals matter: "12 Elm Road", not "12 times a day"

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        span = text[start:end]
        if re.match(r"\d", span) and not re.search(rf"\b(?:{STREET_TYPES}|{WELSH_STREET}|{_BUILDINGS})\b", span) and (
                _not_a_street(text, start, span)):
            return 0  # "aged 14 Jonas, Tomas", "5 Mothers, Leeds": a number before words, not a street
        first = re.search(r"[A-Z][\w'’\-]*", span)
        if first and first.group() in ("Police", "Station", "Hospital", "The", "Children", "Social") and not (
                first.group() == "The" and re.match(_HOUSE_NAME, span)):  # "The Old Granary, 2 Riverside Walk"
            return 0
        return score


_BUILDINGS = (r"House|Hse|Court|Tower|Buildings|Mansions|Point|Lodge|Block|Hall|Heights|Cottage|Cottages|Bungalow|Villa|"
              r"Barn|Hotel|Farm|Farmhouse|Site|Showground")


def _not_a_street(text: str, start: int, span: str) -> bool:
    """A number and words without a street word that are no address: a count, an age, a year group or a list of
    names, or words English uses every day."""
    street = re.match(r"[^,]*", re.sub(r"^\s*\d+[A-Za-z]?(?:\s?[\-–]\s?\d+[A-Za-z]?)?,?\s+", "", span)).group()
    words = re.findall(r"[^\W\d_][\w'’\-]*", street)
    if re.search(r"\b(?i:aged?|years?|yrs?|year|yr|p|class|room|ward|bed|no|number|x|group|week|day|page|para|section|"
                 r"s|art|article|schedule|reg|regulation|rule|under|over|of)\.?[ \t]*$", text[max(0, start - 14) : start]):
        return True
    town = re.search(r",\s*([^\W\d_][\w'’\-]*)", span)
    names = [w for w in words if w not in _CONNECTORS]
    if any(len(w) < 3 or w.isupper() and len(w) < 5 for w in names) or (town and re.search(r"[a-z][A-Z]", town.group(1))):
        return True  # "1, PCV, MenB", "15 L, IO": a list of codes, not a street
    if town and (street.isupper() and not town.group(1).isupper() or town.group(1)[1:].islower() and fold(
            town.group(1)).lower() in gazetteers()[0] and not is_ordinary_word(town.group(1))):
        return True  # "2 WEEKES, Tyrone", "PC 2210 MERRICK, Eastmere South": SURNAME, then a name or a team
    return not words or any(is_ordinary_word(w) for w in words if len(w) > 2) or (
        len(words) == 1 and is_name_word(words[0]) and not words[0].isupper())


SETTING_KINDS = (
    r"(?:(?:Primary|Junior|Infant|Infants|Nursery|Secondary|High|Grammar|Community|Church|C of E|CE|CofE|RC|Catholic|"
    r"Methodist|Free|Special|Comprehensive|Middle|First|Pupil Referral)(?: |[ \t]*\n[ \t]*))?"
    r"(?:of England |in Wales |of Wales )?(?:Primary |Junior |Infant |Nursery |High |Secondary )?"
    r"(?:School|Academy|College|Nursery|Pre-?School|Playgroup|Children'?s Centre|Family Centre|Family Hub|Surgery|"
    r"Medical Practice|Medical Centre|Health Centre|Practice|Clinic|Day Nursery|Child Care|Childcare|Kindergarten|"
    r"Sixth Form|PRU|Pharmacy|Dental Practice|Mosque|Church|Chapel|Temple|Gurdwara|Synagogue|Youth Club|Leisure Centre|"
    r"Sure Start|Flying Start|Early Years Centre|Toddler Group|(?<=[a-z'’] )(?:RC |CE |C of E )?Primary|"
    r"Early Learning and Childcare(?: Centre| Setting)?|Early Years and Childcare Centre|Early Learning Centre|Learning Centre|Nursery Class|Madrassa|Madrasah|After-School Club|Breakfast Club|Kids Club|"
    r"Holiday Club|Young Farmers'? Club|YFC|Ministries|Tabernacle|Drop-in Centre|Fellowship|Early[ \t]+Years(?:[ \t]+|[ \t]*\n[ \t]*)Centre|"
    r"(?<=[a-z'’] )EYC|"
    r"(?<=[a-z'’] )(?:Infants|Juniors|MC|HC|PS|NS|ELC|CC|Private GP))"
    r"(?!\s+(?:Review|Reviews|Guide|Guidance|Panel|Standards|Framework|Model|Note|Notes|Week|Forum|Group|Lead|Leads|"
    r"Manager|Managers|Team|Teams|Policy|Procedures|Unit|Board|Partnership|Learning|Development|Care|Mental|"
    r"Health|Prevention|Carers?|Physician|Provider|Colleagues))"
)
WELSH_SETTING = (r"(?:Ysgol(?:\s+Gynradd|\s+Uwchradd|\s+Feithrin|\s+Gymraeg|\s+Gyfun)?|Meddygfa|Canolfan\s+Iechyd|"
                 r"Cylch\s+Meithrin|Meithrinfa|YGG|YG|YGGD|YGC|YGM|YCW|CFfI|Clwb\s+Ffermwyr\s+Ifanc)(?:'r)?")  # YGG: Ysgol
# Gymraeg Gynradd; CFfI: Clwb Ffermwyr Ifanc, a Young Farmers' Club
GAELIC_SETTING = (r"(?:Gaelscoil|Gaelcholáiste|Naíscoil|Bunscoil|Scoil|Coláiste|Meánscoil|"
                 r"(?i:bun-sgoil|àrd-sgoil|ard-sgoil|sgoil-àraich|sgoil)(?:[ \t]+(?i:ghàidhlig|ghaidhlig))?|"
                 r"Ionad[ \t]+Slàinte)")  # Irish and Scottish Gaelic: "Bun-sgoil Ghàidhlig Cheann Loch Corrain"
_GENERIC = {"The", "A", "An", "Our", "Local", "Primary", "Secondary", "High", "Nursery", "School", "Community", "New",
            "Her", "His", "Their", "This", "That", "Each", "Every", "GP", "Any", "Another", "Both", "Same", "Main",
            "Good", "Best", "Poor", "Safe", "Safer", "Safeguarding", "Clinical", "Professional", "General", "Social",
            "Work", "Reflective", "Family", "Multi", "Agency", "Multi-Agency", "Partnership", "Learning", "Practice",
            "Medical", "Health", "Dental", "Special", "Independent", "Private", "Day", "Junior", "Infant", "Children's", "Childrens", "Centre", "Surgery", "Academy", "College", "Clinic", "Sixth", "Form", "Church",
            "Youth", "Club", "Leisure", "Current", "Previous", "Former", "Named", "Registered", "Usual", "All", "Wales", "England", "Scotland", "Ireland", "National", "Guide", "Extended", "Child", "Sure", "Start", "Flying", "Early", "Years", "Toddler", "Designated", "Lead"}  # fmt: skip


@recognizer
class LocalSetting(RecognizerSpec):
    """Named schools, nurseries, GP surgeries/practices, health and children's centres (they locate a family)."""

    entity = E.SETTING
    patterns = [
        ("named-setting", rf"(?<![\w])(?!(?:At|In|From|To|With|For|And|Of|On|By|Attends|Attended|Attending)[ \t])"
                          rf"(?:(?:St\.?|Saint|Y|Ysgol) )?(?:[A-Z][\w'’\-]+ ){{0,3}}[A-Z][\w'’\-]+"
                          rf"(?: |[ \t]*\n[ \t]*){SETTING_KINDS}\b", 0.7),  # one space between words (wider gaps are columns), or
        # a line break before the kind: "Willowbrook\n   Children's Centre"
        ("welsh-setting", rf"(?<![\w]){WELSH_SETTING}[ \t]*(?:(?:y|yr)[ \t]+)?[A-Z][\w'’\-]+"
                          rf"(?: (?:(?:y|yr|ar|o|a) )?[A-Z][\w'’\-]+){{0,2}}", 0.75),  # "YG Coed y Wern"
        # A secondary school by its place name alone: "Fitzhamon High", "Cathays High" (not "Very High").
        ("place-high", r"(?<![\w])(?P<high>[A-Z][a-z'’\-]{3,}(?: [A-Z][a-z'’\-]{3,})? High)(?! (?:School|Court|Street|Road|"
                       r"St|Rd|Risk|Level|Dependency|Priority|Sheriff)\b)(?![\w\-])", 0.65, "high"),
        ("irish-setting", rf"(?<![\w]){GAELIC_SETTING}(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?:na|an|Naomh|Mhuire)[ \t]+)?[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){{0,2}}",
         0.75),
        ("capitals", r"(?<![\w])(?:[A-Z][A-Z'’\-]+\s+){1,4}(?:SCHOOL|ACADEMY|NURSERY|SURGERY|MEDICAL CENTRE|HEALTH CENTRE|"
         r"MEDICAL PRACTICE|PRACTICE|CHILDREN'?S CENTRE|FAMILY CENTRE)\b", 0.7),
        # A faith school named after its kind: "Talmud Torah Ohel Moshe", "Yeshivas Beis Aharon", "Madrasa Al-Noor".
        ("faith-school", r"(?<![\w])(?:Talmud[ \t]+Torah|Yeshiva[hs]?|Cheder|Chedar|Kollel|Beis[ \t]+Yaakov|Bais[ \t]+Yaakov|"
                         r"Madrasa[h]?|Madrassa[h]?|Darul[ \t]+Uloom|Dar[ \t]+al[ \t\-]+Uloom|Gurukul|Sunday[ \t]+School)"
                         r"(?: (?:of |al-|Al-)?[A-Z][\w'’\-]+){1,3}", 0.7),
        ("masjid", r"\b(?:Masjid|Jamia|Madrasa|Madrasah|Darul|Dar-ul)[\-–][A-Za-z]+(?:[\-–][A-Z][a-z]+)*\b", 0.7),
        ("gp-practice", r"\bGP\b[^\n]{0,30}?[,(][ \t]*(?P<mp>[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?[ \t]+MP)\b", 0.65,
         "mp"),  # "Safeguarding Lead GP, Millbrook MP": a medical practice, not a Member of Parliament
        ("saint-name", r"\b(?:attends|attended|attending|at|to|from|with|of|in|for)\s+(?P<saint>(?:St\.?|Saint)\s+[A-Z]\w+['’]s)\b", 0.6,
         "saint"),
    ]
    context = ["attended", "school", "nursery", "registered", "practice", "surgery", "pupil", "enrolled"]
    flags = re.MULTILINE

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        words = re.findall(r"[A-Z][\w'’\-]+", text[start:end])
        if words and words[0].rstrip(".") in PERSONAL_TITLES:
            return 0  # "Mrs Church", "Dr Temple": a person whose surname names a building
        if words and words[-1] == "High" and "School" not in words and (len(words) < 2 or is_ordinary_word(words[-2])):
            return 0  # "Very High", "Medium High", "Risk High": a rating, not a school
        return score if any(w not in _GENERIC for w in words) else 0
