"""English: the words of wire copy and its rewrites.

The extractors' English forms read these tables as they are (scales as Decimal
multipliers, currency names to ISO codes); ``LEXICON`` gives the same words in the
shape every language's lexicon has.
"""

from __future__ import annotations

from decimal import Decimal

from figcheck.lang import PESOS, Lexicon
from figcheck.lang.bounds import COARSE_OF

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ],
        start=1,
    )
    for name in names
}

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "nought": 0, "naught": 0,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

#: The ordinals of the ranks below and at ten: "the twenty-first century" is a rank, "the
#: hundred and fifth anniversary" too.
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
#: The last word of "twenty-first", "thirty-fifth": a denominator after a tens word (not
#: "second": "twenty seconds" count time).
ORDINAL_ONES = {word: n for word, n in ORDINALS.items() if n < 10 and word != "second"}
#: Ordinals beyond ORDINALS that a streak counts with: "for the twelfth straight month".
STREAK_ORDINALS = {
    **ORDINALS, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20,
}  # fmt: skip
#: Words that make a count of times or periods a streak: "a fifth straight month", "five
#: consecutive months", "the sixth month in a row" (all count months in a row).
STREAK_WORDS = ("straight", "consecutive", "successive", "running")
#: What a streak counts, in the singular: "the 12th consecutive session".
STREAK_UNITS = (
    "day", "week", "month", "quarter", "year", "session", "time", "game", "match", "season",
    "meeting", "race", "round", "term", "win", "victory", "defeat", "loss", "decline",
    "rise", "increase", "cut", "hike", "drop", "gain", "fall", "title",
)  # fmt: skip
#: Adjectives of a unit of time before what a streak counts: "the seventh consecutive
#: monthly decline" counts months, as "a seventh straight month" does.
STREAK_ADJECTIVES = {
    "daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter",
    "annual": "year", "yearly": "year",
}  # fmt: skip
#: Units of time that "for a" and an ordinal make a streak without a word for it: "fell
#: for an eighth month" (not "for a second term", "for the third year of his term").
STREAK_TIME_UNITS = ("day", "week", "month", "quarter", "year", "session")
#: Words after "a third", "a fifth" that make it a rank in a series, not a share: "for a
#: third straight day", "a fourth consecutive title", "a third term", "a third party".
RANKED_AFTER = (
    "straight", "consecutive", "successive", "running", "time", "times", "term", "round",
    "wave", "party", "day", "week", "month", "year", "season", "quarter", "title", "place",
    "attempt", "bid", "game", "match", "election", "edition", "phase", "stage", "tranche",
    "dose", "booster", "child", "generation", "reading", "set", "leg", "night",
    "session", "meeting", "summit", "victory", "win", "defeat", "loss", "gold", "medal",
)  # fmt: skip
#: Fraction words and what they divide by: "two thirds", "a hundredth", "three halves".
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1000, "millionth": 10**6, "billionth": 10**9,
    "trillionth": 10**12,
}  # fmt: skip

#: Words before a number, as its sign: "minus 5", "negative 0.3".
NEGATIVE_WORDS = ("minus", "negative")
#: Words before "three quarters" that make them quarters of a year, a period ("the first
#: three quarters"), not three fourths.
QUARTERS_BEFORE = (
    "first", "last", "past", "next", "previous", "final", "opening", "latest", "recent",
    "consecutive", "straight",
)  # fmt: skip
#: After "three quarters of", the words that may stand before the year ("of the fiscal
#: year", "of this year") and the year's own names ("of fiscal 2024", "of FY2024").
YEAR_DETERMINERS = ("the", "this", "last", "that", "next", "fiscal", "financial", "calendar")
YEAR_NAMES = ("year", "fiscal", "fy")

