"""UK identifiers: postcodes, NHS and National Insurance numbers, phones, e-mail, handles, vehicles, references."""

from __future__ import annotations

import re

from .. import findings as E
from ..textutil import column_header
from .base import RecognizerSpec, recognizer

_DATE_LIKE = re.compile(r"^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}$")


@recognizer
class UkPostcode(RecognizerSpec):
    """Postcodes with or without the space, any case: a postcode narrows a family to a few streets."""

    entity = E.POSTCODE
    patterns = [
        ("postcode", r"(?<![\w/])(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})(?![\w/])", 0.85),
    ]
    context = ["postcode", "post code", "address", "lives", "moved"]

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        span = text[start:end]
        if span.islower() and " " not in span:
            return 0.5
        return score if span.isupper() else 0.7


def nhs_checksum_ok(digits: str) -> bool:
    """NHS numbers: weights 10..2 on the first nine digits; check digit = 11 - sum % 11 (11 → 0, 10 invalid)."""
    if len(digits) != 10 or len(set(digits)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


@recognizer
class UkNhsNumber(RecognizerSpec):
    """NHS numbers (3-3-4 digits, spaced, hyphenated or run together) that pass the mod-11 check."""

    entity = E.NHS
    patterns = [("nhs", r"(?<![\w/.])\d{3}[ \-]?\d{3}[ \-]?\d{4}(?![\w/])", 0.9)]
    context = ["nhs", "nhs number", "nhs no", "patient"]

    def validate(self, text: str, span: str) -> bool:
        return nhs_checksum_ok(re.sub(r"\D", "", span))


@recognizer
class UkNino(RecognizerSpec):
    """National Insurance numbers: two letters, six digits (in pairs or not), a suffix A-D."""

    entity = E.NINO
    patterns = [
        ("nino", r"(?<![\w])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w])", 0.85),
    ]
    context = ["national insurance", "ni number", "nino", "ni no"]
    flags = re.MULTILINE  # upper case only: "ab 12 34 56 c" in prose is vanishingly rare


def _national_digits(span: str) -> str:
    """The digits of a UK number in national form: "+44 (0)7700 900123", "0044 7700 900123" → "07700900123"."""
    digits = re.sub(r"\D", "", span)
    digits = digits[2:] if digits.startswith("0044") else digits
    return "0" + digits[2:].lstrip("0") if digits.startswith("44") else digits


@recognizer
class UkPhone(RecognizerSpec):
    """UK phone numbers as people write them: 07700 900123, +44 7700 900123, (+44) 7700 900123, (01632) 960001,
    020 7946 0018."""

    entity = E.PHONE
    patterns = [
        ("uk-phone",
         r"(?<![\w/+])(?:\(?(?:\+|00)44\)?\s?(?:\(0\)\s?)?|\(0|0)\d(?:[\s\-\)]{0,2}\d){8,9}(?![\w/])", 0.75),
        ("intl-phone", r"(?<![\w/])\+(?!44)\d{1,3}(?:[\s\-]?\d){7,11}(?![\w/])", 0.6),
    ]  # fmt: skip
    context = ["phone", "telephone", "tel", "mobile", "mob", "number", "call", "called", "rang", "text", "texted",
               "contact", "landline", "whatsapp"]  # fmt: skip

    def validate(self, text: str, span: str) -> bool:
        if _DATE_LIKE.match(span.strip()):
            return False
        digits = _national_digits(span)
        if span.startswith("+") and not span.startswith("+44"):
            return 8 <= len(digits) <= 14
        return digits.startswith("0") and len(digits) in (10, 11) and not digits.startswith("00")

    def adjust(self, text: str, start: int, end: int, score: float) -> float | tuple[float, str]:
        if re.match(r"0(?:3|80|84|87|9)", _national_digits(text[start:end])):
            return ORGANISATIONAL, "non-geographic number (helplines and organisations use these): check"
        return score


# Organisational contact details are not personal data: shown to the reviewer as suggestions only.
ORGANISATIONAL = 0.4
_MAILBOX_WORDS = {"info", "enquiries", "enquiry", "admin", "office", "team", "mash", "duty", "referrals", "referral",
                  "contact", "reception", "safeguarding", "noreply", "no-reply", "hello", "help", "helpdesk", "support",
                  "dpo", "foi", "complaints", "business", "unit", "partnership", "board", "learning", "training",
                  "reviews", "review", "cspr", "lscp", "scp", "mail", "post", "general", "front", "door", "hub",
                  "services", "service", "social", "care", "children", "childrens", "admissions", "school", "bursar",
                  "governors", "clerk", "nursery", "surgery", "practice", "prescriptions", "appointments", "media",
                  "press", "comms", "communications", "data", "protection", "privacy", "legal", "housing", "lettings",
                  "tenancy", "repairs", "police", "control", "emergency", "edt", "out-of-hours", "ooh"}  # fmt: skip


@recognizer
class EmailAddress(RecognizerSpec):
    """E-mail addresses (checked by shape only: no suffix list is fetched)."""

    entity = E.EMAIL
    patterns = [("email", r"(?<![\w.+\-])[\w.+\-']+@[\w\-]+(?:\.[\w\-]+)+(?<!\.)", 0.9)]
    context = ["email", "e-mail", "mail"]

    def adjust(self, text: str, start: int, end: int, score: float) -> float | tuple[float, str]:
        """A role mailbox (safeguarding.partnership@, mash@, enquiries@) names no one; an address with a name,
        an initial or digits in it does."""
        local = text[start:end].split("@", 1)[0].lower()
        words = [w for w in re.split(r"[._+\-]", local) if w]
        if words and all(w in _MAILBOX_WORDS for w in words):
            return ORGANISATIONAL, "a role mailbox, not a person's address: check"
        return score


_PLATFORMS = (r"snapchat|snap|instagram|insta|tiktok|facebook|fb|twitter|whatsapp|telegram|discord|youtube|kik|xbox|psn|"
              r"playstation|roblox|fortnite|steam|onlyfans|grindr|tinder|hinge")


@recognizer
class SocialMediaHandle(RecognizerSpec):
    """@handles and account names given after the platform ("Snapchat: zosia_22")."""

    entity = E.HANDLE
    patterns = [
        ("at-handle", r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,29})(?<!\.)", 0.7),
        ("platform-name",
         rf"\b(?:{_PLATFORMS})\b"
         r"(?:\s+(?:name|username|user name|handle|account|id|profile|gamertag|tag))?\s*(?:is|was|called|of|as|named)?\s*[:=\-]?\s*"
         r"[\"“'‘(]?(?P<handle>@?[a-z][a-z0-9]*\.[a-z0-9_.]+(?<!\.)|@?[A-Za-z0-9_][A-Za-z0-9_.\-]{2,29}\d[A-Za-z0-9_]*|@?[A-Za-z0-9]+_[A-Za-z0-9_.]+|@[A-Za-z0-9_.]{2,30})", 0.75,
         "handle"),
        ("chat-speaker", r"^[ \t]*(?P<handle>(?=[A-Za-z0-9._]*[._\d])[A-Za-z][A-Za-z0-9._]{2,29}(?<!\.)):[ \t]", 0.7,
         "handle"),
        ("chat-column", r"^[ \t]*(?P<handle>(?=[A-Za-z0-9._]*[._\d])[A-Za-z][A-Za-z0-9._]{2,29}(?<!\.))[ \t]{2,}\d{1,2}:\d{2}\b",
         0.7, "handle"),  # a transcript laid out in columns: "bethh.haf   23:49   ye cant sleep"
        ("profile-name",
         r"\b(?:profile|username|user name|account name|account|gamertag|handle)\s*[:=]?\s*[\"“'‘(]?"
         r"(?P<handle>@?[a-z][a-z0-9]*[._][a-z0-9_.]+(?<!\.)|@?[A-Za-z][A-Za-z0-9_.\-]{2,29}\d[A-Za-z0-9_]*)", 0.7, "handle"),
        ("dotted-digits", r"(?<![\w@/.])[a-z][a-z0-9_]{2,}\.[a-z][a-z0-9_]*\d[a-z0-9_]*(?![\w@/\-]|\.\w)", 0.6),  # sonny.bos09
        ("snake-case", r"(?<![\w@/.])[A-Za-z][A-Za-z0-9.]*_[A-Za-z0-9_.]*[A-Za-z0-9](?![\w@/])", 0.6),
        ("profile-address", r"\b(?i:facebook|instagram|tiktok|twitter|x|snapchat|youtube)\.com/@?(?!(?:groups|pages|events|watch|share|photo|photos|people|marketplace|help|"
                            r"login|search|reel|reels|stories|explore|p|profile\.php)\b)(?P<page>[A-Za-z0-9_.\-]{3,50}"
                            r"(?<![.\-]))", 0.75, "page"),  # "facebook.com/nagy.pisti.miskolc"
        ("dotted-sender", r"\b(?i:from|by|sent by)[ \t]+(?P<sender>[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)(?=[ \t]*:)", 0.65,
         "sender"),  # 'a screenshot of Snapchat ... from ghxst.stoke: "tell ur bro..."'
        ("dotted-after-platform",  # "Snapchat, 12/10/2024, tiny_sixty6 and kdot.ferr": a dotted name later on the line
         rf"\b(?i:{_PLATFORMS})\b[^\n]*?(?<![\w@/.])(?P<handle>[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)(?![\w@/.])", 0.65, "handle"),
    ]  # fmt: skip
    context = ["snapchat", "instagram", "tiktok", "facebook", "account", "username", "handle", "online"]

    def validate(self, text: str, span: str) -> bool:
        """Not a web address or a file name ("nhs.uk", "notes.docx")."""
        return not re.search(r"\.(?:com|co|uk|org|net|example|gov|nhs|io|pdf|docx?|xlsx?|jpe?g|png|txt|html?)$", span.lower())


