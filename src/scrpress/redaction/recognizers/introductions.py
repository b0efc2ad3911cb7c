"""People introduced by the text itself: initials keys and aliases.

Records explain their own shorthand: "HK = Hope Kettle (community nursery nurse)", "Dr Llŷr Dafis
(LlD)", "FO = HV", "Staff initials: HB DSL, ...", an attendance row ending in "GT", an entry signed
"... PA", "AKA "Marv"", "Mrs Roberts calls Seren "Renni"". Such an introduction is strong evidence
whatever the words are (Hope Kettle is two ordinary words), and what it introduces is then looked
for across the case (see detect.py): an initials key makes "GP" someone's initials in that case.
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from .. import findings as E
from ..conversations import speakers as conversation_speakers
from ..initials import AMBIGUOUS_INITIALS, DONE_VERBS, TO_DO_VERBS, initials_forms
from ..korean import korean_shaped
from ..names_data import (
    KINSHIP_WORDS,
    NEVER_NAMES,
    TITLE_KEYS,
    TITLES,
    is_common_word,
    is_name_word,
    is_ordinary_word,
    is_very_common_word,
    language_names,
)
from ..register import in_quotes
from ..textutil import fold
from .names import NOUN_ENDINGS, ORG_WORDS, ROLE_WORDS

_WORD = re.compile(r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?|ap|ab|Ó|Ní|Nic|Mac|de|van|von")
_INITIALS = r"[A-Z][A-Za-záéíóú'’]{0,2}[A-Z][a-z]?[A-Z]?[a-z]?"  # "CNíG": Caoimhe Ní Ghallchóir
KEY_THEN_NAME = re.compile(rf"(?<![\w'’])(?P<ini>{_INITIALS})[ \t]*(?:=|:|–|—|-|[ \t])[ \t]*(?=[A-Z])")  # "HK = Hope"
# "AM   Autumn Marsh, Team Manager": a key column before the name also counts (checked letter by letter below)
NAME_THEN_KEY = re.compile(rf"\((?P<ini>{_INITIALS})\)")
_WORDS_AFTER = re.compile(r"(?:[^\s,;()]+)(?:[ \t][^\s,;()]+){0,4}")  # one space: a wider gap is the next column
_WORDS_BEFORE = re.compile(r"(?:[^\s,;()]+[ \t]){0,4}[^\s,;()]+[ \t]*$")
_QUOTED = r"[\"“'‘](?P<q>[^\"”'’\n]{1,30}?)[\"”'’]"
ALIAS_INTRO = re.compile(
    r"\b(?i:AKA|a\.k\.a\.?|aka|also known as|known (?:to (?:him|her|them|the \w+) |only |simply |locally |online )?as|nickname(?:d)?|"
    r"call(?:s|ed)? (?:(?:him|her|them|himself|herself|themselves|the \w+|[A-Z][\w'’]+)[ ]?)?|called|uses the name|"
    r"goes by(?: the name)?|street names?|also|alias(?:es)?|name shown as|signed|signs (?:off )?as|"
    r"refer(?:s|red|ring)? to(?: (?:him|her|them))?(?: by (?:his |her |their |the )?\w+)?(?: as)?|"
    r"known (?:in|to|on|at|around) (?:the )?\w+(?: \w+)? as|"
    r"(?:saved|stored|listed|named) (?:in (?:his|her|the) (?:phone|intel|intelligence|messages|report) )?as|knows? (?:him |her |them )?(?:only )?as|"
    r"preferred name(?: on \w+)?|other names?(?: used)?|names? used|display name)[ \t]*:?(?:[ \t]*\n)?[ \t]*(?=[\"“'‘])"
)  # fmt: skip
# A Scottish record's married and birth surnames together: "WILLIAMSON or STEWART, Agnes".
SCOTS_OR_NAME = re.compile(r"(?<![\w'’])[A-Z][A-Z'’\-]{2,}[ \t]+or[ \t]+[A-Z][A-Z'’\-]{2,},\s*[A-Z][a-z'’\-]+"
                           r"(?:[ \t]+[A-Z][a-z'’\-]+)?")
# A quoted name given to a relative: '"Cha-cha" for his sister', '"Nonni" for her grandmother'.
QUOTED_FOR_KIN = re.compile(r"[\"“](?P<name>[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?)[\"”][ \t]+(?:for|to mean|meaning)[ \t]+"
                            r"(?:his|her|their|the)[ \t]+(?:baby[ \t]+|big[ \t]+|little[ \t]+|older[ \t]+|younger[ \t]+)?"
                            r"(?:sister|brother|sibling|cousin|mum|mother|dad|father|stepdad|stepfather|stepmum|nan|gran|"
                            r"granny|grandmother|grandfather|grandad|aunt|auntie|uncle|friend|partner|boyfriend|girlfriend)\b")
# A relative or friend named straight after the word for them: "her sister Sherin", "his friend Jayden".
KIN_THEN_NAME = re.compile(r"\b(?i:his|her|their|my|mum's|dad's|mother's|father's)[ \t]+(?i:older[ \t]+|younger[ \t]+|"
                           r"big[ \t]+|little[ \t]+|baby[ \t]+|half[- ]|step)?(?i:sister|brother|cousin|aunt|auntie|uncle|"
                           r"niece|nephew|friend|boyfriend|girlfriend|partner|neighbour|son|daughter|grandson|"
                           r"granddaughter|sister-in-law|brother-in-law)(?:[ \t]+|[ \t]*\n[ \t]*)(?P<name>[A-Z][a-z'’\-]{2,})\b")
NAME_THEN_ALIAS = re.compile(r"(?<![\w'’])(?P<name>[A-Z][\w'’\-]+),?[ \t]*(?:\([ \t]*(?:\d{1,2},[ \t]*)?[\"“'‘](?P<alias>[A-Z][\w'’\-]*(?:[ \t][A-Z][\w'’\-]*)?)[\"”'’]|"
                             r"\((?P<bare>[A-Z][a-z][\w'’\-]*)\)|"  # 'Mohamad (Hamoudi)': a first name in brackets
                             r"[ \t][\"“](?P<column>[A-Z][\w'’\-]*)[\"”])")  # 'Paulo Henrique   "Paulinho"' (a column)
_DETERMINERS = {"the", "a", "an", "my", "his", "her", "their", "our", "your", "this", "that", "section", "s"}
_NEXT_QUOTED = re.compile(rf"[ \t]*{_QUOTED}(?:[ \t]*(?:,|and|or|/)[ \t]*)?")
# The role nouns names.py knows (mother, midwife, officer...), and those a key's right-hand side adds.
_KIN_AND_ROLES = (ROLE_WORDS - {"named", "called", "aka", "known", "dear", "hi", "hello", "from", "to", "cc", "with",
                                "and"}) | {"tutor", "chair", "clerk", "dept", "department", "year", "form", "class",
                                           "designated", "deputy", "assistant", "therapist", "psychologist",
                                           "psychiatrist", "lead", "coordinator", "counsellor", "mentor", "keyworker",
                                           "solicitor", "minutes", "minute-taker", "receptionist", "caretaker",
                                           "cleaner", "security", "driver", "porter", "chaplain", "janitor", "landlord",
                                           "lodger", "interpreter", "translator"}  # fmt: skip
_NOT_A_NAME = NEVER_NAMES | _KIN_AND_ROLES  # kin words, roles and labels: never the name introduced
_ROLE_WORDS = {"officer", "worker", "nurse", "manager", "lead", "teacher", "visitor", "practitioner", "team", "service",
               "protection", "assistant", "safeguarding", "support", "health", "social", "care", "police", "agency",
               "national", "multi", "plan", "conference", "meeting", "review", "assessment", "order", "court"}  # fmt: skip


_UP = "A-ZÁÉÍÓÚŁŚŻŹĆŃ"
INITIALS_TOKEN = rf"[{_UP}](?:[a-záéíóú]{{1,2}})?[{_UP}][{_UP}'’]{{0,3}}(?:[a-z](?=[^\w]|$))?"
# Initials at the end of a table row that names the person: "Gerry Toner   Senior Practitioner (Chair)   GT".
ROW_END_INITIALS = re.compile(rf"(?:[ \t]{{2,}}|\|[ \t]*)(?P<ini>{INITIALS_TOKEN})(?=[ \t]*\|?[ \t]*$|[ \t]{{2,}}|[ \t]*\|)",
                              re.M)  # or a column of its own mid-row: "Frank Waters    FW    Head of Year 7"
# A key that gives a role, not a name: "FO = HV", "DH = mum's partner", "GR = community midwife (Gemma Rourke)".
ROLE_KEY = re.compile(rf"(?<![\w'’])(?P<ini>{INITIALS_TOKEN})[ \t]*=[ \t]*(?P<rhs>[^=;\n]+?)"
                      rf"(?=[ \t]{{2,}}{INITIALS_TOKEN}[ \t]*=|[ \t]*;|[ \t]*$)", re.M)  # fmt: skip
# A list under an "Initials:" label: "Staff initials: HB DSL, JP Y5 class teacher; SÓG Irish dept (Seán Ó Gallchóir)".
INITIALS_LIST = re.compile(r"\b(?:[Ss]taff |[Kk]ey to )?[Ii]nitials(?: used(?: below)?)?[ \t]*:[ \t]*(?P<items>[^\n]+)")
_LIST_ITEM = re.compile(rf"(?:^|[,;][ \t]*)(?P<ini>{INITIALS_TOKEN})[ \t]+(?P<desc>[^,;]+)")
# Initials signing a log entry at the end of its line: "...PND screen at 6/52. PA" (or alone on the next line).
SIGNED_LINE_END = re.compile(rf"(?:[.!?)\"”][ \t]+|^[ \t]*)(?P<ini>{INITIALS_TOKEN})[ \t]*$", re.M)
# A role and its holder's initials, either way round: "L/W midwife (JB)", "SP (IDVA)".
ROLE_THEN_INITIALS = re.compile(rf"(?P<role>\b[\w'’]+)[ \t]*\((?P<ini>{INITIALS_TOKEN})\)")
INITIALS_THEN_ROLE = re.compile(rf"(?<![\w'’])(?P<ini>{INITIALS_TOKEN})[ \t]*\((?P<role>[^()\n]{{2,30}})\)")
INITIALS_COMMA_ROLE = re.compile(rf"\((?P<ini>{_INITIALS}),[ \t]*(?P<role>[A-Za-z][^()\n]{{1,20}})\)")  # "(KMcG, SN)"
# Where records sign with initials: "exhibit HF/1", "HM / 3317", "Dict: FC / typed: lmw", "Our ref: FC/lmw".
EXHIBIT_INITIALS = re.compile(r"\b(?i:exhibits?|exh\.?)[ \t]+(?:(?i:ref)\.?[ \t]*)?(?P<ini>[A-Z]{2,4})/\d{1,3}\b")
COLLAR_SIGNED = re.compile(r"(?<![\w/])(?P<ini>[A-Z]{2,3})[ \t]*/[ \t]*\d{3,5}[ \t]*$", re.M)
TYPED_BY = re.compile(r"\b(?i:dict(?:ated)?|typed|transcribed)(?:[ \t]+(?i:by))?[ \t]*(?::[ \t]*|[ \t]+(?=\d))"
                      r"(?:\d{1,2}/\d{1,2}/\d{2,4}[ \t]+)?\(?(?!(?:by|on|at|the|not|and|n/a|na)\b)"
                      r"(?P<ini>[a-z]{2,4}|[A-Z]{2,4}|[A-Z][a-z][A-Z])\b")  # "Typed: lmw", "Typed 16/09/24 LB", "Typed: 10/03/2025 (ks)"
# Initials where a record is signed off: "Checked by LS / JW", "Minute: HG", "Countersigned DPo", a letter's last line
# "AB/kmcg" (author / typist).
SIGNED_OFF = re.compile(rf"\b(?i:checked|counter-?signed|signed|authori[sz]ed|approved|verified|minuted|minutes?|"
                        rf"minute-taker|scribe|note-taker|recorded|entered|logged)(?:[ \t]+(?i:by|off))?[ \t]*:?[ \t]+"
                        rf"(?P<ini>{INITIALS_TOKEN})"
                        rf"(?:[ \t]*/[ \t]*(?P<ini2>{INITIALS_TOKEN}))?(?![\w'’]|-\w)")  # fmt: skip
AUTHOR_TYPIST = re.compile(r"^[ \t]*(?P<ini>[A-Z]{2,4})/(?P<ini2>[a-z]{2,4}|[A-Z]{2,4})[ \t]*$", re.M)
AUTHOR_TYPIST_INLINE = re.compile(r"(?<![\w/])(?P<ini>[A-Z]{2,4}(?:-[A-Z]{1,2})?)/(?P<ini2>[a-z]{2,4})(?![\w/])")  # "FG/sk"
LETTER_REF = re.compile(r"\b(?i:our|your)[ \t]+(?i:ref)\.?[ \t]*:?[ \t]*(?P<ini>[A-Z]{2,4})/(?P<ini2>[A-Za-z]{2,4})\b")
# A dated chat line as phones export them: "[15/02/2025, 08:02] Flick: ...", "15/02/2025, 08:02 - Eleanor W: ...",
# "19 Jul 2025 23:52  Shan Biddall: ..."
CHAT_SPEAKER_NAME = re.compile(r"^[ \t]*\[?(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}[ \t]+\d{4}),?[ \t]+"
                               r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]?[APap][Mm])?\]?"
                               r"[ \t]*(?:-[ \t]*)?(?P<name>[^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-.]*){0,2})"
                               r"(?:[ \t]*[^\w\s:]{1,3})?[ \t]*:", re.M)  # "Jade 🌸:": an emoji after the name
# ... and "12/09/24 21:14  mali > elin:", both the sender and the receiver.
CHAT_SENDER_RECEIVER = re.compile(r"^[ \t]*\[?\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}[:.]\d{2}\]?[ \t]+"
                                  r"(?P<name>[^\W\d_][\w'’\-]*)[ \t]*(?:>|→|->)[ \t]*(?P<name2>[^\W\d_][\w'’\-]*)[ \t]*:", re.M)
# ... and "Mum (20/09/2025, 07:05):", "Pinky 💕 (21/09/2025, 18:30):".
CHAT_SPEAKER_STAMPED = re.compile(r"^[ \t]*(?P<name>[^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*)?)(?:[ \t]*[^\w\s:()]{1,3})?"
                                  r"[ \t]*\(\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}[:.]\d{2}\)[ \t]*:", re.M)
DISPLAY_NAME = re.compile(r"(?P<name>[A-Z][\w'’\-]*\.?(?:,?[ \t]+[A-Z][\w'’\-]*\.?){0,3})[ \t]*<(?P<local>[^@\s<>]+)@[^\s<>]+>")
_RECORD_ACRONYMS = {"CAD", "PNC", "CRN", "MRN", "URN", "DOB", "NHS", "LCS", "IRD", "MASH", "CID", "RTC", "ASB", "DA",
                    "MG", "SFR", "CPS", "IOPC", "UK", "EU", "ID"}  # fmt: skip
# Two-letter initials doing what people do: "FM to draft findings", "JW spoke to mum" (never an acronym in the list).
ACTING_INITIALS = re.compile(rf"(?<![\w'’/])(?P<ini>[{_UP}]{{2}})(?=[ \t]+(?:to[ \t]+(?P<todo>[a-z]+)|(?P<verb>[a-z]+))\b)")
_NOT_ACTING = {"EH", "YP", "FF", "CM", "WM", "SM", "EM", "RM", "VS", "SN", "CH", "DM", "OP", "NP", "AP", "TM", "BM",
               "IM", "PO", "MO", "HO", "ST", "SR", "JR", "FY", "LD", "SC", "NI", "UC", "CV", "IQ", "PR", "HR", "IV"}  # fmt: skip
# A role and the name in brackets after it: "her partner (Shay)", "Security (Des Moorehead)".
_ROLE_NOUNS = (r"partner|friend|neighbour|boyfriend|girlfriend|brother|sister|cousin|uncle|aunt|security|caretaker|"
               r"landlord|lodger|interpreter|driver|stepfather|stepmother")
ROLE_THEN_NAME = re.compile(rf"\b(?i:{_ROLE_NOUNS})[ \t]*"
                            r"\((?P<name>[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?)\)")
# ... or in quotes after it, or a quoted name with the role in brackets: 'his friend "Jeyan"', '"Mimoza" (interpreter)'.
ROLE_THEN_QUOTED = re.compile(rf"\b(?i:{_ROLE_NOUNS}|associate|male|man|woman|female)[ \t]+[\"“](?P<name>[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?)[\"”]")
QUOTED_THEN_ROLE = re.compile(r"[\"“](?P<name>[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?)[\"”][ \t]*\((?P<role>[^()\n]{2,50})\)")
# A name just before the full name in brackets: "Bong (Ramon Villanueva) left", "Tam (Thomas Brown)".
NAME_THEN_FULL_NAME = re.compile(r"(?<![\w'’\-])(?P<name>[A-Z][a-z][\w'’\-]*)[ \t]+\((?P<full>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,3})\)")
# A title and a name typed in lower case in a message: "tell mrs llewellyn rees monday".
LOWER_TITLED = re.compile(r"(?<![\w'’])(?:mrs|mr|ms|miss|dr|sir)[ \t]+(?P<name>[a-z][a-z'’\-]+(?:[ \t]+[a-z][a-z'’\-]+)?)")
# A name introduced without quotes: "his mother calls him Pitchou", "nicknamed Tam", "known as Deano".
ALIAS_UNQUOTED = re.compile(r"\b(?:[Cc]all(?:s|ed)?[ \t]+(?:him|her|them|me|us|himself|herself)|[Cc]alled|"
                            r"(?:[Aa]lso[ \t]+)?[Kk]nown(?:[ \t]+(?:locally|only|simply|online|here))?[ \t]+as|"
                            r"[Nn]icknamed|[Gg]oes[ \t]+by|(?:[Ff]riends|[Ff]amily|[Ee]veryone|[Pp]eers)[ \t]+(?:say|call)"
                            r"(?:[ \t]+(?:him|her|them))?)(?:[ \t]+|[ \t]*\n[ \t]*)"
                            r"(?P<name>[A-Z][\w'’\-]+)")
# A name glossed by the relative it stands for: 'Yoyo = big brother Youssef', '"Bibi" = her grandmother Amina'.
ALIAS_EQUALS_KIN = re.compile(r"(?<![\w'’])[\"“]?(?P<name>[A-Z][\w'’\-]+)[\"”]?[ \t]*=[ \t]*(?:(?:his|her|their|the)[ \t]+)?"
                              r"(?:(?:big|little|older|younger|baby|half|step)[ \t-]*)?(?:brother|sister|cousin|mum|mother|"
                              r"dad|father|nan|gran|granny|grandmother|grandfather|grandad|aunt|auntie|uncle)\b")
# A nickname the police tie to a person: '"Spud" believed to be GIBSON, Kyle', '"Tank" is thought to be Aaron Pike'.
_QUOTED_NAME = r"[\"“][A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?[\"”]"
QUOTED_BELIEVED = re.compile(rf"(?P<names>(?:{_QUOTED_NAME}[ \t]*(?:or|and|/|,)[ \t]*)*{_QUOTED_NAME})[ \t]+(?:is[ \t]+|was[ \t]+)?"
                             r"(?:(?:believed|thought|understood|suspected|known|identified)[ \t]+(?:to[ \t]+be|as)|means|"
                             r"meant|refers[ \t]+to|stands[ \t]+for)[ \t]+(?=[A-Z])")
# A quoted name a person "is" or goes by at home: 'At home Tharushi is "Chooty" or "Thaaru"'.
NAME_IS_QUOTED = re.compile(r"(?<![\w'’])(?P<subject>[A-Z][\w'’\-]+)[ \t]+(?:is|was|becomes)[ \t]+(?=[\"“])")
# A field that gives the name a person goes by: "Known as: Jake", "Preferred name: Lexi-Mae".
ALIAS_FIELD = re.compile(r"\b(?i:known as|also known as|preferred name|aka|a\.k\.a\.?|nickname|alias)[ \t]*:[ \t]*"
                         r"(?P<name>[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?)")
# A respectful or kin word after a first name, as South Asian, Turkish, Kurdish, Persian, Korean and Japanese speech
# puts it: "Sunita didi", "Santosh dai", "Ali bhai", "Ayşe abla", "Gul jan", "Ji-ho ssi", "Haruto-kun", and the
# Korean vocative "Yuna-ya" (in messages in lower case too: "maila dai").
NAME_THEN_HONORIFIC = re.compile(r"(?<![\w'’@.#])(?P<name>[^\W\d_][^\W\d_'’]{2,})(?:[ \t\-](?=(?:didi|dai|daju|bhai|bhaiya|"
                                 r"bhaiyya|bhaiji|ji|baji|aapa|apa|apu|bhabhi|behen|bahini|akka|thambi|abla|abi|ağabey|"
                                 r"teyze|amca|dayı|yenge|hala|khanum|khanom|sahib|saab|aunty|auntie|uncle|jan|joon|jaan|khala|khalu|chacha|"
                                 r"chachi|phuppo|phuppi|phupho|mamu|"
                                 r"ssi|nim|san|chan|kun|sama|oppa|unni|eonni|noona|nuna|hyung|hyeong|sunbae)\b)|"
                                 r"-(?=(?:ah|ya|yah)\b))", re.IGNORECASE)
# A maiden or birth surname: "Ruta Kazlauskiene (nee Petrauskaite)", "Mrs Jones née Pritchard", "z domu Nowak".
MAIDEN_NAME = re.compile(r"\b(?:née|nee|neé|geb\.|geborene|z[ \t]+domu)[ \t]+(?P<name>[A-Z][\w'’\-]+(?:-[A-Z][\w'’\-]+)?)")
# Kin words that take "ji" or "bhai" themselves: "Phuphar ji", "Jija ji" are relatives, not names (those the role
# words and kinship words already hold, "Mama ji", "Nani ji", are left to them).
# Urdu and Hindi possessives before a kin word in Roman script: "apni khala" (her own aunt), "meri behen".
_POSSESSIVES = frozenset({"apni", "apna", "apne", "meri", "mera", "mere", "teri", "tera", "tere", "uski", "uska", "uske",
                          "hamari", "hamara", "tumhari", "tumhara", "unki", "unka", "aapki", "aapka"})
_SOUTH_ASIAN_KIN = frozenset({"phuphar", "phupha", "jija", "jiju", "bhabhi", "bhabi", "chachu", "mamaji", "bua", "masi",
                              "mausi", "masar", "mausa", "tau", "tayi", "taiji", "bebe", "biji", "bapu", "pitaji",
                              "mataji", "veer", "veerji", "paaji", "paji", "praji", "bhaji", "behenji", "didi", "bhaiya",
                              "bhai", "baji", "apa", "aapa", "anna", "ajji", "aji", "ajoba", "kaka", "kaki", "ba"})
# A first name and the role after it, as practitioner events list people: "Dawn (HV), Kelly (CNN)".
FIRST_NAME_ROLE = re.compile(rf"(?<![\w'’])(?P<names>[{_UP}][a-z'’]+(?:,?\s+(?:and|&)\s+[{_UP}][a-z'’]+)?)[ \t]+"
                             rf"\((?P<role>[^()\n]{{2,30}})\)")  # "Will and Mandy (Coastline Homes)": the role of both
_ROLE_ABBREVIATIONS = {t.rstrip(".") for t in TITLES if t.isupper()} | {"GP", "TA", "HLTA", "EWO", "SENCO", "DSL",
                                                                           "DDSL", "LAC", "IDVA", "ISVA", "SN"}


def initials_shaped(token: str) -> bool:
    """Looks like someone's initials: 2-5 letters, starting and mostly upper case (JMcC, GRh, SÓG, PO'C)."""
    letters = [c for c in token if c.isalpha()]
    return 2 <= len(letters) <= 5 and token[:1].isupper() and sum(c.isupper() for c in letters) >= 2


def _describes_role(desc: str, ini: str) -> bool:
    """The right-hand side of a key names a role ("HV", "mum's partner", "Y5 class teacher"), and is not the
    expansion of the letters themselves ("CP = child protection")."""
    words = re.findall(r"[\w'’]+", desc)
    if not words or len(words) > 8:
        return False
    letters = "".join(w[0] for w in words if w[0].isalpha()).upper()
    if ini and letters.startswith(ini.upper().replace("'", "")):
        return False
    keys = {fold(w).lower().strip("'’") for w in words} | {fold(w).lower().removesuffix("'s") for w in words}
    return bool(keys & (_ROLE_WORDS | set(KINSHIP_WORDS) | _KIN_AND_ROLES)) or any(
        w in _ROLE_ABBREVIATIONS for w in words)


_AGENCY_WORDS = frozenset(ORG_WORDS | {"homes", "fire", "ambulance", "health", "education", "camhs", "yos", "yjs"})


def _role_or_agency(desc: str) -> bool:
    """What stands in brackets after a first name at a meeting: a role ("HV", "school nurse") or the person's
    agency ("police", "Coastline Homes", "LFR")."""
    words = re.findall(r"[\w'’]+", desc)
    return _describes_role(desc, "") or bool(re.fullmatch(r"[A-Z]{2,6}", desc.strip())) or any(
        fold(w).lower() in _AGENCY_WORDS for w in words[:4])


def _name_word(word: str) -> bool:
    """One word that can be a name: no kin, role or label word, and a known name or not an everyday word."""
    return fold(word).lower() not in _NOT_A_NAME and (is_name_word(word) or not is_ordinary_word(word))


def _name_like(name: str) -> bool:
    """A person's name rather than a defined term ("Child Protection (CP)", "Teaching Assistant (TA)"):
    no role or never-a-name word, and at least one word that is a known name or not an everyday word."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.rstrip(".") not in TITLE_KEYS]
    keys = [fold(w).lower().strip("'’") for w in words]
    surname_word = len(words) == 2 and (is_name_word(words[0]) or not is_ordinary_word(words[0])) and (
        keys[0] not in NEVER_NAMES)  # "Lucy Winter", "Rosalind Church"
    if len(words) < 2 or any(k in NEVER_NAMES or k in _ROLE_WORDS for k in (keys[:-1] if surname_word else keys)):
        return False
    return any(is_name_word(w) or not is_ordinary_word(w) for w in words)


