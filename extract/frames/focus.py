"""Stances on the candidate in focus: a state's support, opposition or ended stance stated without
its object ("Ankara withheld its support", "the backing of France and Germany", "Britain followed
suit"), about the candidate the article is about at that point (see salience.py)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from natowatch.extract.calendar_names import MONTH_NAMES, WEEKDAY_NAMES
from natowatch.extract.model import ACTOR_TYPES, ENDED
from natowatch.extract.frames.base import (
    A, AGG, C, KEPT_BY_NEGATION, Context, Finding, Rule, S, TITLE, W, _assess, _confidence, _finding, _grammar, _group,
    _other_race_in, _rx, _span, ungiven_after,
)
from natowatch.extract.frames.actors import _actor_values, before_member_aside
from natowatch.extract.frames.vocab import Vocab
from natowatch.extract.lexicon import COPULA_FORMS, THIRD_PERSON_POSSESSIVES, auxiliaries
from natowatch.extract.frames.stance_forms import CAMP_OTHER_MATTER, GIVER_ADVERB, camp_entry
from natowatch.extract.frames.stance_checks import more_actors, negative_echo
from natowatch.extract.frames.stance_nouns import _modal_after
from natowatch.extract.frames.following import check_followed, check_so_does, withdrawn_in
from natowatch.extract.frames.inverted import inverted_rules


# one aside set off by commas or dashes between a state and its predicate ("Spain, where she had lived for seven years,
# followed in April"): read through, whatever it names (a candidate named there is checked as any other)
ASIDE = r"(?:\s*[,—–]\s*[^,;—–]{1,90}?[,—–])?"
# the auxiliary of a sentence that repeats the stance before ("So does France."): not a modal of what may be or ought
# to be ("So might France.", "Neither should Slovakia."), which the sentence's own scope does not see before the state
_SO_DOES_AUX = auxiliaries(without=("shall", "should", "may", "might", "must"))


# after "on": not a date ("on June 18", "on 18 June", "on Tuesday")
_MONTH = r"(?:" + MONTH_NAMES + r")\b"
_NOT_A_DAY = rf"(?!(?:the\s+)?\d|(?:{WEEKDAY_NAMES})\b|{_MONTH})"


def rules(v: Vocab) -> list[Rule]:
    sup_v, sup_n, give, opp_n, follow, stance_adj = v.sup_v, v.sup_n, v.give, v.opp_n, v.follow, v.stance_adj
    opening = (r"^\W*(?:(?-i:[A-Z])[\w ]{0,25}:\s*)?(?P<adv>(?:(?:\w+ly|also|first|jointly|since|later)\s+){0,2})(?P<trig>%s)"
               # (a fact sheet's field, its colon after "by": a bare "Backed by France." may be about anything)
               rf"\s+(?:jointly\s+)?by\s*:\s*{AGG}(?:the\s+)?{TITLE}(?P<actor>{A})"
               # nothing after but when ("Backed by Washington, the plan passed" is the plan's)
               r"(?=[^,;⟨⟩]*(?:[;.]\s*)?$)")
    # the same sentence with its colon left out, when nothing but the states, their government, a time or a
    # place, a later clause or an apposition follows ("Nominated jointly by Chile and Peru, a first for the
    # region.", "Formally nominated by Peru in December."): nominating is done to a person, so unlike "Backed
    # by France" the fragment is the nomination of the person of the section
    # (what may follow the states: their government, a time or a place, then the clause's end or an apposition)
    bare_end = (rf"(?:['’]s\s+(?:new\s+)?(?:{v.government_n}))?"
                r"(?:\s+(?:under|in|on|last|this|at|through|via|with|after|before)\s+(?:[^,;⟨⟩]|⟨S\d+⟩)*)?"
                r"\s*(?:[;.]|,\s+(?:a|an)\s+[^⟨⟩;]*|$)")
    # (or a second participle of support with its own states, coordinated: "Nominated by S and co-sponsored by T.")
    second_lead, second_pp = r"(?:\s*,\s*|\s+)(?:and\s+)?(?:(?:\w+ly|also|later)\s+)?", rf"(?:{v.sup_pp}|{v.nominate_phrase_pp})"
    second = rf"{second_lead}{second_pp}\s+(?:jointly\s+)?by\s+"
    bare = (r"^\W*(?P<adv>(?:(?:\w+ly|also|first|jointly|since|later)\s+){0,2})(?P<trig>%s)\s+(?:jointly\s+)?by\s+"
            rf"(?:the\s+)?{TITLE}(?P<actor>{A})(?={bare_end}|(?:\s+(?:in|on|last|this)\s+[^,;⟨⟩]*)?{second}(?:the\s+)?{TITLE}{A}{bare_end})")
    # ... the second participle's states: "Nominated by S in May, co-sponsored by T." (T backs the section's person)
    bare_second = (r"^\W*(?:(?:\w+ly|also|first|jointly|since|later)\s+){0,2}(?:%s)\s+(?:jointly\s+)?by\s+"
                   rf"(?:the\s+)?{TITLE}{A}(?:\s+(?:in|on|last|this)\s+[^,;⟨⟩]*)?{second_lead}(?P<trig>{second_pp})\s+(?:jointly\s+)?by\s+"
                   rf"(?:the\s+)?{TITLE}(?P<actor>{A})(?={bare_end})")
    # a state ending its own stance, by a verb or by the verb's noun ("Orban dropped his veto", "Chile's withdrawal of
    # its sponsorship"): the stance noun follows with its possessive
    ended_head = (rf"(?P<actor>{A})(?:(?P<gap>{W}{{0,40}}?)(?<![\w-])(?P<rev>{v.reversal_verb})\s+|"
                  rf"['’]s?\s+(?:[\w-]+\s+)?(?P<revn>{v.reversal_n})\s+of\s+)")
    R = Rule
    return [
        # stances on the candidate in focus: "the backing of France and Germany", "Ankara withheld its support"
        R("focus_noun_of", "endorsement", _rx(
            # (a counted head before the givers: "the backing of the region's two largest countries, Brazil and Mexico")
            rf"(?<![\w-])(?P<trig>{sup_n})\s+{GIVER_ADVERB}(?:of|from|by)\s+{AGG}(?:the\s+)?{TITLE}(?P<actor>{A})"), check_focus, 0.6, traits=frozenset({"focus"})),
        # a nomination's maker after "of"/"by" is a state backing the candidate in focus: "stays in the race with the
        # nomination of Brazil and Mexico" (not a state nominated to something: "the nomination of Chile to the council")
        R("focus_nomination_of", "endorsement", _rx(
            rf"(?<![\w-])(?P<trig>{v.nomination_n})\s+(?:of|from|by)\s+(?:the\s+)?{TITLE}(?P<actor>{A})"
            rf"(?!['’]|\s+(?:to|as|for|of)\b)"), check_focus, 0.6, traits=frozenset({"focus"})),
        R("focus_possessive", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<poss>['’]s?)?\s+(?:{stance_adj}\s+){{0,2}}"
            # without the possessive the noun may be a verb: "France votes on Sunday"
            # (nor "Turkey votes against X": a verb, and the opposite stance)
            # (not a plural: "as Washington's preferences come into view" are its choices at large, not a stance on one)
            # (nor a gerund with its own object, the candidate: "I'd put my money on S backing X" is the verb's
            # clause, read by the verb's rules with its scope, round 32)
            rf"(?P<trig>{sup_n})(?<!s)(?![\w-])(?(poss)|(?!\s+(?:on|in|at|for|to|against|this|next|today|tomorrow)\b|\s+⟨C\d))"),
          check_focus, 0.6, agent="actor", traits=frozenset({"focus"})),
        R("focus_giving", "endorsement", _rx(
            # ("pledged his country's support"; "confirmed Turkey's backing": the owner's stance)
            # ("cast a discourage vote": a straw poll's vote, its kind before it)
            rf"(?P<actor>{A})(?P<gap>{W}{{0,40}}?)(?<![\w-])(?:{give})\s+(?:{THIRD_PERSON_POSSESSIVES}|the|(?P<owner>{S})['’]s?|an?(?=\s+\w+\s+votes?\b))\s+"
            # (support "for a woman in the job", "for an African" is for a kind of candidate, not the one in focus)
            # (nor a vote cast against someone: "cast its vote against X" is the opposite stance)
            rf"(?:[\w-]+\s+)?(?P<trig>{sup_n})(?![\w-])(?!\s+(?:for|to|behind)\s+(?:a|an)\s|\s+against\b)"), check_focus, 0.6, agent="actor",
          traits=frozenset({"focus"})),
        # "Belgium made its endorsement official on Monday", "Ankara made its objections known": a state's own
        # stance noun made known, its object left out (not "made its position on tariffs known": no stance noun)
        R("focus_made_known", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{W}{{0,40}}?)(?<![\w-])(?:{v.making})\s+(?:{THIRD_PERSON_POSSESSIVES}|(?P<owner>{S})['’]s?)\s+"
            rf"(?:[\w-]+\s+)?(?:(?P<trig>{sup_n})|(?P<trig2>{opp_n}))\s+(?:{v.made_complement})(?![\w-])"),
          check_made_known, 0.6, agent="actor", traits=frozenset({"focus"})),
        # "Beijing cast a discourage vote" (a straw poll's vote: "voiced its opposition" may be to a policy)
        R("focus_giving_opposition", "opposition", _rx(
            rf"(?P<actor>{A})(?P<gap>{W}{{0,40}}?)(?<![\w-])(?:{give})\s+(?:its|their|an?)\s+(?P<trig>{v.reversed_vote})(?![\w-])"
            rf"(?!\s+(?:to|against|of|on|over|for|about)\b)"),
          check_focus, 0.55, agent="actor", traits=frozenset({"focus"})),
        R("focus_opposition_noun", "opposition", _rx(
            rf"(?<![\w-])(?P<trig>{opp_n})\s+(?:of|from)\s+{AGG}(?:the\s+)?(?P<actor>{A})|"
            # (a state's act needs no possessive: "an American veto", not "the Russian opposition", a camp)
            rf"(?:(?={A}['’])|(?={S}))(?P<actor2>{A})(?:['’]s?|(?=\s+{v.opp_act_n}(?!\s+(?:power|right|holder)s?\b)))\s+(?:{stance_adj}\s+){{0,2}}"
            rf"(?P<trig2>{opp_n})(?![\w-])"),
          check_focus, 0.55, traits=frozenset({"focus"})),
        # "Brazil and Mexico, co-sponsors of the nomination since September, ...", "the bid's main backers, A and B,":
        # the states in apposition to the supporters of the bid in focus
        R("focus_agent_apposition", "endorsement", _rx(
            # (or the supporters with no owner, the bid's being the one in focus: "Mexico, the other sponsor, said ...")
            rf"(?P<actor>{A}),\s+(?:(?:{v.numbers(1, 3)}|all|both|each)\s+of\s+|among\s+)?(?:(?:(?:its|their)\s+)?{v.unsure}"
            rf"(?P<trig>{v.sup_agents})\s+of\s+(?:the|this|that)\s+(?:(?:official|formal|joint)\s+)?(?:{v.bidn})(?![\w-])|"
            rf"the\s+{v.unsure}(?P<trig3>{v.sup_agents})(?![\w-]))"
            rf"(?=\s*[,;.)—–]|\s+(?:since|from)\b)|"
            rf"(?<![\w-])(?:the|this|that)\s+(?:{v.bidn})['’]s?\s+{v.unsure}(?P<trig2>{v.sup_agents}),\s+(?:(?:namely|notably|"
            rf"including|among\s+them|such\s+as)\s+)?(?:the\s+)?(?P<actor2>{A})(?=(?:\s*(?:,|\band\b)\s*(?:the\s+)?⟨S\d+⟩)*\s*(?:[,;.)—–]|$))"),
          check_focus, 0.6, traits=frozenset({"focus", "apposition"})),
        # "The candidature was submitted by the Government of S to ...", "the nomination was formally lodged by S":
        # the bid in focus made by a state (the guide: nomination = candidacy + endorsement)
        R("focus_bid_lodged", "endorsement", _rx(
            rf"(?<![\w-])(?:the|this)\s+(?:(?:official|formal|joint)\s+)?(?:{v.cand_bid}|{v.nomination_n})\s+"
            rf"(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:(?:officially|formally|jointly|duly|already)\s+)?"
            rf"(?P<trig>{v.declared_pp}|tabled)\s+(?:(?:jointly|formally|officially)\s+)?by\s+(?:the\s+)?{TITLE}(?P<actor>{S})"),
          check_focus_nominated, 0.6, traits=frozenset({"focus", "addressed"})),
        # "the US and Germany all declared support in February", "Hungary had come on board" (not "came on board the
        # ferry", "fell in line with the climate targets": a noun phrase after it is what it joined)
        R("focus_declared", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{ASIDE}{W}{{0,40}}?)(?<![\w-])(?:(?:{give})\s+(?:(?:full|formal|public|official)\s+)?"
            rf"(?P<trig>support|backing)|(?P<trig2>{v.sup_intransitive}(?:\s+behind\s+(?:him|her|{C}))?|signed\s+up\s+to\s+(?:his|her|{C})\s+bid|"
            rf"(?:swung|swing|swings|rallied|rally|rallies)\s+behind\s+(?:him|her|{C})))(?![\w-])(?!\s+(?:for|to|of|from|behind|with|the(?!\s+(?:same|next|following)\s)|"
            rf"an?(?!\s+(?:day|week|month|year|fortnight|few)\b))\b)"),
          # (beside a withdrawal, a state joins the one still in the race: "X stepped aside, and Slovakia came on board")
          check_focus, 0.6, traits=frozenset({"focus", "joins"})),
        # "Orban dropped his veto", "the two capitals lifted their objections": an ended stance, its object left out
        R("focus_ended", "opposition", _rx(
            rf"{ended_head}(?:{THIRD_PERSON_POSSESSIVES})\s+(?:[\w-]+\s+)?"
            # (a noun whose phrase takes its preposition, "objections to", has an object: not left out)
            # ("lifted its veto on 18 June": "on" a day says when, not on whom)
            rf"(?P<trig>{opp_n})(?<!\sto)(?<!\sagainst)(?<!\sover)(?![\w-])(?!\s+(?:to|against|of|over)\b)(?!\s+on\s+{_NOT_A_DAY})"),
          check_focus, 0.55, agent="actor", traits=frozenset({"focus", "ended"})),
        # "after the lifting of objections by Hungary and Slovakia", "the withdrawal of Ankara's veto": the same, as a noun
        R("focus_ended_noun", "opposition", _rx(
            rf"(?<![\w-])(?P<rev>{v.reversal_n})\s+of\s+(?:(?:(?:its|their|the)\s+)?(?:[\w-]+\s+)?(?P<trig>{opp_n})(?![\w-])\s+"
            rf"(?:by|from)\s+{AGG}(?:the\s+)?(?P<actor>{A})|(?P<actor2>{S})['’]s?\s+(?:[\w-]+\s+)?(?P<trig2>{opp_n})(?![\w-]))"
            rf"(?!\s+(?:to|against|of|on|over)\b)"), check_focus, 0.55, traits=frozenset({"focus", "ended"})),
        # "Chile's government withdrew its support in March": the support for the candidate in focus, ended
        R("focus_ended_support", "endorsement", _rx(
            rf"{ended_head}(?:{THIRD_PERSON_POSSESSIVES})\s+(?:[\w-]+\s+)?"
            rf"(?P<trig>{sup_n}|{v.nomination_n})(?![\w-])(?!\s+(?:for|to|of|from|behind|on|over)\b)"), check_focus, 0.55, agent="actor",
          traits=frozenset({"focus", "ended"})),
        # "the new government withdrew Chile's nomination": the owner's support (the guide: a nomination is a
        # backing), ended
        R("focus_ended_owned", "endorsement", _rx(
            rf"(?<![\w-])(?P<rev>{v.reversal_verb})\s+(?P<actor2>{S})['’]s?\s+(?:[\w-]+\s+)?"
            rf"(?P<trig>{sup_n}|{v.nomination_n})(?![\w-])(?!\s+(?:for|to|of|from|behind|on|over)\b)"), check_focus, 0.55,
          traits=frozenset({"focus", "ended"})),
        # "China moved from quiet sympathy to public support in the final week": the support the state moved to
        R("focus_moved_to", "endorsement", _rx(rf"{v.moved_to}(?=\s*(?:[,.;)]|$|(?:in|on|last|this|since|after|at|during|within|by|before)\b))"),
          check_focus, 0.55, agent="actor", traits=frozenset({"focus"})),
        # "Chile will no longer support the candidacy", "this candidacy": the bid in focus, by a verb that may refuse
        # (or joins it: "Panama said it would co-sponsor the nomination", "has accompanied the candidacy since the
        # first day": a verb of nominating, or one that supports a bid only)
        R("focus_verb_bid", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{W}{{0,60}}?)(?<![\w-])(?P<trig>{sup_v}|{v.nominate}|{v.bid_object_v})[\"”'’]?\s+(?:the|this|that)\s+(?:(?!(?:rival|other|competing|failed|previous|opposing|second|"
            rf"new)\b)(?-i:[a-z][\w-]*)\s+)?(?:candidacy|candidature|bid|nomination)\b"
            rf"(?![\w-]|\s+(?:of|for|by|process|procedure|rules?|deadline|requirements?|to|committees?|commissions?|panels?|"
            rf"boards?|period|window|papers|forms?)\b|\s+as\s+(?:an?\s+|the\s+)?[\w-]+\s+of\b)"), check_focus, 0.6, agent="actor", traits=frozenset({"focus", "refusable"})),
        R("focus_withheld", "opposition", _rx(
            rf"(?P<actor>{A})(?P<gap>{W}{{0,40}}?)(?<![\w-])(?P<trig>withheld|withholds|withholding|withhold)\s+"
            rf"(?:{THIRD_PERSON_POSSESSIVES})\s+(?:support|backing|approval|consent|endorsement)"), check_focus, 0.6, agent="actor", traits=frozenset({"focus"})),
        # a sentence that opens with the participle, its subject the section's person named before (a fact
        # sheet's "Nominated by: Chile, Brazil and Mexico", "Michelle Bachelet. Backed by Brazil.")
        R("focus_opening_nominated", "endorsement", _rx(opening % v.nominate_pp), check_focus_nominated, 0.6,
          traits=frozenset({"focus", "opening"})),
        R("focus_bare_nominated", "endorsement", _rx(bare % v.nominate_phrase_pp), check_focus_nominated, 0.6,
          traits=frozenset({"focus", "opening", "section"})),
        R("focus_bare_second", "endorsement", _rx(bare_second % v.nominate_phrase_pp), check_focus_second, 0.6,
          traits=frozenset({"focus", "opening", "section"})),
        R("focus_opening_backed", "endorsement", _rx(opening % v.sup_pp), check_focus, 0.6,
          traits=frozenset({"focus", "opening"})),
        R("focus_opening_opposed", "opposition", _rx(opening % v.opp_pp), check_focus, 0.55,
          traits=frozenset({"focus", "opening"})),
        # "Sunak lobbied Biden on his behalf": a state's act for the candidate in focus
        R("focus_on_behalf", "endorsement", _rx(
            rf"{v.advocacy_act}(?P<trig>on)\s+(?:his|her)\s+behalf\b"),
          check_focus, 0.6, agent="actor", traits=frozenset({"focus"})),
        # "Brazil kept its nomination", "Brazil and Mexico have kept theirs": support still given (the bare
        # pronoun only after a sentence that stated a stance on the candidate)
        R("focus_kept", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{W}{{0,30}}?)(?<![\w-])(?P<trig>{v.keep_stance})\s+(?:(?P<own>theirs|(?:its|their)\s+own(?!\s+(?!(?:in|on|at|since|until|after|when|and|but|too|as|even|despite)\b)[a-z]))|"
            rf"(?:its|their)\s+(?:[\w-]+\s+)?(?:{sup_n}|{v.nomination_n}))(?![\w-])(?!\s+(?:for|to|of|from|behind|on|over|in)\b)"
            # (not one kept hidden, whose object nobody is told: "have kept their preferences private", round 32)
            rf"(?!\s+(?:(?:so\s+far|for\s+now|still|firmly|strictly|entirely|largely|very)\s+)?{v.concealed})"),
          check_kept, 0.55, agent="actor", traits=frozenset({"focus"})),
        # "with Peru joining as a co-sponsor a month later": a supporter of the candidate in focus
        R("focus_joined_as", "endorsement", _rx(rf"{v.joined_as}(?![\w-])(?!\s+of\b)"),
          check_focus, 0.6, agent="actor", traits=frozenset({"focus"})),
        # "..., with S co-sponsoring.": a state nominating in an absolute clause, its object (the bid in focus) left
        # out (not "with S co-sponsoring a resolution": another object)
        R("focus_with_nominating", "endorsement", _rx(
            rf"(?<![\w-])with\s+(?:the\s+)?{TITLE}(?P<actor>{A})\s+(?:(?:also|jointly)\s+)?(?P<trig>{v.nominate_ing})"
            rf"(?=\s*(?:[,;.)—–]|$))"),
          check_focus_named_before, 0.6, agent="actor", traits=frozenset({"focus"})),
        # a camp owned by the candidate in focus: "Buenos Aires remains firmly in his corner", "Lima has come into her
        # camp" (endorse_camp with a pronoun for its owner; not "in his camp on energy policy": another matter)
        R("focus_camp", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{W}{{0,40}}?)(?<![\w-]){camp_entry(v)}\s+(?:his|her)\s+(?:own\s+)?{v.camp_n}(?![\w-])"
            rf"{CAMP_OTHER_MATTER}"),
          check_focus, 0.55, agent="actor", traits=frozenset({"focus"})),
        # "while Budapest remains opposed": a stance with its object left out
        R("focus_opposed", "opposition", _rx(
            rf"(?P<actor>{A})(?P<gap>{W}{{0,30}}?)(?<![\w-])(?:{COPULA_FORMS}|stays?|stayed)\s+"
            rf"(?:(?:\w+ly|still)\s+)?(?P<trig>opposed)(?=\s*(?:[,.;)]|$|(?:until|till|since|so\s+far|to\s+date|throughout|"
            rf"at\s+first|initially|earlier|for\s+(?:months|weeks)|last|this)\b))"), check_focus, 0.55, agent="actor", traits=frozenset({"focus"})),
        # "Hungary held out until June", "Ankara dug in its heels": opposition with its object left out (the present with
        # nothing after it is a stance not yet taken, as "has yet to endorse" is: "Hungary, Slovakia hold out", "Two
        # capitals are still holding out.")
        R("focus_held_out", "opposition", _rx(
            rf"(?P<actor>{A})(?P<gap>{W}{{0,30}}?)(?<![\w-])(?!(?:hold|holds|holding)\s+out\s*(?:[.;]|$))(?P<trig>{v.opp_intransitive})(?![\w-])(?=\s*(?:[.;]|$|,\s+(?:as|and\s+so)\s+did\b|"
            rf"(?:until|till|for\s+(?:months|weeks|a\s+long\s+time)|longest|the\s+longest|to\s+the\s+end|(?:the\s+)?longer)\b))"),
          check_focus, 0.55, agent="actor", traits=frozenset({"focus"})),
        # "Britain followed suit", "Paris did the same": the stance of the sentence before, taken by another state
        R("focus_followed", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{ASIDE}{W}{{0,40}}?)(?<![\w-])(?P<trig>{follow})(?![\w-])"), check_followed, 0.6, traits=frozenset({"focus", "follows"})),
        # "the same support was expressed by Croatia's foreign minister": the stance before, its noun's kind kept
        R("focus_same_by", "endorsement", _rx(
            rf"(?<![\w-])the\s+same\s+(?:(?P<sup>{sup_n})|(?P<opp>{v.opp_n})|(?:position|stance|view|line))\s+"
            rf"(?:was|were|has\s+been|had\s+been|is|are)\s+(?:(?:also|then|later|soon)\s+)?(?P<trig>(?:{v.give_pp}))\s+by\s+"
            rf"(?:the\s+)?{TITLE}(?P<actor>{A})"), check_followed, 0.55, traits=frozenset({"focus", "follows"})),
        # "So does France.", "Neither does Slovakia.": the auxiliary before the state repeats the stance before
        # ("so") or the refusal before ("neither", "nor")
        R("focus_so_does", "endorsement", _rx(
            rf"^\W*(?:and\s+)?(?P<trig>so|neither|nor)\s+(?:{_SO_DOES_AUX})\s+"
            rf"(?P<actor>{A})(?=\s*(?:[,.;!]|$|too\b|(?:in|on|last|this|after|later|soon|shortly|the\s+(?:next|following)|"
            rf"a\s+(?:day|week|month))\b))"), check_so_does, 0.6, traits=frozenset({"focus"})),
        *inverted_rules(v),
    ]


def check_made_known(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A state's own stance noun made known: support an endorsement, an objection an opposition (a refusal to make
    an objection known says nothing)."""
    for f in check_focus(rule, m, ctx):
        if _span(m, "trig2"):
            if f.type == "opposition":
                continue
            f = replace(f, type="opposition")
        yield f


