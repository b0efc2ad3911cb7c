"""Initials as names: the ways a person's initials are written, and when ambiguous ones are a person.

Case records sign entries and assign actions by initials: "Action: DR spoke to mum", "JMcC to
complete a viability check", "(GRh): late 6 times", "IPW summarised the findings". Initials keep
the shape of the name: every part of a double-barrelled surname (Imogen Price-Walsh → IPW),
Mc/Mac and O' prefixes (Jordan McCann → JMcC, Patrick O'Connor → PO'C), Welsh digraphs
(Gwawr Rhydderch → GRh), a surname's second letter where two staff share initials (Carl Mills → CMi). Initials that are also everyday abbreviations (DR, JP, TV, NI) count only
where a person stands: before a person's verb or "to" + an action, after "by"/"Action:", or alone
in brackets after a heading.
"""

from __future__ import annotations

import re
from itertools import product

from .names_data import SURNAME_PARTICLES, TITLE_KEYS, is_name_word, is_ordinary_word

# Abbreviations that are taken for someone's initials only where a person stands (see in_person_position).
AMBIGUOUS_INITIALS = frozenset(["GP", "HV", "SW", "DS", "DC", "PC", "DI", "ED", "AE", "NHS", "CP", "CIN", "LA", "DV", "DA", "MP", "UK", "ID", "IT", "TV", "OK", "AM", "PM", "VS", "RE", "CC", "NB", "PS", "SU", "HR", "QC", "KC", "DR", "MR", "MS", "JP", "CE", "UN", "EU", "US", "IQ", "BA", "MA", "OT", "PT", "NI", "SLT", "CAMHS", "CSC", "PPU", "MASH", "SEN", "SENCO", "DSL", "LADO", "ICPC", "RCPC", "CPP", "LAC", "CLA", "PLO", "FGC", "TAC", "TAF", "EHA", "EHCP", "ASD", "ADHD", "SGO", "CSE", "CCE", "PRU", "GCSE", "DBS", "MARAC", "DASH", "IDVA", "ISVA", "CRC", "NPS", "AN", "AS", "AT", "BE", "BY", "DO", "GO", "HE", "IF", "IN", "IS", "ME", "MY", "NO", "OF", "ON", "OR", "SO", "TO", "UP", "WE", "SOS", "PE", "RTA", "CT", "MRI", "ENT", "ICU", "PICU", "NICU", "SCBU", "CPS", "CID", "DWP", "HMO", "AKA", "ASB", "DOB", "EHE", "SEMH", "YOT", "YOS", "FSW", "EWO", "TA", "HT", "DHT", "SLA", "SPA", "IAA", "CPR", "CSPR", "SCR", "CMR", "TBC", "NFA", "RIP", "RSJ", "MH", "RAG", "IP", "OIC", "SIO", "CPPM", "IRD", "SCRA", "CSWO", "PPU", "CAIU", "CAIT", "MHP", "ELC", "HSCP", "YJS", "YJ", "PWITS", "NRM", "SPOC", "TAF", "EHCP", "ADHD"])  # fmt: skip
# The abbreviations case records use all the time: even a family member's initials count only in a person's place.
FREQUENT_ABBREVIATIONS = frozenset(["GP", "HV", "SW", "DS", "DC", "DI", "PC", "CP", "TA", "ED", "AE", "NHS", "LA", "DV", "DA", "UK", "ID", "IT", "OK", "AM", "PM", "CC", "NB", "PS", "HR", "MP", "PE", "MH", "CT", "RE", "SU", "AN", "AS", "AT", "BE", "BY", "DO", "GO", "HE", "IF", "IN", "IS", "ME", "MY", "NO", "OF", "ON", "OR", "SO", "TO", "UP", "WE", "OT", "PT", "HT", "EWO", "FSW", "CSC", "CIN", "LAC", "CLA", "DSL", "YOT", "YOS", "CSE", "CCE", "ASB", "DOB", "NFA", "MASH", "CAMHS"])  # fmt: skip
# Of those, the services and roles every record names: a key that spells them as someone's initials ("GP = Gwen
# Price") does not make every "GP" in the case that person; the rest ("HT", "AM", "IF") yield to such a key.
SERVICE_ABBREVIATIONS = FREQUENT_ABBREVIATIONS - {"AM", "PM", "HT", "AN", "AS", "AT", "BE", "BY", "DO", "GO", "HE", "IF",
                                                   "IN", "IS", "ME", "MY", "NO", "OF", "ON", "OR", "SO", "TO", "UP", "WE"}