def _words(text: str, base: int, m: re.Match[str] | None) -> list[tuple[int, int]]:
    """(start, end) of each word in a match (titles included; the caller drops them)."""
    if m is None:
        return []
    return [(base + w.start(), base + w.start() + len(w.group().rstrip(".:"))) for w in re.finditer(r"\S+", m.group())]


class IntroductionRecognizer(EntityRecognizer):
    """Initials keys and aliases: both sides of "HK = Hope Kettle", each quoted alias after "AKA"/"calls"."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[E.PERSON], name="Introduction")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in KEY_THEN_NAME.finditer(text):  # "HK = Hope Kettle": the longest run of words that fits
            words = _words(text, m.end(), _WORDS_AFTER.match(text, m.end()))
            for n in range(len(words), 1, -1):
                if found := self._key(text, m.group("ini"), m.start("ini"), words[:n]):
                    out += found
                    break
        for m in NAME_THEN_KEY.finditer(text):  # "Dr Llŷr Dafis (LlD)": the shortest run of words before that fits
            line_start = text.rfind("\n", 0, m.start()) + 1
            before = _WORDS_BEFORE.search(text, line_start, m.start())
            words = _words(text, before.start(), before) if before else []
            for n in range(2, len(words) + 1):
                if found := self._key(text, m.group("ini"), m.start("ini"), words[-n:]):
                    out += found
                    break
            else:  # "Ben Sharp     YJ Officer, Kingsmead YJS (BS)": the name opens the row
                out += self._key_on_row(text, m.group("ini"), m.start("ini"), line_start, m.start())
        out += self._keys_without_names(text)
        for m in ALIAS_INTRO.finditer(text):
            pos = m.end()
            while q := _NEXT_QUOTED.match(text, pos):
                alias = re.sub(r"[^\w'’.]+$", "", q.group("q").split(",")[0]).strip()  # "Kai 🖤", "Rhys, her fella"
                while alias.split() and (fold(alias.split()[0]).lower() in _NOT_A_NAME or alias.split()[0].lower() in
                                         _SOUTH_ASIAN_KIN):
                    alias = alias.split(maxsplit=1)[1] if " " in alias else ""  # "Phuphar ji", "Aunty Ya": the kin word
                plain = alias.islower() and (all(is_very_common_word(w) for w in alias.split())  # "the boys", "work"
                                             or m.group()[:4].lower() == "call")  # 'the pastor called her "ndoki"': a slur
                if 1 <= len(alias.split()) <= 3 and alias[:1].isalpha() and fold(alias).lower() not in NEVER_NAMES and not (
                        alias.split()[0].lower() in _DETERMINERS or plain):
                    start = q.start("q") + q.group("q").index(alias)
                    out.append(self._result(start, start + len(alias), "an alias or nickname the text introduces"))
                pos = q.end()
        for m in NAME_THEN_ALIAS.finditer(text):  # 'Mai ("Minnie")', 'Tomasz ("Tomek")': the other name a person goes by
            group = next(g for g in ("alias", "bare", "column") if m.group(g))
            alias, name = m.group(group), m.group("name")
            if group == "bare" and not (is_name_word(alias) and fold(alias).lower() not in _KIN_AND_ROLES
                                        and fold(alias).lower() not in language_names()):
                continue  # "Reid (Millbrook)", "Dawn (Chair)", "NB (French)": a place, a role or a language in brackets
            if group == "alias" and fold(alias).lower() not in NEVER_NAMES and (is_name_word(name) or not is_ordinary_word(name)):
                out.append(self._result(m.start(group), m.end(group), "another name the person goes by"))
                continue  # 'Thomas Brown ("Tam")': quoted in brackets after a name, a nickname even if also a word
            if (is_name_word(name) or not is_ordinary_word(name)) and fold(name).lower() not in NEVER_NAMES and not (
                    is_very_common_word(alias) and not is_name_word(alias)) and fold(alias).lower() not in NEVER_NAMES:
                out.append(self._result(m.start(group), m.end(group), "another name the person goes by"))
        for m in SCOTS_OR_NAME.finditer(text):
            out.append(self._result(m.start(), m.end(), "a married and a birth surname, then the forename"))
        for m in KIN_THEN_NAME.finditer(text):
            name = m.group("name")
            if fold(name).lower() not in _NOT_A_NAME and (
                    not is_ordinary_word(name) or is_name_word(name) and not is_very_common_word(name)):
                out.append(self._result(m.start("name"), m.end("name"), "a relative or friend named after the word for them"))
        for m in QUOTED_FOR_KIN.finditer(text):
            if fold(m.group("name")).lower() not in _NOT_A_NAME:
                out.append(self._result(m.start("name"), m.end("name"), "a name a family member is called by"))
        for m in ALIAS_FIELD.finditer(text):
            name = m.group("name")
            if fold(name.split()[0]).lower() not in NEVER_NAMES and not (is_very_common_word(name) and not is_name_word(name)):
                out.append(self._result(m.start("name"), m.end("name"), "the name a record says the person goes by"))
        for m in NAME_IS_QUOTED.finditer(text):  # 'Tharushi is "Chooty"', not 'The plan is "fine"'
            if not _name_word(m.group("subject")):
                continue
            pos = m.end()
            while q := _NEXT_QUOTED.match(text, pos):
                alias = q.group("q").strip()
                if re.fullmatch(r"[A-Z][\w'’\-]+", alias) and fold(alias).lower() not in _NOT_A_NAME and not (
                        is_very_common_word(alias)):
                    out.append(self._result(q.start("q"), q.start("q") + len(alias), "a name a person goes by"))
                pos = q.end()
        for m in QUOTED_BELIEVED.finditer(text):
            for q in re.finditer(r"[\"“](?P<name>[^\"”]+)[\"”]", m.group("names")):
                if fold(q.group("name")).lower() not in _NOT_A_NAME:
                    start = m.start("names") + q.start("name")
                    out.append(self._result(start, start + len(q.group("name")), "a nickname tied to a named person"))
        for m in ALIAS_EQUALS_KIN.finditer(text):
            if _name_word(m.group("name")):
                out.append(self._result(m.start("name"), m.end("name"), "a name glossed by the relative it stands for"))
        for m in ALIAS_UNQUOTED.finditer(text):
            name = m.group("name")
            plain = is_very_common_word(name) if "self" in m.group() else is_common_word(name) or is_ordinary_word(name)
            if not plain and fold(name).lower() not in _NOT_A_NAME:  # "calls himself Bobo": a name, though a word
                out.append(self._result(m.start("name"), m.end("name"), "another name the person goes by"))
        for m in MAIDEN_NAME.finditer(text):
            if not is_ordinary_word(m.group("name")) and fold(m.group("name")).lower() not in NEVER_NAMES:
                out.append(self._result(m.start("name"), m.end("name"), "a maiden or birth surname"))
        for m in NAME_THEN_HONORIFIC.finditer(text):
            name = m.group("name")
            key = fold(name).lower()
            if key in NEVER_NAMES or key in _KIN_AND_ROLES or key in _SOUTH_ASIAN_KIN or key in _POSSESSIVES or not (
                    is_name_word(name) or not is_ordinary_word(name)):
                continue  # "my aunty", "the uncle": a kin word after a word, not after a name
            if name.islower() and not (in_quotes(text, m.start()) and (is_name_word(name) or korean_shaped(name))
                                       and len(name) >= 4):
                continue  # lower case only in a message, and only a known name ("sunita didi", "jiwoo noona")
            out.append(self._result(m.start("name"), m.end("name"), "a name with a kin or respect word after it"))
        out += self._names_records_place(text)
        return out

    def _names_records_place(self, text: str) -> list[RecognizerResult]:
        """Names and initials that records put in set places: an e-mail display name the address spells, the
        speaker of an exported chat line, exhibit numbers ("exhibit HF/1"), an officer and collar number
        ("HM / 3317"), a letter's dictation line ("Dict: FC / typed: lmw", "Our ref: FC/lmw")."""
        out = []
        for m in DISPLAY_NAME.finditer(text):  # "Sage Thornbury <sage.thornbury@...>": the address spells the name
            local = set(re.split(r"[._\-+]+", fold(m.group("local")).lower()))
            words = [w for w in re.finditer(r"[^\W\d_][\w'’\-]*", m.group("name")) if w.group().rstrip(".") not in TITLE_KEYS]
            keys = [fold(w.group()).lower() for w in words]
            if any(k in ORG_WORDS or k in _ROLE_WORDS or k in NEVER_NAMES for k in keys):
                continue  # "MASH Team <mash@...>", "Duty Desk <...>": a team, not a person
            if words and any(not w.group().isupper() and (k in local or k.replace("-", "") in local) and (
                             is_name_word(w.group()) or not is_ordinary_word(w.group())) for w, k in zip(words, keys)):
                base = m.start("name")
                out.append(self._result(base + words[0].start(), base + words[-1].end(), "the name an e-mail address spells"))
        speakers = [m.span("name") for m in CHAT_SPEAKER_NAME.finditer(text)]  # "[15/02/2025, 08:02] Flick: minty..."
        speakers += [m.span(g) for m in CHAT_SENDER_RECEIVER.finditer(text) for g in ("name", "name2")]
        speakers += [m.span("name") for m in CHAT_SPEAKER_STAMPED.finditer(text)]
        speakers += [(s, e) for s, e in conversation_speakers(text) if not text[s:e].isupper()]  # "mursal: lali jan"
        for start, end in dict.fromkeys(speakers):
            words = list(re.finditer(r"[^\W\d_][\w'’\-]*", text[start:end]))
            while words and words[0].group() in TITLE_KEYS:  # "DS Reed:": the title stays outside
                words.pop(0)
            if words and not any(fold(w.group()).lower() in NEVER_NAMES or fold(w.group()).lower() in _KIN_AND_ROLES
                                 or w.group().lower() in ("me", "you", "dad", "mum") for w in words):  # fmt: skip
                out.append(self._result(start + words[0].start(), start + words[-1].end(), "the speaker of a chat message"))
        for rx, why in ((EXHIBIT_INITIALS, "an exhibit numbered by its officer's initials"),
                        (COLLAR_SIGNED, "initials with a collar number"), (TYPED_BY, "initials of who dictated or typed"),
                        (LETTER_REF, "initials in a letter's reference"), (SIGNED_OFF, "initials signing a record off"),
                        (AUTHOR_TYPIST, "author's and typist's initials closing a letter"),
                        (AUTHOR_TYPIST_INLINE, "author's and typist's initials (upper / lower case)")):  # fmt: skip
            for m in rx.finditer(text):
                if rx is AUTHOR_TYPIST_INLINE and is_ordinary_word(m.group("ini2")):
                    continue  # "FBC/bone", "DOB/age": an abbreviation and a word
                for group in ("ini", "ini2"):
                    if group not in rx.groupindex or not (ini := m.group(group)):
                        continue
                    shaped = initials_shaped(ini) if not ini.islower() else rx is TYPED_BY or not is_very_common_word(ini)
                    if shaped and ini.upper() not in AMBIGUOUS_INITIALS and ini.upper() not in _RECORD_ACRONYMS:
                        out.append(self._result(m.start(group), m.end(group), why))
        return out

    def _keys_without_names(self, text: str) -> list[RecognizerResult]:
        """Initials and first names a record defines by where it puts them: a table row that ends in its
        person's initials, a key that gives a role ("FO = HV"), a role beside initials ("midwife (JB)"),
        initials doing what people do ("FM to draft"), a first name with its role ("Dawn (HV)"), a list
        under "Initials:", an entry signed at the end of its line."""
        out: list[RecognizerResult] = []
        for m in ROW_END_INITIALS.finditer(text):
            out += self._key_on_row(text, m.group("ini"), m.start("ini"), text.rfind("\n", 0, m.start()) + 1, m.start())
        for m in ROLE_KEY.finditer(text):
            ini, rhs = m.group("ini"), m.group("rhs")
            if not initials_shaped(ini):
                continue
            bracket = re.search(r"\(([^()]+)\)", rhs)
            if bracket:
                inner = bracket.group(1).split(",")[0].strip()
                start = m.start("rhs") + bracket.start(1)
                words = [(start + w.start(), start + w.end()) for w in re.finditer(r"\S+", inner)]
                if found := self._key(text, ini, m.start("ini"), words):
                    out += found
                    continue
            if _describes_role(rhs.split("(")[0], ini) and ini.upper() not in AMBIGUOUS_INITIALS:
                out.append(self._result(m.start("ini"), m.end("ini"), "initials key: the initials of a role-holder"))
        for m in INITIALS_THEN_ROLE.finditer(text):  # "HM (RN Holly Magee)": the name in the brackets
            inner = m.group("role")
            words = [(m.start("role") + w.start(), m.start("role") + w.end()) for w in re.finditer(r"\S+", inner)]
            out += self._key(text, m.group("ini"), m.start("ini"), [w for w in words if text[w[0]:w[1]][:1].isupper()])
            ini, first = m.group("ini"), inner.strip()
            if (re.fullmatch(r"[A-Z][a-z'’\-]{2,}", first) and first[0] == ini[0] and 2 <= len(ini) <= 3 and ini.isupper()
                    and _name_word(first)):
                out.append(self._result(m.start("ini"), m.end("ini"), "initials with the first name in brackets"))
        for m in (*ROLE_THEN_INITIALS.finditer(text), *INITIALS_THEN_ROLE.finditer(text),
                  *INITIALS_COMMA_ROLE.finditer(text)):
            ini = m.group("ini")
            if m.re is INITIALS_THEN_ROLE and re.match(r"(?:[A-Z][A-Za-z]{0,3}\.?[ \t]+)(?:\d+[ \t]+)?[A-Z][a-z]", m.group("role")):
                continue  # "PSNI (DC Crothers):": a person's agency before the person, not initials
            if initials_shaped(ini) and ini.upper() not in AMBIGUOUS_INITIALS and _describes_role(m.group("role"), ini):
                out.append(self._result(m.start("ini"), m.end("ini"), "initials beside a role"))
        for m in ACTING_INITIALS.finditer(text):
            ini = m.group("ini")
            if ini in AMBIGUOUS_INITIALS or ini in _NOT_ACTING:
                continue
            if (m.group("verb") or "") in DONE_VERBS or (m.group("todo") or "") in TO_DO_VERBS:
                out.append(self._result(m.start("ini"), m.end("ini"), "initials doing what a person does"))
        for m in FIRST_NAME_ROLE.finditer(text):
            if not _role_or_agency(m.group("role")):
                continue
            for name in re.finditer(r"[^\W\d_][\w'’]*", m.group("names")):
                if name.group() not in ("and",) and is_name_word(name.group()) and fold(name.group()).lower() not in NEVER_NAMES:
                    out.append(self._result(m.start("names") + name.start(), m.start("names") + name.end(),
                                            "a first name with a role after it"))
        for m in ROLE_THEN_NAME.finditer(text):
            words = m.group("name").split()
            if all(fold(w).lower() not in NEVER_NAMES and fold(w).lower() not in _KIN_AND_ROLES for w in words) and any(
                    is_name_word(w) or not is_ordinary_word(w) for w in words):
                out.append(self._result(m.start("name"), m.end("name"), "a name in brackets after a role"))
        for m in [*ROLE_THEN_QUOTED.finditer(text), *(q for q in QUOTED_THEN_ROLE.finditer(text) if _role_or_agency(q.group("role"))
                                                       or any(w.lower() in _KIN_AND_ROLES for w in q.group("role").split()))]:
            if all(_name_word(w) for w in m.group("name").split()):
                out.append(self._result(m.start("name"), m.end("name"), "a name in quotes beside a role"))
        for m in NAME_THEN_FULL_NAME.finditer(text):
            alias, full = m.group("name"), m.group("full").split()
            alias_ok = (is_name_word(alias) or not is_very_common_word(alias) and not alias.lower().endswith(
                NOUN_ENDINGS)) and not any(  # not "Reflection (Ivy Greenwood)"
                fold(part).lower() in _NOT_A_NAME | ORG_WORDS for part in alias.split("-"))  # not "Mam-gu"
            full_ok = full[0] not in TITLE_KEYS and not full[0].isupper() and all(  # not "Families (SW Holly CRAWFORD)"
                is_name_word(w) or not is_ordinary_word(w) for w in full) and "'" not in m.group("full")  # nor "(Clare's Law)"
            if alias_ok and full_ok and _name_like(m.group("full")):
                out.append(self._result(m.start("name"), m.end("name"), "another name for the person in brackets after it"))
        for m in LOWER_TITLED.finditer(text):
            if not in_quotes(text, m.start()):
                continue
            words = list(re.finditer(r"[^\s]+", m.group("name")))
            while words and (is_common_word(words[-1].group()) or is_ordinary_word(words[-1].group())
                             ) and not is_name_word(words[-1].group()):  # fmt: skip
                words.pop()
            if words:
                out.append(self._result(m.start("name") + words[0].start(), m.start("name") + words[-1].end(),
                                        "a name after a title, typed in lower case in a message"))
        for m in INITIALS_LIST.finditer(text):
            base = m.start("items")
            for item in _LIST_ITEM.finditer(m.group("items")):
                ini = item.group("ini")
                if initials_shaped(ini) and (_describes_role(item.group("desc").split("(")[0], ini) or "(" in item.group("desc")):
                    out.append(self._result(base + item.start("ini"), base + item.end("ini"), "listed under 'Initials'"))
        for m in SIGNED_LINE_END.finditer(text):
            ini = m.group("ini")
            prev_line_end = text.rfind("\n", 0, m.start("ini"))
            alone = not text[prev_line_end + 1 : m.start("ini")].strip()
            if alone and (prev_line_end <= 0 or not text[text.rfind("\n", 0, prev_line_end) + 1 : prev_line_end].strip()):
                continue  # alone on a line with nothing above: a heading, not a signature
            if initials_shaped(ini) and len(ini) <= 4 and ini.upper() not in AMBIGUOUS_INITIALS:
                out.append(self._result(m.start("ini"), m.end("ini"), "initials signing an entry"))
        return out

    def _key_on_row(self, text: str, ini: str, ini_start: int, row_start: int, row_end: int) -> list[RecognizerResult]:
        """The first run of capitalised words on the row text[row_start:row_end] that the initials spell."""
        line = text[row_start:row_end]
        for run in re.finditer(r"(?:[A-Z][\w'’\-]*|ap|Ó|Ní|Nic|Mac)(?:[ \t](?:[A-Z][\w'’\-]*|ap|Ó|Ní|Nic|Mac)){1,4}", line):
            words = [(row_start + run.start() + w.start(), row_start + run.start() + w.end())
                     for w in re.finditer(r"\S+", run.group())]  # fmt: skip
            if found := self._key(text, ini, ini_start, words):
                return found
        return []

    def _key(self, text: str, ini: str, ini_start: int, words: list[tuple[int, int]]) -> list[RecognizerResult]:
        while words and text[words[0][0] : words[0][1]].rstrip(".") in TITLE_KEYS:
            words = words[1:]
        while len(words) > 2 and text[words[-1][0] : words[-1][1]].isupper():
            words = words[:-1]  # "FMcK Fiona McKinlay PT Guidance": the role after the name
        if len(words) < 2 or not all(_WORD.fullmatch(text[a:b]) for a, b in words):
            return []
        name = text[words[0][0] : words[-1][1]]
        if ini not in initials_forms(name) and len(words) >= 3 and ini in initials_forms(text[words[1][0] : words[-1][1]]):
            words = words[1:]  # "MB   Deacon Michael Burke": a title the initials leave out
            name = text[words[0][0] : words[-1][1]]
        if ini not in initials_forms(name) or not _name_like(name):
            return []
        last = fold(text[words[-1][0] : words[-1][1]]).lower()
        first = text[words[0][0] : words[0][1]]
        if last in ORG_WORDS and not is_name_word(first) and is_ordinary_word(first):
            return []  # "BRI Brackenford Royal Infirmary": an organisation's initials, not a person's
        return [self._result(ini_start, ini_start + len(ini), "initials key: the initials of a name"),
                self._result(words[0][0], words[-1][1], "named in an initials key")]  # fmt: skip

    def _result(self, start: int, end: int, why: str) -> RecognizerResult:
        expl = AnalysisExplanation(recognizer=self.name, original_score=0.85, textual_explanation=why)
        meta = {RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
        return RecognizerResult(E.PERSON, start, end, 0.85, expl, meta)
