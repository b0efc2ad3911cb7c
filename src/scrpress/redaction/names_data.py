"""Name gazetteers and diminutives: who might be a person, and which names are also ordinary words.

First and last names come from Faker's locale lists (MIT licensed, installed offline) for the
communities UK reviews meet most (British, Irish, Polish and other European, South Asian,
West and East African, Latin American, North African), plus Welsh and Irish names Faker lacks. "Ordinary word" means the
lower-case form is a common English word (Grace, Will, Hope), so a capital alone is weak evidence.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from .textutil import fold

FAKER_LOCALES = (
    "en_GB", "en_US", "en_IE", "ga_IE", "en_IN", "en_PK", "en_NG", "en_KE", "en_NZ", "en_AU", "en_CA", "pl_PL",
    "cs_CZ", "sk_SK", "lt_LT", "lv_LV", "ro_RO", "hu_HU", "sl_SI", "hr_HR", "de_DE", "fr_FR", "it_IT", "pt_PT",
    "es_ES", "nl_NL", "tr_TR", "yo_NG", "zu_ZA", "tw_GH", "sq_AL", "bs_BA", "et_EE", "fi_FI", "sv_SE", "da_DK",
    "no_NO", "uk_UA", "bg_BG", "en", "es", "es_MX", "pt_BR", "fr_DZ", "ig_NG", "ha_NG", "sw", "de_AT", "fr_CA",
    "id_ID", "az_AZ",
)  # fmt: skip

WELSH_FIRST = ["Aled", "Alun", "Aneurin", "Angharad", "Arwel", "Bethan", "Bryn", "Brynmor", "Cadi", "Cai", "Carys", "Catrin", "Cerys", "Ceri", "Cledwyn", "Dafydd", "Deiniol", "Delyth", "Dewi", "Dilwyn", "Eirlys", "Eirian", "Eleri", "Elin", "Emrys", "Eurig", "Ffion", "Gareth", "Geraint", "Gethin", "Glenys", "Glyn", "Guto", "Gwen", "Gwenllian", "Gwenno", "Gwilym", "Gwyn", "Gwyneth", "Hywel", "Huw", "Ianto", "Ieuan", "Iestyn", "Ifan", "Iolo", "Iwan", "Lowri", "Llinos", "Llew", "Llywelyn", "Mabli", "Mair", "Mali", "Meinir", "Meirion", "Menna", "Mererid", "Morgan", "Myfanwy", "Nerys", "Nia", "Non", "Osian", "Owain", "Owen", "Rhian", "Rhiannon", "Rhodri", "Rhydian", "Rhys", "Seren", "Sian", "Siân", "Siôn", "Sioned", "Steffan", "Tegan", "Tegwen", "Tomos", "Trystan", "Tudur", "Wyn", "Wynne", "Ynyr"]
WELSH_LAST = ["Bevan", "Cadwaladr", "Davies", "Edwards", "Evans", "Griffiths", "Gruffydd", "Howells", "Hughes", "Jenkins", "Jones", "Llewellyn", "Lloyd", "Meredith", "Morgan", "Morris", "Owen", "Parry", "Powell", "Price", "Pritchard", "Probert", "Prosser", "Pugh", "Rees", "Rhys", "Roberts", "Thomas", "Vaughan", "Watkins", "Williams", "Bowen", "Bevan", "Gittins", "Maddox"]
IRISH_FIRST = ["Aoife", "Aisling", "Caoimhe", "Ciara", "Ciarán", "Clodagh", "Cormac", "Dara", "Deirdre", "Dervla", "Eabha", "Éabha", "Eamon", "Eamonn", "Eilís", "Eithne", "Enda", "Fionn", "Fionnuala", "Gráinne", "Niamh", "Oisín", "Orla", "Pádraig", "Padraig", "Róisín", "Roisin", "Rónán", "Ronan", "Saoirse", "Seán", "Sean", "Séamus", "Seamus", "Siobhán", "Siobhan", "Sinéad", "Sinead", "Tadhg", "Úna", "Una", "Fiachra", "Cathal", "Colm", "Donal", "Dónal", "Aoibhinn", "Bláthnaid", "Muireann", "Oonagh", "Shauna", "Shiv", "Sorcha", "Tiernan"]
POLISH_EXTRA_FIRST = ["Kuba", "Kubuś", "Gosia", "Małgosia", "Magda", "Ania", "Asia", "Basia", "Kasia", "Zosia", "Ola", "Iza", "Ewka", "Tomek", "Bartek", "Wojtek", "Jacek", "Marek", "Przemek", "Staś", "Stasia", "Franek", "Antek", "Jaś", "Janek", "Krzyś", "Łukasz", "Maciek", "Piotrek", "Zbyszek", "Agnieszka", "Wiktoria", "Wiktor", "Łucja", "Szymon", "Natalia", "Oliwia", "Oliwier", "Igor", "Kacper", "Maja", "Lena", "Hania", "Julka", "Amelka", "Tosia", "Nikola", "Dawid", "Kamil", "Szymek", "Dominik"]
POLISH_LAST = ["Nowak", "Wójcik", "Kowalczyk", "Woźniak", "Mazur", "Krawczyk", "Kaczmarek", "Zając", "Król", "Wieczorek", "Wróbel", "Dudek", "Adamczyk", "Pawlak", "Walczak", "Sikora", "Baran", "Szewczyk", "Michalak", "Ostrowska", "Tomaszewska", "Pietrzak", "Jabłońska", "Nowicka", "Nowicki", "Kowalska", "Wiśniewska", "Zielińska", "Szymańska", "Wojciechowska", "Kamińska", "Lewandowska", "Dąbrowska", "Kozłowska", "Jankowska", "Mazurek", "Kwiatkowska", "Grabowska", "Czarnecka", "Sadowska", "Górska", "Rutkowska", "Michalska", "Wrona", "Wronska", "Wrońska", "Kubiak", "Kołodziej", "Sobczak", "Czerwińska", "Borkowska"]

# Modern British "word names" Faker lacks; they are ordinary words too, so context decides.
WORD_NAMES = ["Sky", "Skye", "River", "Brook", "Brooke", "Storm", "Rain", "Star", "Angel", "Honey", "Blossom", "Willow", "Hunter", "Harley", "Nevaeh", "Bliss", "Destiny", "Harmony", "Liberty", "Phoenix", "Rocco", "Blue", "Bear", "Ocean", "Rebel", "Saffron", "Marley", "Tiger", "Journey", "Lyric", "Nova",
              # virtue names given in West African and Caribbean Christian families
              "Precious", "Favour", "Gift", "Comfort", "Patience", "Mercy", "Blessing", "Goodness", "Treasure",
              "Miracle", "Marvellous", "Testimony", "Praise", "Prosper", "Honour", "Charity", "Prudence", "Verity",
              "Innocent", "Goodluck", "Godspower", "Happiness", "Kindness", "Excellent", "Precious-Grace", "Promise",
              "Chance", "Major", "Justice", "Marvel", "King", "Prince", "Princess", "Royal", "Legend", "Unique",
              "Sincere", "Genesis", "Heaven", "Memory", "Fortune", "Glory", "Peace", "Wisdom", "Victory", "Divine",
              "Purity", "Rejoice", "Success", "Godwin", "Israel", "Emmanuel", "Providence"]  # fmt: skip

# Diminutives and pet forms, both ways: a register name brings its nicknames and vice versa.
DIMINUTIVES: dict[str, tuple[str, ...]] = {
    # English
    "william": ("bill", "billy", "will", "willy", "liam"), "robert": ("bob", "bobby", "rob", "robbie", "bert"),
    "richard": ("rich", "richie", "rick", "ricky", "dick"), "elizabeth": ("liz", "lizzie", "beth", "betty", "eliza", "libby"),
    "margaret": ("maggie", "meg", "peggy", "marge", "greta"), "katherine": ("kate", "katie", "kath", "kathy", "kat"),
    "catherine": ("kate", "katie", "cath", "cathy", "cat"), "jennifer": ("jen", "jenny"), "rebecca": ("becky", "becca"),
    "james": ("jim", "jimmy", "jamie"), "john": ("jack", "johnny"), "jonathan": ("jon", "jonny"), "joseph": ("joe", "joey"),
    "michael": ("mike", "mick", "mickey", "micky"), "thomas": ("tom", "tommy", "tam", "tammy"), "anthony": ("tony", "ant"),
    "christopher": ("chris", "kit"), "daniel": ("dan", "danny"), "samuel": ("sam", "sammy"), "samantha": ("sam", "sammy"),
    "alexander": ("alex", "sandy", "xander"), "alexandra": ("alex", "lexi", "sandra"), "edward": ("ed", "eddie", "ted", "ned"),
    "benjamin": ("ben", "benny"), "matthew": ("matt",), "nicholas": ("nick", "nicky"), "patrick": ("pat", "paddy"),
    "patricia": ("pat", "patty", "trish"), "susan": ("sue", "susie"), "deborah": ("debbie", "deb"), "victoria": ("vicky", "tori"),
    "charlotte": ("charlie", "lottie"), "charles": ("charlie", "chas"), "abigail": ("abby", "abi"), "jessica": ("jess", "jessie"),
    "frederick": ("fred", "freddie"), "henry": ("harry", "hal"), "harold": ("harry",), "stephen": ("steve",), "steven": ("steve",),
    "kimberley": ("kim",), "amanda": ("mandy",), "theresa": ("tess", "terri"), "gregory": ("greg",), "andrew": ("andy", "drew"),
    "peter": ("pete",), "david": ("dave", "davy", "davie", "davo"), "alistair": ("ally", "ali", "alasdair"), "timothy": ("tim", "timmy"), "zachary": ("zach", "zac"),
    # Polish
    "jakub": ("kuba", "kubuś"), "anna": ("ania", "anka", "anusia", "ańcia"), "małgorzata": ("gosia", "małgosia", "gośka"),
    "magdalena": ("magda", "madzia"), "katarzyna": ("kasia", "kaśka"), "barbara": ("basia",), "joanna": ("asia", "joasia"),
    "zofia": ("zosia", "zośka"), "aleksandra": ("ola", "olka"), "izabela": ("iza",), "tomasz": ("tomek",),
    "bartłomiej": ("bartek",), "wojciech": ("wojtek",), "jacek": ("jacuś",), "marek": ("mareczek",),
    "przemysław": ("przemek",), "stanisław": ("staś", "stasiek"), "franciszek": ("franek",),
    "jan": ("janek", "jaś", "jasiek"), "antoni": ("antek", "antoś", "tosiek"), "tomas": ("tomek", "tommy"), "krzysztof": ("krzyś", "krzysiek"), "maciej": ("maciek",), "piotr": ("piotrek",),
    "zbigniew": ("zbyszek",), "agnieszka": ("aga", "agusia"), "ewa": ("ewka", "ewunia"), "elżbieta": ("ela", "elka"),
    "dorota": ("dorotka", "dora"), "hanna": ("hania",), "julia": ("julka",), "łukasz": ("łukaszek",), "michał": ("michałek", "misiek"),
    "paweł": ("pawełek",), "szymon": ("szymek",), "wiktoria": ("wiki",), "dominika": ("domi",), "natalia": ("nata",),
    # Welsh
    "gwenllian": ("gwen", "gwennie"), "dafydd": ("dai", "dafi", "dewi"), "llywelyn": ("llew", "llyw"), "rhiannon": ("rhi",),
    "gruffydd": ("gruff", "guto"), "angharad": ("anji",), "ioan": ("io",), "ifan": ("ifs",), "gwenno": ("gwen",),
    # Irish
    "siobhán": ("shiv", "shiv", "shivvy"), "pádraig": ("paddy", "pat", "podge"), "seán": ("shane",), "caoimhe": ("keeva",),
    "niamh": ("neeve",), "ciarán": ("kieran",), "aoife": ("eefa",), "eoghan": ("owen",), "séamus": ("shay",),
    "bridget": ("bridie", "biddy"), "brigid": ("bridie",), "máire": ("maura",), "deirdre": ("dee",),
    # Scottish Gaelic
    "ruairidh": ("rory", "ruaridh"), "lachlan": ("lachie", "lachlainn"), "mòrag": ("morag",),
    "seonaidh": ("joan", "shona"), "catrìona": ("catriona", "katrina", "trina"), "iain": ("ian",),
    "eilidh": ("helen",), "màiri": ("mairi", "mary"), "ceit": ("kate",), "calum": ("callum", "cal"),
    "dòmhnall": ("donald", "donnie"), "seumas": ("hamish", "james"), "alasdair": ("alastair", "ally", "sandy"),
    # Ukrainian and Russian (with the spellings agencies use for the same name)
    "oleksandr": ("olexandr", "oleksander", "aleksandr", "alexandr", "alexander", "sasha", "sashko", "sashka", "sanya",
                  "shura", "sashenka", "shurik", "sanyok"),
    "oleksandra": ("olexandra", "aleksandra", "alexandra", "sasha", "sashenka"),
    "dmytro": ("dmitro", "dmitri", "dmitry", "dmitriy", "dmitrij", "dima", "dimka", "dmytryk", "dimon"),
    "oksana": ("oxana", "oksanka", "oksanochka", "ksiusha"), "mykola": ("nikolai", "nikolay", "kolya", "mykolka"),
    "volodymyr": ("vladimir", "volodya", "vova", "vlad"), "yevhen": ("evgeny", "yevgeny", "zhenya"),
    "serhii": ("serhiy", "sergei", "sergey", "serhiyko", "seryozha"), "andrii": ("andriy", "andrey", "andrei", "andriyko"),
    "kateryna": ("ekaterina", "yekaterina", "jekaterina", "katerina", "katya", "katia", "katyusha", "katenka"),
    "olga": ("olha", "olya", "olenka", "olechka", "olyusha"), "nataliia": ("natalia", "natalya", "natasha"),
    "olena": ("elena", "lena", "olenka"), "iryna": ("irina", "ira", "irynka"), "tetiana": ("tetyana", "tatiana", "tanya"),
    "yuliia": ("yulia", "yuliya", "yulya"), "mariia": ("mariya", "maria", "masha"), "anastasiia": ("anastasia", "nastya"),
    "viktoriia": ("viktoria", "victoria", "vika"), "svitlana": ("svetlana", "sveta"), "liudmyla": ("lyudmila", "luda", "lyuda", "lyudochka", "mila"),
    "halyna": ("galina", "halya", "galya"), "ivan": ("vanya", "ivanko", "vanko", "vanyo"), "mykhailo": ("mikhail", "misha"),
    "maksym": ("maxim", "maksim", "maks", "max"), "bohdan": ("bogdan", "bodya"), "taras": ("tarasyk",),
    "yurii": ("yuriy", "yuri", "yura"), "petro": ("pyotr", "petia", "petya"), "pavlo": ("pavel", "pasha"),
    # Arabic (spellings vary by agency: Mohammed / Muhammad / Mohamad) and Somali
    "mohammed": ("muhammad", "mohamed", "mohamad", "mohammad", "muhammed", "mohammad", "hamoudi", "hamoud", "hammoudi",
                 "hamada", "mido", "moe", "mo"),
    "ahmed": ("ahmad", "hamada", "hamdi"), "abdullah": ("abdallah", "aboudi", "abboud", "abdo"),
    "abdulrahman": ("abdul rahman", "abdelrahman", "abd al-rahman", "abood", "aboudi", "abdo"),
    "abdulkarim": ("abdul karim", "karim"), "youssef": ("yousef", "yusuf", "yousif", "yousuf", "youssif", "joe"),
    "ibrahim": ("ebrahim", "brahim", "ibo", "hima"), "mustafa": ("mostafa", "moustafa", "mostapha"),
    "fatima": ("fatma", "fatimah", "fatouma", "fati", "toumi"), "khadija": ("khadeeja", "khadijah", "dija"),
    "aisha": ("ayesha", "aysha", "aicha"), "nour": ("noor", "nur"), "hussein": ("hussain", "husain", "hassouna"),
    "ismail": ("ismael", "esmail"), "maryam": ("mariam", "meryem"), "zainab": ("zaynab", "zeinab", "zizi"),
    # Portuguese and Spanish
    "jose": ("ze", "zezinho", "pepe"), "joao": ("joaozinho", "jota"), "francisco": ("chico", "paco", "kiko"),
    "antonio": ("toninho", "tonho", "toni"), "eduardo": ("dudu", "edu"), "luis": ("lula", "luisinho"),
    "guilherme": ("gui",), "fernanda": ("nanda", "fe"), "gabriela": ("gabi",), "beatriz": ("bia", "bea"),
    "isabela": ("bela", "isa"), "manuela": ("manu",), "rafael": ("rafa",), "vitoria": ("vivi",),
    # Bulgarian (as agencies transliterate them: Hristo/Khristo/Christo, Tsvetelina/Cvetelina)
    "tsvetelina": ("tsveti", "tsvete", "cveti", "cvete", "tsvetka", "cvetelina"), "yordan": ("dancho", "yordancho", "jordan"),
    "hristo": ("itso", "ico", "itzo", "christo", "khristo", "hriso"), "anelia": ("ani", "anche", "anelija"),
    "mariya": ("mimi", "mimche", "mara", "maria"), "georgi": ("gosho", "gogo", "georgy"), "dimitar": ("mitko", "mitaka"),
    "desislava": ("desi",), "stoyan": ("stoyancho", "stoyo"), "nikolay": ("niki", "kolyo"), "snezhana": ("sneji", "snezha"),
    # Welsh pet forms
    "tomos": ("twm", "tomi"), "catrin": ("cat", "cati"), "gethin": ("geth",), "rhodri": ("rhods",), "owain": ("ows",),
    "ieuan": ("ianto",), "elin": ("el", "els"), "gwilym": ("gwil",), "hywel": ("hyw",),
    # Cantonese English-name habits and Chinese given names
    "wing": ("ah wing",), "ming": ("ah ming",),
}  # fmt: skip

# Words that are never a person's name in a case review, even capitalised: roles, kin, agencies, months, days.
# Kinship words used as names (Nain, Babcia, Abbu), platforms, and form labels ("Age:") are never a person's name.
# Respect for a pilgrim or a religious teacher, used alone as a form of address or as a title ("Haja Mariama").
HONORIFICS = ("hajja", "hajji", "haji", "hadja", "hajjah", "alhaji", "alhaja", "haja", "sheikh", "shaykh", "ustaz",
              "ustadh", "ustadha")
KINSHIP_WORDS = ["nain", "taid", "mamgu", "tadcu", "dadcu", "bampi", "mam", "mammy", "granny", "grandda",
                 "nanny", "nani", "dadi", "dada", "abbu", "ammi", "ammi-jaan", "babcia", "dziadek", "tata",
                 "mama", "wujek", "ciocia", "babka", "mamusia", "tatuś", "tatus", "dziadzio", "babunia", "teta",
                 "aunty", "baba", "mamá", "papa", "mamo", "tato", "mami", "mamãe", "mãe", "pai", "papai", "vovó",
                 "vovô", "avó", "avô", "tia", "tio", "mana", "mano", "ngin", "yeye", "mummy", "umma", "ummi", "ammo",
                 "khalto", "jiddo", "amma", "appa", "abba", "ammu", "nanu", "dadu", "nanima",
                 # mother, father, grandmother in more of the families' languages: Shona, Somali, Korean, Portuguese,
                 # French, Turkish, Italian, Arabic (never "Anne", a name too); Hungarian, Latvian, Greek, Cantonese,
                 # Russian, German, Spanish
                 "mhamha", "amai", "hooyo", "aabo", "ayeeyo", "eomma", "halmeoni", "mamã", "maman", "anneanne",
                 "babaanne", "mamma", "yumma", "anyu", "apu", "anyukám", "apuci", "nagymama", "nagyi", "mamika",
                 "tētis", "tēt", "vecmāmiņa", "omīte", "yiayia", "giagia", "pappou", "papou", "pappous", "nouna",
                 "nounos", "thia", "theia", "mamaka", "babakas", "babushka", "babulya", "dedushka", "mutti", "oma", "opa",
                 "abuela", "abuelo", "abuelita", "mamita", "papito", "bhua", "bhuaji", "ammachi", "appachan",
                 "chachan", "chechi", "chettan", "nonna", "nonno", "zia", "zio", *HONORIFICS]  # fmt: skip
NOT_NAME_LABELS = ["snapchat", "instagram", "tiktok", "facebook", "whatsapp", "twitter", "youtube", "telegram", "line",
                   "kakaotalk", "wechat", "viber", "messenger", "discord",
                   "discord", "roblox", "fortnite", "xbox", "playstation", "age", "sex", "gender", "ethnicity",
                   "religion", "language", "address", "postcode", "dob", "tel", "mob", "mobile", "email", "e-mail",
                   "occupation", "allergies", "weight", "height", "admitted", "discharged"]  # fmt: skip
ETHNICITY_WORDS = ["caribbean", "romani", "romany", "romanes", "indian", "pakistani", "bangladeshi", "sylheti", "chinese", "kurdish", "somali", "nigerian",
                   "ghanaian", "eritrean", "ethiopian", "sudanese", "afghan", "syrian", "iraqi", "iranian", "turkish",
                   "bulgarian", "portuguese", "slovak", "czech", "latvian", "ukrainian", "russian", "albanian",
                   "vietnamese", "filipino", "sikh", "hindu", "muslim", "catholic", "gypsy", "roma",
                   "traveller", "travellers", "european", "arab", "jamaican", "zimbabwean", "congolese", "yoruba",
                   "igbo", "gaelic", "kashmiri", "punjabi", "gujarati", "urdu", "bengali", "tamil", "heritage"]  # fmt: skip
# Welsh function words and verbs that open sentences in bilingual records ("Dywedodd hi...", "Mae hi'n...").
WELSH_WORDS = ["mae", "mae'n", "roedd", "roedd hi", "dywedodd", "meddai", "ond", "wedi", "bod", "gyda", "dros",
               "hefyd", "dim", "ddim", "nid", "nad", "oedd", "fydd", "bydd", "cafodd", "aeth", "daeth", "gwnaeth",
               "ydy", "ydw", "oes", "gan", "heb", "rhaid", "eisiau", "isio", "plis", "diolch", "cofnod", "lles",
               "hi'n", "fe", "fo", "hefo", "efo", "ac", "neu", "pan", "wrth", "yma", "yno", "heddiw", "ddoe",
               "bore", "prynhawn", "noson", "nos", "wythnos", "mis", "blwyddyn", "ysgol", "athro", "athrawes"]  # fmt: skip
# Scottish Gaelic function words and sign-offs ("Seo beagan mu...", "Le deagh dhùrachd").
GAELIC_WORDS = ["seo", "sin", "tha", "bha", "nach", "thig", "dhachaigh", "deagh", "dhùrachd", "dùrachd",
                "tapadh", "leibh", "leat", "madainn", "mhath", "feasgar", "oidhche", "charaid", "beagan", "gu",
                "dùrachdach", "slàn", "mu", "ach", "cha", "bidh"]  # not "chan": a common Chinese surname  # fmt: skip
NEVER_NAMES = {fold(w) for w in KINSHIP_WORDS} | set(KINSHIP_WORDS + NOT_NAME_LABELS + ETHNICITY_WORDS + WELSH_WORDS + GAELIC_WORDS) | set(
    ["mother", "father", "mum", "dad", "mummy", "daddy", "child", "baby", "infant", "sibling", "siblings", "brother", "sister", "son", "daughter", "partner", "grandmother", "grandfather", "nan", "nana", "nanna", "grandma", "grandpa", "grandad", "aunt", "auntie", "uncle", "cousin", "stepfather", "stepmother", "boyfriend", "girlfriend", "husband", "wife", "ex", "neighbour", "neighbours", "friend", "family", "adult", "professional", "practitioner", "police", "officer", "constable", "sergeant", "inspector", "detective", "health", "visitor", "nurse", "midwife", "doctor", "gp", "consultant", "paediatrician", "registrar", "social", "worker", "manager", "team", "teacher", "head", "headteacher", "school", "nursery", "hospital", "council", "agency", "board", "partnership", "panel", "review", "reviewer", "chair", "service", "services", "department", "unit", "court", "judge", "magistrate", "january", "february", "march", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "spring", "winter", "christmas", "easter", "mr", "mrs", "ms", "miss", "mx", "dr", "pc", "dc", "ds", "di", "dci", "sgt", "pcso", "nhs", "gp", "ed", "ae", "dv", "da", "cp", "cin", "lac", "dash", "marac", "mash", "strategy", "section", "north", "south", "east", "west", "central", "university", "royal", "general", "community", "primary", "secondary", "infant", "junior", "high", "street", "road", "lane", "avenue", "close", "drive", "court", "way", "place", "house", "flat", "estate", "centre", "center", "english", "welsh", "polish", "irish", "scottish", "british", "romanian", "lithuanian", "african", "asian"]
)

TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "PC", "DC", "DS", "DI", "DCI", "DSupt", "Sgt", "PCSO", "PS",
          "Insp", "Insp.", "Supt", "Ch Insp", "DSgt", "CI", "Const", "Const.", "Constable",
          "HV", "SW", "TM", "CNN", "SN", "FSW", "DSL", "SENCO", "IRO", "SSW", "ASW", "CPN", "RMN", "RGN", "RN", "OT",
          "Cllr", "Rev", "Revd", "Fr", "Sister", "Nurse", "Sr", "Pani", "Pan", "Mrs.", "Mr.", "Ms.", "Dr.", "ECA", "EMT",
          "HCA", "ANP", "ENP", "SHO", "SpR", "CSW", "Paramedic", "FF", "CM", "WM",  # fire: firefighter, crew/watch manager
          # faith leaders, as records write them before a name
          "Pastor", "Pst", "Pst.", "Imam", "Sheikh", "Shaykh", "Ustadh", "Ustaz", "Maulana", "Mufti", "Hafiz", "Deaconess",
          "Prophet", "Prophetess", "Evangelist", "Apostle", "Rabbi")  # fmt: skip
TITLE_KEYS = frozenset(t.rstrip(".") for t in TITLES)  # "Mr." and "Mr" alike
PERSONAL_TITLES = frozenset(["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "PC", "DC", "DS", "DI", "DCI", "Sgt", "Insp", "Supt",
                             "PCSO", "PS", "Cllr", "Rev", "Revd", "Fr", "Pani", "Pan", "Const", "Constable"])  # before a surname: a person, never a place
SURNAME_PARTICLES = ("o'", "mc", "mac", "ó", "o", "ní", "ni", "nic", "mhic", "van", "von", "de", "da", "di", "du",
                     "le", "la", "ap", "ab", "bin", "binti", "al", "el", "ben", "bint", "ter", "ten", "dos", "das", "del",
                     "della", "der", "den")  # fmt: skip


FIRST_NAME_LISTS = ("first_names", "first_names_female", "first_names_male", "first_names_nonbinary")
LAST_NAME_LISTS = ("last_names", "last_names_female", "last_names_male", "male_last_names", "unisex_last_names",
                   "female_last_names")  # fmt: skip


def faker_person_names(locale: str, lists: tuple[str, ...]) -> list[str]:
    """The names in some of one Faker locale's person lists, in any script (none when the locale is missing)."""
    try:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    except (ImportError, AttributeError):
        return []
    out: list[str] = []
    for attr in lists:
        source = getattr(provider, attr, None)
        if source is None or isinstance(source, property):
            continue
        items = source.keys() if isinstance(source, dict) else source  # some locales weight names in a dict
        out.extend(n for n in items if isinstance(n, str))
    return out