_WELSH_DIGRAPHS = ("Ch", "Dd", "Ff", "Ng", "Ll", "Ph", "Rh", "Th")
# A person's action after their initials: "DR spoke", "CWL summarised"; "JMcC to complete", "JP will ring".
DONE_VERBS = frozenset(["spoke", "rang", "phoned", "called", "informed", "noted", "recorded", "discussed", "made", "completed", "summarised", "summarized", "agreed", "advised", "reported", "visited", "attended", "met", "saw", "explained", "confirmed", "stated", "asked", "told", "said", "says", "emailed", "e-mailed", "texted", "wrote", "sent", "shared", "referred", "contacted", "checked", "raised", "requested", "arranged", "chaired", "observed", "liaised", "received", "gave", "updated", "followed", "spoken", "started", "joined", "stopped", "began", "went", "came", "reports", "notes", "states", "confirms", "advises", "explains", "describes", "agrees", "observes", "recalls", "recalled", "records", "passed", "handed", "reassured", "logged", "reminded", "welcomed", "introduced", "outlined", "thanked",
 "queried", "challenged", "suggested", "proposed", "clarified", "highlighted", "emphasised", "acknowledged", "kept", "names",
 "arrested", "charged", "interviewed", "bailed", "released", "cautioned", "assaulted", "threatened", "pushed", "punched", "grabbed", "kicked", "slapped", "hit", "denied", "admitted", "disclosed", "returned", "arrived", "refused", "declined", "presented", "answered", "replied", "shouted", "screamed", "cried", "alleged", "collected", "dropped", "brought", "took", "stayed", "moved", "lives", "lived", "works", "worked", "wants", "wanted", "feels", "felt", "thinks", "thought", "knows", "knew"])  # fmt: skip
# What a person is or is doing, after initials the text already knows: "CC being traced", "ER feeding well".
PERSON_STATES = frozenset(["seen", "found", "located", "traced", "missing", "discharged", "weighed", "placed", "known",
                           "excluded", "absent", "late", "upset", "tearful", "being", "feeding", "sleeping", "crying",
                           "attending", "settling", "playing", "eating", "feeling", "doing", "going", "coming", "living",
                           "staying", "refusing", "saying", "engaging", "asking", "telling", "waiting", "walking", "talking",
                           "smiling", "thriving", "gaining", "returning", "presenting", "disclosing", "present",
                           "may", "might", "prefers", "engaged", "minimised", "minimises", "frightened", "scared",
                           "worried", "asleep", "awake", "pulled", "locked", "hid", "ran", "wore", "held", "himself",
                           "herself", "themself", "showed", "refused", "struggled", "struggling", "quiet", "looked",
                           "looks", "appeared", "appears", "seemed", "seems", "withdrawn", "tired", "hungry", "unwell",
                           "distressed", "anxious", "nervous", "settled", "unsettled"])  # fmt: skip
TO_DO_VERBS = frozenset(["submit", "apply", "draft", "revise", "complete", "share", "contact", "check", "speak", "ring", "phone", "call", "send", "refer", "arrange", "visit", "follow", "update", "write", "liaise", "request", "review", "chase", "ask", "inform", "feed", "convene", "book", "provide", "undertake", "discuss", "seek", "invite", "consider", "confirm", "record", "attend", "meet", "make", "obtain", "email", "e-mail", "text", "explore", "agree", "gather", "collate", "monitor", "offer", "support", "advise", "escalate", "draft", "circulate", "prepare", "produce", "present", "lead", "chair", "ensure", "notify", "continue", "remain"])  # fmt: skip
_AFTER_LABEL = re.compile(r"(?:\b(?:Subject|Re|Fwd?)\s*:\s*(?:(?:Re|Fwd?)\s*:\s*)*|\b(?:by|informed|cc|per|Action|Actions|Lead|Owner|Author|Signed|Initials)\s*:?\s*|\bAction\s+by\s*:?\s*)$", re.I)  # fmt: skip
_PASSED_TO = re.compile(r"\b(?:passed|referred|sent|forwarded|escalated|handed|reported|spoke|spoken|talked|emailed|"
                        r"e-mailed|discussed|agreed|checked|liaised|reviewed|met|visited|seen|shared|copied|cc'?d|link|"
                        r"linking|liaise|liaising|meet|meeting|speak|speaking|work|working|check|discuss)\s+(?:to|with|by)\s+$",
                        re.I)  # fmt: skip
