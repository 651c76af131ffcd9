"""How a name found in a sentence is used: a state acting or only modifying something else ("NATO's
eastern flank", "US-led", "talks in Budapest"), an aggregate ("most allies"), a state excepted ("all allies
except Hungary"), a demonym naming one person ("the Dutchman"), the post named through the
organisation ("the NATO post"); titles merged with the name they precede ("Dutch Prime Minister
Mark Rutte") are extract/titles.py's (its base). `MentionForms` is the Gazetteer's base: its patterns are built with the gazetteer's.
"""
from __future__ import annotations

import re
from dataclasses import replace

from natowatch.extract.bid_modifiers import bid_modifiers
from natowatch.extract.compiled import built, pattern as compiled_pattern
from natowatch.extract.lexicon import FINITE_AUXILIARIES, LINKING_FORMS, Lexicon, auxiliaries, bounded, phrase_pattern
from natowatch.extract.mentions import CANDIDATE, MEMBERS, ORG, OTHER_RACE, POST, STATE, Mention, WordsBefore
from natowatch.extract.story import Story
from natowatch.extract.text import fold
from natowatch.extract.titles import _OF_THE_BEFORE, TitleMerging

# a name right after a state's office ("the President of Romania, Klaus Iohannis," "the President of Romania Klaus
# Iohannis"): the label is the name's, read with it
_NAME_AFTER = re.compile(r"\s*,?\s*(?-i:[A-Z])")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# demonyms that as a noun after "the" are the people ("the French", "the Dutch", "the Chinese", "the Swiss");
# the others are one person ("the Bulgarian", "the Latvian")
_MASS_DEMONYM = re.compile(r"(?:sh|nch|tch|ese|ss)$")   # "the French", "the Dutch"; "the Czech" is one person
# the words that say an office or a stance is no longer held ("former", "ex-", "erstwhile"), for every reader of them
FORMER = r"(?:former|ex-|onetime|one-time|erstwhile)"
_FORMER_AFTER = re.compile(rf"\s*{FORMER}\s*", re.I)
# "the former Lithuanian defence minister", "the former two-term Chilean president": who held the office
FORMER_BEFORE = re.compile(rf"\b{FORMER}\s*(?:[\w-]+\s+)?$", re.I)
# one descriptive word before an office ("Hungary's nationalist prime minister", "the Dutch caretaker prime
# minister"), not a word that makes it someone else's or no longer held
_DESCRIPTIVE_WORD = (r"(?!(?:former|ex|onetime|one-time|erstwhile|late|next|future|then|opposition|shadow)\b)"
                     r"[a-z][\w-]*\s+")
# (a word before an organ that is no description of it: "backed by governments of A and B")
_NO_FUNCTION_WORD = (r"(?!(?:by|to|of|from|with|for|in|at|on|and|or|but|that|as|than|into|under|over|between|among|"
                     r"after|before|since|while|when|said|says)\b)")
# a demonym used as a noun: "the French", followed by a list, a verb or the clause's end
# (or a time or place: "endorsed the Uruguayan at a summit", "the Bulgarian on Monday"; a closing quotation mark or a
# question's end: '"will not back the Costa Rican".')
_NOUN_END = (r"(?:[\"”’'](?!\w)|\s*(?:[,.;:)?!]|$|(?:and|or|have|has|had|are|were|all|also|both|too|then|who|which|"
             r"declared|backed|back|backs|support|supported|supports|agreed|said|say|says|is|was|will|"
             r"would|told|tells|met|at|on|during|after|before|since|last|earlier|came|won|got|gained|"
             r"received|secured|ran|stood|took|gave|went|remains|remained|trailed|topped|led")
_NOUN_USE_AFTER = re.compile(_NOUN_END + r")\b))", re.I)
# one person ("the Costa Rican"), also before a function word no adjective stands before: "support the Costa Rican
# when the Assembly meets", "backed the Argentine in July", "rather than" (not for the people of a state, "the British
# in Gibraltar": residents, no state)
_ONE_PERSON_AFTER = re.compile(_NOUN_END + r"|in|into|within|when|while|whom|whose|than|rather|as|for|with|by|from|over|"
                               r"until|amid|despite|against|because|if|but|nor|now|again|instead)\b))", re.I)
# a word after a noun that ends its noun phrase: a function word or an auxiliary ("the Romanian state has endorsed
# him"; a verb of the race's lexicon is read beside it: `MentionForms.polity_nouns`)
# (a singular subject's auxiliaries: not "are", "were", "do"; nor "shall", not written of a state's stance)
_POLITY_NEXT = (r"(?:and|or|but|that|which|who|" + auxiliaries(without=("shall", "do", "are", "were")) + r"|"
                r"also|already|now|still|itself|for|to|in|on|at|by|with|behind|as|from)")
# "leading NATO members" is an aggregate; "said leading NATO would be an honour" is the verb
_LEADING_VERB = re.compile(r"leading\s", re.I)
_POSSESSIVE = re.compile(r"['’]s?(?=\s)")
# demonyms coordinated before one plural head ("the Czech and Slovak prime ministers"): the others up to the head
_SHARED_HEAD = re.compile(r"(?:\s*,\s*(?-i:[A-Z])[\w-]+)*\s*,?\s+and\s+(?-i:[A-Z])[\w-]+(?=\s)")
_MEMBERS_AFTER = re.compile(r"\s*(?:members?|member[- ]states?|countries|nations|states|allies|powers|capitals|"
                            r"governments|partners)\b", re.I)