def _faker_lists() -> tuple[set[str], set[str]]:
    first: set[str] = set()
    last: set[str] = set()
    for loc in FAKER_LOCALES:
        first.update(_latin(faker_person_names(loc, FIRST_NAME_LISTS)))
        last.update(_latin(faker_person_names(loc, LAST_NAME_LISTS)))
    # Polish adjectival surnames have a feminine form Faker does not list: Kowalski → Kowalska.
    last.update(n[:-1] + "a" for n in list(last) if n.endswith(("ski", "cki", "dzki")))
    last.update(n[:-1] + "a" for n in list(last) if n.endswith("ny") and len(n) > 5)
    return first, last


def _latin(names: list[str]) -> list[str]:
    return [n for n in names if n[:1].isalpha() and fold(n).isascii()]  # Latin script only


def _key(name: str) -> str:
    return fold(name).lower()


# Names Faker's locales lack for families UK reviews meet: Vietnamese, Ukrainian, Scottish Gaelic (no two-letter
# Vietnamese names: folded, Lê, Đỗ, Tô, Tạ would be "le", "do", "to", "ta").
VIETNAMESE_LAST = ["Nguyễn", "Trần", "Phạm", "Hoàng", "Huỳnh", "Phan", "Đặng", "Bùi",
                   "Ngô", "Dương", "Đinh", "Trương", "Lâm", "Cao", "Đoàn", "Lưu", "Trịnh", "Quách",
                   "Thái", "Chu", "Kiều", "Đào", "Vương", "Lương", "Tăng"]  # fmt: skip
