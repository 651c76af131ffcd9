"""The pieces the stance rules (frames/stance.py, frames/focus.py) build their patterns of: the words between a copula
and a supporter noun or a stance noun and its giver, a camp and its entry, the passive of giving, where a state stands
("is firmly behind"), the modifiers of a stance noun, and the words before an agent noun that make it a guess or ended."""
from __future__ import annotations

from natowatch.extract.frames.vocab import Vocab
from natowatch.extract.lexicon import BE_FORMS, COPULA_FORMS, FINITE_AUXILIARIES, POSSESSIVES


# a stance reported of the actor in the passive, before the infinitive of its verb: "is reported to favour X"
REPORTED_TO = r"reported|said|understood|believed|thought|known|rumou?red"


# a quantifier floated after the copula of coordinated states, before where they stand: "Norway and Sweden are all in
# X's camp", "are both behind Y", "were all early backers of Z" (never "all but": the pattern reads it only before the
# stance's own words)
FLOATING = r"all|both"


# the adverbs between a copula and a supporter noun ("is now the only sponsor of", "was long a backer of"); not
# one that denies it ("is hardly a supporter of")
def _copula_adv(v: Vocab) -> str:
    return r"(?:(?:(?!" + v.denying + r")\w+ly|now|still|also|already|long|again|" + FLOATING + r")\s+){0,2}"


# a focusing adverb between a stance noun and its giver: "won public support only from Slovakia"
GIVER_ADVERB = r"(?:(?:only|also|even|mainly|mostly|largely|chiefly|solely)\s+)?"


# the state's pronoun as the subject of a second verb, a time before it: "..., and in April it declared for Y", "but
# by June they had come round to Y" (a time alone, with no pronoun, is no subject: "and in April Spain backed Y")
_PRONOUN_SUBJECT = (r"(?:(?:(?:in|on|by|since|from|last|this|early|late|later|that)\s+(?:the\s+)?[\w-]+(?:\s+\d{1,4})?\s*,?\s+)?"
                    r"(?:it|they)\s+)?")


# a negation fronted before the state's pronoun opening a second clause: "..., nor will it back Y", "and neither does it
# support Y", "nor, its minister said, will they vote for Y" (scope reads the fronted "nor" as the verb's negation)
NOR_PRONOUN = (r"(?:and\s+)?(?:nor|neither)\s*,?\s+(?:[^,;⟨⟩]{1,50},\s+)?(?:will|would|does|do|did|has|have|can|could|shall|should)"
               r"\s+(?:it|they)\s+(?:(?:now|also|ever|\w+ly)\s+)?")


def camp_entry(v: Vocab) -> str:
    """Being in a camp or joining it, before its owner: "is firmly in", "remains on", "has come into" (triggers `trig`,
    `trig2`)."""
    return (r"(?:(?:" + COPULA_FORMS + r"|stands?|stood|been|stays?|stayed)\s+"
            r"(?:(?:(?!" + v.denying + r")\w+ly|also|firmly|squarely|now|still|solidly|fully|already|" + FLOATING + r")\s+)*"
            rf"(?P<trig>in|on|inside)|(?P<trig2>{v.camp_v}))")


# a camp on another matter: "in Rutte's camp on energy policy" (not one on the post: "in his camp for the top job")
CAMP_OTHER_MATTER = (r"(?!\s+(?:on|over|regarding|about|when|during|throughout|at|in\s+the\s+(?:debate|dispute|row|talks))\b"
                     r"(?!\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?⟨P))")


# "as did France a day later", "and so did Italy the next week"
def _later(v: Vocab) -> str:
    return (r"later|soon|shortly|within|the\s+(?:same|next|following)|a\s+(?:day|week|month)|"
            r"(?:" + v.numbers(2, 5) + r"|several|a\s+few|\d+)\s+(?:days|weeks|months)")


# a passive of giving after a stance noun, its auxiliary stated and not negated: "has been pledged by",
# "was voiced by", "has been made plain by" (%s: the giving verbs' participles)
def _given_by_form(v: Vocab, participles: str) -> str:
    adverb = r"(?:(?!" + v.denying + r")(?:\w+ly|also|now|already|since)\s+)?"
    return rf"\s+(?:(?:has|have|had)\s+{adverb}been|(?:{BE_FORMS})(?:\s+being)?)\s+{adverb}(?:{participles})\s+"


# where a state stands after a copula, and the adverbs before it: "is firmly behind X", "remains in favour of Y", "stood
# solidly on board with Z" (endorse_behind)
STANDING = r"behind|in\s+favou?r\s+of|on\s+board\s+with|committed[\"”'’]?\s+to|loyal\s+to"
def _standing_adverbs(v: Vocab) -> str:
    return r"(?:(?:(?!" + v.denying + r")\w+ly|also|firmly|squarely|now|still|alone|united|solidly|fully|" + FLOATING + r")\s+)*"


def noun_modifier(v: Vocab, most: int = 2, *, negative: bool = False, comma: bool = False, owned: bool = False) -> str:
    """The words between an actor (or its possessive) and its stance noun, up to `most`: adjectives ("US strong
    support for", "Spain's long-awaited backing"), not a verb's words ("it would not vote for", "is seeking support
    for"); `negative`: nor a word that denies the noun ("no", "any", "little", "without"); `comma`: a comma may
    follow a word ("its long-awaited, unambiguous backing"); `owned`: nor a possessive, another owner of the noun
    ("reiterated to Chile's delegation its support for X")."""
    denying = "no|any|little|without|" if negative else ""
    if owned:
        denying += "|".join(POSSESSIVES) + "|"
    return (rf"(?:{v.adj_and}(?!(?:{denying}{FINITE_AUXILIARIES}|not|never|be|been|being|"
            rf"to|in|on|at|with|by|n['’]t|{v.unmet}|{v.weighing})\b)[\w-]+{',?' if comma else ''}\s+){{0,{most}}}?")
