"""All frames of one lexicon, compiled once: the families in the order they run.

A story enters the rules only through its incumbent's names (frames/office.py's hand-over rule
and `from_incumbent`). So the rules are built once per lexicon with a placeholder where those
names go, and each incumbent gets a copy with its own few patterns: two stories of one lexicon
file pay one build (~0.6-0.9 s), not two."""
from __future__ import annotations

import copy
import re
from dataclasses import replace

from natowatch.extract.calendar_names import MONTH_WORD, SEASON_NAMES, WEEKDAY_WORD
from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.frames import (appointment, candidacy, candidacy_roles, contrast, ellipsis, field, focus, headline, office,
                                      rival_bid, stance, wish, withdrawal)
from natowatch.extract.frames import nomination_objects
from natowatch.extract.frames.base import C, WP, P
from natowatch.extract.frames.time_phrases import PERIOD, DURATION
from natowatch.extract.frames.vocab import Vocab, named_the_tail
from natowatch.extract.inserts import TIME_PHRASE
from natowatch.extract.frames.cues import CueIndex
from natowatch.extract.gazetteer import Gazetteer
from natowatch.extract.inserts import InsertReader
from natowatch.extract.lexicon import (THIRD_PERSON_POSSESSIVES, Lexicon, bounded, built_once, cardinals, counted_back,
                                       counted_field, ordinals, phrase_pattern)
from natowatch.extract.scope import Scope

FAMILIES = (stance, focus, ellipsis, contrast, headline, candidacy, candidacy_roles, rival_bid, wish, field, withdrawal, appointment,
            ellipsis.sealing, office,
            nomination_objects)

# Where the incumbent's names go in a rule's pattern: the pattern of no incumbent (a lookahead that
# never matches) followed by a comment, which `re` ignores, so the place can be found in the text.
_INCUMBENT = r"(?!)(?#incumbent)"
# "end" as the noun of an outcome, not the verb of ending a stance: "in the end", "at the end of the day", "by the end
# of June", "towards the end" (fixed-width lookbehinds, one per preposition)
_OUTCOME_END = "".join(rf"(?<!\b{p}\sthe\s)" for p in ("in", "at", "by", "toward", "towards"))