VIETNAMESE_FIRST = ["Văn", "Thị", "Đức", "Ngọc", "Hữu", "Minh", "Tuấn", "Hùng", "Hoa", "Linh", "Nam", "Phong",
                    "Quang", "Thanh", "Thu", "Trang", "Dũng", "Hải", "Hương", "Hằng", "Huy", "Khánh", "Phương",
                    "Quân", "Sơn", "Thảo", "Thủy", "Trung", "Việt", "Yến", "Thắng", "Bảo", "Duy", "Hiếu"]  # fmt: skip
UKRAINIAN_LAST = ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Boiko", "Boyko", "Melnyk",
                  "Kovalchuk", "Oliinyk", "Shevchuk", "Polishchuk", "Bondar", "Tkachuk", "Marchenko", "Rudenko",
                  "Savchenko", "Lysenko", "Petrenko", "Moroz", "Hrytsenko", "Pavlenko", "Kuzmenko", "Klymenko",
                  "Ivanenko", "Sydorenko", "Honchar", "Kozak", "Romanenko", "Yakovenko"]  # fmt: skip
GAELIC_FIRST = ["Mòrag", "Eilidh", "Seonaidh", "Ruairidh", "Catrìona", "Ceit", "Màiri", "Iain", "Seumas", "Alasdair",
                "Dòmhnall", "Niall", "Ciorstaidh", "Peigi", "Sìne", "Raonaid", "Floraidh", "Oighrig", "Murchadh",
                "Tormod", "Coinneach", "Aonghas", "Ailean", "Eachann", "Uilleam", "Fionnlagh", "Lachlainn"]  # fmt: skip