def check_kept(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A stance kept on the candidate in focus; "kept theirs" only where this sentence or the one before
    stated a stance on that candidate (what "theirs" stands for)."""
    if _span(m, "own") and not any(n in (ctx.index, ctx.index - 1) and c == ctx.focus and t in ACTOR_TYPES
                                   for n, t, c, *_ in ctx.stances):
        return
    yield from check_focus(rule, m, ctx)


# (a word may come between: "its veto threat over the Gaza text", "the veto threat hangs over ...")
# (or a possessed noun: "backing his push for more air defence")
_FOCUS_OBJECT = re.compile(r"\s*(?:(?:his|her|its|their)\s+(?=[a-z][\w-]*\s+(?:for|to)\s))?(?:(?!(?:and|or|but|as|with|nor)\b)(?-i:[a-z][\w-]*)\s+)?"
                           r"(?:for|to|of|behind|on|over|against|from|about|regarding|concerning)\s+(?P<what>[^,;.]{0,40})", re.I)


# a wh-word right before the stance's subject with no noun it relates to ("told you whom we support", "won't say who
# they back", "asked which one Paris supports"): the verb's object is the wh-word, an indirect question naming no one
# (not a relative clause on a noun, "the candidate whom we support", nor one on a named person)
_FREE_RELATIVE = re.compile(r"(?<![\w,⟩-])(?<!\bthe\s)(?<!\bone\s)(?<!\bcandidate\s)(?<!\bnominee\s)(?<!\bperson\s)(?<!\bwoman\s)"
                            r"(?<!\bman\s)(?<![,⟩]\s)(?:whom|who|whoever|whomever|which(?:\s+(?:one|candidate|nominee|name|person))?)"
                            r"\s+$", re.I)
# an aim that is the race's: "his bid to lead the alliance"
# the candidate a stance noun names as its object ("support for ⟨C1⟩", "objection to ⟨C1⟩", the preposition inside
# the noun's own entry)
_NOUN_OBJECT = re.compile(r"(?:\s+(?:to|of|for|on|against|behind))?\s+(?:the\s+)?⟨C\d+⟩", re.I)
# what "for" after a stance may state besides its object: a cause or a span ("withheld its support for reasons of its
# own", "for fear of", "for lack of", "for the time being", "for much of the spring")
_CAUSE = re.compile(r"(?:(?:[\w-]+\s+){0,2}?reasons?\b|fear\s+of|lack\s+of|want\s+of|the\s+(?:time\s+being|moment|rest\s+of|"
                    r"whole\s+of|better\s+part\s+of)|(?:much|most|all|part|some)\s+of|(?:so|as)\s+long|a\s+(?:long\s+)?time|good\b|"
                    r"the\s+(?:sake|purpose)\s+of)", re.I)
# the price of a stance's end, which names what was bargained for and not the stance's object: "held out until it
# secured an exemption from the aid mission", "gave way in return for an opt-out from the weapons deal" (up to the
# clause's end)
_BARGAIN = re.compile(r"\b(?:(?:until|till|once|after|when)\s+(?:it|they|⟨S\d+⟩)\s+(?:had\s+|was\s+|were\s+)?(?:secured|won|"
                      r"obtained|got|extracted|wrung|received|given|granted|promised|assured)|in\s+(?:return|exchange)\s+for|"
                      r"at\s+the\s+price\s+of)\b[^,;.]*", re.I)
_RACE_AIM = re.compile(r"(?:lead|become|head|run|succeed|replace|be\s+the\s+next)\b", re.I)


# a second verb phrase with its own auxiliary after the stance's noun phrase ("... its objections and would back X")
_JOINED_VERB = re.compile(r"\s*,?\s+and\s+(?:(?:now|then|also|so)\s+)?(?:would|will|could)\b", re.I)


def check_focus(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A stance with a named state and no candidate in the sentence is about the candidate in focus,
    unless the noun's object is something else ("Hungary's support for Ukraine")."""
    if ctx.focus is None or not ctx.race_article or _other_race_in(ctx.shape.text) or _grammar(ctx).other_matter.search(
            _BARGAIN.sub(" ", ctx.shape.text)):
        return      # the stance is about the other matter the sentence names
    actors = _actor_values(ctx, m, "actor", "actor2")
    actor_name = "actor" if _span(m, "actor") else "actor2"
    subject = _span(m, actor_name)
    if subject and _FREE_RELATIVE.search(ctx.shape.text, max(0, subject[0] - 60), subject[0]):
        return      # "We've told you whom we support": a verb whose object is the wh-word, naming no one
    if "apposition" in rule.traits and actor_name == "actor":
        # "Peru, whose president backs X, and Chile, a co-sponsor of the bid": the apposition is Chile's alone
        earlier = before_member_aside(ctx, _group(m, ctx, "actor"))
        actors = [a for a in actors if a not in earlier]
    if not actors:
        return
    if _span(m, "owner"):
        actors = list(_group(m, ctx, "owner").values)     # "pledged Poland's support": Poland's
    more = more_actors(ctx.shape, m.end())
    echoed = []
    if more:    # "Hungary held out until June, as did Slovakia", "..., followed in March by Italy"
        echoed = [a for a in ctx.shape.group_at(more.start("more")).values if a not in actors]
        actors += echoed
    # (the bid itself is what a state lodges: what follows is where it went, "... submitted by S to the Council")
    obj = None if "addressed" in rule.traits else _FOCUS_OBJECT.match(ctx.shape.text, m.end())
    if obj and not (re.search(r"⟨P\d+⟩", obj.group("what")) or re.match(
            r"(?:(?:his|her|the)\s+)?(?:[\w-]+\s+)?" + _grammar(ctx).bid_noun.pattern, obj.group("what"), re.I)
            or _RACE_AIM.match(obj.group("what"))
            or re.match(r"(?:months|weeks|days|years|now|a\s+while|the\s+first\s+time|" + WEEKDAY_NAMES
                        + r"|(?:the\s+)?\d|" + _MONTH + r")", obj.group("what"), re.I)
            or _CAUSE.match(obj.group("what"))):
        return
    if "ended" in rule.traits and _leaving_focus(ctx, m):
        return      # "Rutte withdrew and Orban dropped his objections": whose, the sentence does not say
    trigger = _span(m, "trig") or _span(m, "trig2") or _span(m, "trig3")
    trigger_text = ctx.shape.text[trigger[0]:trigger[1]]
    if _RELATIVE_HEAD.search(ctx.shape.text, max(0, trigger[0] - 80), trigger[0]):
        return      # "Ghana's Asante-Mensah, who has the backing of the AU": the stance is on the relative's head
    before = ctx.shape.text[max(0, trigger[0] - 40):trigger[0]]
    # "Turkey dropped its objections": the opposition ended
    ended = "ended" in rule.traits or rule.type == "opposition" and _grammar(ctx).reversal.search(
        before + " " + ctx.shape.text[trigger[0]:m.end()])
    if _grammar(ctx).unmet.search(before):
        return      # a stance still to be won is no stance
    agent = actor_name if rule.agent == "actor" or _span(
        m, "actor2") else "trig"
    if agent == "trig" and not _span(m, "trig"):
        agent = "trig2" if _span(m, "trig2") else "trig3"     # "came on board": the other trigger matched
    # the verb governing the noun phrase may negate it ("has not yet received Hungary's backing")
    gap = m.group("gap") if _span(m, "gap") else ""
    verdict = _assess(ctx, m, agent, gap=gap, clause_as_gap=True, support="refusable" in rule.traits)
    # "Hungary has not lifted its veto": the stance is kept, not ended (with no candidate named: in "has not
    # lifted its veto and backed Grossi" whose veto it is, the sentence does not say)
    kept = KEPT_BY_NEGATION.search(gap) if verdict.blocked == "negation" and "ended" in rule.traits and (
        "⟨C" not in ctx.shape.text) else None
    if kept:
        verdict, ended = _assess(ctx, m, agent, gap=gap[:kept.start()], clause_as_gap=True), False
    # (after the noun's own object where it names one: "Turkey's objection to X remains uncertain")
    end = (_NOUN_OBJECT.match(ctx.shape.text, m.end()) or m).end()
    apposed = "apposition" in rule.traits and ctx.shape.text.startswith(",", m.end())     # (see check_nominal)
    # (not the modal of a second verb joined to an ended stance's: "had lifted its objections and would back X")
    joined = "ended" in rule.traits and _JOINED_VERB.match(ctx.shape.text, end)
    if verdict.blocked or not apposed and (not joined and _modal_after(ctx, end) or ctx.scope.unsettled.match(ctx.shape.text, end)
                                           or ungiven_after(ctx, end)):
        return      # "the backing of Turkey would ...", "... is still being sought", "... remains elusive", "... has not been issued"
    if echoed and not verdict.refusal and negative_echo(more):
        actors = [a for a in actors if a not in echoed]     # "Hungary came on board, and neither did Turkey": none
    conf = _confidence(rule, verdict.status, [_group(m, ctx, actor_name)])
    f = _finding(rule, m, [ctx.focus], actors, ENDED if ended else verdict.status, conf,
                 ("trig", "trig2", "trig3", "actor", "actor2"))
    if verdict.refusal:
        f.type = "opposition"
    yield f


def check_focus_nominated(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A nomination of the candidate in focus: the states' backing and the candidacy (the guide:
    nomination = candidacy + endorsement)."""
    if "section" in rule.traits and ctx.section != ctx.focus:
        return      # the bare fragment only in the section a heading gives the person ("... won an award. Nominated by X.")
    for backing in check_focus(rule, m, ctx):
        yield backing
        if backing.type == "endorsement":
            yield replace(backing, type="candidacy", actors=backing.actors[:1])


def check_focus_named_before(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A clause whose object is left out, read of the candidate in focus only where the clause before it in the same
    sentence names them ("X was nominated by S, with T co-sponsoring"; not a person the story does not know, the
    focus left over from an earlier section)."""
    text = ctx.shape.text
    if not any(ctx.focus in ctx.shape.group_at(c.start()).values for c in re.finditer(r"⟨C\d+⟩", text[:m.start()])):
        return
    yield from check_focus(rule, m, ctx)


def check_focus_second(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The states of a second participle coordinated after a fact sheet's nomination ("Nominated by S and
    co-sponsored by T."): their backing of the section's person (the candidacy is the first participle's)."""
    if "section" in rule.traits and ctx.section != ctx.focus:
        return
    yield from check_focus(rule, m, ctx)


def _leaving_focus(ctx: Context, m: re.Match) -> bool:
    """Whether a withdrawal in the sentence may be the candidate in focus's own, so that an ended stance
    beside it is on nobody the sentence says: one said of another named candidate ("Iohannis pulled out, and
    Hungary dropped its objection") leaves the focus as the one whose opposition ended."""
    leavers = withdrawn_in(ctx.shape, _grammar(ctx), skip=m.start("rev"))
    return leavers is None or ctx.focus in leavers


# a relative clause about a person who is no candidate named here: "X, who has the backing of ..."
_RELATIVE_HEAD = re.compile(r"(?<!⟩)\s*,\s*(?:who|whose)\b[^,;⟨⟩]*$", re.I)