# ... and in Welsh: "Pasiwyd at HR", "Rhoddwyd gwybod i DP", "siarad â DP", and a verb before its subject: "ffoniodd HR".
_PASSED_TO_WELSH = re.compile(r"\b(?:pasiwyd|anfonwyd|cyfeiriwyd|trosglwyddwyd)[ \t]+at[ \t]+$|\b(?:rhoddwyd|rhowch)[ \t]+wybod"
                              r"[ \t]+i[ \t]+$|\b(?:siarad|siaradodd|trafodwyd[ \t]+gyda|cytunwyd[ \t]+gyda)[ \t]+(?:â|ag|gyda)?[ \t]*$|"
                              r"\b(?:ffoniodd|dywedodd|cysylltodd|anfonodd|gwelodd|nododd|cofnododd|trefnodd|ymwelodd)[ \t]+$",
                              re.I)
_OBJECT_OF = re.compile(r"\b(?:told|asked|informed|advised|phoned|rang|called|emailed|e-mailed|met|visited|saw|thanked|see|alerted|"
                        r"meet|visit|contact|phone|ring|inform|tell|advise)"
                        r"\s+$", re.I)


def _word_initials(word: str) -> set[str]:
    """How one name word is written as an initial: J; McC / MacD; O'C and OC; Ll, Rh."""
    options = {word[0].upper()}
    if m := re.match(r"(Mc|Mac|Fitz)([A-Z])", word):
        options.add(m.group(1) + m.group(2))
    elif m := re.match(r"(Mc|Mac)[a-z]{3,}", word):
        options.add(m.group(1))  # Mairead Macaulay → MMac, Anna Mcintyre → AMc: the prefix as the surname's initial
    if m := re.match(r"([A-Z])['’]([A-Z])", word):
        options |= {f"{m.group(1)}'{m.group(2)}", m.group(1) + m.group(2)}
    if word[:2] in _WELSH_DIGRAPHS:
        options.add(word[:2])
    return options