@recognizer
class UkVehicleRegistration(RecognizerSpec):
    """Vehicle registrations in the current (AB12 CDE) and older prefix/suffix formats."""

    entity = E.VEHICLE
    patterns = [
        ("current", r"(?<![\w])[A-Z]{2}\d{2} ?[A-Z]{3}(?![\w])", 0.7),
        ("prefix", r"(?<![\w])[A-HJ-NP-TV-Y]\d{1,3} ?[A-Z]{3}(?![\w])", 0.35),
        ("suffix", r"(?<![\w])[A-Z]{3} ?\d{1,3}[A-HJ-NP-TV-Y](?![\w])", 0.35),
        ("northern-ireland", r"(?<![\w])[A-Z]{2,3} ?\d{3,4}(?![\w/])", 0.3),
        ("foreign", r"(?<![\w/])[A-Z]{1,3}[ \-]?\d[A-Z0-9]{2,5}(?![\w/])", 0.3),  # "PO 7K215" beside a vehicle
        ("european", r"(?<![\w/])[A-Z]{1,2} ?\d{4} ?[A-Z]{1,2}(?![\w/])", 0.3),  # Bulgarian "CH 2290 AX" beside a vehicle
        # A registration named as one, in any country's format: "Romanian plates CT 07 FRD", "reg: WGM 4K21"
        ("after-plate", r"\b(?i:plates?|reg(?:istration)?(?:\s+(?:no|number|mark))?|vrm|index)\.?\s*[:\-]?\s*"
                        r"(?P<plate>(?=[A-Z0-9 \-]*\d)(?=[A-Z0-9 \-]*[A-Z])[A-Z0-9]{1,4}(?:[ \-][A-Z0-9]{1,5}){0,2})(?![\w])",
         0.6, "plate"),
    ]
    context = ["vehicle", "car", "van", "registration", "reg", "vrm", "driving", "drove", "driver", "index", "plate",
               "conveyed", "trace", "minibus",
               "passenger", "seat", "anpr", "taxi", "parked", "motorbike", "moped", "pnc check", "stopped", "transit",
               "plated", "ford", "vauxhall", "astra", "corsa", "fiesta", "audi", "bmw", "vw", "volkswagen", "passat",
               "golf", "toyota", "nissan", "mercedes", "skoda", "peugeot", "renault", "dacia", "hatchback", "estate"]
    flags = re.MULTILINE

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        window = (text[max(0, start - 60) : start] + " " + text[end : end + 40]).lower()
        letters = re.match(r"[A-Z]+", text[start:end])
        if letters and letters.group() in _NOT_VEHICLE:
            return 0
        if score < 0.5:
            ni_mark = re.fullmatch(r"[A-Z]*[IZ][A-Z]* ?\d{3,4}", text[start:end]) and len(letters.group() if letters else "") == 3
            return 0.6 if ni_mark or any(w in window for w in self.context) else 0  # NI marks carry I or Z: "KDZ 2861"
        return score