_DASH_SPACE = re.compile(r"-\s")
# a list of a state's people opened by "the" before a later item that has none: "the British, French and Germans", "the
# British and French" (the list read to its end, where a verb or the clause's end shows its items are nouns: not "the
# Dutch, British and American calendars")
_LISTED_PEOPLE_BEFORE = re.compile(r"\bthe\s+(?-i:[A-Z])[\w-]+(?:\s*,\s*(?:the\s+)?(?-i:[A-Z])[\w-]+)*(?:\s*,\s*(?:and\s+)?|\s+and\s+)$",
                                   re.I)
# a person's possessive before a demonym: "Rutte's Dutch colleagues", "his Estonian friends" are that person's, not a state
_PERSON_OWNER_BEFORE = re.compile(r"(?:['’]s?|\b(?:his|her|my))\s+$", re.I)
# a place and its country: "in Basseterre, St Kitts and Nevis," (the country closes the phrase: not a list of states)
_ADDRESS_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s*,\s*$", re.I)
_ADDRESS_AFTER = re.compile(r"\s*(?:[.;)]|$|,\s*(?!(?:and|or)\b)(?!(?:the\s+)?(?-i:[A-Z])))", re.I)
_OF_AFTER = re.compile(r"\s+(?:of|by)\b", re.I)
# a leader's name before the body they head: "the Biden administration", "the Scholz government"
# an aside opened by a preposition right after a name and its comma, which a comma closes before a verb: a state in it
# is the circumstance of the name's act, not its actor ("Guatemala, under heavy pressure from Washington, settled on X",
# "Peru, after talks with Chile's foreign minister, backed X"; not one acting together with it: "Peru, along with
# Chile, ...", "Peru, in a joint statement with Chile, ...", nor the one followed: "Germany, following France, backed X")
_PREP_ASIDE_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’.-]*,\s*(?:under|at|after|following|amid|despite|in|on|before|thanks\s+to|"
                                r"through|in\s+response\s+to)\s+(?:(?!(?:jointly|joint|together|along|alongside)\b)[^,;:()—–\s]+\s+)+(?:the\s+)?$", re.I)
# ... or fronted before the clause's subject: "Under pressure from Washington, Guatemala backed X", "Despite objections
# from Chile, Peru ..." (at least a word between the preposition and the name, none of them "and": "After Chile and
# Peru, Brazil backed X" names those who backed first)
_PREP_FRONTED_BEFORE = re.compile(r"^\W*(?:under|despite|amid|in\s+spite\s+of|thanks\s+to|in\s+response\s+to|after|following|at)"
                                  r"\s+(?:(?!(?:and|or|with)\b)[^,;:\s]+\s+){0,5}(?:from|of|by|with|on)\s+(?:the\s+)?$", re.I)
_FRONTED_CLOSED_AFTER = re.compile(r"[^,;:()—–]{0,40}?,\s*(?:the\s+)?(?-i:[A-Z])")
_ASIDE_CLOSED_AFTER = re.compile(r"[^,;:()—–]{0,60}?,\s*(?:(?:\w+ly|also|then|finally|later|eventually|soon|has|have|had|"
                                 r"will|would|did|last\s+\w+|on\s+\w+)\s+){0,3}(?!(?:and|or|but|which|who|whose|the|a|an|its|"
                                 r"their|his|her|it|as|with|while|and)\b)(?-i:[a-z]{3,})\b")
_LED_BODY_AFTER = re.compile(r"\s+(?:administration|government|cabinet)\b", re.I)
_DATELINE_AFTER = re.compile(r",\s*\w+\s+\d")    # "Ankara, March 3"
_GROUP_NOUN_AFTER = re.compile(r"\s*(?:['’]s\s+)?(?:[\w-]+\s+)?(?:members?|member[- ]states?|countries|nations|states|"
                               r"allies|powers|governments|capitals|partners)\b", re.I)


# the rest of a list of states after its first name, each maybe with an intensifier ("the Netherlands itself")
_SOLE_LIST = (r"(?:\s+(?:itself|themselves))?(?:\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w-]*)*"
              r"(?:\s+(?:itself|themselves))?)*")
_SOLE_LIST_RX = re.compile(_SOLE_LIST)
_RELATIVE_OPENING = re.compile(r"\s*,\s*(?:which|that|who)\b", re.I)
# "the support of neither Germany nor France": neither acts ...
_NEITHER_NOR = built(r"\b(?:[Nn]either|nor)\s+(?:the\s+)?$")
# ... unless the list is the subject of the verb after it: "Neither Moscow nor Beijing will support X" is each one's
# negated stance (scope reads the clause negated: a refusal or no event, as "Moscow will not support X" / "has not
# backed X"); the rest of the list after the name, then an auxiliary or a finite verb
_NEITHER_SUBJECT_AFTER = built(r"(?:\s*(?:,|\bnor\b)\s*(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)*"
                               r"\s+(?:(?:yet|still|now|ever|so\s+far|(?-i:[a-z]+ly))\s+)?(?:" + FINITE_AUXILIARIES
                               + r"|(?-i:[a-z]{3,}(?:ed|s)))\b", re.I)