# First names that are also everyday verbs ("I hope", "to mark", "Rose to 5 kg"): where a verb fits, the verb.
VERB_NAMES = frozenset({"will", "hope", "mark", "may", "rob", "sue", "pat", "bill", "grant", "chase", "drew", "frank", "wade",
                        "jack", "carol", "rose", "nick", "bob", "lance", "don", "chance", "sang"})
# Names South Asian families call children by (birth order in Nepali: Jetha, Maila, Saila, Kancha; household pet
# names in Hindi, Punjabi, Urdu and Bengali): records and messages use them as the child's name.
SOUTH_ASIAN_HOUSE_NAMES = ["Jetha", "Jethi", "Jethu", "Maila", "Maili", "Saila", "Saili", "Kaila", "Kaili", "Thaila",
                           "Thaili", "Kancha", "Kanchha", "Kanchi", "Kanchhi", "Antare", "Munna", "Munni", "Chotu",
                           "Chhotu", "Pappu", "Bablu", "Babloo", "Guddu", "Guddi", "Sonu", "Monu", "Bittu", "Golu",
                           "Tinku", "Rinku", "Chintu", "Mintu", "Pinky", "Pinki", "Bunty", "Khokon", "Khuku", "Mithu",
                           "Tuntun", "Babu", "Gudiya", "Gudia", "Chunnu", "Nannu", "Kaka", "Bholu"]  # fmt: skip