_NOT_VEHICLE = {"PC", "DC", "DS", "PS", "DI", "DCI", "PCSO", "NHS", "GP", "HV", "SW", "CP", "ICD", "MRN", "CIN", "LAC", "ISO",
                "AIM", "SIM", "VIP",
                "SEN", "KS", "Y", "YR", "TAC", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC", "JAN", "FEB"}
_REF_CONTEXT = (
    r"crime(?:\s+ref(?:erence)?)?(?:\s+number)?|occurrence|incident(?:\s+log)?|log|storm|niche|cad|urn|"
    r"ref(?:erence)?|case(?:\s+ref(?:erence)?)?|mrn|hospital(?:\s+(?:no|number))?|patient(?:\s+id)?|unit\s+number|"
    r"record|mosaic|lcs|liquidlogic|eclipse|carefirst|systmone|emis|rio|id|pnc|cro|file|custody|referral|"
    r"court|claim|tenancy|account|epr|k\s*number|d\s*number|cris|occ|misper|athena|connect|pnd|crimint|"
    r"hospital\s+no|nhs\s+trust\s+no|serial|attendance|admission|episode|encounter|scn|upn|uln|chi|swis|merlin|ivpd|vpd"
)


_SYSTEM_NAMED = re.compile(r"\b(?:soscare|mosaic|lcs|wccis|paris|carefirst|liquidlogic|eclipse|emis|systmone|rio|crn|pnc|"
                           r"niche|athena|hospital (?:no|number)|mrn|nhs trust no|ref|reference|crime|occurrence|incident|"
                           r"log|cad|storm|urn|ivpd|vpd|swis|merlin)\b", re.I)  # fmt: skip
_LABEL_AT_END = re.compile(r"\b[A-Za-z]+\.?[ \t]*[:#]?[ \t]*$")
# A record number's label just before it: "service no. 21170456", "patient number: 4471902", "ID 8830127".
_NUMBER_LABEL = re.compile(r"(?<!\w)(?!(?i:tel|phone|mobile|mob|fax|room|flat|house|bed|ward|bay|unit|page|para)\b)"
                           r"[A-Za-z]+\.?[ \t]+(?i:no\.?|number|id)[ \t]*[:#]?[ \t]*$|(?<!\w)(?i:id)[ \t]*[:#]?[ \t]*$")
_ID_HEADER = re.compile(r"(?i)\b(?:id|no\.?|number|ref|reference|nominal|urn|crn|mrn|chi|h&c|case|file|record|"
                        r"patient|hospital|system)\b")
_NOT_ID_HEADER = re.compile(r"(?i)\b(?:tel|phone|mobile|date|dob|age|time|room|flat|house|year|qty|amount)\b")


_HKID = re.compile(r"([A-Z]{1,2})(\d{6})\(([0-9A])\)")


def _hkid_check(letters: str, digits: str, check: str) -> bool:
    """The Hong Kong identity card's check digit: letters count A=10 ... Z=35 (a space before one letter, 36),
    weights 9 down to 2, the remainder from 11 (10 written A)."""
    values = [36 if len(letters) == 1 else ord(letters[0]) - 55, ord(letters[-1]) - 55] + [int(d) for d in digits]
    expected = (11 - sum(v * w for v, w in zip(values, range(9, 1, -1))) % 11) % 11
    return check == ("A" if expected == 10 else str(expected))


@recognizer
class CaseReference(RecognizerSpec):
    """Police crime/incident references, social-care case numbers, hospital numbers: they index the family's records."""

    entity = E.REFERENCE
    patterns = [
        ("after-label",
         rf"\b(?:{_REF_CONTEXT})\b\.?(?:\s+(?:no\.?|number|num|#|id|ref(?:erence)?))?\s*[:#]?\s*"
         r"(?P<ref>[A-Z]{1,4}\d{2,6}(?: \d{3,6}){1,3}(?![ \t]?\d)|(?=[A-Z0-9/\-]*\d)[A-Z0-9][A-Z0-9]*(?:[/\-][A-Z0-9]+)+|(?=[A-Z]*\d)[A-Z]{0,4}\d{4,}[A-Z]{0,3}|"
         r"\d{2}[A-Z]{2,4}\d{5,}|[A-Z]{2,4} \d{6,}|[A-Z]{1,3}\d \d{6,}|"
         r"\d{2}\*\d{5,})\b",  # "CC2025 0614 0193", "24*0871412"
         0.7, "ref"),
        # Where the label names the record system, it is part of the reference ("Occurrence 24/1187").
        ("system-label",
         r"\b(?:occurrence|incident|log|cad|storm|niche|crime|urn|mrn|pnc\s+id|cro|custody|athena|ppn|ppo|docman|"
         r"booking|referral|tenancy|claim|case)\b"
         r"(?:\s+(?:no\.?|number|ref(?:erence)?))?\s*[:#]?\s*"
         r"(?=[A-Z0-9/\-]*\d)[A-Z0-9]+(?:[/\-][A-Z0-9]+)+\b", 0.7),
        ("system-id",
         r"\b(?:lcs|mosaic|soscare|crn|ndelius|delius|eclipse|carefirst|liquidlogic|paris|wccis|epex|rio|emis|swis|merlin)\b"
         r"(?:\s+(?:no\.?|number|id|ref(?:erence)?))?\s*[:#]?\s*(?=[A-Z]*\d)[A-Z]{0,3}\d{4,}[A-Z]?\b", 0.75),
        ("shaped", r"(?<![\w/])[A-Z]{2,8}[/\-]\d{2,4}[/\-]\d{3,}(?![\w/])", 0.75),
        ("force-shaped", r"(?<![\w/])\d{2}[A-Z]{1,3}/\d{5,8}[A-Z]?/\d{2}(?![\w/])", 0.75),  # 20WM/0451190C/24
        ("shaped-2", r"(?<![\w/])[A-Z]{1,8}(?:-[A-Z]{1,8})*\d{0,2}-\d{2,4}-\d{3,}(?![\w/])", 0.7),
        ("shaped-3", r"(?<![\w/])[A-Z]{1,8}[/\-]\d{2,}[/\-]\d{2,}(?:[/\-][A-Z0-9]+)?(?![\w/])", 0.65),
        ("dashed-digits", r"(?<![\w/\-])\d{2,4}(?:-\d{2,4}){2,}-\d{3,}(?![\w/\-])", 0.6),
        ("acronym-number", r"(?<![\w/])(?:[A-Z]{2,5})\s+\d{2}/\d{3,}(?:/\d{1,4})?(?![\w/])", 0.6),
        ("letters-digits", r"(?<![\w/])[A-Z]{1,3}\d{6,}[A-Z]?(?![\w/])", 0.55),
        ("occurrence-shaped", r"(?<![\w/])\d{2}/\d{5,6}/\d{2}(?![\w/])", 0.7),  # 14/21075/24: no date has 5 digits
        ("agency-dashed", r"(?<![\w/\-])[A-Z]{2,5}(?:-[A-Z]{1,5}){1,3}-\d{4,}(?![\w/\-])", 0.7),  # NLC-SW-317722
        ("pnc-id", r"(?<![\w/])\d{2}/\d{5,7}[A-Z](?![\w/])", 0.75),  # PNC ID: 09/0277415X
        ("log-of-date", r"\b(?:[Ll]og|LOG|[Ii]ncident|[Ss]erial|CAD|[Cc]all)\s*(?:[Nn]o\.?|[Nn]umber)?:?\s*"
         r"(?P<log>\d{2,6} of \d{1,2}/\d{1,2}(?:/\d{2,4})?)", 0.75, "log"),  # "Log 2198 of 14/11/2025"
        ("slashed-letters", r"(?<![\w/])[A-Z]{2,6}(?:/[A-Z]{1,6})+/\d{2,4}/\d{3,}(?![\w/])", 0.7),  # PCS/IAA/24/02196,
        # CR/N/2025/004417
        ("slashed-letters-number", r"(?<![\w/])[A-Z]{2,6}(?:/[A-Z]{1,6})+/(?!(?:19|20)\d\d(?!\d))\d{3,}(?![\w/])", 0.6),
        # GTS/CG/0917 (a pitch licence), not "HV/GP/2025"
        ("pupil-number", r"\b(?:SCN|UPN|ULN|(?i:pupil|candidate|learner)[ \t]+(?i:no\.?|number))[ \t]*[:#]?[ \t]*"
                         r"(?P<pupil>[A-Z]?\d[\d ]{6,14}\d[A-Z]?)\b", 0.75, "pupil"),  # "SCN: 128 447 309"
        ("number-year", r"(?<![\w/.\-])\d{6,8}/\d{2}(?![\w/])", 0.6),  # Police Scotland's 0961122/25, "0228190/24"
        ("number-area-letter", r"(?<![\w/])\d{6}/[A-Z]{2,4}/[A-Z]{1,2}\d?(?![\w/])", 0.6),  # a Reporter's 250614/GLA/Y
        ("slashed-mixed", r"(?<![\w/])[A-Z]{1,4}\d{2}/\d{5,}(?![\w/])", 0.65),  # ED25/118204
        ("passport", r"\b(?i:passport)(?:\s+(?i:no\.?|number))?\s*[:#]?\s*(?P<pp>[A-Z]{0,2}\d{7,9})\b", 0.75, "pp"),
        ("mixed-id", r"(?<![\w/\-])(?:\d{2}[A-Z]{2,5}\d{5,}|[A-Z]{2,5}\d{0,3}-\d{5,}[A-Z]?)(?![\w/\-])", 0.65),  # 24MAB0291447,
        # SCX-4471902, ED25-118842: letters and a long number make a record's key
        ("family-court", r"(?<![\w/])[A-Z]{2}\d{2}[A-Z]\d{5}(?![\w/])", 0.75),  # a family court case number: BK25P00417
        ("dot-leader", rf"\b(?i:{_REF_CONTEXT})\b[ \t]*\.{{3,}}[ \t]*(?P<lead>(?=[A-Z0-9/\-]*\d)[A-Z0-9][A-Z0-9/\-]{{3,}})(?![\w/])",
         0.7, "lead"),  # a form's dotted leader: "CRIS ............... 4209981/25"
        ("cad-of-date", r"(?<![\w/])\d{3,5}/\d{2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{2}(?![\w/])", 0.75),
        # a Met CAD number: "3318/22MAR25"
        ("hkid", r"(?<![\w])[A-Z]{1,2}\d{6}\([0-9A]\)", 0.8),  # a Hong Kong identity card: "K482197(1)", check digit below
        ("long-number", r"(?<![\w/.,£$€#+\-])\d{7,12}(?![\w/%]|[.,]\d)", 0.45),
        ("lettered-number", r"(?<![\w/.\-])[A-Z]{1,2}-\d{6,10}(?![\w/\-])", 0.45),  # N-0931742 in a "Nominal ID" column
    ]  # fmt: skip
    context = ["crime", "occurrence", "incident", "reference", "ref", "case", "number", "log", "record", "crn", "pnc",
               "id", "mosaic", "lcs", "tenancy", "claim", "account", "hospital", "mrn", "soscare", "wccis", "paris",
               "carefirst", "liquidlogic", "eclipse", "emis", "systmone", "rio", "serial"]

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        if score < 0.5:  # a bare long number: a reference when its line names a record system ("SOSCARE: Aoife 7751204")
            line_start = text.rfind("\n", 0, start) + 1
            line = text[line_start:start]
            if _SYSTEM_NAMED.search(line) or _NUMBER_LABEL.search(line):
                return 0.75
            if (header := column_header(text, start)) and _ID_HEADER.search(header) and not _NOT_ID_HEADER.search(header):
                return 0.8  # a column of record numbers: "Nominal ID", "Soscare ID", "Hosp no"
            if re.fullmatch(r"[ \t|]*", line) and line_start > 0:  # a table cell carried onto the next line:
                prev = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].rsplit("|", 1)[-1]
                if _SYSTEM_NAMED.search(prev) and _LABEL_AT_END.search(prev):  # "... Police ref\n   |  | 5224008613"
                    return 0.75
        return score

    def validate(self, text: str, span: str) -> bool:
        if hkid := _HKID.fullmatch(span):
            return _hkid_check(*hkid.groups())
        span = re.sub(r"^[A-Za-z][A-Za-z\s.:#]*\s", "", span)  # the number after a system label
        month_year = re.fullmatch(r"(\d{1,2})[/\-]((?:19|20)\d{2})", span)
        if _DATE_LIKE.match(span) or (month_year and 1 <= int(month_year.group(1)) <= 12):
            return False  # a date or a month, not a reference
        if re.fullmatch(r"(?:19|20)\d{2}", span):
            return False  # a year
        return sum(c.isdigit() for c in span) >= 3