# (not a list a preposition governs: "support from neither Paris nor Berlin has materialised", "the backing of neither")
_GOVERNED_NEITHER = built(r"\b(?:of|by|from|for|to|with|against|among)\s+(?:the\s+)?neither\b[^.;:⟨⟩]{0,80}?$", re.I)

_MEMBERS_AFTER_POSSESSIVE = re.compile(
    r"\s*(?:(?:\d+|thirty-\w+|all|fellow|other)\s+)*(?:members?|member[- ]states|member[- ]countries|allies|countries|"
    r"nations|ambassadors|envoys|leaders|governments)\b", re.I)
# (or the organisation's helm or reins: "took NATO's helm", "to take the alliance's reins")
_ORG_JOB = re.compile(r"(?:['’]s)?\s+(?:(?:top|most\s+senior|highest|civilian|political|leading)\s+){0,2}"
                      r"(?:post|job|role|position|helm|reins)\b", re.I)


class MentionForms(TitleMerging):
    """Whether and how each name a gazetteer finds acts (see `Gazetteer.mentions`); reads the
    gazetteer's `story` and `states_with_candidates`."""

    def _form_patterns(self, lex: Lexicon, story: Story, own: list[str]) -> None:
        """The patterns of the words around a name that decide its form; `own`: the organisation's names."""
        # an alias ending in the holder's name ("succeeding Antonio Guterres"): "of Portugal" after it is where the
        # holder is from, no other body's post
        self.holder_ending = compiled_pattern(
            r"(?<![\w])" + phrase_pattern([fold(h) for h in story.incumbent]) + r"$", re.I) if story.incumbent else None
        # "our Estonian friends": a demonym before a noun of a group (the lexicon's peer_nouns) is that state
        self.peer_nouns = compiled_pattern(r"\s*(?:" + phrase_pattern(lex.words("peer_nouns")) + r")(?![\w])", re.I)
        # "the full support of the Romanian state": a demonym before a noun of the state as a whole (the lexicon's
        # polity_words) that ends the noun phrase, as a verb, a function word or the clause's end shows (not a
        # modifier of another noun: "the Hungarian state media", "the Romanian state budget")
        # (a verb of the race, any form: "the Romanian state supports him", "... rallying behind her"; no other word
        # ending in -s or -ing, which may be a noun the state modifies: "the Hungarian state newspapers backed X")
        race_verbs = [w for path in (("endorsement", "verbs"), ("opposition", "verbs"), ("candidacy", "nominating_verbs"))
                      for w in lex.words(*path)]
        self.polity_nouns = compiled_pattern(r"\s*(?:" + phrase_pattern(lex.words("polity_words")) + r")(?![\w-])"
                                             r"(?=\s*(?:[,.;:)!?]|[\"”'’](?!\w)|$)|\s+(?:" + _POLITY_NEXT + r")\b|\s+"
                                             + bounded(race_verbs) + ")", re.I)
        # "Hungary's nationalist prime minister": one descriptive word may come before the office
        self.government_nouns = compiled_pattern(r"\s*(?:" + _DESCRIPTIVE_WORD + r")?(?:" + phrase_pattern(lex.words("government_nouns"))
                                           + r")(?![\w])", re.I)
        # "Chile's statement backing X", "Peru's joint letter": a text the state issued is its act
        self.document_nouns = compiled_pattern(r"\s*(?:(?:joint|official|formal|public|written|short|brief)\s+)?(?:"
                                               + phrase_pattern(lex.words("endorsement", "document_nouns")) + r")(?![\w])", re.I)
        # "Turkish resistance", "Hungary's backing", "Argentina's nominee", "Berlin's pick": the state acts, the noun is the
        # trigger
        # (two adjectives may be coordinated: "Spain's firm and unwavering support", "Peru's early, public backing")
        adjective = phrase_pattern(lex.words("stance_adjectives"))
        self.stance_nouns = compiled_pattern(r"\s*[\"“‘']?(?:" + adjective + r"(?:(?:\s*,|\s+and)\s+" + adjective
                                             + r")?\s+){0,2}(?:"
                                       + phrase_pattern(lex.words("endorsement", "nouns") + lex.words("opposition", "refusal_nouns")
                                                      + lex.words("candidacy", "nomination_nouns") + ["nominee"]
                                                      + lex.words("endorsement", "decision_nouns"))
                                       + r"(?![\w])|"
                                       # (the one it chose, ending its noun phrase: not "Washington's favourite think tank",
                                       # "Berlin's pick for finance minister")
                                       + phrase_pattern(lex.words("endorsement", "chosen_nouns"))
                                       + r"(?![\w-])(?=\s*(?:[,;.:)—–]|$)|\s+(?:" + LINKING_FORMS + r")\b)|"
                                       # (the state ending its own stance: "Chile's withdrawal of its sponsorship")
                                       + phrase_pattern(lex.words("opposition", "reversal_nouns")) + r"\s+of\s+(?:its|their)\s|"
                                       # (its declared stance: "Slovakia's threat to block X")
                                       + phrase_pattern(lex.words("opposition", "intent_nouns")) + r"s?\s+to\s|"
                                       + lex.opposition_nouns() + ")", re.I)
        # "the Bulgarian pulled out", "the Latvian entered the race": a verb of the race in the past right after "the" and a
        # demonym makes it one person, as "the Bulgarian said" (not a noun: "the Bulgarian bid")
        nouns = {w.lower() for w in lex.words("bid_object_nouns") + lex.words("candidacy", "bid_nouns")}
        pasts = [w for path in (("withdrawal", "verbs"), ("withdrawal", "leaving_verbs"), ("candidacy", "declaring_verbs"),
                                ("candidacy", "running_verbs"), ("candidacy", "nominating_verbs"), ("endorsement", "verbs"),
                                ("opposition", "verbs")) for w in lex.pasts(*path) if w not in nouns]
        self.past_verb_after = compiled_pattern(r"\s+" + bounded(pasts), re.I)
        # "the Uruguayan candidacy", "the Dutch bid": the bid of that state's candidate
        self.bid_nouns = compiled_pattern(r"\s+" + bounded(lex.words("bid_object_nouns") + lex.words("candidacy", "bid_nouns")), re.I)
        # ... and the person's bid with modifiers between ("the Chilean's rather late bid": extract/bid_modifiers.py)
        self.modified_bid = compiled_pattern(r"\s+" + bid_modifiers(lex) + bounded(lex.words("bid_object_nouns")
                                                                                + lex.words("candidacy", "bid_nouns")), re.I)
        # ... and of these, the ones that name that bid where the article names no one (`candidacy.demonym_bid_nouns`:
        # "signed up to the Dutch candidacy"; not "the Dutch bid to host the summit", "the Dutch candidacy for the
        # song contest": "for" only before a reference to the post or a name): descriptors.py, race_article.py
        self.demonym_bid_after = compiled_pattern(
            r"\s+" + bounded(lex.words("candidacy", "demonym_bid_nouns")) + r"(?![\w'’-])(?!\s+to\b)"
            r"(?!\s+for\s+(?!" + bounded(lex.words("post_references")) + r"(?![\w-])|(?:the\s+)?(?-i:[A-Z])))", re.I)
        # "the Dutch caretaker prime minister": one descriptive word may come before the office, as above
        self.camp_after = compiled_pattern(r"\s*(?:[\w-]+\s+)?(?:" + phrase_pattern(lex.words("camp_words")) + r")\s+(?:[\w-]+\s+)?(?:"
                                           + phrase_pattern(lex.words("camp_nouns")) + r")(?![\w])", re.I)
        # a state's name inside a body's name: "the Progressive Slovakia party", "the Communist Party of Turkey"
        heads = bounded(lex.words("body_name_heads"))
        self.body_name_after = compiled_pattern(r"\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}" + heads + r"(?![\w-])", re.I)
        self.body_name_before = compiled_pattern(r"(?<![\w-])(?=(?-i:[A-Z]))" + heads + r"\s+of\s+(?:the\s+)?$", re.I)
        self.person_nouns = compiled_pattern(r"\s*(?:" + _DESCRIPTIVE_WORD + r")??(?:" + phrase_pattern(lex.words("person_nouns"))
                                       + r")(?![\w])", re.I)
        # the office before the state's name: "the President of Romania", "the former Prime Minister of the Netherlands"
        # (as "Romania's president": the candidate or the state, decided with the article; round 32)
        self.office_of_before = compiled_pattern(r"(?<![\w'’-])(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:former|outgoing|current|sitting|"
                                                 r"incumbent|then)\s+)?(?:" + phrase_pattern([w for w in lex.words("person_nouns") if w not in
                                                                                               lex.words("candidacy", "candidate_nouns")])
                                                 + r")\s+of\s+(?:the\s+)?$", re.I)
        # "Secretary General of the Organization for Security and Co-operation in Europe": the bare
        # title of another body; "of NATO" or "of the North Atlantic Council" stays the post
        self.other_body_after = compiled_pattern(
            r"\s+(?:of|at)\s+(?:the\s+)?(?!(?:" + phrase_pattern(own) + r")(?![\w])(?!\s+[A-Z]))[A-Z][\w'’-]*")
        # "UNCTAD Secretary-General", "OSCE Secretary General": the bare title after another body's acronym (a word
        # of capitals alone, not the organisation's own: "UN Secretary-General" is the post's alias)
        self.other_body_before = compiled_pattern(
            r"(?<![\w'’.-])(?!(?:" + phrase_pattern(own) + r")\s+$)(?-i:[A-Z][A-Z0-9]{1,5})\s+$")
        # "lead the alliance's budget committee", "head of NATO's mission": the body's name in the post's
        # alias owns another office
        self.org_ending = compiled_pattern(r"(?:" + phrase_pattern(own) + r")$", re.I)
        # "head the UN nuclear watchdog", "lead NATO forces": a verb's alias ending in the body's name, with a
        # noun after it, is another office ("succeed Stoltenberg later this year" is the post)
        self.verb_alias = compiled_pattern(r"(?:" + phrase_pattern(lex.words("post_verbs")) + r")\s", re.I)
        # (a name of two words may come between: "lead the UN Development Programme")
        self.noun_after = compiled_pattern(r"\s+(?:(?-i:[a-z][\w-]*)\s+|(?-i:[A-Z])[\w-]*\s+(?:(?-i:[A-Z])[\w-]*\s+)?)?"
                                           + phrase_pattern(lex.words("other_office_nouns"))
                                     + r"(?![\w-])", re.I)
        self.title_gap = compiled_pattern(
            r"(?:\s|['’]s?|\bof\b|,(?=\s*$)|" + bounded(lex.words("title_words")) + r")*", re.I)
        self.title_word = compiled_pattern(bounded(lex.words("title_words")), re.I)
        # a candidate label owned by the state after it, set off before the name ("the candidate of Costa Rica, X",
        # "the joint nominee of Brazil, X"): one candidate mention, as "Costa Rica's candidate, X" is
        self.candidate_of_lead = compiled_pattern(
            r"(?<![\w'’-])(?:the|its|their)\s+(?:(?:joint|official|formal|own|declared)\s+)?"
            + bounded([w for w in lex.words("candidacy", "candidate_nouns") if not w.endswith("s")])
            + r"\s+of\s+(?:the\s+)?$", re.I)
        # an adverb after a group saying how much of it acts: "EU members mostly favour X", "the allies largely back Y"
        self.quantifying_after = compiled_pattern(r"\s*,?\s*" + lex.alt("cues", "quantifying_adverbs") + r"(?![\w-])", re.I)
        self.quantifier_before = compiled_pattern(r"(?:" + bounded(lex.words("cues", "quantifiers")) + r")\s+(?:the\s+)?$", re.I)
        # "every member of the alliance", "nine of the 15 members of the Security Council": some of the
        # organisation's members, counted, are no actor
        counted = (r"\b(?:every|each|any|none|no|(?:" + bounded(lex.words("cues", "quantifiers")) + r")|\w+\s+of\s+the\s+\d+|"
                   r"\d+|" + lex.numbers(1, 15) + r")\s+")
        # (an adjective may come between: "two permanent members of the Security Council")
        self.counted_members_before = compiled_pattern(
            counted + r"(?:(?:[\w-]+\s+)?(?:member|members|countries|states|capitals|governments|allies|nations|partners)\s+"
            # (not a figure and "the": "on October 20 the Assembly", "in 2016 the Council" are a date before the body)
            r"(?:of|in|within|across)\s+(?:the\s+)?|(?!(?<=\d\s)the\s)(?-i:[a-z])[\w-]*\s+)?$", re.I)
        # "all allies except Hungary (and Turkey)": the states excepted do not act
        # ("but" after a whole, and a place of it: "everyone in the alliance but", "all the Latin American
        # governments but"; not "all allies back him but")
        universal = (r"(?<![\w'])(?:" + phrase_pattern(lex.words("cues", "universal_pronouns")) + "|(?:"
                     + phrase_pattern(lex.words("cues", "universal_quantifiers")) + r")\s+(?:the\s+)?(?:other\s+)?"
                     r"(?:[\w-]+\s+){0,2}?(?:" + phrase_pattern(lex.words("cues", "group_nouns")) + r"))"
                     r"(?:\s+(?:in|of|on|at|across|within|around)\s+(?:the\s+)?[\w-]+(?:\s+(?-i:[A-Z])[\w-]*){0,2}){0,2}"
                     r"\s+but(?![\w])")
        self.exception_cue = compiled_pattern("(?i:" + bounded(lex.words("cues", "exceptions")) + "|" + universal + ")")
        self.sole_exception = compiled_pattern(
            r"(?<![\w'])(?:" + phrase_pattern(lex.words("cues", "negative_pronouns")) + "|(?:"
            + phrase_pattern(lex.words("cues", "negative_quantifiers")) + r")\s+(?:other\s+)?(?:[\w-]+\s+){0,2}?(?:"
            + phrase_pattern(lex.words("cues", "group_nouns")) + r"))(?:\s+(?:in|of)\s+(?:the\s+)?[\w-]+){0,2}\s*,?\s*$", re.I)
        # ... or after it, the exception fronted: "Apart from Slovakia, (which backed him until May,) no ally
        # expressed support for him"
        # (a state named with an intensifier: "Apart from the Netherlands itself, no government ...")
        self.sole_after = compiled_pattern(
            _SOLE_LIST + r"(?:\s*,\s*(?:which|that|who)\b[^,;:]{1,120})?\s*,\s*(?:" + phrase_pattern(lex.words("cues", "negative_pronouns"))
            + "|(?:" + phrase_pattern(lex.words("cues", "negative_quantifiers")) + r")\s+(?:other\s+)?(?:[\w-]+\s+){0,2}?(?:"
            + phrase_pattern(lex.words("cues", "group_nouns")) + r"))(?![\w-])", re.I)
        self.clause_opening = compiled_pattern(r"(?:^|[,;:(]|\bbut\b)\W*$", re.I)
        # an exception opening the sentence, right before the first state it leaves out
        self.fronted_exception = compiled_pattern(r"\W*(?:" + phrase_pattern(lex.words("cues", "exceptions"))
                                                  + r")\s+((?:the\s+)?)(?=[A-Z])", re.I)
        # (the words of the longest cue: a universal's whole, six, its places, ten, and "but")
        self.exception_words = max([len(w.split()) for w in lex.words("cues", "exceptions")] + [17]) + 1
        self.exception_before = compiled_pattern(
            # (an item may carry its own relative clause: "Save for Budapest, which keeps its own counsel, and Ankara")
            self.exception_cue.pattern + r"\s+(?:(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w-]*)*(?:\s*,\s*(?:which|who|whose)\s[^,;:()]{1,80},)?"
            r"\s*(?:,|\band\b|\bor\b)\s*)*"
            r"(?:the\s+)?$")
        # "all allies, Hungary (and Slovakia) excepted, back him": the cue after the states left out
        self.exception_after = compiled_pattern(
            r"(?:\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w-]*)*)*\s+(?i:"
            + bounded(lex.words("cues", "exceptions_after")) + r")\s*(?=[,;:)\u2013\u2014-]|$)")
        # "the government in Budapest", "officials in Washington": the state acting
        self.government_in = compiled_pattern(r"(?:\b(?:the|its|their)\s+)?(?:" + phrase_pattern(lex.words("seat_nouns"))
                                        + r")\s+in\s+$", re.I)
        # "the government of Costa Rica", "the governments of Chile, Brazil and Mexico", "the permanent mission of
        # Argentina", "the new cabinet of Ruritania": a state's organ names the state acting (the mention takes the
        # organ in, so every frame reads it as the state; the states listed after a plural organ stay a list)
        self.organ_of = compiled_pattern(r"(?:\b(?:the|its|their)\s+)?(?:(?<![\w-])" + _NO_FUNCTION_WORD + _DESCRIPTIVE_WORD + r")?(?:"
                                         + phrase_pattern(lex.words("state_organ_nouns")) + r")\s+of\s+(?:the\s+)?$", re.I)
        # "chief of the military alliance", "the new head of NATO": the post
        self.post_head_before = compiled_pattern(r"(?:\b(?:the|its|their|new|next|incoming|future)\s+)*(?:"
                                           + phrase_pattern(lex.words("post_head_nouns")) + r")\s+of\s+$", re.I)
        self.location_before = compiled_pattern(
            r"(?:\b(?:in|at|near|into|to|outside|around|across|visit\s+to|trip\s+to|talks\s+in|summit\s+in)\s+)$", re.I)

    def sole_fronted(self, text: str, mentions: list[Mention]) -> tuple[tuple[int, int, int], ...]:
        """The states of an exception fronted before a negative whole, which are then the only ones acting
        ("Apart from Poland (and Spain), no ally has backed Rutte": Poland has): (where the states start,
        where their list ends, where the whole ends), read as "Poland (and Spain) has backed Rutte"."""
        cue = self.fronted_exception.match(text)
        first = next((m for m in mentions if m.kind == STATE), None) if cue else None
        if first is None or not cue.start(1) <= first.start <= cue.end() or not first.actor:
            return ()
        whole = self.sole_after.match(text, first.end)
        listed = _SOLE_LIST_RX.match(text, first.end).end()
        if whole is None or _RELATIVE_OPENING.match(text, listed):
            return ()   # ("Apart from Slovakia, which has yet to decide, no ally ...": its own clause tells its stance)
        return ((first.start, listed, whole.end()),)
    def _classify(self, text: str, m: Mention, words: "WordsBefore") -> Mention:
        """Decide whether a state or organisation mention can be an actor."""
        # patterns match at the mention's end and search the words just before its start,
        # on `text` itself: slicing it at every mention would cost the sentence's length each time
        after = m.end
        if m.kind == POST and m.form != "reference" and (self.other_body_after.match(text, after) and not (
                self.holder_ending and self.holder_ending.search(text, m.start, m.end)) or (
                _POSSESSIVE.match(text, after) and self.org_ending.search(text, m.start, m.end)) or (
                self.verb_alias.match(text, m.start) and self.org_ending.search(text, m.start, m.end)
                and self.noun_after.match(text, after))):
            return replace(m, kind=OTHER_RACE, value=text[m.start:m.end], actor=False)
        if m.kind == POST and m.form != "reference" and not text[m.start:m.end].isupper() and not self.org_ending.search(
                text, m.start, m.end) and (body := self.other_body_before.search(text, max(0, m.start - 8), m.start)):
            return replace(m, kind=OTHER_RACE, start=body.start(), value=text[body.start():m.end], actor=False)
        if m.kind not in (STATE, ORG, MEMBERS):     # a candidate, the post, another race: as found
            return m
        possessive = _POSSESSIVE.match(text, after)
        rest = possessive.end() if possessive else after
        # an exception's list may be long: it is searched from the sentence's first exception word on,
        # or from the last place before the name that no list can hold (see WordsBefore.list_start)
        cue = words.first(self.exception_cue)
        start = words.list_start(cue, m.start, self.exception_words) if cue < m.start else cue
        if cue < m.start and self.exception_before.search(text, start, m.start) \
                and not self.sole_exception.search(text, max(0, cue - 60), cue) \
                and not (self.clause_opening.search(text, max(0, cue - 12), cue) and self.sole_after.match(text, m.end)) \
                or _NEITHER_NOR.search(text, max(0, m.start - 12), m.start) and not (_NEITHER_SUBJECT_AFTER.match(text, m.end)
                                                                                     and not _GOVERNED_NEITHER.search(text, max(0, m.start - 100), m.start)) \
                or self.exception_after.match(text, m.end):
            return replace(m, actor=False, form="excepted")
        if (members := _MEMBERS_AFTER.match(text, after)) and self.quantifying_after.match(text, members.end()):
            return replace(m, actor=False, form="aggregate")    # "EU members mostly favour X": most of them, not the body
        if m.kind == STATE and _OF_THE_BEFORE.search(text, max(0, m.start - 8), m.start):
            counted = self.counted_members_before.search(text, max(0, m.start - 60), m.start)
            if counted and counted.group().rstrip().lower().endswith(("of", "the")):
                return replace(m, actor=False, form="aggregate")    # "every member of the African Union": not the body
        if m.kind == STATE and m.form in ("name", "capital") and (
                self.body_name_after.match(text, after) or words.search(self.body_name_before, m.start)):
            return replace(m, actor=False, form="modifier")     # "the Communist Party of Turkey": a body's name
        if m.kind == ORG:
            head = words.search(self.post_head_before, m.start)
            if head:
                return replace(m, kind=POST, value=self.story.post.name, start=head.start(), form="name")
            job = _ORG_JOB.match(text, after)
            if job:     # "the NATO post", "the alliance's top job"
                return replace(m, kind=POST, value=self.story.post.name, end=job.end(), form="name")
        if m.kind in (ORG, MEMBERS):
            counted = self.counted_members_before.search(text, max(0, m.start - 60), m.start)
            said = text[m.start:m.end].lower()
            if counted and (counted.group().rstrip().lower().endswith(("of", "the", "in", "within", "across"))
                            or said.startswith("member") or said.endswith(("member", "members"))):
                return replace(m, actor=False, form="aggregate")
            quantifier = words.search(self.quantifier_before, m.start)
            if quantifier and not (m.kind == ORG and _LEADING_VERB.match(quantifier.group())
                                   and not _GROUP_NOUN_AFTER.match(text, after)):
                return replace(m, actor=False, form="aggregate")
            body = _MEMBERS_AFTER_POSSESSIVE.match(text, rest) if possessive else None
            if body:    # "the alliance's 32 members", "NATO's ambassadors": the members acting together
                return replace(m, kind=MEMBERS, end=body.end(), form="members")
            # the nouns after the name are matched only where they decide (most names are followed by none)
            if possessive and not (self.government_nouns.match(text, rest) or self.stance_nouns.match(text, rest)):
                return replace(m, actor=False, form="possessive")
            members = _MEMBERS_AFTER.match(text, after)
            if m.kind == ORG and members:
                return replace(m, kind=MEMBERS, end=members.end(), form="members")
            return m
        if text.startswith("-", after) and not _DASH_SPACE.match(text, after):      # "US-led"
            return replace(m, actor=False, form="modifier")
        if m.form == "demonym" and not possessive and self._shares_head(text, after):
            return m    # "the Czech and Slovak prime ministers": each state's own, as "Slovak prime ministers"
        if m.form == "demonym" and not possessive and (peers := self.peer_nouns.match(text, after)) \
                and not words.search(self.quantifier_before, m.start) and not words.search(_PERSON_OWNER_BEFORE, m.start):
            return replace(m, end=peers.end())      # "our Estonian friends", "our Latvian neighbours": that state
        if m.form == "demonym" and not possessive and words.search(_THE_BEFORE, m.start) \
                and (polity := self.polity_nouns.match(text, after)):
            return replace(m, start=words.search(_THE_BEFORE, m.start).start(), end=polity.end())  # "the Romanian state"
        if m.form == "demonym-person":
            return replace(m, form="descriptor", actor=False)
        if m.form == "demonym" and not _MASS_DEMONYM.search(text, m.start, m.end) and words.search(
                _THE_BEFORE, m.start) and (_ONE_PERSON_AFTER.match(text, after) or self.past_verb_after.match(text, after)):
            return replace(m, form="descriptor", actor=False)   # "the Bulgarian said": one person, as "the Dutchman"
        if m.form == "demonym" and _MASS_DEMONYM.search(text, m.start, m.end) and words.search(_LISTED_PEOPLE_BEFORE, m.start) \
                and (_NOUN_USE_AFTER.match(text, end := self._list_end(text, after)) or self.past_verb_after.match(text, end)):
            return replace(m, form="demonym-plural")    # "the British, French and Germans were on board": each the state
        if m.form == "demonym-plural" or (m.form == "demonym" and words.search(_THE_BEFORE, m.start)
                                          and _NOUN_USE_AFTER.match(text, after)):
            if words.search(self.quantifier_before, m.start):
                return replace(m, actor=False, form="aggregate")    # "most Americans": people, not the state
            return replace(m, form="demonym-plural")    # "the French and the Germans declared for him"
        if (m.form == "demonym" or possessive) and self.camp_after.match(text, rest):
            return replace(m, actor=False, form="modifier")     # "Colombian opposition senator X": not Colombia
        if m.kind == STATE and m.form == "name" and not possessive and m.value in self.states_with_candidates \
                and (office := words.search(self.office_of_before, m.start)) and not _NAME_AFTER.match(text, after):
            return replace(m, start=office.start(), form="role")    # "the President of Romania said he ..."
        if m.form == "demonym" or possessive:
            role = self.person_nouns.match(text, rest)
            if role is None and possessive and m.value in self.states_with_candidates:
                # "Uruguay's former foreign minister": not the sitting one, maybe the state's candidate
                former = _FORMER_AFTER.match(text, rest)
                role = former and self.person_nouns.match(text, former.end())
            government = self.government_nouns.match(text, rest)
            if role and m.form != "person" and m.value in self.states_with_candidates:
                # "the Romanian president": the candidate or the state, decided with the article
                end = max(role.end(), government.end() if government else 0)
                return replace(m, end=end, form="role")
            if government and m.form == "demonym":
                if words.search(FORMER_BEFORE, m.start):
                    return replace(m, end=government.end(), actor=False, form="descriptor")   # no longer speaks for it
                # "the Czech government": the article is the mention's too (left before it, it reads as a new
                # subject of the clause: "..., and the Czech government confirmed its backing")
                the = words.search(_THE_BEFORE, m.start)
                return replace(m, start=the.start() if the else m.start, end=government.end())
            if m.form == "demonym" and not possessive and not government and m.value in self.states_with_candidates \
                    and (bid := self.bid_nouns.match(text, after)) and not _OF_AFTER.match(text, bid.end()) \
                    and words.search(_THE_BEFORE, m.start):
                # "the Argentine nomination", "the Bulgarian candidacy": the bid of that state's candidate (read
                # as the person where the article names one; a nomination "of" someone names its object itself)
                return replace(m, form="descriptor", actor=False)
            if government or self.stance_nouns.match(text, rest) or possessive and self.document_nouns.match(text, rest):
                return replace(m, form="possessive" if possessive else m.form)
            # ("the Chilean bid", and the person's "the Chilean's bid")
            if role and m.form == "demonym" or m.form == "demonym" and m.value in self.states_with_candidates \
                    and (self.bid_nouns.match(text, after) or possessive and (self.bid_nouns.match(text, rest) or self.modified_bid.match(text, rest))
                         and words.search(_THE_BEFORE, m.start)):
                return replace(m, form="descriptor", actor=False)
            # "The American Conservative", "NATO's eastern flank", "Hungarian personnel"
            return replace(m, actor=False, form="modifier")
        if m.form == "person" and not possessive and (body := _LED_BODY_AFTER.match(text, after)):
            return replace(m, end=body.end())   # the state, its name ending after the body (lists go on after it)
        if m.form == "name" and self.government_nouns.match(text, after) and words.search(FORMER_BEFORE, m.start):
            return replace(m, actor=False, form="descriptor")   # "former US ambassador X": no longer speaks for it
        if m.form in ("capital", "name"):
            government = words.search(self.government_in, m.start)
            if government:
                return replace(m, start=government.start(), form="capital" if m.form == "capital" else "possessive")
        if m.form in ("name", "person"):
            organ = words.search(self.organ_of, m.start)
            if organ and not words.search(FORMER_BEFORE, organ.start()):
                return replace(m, start=organ.start())
        if m.kind == STATE and m.form in ("name", "capital") and not possessive and words.search(_PREP_ASIDE_BEFORE, m.start) \
                and _ASIDE_CLOSED_AFTER.match(text, after):
            return replace(m, actor=False, form="aside")    # "Guatemala, under pressure from Washington, backed X"
        if m.kind == STATE and m.form in ("name", "capital") and not possessive and _FRONTED_CLOSED_AFTER.match(text, after) \
                and words.search(_PREP_FRONTED_BEFORE, m.start):
            return replace(m, actor=False, form="aside")    # "Under pressure from Washington, Guatemala backed X"
        if m.form == "name" and m.kind == STATE and _ADDRESS_AFTER.match(text, after):
            place = words.search(_ADDRESS_BEFORE, m.start)
            if place and place.start() > words.first_word:
                # "meeting in Basseterre, St Kitts and Nevis, ...": the country of a place is where, never who
                # (not a sentence opening with the place: "In Brussels, Germany, ... said")
                return replace(m, actor=False, form="location")
        if m.form == "capital":
            if words.search(self.location_before, m.start) or (words.first_word >= m.start
                                                                and _DATELINE_AFTER.match(text, after)):
                return replace(m, actor=False, form="location")
        if words.search(self.quantifier_before, m.start):
            return replace(m, actor=False, form="aggregate")
        return m

    def person_by_demonym(self, text: str, start: int, end: int, form: str) -> bool:
        """The demonym text[start:end] names one person: "Dutchman", "the Romanian said", "the Dutch prime
        minister", or one person's bid: "the Dutch candidacy" (not "the Dutch", the people, nor "Romanian troops")."""
        if form == "demonym-person":
            return True
        return form == "demonym" and (self.person_nouns.match(text, end) is not None or (
            _THE_BEFORE.search(text, max(0, start - 4), start) is not None and (
                not _MASS_DEMONYM.search(text, start, end) and _NOUN_USE_AFTER.match(text, end) is not None
                or self.demonym_bid_after.match(text, end) is not None)))

    @staticmethod
    def _list_end(text: str, after: int) -> int:
        """Where the list of names a name opens ends: after its last item ("French[, Italians] and Germans")."""
        rest = _SHARED_HEAD.match(text, after)
        return rest.end() if rest else after

    def _shares_head(self, text: str, after: int) -> bool:
        """A demonym ending at `after` is coordinated with others before one plural office or body
        ("Czech and Slovak prime ministers", "the French, German and Italian governments"), or before one stance
        noun, each state's own ("Russian and Chinese opposition to X", "Brazilian and Mexican backing for X")."""
        shared = _SHARED_HEAD.match(text, after)
        if not shared:
            return False
        head = self.government_nouns.match(text, shared.end()) or self.peer_nouns.match(text, shared.end())
        return bool(head) and head.group().endswith("s") or not head and self.stance_nouns.match(text, shared.end()) is not None