@lru_cache(maxsize=1)
def gazetteers() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, last names), folded to lower-case ASCII keys."""
    first, last = _faker_lists()
    first.update(WELSH_FIRST + IRISH_FIRST + POLISH_EXTRA_FIRST + WORD_NAMES + VIETNAMESE_FIRST + GAELIC_FIRST
                 + SOUTH_ASIAN_HOUSE_NAMES)
    last.update(WELSH_LAST + POLISH_LAST + VIETNAMESE_LAST + UKRAINIAN_LAST)
    for formal, dims in DIMINUTIVES.items():
        first.add(formal)
        first.update(dims)
    firsts = {_key(n) for n in first if len(n) > 1} - NEVER_NAMES
    lasts = {_key(n) for n in last if len(n) > 1} - NEVER_NAMES
    return frozenset(firsts), frozenset(lasts)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Common English words: among the 40,000 most frequent, less names that are not also dictionary words."""
    from english_words import get_english_words_set
    from wordfreq import top_n_list

    lower = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}

    def in_dictionary(w: str) -> bool:  # Webster's is American and lists no plurals: licence, procedures
        stems = {w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w,
                 w.replace("ence", "ense"), w.replace("our", "or"), w.replace("ise", "ize"), w.replace("tre", "ter")}
        return any(s in lower for s in stems)

    # A frequent word is ordinary if the dictionary has it in lower case (Grace, Language); Pemberton, John are not.
    return frozenset(w for w in top_n_list("en", 40_000) if w.isalpha() and in_dictionary(w))