class Grammar:
    """All rules of one lexicon, compiled once."""

    _cache: dict[tuple[int, tuple[str, ...]], tuple[Lexicon, "Grammar"]] = {}
    _of_lexicon: dict[int, tuple[Lexicon, "Grammar"]] = {}

    @classmethod
    def of(cls, gazetteer: Gazetteer) -> "Grammar":
        """The grammar of the gazetteer's lexicon and incumbent, the only parts of a story the rules
        read: stories that differ in their candidates (those proposed in an article, those followed
        from earlier ones) share one, and stories of one lexicon share its build (Lexicon.of gives
        them one Lexicon), each with its incumbent's patterns."""
        lex, holder = gazetteer.lexicon, gazetteer.story.incumbent
        hit = cls._cache.get((id(lex), holder))
        if hit is not None and hit[0] is lex:
            return hit[1]
        if len(cls._cache) > 32:
            cls._cache.clear()
        built = built_once(cls._of_lexicon, lex, cls).with_incumbent(holder)
        cls._cache[(id(lex), holder)] = (lex, built)
        return built

    def __init__(self, lex: Lexicon):
        """The lexicon's rules with the incumbent's place held: a grammar to copy (`with_incumbent`),
        not to read with (it has no `from_incumbent` nor cue index)."""
        self.scope = Scope.of(lex)
        self.bid_noun = compiled_pattern(bounded(lex.words("bid_object_nouns") + lex.words("candidacy", "bid_nouns")), re.I)
        # (the party's name may be read as a name: "of the governing Pueblo Soberano party")
        self.party_of = compiled_pattern(r"\s+of\s+(?:the\s+)?(?:(?:[\w-]+|⟨\w\d+⟩)\s+){0,3}?" + bounded(lex.words("candidacy", "party_nouns"))
                                         + r"(?![\w-])", re.I)
        # a party or a side owning a candidate noun: its possessive before the noun ("the liberals' triumvirate of lead
        # candidates", "Labour's candidate"), or "their"/"its" after a party named first in the sentence ("The Liberal
        # Democrats ... where X is their candidate"): a candidate of another election
        sides = bounded([w + "s" for w in lex.words("candidacy", "other_contest_labels")] + lex.words("candidacy", "other_contest_labels")
                        + lex.words("candidacy", "party_nouns"))
        self.party_owner = compiled_pattern(r"(?<![\w-])" + sides + r"(?:['’]s?|['’])\s+(?:[\w-]+\s+){0,4}?$", re.I)
        # a bid told only as ended after it ("X, whose bid for the post ended last week"): no candidacy stated
        self.bid_ended_after = compiled_pattern(r"^\s*(?:(?:for\s+)?(?:the\s+)?(?:[^\s,;.]+\s+){0,4}?)?(?:(?:has|had|finally|effectively|"
                                                r"abruptly|suddenly|quietly)\s+)?(?:" + lex.alt("candidacy", "bid_ending_verbs")
                                                + r"|(?:is|was|has\s+been)\s+(?:now\s+)?(?:over|dead|finished))\b", re.I)
        # what may follow "the candidate" a naming verb gives its object (check_candidacy: "named X as the candidate to
        # beat" is an assessment)
        self.named_the_tail = compiled_pattern(named_the_tail(lex), re.I)
        self.popular_election = compiled_pattern(lex.alt("candidacy", "popular_election_words"), re.I)
        # the label the object of a word of topic: "Asked about the candidates,", "When questioned on the contenders,"
        self.topic_before = compiled_pattern(
            r"(?:" + lex.alt("candidacy", "topic_verbs") + r"\s+" + lex.alt("candidacy", "topic_prepositions") + "|"
            + lex.alt("candidacy", "topic_openers") + r")\s+(?:(?:the|both|all|these|those|his|her|their|its|other|"
            + cardinals(2, 6) + r"|remaining|declared|official|main|leading|rival)\s+){0,3}$", re.I)
        self.party_named = compiled_pattern(r"(?<![\w-])" + sides + r"(?![\w-])", re.I)
        self.race_object = compiled_pattern(
            r"^\s*(?:(?:from|of|out\s+of)\s+)?(?:(?:the|his|her|its|their|a|nato|alliance)\s+|⟨[CO]\d+⟩\s+){0,2}"
            # (not a gerund with its own object: "stepped aside from running UNCTAD", "quit running the agency")
            r"(?:[\w'’-]+\s+){0,2}?(?!running\s+(?:⟨[SOC]|(?-i:[A-Z])|(?:the|an?|its|his|her|their)\b))"
            r"(?:" + lex.alt("withdrawal", "objects") + "|" + P + ")", re.I)
        # who told what the clause said, closing the sentence: ", her aides confirmed", ", the ministry said."
        self.said_tail = compiled_pattern(r",\s*(?:[\w'’.⟨⟩-]+\s+){1,5}?" + lex.alt("cues", "reporting_verbs")
                                          + r"(?:\s+(?:on|last|this)\s+[\w⟨⟩]+)?\s*(?:[.;]|$)", re.I)
        # the race left as the role held in it: "withdrew as a candidate", "stepped aside as a contender for the post"
        self.as_candidate_left = compiled_pattern(r"\s+as\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}?"
                                                  + lex.alt("candidacy", "candidate_nouns") + r"(?![\w-])", re.I)
        # verbs that by themselves leave the race ("pulled out", "threw in the towel"): no object needed
        self.recommending = compiled_pattern(lex.alt("appointment", "recommending_verbs"), re.I)
        # a bid as the subject of others' stance: "Rutte's bid was welcomed / backed by Denmark"
        self.bid_reaction = compiled_pattern(r"(?:was|were|is|are)\s+" + bounded(
            lex.participles("candidacy", "reaction_verbs") + lex.participles("endorsement", "verbs")
            + lex.participles("opposition", "verbs")), re.I)
        # the verbs of the choice itself ("picked", "agreed on"), not of a stance the body also takes ("backed")
        self.choosing = compiled_pattern(lex.alt("appointment", "verbs") + "|" + lex.alt("appointment", "recommending_verbs"), re.I)
        self.effort_noun = compiled_pattern(lex.alt("candidacy", "effort_nouns"), re.I)
        self.race_phrase = compiled_pattern(lex.alt("candidacy", "race_phrase_words"), re.I)
        self.field_noun = compiled_pattern(lex.alt("candidacy", "field_nouns"), re.I)
        # a field a person joins or enters, right before its noun ("joins a crowded field", "entered the field")
        self.joined_field = compiled_pattern(r"(?<![\w-])" + lex.alt("candidacy", "field_joining_verbs")
                                             + r"\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", re.I)
        self.ballot_noun = compiled_pattern(lex.alt("candidacy", "ballot_nouns"), re.I)
        # a clause opening a list of the candidates whose items semicolons set off ("The four candidates are X, ...;")
        # (or the people counted in the race: "Three people are now formally in the race: A; B of X, ...; and C")
        self.list_opener = compiled_pattern(r"^[^;]{0,60}?(?:" + lex.alt("candidacy", "candidate_nouns") + r"(?:\s+(?:in|for)\s+[^;:]{0,40}?)?"
                                            r"|(?:" + lex.numbers(2, 10) + r")\s+(?:people|persons|women|men)\s+"
                                            r"(?:(?:are|were)\s+)?(?:(?:\w+ly|still|now)\s+){0,2}in\s+the\s+(?:race|running|contest))"
                                            r"\s*(?:" + lex.alt("candidacy", "listing_cues") + r"|:)\s+(?:[^⟨⟩;]{0,40}?\s)?⟨C\d+⟩[^;]*;", re.I)
        # "presented Grossi as its candidate", "as the Czech candidate": the role named is the candidacy
        # itself (with "for", the post must follow), after a time too ("in April as the Eastern European group's
        # candidate")
        # "for any post in the UN system": the organisation (or nothing) after it
        self.universal_post = compiled_pattern(r"\s*" + lex.alt("universal_posts") + r"(?:\s+(?:in|of|at|within|across)\s+"
                                               r"(?:the\s+)?⟨[OMP]\d+⟩|\s*(?:[,.;:\"”’')]|$))", re.I)
        # "as" opening a clause or a manner, no role ("backs X as the race narrows", "entered the race as talks dragged
        # on", "as pressure mounted on Chile", "as a matter of principle"): words up to the clause's end, none of them a
        # role, an office, the post or another race ("as head of UNCTAD", "as Costa Rica's vice-president", "as its
        # candidate", "as secretary general" are roles, read by the qualifier's own checks)
        # (two words at least, none a word of falsehood: "rated the claim that S backs X as false" is a verdict)
        roles = bounded(lex.words("person_nouns") + lex.words("post_head_nouns") + lex.words("other_office_nouns")
                        + lex.words("candidacy", "candidate_nouns") + lex.words("cues", "office_role_nouns")
                        + lex.words("cues", "false_words"))
        # (not a mention alone: "as Chile's prime minister", "as next Latvian foreign minister" are one state's token)
        as_clause = (r"(?!(?:well|expected|usual|such|of|early|soon|late|long|far|much|many)\b|[\w-]+\s+as\b|"
                     r"(?:(?:the|a|an|" + THIRD_PERSON_POSSESSIVES + r"|next|new|former|future|incoming|outgoing|acting|interim)\s+)*"
                     r"(?:⟨[SCM]\d+⟩(?:['’]s?)?\s*)+(?:[,;:.!?\"”()]|$))"
                     r"(?:(?!" + roles + r"(?![\w-]))(?:⟨[SCM]\d+⟩(?:['’]s?)?|[^\s,;:.!?⟨⟩\"”()-]+)[\s-]*){2,10}(?=[,;:.!?\"”()]|$)")
        self.as_clause = compiled_pattern(r"\s*as\s+" + as_clause, re.I)
        self.as_candidate = compiled_pattern(r"(?:\s+in\s+" + PERIOD + r"|\s+" + TIME_PHRASE + r")?\s+as\s+(?:(?:[\w’'⟨⟩-]+\s+){0,4}?" + lex.alt("candidacy", "candidate_nouns")
                                             + r"|(?:the\s+)?⟨C\d+⟩(?!['’]))"
                                             # ("in 2023", "in the autumn": when, not in what contest: "in the 2019 race")
                                             r"(?!\s+(?:for|at)\b|\s+in\s+(?!(?:the\s+)?" + PERIOD + r"(?=\s*(?:[.;:!?)]|$)|(?<=,)|"
                                             r"\s+(?:and|but|after|before|when|while|as|to|by|with|at|on|in|from|of|which)\b)))", re.I)
        # a candidacy "for" or "as" something other than the post, or "in" another contest ("a candidate in the
        # presidential election"); "in a letter", "in an interview" say how it was made
        self.aim_elsewhere = compiled_pattern(
            # ("for the second time" is when, not what for)
            r"(?:\s+in\s+" + PERIOD + r")?\s+(?:(?:for|as)\b(?!\s+" + PERIOD + r"|\s+the\s+(?:running|race)\b|"
            r"\s+(?:the|a)\s+(?:" + ordinals(1, 5) + r"|last|final|\w+th)\s+time\b|"
            # ("for almost two months", "for a week", "for some time" say how long)
            + DURATION + r"|"
            # ("as well", "as expected", "for now" say how or when, not what for)
            r"(?<=as)\s+(?:well(?!\s+as\b)|expected|planned|promised|usual|announced|agreed|foreseen|anticipated)\b|(?<=for)\s+now\b|"
            # (nor does "as" opening a clause: "entered the race as the field narrowed")
            r"(?<=as)\s+" + as_clause + r")|in\s+(?:the\s+)?"
            r"(?:[\w'’-]+\s+){0,3}?(?:" + lex.alt("cues", "other_contests") + r"|⟨X\d+⟩)|"
            # an office named by the verb of holding it ("nominated X to chair a UN panel on water", "put forward X to
            # lead the UN Development Programme"): another office, unless the post follows within the words read
            # (the race's organisation itself led is the post: "to head the North Atlantic Alliance"; not its
            # office: "to head the UN refugee agency", "to lead NATO forces")
            r"to\s+" + lex.alt("cues", "office_holding_infinitives") + r"(?!\s+(?:the\s+)?⟨O\d+⟩(?!['’]s)(?!\s+(?:(?-i:[A-Z])|"
            r"(?:(?-i:[a-z][\w-]*)\s+)?" + lex.alt("other_office_nouns") + r"(?![\w-])))))", re.I)
        # a leader's or a state's organ after the agent of a passive ("by President X's government", "by S's cabinet"):
        # a seat of government of the lexicon's
        self.agent_organ = compiled_pattern(r"['’]s?\s+" + bounded(lex.words("seat_nouns")), re.I)
        self.name_noun = compiled_pattern(lex.alt("candidacy", "name_nouns"), re.I)
        self.nomination_noun = compiled_pattern(lex.alt("candidacy", "nomination_nouns"), re.I)
        # a stance noun phrase's own predicate, a negated passive of giving or declaring it ("Endorsement of X by Poland
        # has still not been formally issued", "... was never announced"): the stance not taken yet
        ungiven = bounded(lex.phrase_participles("endorsement", "giving_verbs") + lex.phrase_participles("candidacy", "declaring_verbs")
                          + lex.phrase_participles("candidacy", "nominating_verbs"))
        self.ungiven_after = compiled_pattern(
            r"\s*(?:has|have|had|is|was|are|were)\s+(?:(?:still|yet|so\s+far|thus\s+far)\s+)?(?:not|never)\s+(?:(?:yet|still)\s+)?"
            r"(?:been\s+)?(?:(?:\w+ly|yet)\s+)?" + ungiven + r"\b|\s*(?:has|have|is|are)\s+(?:still\s+)?yet\s+to\s+be\s+"
            r"(?:\w+ly\s+)?" + ungiven + r"\b", re.I)
        # a refusal noun before its giver ("a refusal by Hungary to support X"): the verb after is the refused one
        self.refusal_before_giver = compiled_pattern(r"(?<![\w-])" + lex.alt("opposition", "refusal_nouns")
                                                     + r"\s+(?:by|of|from)\s+(?:the\s+)?$", re.I)
        # a stance or nomination noun before the candidate as its object ("Backing for X", "the nomination of X",
        # "Opposition to X"): what a verb of leaving after it ends is that noun, not the person's bid
        self.stance_noun_of = compiled_pattern(r"(?<![\w-])(?:" + lex.support_nouns() + "|" + lex.opposition_nouns() + "|"
                                               + lex.alt("candidacy", "nomination_nouns") + r")\s+(?:for|of|to|behind|against)\s+"
                                               r"(?:the\s+)?$", re.I)
        self.leaving = compiled_pattern(lex.alt("withdrawal", "leaving_verbs"), re.I)
        # the organisation choosing someone "as (its) next chief": its own head, the post (not "as the new head
        # of the refugee agency")
        own_head = lex.alt("post_head_nouns") + r"(?![\w-])(?!\s+of\s+(?!(?:the\s+)?⟨[OP]\d))"
        self.org_head_as = compiled_pattern(r"\s*as\s+(?:(?:its|their|the)\s+)?(?:new|next)\s+" + own_head, re.I)
        # an office the chosen person is to hold "as", after the name and an aside at most: another office when it
        # is capitalised ("as the next UN High Commissioner for Refugees"), the body's name with a word other than
        # its head ("as ⟨UN⟩ refugee chief"), a person's office ("as the new envoy") or a head of something else
        # ("as head of the refugee agency"); not the post, nor the organisation's own head ("as its next chief")
        self.as_other_office = compiled_pattern(
            # (or any office a state owns, which the post never is: "as the bloc's next foreign-policy chief" with the
            # bloc read as a state; not "as Peru's candidate")
            r"^[^;]{0,80}?(?<![\w-])as\s+(?:⟨S\d+⟩['’]s?\s+(?!(?:[\w-]+\s+){0,2}?(?:candidate|nominee|contender|choice|pick|"
            r"man|woman)s?\b)|(?>(?:(?:the|its|their|an?|⟨O\d+⟩['’]s?|[\w.-]+['’]s)\s+)?)(?>(?:(?:new|next|incoming|future|first|[\w-]+th)\s+)?)"
            r"(?!⟨P\d|(?:⟨O\d+⟩['’]?s?\s+)?" + own_head + r")(?:(?-i:[A-Z])|⟨O\d+⟩|"
            + r"(?:(?-i:[a-z])[\w-]*\s+){0,2}?" + lex.alt("person_nouns") + r"(?![\w-])|" + lex.alt("post_head_nouns") + r"\s+of\b))", re.I)
        self.self_exclusion = compiled_pattern(lex.alt("withdrawal", "self_excluding_verbs"), re.I)
        self.bare_leaving = compiled_pattern(lex.alt("withdrawal", "bare_leaving_verbs"), re.I)
        self.timed_leaving = compiled_pattern(lex.alt("withdrawal", "timed_leaving_verbs"), re.I)
        self.dated_leaving = compiled_pattern(lex.alt("withdrawal", "dated_leaving_verbs"), re.I)
        self.race_reason = compiled_pattern(r"(?<![\w-])(?:" + lex.alt("withdrawal", "race_reason_nouns") + r")(?![\w-])", re.I)
        self.withdrawing = compiled_pattern(lex.alt("withdrawal", "verbs"), re.I)
        self.leaving_told = compiled_pattern(lex.alt("withdrawal", "telling_verbs"), re.I)
        # what a bid's owner's campaign tells, when it is the leaving: "X's campaign announced her withdrawal",
        # "... confirmed on Monday that she had pulled out" (a bid told only as withdrawn: the withdrawal alone)
        self.told_leaving = compiled_pattern(
            r"\s*(?:(?:(?:on|in|last|this)\s+\w+|\w+ly|today|yesterday)\s+){0,2}(?:that\s+)?(?:(?:(?:his|her|their|its|the)\s+|⟨C\d+⟩['’]?s?\s+)"
            r"(?:[\w-]+\s+)?(?:" + lex.alt("withdrawal", "nouns") + r")\b|(?:he|she|they|⟨C\d+⟩)\s+(?:(?:had|has|was|is|were)\s+)?"
            r"(?:" + lex.alt("withdrawal", "verbs") + r"))", re.I)
        # a leaving verb whose object is the bid right after it: "to withdraw her candidacy", "has dropped his bid"
        self.withdrawn_object = compiled_pattern(r"(?<![\w-])(?:" + lex.alt("withdrawal", "verbs") + r")\s+"
                                                 r"(?:(?:formally|officially|publicly|now|then|also|\w+ly)\s+)?$", re.I)
        # the bid as what is withdrawn: "stepped aside from seeking the post", "pulled out of competing for", "ends bid"
        self.withdrawn_from = compiled_pattern(r"(?<![\w-])(?:" + lex.alt("withdrawal", "verbs") + r")\s+(?:(?:from|of)\s+)?$", re.I)
        # an act of entering the race told as one to come at a time to come ("will declare his candidacy next week",
        # "Chile will nominate X next month", "will put her forward within days"): planned, not done, as "is set to
        # nominate" and "plans to declare" are (the verb in its plain form after "will"; a stated intention to run or a
        # stance for later is no act of entering: "will run", "will support X next month")
        self.entering_act = compiled_pattern(r"(?:" + lex.alt("candidacy", "declaring_verbs") + "|"
                                             + lex.alt("candidacy", "nominating_verbs") + r")", re.I)
        # (or its passive: "will be nominated in the coming weeks", "will formally be put forward next month")
        self.future_aux_before = compiled_pattern(r"(?:\b(?:will|shall)|['’]ll)\s+(?:(?:(?-i:[a-z]+ly)|also|then|now|soon)\s+){0,2}"
                                                  r"(?:be\s+(?:(?:(?-i:[a-z]+ly)|also|then|now|soon)\s+){0,2})?$", re.I)
        self.time_to_come = compiled_pattern(
            r"(?<![\w-])(?:next\s+(?:week|month|year|" + SEASON_NAMES + r")|within\s+(?:(?:the\s+)?(?:next\s+)?"
            r"(?:a|an|\d+|" + cardinals(2, 5) + r"|few|several|coming)\s+)*(?:hours?|days?|weeks?|months?)|in\s+the\s+(?:coming|next)\s+"
            r"(?:(?:few|" + cardinals(2, 3) + r")\s+)?(?:hours|days|weeks|months)|later\s+(?:this|in\s+the)\s+(?:week|month|year)|"
            r"(?:very\s+)?soon|shortly|in\s+(?:a|an|a\s+few|" + cardinals(2, 4) + r"|\d+)\s+(?:days?|weeks?|months?)(?:['’]\s*time)?|"
            r"before\s+the\s+end\s+of\s+(?:the|this)\s+(?:week|month|year))(?![\w-])", re.I)
        # a nomination kept ("kept its nomination of X"): the backing still given; the candidacy is background
        # (the verbs that also declare one, "maintain", "uphold", state it)
        declaring = set(lex.words("candidacy", "declaring_verbs"))
        self.keeping_only = compiled_pattern(bounded([w for w in lex.words("endorsement", "keeping_verbs") if w not in declaring]), re.I)
        # a sponsoring verb in the pluperfect ("had co-sponsored", "had long sponsored"): the backing told as background
        self.had_sponsored = compiled_pattern(r"(?<![\w'’-])had\s+(?:(?:\w+ly|long|also|first|once|originally|jointly)\s+){0,2}"
                                              + bounded(lex.participles("candidacy", "sponsoring_verbs")) + r"$", re.I)
        # what follows a withdrawal verb that is no one's leaving the race: a stance dropped ("dropped its
        # objections", "withdrew their support")
        self.stance_dropped = compiled_pattern(r"\s+(?:" + THIRD_PERSON_POSSESSIVES + r")\s+(?:[\w-]+\s+)?(?:"
                                               + lex.opposition_nouns() + "|" + lex.support_nouns() + r")(?![\w-])", re.I)
        # a leaving in the time or condition clause of a main clause still to come (withdrawal._timed_by_prospect): the
        # conjunction right before the one who leaves, the main clause's modal or readiness (in lower case), and where
        # a clause ends
        self.prospect_conjunction = compiled_pattern(r"(?<![\w'’-])(?:" + lex.alt("withdrawal", "prospect_conjunctions")
                                                     + r")\s+$", re.I)
        self.prospect_main = compiled_pattern(r"(?:(?<![\w'’-])|(?=['’]))(?:" + phrase_pattern(lex.words("withdrawal", "prospect_main_words"))
                                              + r")(?![\w-])")
        # (a day or a manner between: "threatened on Monday to quit", "offered again to step aside")
        self.leaving_intended = compiled_pattern(lex.alt("withdrawal", "intending_verbs") + r"(?:\s+(?:on|last|this)\s+[\w-]+|"
                                                 r"\s+(?:again|once\s+more|\w+ly))?\s+to\s+$", re.I)
        # a relative clause on a group after the actor: its verb is the group's ("Chile and all who backed her")
        # (and a counted group's, set off by a comma: "at odds with most allies, who back Rutte")
        self.other_antecedent = compiled_pattern(
            r"(?<![\w-])(?:" + lex.alt("cues", "relative_heads") + r"\s*,?|(?:" + lex.alt("cues", "relative_group_quantifiers")
            + r")\s+(?:[\w-]+\s+){0,2}?" + lex.alt("cues", "group_nouns") + r"\s*,)\s+(?:who|that|which)\s+"
            r"(?:(?:\w+ly|had|has|have|also|still|would|will|did|does|do)\s+){0,3}$", re.I)
        # a state taking no stance towards anyone, read at the state's name ("... has not announced its support for any
        # candidate", ", however, has not vetoed anyone", "has not said whom it supports", "has not decided."):
        # what it contradicts told just before (events.py); `support` / `refusal` say which stance it denies
        name_head = r"(?:['’]s?\s+(?:[\w-]+\s+)?" + lex.alt("government_nouns") + r")?(?:\s*,[^,;⟨⟩]{1,60},)?"
        after_name = (name_head + r"\s+(?:has|have|had|did|does|do)(?:\s+not|n['’]t|\s+never)\s+(?:(?:yet|publicly|formally|officially|"
                      r"so\s+far|openly|\w+ly)\s+){0,2}")
        no_one = (r"(?:\s+(?:its|their)\s+(?:[\w-]+\s+)?" + lex.alt("cues", "no_stance_nouns")
                  + r"(?=\s*(?:[,.;:]|$|\s+(?:yet|so\s+far|either)\b))|(?:\s+(?:(?:its|their)\s+)?(?:[\w-]+\s+)?"
                  + lex.alt("cues", "no_stance_nouns") + r"\s+(?:for|of|to|on|in)\b)?\s+" + lex.alt("cues", "no_one_objects")
                  + r"(?!\s+other\b))")
        self.no_stance_taken = compiled_pattern(
            after_name + r"(?:(?P<support>" + lex.alt("cues", "no_support_verbs") + r")" + no_one + r"|(?P<refusal>"
            + lex.alt("cues", "no_refusal_verbs") + r")" + no_one + r"|" + lex.alt("cues", "no_stance_phrases")
            + r"(?=\s*(?:[,.;:]|$|\s+(?:yet|so\s+far|which|whom|who|whether|on|in)\b)))", re.I)
        # ... told with a denying object instead ("has in fact endorsed nobody so far", "Turkey backed no one")
        self.no_one_backed = compiled_pattern(
            name_head + r"\s+(?:(?:has|have|had|did|does|do)\s+)?(?:(?:yet|publicly|formally|"
            r"officially|so\s+far|openly|in\s+fact|actually|\w+ly)\s+){0,2}(?:(?P<support>" + lex.alt("cues", "no_support_verbs")
            + r")|(?P<refusal>" + lex.alt("cues", "no_refusal_verbs") + r"))\s+" + lex.alt("cues", "negative_objects")
            + r"(?![\w-])(?!\s+(?:other|but|except|save)\b)", re.I)
        # ("stopped short of blocking X" ends nothing: it never began; nor does the outcome "in the end", "at the end of
        # the day", "ended up blocking X": what was done at last, not a stance ended)
        self.reversal = compiled_pattern(_OUTCOME_END + lex.alt("opposition", "reversal_verbs")
                                         + r"(?!\s+short\b)(?!\s+up\b)", re.I)
        self.persuading = compiled_pattern(lex.alt("cues", "persuading_verbs"), re.I)
        # someone denying what is told ("Hungary denied that it had dropped ...", "... were dismissed by Budapest")
        self.denying = compiled_pattern(lex.alt("cues", "denying_verbs"), re.I)
        # ... in the passive after what it denies ("Rumours that S had dropped ... were dismissed by Budapest")
        self.denied_passive = compiled_pattern(r"\b(?:was|were|been|being|is|are)\s+(?:(?-i:[a-z]+ly)\s+)?(?:"
                                               + lex.alt("cues", "denying_verbs") + r")\b", re.I)
        self.promoting = compiled_pattern(lex.alt("endorsement", "promoting_verbs"), re.I)
        self.ballot_verb = compiled_pattern(lex.alt("cues", "ballot_verbs"), re.I)
        self.ballot_context = compiled_pattern(lex.alt("candidacy", "ballot_nouns") + r"|\b(?:rounds?|ballots?|tally|tallies)\b", re.I)
        # (not for another contest: "said he will not stand at the next general election")
        self.denial = compiled_pattern(rf"(?P<subj>{C})(?:{WP}{{0,60}}?)(?<![\w-]){lex.alt('candidacy', 'denials')}"
                                       rf"(?!\s+(?:at|in|for)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{lex.alt('cues', 'other_contests')}"
                                       rf"|\s+(?:at|in|for)\s+(?:the\s+)?⟨X"
                                       # (or a state's own seat: "ruled out running for Chile's Senate")
                                       rf"|\s+for\s+(?:the\s+)?(?:⟨S\d+⟩|(?-i:[A-Z])[\w-]*)['’]s?\s+(?!⟨[PO]))", re.I)
        # the denial inside a relative clause of another contest: "an election campaign in which Rutte is not standing"
        self.denial_elsewhere = compiled_pattern(rf"{lex.alt('cues', 'other_contests')}(?:\s+[\w-]+){{0,2}}\s*,?\s+"
                                                 rf"(?:in|for|at)\s+which\s+$", re.I)
        # a transcript's speaker label may open it: "Q: Will Turkey back Rutte?"
        # and a statement asked ("Turkey backs Rutte? Not so fast."), unquoted, unless it presupposes ("why")
        label = r"^\W*(?:\w[\w .'’-]{0,30}?:\s+)?"
        self.question = compiled_pattern(label + lex.alt("cues", "question_openers") + r"[^?]*\?\W*$|(?!" + label
                                         + lex.alt("cues", "presupposing_openers") + r")" + label + r"[^?\"“”]*\?\W*$", re.I)
        # a yes-or-no question the next sentence answers yes, perhaps after its speaker's label ("Q: Will Spain back X?"
        # / "A (Spanish foreign minister): Yes, we will."): the question is told (not "Yes, but not yet", "Yes and no")
        self.yes_no = compiled_pattern(label + lex.alt("cues", "yes_no_openers") + r"[^?]*\?\W*$", re.I)
        self.answer_yes = compiled_pattern(r"^\W*(?:\w[\w .'’()-]{0,60}?:\s+)?" + bounded(
                                               lex.words("cues", "affirmations") + lex.words("cues", "affirmative_answers"))
                                           + r"(?![\w'’])(?!\s+and\s+no\b)(?![^.;!?]*(?:\b(?:not|never|no|but)\b|n['’]t\b))", re.I)
        # "Chile, together with Brazil," / "jointly with our neighbours of Peru and Bolivia": co-actors
        self.comitative = compiled_pattern(
            r"(?:(?P<before>⟨S\d+⟩),?\s*)?(?<![\w-])" + lex.alt("comitative_phrases")
            + r"\s+(?:(?:our|" + THIRD_PERSON_POSSESSIVES + r"|the)\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?(?P<with>⟨S\d+⟩)", re.I)
        # "Britain, rather than Germany, ...": the state before the contrast is the one that acts
        self.contrast = compiled_pattern(r"(?P<before>⟨[SO]\d+⟩)\s*,\s*" + lex.alt("contrast_phrases") + r"\s+(?:the\s+)?$", re.I)
        # "Mexico and Brazil joined Chile in nominating her", "Italy on Monday followed Germany in backing X": the joined
        # state acts too
        self.comitative_join = compiled_pattern(
            r"(?P<before>⟨S\d+⟩)\s+(?:(?:also|later|have|has|had|then|instead|soon|quickly|(?-i:[a-z]+ly)|(?:on|in|last|this|next)\s+"
            r"(?-i:[A-Z])[a-z]+|(?:last|this|next)\s+(?:week|month|year))\s+){0,3}" + lex.alt("endorsement", "joining_verbs")
            + r"\s+(?:the\s+)?(?P<with>⟨S\d+⟩)\s+in\b", re.I)
        # a stance verb right before a noun phrase ("backed a rival", "opposed the other candidate"; not "stood behind its
        # candidate, X": a state's own candidate is its nominee)
        self.stance_verb_before = compiled_pattern(
            r"(?:" + lex.alt("endorsement", "verbs") + "|" + lex.alt("opposition", "verbs")
            + r")\s+(?:(?:the|a|an)\s+)?(?:(?!(?:its|his|her|their)\b)[\w-]+\s+){0,2}?(?:[a-z]+-)?$", re.I)
        # the noun as the object of a stance or a wish: "backed Rutte's appointment", "to block the appointment of"
        self.noun_object_of = compiled_pattern(
            r"(?:\b(?:to|for|against|of|over|on|about|behind|with)|" + lex.alt("endorsement", "verbs") + "|" + lex.alt("opposition", "verbs")
            + "|" + lex.alt("appointment", "wishing_verbs") + r")\s+(?:(?:the|his|her)\s+)?$", re.I)
        # a clause that is what a stance or a wish is about: "cannot support that Rutte becomes", "wants that X becomes"
        stance = (r"(?:" + lex.alt("endorsement", "verbs") + "|" + lex.alt("opposition", "verbs") + "|"
                  + lex.alt("appointment", "wishing_verbs") + "|" + lex.alt("opposition", "assent_verbs") + ")")
        self.stance_that = compiled_pattern(stance + r"\s+that\s+$", re.I)
        # the same verbs right before the person of a non-finite clause: "will not support Rutte taking over",
        # "opposes Grossi becoming secretary-general" (office.check_takes_office)
        self.stance_object = compiled_pattern(r"(?:" + lex.alt("endorsement", "verbs") + "|" + lex.alt("opposition", "verbs") + "|"
                                              + lex.alt("opposition", "assent_verbs") + r")\s+$", re.I)
        # a word before an agent noun saying its stance no longer holds: "a former backer of X", "its one-time sponsor",
        # "once a keen backer" (stance_nouns.former_agent)
        self.former_agent = compiled_pattern(r"(?<![\w-])" + phrase_pattern(lex.words("cues", "former_adjectives")
                                                                          + lex.words("cues", "former_markers"))
                                             + r"\s*(?:[\w'’⟨⟩-]+\s+){0,3}$", re.I)
        # a candidate governed by a preposition, a past form or one of six verbs of support, opposition, nomination or
        # of dropping one before it ("support the candidacy of X", "backed X", "backs X"; takes_office.object_verbs):
        # the object of the main clause, not the subject of a time clause's gerund after it ("..., one week after
        # taking office": office.check_takes_office)
        self.object_position = compiled_pattern(
            r"\b(?:of|for|to|against|with|behind|over|from|(?-i:[a-z]+ed)|" + lex.alt("takes_office", "object_verbs") + r")\s+"
            r"(?:(?:the|former|outgoing|incumbent|then)\s+|(?-i:[A-Z])[\w.'’-]*\s+){0,4}$", re.I)
        # "the best candidate is", "the likely candidates are": an assessment, not a list of the race
        self.assessed_noun = compiled_pattern(lex.alt("candidacy", "assessing_words") + r"\s+$", re.I)
        self.assessing = compiled_pattern(lex.alt("candidacy", "assessing_words"), re.I)
        self.hedging = compiled_pattern(lex.alt("candidacy", "hedging_words"), re.I)
        self.counted_field = counted_field(lex)
        # a sentence with a definite count of the race's people ("All four candidates ..."): read over those named before
        self.counted_back = compiled_pattern(counted_back(lex), re.I)
        self.formalising = compiled_pattern(lex.alt("ellipsis", "formalising_verbs"), re.I)
        # a manner that says the stance is the one before: "Mexico followed in similar terms", "... in the same vein"
        self.same_manner = compiled_pattern(r"\s*,?\s*" + lex.alt("ellipsis", "same_manners") + r"(?![\w-])", re.I)
        # ... or a manner naming the stance itself: "Ecuador and Peru followed with statements of support", "Lima followed
        # with its own endorsement", "Ankara followed with objections of its own" (its noun's kind must be the stance's;
        # not "followed with interest", "with a statement on trade", "with support for the ceasefire")
        self.stance_manner = compiled_pattern(
            r"\s*,?\s*with\s+(?:(?:a|an|the|" + THIRD_PERSON_POSSESSIVES + r"|own|similar|formal|public|official|strong|firm|warm|"
            r"swift|quick|\w+ly)\s+){0,3}(?:" + lex.alt("ellipsis", "statement_nouns") + r"\s+of\s+(?:(?:its|their|own|"
            r"firm|strong|formal|public|full|official)\s+){0,2})?(?:(?P<sup>" + lex.support_nouns() + r")|(?P<opp>"
            + lex.opposition_nouns() + r"))(?![\w-])(?:\s+of\s+(?:" + THIRD_PERSON_POSSESSIVES + r")\s+own)?"
            r"(?=\s*(?:$|[,.;:)!—–]|(?:for|of|to)\s+(?:⟨C\d+⟩|him|her)|on|in|late|early|last|this|that|the|within|a|"
            r"yesterday|today|soon|shortly|later|hours|days|minutes|\w+day)(?![\w-]))", re.I)
        # (not a quantity: "a great deal of listening" names no deal)
        self.other_matter = compiled_pattern(r"(?<!great\s)(?<!good\s)" + lex.alt("cues", "other_matters"), re.I)
        self.office_nouns = lex.alt("other_office_nouns")     # "the UN nuclear watchdog", "UN rights post"
        # the post or its organisation named after "to chair" ("to chair the ⟨O⟩'s council"), not as the modifier of another
        # body ("to chair a new ⟨O⟩ panel on development finance": check_appointment)
        self.post_not_modifier = compiled_pattern(r"⟨P\d+⟩|⟨O\d+⟩(?!(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?" + self.office_nouns + r"(?![\w-]))", re.I)
        # "nominated X to chair a UN panel on water": an office named after the infinitive, not the post
        self.other_office_aim = compiled_pattern(
            r"\s*,?\s+to\s+(?:" + lex.alt("office_verbs") + r"\s+(?:(?:[^,;:⟨⟩.]|⟨[SO]\d+⟩){0,40}?(?<![\w-]))?|"
            # (a post alias the body's own office follows: "to lead the UN Development Programme")
            r"(?P<alias>⟨P\d+⟩)\s+(?:(?-i:[A-Z][\w-]*)\s+){0,3}?)" + self.office_nouns + r"(?![\w-])"
            # (a seat in a body, with no verb: "nominated X to the board of a development bank", "to a panel at the WTO")
            # (or ending the clause: "put forward X, its former finance minister, to the World Bank board.")
            r"|\s*,?\s+to\s+(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,3}?" + self.office_nouns
            # (not a time after "on": "sent the nomination of X to the Council on Monday")
            + r"\s+(?:of|at|on(?!\s+(?:the\s+)?(?:" + WEEKDAY_WORD + "|" + MONTH_WORD + r"|\d)))(?![\w-])"
            # (or a body's named seat ending the clause: "put forward X to the World Bank board.", "to a ⟨UN⟩ panel."; not
            # the bare "to the council", the race's own body)
            r"|\s*,?\s+to\s+(?:the|a|an|its|their)\s+(?:(?:[\w’'-]+|⟨O\d+⟩(?:['’]s)?)\s+){1,3}?" + self.office_nouns + r"\s*(?:[.;]|$)", re.I)
        # "backed Kallas in the dispute over the border", "sided with Grossi in the row with Tehran"
        self.in_dispute = compiled_pattern(r"\s*(?:,\s*)?(?:in|on|over|during|throughout)\s+(?:(?:the|a|an|this|that|their|its|his|her)\s+)?"
                                           r"(?:[\w-]+\s+){0,2}?" + lex.alt("cues", "dispute_nouns") + r"(?![\w-])", re.I)
        # another election's race named: "the presidential race", "the Democratic primary" (a race noun after it is theirs)
        self.other_race_named = compiled_pattern(lex.alt("candidacy", "other_contest_labels") + r"\s+(?:[\w-]+\s+)?"
                                                 r"(?:race|contest|election|campaign|primary|primaries|run-?off)(?![\w-])", re.I)
        # "So does Brazil in the IAEA vote": a ballot of something else
        self.in_other_contest = compiled_pattern(r"\s+in\s+(?:the\s+)?(?:[\w'’⟨⟩-]+\s+){0,2}?"
                                                 + lex.alt("cues", "other_contests") + r"(?![\w-])", re.I)
        # "rooted for Grossi in the 2019 election", "placed its trust in Kallas at the election": another contest
        self.in_contest = compiled_pattern(r"\s+(?:in|at|during)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’⟨⟩-]+\s+){0,2}?"
                                           + lex.alt("cues", "other_elections") + r"(?![\w-])", re.I)
        # "backs Rutte on migration", "opposes Kallas over Russia sanctions": a stance on a matter, unless what
        # follows "on"/"over" is a time, an occasion, the race or the post
        self.on_matter = compiled_pattern(
            r"\s+(?:on|over)\s+(?!(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?(?:"
            + lex.alt("cues", "on_occasions") + r"|" + PERIOD + r"|" + lex.alt("candidacy", "bid_nouns") + r"|"
            + lex.alt("candidacy", "race_nouns") + r"|⟨[POX]\d|\d)(?![\w-]))(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?"
            r"(?-i:[a-zA-Z])", re.I)
        self.name_modified = compiled_pattern(r"\s+" + lex.alt("cues", "name_modified_nouns") + r"(?![\w-])", re.I)
        # after the organisation's name: its race ("the NATO race", "NATO's succession race") or a bid ("Grossi's UN
        # bid") names the post ("the NATO race to rearm", "the UN race for climate funds" are other races)
        self.org_race = compiled_pattern(r"(?:['’]s?)?\s+" + bounded(lex.words("post_race_nouns") + lex.words("post_change_nouns"))
                                         + r"(?![\w-])(?!\s+(?:to|for|over)\s)", re.I)
        self.org_bid = compiled_pattern(r"\s+" + lex.alt("bid_object_nouns") + r"(?![\w-])", re.I)
        # a stance noun still to be won, or withheld: "lacked Hungary's backing"
        self.unmet = compiled_pattern(lex.alt("endorsement", "unmet_words") + r"(?:[^⟨⟩]|⟨S\d+⟩){0,30}$", re.I)
        # the same word right before the stance noun's own phrase ("fear a veto", "seeking the formal support", "lacks the
        # full, formal support"), no clause between: in "X needs every vote, and the objections of S to him remain" the noun is no need's object
        self.unmet_near = compiled_pattern(r"(?<![\w-])" + lex.alt("endorsement", "unmet_words")
                                           + r"\s+(?:(?:[^\s,;:.⟨⟩]+|⟨S\d+⟩[^\s,;:.]*)(?:,\s+(?!(?:and|but|while)\b)|\s+)){0,5}$", re.I)
        # a tally label's qualifier in brackets that says its line is no state's word on the record: "For (unconfirmed): A"
        self.sheet_qualified = compiled_pattern(r"^\W*[^():]{1,30}?\((?P<q>[^()]*)\)\s*:", re.I)
        self.sheet_unconfirmed = compiled_pattern(r"(?<![\w-])(?:" + lex.alt("endorsement", "sheet_unconfirmed") + "|"
                                                  + lex.alt("candidacy", "hedging_words") + r")(?![\w-])", re.I)
        # a sexed pronoun (the lexicon's pronouns_he, pronouns_she), and what puts one in a stance's object slot
        # (sentence_events._pronoun_against): after a stance's verb or its preposition ("backs her", "support for
        # him"), before a stance's noun it receives ("given her its backing") or a bid noun it owns ("her bid"), or a
        # possessive opening the sentence ("Her path is steep")
        self.sexed_pronoun = compiled_pattern(r"(?<![\w'’-])(?:(?P<she>" + lex.alt("pronouns_she") + r")|(?P<he>"
                                              + lex.alt("pronouns_he") + r"))(?![\w'’-])", re.I)
        self.possessive_pronoun = compiled_pattern(lex.alt("pronouns_possessive"), re.I)
        self.pronoun_object_before = compiled_pattern(
            r"(?<![\w'’-])(?:" + lex.alt("endorsement", "verbs") + "|" + lex.alt("opposition", "verbs")
            + "|" + lex.alt("stance_object_prepositions") + r")\s+(?:\w+ly\s+)?$", re.I)
        # (a bid noun owned so is the race's, not one "to" do something else: "her bid to lead the UN", not "her bid to
        # reform the ministry")
        self.pronoun_object_after = compiled_pattern(
            r"\s+(?:" + lex.alt("stance_noun_determiners") + r"\s+(?:[\w-]+\s+){0,2}?(?:" + lex.alt("endorsement", "nouns") + "|"
            + lex.alt("opposition", "nouns") + r")|(?:[\w-]+\s+){0,2}?"
            + bounded(lex.words("bid_object_nouns") + lex.words("candidacy", "bid_nouns"))
            + r"(?!\s+to\s+(?!(?:" + lex.alt("candidacy", "post_infinitives") + "|" + lex.alt("verb_object_openers")
            + r")(?![\w-]))(?-i:[a-z]+)\b))", re.I)
        # what a possessive pronoun after a stance's verb or preposition is when no stance or bid noun it owns follows:
        # the object itself before a stop, a preposition or an object's determiner ("backs her.", "support for her in
        # the race"), not the owner of another noun ("a vote for her party", "backing her deputy's plan")
        self.pronoun_alone_after = compiled_pattern(r"\s*(?:[,.;:!?)\"”’—–]|$)|\s+(?:(?-i:[a-z]+ly\b)|"
                                                    + lex.alt("verb_object_openers") + r"(?![\w'’-]))", re.I)
        # a possessive opening the sentence that owns its state ("Her country, Mexico, will back ...", "His government
        # said"): no stance's object
        self.state_anaphor_opening = compiled_pattern(r"[\W]*" + lex.alt("state_anaphora") + r"(?![\w'’-])", re.I)
        vocab = Vocab(lex)
        vocab.holder = _INCUMBENT
        self.rules = [rule for family in FAMILIES for rule in family.rules(vocab)]
        # what a reporter sets inside a multiword predicate, read as absent by every clause view
        self.inserts = InsertReader(lex, vocab.phrases)
        # rules whose candidate is only the one in focus: they state nothing about a name they did not read
        self.focus_rules = frozenset(rule.name for rule in self.rules if "focus" in rule.traits)
        # rules that state a name the article proposes only in a sentence naming the post ("His campaign insists he is
        # not 'the Brussels candidate'" may be another race's campaign)
        self.weak_rules = frozenset(rule.name for rule in self.rules if "weak_for_new" in rule.traits)
        # rules that list the race's field: what they list, a statement over "each" of them is about
        self.roster_rules = frozenset(rule.name for rule in self.rules if "list" in rule.traits)
        self._placed = [i for i, rule in enumerate(self.rules) if _INCUMBENT in rule.pattern.pattern]
        self.cues: CueIndex | None = None

    def with_incumbent(self, holder: tuple[str, ...]) -> "Grammar":
        """A copy for a story whose post's holder has these names (none: the patterns that need them
        never match), sharing every compiled pattern but the ones holding the names. The patterns'
        texts are those a build for this incumbent alone would compile."""
        names = bounded(holder) if holder else r"(?!)"
        grammar = copy.copy(self)
        grammar.rules = list(self.rules)
        for i in self._placed:
            rule = self.rules[i]
            grammar.rules[i] = replace(rule, pattern=compiled_pattern(rule.pattern.pattern.replace(_INCUMBENT, names),
                                                                      rule.pattern.flags))
        # "took over from (NATO chief) Jens Stoltenberg": the incumbent's post
        grammar.from_incumbent = compiled_pattern(
            r"^\s*(?:as\s+(?:[\w-]+\s+){0,3}?)?from\s+(?:(?:the|outgoing|[\w-]+'s|long-serving|departing|incumbent)\s+)*"
            r"(?:⟨P\d+⟩\s+)?" + names if holder else r"(?!)", re.I)
        # what each rule's pattern cannot match without: a clause lacking it is not scanned (each
        # pattern's cue sets are read once per pattern text, cues.cue_sets)
        grammar.cues = CueIndex([rule.pattern for rule in grammar.rules])
        return grammar
