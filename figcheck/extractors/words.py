"""Word lists the count finder reads to tell a counted noun from the words around it.

Kept as data: a missed noun or a wrongly counted word is a one-line change here.
"""

from __future__ import annotations

#: Words that end a counted noun phrase: articles, prepositions, pronouns, verbs of saying.
STOPWORDS = frozenset(
    """
    a an the this that these those its it's their his her our your my them they he she we you i
    of in on at to for from with without by as than then and or but nor so if when while where
    which who whom whose what how why into onto over under after before since until during
    about around across among between against per via up down out off
    is are was were be been being has have had do does did will would can could may might
    must shall should said says say told tells according also already still just only even
    more most less least fewer other another each every all both any some no not
    percent pct cent times time year years month months week weeks day days
    """.split()
)

#: Plural nouns that do not end in "s".
IRREGULAR_PLURALS = frozenset(
    "people men women children staff personnel police cattle data media feet teeth mice geese"
    " folk offspring".split()
)

#: Plurals that do not add "s" to their singular: a "12-man jury" counts men.
PLURAL_OF = {"man": "men", "woman": "women", "person": "people", "child": "children",
             "foot": "feet", "tooth": "teeth"}  # fmt: skip
#: Words joined to a number by a hyphen that count nothing ("a 15-strong team", "a
#: three-fold rise", "10-metre-high waves"): a "27-member bloc" counts members.
NOT_COUNTED_AFTER_HYPHEN = frozenset(
    "strong odd plus fold old long high wide deep tall thick based related ish"
    " something".split()
)

#: Adverbs that may stand between a count and a verb or its noun: "48 already recruited".
ADVERBS = frozenset("already now still newly recently previously so just also since".split())

#: Words ending in "s" that are not plural nouns.
NOT_PLURAL = frozenset(
    "overseas abroad various numerous previous famous serious anonymous obvious ous always"
    " perhaps thus yes plus minus bus gas lens campus status bonus census virus focus basis"
    " crisis analysis thesis series species news politics economics physics mathematics"
    " is was has does this us its".split()
)

#: Heads of noun phrases for people (and agents) that vague words ("many", "several")
#: and "one" may quantify; elsewhere those words are too loose to stand for a number.
PEOPLE_NOUNS = frozenset(
    """
    people persons individuals men women children adults students graduates scientists
    researchers experts specialists engineers professionals workers employees staff applicants
    candidates recipients awardees academics scholars professors teachers doctors nurses
    officials sources residents citizens voters members recruiters executives investors
    companies firms businesses organisations organizations universities institutions
    designers analysts talents victims patients soldiers troops migrants refugees visitors
    tourists users customers participants respondents delegates lawmakers
    protesters demonstrators passengers guests fans spectators survivors civilians officers
    firefighters rescuers journalists pupils farmers miners drivers pilots prisoners inmates
    hostages
    """.split()
)