# Languages the English CLDR names miss or that are also surnames (French, German) yet in a record name the language.
_MORE_LANGUAGES = frozenset({"twi", "ewe", "fante", "krio", "temne", "darija", "sorani", "kurmanji", "badini", "tamazight",
                             "amazigh", "berber", "mandarin", "hakka", "hokkien", "teochew", "sylheti", "mirpuri",
                             "pahari", "hindko", "patois", "creole", "pidgin", "makaton", "afaan", "french", "german",
                             "danish", "georgian", "thai", "catalan", "tatar", "turkmen", "hindi"})  # fmt: skip


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """Names of languages as keys ("oromo", "amharic", "krio"): Babel's English names of five letters or more that no
    name gazetteer lists (so not "Fang", "Luo", "Shona"), and a few more."""
    from babel import Locale

    first, last = gazetteers()
    found = {_key(n) for n in Locale("en").languages.values() if " " not in n and "-" not in n and len(n) >= 5}
    return frozenset({k for k in found if k not in first and k not in last} | _MORE_LANGUAGES)


def is_dictionary_word(token: str) -> bool:
    """True for an English dictionary word (Grace, Will), not for a kinship word of another language (Ammu, Baba)."""
    return _key(token) in _common_words()


def is_ordinary_word(token: str) -> bool:
    """True when the word is a common English word (Grace, Hope, Will, Language, Gateway)."""
    k = _key(token)
    return k in NEVER_NAMES or k in _common_words()