#: Words that multiply what stands before them. Short forms follow newswire usage.
SCALES: dict[str, Decimal] = {
    "dozen": Decimal(12),
    "dozens": Decimal(12),
    "doz": Decimal(12),
    "dozs": Decimal(12),
    "dz": Decimal(12),
    "dzs": Decimal(12),
    "hundred": Decimal(100),
    "hundreds": Decimal(100),
    "thousand": Decimal(1000),
    "thousands": Decimal(1000),
    "k": Decimal(1000),
    "lakh": Decimal(100_000),
    "lakhs": Decimal(100_000),
    "lac": Decimal(100_000),
    "lacs": Decimal(100_000),
    "million": Decimal(10**6),
    "millions": Decimal(10**6),
    "mn": Decimal(10**6),
    "mln": Decimal(10**6),
    "m": Decimal(10**6),
    "crore": Decimal(10**7),
    "crores": Decimal(10**7),
    "cr": Decimal(10**7),
    # Indian copy counts large sums in crores of crores: "Rs 2.3 lakh crore" = 2.3 × 10^12.
    "thousand crore": Decimal(10**10),
    "thousand crores": Decimal(10**10),
    "lakh crore": Decimal(10**12),
    "lakh crores": Decimal(10**12),
    "billion": Decimal(10**9),
    "billions": Decimal(10**9),
    "bn": Decimal(10**9),
    "bln": Decimal(10**9),
    "mil": Decimal(10**6),
    "tln": Decimal(10**12),
    "trn": Decimal(10**12),
    "trln": Decimal(10**12),
    "b": Decimal(10**9),
    "trillion": Decimal(10**12),
    "tn": Decimal(10**12),
}
#: Scale words that are ordinary words or letters too: only read right after digits.
TIGHT_SCALES = {"k", "m", "b", "mn", "bn", "tn", "mil", "cr"}
#: The scales spelled out in full, by power of ten: what number words are built of ("three
#: hundred and two", "4 thousand 3 hundred", "two thirds of a million"). Narrower than
#: SCALES on purpose: the number patterns take no plural, short form or Indian scale there.
SPELLED_SCALES = {"hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12}
#: India's scales, by power of ten: a big scale before the words of "6 crore and two
#: hundred", and the scale a range's low end borrows ("3 to 5 lakh").
INDIAN_SCALES = {"lakh": 5, "crore": 7}
#: Another spelling of an Indian scale, which number words read ("2 lacs and fifty") but
#: a range's low end does not borrow.
INDIAN_SPELLINGS = {"lac": "lakh"}
#: Short forms of the big scales a decimal comma may stand before: "3,5 bn" is 3.5 billion.
COMMA_SCALES = ("bn", "mn")
#: Loose words before "hundred" that make it no number of its own: "several hundred
#: thousand" is a vague count (VAGUE_COUNTS), not a hundred thousand.
LOOSE_BEFORE_HUNDRED = ("several", "few", "many", "some")

#: Currency names, singular and plural, lower-cased; longest match wins.
CURRENCY_NAMES: dict[str, str] = {
    "yuan": "CNY",
    "renminbi": "CNY",
    "chinese yuan": "CNY",
    "yen": "JPY",
    "japanese yen": "JPY",
    "dollar": "USD",
    "dollars": "USD",
    "us dollar": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "u.s. dollar": "USD",
    "american dollars": "USD",
    "hong kong dollar": "HKD",
    "hong kong dollars": "HKD",
    "taiwan dollars": "TWD",
    "new taiwan dollars": "TWD",
    "singapore dollars": "SGD",
    "singapore dollar": "SGD",
    "australian dollars": "AUD",
    "australian dollar": "AUD",
    "au dollars": "AUD",
    "aus dollars": "AUD",
    "aussie dollars": "AUD",
    "canadian dollars": "CAD",
    "canadian dollar": "CAD",
    "cdn dollars": "CAD",
    "new zealand dollars": "NZD",
    "new zealand dollar": "NZD",
    "nz dollars": "NZD",
    "hk dollars": "HKD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "pound sterling": "GBP",
    "pounds sterling": "GBP",
    "british pounds": "GBP",
    "sterling": "GBP",
    "rupee": "INR",
    "rupees": "INR",
    "indian rupees": "INR",
    "won": "KRW",
    "korean won": "KRW",
    "south korean won": "KRW",
    "swiss francs": "CHF",
    "swiss franc": "CHF",
    "francs": "CHF",
    "franc": "CHF",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "lira": "TRY",
    "real": "BRL",
    "reais": "BRL",
    "rand": "ZAR",
    # the pesos of five countries, told apart by the places nearby (SIGN_PLACES)
    "peso": PESOS,
    "pesos": PESOS,
    "mexican peso": "MXN",
    "mexican pesos": "MXN",
    "philippine peso": "PHP",
    "philippine pesos": "PHP",
    "argentine peso": "ARS",
    "argentine pesos": "ARS",
    "chilean peso": "CLP",
    "chilean pesos": "CLP",
    "uruguayan peso": "UYU",
    "uruguayan pesos": "UYU",
    "dominican peso": "DOP",
    "dominican pesos": "DOP",
    "turkish lira": "TRY",
    "british pound": "GBP",
    "finnish markka": "FIM",
    "markka": "FIM",
    "peseta": "ESP",
    "pesetas": "ESP",
    "guilder": "NLG",
    "guilders": "NLG",
    "dutch guilders": "NLG",
    "bitcoin": "BTC",
    "bitcoins": "BTC",
    "baht": "THB",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "zloty": "PLN",
    "zlotys": "PLN",
    "krona": "SEK",
    "kronor": "SEK",
    "swedish kronor": "SEK",
    "swedish krona": "SEK",
    "swedish crowns": "SEK",
    "swedish crown": "SEK",
    "norwegian crowns": "NOK",
    "danish crowns": "DKK",
    "czech crowns": "CZK",
    "czech koruna": "CZK",
    "icelandic kronur": "ISK",
    "icelandic crowns": "ISK",
    # the crowns of five countries, told apart by the places nearby (SIGN_PLACES)
    "crown": "SEK|NOK|DKK|CZK|ISK",
    "crowns": "SEK|NOK|DKK|CZK|ISK",
    "krone": "NOK",
    "kroner": "NOK",
    "norwegian kroner": "NOK",
    "danish kroner": "DKK",
    "shekel": "ILS",
    "shekels": "ILS",
    "dirham": "AED",
    "dirhams": "AED",
    "riyal": "SAR",
    "riyals": "SAR",
    "naira": "NGN",
    # the currencies whose codes are English words too ("ALL", "TOP"): named, their code
    # before an amount is read as theirs (figcheck.extractors.money)
    "lek": "ALL",
    "leke": "ALL",
    "lekë": "ALL",
    "albanian lek": "ALL",
    "pa'anga": "TOP",
    "paʻanga": "TOP",
    "peruvian sol": "PEN",
    "peruvian soles": "PEN",
    "colombian peso": "COP",
    "colombian pesos": "COP",
    "cuban peso": "CUP",
    "cuban pesos": "CUP",
    "lari": "GEL",
    "georgian lari": "GEL",
    "moroccan dirham": "MAD",
    "moroccan dirhams": "MAD",
    "boliviano": "BOB",
    "bolivianos": "BOB",
    "somali shilling": "SOS",
    "somali shillings": "SOS",
    "convertible mark": "BAM",
    "convertible marks": "BAM",
    "pataca": "MOP",
    "patacas": "MOP",
    "dong": "VND",
    "cent": "USD/100",
    "cents": "USD/100",
    "pence": "GBP/100",
    "penny": "GBP/100",
}

#: Currency names that are verbs too, with the smallest sum news writes in them: below it,
#: or before "by" and a name, the word after a number is the verb ("5 won by Kenyans",
#: "the 412 won by Labour"); "4,500 won" and "3 billion won" stay sums.
VERB_CURRENCIES = {"won": 100}

#: Currency names that are ordinary words too ("the won", "real growth", "a pound of"):
#: a sum only after digits ("4,500 won", "20 pounds").
WORDY_CURRENCIES = frozenset(
    {"won", "real", "rand", "dong", "lira", "pound", "pounds", "sterling", "krone", "crown",
     "crowns"}  # fmt: skip
)
#: ... and those a number in words makes a sum too when it has a scale ("less than one
#: trillion won", "two billion rand"); "five million pounds" may be a weight.
SCALED_WORDY_CURRENCIES = WORDY_CURRENCIES - {"pound", "pounds"}
#: The names of the cents after a sum said in whole units: "3 dollars 50 cents", "2 pounds
#: 50 pence", "4 dollars 20c" (not "penny": no price is said "50 penny").
SUBUNIT_WORDS = ("cents", "cent", "pence", "c")
#: Words that put Britain in the air, so that "4.50 pounds" is sterling, not a weight, and
#: "245p" a price in pence ("£" does it too).
STERLING_WORDS = ("sterling", "gbp", "british", "britain", "uk", "u.k")
#: Words that make a "c" on the digits cents: "fares rose 40c to $3.10".
CENTS_CONTEXT = ("cent", "cents", "dollar", "dollars", "euro", "euros")
#: Words of share prices, which are quoted in pence: "shares rose to 245p".
PENCE_WORDS = ("pence", "share", "shares", "ftse")
#: Words shortly before a sum that make it a price: "paid 4.50 pounds", "a stamp costs 85p".
PAYMENT_WORDS = (
    "pay", "pays", "paid", "paying", "cost", "costs", "costing", "toll", "tolls", "fee", "fees",
    "fare", "fares", "price", "priced", "charge", "charged", "worth", "spend", "spent", "earn",
    "earned", "raised", "sum", "budget", "fine", "fined", "fines", "salary", "wage", "wages",
    "compensation", "damages", "bail",
)  # fmt: skip
#: Words after "pounds of" that make the pounds a sum ("5 million pounds of taxpayers'
#: money", "of public funding"); any other word makes them a weight ("5 million pounds of
#: beef"), and a determiner ("of the", "of its") leaves it to the rest of the sentence.
POUNDS_OF_SUMS = (
    "money", "funding", "funds", "fund", "investment", "investments", "spending", "cash",
    "savings", "debt", "debts", "revenue", "revenues", "income", "profit", "profits", "losses",
    "damage", "aid", "support", "subsidies", "subsidy", "taxes", "tax", "budget", "contracts",
    "fines", "compensation", "assets", "bonuses", "wages", "cuts", "fraud", "sales", "public",
    "taxpayers", "taxpayers'", "taxpayer", "government", "state", "lottery", "private", "new",
    "extra", "additional", "own", "value", "goods", "business", "deals", "transfer", "transfers",
)  # fmt: skip
POUNDS_OF_DETERMINERS = ("the", "a", "an", "its", "their", "his", "her", "our", "this", "that")

#: What a price is paid per after "a" or "an": "$80 a barrel", "30c a litre" (after "per"
#: or "/" any noun is: "$42 per share", "$15/hour").
PRICE_UNITS = (
    "hour", "day", "week", "month", "year", "share", "barrel", "gallon", "litre", "liter",
    "kilo", "kilogram", "pound", "ounce", "ton", "tonne", "head", "person", "night", "unit",
)  # fmt: skip
#: Words after "per" that make it no rate: "per the filing" (according to), "per cent".
NOT_PER = ("the", "a", "an", "his", "her", "their", "its", "our", "cent")
#: Words after "a year" that make it a date, not a rate: "$3 million a year ago".
DATED_AFTER = ("ago", "earlier", "later", "before", "after", "on", "from", "in")
#: Units after "sq" or "square" in a price per area: "£60 per sq ft".
SQUARED_UNITS = ("ft", "feet", "foot", "metre", "metres", "meter", "meters", "mile", "miles")

#: Nouns that name a sum of money: "a 5 m budget" is five million, not five metres (an
#: article, a bare "m" and one singular noun read as metres otherwise: "a 10 m wall").
MONEY_NOUNS = frozenset(
    "budget fund deal contract loan grant bonus salary wage fine deficit surplus bailout "
    "package investment settlement payout award prize fee debt bill profit revenue "
    "turnover subsidy donation bid offer takeover acquisition valuation pension stipend "
    "tax levy refund rebate windfall dividend payment transfer sale purchase".split()
)

#: Words after a distance that name a race or a pool, so that "the 400m hurdles" and "a
#: 50m pool" are metres, not 400 million hurdles.
RACE_WORDS = frozenset(
    "hurdles freestyle backstroke breaststroke butterfly medley relay relays sprint dash "
    "steeplechase race races final finals heat heats pool pools track swim".split()
)

#: Verbs of a body or thing moving through space: "he fell 5 m", "she swam 50 m in the
#: pool" measure metres, where "5 m" alone is five million (not those that figures do
#: too: "ratings sank 2 m", "sales climbed 5 m").
MOTION_VERBS = frozenset(
    "ran run runs running swam swim swims swimming walked walk walks jumped jump jumps "
    "leapt leaped dived dove dive fell fall falls falling sprinted sprint threw throw "
    "thrown hurled drilled dug crawled".split()
)

#: Verbs of a level or a thing going up or down, which figures do too ("the river rose
#: 1.5m", "sales rose 1.5m"): they measure metres only after a MEASURED_SUBJECTS word.
LEVEL_VERBS = frozenset(
    "rose rise rises rising risen fell fall falls falling dropped drop drops dropping sank "
    "sink sinks sinking climbed climb climbs receded recede swelled surged peaked reached "
    "plunged plummeted jumped leapt leaped slid".split()
)
#: Verbs of a change, which with a figure after them give the change, then "to" and the
#: level it reached: "rose 0.4% to 7.6%" is no range from 0.4% to 7.6% (LEVEL_VERBS too).
CHANGE_VERBS = LEVEL_VERBS | frozenset(
    "gained gain gains lost lose loses declined decline declines increased increase "
    "increases decreased decrease decreases grew grow grows shrank shrink shrinks soared "
    "tumbled eased ease eases slipped slip slips advanced advance advances retreated up "
    "down "
    # (and those that change something: "raised its rate by 25 basis points to 3.75%")
    "raised raises lowered lowers cut cuts reduced reduces hiked hikes trimmed trims "
    "slashed boosted".split()
)
#: Who or what moves or rises by a length: right before a verb of LEVEL_VERBS or
#: MOTION_VERBS, they make an "m" on the digits metres ("the river rose 1.5m", "he jumped
#: 2.4m"), where "sales jumped 2.4m" and "unemployment rose 1.5m" count millions.
MEASURED_SUBJECTS = frozenset(
    "he she water waters floodwater floodwaters flood floods river rivers sea seas tide tides "
    "lake reservoir wave waves surge snow ice glacier lava ground land level levels car "
    "vehicle bus lorry truck train plane aircraft jet helicopter boat ship climber worker "
    "man woman boy girl child athlete jumper diver swimmer runner".split()
)
#: Nouns of a length or of what is measured by one: before "of", "is" or "to" and a number
#: with an "m" they make it metres ("a height of 48m", "its span is 120m", "waves of up to
#: 3m", "visibility fell to 50m"), where "a budget of 48m" stays millions.
LENGTH_NOUNS = frozenset(
    "height length width depth span outreach diameter radius distance wingspan altitude "
    "elevation thickness breadth circumference visibility waves wave swell snow snowfall "
    "drifts".split()
)
#: Helpers that may stand between such a subject and its verb ("sea levels could rise 1m").
SUBJECT_HELPERS = frozenset(
    "could would will may might can had has have was were is are also".split()
)

#: Words after a number that make it a time of day, not a figure: "at 2 pm", "9.15 a.m.",
#: "10.30 GMT" (an hour and its minutes only: "2 GMT" is no time).
CLOCK_HALVES = ("am", "pm", "a.m.", "p.m.", "a.m", "p.m", "o'clock", "o’clock", "noon")
CLOCK_ZONES = (
    "gmt", "utc", "bst", "cet", "cest", "eet", "est", "edt", "cst", "cdt", "mst", "mdt", "pst",
    "pdt", "ist", "jst", "kst", "aest", "local time",
)  # fmt: skip
#: Words after "at 10.30" that make it a time of day ("at 10.30 on Monday", "at 10.30
#: tomorrow"); alone it may be a price ("the index closed at 10.30").
CLOCK_DAYS = (
    "today", "tomorrow", "tonight", "yesterday", "this morning", "this afternoon",
    "this evening", "in the morning", "in the afternoon", "in the evening", "at night",
    "every day", "each day", "daily", *(f"on {day}" for day in WEEKDAYS), *WEEKDAYS,
)  # fmt: skip
#: Words of a market shortly before "at 1.08 on Friday", which make it a price even before a
#: day word ("the euro was at 1.08 on Friday", "shares closed at 10.30 on Monday").
PRICE_WORDS = (
    "was", "were", "is", "stood", "closed", "opened", "traded", "trading", "ended", "finished",
    "fell", "rose", "dropped", "climbed", "slipped", "gained", "peaked", "price", "priced",
    "rate", "index", "shares", "stock", "euro", "dollar", "pound", "sterling", "yen", "yuan",
    "crude", "oil", "gold", "yield", "bitcoin", "valued", "quoted", "fixed",
)  # fmt: skip

#: A score's or a vote's words: the verbs a few words before a tally ("approved the plan
#: 9-2", "beat Leverkusen 3-1"), the words right before it ("was 11-1", "a 6-3 ruling"),
#: the nouns right after it ("a 6-3 ruling"), and the words that open the next phrase
#: after it ("3-1 on Saturday").
TALLY_VERBS = (
    "voted", "vote", "votes", "won", "win", "wins", "beat", "beats", "lost", "loses", "drew",
    "ruled", "led", "leads", "trailed", "trails", "edged", "defeated", "approved", "backed",
    "passed", "rejected", "adopted", "endorsed", "upheld",
)  # fmt: skip
TALLY_BEFORE = ("was", "were", "a", "an")
TALLY_NOUNS = (
    "in favour", "in favor", "win", "victory", "defeat", "loss", "draw", "vote", "votes",
    "decision", "ruling", "majority", "verdict", "scoreline",
)  # fmt: skip
TALLY_AFTER = (
    "against", "home", "away", "on", "at", "after", "with", "over", "to", "before", "in",
)  # fmt: skip

#: Words after "15 dollars 50" that count nothing, so that the 50 are its cents said
#: without their name ("15 dollars 50 each", "2 pounds 50 more"); a noun after the 50
#: counts ("5 dollars 20 people").
CENTS_BEFORE = ("each", "apiece", "more", "extra", "per", "a", "an", "for", "only", "plus")

#: Words near a "¥" that tell China's yuan from Japan's yen.
YUAN_CONTEXT = ("yuan", "renminbi", "rmb", "china", "chinese", "beijing", "shanghai", "cny")
YEN_CONTEXT = ("yen", "japan", "japanese", "tokyo", "osaka", "jpy")
#: Places near a sign that several countries write, which tell whose it is: "Sh2 million"
#: in copy about Nairobi is Kenya's shilling, about Kampala Uganda's.
SIGN_PLACES = {
    "SEK": ("sweden", "swedish", "swedes", "stockholm", "gothenburg", "riksbank"),
    "NOK": ("norway", "norwegian", "norwegians", "oslo", "bergen", "norges bank"),
    "DKK": ("denmark", "danish", "danes", "copenhagen", "aarhus"),
    "CZK": ("czech", "czechia", "czechs", "prague", "brno"),
    "ISK": ("iceland", "icelandic", "icelanders", "reykjavik"),
    "KES": ("kenya", "kenyan", "kenyans", "nairobi", "mombasa", "kisumu"),
    "TZS": ("tanzania", "tanzanian", "tanzanians", "dar es salaam", "dodoma", "zanzibar"),
    "UGX": ("uganda", "ugandan", "ugandans", "kampala", "entebbe"),
    # (in the languages that say "pesos": counted as parts of words, "argentin" is
    # Argentina, argentine, argentino, Argentinien)
    "MXN": ("mexic", "méxic", "mexique", "mexik", "banxico", "monterrey", "guadalajara",
            "墨西哥", "メキシコ"),
    "PHP": ("philippin", "filipin", "filipino", "manila", "manille", "cebu", "davao", "luzon",
            "菲律宾", "菲律賓", "马尼拉", "馬尼拉", "フィリピン", "マニラ"),
    "ARS": ("argentin", "buenos aires", "阿根廷", "アルゼンチン"),
    "CLP": ("chile", "chilien", "santiago de chile", "智利", "チリ"),
    "COP": ("colombia", "colombie", "kolumbien", "bogot", "medell", "哥伦比亚", "哥倫比亞",
            "コロンビア"),
}
#: Words that make an "N" glued to an amount Nigeria's naira: "N5bn" (not "N95 masks").
NAIRA_CONTEXT = ("naira", "nigeria", "nigerian", "lagos", "abuja", "ngn")

#: Qualifier words, lower-cased, and their fine meaning (figcheck.lang.bounds): what each
#: states about the true figure, the bound itself included or not.
BOUNDS: dict[str, str] = {
    # The figure, stressed as small or as all there is.
    "only": "exact",
    "just": "exact",
    "merely": "exact",
    "a mere": "exact",
    "exactly": "exact",
    "precisely": "exact",
    # Either side of the figure.
    "about": "approx",
    "around": "approx",
    "roughly": "approx",
    "approximately": "approx",
    "some": "approx",
    "an estimated": "approx",
    "circa": "approx",
    # Close to the figure, from below or from above.
    "nearly": "approx-below",
    "almost": "approx-below",
    "close to": "approx-below",
    "just under": "approx-below",
    "not quite": "approx-below",
    "barely": "approx-below",
    "just over": "approx-above",
    "a little over": "approx-above",
    "slightly more than": "approx-above",
    "just above": "approx-above",
    # Above the figure, the figure itself excluded or included.
    "more than": "lower-strict",
    "over": "lower-strict",
    "above": "lower-strict",
    "well over": "lower-strict",
    "in excess of": "lower-strict",
    "north of": "lower-strict",
    "upwards of": "lower-strict",
    "exceeding": "lower-strict",
    "at least": "lower-inclusive",
    "no less than": "lower-inclusive",
    "no fewer than": "lower-inclusive",
    "a minimum of": "lower-inclusive",
    "as little as": "lower-inclusive",
    "as few as": "lower-inclusive",
    "as low as": "lower-inclusive",
    # Below the figure, the figure itself excluded or included.
    "less than": "upper-strict",
    "fewer than": "upper-strict",
    "under": "upper-strict",
    "below": "upper-strict",
    "well under": "upper-strict",
    "up to": "upper-inclusive",
    "as much as": "upper-inclusive",
    "as many as": "upper-inclusive",
    "as high as": "upper-inclusive",
    "at most": "upper-inclusive",
    "no more than": "upper-inclusive",
    "a maximum of": "upper-inclusive",
}

#: Words after a comma that open an amount's conversion: "€5 million, or $5.4 million",
#: "¥900, i.e. $6", "£2 billion, worth $2.5 billion".
CONVERSION_LINKS = ("or", "i.e.", "equivalent to", "worth")
#: Qualifiers that may open an amount's conversion ("45 billion yen (about $290 million)",
#: "€5 million, or nearly $6 million"): narrower than BOUNDS, as a gap that took "only" or
#: "at least" would join amounts that are no conversion of each other.
CONVERSION_QUALIFIERS = (
    "about", "around", "roughly", "some", "approximately", "nearly", "almost", "close to",
    "over", "more than", "less than", "under", "up to", "just under", "just over",
)  # fmt: skip
#: Qualifiers between a verb or a length noun and the number of an "m" ("fell about 5 m",
#: "a height of nearly 48m"): the few that such sentences use, narrower than BOUNDS.
LENGTH_QUALIFIERS = (
    "about", "nearly", "almost", "some", "over", "more than", "just", "around", "roughly",
)  # fmt: skip
#: Words that join a length noun to its number: "a height of", "its span is", "visibility
#: fell to", "waves of up to" (figcheck.extractors.quantity).
LENGTH_JOINERS = (
    "of", "is", "was", "were", "fell", "rose", "dropped", "reached", "reaches", "at", "to",
)  # fmt: skip
#: After such a noun, "up to" may bound the length too: "waves of up to 3m".
LENGTH_NOUN_QUALIFIERS = ("up to", *LENGTH_QUALIFIERS)

#: Qualifier words, normalized, and what they do to the figure after them (the coarse
#: meaning of each word's fine one): "exact" narrows (only, just), "approx" widens both
#: ways, "lower"/"upper" bound one side.
QUALIFIERS: dict[str, str] = {word: COARSE_OF[fine] for word, fine in BOUNDS.items()}

#: Qualifiers that, before "the", compare with the thing the figure belongs to instead
#: of bounding it: "far above the 2% target" is a target of 2% (inflation is above it),
#: "more than the 1,200 expected", "a report about the 300 jobs". ("only the eight" and
#: "up to the 5% cap" still qualify the figure.)
COMPARED_BEFORE_THE = frozenset({
    "above", "over", "below", "under", "more than", "less than", "fewer than", "exceeding",
    "well over", "well under", "just above", "just over", "just under", "north of",
    "in excess of", "slightly more than", "a little over", "about",
})  # fmt: skip

#: Qualifiers written after a figure, as the qualifier before it that says the same:
#: "5,000 or more" is "at least 5,000", "7,000-plus" too, "20,000 or so" "about 20,000";
#: "aged 40 or older" is at least 40.
QUALIFIERS_AFTER = {
    "or more": "at least", "or so": "about", "or fewer": "at most", "or less": "at most",
    "or older": "at least", "or over": "at least", "or younger": "at most",
    "or under": "at most", "-plus": "at least", "-odd": "about", "+": "at least",
}  # fmt: skip

#: Vague counts (figcheck.extractors.count) and the order of magnitude each suggests:
#: "thousands of applicants" is of order 10^3; None for "many" (no order at all).
VAGUE_COUNTS: dict[str, int | None] = {
    "tens of thousands": 4,
    "hundreds of thousands": 5,
    "tens of millions": 7,
    "hundreds of millions": 8,
    "thousands": 3,
    "hundreds": 2,
    "dozens": 1,
    "scores": 1,
    "millions": 6,
    "billions": 9,
    "many": None,
    "numerous": None,
    "several": 0,
    "a few": 0,
    # a loose word before a scale: of that order, "several hundred people" (not 100 people)
    "several hundred thousand": 5,
    "a few hundred thousand": 5,
    "several hundred": 2,
    "several thousand": 3,
    "several million": 6,
    "a few hundred": 2,
    "a few thousand": 3,
    "a few million": 6,
    "several billion": 9,
    "a few billion": 9,
    "a few dozen": 1,
    "several dozen": 1,
    "a couple": 0,
    "a handful": 0,
    "a couple of dozen": 1,
    "a couple of hundred": 2,
    "a couple hundred": 2,
    "a couple of thousand": 3,
    "a couple thousand": 3,
}
#: Loose words among them: they count people only ("several days", "a handful of towns").
LOOSE_VAGUE = ("many", "numerous", "several", "a few", "a couple", "a handful")
#: Words that are vague counts only before "of": "a couple of guests", "scores of homes";
#: "the couple have", "test scores were" count nothing.
VAGUE_BEFORE_OF = frozenset({"a couple", "a handful", "scores"})


#: Words that make a count a developing toll (figcheck.rules.update): the dead, the hurt,
#: the missing, the sick, the arrested.
TOLL_WORDS = (
    "dead", "died", "die", "killed", "killing", "kills", "deaths", "death toll", "toll",
    "fatalities", "lives", "bodies", "injured", "injuring", "wounded", "hurt", "injuries",
    "missing", "unaccounted", "cases", "infections", "infected", "hospitalised",
    "hospitalized", "arrests", "arrested", "detained", "victims", "casualties",
)  # fmt: skip

#: The percent sign spelled out, its space optional ("5 per cent", "5 percent"); the
#: abbreviations ("pct", "pc", "p.c.") stand in figcheck.extractors.percent's sign.
PERCENT_WORDS = ("per cent", "percent")
#: What joins the ends of a range of percentages in words: "10% to 12%" (narrower than
#: RANGE_WORDS, as the percent finder has read them).
PERCENT_RANGE_WORDS = ("to",)
#: Nouns that make bare "points" percentage points nearby: "the rate rose 2 points", "its
#: share fell 3 points"; and the stems of such words ("yield", "yields", "yielding").
POINTS_NOUNS = ("rate", "share")
POINTS_STEMS = ("yield",)
#: Fractions of a point said in words, as a rate's move is ("a quarter of a percentage
#: point", "half a point", "a quarter-point hike"), and their value.
POINT_FRACTIONS = {
    "a quarter": "0.25", "one quarter": "0.25", "quarter": "0.25",
    "a half": "0.5", "one half": "0.5", "half": "0.5",
    "three quarters": "0.75", "three quarter": "0.75",
}  # fmt: skip

#: Words that join a range's ends ("5 to 10 km", "6 through 9 metres"), and the pair that
#: holds one between them ("between 5 and 10 km").
RANGE_WORDS = ("to", "through")
RANGE_BETWEEN = ("between", "and")
#: Words after a length that make it the size of a thing: "5 m deep", "2 in thick",
#: "3 km away", "1.2 m in diameter".
SIZE_WORDS = (
    "thick", "long", "wide", "tall", "high", "deep", "across", "in diameter", "away", "above",
    "below",
)  # fmt: skip

#: Words that join two figures of a series ("from 85% in May to 86%", "22% in 2023 and 9%"):
#: a date just before such a word is the first figure's, not the second's.
JOINING_WORDS = ("and", "to", "or", "through", "then", "versus", "vs")

#: Verbs in the past tense that do not end in "-ed", and the past auxiliaries: "the plant
#: opened in 2025" is told as done, so in an article of 2024 its date cannot be right.
PAST_WORDS = frozenset(
    "was were had did began begun rose fell grew took won lost held met made paid sold "
    "spent built broke came went gave got left led ran saw shut told wrote became "
    "brought bought caught fought sought taught thought struck stood".split()
)
#: Words that make a later date no slip in a past-tense sentence: the future, plans,
#: forecasts and the infinitive ("was expected to open in 2025", "is due in 2025").
NOT_PAST_WORDS = frozenset(
    "will would shall should could may might must can be is are am to due expected "
    "scheduled planned projected forecast forecasted estimated predicted anticipated "
    "proposed intended targeted slated earmarked budgeted aimed set plans plan aims hopes "
    "intends expects next upcoming likely if unless".split()
)
#: Prepositions that put a date as a target, not as the time of the verb ("postponed to
#: 2025", "scheduled for 2025").
TARGET_WORDS = frozenset("to for until till by before after from through into".split())
#: Nouns after a year that make it the year a plan aims at, not one an event happened in:
#: "raised its fiscal 2029 revenue target", "cut its 2026 growth forecast".
PLAN_NOUNS = frozenset(
    "target targets goal goals forecast forecasts outlook guidance plan plans budget budgets "
    "deadline projection projections estimate estimates ambition ambitions".split()
)
#: Nouns that make a four-digit number from 1900 to 2100 before them a year, not a count:
#: "scraps 2030 games", "the 2024 elections", "its 2026 budget" (but "2030 employees",
#: "1999 votes"). Events, plans and accounts are named by their year; people and things
#: are counted.
YEAR_NOUNS = frozenset(
    "games olympics olympic paralympics paralympic election elections midterms primaries "
    "referendum budget plan census cup championship championships tournament season expo "
    "summit festival marathon edition final finals".split()
)
#: What a winning margin is counted in: after "by" a number before them is a margin, not
#: a deadline year ("won by 1999 votes", "lost by 2010 runs"; but "by 2030 emissions fall").
MARGIN_NOUNS = frozenset(
    "votes vote seats points runs goals wickets strokes shots lengths ballots delegates "
    "electors".split()
)
#: Nouns that make "a May-December ..." an idiom (an age gap), not a period of months.
MONTH_PAIR_IDIOM_NOUNS = frozenset("romance relationship marriage affair couple love union".split())


#: Ratios (figcheck.extractors.ratio). Words that multiply when a comparison follows:
#: "twice as many", "double the cost" (not "twice a year", "a double room").
MULTIPLIER_WORDS = {
    "twice": "2", "thrice": "3", "double": "2", "triple": "3", "treble": "3", "quadruple": "4",
}  # fmt: skip
#: How many times the adverbs of "twice a month" say: a rate's count (figcheck.extractors.
#: quantity), where MULTIPLIER_WORDS reads "twice as many" as a ratio.
HOW_MANY_TIMES = {"once": 1, "twice": 2, "thrice": 3}
#: Adverbs among them: never a ratio on a helper alone ("more than twice" is a count of times).
MULTIPLIER_ADVERBS = ("twice", "thrice")
#: Verb forms are multipliers wherever they stand: "profits doubled", "halving the cost".
MULTIPLIER_VERBS = {
    "doubled": "2", "doubling": "2", "tripled": "3", "tripling": "3", "trebled": "3",
    "trebling": "3", "quadrupled": "4", "quadrupling": "4", "halved": "0.5", "halving": "0.5",
}  # fmt: skip
#: What follows a multiplier word when it compares: "twice as many", "three times the cost".
COMPARE_WORDS = (
    "as", "the", "that", "those", "what", "its", "their", "his", "her", "our", "this", "these",
    "more", "less", "fewer", "higher", "lower", "larger", "smaller", "bigger", "greater",
    "faster", "slower", "longer", "shorter", "over", "above", "stronger", "wider", "heavier",
    "richer", "cheaper", "dearer", "likelier", "worse", "better",
)  # fmt: skip
#: Compare words after "N times" that divide by N: "three times less power" is a third.
LESS_WORDS = ("less", "fewer", "smaller", "lower", "cheaper")
#: Before a bare "double": a verb's helper or a qualifier ("will double", "nearly double").
MULTIPLIER_HELPERS = (
    "to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does",
    "do", "than", "nearly", "almost", "roughly", "about", "more than", "at least", "over",
    "to nearly", "expected to",
)  # fmt: skip
#: "one in five", "nine out of 10", "one of every four".
SHARE_JOINERS = ("in", "out of", "of every")

#: "last year" style words and the step they take from the reference date.
#: Words before a month named without its year that put it ahead of publication: "the tax
#: will take effect in April", "the plant is due to open in May", "plans to list in June".
AHEAD_WORDS = (
    "will", "'ll", "’ll", "shall", "is due", "are due", "is set", "are set", "is scheduled",
    "are scheduled", "scheduled for", "is slated", "are slated", "is expected", "are expected",
    "is going", "are going", "plans to", "plan to", "aims to", "aim to", "intends to",
    "intend to", "expects", "expect", "upcoming", "forthcoming",
)  # fmt: skip

RELATIVE_STEP: dict[str, int] = {
    "this": 0, "current": 0, "present": 0, "same": 0,
    "last": -1, "past": -1, "previous": -1, "prior": -1, "preceding": -1,
    "next": 1, "coming": 1, "upcoming": 1, "following": 1,
}  # fmt: skip


#: Counted nouns that name the same things, as rewrites swap them ("26 games", "26
#: matches"): a pair of them never parts two figures (align.roles.nouns_differ).
NOUN_SYNONYMS = (
    frozenset("game games match matches fixture fixtures".split()),
    frozenset("home homes house houses dwelling dwellings".split()),
    frozenset("firm firms company companies business businesses enterprise enterprises".split()),
    frozenset("employee employees worker workers staff".split()),
    frozenset("child children kid kids".split()),
    frozenset("vehicle vehicles car cars unit units".split()),
    frozenset("person persons people individuals".split()),
    frozenset("plane planes aircraft jet jets airliner airliners".split()),
    frozenset("ship ships vessel vessels boat boats".split()),
)


#: Words that tell a change's direction beside its figure ("rose 2.3%", "a 2.3% drop").
RISE_WORDS = tuple("""rose rise rises rising risen up grew grow grows growing increased increase increases increasing climbed climb climbs jumped jump jumps surged surge surges soared soar gained gain gains advanced advance higher expanded expand expands rebounded rebound rallied added strengthened strengthens appreciated firmed""".split())
FALL_WORDS = tuple("""fell fall falls falling fallen down dropped drop drops declined decline declines decreased decrease decreases shrank shrink shrinks slid slide slipped slip sank sink tumbled tumble plunged plunge plummeted lower contracted contract contracts eased lost lose loses slumped slump retreated dipped dip weakened weakens depreciated""".split())


LEXICON = Lexicon(
    code="en",
    name="English",
    deadline_words=("by", "no later than"),
    and_words=("and",),
    rise_words=RISE_WORDS,
    fall_words=FALL_WORDS,
    level_to=("to",),
    level_from=("from",),
    above_words=("higher than", "more than", "greater than", "above", "up on"),
    below_words=("lower than", "less than", "fewer than", "below", "down on"),
    share_of=("of", "of the", "of its", "of their", "out of", "out of the"),
    share_or=("or",),
    base_before=(
        "from", "than", "since", "over", "versus", "vs", "compared with", "compared to",
        "against",
    ),
    story_relative=(
        "previous", "prior", "preceding", "following", "same", "earlier", "later", "before",
        "after",
    ),
    months=MONTHS,
    weekdays=WEEKDAYS,
    numbers={**UNITS, **TENS},
    scales={word: len(str(int(value))) - 1 for word, value in SCALES.items()},
    tight_scales={word: len(str(int(SCALES[word]))) - 1 for word in sorted(TIGHT_SCALES)},
    currencies=CURRENCY_NAMES,
    qualifiers=QUALIFIERS,
    qualifiers_after={word: QUALIFIERS[before] for word, before in QUALIFIERS_AFTER.items()},
    multiplier_words=MULTIPLIER_WORDS,
    multiplier_adverbs=MULTIPLIER_ADVERBS,
    multiplier_verbs=MULTIPLIER_VERBS,
    compare_words=COMPARE_WORDS,
    less_words=LESS_WORDS,
    multiplier_helpers=MULTIPLIER_HELPERS,
    times_words=("times",),
    fold_words=("fold",),
    share_joiners=SHARE_JOINERS,
    half_shares={"half": "0.5"},
    # (not "below freezing": 10 degrees below freezing is -10 °C but 22 °F)
    below_zero_words=("below zero", "below 0"),
    bounds=BOUNDS,
    relative={
        f"{word} {unit}": (unit, step)
        for word, step in RELATIVE_STEP.items()
        for unit in ("week", "month", "quarter", "year")
    },
)