def initials_forms(name: str, *, every_word: bool = False) -> set[str]:
    """Every plausible initials form of a name: all words (each part of a hyphenated surname, or the
    hyphenated surname as one), and first + last only; two to five letters. `every_word`: only the forms
    with a letter for every word (Gethin Morgan-Pugh → GMP, not GP)."""
    tokens = [w.strip(".,'’\"()") for w in name.split()]
    tokens = [w for w in tokens if w and w.rstrip(".") not in TITLE_KEYS]
    words = [w for i, w in enumerate(tokens) if w[0].isupper() and (i == 0 or w.lower() not in SURNAME_PARTICLES)]
    if len(words) < 2:
        return set()
    split = [p[:1].upper() + p[1:] for w in words for p in w.split("-") if p]  # Kim Min-jun → KMJ
    extra: set[str] = set()
    sequences = {tuple(split), tuple(words)} if every_word else {tuple(split), tuple(words), (words[0], words[-1]),
                                                                   (split[0], split[-1])}  # fmt: skip
    with_particles = tuple(w[:1].upper() + w[1:] for w in tokens if w[0].isupper() or w.lower() in SURNAME_PARTICLES)
    if len(with_particles) > len(words):
        sequences.add(with_particles)  # Seán Ó Gallchóir → SÓG, Niamh Ní Bhriain → NNB, Orla Mac Lochlainn → OML
        for k, w in enumerate(tokens[1:-1], 1):
            if w in ("Ní", "Nic", "Uí", "Mac", "Mhic") and tokens[k + 1][:1].isupper():
                extra.add(tokens[0][0].upper() + w + tokens[k + 1][0])  # Caoimhe Ní Ghallchóir → CNíG
        out_particles = "".join(w if w.lower() in SURNAME_PARTICLES and w.islower() else "" for w in tokens)
        if out_particles and words:  # Llinos ap Rhys → LapR, LlapR: the particle written out
            for first in _word_initials(words[0]):
                extra.add(first + out_particles + words[-1][0].upper())
                extra.add(first + out_particles[0] + words[-1][0].upper())  # Siôn ap Dafydd → SaD
    if len(words) >= 3 and not every_word:
        sequences.add(tuple(words[:-1]))  # the given names: John Paul Ward → JP
    given = [p for w in words[:-1] for p in w.split("-") if p]
    if len(given) >= 2 and not every_word:
        sequences.add(tuple(given))  # a double first name alone: Ellie-Rose Campbell → ER, Mary Kate Ward → MK
    for w in words:
        if not every_word and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", w):
            sequences.add(tuple(p.capitalize() for p in w.split("-")))  # a Korean given name alone: Min-jun → MJ
    out: set[str] = set(extra)
    for seq in sequences:
        if not all(p[:1].isupper() for p in seq):
            continue
        options = [_word_initials(p) for p in seq]
        if len(seq[-1]) > 2 and seq[-1][1].isalpha():
            options[-1] = options[-1] | {seq[-1][0].upper() + seq[-1][1].lower()}  # Carl Mills → CMi (beside a CM)
        if len(seq) == 2 and len(seq[0]) > 2 and seq[0][1].isalpha():
            options[0] = options[0] | {seq[0][0].upper() + seq[0][1].lower()}  # Sioned Jones → SiJ (beside a SJ)
        for combo in product(*(sorted(o) for o in options)):
            form = "".join(combo)
            if 2 <= sum(c.isalpha() for c in form) <= 5:
                out.add(form)
    return out


def hyphen_initials(name: str) -> set[str]:
    """A double-barrelled surname by its initials: Kowalczyk-Harding → K-H (as in "Lena K-H", "K-H children")."""
    return {"-".join(p[0].upper() for p in w.split("-")) for w in name.split()[1:] if w.count("-") == 1 and
            all(p[:1].isupper() for p in w.split("-"))}  # fmt: skip