@lru_cache(maxsize=2)
def _top_words(n: int) -> frozenset[str]:
    """The n most frequent words of English and Polish (editions scrpress publishes in)."""
    from wordfreq import top_n_list

    return frozenset(w for lang in ("en", "pl") for w in top_n_list(lang, n))  # wordfreq has no Welsh list


def is_very_common_word(token: str) -> bool:
    """True for one of the 3,000 commonest words of English or Polish ("jak", "nowy", "will"), name or not."""
    return token.lower() in _top_words(3_000)


def is_common_word(token: str) -> bool:
    """True for an everyday word in English, Polish or Welsh, name or not ("jak", "nowy", "wen")."""
    return token.lower() in _top_words(30_000) and not is_name_word(token)


def is_name_word(token: str) -> bool:
    """True when the word is in a first-name or surname gazetteer."""
    first, last = gazetteers()
    k = _key(token)
    return k in first or k in last


def diminutive_forms(name: str) -> set[str]:
    """Pet forms of a first name and, for a pet form, its formal names (Kuba ↔ Jakub, Bill ↔ William)."""
    k = fold(name.lower())
    out: set[str] = set()
    for formal, dims in DIMINUTIVES.items():
        folded_dims = {fold(d) for d in dims}
        if fold(formal) == k:
            out.update(dims)
        elif k in folded_dims:
            out.add(formal)
            out.update(d for d in dims if fold(d) != k)  # siblings: Gosia also brings Małgosia
    out |= {pet for d in out if len(d) <= 4 and d.isascii() for pet in _y_forms(d)}  # Mike → Mikey, Mick → Mickie
    return {o for o in out if fold(o) != k}


def _y_forms(short: str) -> set[str]:
    """The -y and -ie endings English adds to a short name that ends in -e or -ck (Mike → Mikey, Mikie; Mick →
    Micky, Mickie; Jake → Jakey); never an everyday word."""
    if short.endswith("e") and len(short) >= 4:
        forms = {short + "y", short[:-1] + "ie"}
    elif short.endswith("ck"):
        forms = {short + "y", short + "ie"}
    else:
        return set()
    return {f for f in forms if not is_ordinary_word(f)}