def in_person_position(text: str, start: int, end: int, *, keyed: bool = False) -> bool:
    """Whether initials at text[start:end] stand where a person does (for initials that are also abbreviations);
    `keyed`: the case keys them to a name ("GO   Gill Oakes"), so a column or a cell's "to NB" is that person."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    after = text[end:]
    if re.match(r"['’]s\b", after):
        return True  # "CC's phones": a possessive belongs to a person
    if m := re.match(r"(?:[ \t]+|[ \t]*\n[ \t]*)([A-Za-z'-]+)(?:[ \t]+([A-Za-z'-]+))?", after):  # may wrap: "SO\nexplained"
        first, second = m.group(1).lower(), (m.group(2) or "").lower()
        if first in DONE_VERBS or first in PERSON_STATES or (first in ("to", "will") and second in TO_DO_VERBS):
            return True
    if (state := re.match(r"[ \t]+(?:was|is|has been|had been|being)[ \t]+([a-z]+)", after)) and state.group(
            1) in PERSON_STATES | DONE_VERBS:
        return True  # "MP was found crying", "JT is tearful"
    if re.match(r"[ \t]+to[ \t]+be[ \t]+(?:seen|spoken|visited|interviewed|offered|told|asked|placed)\b", after):
        return True  # "MP to be seen alone"
    if _AFTER_LABEL.search(before) or _PASSED_TO.search(before) or _PASSED_TO_WELSH.search(before):
        return True
    if re.fullmatch(r"[ \t]*\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?(?:[ \t]+\d{1,2}[:.]\d{2})?[ \t]+", before):
        return True  # a log entry signed at its start: "04/09/24  GP  HW not in"
    if re.match(r"[ \t]*\((?:aged?[ \t]*)?\d{1,2}\)|[ \t]*\([a-z]+[,)]", after):
        return True  # "JP (10)", "TA (sister, 17)"
    if re.match(r"[ \t]+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|[ \t]{2,}\d{1,2}/\d{1,2}\b", after):
        return True  # signed and dated: "SG 31/03/2025"; an action's owner and due date: "PS         16/09"
    if re.fullmatch(r"[ \t]*\d{1,2}\.?[ \t]+", before) and re.match(r"[ \t]{2,}\S", after):
        return True  # the owner column of a numbered action: "4  AM     Legal gateway meeting"
    if keyed and (re.search(r"(?:^|[ \t]{2}|\b[Pp]ass(?:ed)?[ \t]+)[Tt]o[ \t]+$", before) and re.match(
            r"[ \t]*(?:\n|$)|[ \t]+same\b|[ \t]{2,}", after) or re.search(r"\w[ \t]+[-–][ \t]+$", before) and after[:1] == ":"):
        return True  # a cell's "to NB", "Pass to NB"; minutes' "Education - NB: ..."
    if (keyed and not re.search(r"\b[A-Z]{3,}[ \t]+$", before) or text[start:end].upper() not in FREQUENT_ABBREVIATIONS
            ) and re.match(r"[ \t]{2,}\S", after) and (
            not before.strip() or re.search(r"\S[ \t]{2,}$", before)):
        return True  # a column of its own: "RD   Home visit with LL", "21/08/2023  -      RK  Transition: ..."
    if re.match(r"[ \t]+\d{1,2}:\d{2}\b", after):
        return True  # signed and timed: "Manager oversight PG 11:05"
    if re.search(r"[.!?)][ \t]+$", before) and after.startswith(":"):
        return True  # minutes in running text: "... to Ms Quayle). SO: NRM referral submitted"
    if re.search(r"[.!?][ \t]+$", before) and re.fullmatch(r"[ \t]*", after.split("\n", 1)[0]):
        return True  # an entry signed at its end: "...note the call on LCS. AM"
    if re.search(r"\b(?:call|calls|email|e-mail|text|message|letter|referral|note|update|report)[ \t]+from[ \t]+$",
                 before, re.I):  # fmt: skip
        return True  # "Phone call from RF", "Tenancy sustainment referral from WB"
    if re.search(r"\|[ \t]*(?:[A-Z][A-Za-z'’]{1,4}[ \t]*[/;][ \t]*)?$", before) and re.match(r"[ \t]*(?:\||/|;|$)", after):
        return True  # a table cell of initials: "| RK |", "| LB / CP |"
    if re.match(r"[ \t]*(?:,|;|and\b|&|/|a\b|ac\b)[ \t]*[A-Z][A-Za-z'’]?[A-Z][A-Za-z'’]{0,2}\b", after) or re.search(
        r"\b[A-Z][A-Za-z'’]?[A-Z][A-Za-z'’]{0,2}[ \t]*(?:,|;|\band|&|/|\ba|\bac)[ \t]*$", before
    ):
        return True  # a list of initials: "TA and JAF", "LB / CP", "RK; DH", Welsh "DP a GT"
    if (pair := re.match(r"[ \t]+(?:and|&)[ \t]+([A-Z][a-z'’\-]+)(?:[ \t]+([A-Z][a-z'’\-]+))?", after)) and is_name_word(
            pair.group(1)) and any(not is_ordinary_word(w) for w in pair.groups() if w):
        return True  # beside a named person: "MH and Paris Cartlidge fell out"
    if before.endswith("(") and after.startswith(")"):
        if re.search(r"[.!?;][ \t]*\($", before) and re.match(r"\)[ \t]*(?:\n|$)", after):
            return True  # an action's owner after it: "- Safety plan with mother. (JB)"
        word = re.search(r"([A-Za-z]+)\W*\($", before)
        heading = len(before.split()) <= 4 and before[:1].isupper()  # "Social care (HA): ...", "Health visiting (CF)"
        return word is None or not word.group(1).islower() or heading or after.startswith("):")
    if (not before.strip() or re.search(r"[.!?][ \t]+$", before)) and re.match(r"[ \t]+(?:has|had|is|was|will|would|did|does|could|can|should)\b", after):
        return True  # "CF has not seen the father": initials opening a sentence, before its verb
    if _OBJECT_OF.search(before):
        return True  # "Tenant told IG that..."
    return not before.strip(" \t*•-") and after.startswith(":")  # minutes: "DR: ..."
