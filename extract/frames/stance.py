"""Endorsement and opposition: a state or the organisation for or against a candidate's bid."""
from __future__ import annotations

import re
from typing import Iterator

from natowatch.extract.gazetteer import CANDIDATE
from natowatch.extract.model import ENDED
from natowatch.extract.frames.base import (
    A, ADJ, AGG, C, KEPT_BY_NEGATION, Context, Finding, ORG, P, Rule,
    S, TITLE, Vocab, W, WP, _FOR_OTHER, _actor_values, _assess,
    _NOUN_BEFORE, _confidence, _finding, _grammar, _group, _object_ok, _other_race_in, _possessive_only, _post_between,
    _rx, _sentence_has_post, _span,
)


# where the second of two verb phrases sharing a subject begins
_SECOND_VERB = re.compile(r"\b(?:and|but)\s+")


# up to two words before an agent noun that do not make it a guess ("one of his possible backers")
# (nor one that no longer holds: "his former backer")
_UNSURE = (r"(?:(?!(?:possible|potential|likely|probable|prospective|would-be|future|eventual|hoped-for|former|ex-|"
           r"one-time|onetime|erstwhile|past)\b)[\w-]+\s+){0,2}?")


# "as did France a day later", "and so did Italy the next week"
_LATER = (r"later|soon|shortly|within|the\s+(?:same|next|following)|a\s+(?:day|week|month)|"
          r"(?:two|three|four|five|several|a\s+few|\d+)\s+(?:days|weeks|months)")


def rules(v: Vocab) -> list[Rule]:
    (bidn, obj, sup_v, sup_n, give, recv, join, opp_v, sup_pp, opp_pp, opp_n, opp_agents, follow, stance_adj, aux, adv) = (
        v.bidn, v.obj, v.sup_v, v.sup_n, v.give, v.recv, v.join, v.opp_v, v.sup_pp, v.opp_pp, v.opp_n, v.opp_agents, v.follow, v.stance_adj, v.aux, v.adv)
    # a reversal verb that governs the stance noun after it ("dropped its long-standing objections to"),
    # not one of an earlier clause ("dropped its objections and gave its support to")
    ended_noun = (rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<rev>{v.reversal_verb})\s+"
                  rf"(?:(?:its|their|his|her|the|any|all)\s+)?(?:[\w-]+\s+){{0,2}}?")
    # a verb reviewing the state's own stance ("is reconsidering its support for"): the stance is held
    reviewed = (rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<rev>{v.review})\s+(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?")
    switched = (rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<give>{v.switch})\s+(?:(?:its|their|his|her|the)\s+)?"
                # (where: "shifted its backing in the race from X to Y")
                rf"(?:[\w-]+\s+){{0,2}}?(?P<trig>{sup_n})\s+(?:(?:in|for)\s+(?:the\s+)?(?:race|contest|running|{P})\s+)?"
                rf"(?:away\s+)?from\s+")
    dropped = rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{v.drop_v})\s+"
    preferred = r"\s*,?\s+(?:in\s+favou?r\s+of|for)\s+"
    trailing = (rf"^\W*(?:[^⟨⟩,;]{{0,30}}?\s)?(?P<subj>{C}){v.in_race}(?P<gap>(?:[^⟨⟩,;]|{P}){{1,60}}?),\s*{adv}(?P<trig>%s)\s+"
                rf"{v.by}{AGG}(?:the\s+)?{TITLE}(?P<actor>{A})")
    R = Rule
    return [
        # ---- endorsement / opposition
        R("endorse_verb", "endorsement", _rx(rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{sup_v})[\"”'’]?{v.and_verb}{v.manner}\s+{obj}"),
          check_actor_verb, 0.9, traits=frozenset({"verb_only"})),
        # "Moscow cannot accept Grossi": verbs whose refusal is an opposition, and whose assent says nothing
        R("oppose_refused_assent", "opposition", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{v.assent_v})[\"”'’]?\s+{obj}"),
          check_actor_verb, 0.85, traits=frozenset({"verb_only", "refusal_only"})),
        # "Romania decided to withdraw Iohannis's candidacy and back Rutte": the verbs share their subject
        R("endorse_second_verb", "endorsement", _rx(
            # (a headline's comma joins them too: "Mexico drops Bachelet, backs Grynspan")
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?{C}(?:,\s+|{WP}{{0,40}}?\b(?:and|but)\s+(?:(?:it|they)\s+)?{v.verb_lead})"
            # a readiness of its own: "would not object to X and is ready to back Y", "but it is willing to back Y"
            rf"(?:(?:is|are|was|were|be|remains?|remained)\s+(?:now\s+|also\s+|not\s+)?(?:ready|willing|prepared)\s+to\s+)?)"
            rf"(?P<trig>{sup_v})\s+{obj}"),
          check_actor_verb, 0.75, traits=frozenset({"verb_only", "second_verb"})),
        # a candidate in office acting for their state (the guide): "Kallas, now out of the race, backed Rutte"
        R("endorse_by_candidate", "endorsement", _rx(
            rf"(?P<actorc>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{sup_v})[\"”'’]?\s+{obj}"),
          check_candidate_actor, 0.75, traits=frozenset({"verb_only"})),
        # "Germany backed Rutte in February, alongside the United States and France"
        R("endorse_alongside", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{sup_v})\s+{obj}[^⟨⟩;,]{{0,60}}?,?\s*(?:alongside|along\s+with|"
            rf"together\s+with|as\s+well\s+as|joining|like)\s+(?:the\s+)?(?P<actor2>{A})"),
          check_actor_verb, 0.8),
        # "France backed Rutte in February, as did Biden and Scholz": the states after "as did" back him too
        R("endorse_as_did", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{sup_v})\s+{obj}{W}{{0,60}}?,\s*as\s+"
            rf"(?:did|have|has|had|do|does)\s+(?:(?:also|too)\s+)?(?P<actor2>{A})(?=\s*(?:[,.;]|$|\s+(?:on|in|last|this|after|when|once|following|despite|because|until|too|{_LATER})\b))"),
          check_actor_verb, 0.85),
        # "..., as Germany did", "..., and so did Germany": the same, the state before or after the auxiliary
        R("endorse_as_x_did", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{sup_v})\s+{obj}{W}{{0,60}}?,\s*as\s+"
            rf"(?:(?:also|too)\s+)?(?P<actor2>{A})\s+(?:also\s+)?(?:did|have|has|had|do|does)(?:\s+too)?"
            rf"(?=\s*(?:[,.;]|$|\s+(?:on|in|last|this|{_LATER})\b))"),
          check_actor_verb, 0.85),
        R("endorse_so_did", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{sup_v})\s+{obj}{W}{{0,60}}?,?\s*and\s+so\s+"
            rf"(?:did|have|has|had|do|does)\s+(?P<actor2>{A})(?=\s*(?:[,.;]|$|\s+(?:on|in|last|this|{_LATER})\b))"),
          check_actor_verb, 0.85),
        R("endorse_own_state", "endorsement", _rx(rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{sup_v})\s+(?P<objstate>{S})"
                                                  rf"(?!\s+(?!(?:for|on|in|at|as|and|but|because|after|when|over|since)\b)[a-z])"),
          check_actor_verb, 0.6),
        R("endorse_passive", "endorsement", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-]){aux}\s+{adv}"
            rf"(?P<trig>{sup_pp})\s+{v.by}{AGG}(?:the\s+)?{TITLE}(?P<actor>{A})"),
          check_passive, 0.85),
        # a second participle sharing the passive's subject and auxiliary: "Grossi was nominated by
        # Argentina in January and endorsed by Chile and Uruguay"
        R("endorse_passive_second", "endorsement", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,40}}?)(?<![\w-]){aux}\s+(?:\w+ly\s+)?(?:{v.nominate_pp}|{sup_pp}|{v.reaction_pp})\s+{v.by}"
            rf"(?:[^;⟨⟩]|⟨[SOP]\d+⟩){{1,60}}?\b(?:and|but)\s+{adv}(?P<trig>{sup_pp})\s+{v.by}{AGG}(?:the\s+)?{TITLE}"
            rf"(?P<actor>{A})"),
          check_passive, 0.8),
        # an explainer's section with no subject after its heading: "Rafael Grossi (Argentina): nominated in
        # January; endorsed by Chile and Uruguay"
        R("endorse_heading_participle", "endorsement", _rx(
            rf"^\W*(?P<subj>{C})(?P<gap>\s*[:—–]\s*(?:(?:[^;⟨⟩]|⟨[SOP]\d+⟩){{0,60}};\s*)*?){adv}(?P<trig>{sup_pp})\s+{v.by}{AGG}"
            rf"(?:the\s+)?{TITLE}(?P<actor>{A})"),
          check_passive, 0.75),
        R("oppose_passive", "opposition", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-]){aux}\s+{adv}"
            rf"(?P<trig>{opp_pp})\s+{v.by}{AGG}(?:the\s+)?{TITLE}(?P<actor>{A})"),
          check_passive, 0.85),
        # a participle set off after the name, or a headline's passive without its auxiliary:
        # "Rutte, backed by Poland and Spain, ...", "Rutte backed by US for NATO job"
        R("endorse_participle", "endorsement", _rx(
            rf"(?P<subj>{C})(?:(?:['’]s?)?\s+{bidn})?\s*,?\s*{adv}(?P<trig>{sup_pp})\s+{v.by}{AGG}(?:the\s+)?{TITLE}"
            rf"(?P<actor>{A})"),
          check_passive, 0.8),
        # the participle trailing the clause whose subject is the candidate: "Bachelet is still in the race,
        # backed by Brazil" (no other name between to attach it to)
        R("endorse_participle_trailing", "endorsement", _rx(trailing % sup_pp), check_passive, 0.75),
        R("oppose_participle_trailing", "opposition", _rx(trailing % opp_pp), check_passive, 0.75),
        R("oppose_participle", "opposition", _rx(
            rf"(?P<subj>{C})(?:['’]s?\s+{bidn})?\s*,?\s*{adv}(?P<trig>{opp_pp})\s+{v.by}{AGG}(?:the\s+)?{TITLE}"
            rf"(?P<actor>{A})"),
          check_passive, 0.8),
        R("endorse_received", "endorsement", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<recv>{recv})\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
            # (no negation or second verb between: "has not secured the support of" is judged at "secured")
            rf"(?:(?!(?:not|never|no|yet|{recv})\b)[\w-]+\s+){{0,3}}?(?P<trig>{sup_n})\s+(?:of|from)\s+{AGG}(?:the\s+)?{TITLE}(?P<actor>{A})"
            # the preposition repeated for a second giver: "the support of Turkey in April and of Hungary in June"
            rf"(?:[^⟨⟩;]{{0,30}}?\s+and\s+(?:(?:then|later|finally|also)\s+)?(?:of|from)\s+(?:the\s+)?{TITLE}(?P<actor2>{A}))?"),
          check_received, 0.85, traits=frozenset({"received"})),
        # "Grossi, who has the United States firmly behind him": the state behind the candidate or the bid
        R("endorse_held_behind", "endorsement", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?P<recv>has|have|had|having|with)\s+(?:the\s+)?(?P<actor>{A})\s+"
            rf"(?:(?:firmly|squarely|solidly|fully|now|also|still|already|clearly)\s+)?(?P<trig>behind)\s+"
            rf"(?:him\b|her\b(?!\s+\w)|⟨C\d+⟩(?!['’])|(?:(?:his|her|the)\s+|⟨C\d+⟩['’]s?\s+){bidn}\b)"),
          check_received, 0.8),
        R("endorse_received_modifier", "endorsement", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<recv>{recv})\s+(?:(?:the|a|an)\s+)?(?P<actor>{A})(?:['’]s?)?\s+(?:[\w-]+\s+){{0,2}}?(?P<trig>{sup_n})\b"),
          check_received, 0.8, traits=frozenset({"received"})),
        R("endorse_noun_for", "endorsement", _rx(
            # the words between are adjectives ("US strong support for"), not a verb's ("it would not vote for")
            rf"(?P<actor>{A})(?:['’]s?)?\s+(?:(?!(?:would|will|shall|not|never|did|does|do|could|can|should|may|might|must|"
            rf"is|are|was|were|be|been|being|has|have|had|"
            rf"to|in|on|at|with|by|n['’]t|{v.unmet})\b)[\w-]+\s+){{0,2}}?(?P<trig>{sup_n})\s+(?:for|of|behind|to)\s+{obj}"),
          check_actor_verb, 0.8, traits=frozenset({"noun_phrase"})),
        # "Jamaica and Guyana have written to the Council in support of Alleyne": a state's act in support
        R("endorse_in_support", "endorsement", _rx(
            # (by a verb of speaking, writing or voting: not "a statement by the German government in favour
            # of X", "condemned the protests in support of X", "blocked a letter in support of X")
            rf"{v.stated_act}(?P<trig>in\s+(?:support|favou?r)\s+of)\s+{obj}"),
          check_actor_verb, 0.8, traits=frozenset({"act"})),
        R("endorse_on_behalf_of", "endorsement", _rx(
            rf"{v.advocacy_act}(?P<trig>on\s+behalf\s+of)\s+{obj}"),
          check_actor_verb, 0.8, traits=frozenset({"act"})),
        R("endorse_on_behalf", "endorsement", _rx(
            rf"{v.advocacy_act}(?P<trig>on)\s+{obj}['’]s?\s+behalf\b"),
          check_actor_verb, 0.8, traits=frozenset({"possessed_object", "act"})),
        # "the Caribbean Community gave him its endorsement": the candidate as the first object
        R("endorse_giving_to", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<give>{give})\s+{ADJ}(?P<subj>{C})\s+(?:its|their|his|her|the|a)\s+"
            rf"(?:(?:full|formal|public|official|firm|strong|unanimous|unequivocal|big|warm)\s+)?(?P<trig>{sup_n})(?![\w-])"
            # support for something else: "gave Grossi the green light to inspect the sites" (not for the post:
            # "gave Grynspan its blessing for the UN's top job")
            rf"(?!\s+(?:to\s+(?!run|stand|seek)|for\s+(?!(?:the\s+|a\s+)?(?:[\w'’-]+\s+){{0,3}}?⟨P)|over)\b)"),
          check_actor_verb, 0.85),
        R("endorse_giving", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<give>{give})\s+(?:(?:its|their|his|her|the|a|an|(?P<owner>{S})['’]s?)\s+)?"
            # trust is given "in" the candidate: "reaffirmed its full confidence in Grossi" (a quotation may close
            # before the object: '"reaffirms its full confidence" in Grossi')
            rf"(?:[\w-]+\s+){{0,2}}?(?P<trig>{sup_n}(?=[\"”'’]?\s+(?:for|to|behind)\s)|{v.trust_n}(?=[\"”'’]?\s+in\s))[\"”'’]?\s+"
            rf"(?:for|to|behind|in)\s+{obj}"),
          check_actor_verb, 0.9),
        # "Mexico shifted its backing from Bachelet to Grynspan": support for the second candidate, and
        # the support for the first as it was before it ended
        R("endorse_switched_to", "endorsement", _rx(
            rf"{switched}{ADJ}{C}\s*,?\s+(?:over\s+)?to\s+{obj}"),
          check_actor_verb, 0.85, traits=frozenset({"no_refusal"})),
        # "Poland has switched to Rutte", "Lima moved over to Grynspan": the verb alone, its support understood
        R("endorse_switched_over", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{v.switch})\s+(?:(?:back|over)\s+)?to\s+{obj}"),
          check_actor_verb, 0.75, traits=frozenset({"no_refusal"})),
        R("endorse_switched_from", "endorsement", _rx(
            rf"{switched}{obj}\s*,?\s+(?:over\s+)?to\b"),
          check_actor_verb, 0.8, traits=frozenset({"ended", "no_refusal"})),
        # "Mexico dropped Bachelet in favour of Grossi": the same, with the first candidate as the object
        R("endorse_dropped_for", "endorsement", _rx(rf"{dropped}{ADJ}{C}(?:['’]s?\s+{bidn})?{preferred}{obj}"),
          check_actor_verb, 0.8, traits=frozenset({"no_refusal"})),
        R("endorse_dropped_from", "endorsement", _rx(rf"{dropped}{obj}(?:['’]s?\s+{bidn})?{preferred}{ADJ}{C}"),
          check_actor_verb, 0.75, traits=frozenset({"ended", "no_refusal"})),
        # "Mexico drops Bachelet", "Lima has abandoned Grossi": the support it had, ended (the person, not a bid
        # of theirs, nor a thing of theirs: "dropped Bachelet's proposal")
        R("endorse_dropped", "endorsement", _rx(rf"{dropped}{obj}(?!['’])(?=\s*(?:[,.;:]|$|\s+(?:on|in|last|this|after|"
                                                rf"and|but|as\s+(?:its|their)\s+candidate)\b))"),
          check_actor_verb, 0.7, traits=frozenset({"ended", "no_refusal"})),
        R("endorse_noun_from_for", "endorsement", _rx(
            rf"(?<![\w-])(?P<trig>{sup_n})\s+(?:of|from)\s+(?:the\s+)?(?P<actor>{A})\s+(?:for|behind)\s+{obj}"),
          check_nominal, 0.8),
        # "the discourage vote against Bachelet came from the United States"
        R("oppose_noun_against_from", "opposition", _rx(
            rf"(?<![\w-])(?P<trig>{opp_n})\s+(?:against|to|on)\s+{obj}(?:['’]s?)?(?:\s+{bidn})?"
            rf"(?:\s+(?:came|comes|come|was\s+cast|were\s+cast))?\s+from\s+{AGG}(?:the\s+)?(?P<actor>{A})"),
          check_nominal, 0.8),
        # "Grossi thanked Italy for its support": the candidate received it
        R("endorse_thanked", "endorsement", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?P<recv>{v.thank})\s+(?:the\s+)?{TITLE}(?P<actor>{A})\s+for\s+"
            rf"(?:its|their|his|her|the)\s+(?:[\w-]+\s+){{0,2}}?(?P<trig>{sup_n})(?![\w-])"),
          check_received, 0.75),
        # "Bachelet has won over Spain and Portugal", "won Hungary over": the candidate brought them round
        R("endorse_won_over", "endorsement", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?:(?P<trig>{v.win_round})\s+(?:the\s+)?{TITLE}(?P<actor>{A})|"
            rf"(?P<trig2>{v.win_round_split[0]})\s+(?:the\s+)?{TITLE}(?P<actor2>{A})\s+{v.win_round_split[1]})(?![\w-])"),
          check_received, 0.75),
        R("endorse_noun_for_from", "endorsement", _rx(
            rf"(?<![\w-])(?P<trig>{sup_n})\s+(?:for|behind)\s+{obj}(?:['’]s?)?(?:\s+{bidn})?(?:\s+(?:came|comes|come|poured\s+in|arrived|arrives))?\s+from\s+(?:the\s+)?(?P<actor>{A})"),
          check_nominal, 0.8),
        # "Two-thirds of the allies have lined up behind Rutte, including the US and France": an
        # aggregate acts, and the states it names act with it
        R("endorse_aggregate_including", "endorsement", _rx(
            rf"(?<![\w-])(?P<agg>allies|members|countries|states|capitals|governments|nations|⟨M\d+⟩)(?P<gap>{WP}{{0,50}}?)"
            rf"(?<![\w-])(?P<trig>{sup_v})\s+{obj}(?:['’]s?\s+{bidn})?(?:\s+(?:for|as)\s+(?:the\s+)?{P})?[\"”’']?\s*,\s*(?:(?:including|among\s+them|notably|not\s+least|singling\s+out|"
            rf"chief\s+among\s+them|led\s+by|such\s+as)\s+(?:the\s+)?(?P<actor>{A})"
            # the states first, then the words naming them among the aggregate ("Brazil and Mexico first among them")
            # (or among the latest of them: "Colombia and Panama among the latest")
            rf"|(?:the\s+)?(?P<actor2>{A})\s+(?:(?:first|chief|foremost|prominent|most\s+prominently)\s+)?among\s+"
            rf"(?:them|the\s+(?:latest|most\s+recent|newest|first|earliest))\b)"),
          check_actor_verb, 0.75, agent="agg"),
        # "the endorsement of Grossi by the United States", "Grossi's endorsement by Spain"
        R("endorse_noun_of_by", "endorsement", _rx(
            rf"(?<![\w-])(?P<trig>{sup_n})\s+(?:of|for)\s+{obj}(?:['’]s?\s+{bidn})?\s+by\s+{AGG}(?:the\s+)?{TITLE}(?P<actor>{A})"),
          check_nominal, 0.8),
        R("endorse_possessed_noun_by", "endorsement", _rx(
            rf"{obj}['’]s?\s+(?:{bidn}\s+)?(?P<trig>{sup_n})\s+by\s+{AGG}(?:the\s+)?{TITLE}(?P<actor>{A})"),
          check_nominal, 0.8),
        # "Moscow's refusal to back Bachelet": a refusal stated as a noun
        R("oppose_refusal_noun", "opposition", _rx(
            rf"(?P<actor>{A})['’]s?\s+(?:[\w-]+\s+)?(?P<trig>{v.refusal_n})\s+to\s+(?:{sup_v})\s+{obj}"),
          check_actor_verb, 0.8),
        # "Grossi, whom Uruguay also backs": the state acts on the name before
        R("endorse_relative", "endorsement", _rx(
            rf"(?P<subj>{C}),?\s+(?:whom|who)\s+(?P<actor>{A})(?P<gap>{WP}{{0,30}}?)(?<![\w-])(?P<trig>{sup_v})"
            rf"(?=\s*(?:[,.;]|$|(?:on|in|last|this|since|from|early|late)\b))"),
          check_actor_verb, 0.8),
        R("endorse_joined", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?:{join})\s+(?:the\s+)?(?P<actor2>{A})\s+in\s+"
            rf"(?P<trig>backing|supporting|endorsing|championing)\s+{obj}"),
          check_actor_verb, 0.85),
        R("endorse_fronted", "endorsement", _rx(
            rf"^(?P<gap>{W}{{0,30}}?)\b(?:with|despite|given|after\s+winning|having\s+won|having\s+secured|armed\s+with|"
            rf"buoyed\s+by)\s+(?:[\w-]+\s+){{0,3}}?(?P<trig>{sup_n})\s+(?:of|from)\s+{AGG}(?:the\s+)?(?P<actor>{A}){W}{{0,40}}?,"
            rf"(?P<rest>[^;]*)"),
          check_fronted, 0.7),
        R("endorse_behind", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?:is|are|was|were|remains?|remained|stands?|stood)\s+"
            rf"(?:(?:(?!(?:hardly|scarcely|barely)\b)\w+ly|also|firmly|squarely|now|still|alone|united|solidly|fully)\s+)*(?P<trig>behind|in\s+favou?r\s+of|on\s+board\s+with|committed[\"”'’]?\s+to|loyal\s+to)\s+{obj}"),
          check_actor_verb, 0.75),
        # a camp the state is in or joins: "Spain is firmly in Rutte's corner", "climbed on board the Rutte
        # bandwagon", "planted its flag in Rutte's camp" (the camp's owner, or its name before it, is the candidate)
        R("endorse_camp", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?:(?:is|are|was|were|remains?|remained|stands?|stood|been|stays?|stayed)\s+"
            rf"(?:(?:(?!(?:hardly|scarcely|barely)\b)\w+ly|also|firmly|squarely|now|still|solidly|fully|already)\s+)*"
            rf"(?P<trig>in|on|inside)|(?P<trig2>{v.camp_v}))\s+(?:the\s+)?{ADJ}(?P<subj>{C})(?:['’]s?)?\s+(?:[\w-]+\s+)?{v.camp_n}\b"
            # (a camp on another matter: "in Rutte's camp on energy policy")
            # (the camp's own people, "the Rutte camp's critics", are not the camp)
            rf"(?![\w-]|['’]s?\s)(?!\s+(?:on|over|regarding|about|when|during|throughout|at|in\s+the\s+(?:debate|dispute|row|talks))\b"
            rf"(?!\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?⟨P))"),
          check_actor_verb, 0.75, traits=frozenset({"possessed_object"})),
        R("oppose_verb", "opposition", _rx(rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{opp_v})[\"”'’]?{v.and_verb}{v.manner}\s+{obj}"),
          check_actor_verb, 0.9, traits=frozenset({"verb_only"})),
        # idioms that wrap the candidate: "gave the Chilean short shrift" (negated: no event); "would not touch
        # the Dutch premier with a bargepole" (an opposition only when refused)
        R("oppose_object_idiom", "opposition", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{v.opp_idiom})\s+{obj}(?:['’]s?\s+{bidn})?\s+"
            rf"(?P<trig2>{v.opp_idiom_tail})"),
          check_actor_verb, 0.85, traits=frozenset({"verb_only"})),
        # ... and of support: "had privately assured Bachelet of its support" (refused: "would not assure X of its support")
        R("endorse_object_idiom", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{v.sup_idiom})\s+{obj}\s+(?P<trig2>{v.sup_idiom_tail})"),
          check_actor_verb, 0.85, traits=frozenset({"verb_only"})),
        R("oppose_refused_object_idiom", "opposition", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{v.refused_idiom})\s+{obj}(?:['’]s?\s+{bidn})?\s+"
            rf"(?P<trig2>{v.refused_idiom_tail})"),
          check_actor_verb, 0.85, traits=frozenset({"verb_only", "refusal_only"})),
        # "Hungary has withdrawn its opposition to Rutte", "lifted its veto on his bid": a stance that ended
        R("oppose_ended", "opposition", _rx(ended_noun + rf"(?P<trig>{opp_n})\s+(?:to|against|of|on)\s+{obj}"),
          check_actor_verb, 0.8, traits=frozenset({"ended"})),
        R("oppose_reviewed", "opposition", _rx(reviewed + rf"(?P<trig>{opp_n})\s+(?:to|against|of|on)\s+{obj}"),
          check_actor_verb, 0.75, traits=frozenset({"presupposed"})),
        R("endorse_reviewed", "endorsement", _rx(reviewed + rf"(?P<trig>{sup_n})\s+(?:for|to|of|behind)\s+{obj}"),
          check_actor_verb, 0.75, traits=frozenset({"presupposed"})),
        # "Argentina has withdrawn its backing for Grossi": the support stated, as it was before it ended
        R("endorse_ended", "endorsement", _rx(ended_noun + rf"(?P<trig>{sup_n})\s+(?:for|to|of|behind|from)\s+{obj}"),
          check_actor_verb, 0.8, traits=frozenset({"ended"})),
        # "Chile has withdrawn its nomination of Bachelet": the state's backing, ended (the guide: a nomination is
        # an endorsement; the person may stay in the race, so it is no withdrawal of hers)
        R("endorse_ended_nomination", "endorsement", _rx(ended_noun + rf"(?P<trig>{v.nomination_n})\s+of\s+{obj}"),
          check_actor_verb, 0.8, traits=frozenset({"ended"})),
        # "Hungary's veto on Rutte was lifted": the ended stance in the passive
        R("oppose_ended_passive", "opposition", _rx(
            rf"(?P<actor>{A})['’]s?\s+(?:[\w-]+\s+)?(?P<trig>{opp_n})\s+(?:to|against|of|on)\s+{obj}(?:['’]s?\s+{bidn})?\s+"
            rf"(?:was|were|has\s+been|had\s+been|have\s+been|is|got)\s+(?:(?:finally|formally|officially|quietly|\w+ly)\s+)?"
            rf"(?P<trig2>{v.reversal_pp})\b"),
          check_ended_passive, 0.8),
        # "Beijing has made no secret of its opposition to Bachelet", "reiterated its objections to"
        R("oppose_giving", "opposition", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<give>{give})\s+(?:its|their|his|her|the|an?|(?P<owner>{S})['’]s?)\s+"
            # ("maintained its veto on Rutte")
            rf"(?:[\w-]+\s+){{0,2}}?(?P<trig>{opp_n})\s+(?:to|against|of|on)\s+{obj}"),
          check_actor_verb, 0.85),
        # "opposition to Rutte from Hungary softened in June"
        R("oppose_noun_to_from", "opposition", _rx(
            rf"(?<![\w-])(?P<trig>{opp_n})\s+(?:to|against)\s+{obj}(?:['’]s?)?(?:\s+{bidn})?\s+from\s+(?:the\s+)?{TITLE}(?P<actor>{A})"),
          check_nominal, 0.8),
        R("oppose_noun", "opposition", _rx(
            # (not "has no objection to Rutte")
            rf"(?P<actor>{A})(?:['’]s?)?\s+(?:(?!(?:no|not|any|little|without|never)\b)[\w-]+\s+){{0,2}}?(?P<trig>{opp_n})\s+"
            rf"(?:to|against|of)\s+{obj}"),
          check_actor_verb, 0.8, traits=frozenset({"noun_phrase"})),
        R("oppose_faced", "opposition", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?:(?:had|has|have|needed|managed|was\s+able)\s+to\s+)?(?:overcame|overcome|overcoming|faced|faces|facing|met|meets|"
            rf"encountered|encounters|ran\s+into|runs\s+into|defused|won\s+over|wins\s+over|overrode|overrides)\s+"
            rf"(?:(?:the|a|an|strong|stiff|initial|fierce|early|lingering)\s+){{0,2}}?"
            rf"(?:(?P<actor>{A})\s+(?P<trig>{opp_n})|(?P<trig2>{opp_n})\s+(?:from|of|by)\s+(?:the\s+)?(?P<actor2>{A}))"),
          check_received, 0.75),
        R("oppose_agents_led_by", "opposition", _rx(
            rf"(?P<trig>{opp_agents})\s+of\s+(?:(?:the|his|her)\s+)?{obj}(?:['’]s?)?(?:\s+{bidn})?{W}{{0,30}}?"
            rf"(?:led\s+by|including|such\s+as|notably|chiefly|especially|in\s+particular|like|namely|above\s+all)\s+(?:the\s+)?(?P<actor>{A})"),
          check_nominal, 0.8),
        # "Spain is a firm supporter of Rutte", "Britain has been the main sponsor of his bid"
        R("endorse_copula", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?:is|are|was|were|remains?|remained|been)\s+(?:(?!(?:hardly|scarcely|barely)\b)\w+ly\s+)?"
            rf"(?:among\s+)?(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){{0,2}}?(?P<trig>{v.sup_agents})\s+of\s+{obj}"),
          check_actor_verb, 0.8),
        # "Brazil has been one of Bachelet's most vocal backers", "Spain is Rutte's main sponsor"
        R("endorse_copula_possessed", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?:is|are|was|were|remains?|remained|been)\s+(?:(?!(?:hardly|scarcely|barely)\b)\w+ly\s+)?"
            rf"(?:(?:one|two|three|all|both|each)\s+of\s+|among\s+)?(?:the\s+)?{ADJ}(?P<subj>{C})['’]s?\s+{_UNSURE}"
            rf"(?P<trig>{v.sup_agents})"),
          check_actor_verb, 0.8, traits=frozenset({"possessed_object"})),
        # "Poland and Spain, Rutte's earliest backers, ...", "Brazil, one of the sponsors of her bid, ...":
        # the states in apposition to the candidate's supporters
        R("endorse_agent_apposition", "endorsement", _rx(
            rf"(?P<actor>{A}),\s+(?:(?:one|two|three|all|both|each)\s+of\s+|among\s+)?(?:(?:the|its|their)\s+)?"
            rf"(?:(?P<subj>{C})['’]s?\s+{_UNSURE}(?P<trig>{v.sup_agents})|{_UNSURE}"
            rf"(?P<trig2>{v.sup_agents})\s+of\s+{obj.replace('(?P<subj>', '(?P<subj2>')})(?:(?:['’]s?)?\s+{bidn})?(?=\s*[,;.)—–]|\s+(?:since|from)\b)"),
          check_nominal, 0.8),
        # "Rutte counts the United States and France among his supporters"
        R("endorse_counted_among", "endorsement", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,70}}?)(?<![\w-])(?P<recv>counts?|counted|counting|lists?|listed|numbers?|numbered)\s+"
            rf"(?:the\s+)?(?P<actor>{A})\s+(?:among|as)\s+(?:(?:his|her|its|their)\s+|⟨C\d+⟩['’]s?\s+){_UNSURE}"
            rf"(?P<trig>{v.sup_agents})"),
          check_received, 0.8),
        R("oppose_copula", "opposition", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?:is|are|was|were|remains?|remained)\s+(?:\w+ly\s+)?"
            # ("is the main obstacle to Rutte", "the lone holdout against Rutte")
            rf"(?:(?:among\s+)?(?:the\s+)?(?:\w+\s+)?(?P<trig>{opp_agents})\s+(?:of|to|against)|(?P<trig2>opposed\s+to|against))\s+{obj}"),
          check_actor_verb, 0.8),
        # the stance as an absolute phrase: "..., with Washington firmly against her"
        R("oppose_absolute", "opposition", _rx(
            rf"(?<![\w-])with\s+(?P<actor>{A})(?P<gap>\s+(?:(?:still|now|also|\w+ly)\s+){{0,2}})"
            rf"(?P<trig>opposed\s+to|against)\s+{obj}"),
          check_actor_verb, 0.8),
        # "Brazil joined as a co-sponsor of her bid" (with no object: the candidate in focus, frames/focus.py)
        R("endorse_joined_as", "endorsement", _rx(rf"{v.joined_as}\s+of\s+{obj}"), check_actor_verb, 0.8),
    ]


def _second_verb_gap(gap: str, trigger: str) -> str:
    """The scope words of the second of two verbs sharing a subject: its own auxiliaries ("would not
    support Rutte and would back Iohannis"); a bare verb shares the first's ("would not support Rutte
    and back Iohannis"), a finite one has none ("did not support Rutte and backed Iohannis")."""
    own = _SECOND_VERB.split(gap)[-1]
    if own.strip():
        return own
    return "" if re.match(r"\w+(?:ed|s)\b", trigger) else gap


_URGED_TO = re.compile(r"\s+(?:(?:not\s+)?to|from|into|against)\b", re.I)


def _no_vote(ctx: Context, m: re.Match, trigger_text: str) -> bool:
    """"encouraged Grossi to run", "was discouraged by China from visiting": urging; "encouraged Grossi in his
    talks with Tehran": no ballot the sentence speaks of."""
    g = _grammar(ctx)
    if g.persuading.fullmatch(trigger_text) and _URGED_TO.match(ctx.shape.text, m.end()):
        return True
    return bool(g.ballot_verb.fullmatch(trigger_text)) and not g.ballot_context.search(ctx.sentence)


def check_actor_verb(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """An actor (state or NATO) acts on a candidate: support, opposition, refusal; or an aggregate
    acts and the states it names act with it."""
    actors = _actor_values(ctx, m, "actor", "actor2")
    if not actors or _noun_not_verb(rule, m, ctx):
        return
    if _span(m, "gap") and _OTHER_SUBJECT.search(m.group("gap")):
        return      # "Colombia's envoy to Chile, Ana Perez, said she backs X": she, not Chile, backs X
    if _span(m, "owner"):
        actors = list(_group(m, ctx, "owner").values)     # "the minister confirmed Turkey's backing for Rutte"
    if _span(m, "objstate"):
        # "We support Romania": support for the state's own candidate, in a race sentence
        state = _group(m, ctx, "objstate")
        names = [c for v in state.values for c in ctx.gazetteer.states_with_candidates.get(v, ())]
        if len(names) != 1 or not _sentence_has_post(ctx) and not ctx.race_article:
            return
        subj_group, subjects = state, names
    else:
        subj_group = _group(m, ctx, "subj")
        if subj_group is None or subj_group.kind != CANDIDATE or not (
                "possessed_object" in rule.traits or _object_ok(ctx, m)):
            return
        subjects = list(subj_group.values)
        if _grammar(ctx).name_modified.match(ctx.shape.text, m.end("subj")):
            return      # "says no to Grossi visit", "backed the Rutte plan": a matter the name modifies
    if not _object_for_post(ctx, m.end()):
        return
    # "Washington backed Rutte, followed within hours by London and Berlin": they take the same stance
    follow = _FOLLOWED_BY.match(ctx.shape.text, m.end()) or _AS_DID.match(ctx.shape.text, m.end())
    if follow:
        actors += [v for v in ctx.shape.group_at(follow.start("more")).values if v not in actors]
    trigger = _span(m, "trig") or _span(m, "trig2")
    trigger_text = ctx.shape.text[trigger[0]:trigger[1]]
    if "noun_phrase" in rule.traits and (_NEGATED_AFTER.match(ctx.shape.text, m.end())
                                         or ctx.scope.unsettled.match(ctx.shape.text, m.end())):
        return      # "a Hungarian endorsement of Rutte is not on the cards", "France's support for X remains unclear"
    if _no_vote(ctx, m, trigger_text):
        return      # "encouraged Grossi to run", "discouraged her from standing": urging, not a vote
    # "Turkey dropped its objections to Rutte", "no longer opposes Rutte": the opposition ended
    ended = "ended" in rule.traits or rule.type == "opposition" and _grammar(ctx).reversal.search(
        ctx.shape.text[m.end("actor"):trigger[0]])
    actor_group = _group(m, ctx, "actor" if _span(m, "actor") else "actor2")
    if actor_group.kind == ORG and re.match(r"\s+as\s+(?:\S+\s+){0,3}?" + P, ctx.shape.text[m.end():]):
        return      # the alliance endorsing him "as" secretary general is the appointment (own rule)
    # the ending words are not a negation of the stance: "no longer opposes" is judged as "opposes"
    gap = _ending_removed(ctx, m.group("gap")) if ended and _span(m, "gap") else None
    if "second_verb" in rule.traits:
        gap = _second_verb_gap(m.group("gap") if gap is None else gap, trigger_text)
    # the scope is judged from the agent before the verb: the actor, or the aggregate naming it ("most allies, including Poland")
    agent = "actor" if rule.agent == "subj" else rule.agent
    # a stance reviewed ("is reconsidering its support") is held, never refused
    held = "presupposed" in rule.traits
    verdict = _assess(ctx, m, agent, support=rule.type == "endorsement" and not held or "refusal_only" in rule.traits, gap=gap)
    if (verdict.blocked == "negation" or verdict.refusal) and ("ended" in rule.traits or held) and _span(m, "rev"):
        # "has not lifted its veto on Rutte", "will not withdraw its support": the negation binds to the ending
        # verb, the stance is kept (a refusal to end support is no opposition)
        kept = KEPT_BY_NEGATION.search(m.group("gap"))
        if kept:
            verdict, ended = _assess(ctx, m, agent, gap=m.group("gap")[:kept.start()], undoubted=held), False
    if verdict.blocked == "doubt" and ("ended" in rule.traits or held) and _span(m, "rev") and _OWN_STANCE.match(
            ctx.shape.text, m.end("rev")):
        # "Hungary denied that it had dropped its objections to Rutte", "denied a report that it was reconsidering
        # its support": the denial is of the ending or the review; the stance the possessive presupposes is kept
        verdict, ended = _assess(ctx, m, agent, gap=gap, undoubted=True), False
    if verdict.blocked:
        return
    if "no_refusal" in rule.traits and verdict.refusal:
        return      # "Mexico did not shift its backing from Bachelet to Grossi": it still backs her
    if "refusal_only" in rule.traits and not verdict.refusal:
        return      # "Turkey accepted Rutte" is no endorsement
    if "act" in rule.traits and verdict.refusal:
        return      # "did not lobby on her behalf": an act not done, no refusal of support
    etype = "opposition" if verdict.refusal else rule.type
    status = verdict.status
    if status == "confirmed" and ctx.scope.tentative.search(trigger_text):
        status = "tentative"    # "is leaning towards Grossi", "warming to Rutte"
    conf = _confidence(rule, status, [actor_group, subj_group])
    f = _finding(rule, m, subjects, actors, ENDED if ended else status, conf,
                 ("actor", "actor2", "trig", "trig2", "subj", "objstate"))
    f.type = etype
    yield f


# the actor's own stance after the verb that ends or reviews it ("dropped its objections"), not "any objections"
_OWN_STANCE = re.compile(r"\s+(?:its|their|his|her)\s", re.I)


def _noun_not_verb(rule: Rule, m: re.Match, ctx: Context) -> bool:
    """"citing the support Rutte had gathered": after a determiner the trigger is a noun, not the verb."""
    start = m.start("trig")
    return "verb_only" in rule.traits and _NOUN_BEFORE.search(ctx.shape.text, max(0, start - 12), start) is not None


def check_ended_passive(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """"Hungary's veto on Rutte was lifted": the opposition, ended."""
    subj = _group(m, ctx, "subj")
    actors = _actor_values(ctx, m, "actor")
    if subj is None or subj.kind != CANDIDATE or not actors:
        return
    verdict = _assess(ctx, m, "actor", gap="")
    if verdict.blocked:
        return
    yield _finding(rule, m, subj.values, actors, ENDED, _confidence(rule, verdict.status, [subj]),
                   ("actor", "trig", "subj", "trig2"))


def _ending_removed(ctx: Context, gap: str) -> str:
    """The gap without its ending words ("ceased to", "no longer"), for the scope checks."""
    return re.sub(_grammar(ctx).reversal.pattern + r"(?:\s+to\b)?", " ", gap, flags=re.I)


# (after the candidate's origin too: "backed Bachelet of Chile as envoy to Haiti")
_FOR_AS = re.compile(r"\s*(?:of\s+(?:⟨S\d+⟩|(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+)){0,2})\s+)?(?:as(?!\s+well\b|\s+(?:early|soon|late|recently|long|far\s+back)\s+as\b|\s+of\b)|for(?!\s+(?:months|weeks|days|years|now|long|a\s+while|the\s+time\s+being))|"
                     r"to\s+(?:be|become|head|lead|run))\b", re.I)

# where a qualifier ("as ...", "for ...") ends: a clause break or a contrast
_QUALIFIER_END = re.compile(r"[,;:]|\s(?:not|but|rather\s+than|instead\s+of)\b", re.I)


# a subject of the stance's own in the gap that is no actor: a person the story does not know, after a report
# ("..., Ana Perez, said she backs X")
_OTHER_SUBJECT = re.compile(r"(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+),?\s+(?:said|says|added|adds|told\s+\w+|insisted|insists|stressed)\s+(?:that\s+)?(?:he|she)\s+"
                            r"(?:(?:\w+ly|would|will|still|also|now|does|did|do|can|could|is|was|not|n['’]t)\s+){0,3}$", re.I)


# the candidate's bid after the object: "backs Grossi's candidacy", "Grossi's formal bid"
_OWNED_BID = re.compile(r"['’]s?\s+(?:(?:own|formal|official)\s+)?(?P<noun>[\w-]+)")


def _object_for_post(ctx: Context, end: int) -> bool:
    """Support "for"/"as" something must be for the post: "backs Iohannis for a second term" is not, nor
    "backs Grossi's candidacy for a seat on the Council"."""
    owned = _OWNED_BID.match(ctx.shape.text, end)
    if owned and _grammar(ctx).bid_noun.fullmatch(owned.group("noun")):
        end = owned.end()
    after = ctx.shape.text[end:]
    window = after[:45]
    if _other_race_in(window) and not _post_between(ctx, end, end + 45):
        return False
    if _grammar(ctx).in_dispute.match(after) or _grammar(ctx).on_matter.match(after) or _grammar(ctx).in_contest.match(after):
        return False    # "backed Kallas in the dispute over the border", "backs Rutte on migration": that matter
    qualified = _FOR_AS.match(after)
    if not qualified:
        return True
    # the post only within the qualifier's own phrase: "backed Rutte as prime minister, not as secretary general"
    # is support in another office
    stop = _QUALIFIER_END.search(after, qualified.end(), qualified.end() + 40)
    return _grammar(ctx).as_candidate.match(after) is not None or _grammar(
        ctx).universal_post.match(after, qualified.end()) is not None or _post_between(
        ctx, end, end + (stop.start() if stop else qualified.end() + 40)) or bool(
        re.match(r"\s*(?:the\s+)?⟨O\d+⟩(?!['’]s)(?!\s+(?:(?-i:[a-z][\w-]*)\s+)?(?:post|job|role|seat|position|" + _grammar(ctx).office_nouns + r")\b)",
                 after[qualified.end():]))   # "backs Rutte for NATO" (not "for UN rights post")


# the nouns a possessive candidate owns, up to the passive's auxiliary ("Rutte's long-shot bid was")
_POSSESSED_NOUN = re.compile(r"['’]s?\s+(?P<noun>(?:[\w-]+\s+){1,3}?)(?:was|were|is|are|has|had|have|will|would|had)\b", re.I)


def check_passive(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """"Rutte's bid is backed by Germany": the agent of the passive is the actor."""
    subj = _group(m, ctx, "subj")
    actors = _actor_values(ctx, m, "actor")
    if subj is None or not actors:
        return
    if _no_vote(ctx, m, m.group("trig")):
        return      # "was encouraged by Chile to run"
    owned = _POSSESSED_NOUN.match(ctx.shape.text, m.end("subj"))
    if owned and not _grammar(ctx).bid_noun.search(owned.group("noun")):
        return      # "Rutte's plan was backed by Washington": the plan, not his bid
    verdict = _assess(ctx, m, "subj", support=rule.type == "endorsement")
    if verdict.blocked or (verdict.refusal and rule.type == "opposition"):
        return      # "is not opposed by Hungary" states no stance
    etype = "opposition" if verdict.refusal else rule.type
    conf = _confidence(rule, verdict.status, [subj, _group(m, ctx, "actor")])
    f = _finding(rule, m, subj.values, actors, verdict.status, conf, ("subj", "trig", "actor"))
    f.type = etype
    yield f


def check_received(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """"Rutte won the support of the US": the candidate receives, the named states give."""
    subj = _group(m, ctx, "subj")
    actors = _actor_values(ctx, m, "actor", "actor2")
    if subj is None or not actors or _possessive_only(subj):
        return
    if not _support_for_bid(ctx, m.end()):
        return
    # support received is the giver's stance turned round: "Grossi will not get Moscow's vote" is Moscow's refusal, as
    # "will not be supported by" is; a refusal verb is the candidate's own ("refused to accept Moscow's support")
    verdict = _assess(ctx, m, "subj", support="received" in rule.traits)
    if verdict.blocked or verdict.refusal and not _AUXILIARY_NEGATION.search(verdict.cue):
        return
    conf = _confidence(rule, verdict.status, [subj, _group(m, ctx, "actor")])
    f = _finding(rule, m, subj.values, actors, verdict.status, conf, ("subj", "recv", "trig", "trig2", "actor", "actor2"))
    f.type = "opposition" if verdict.refusal else rule.type
    yield f


# a refusal cue that negates an auxiliary ("will not", "cannot", "would never"), not a verb of refusing
_AUXILIARY_NEGATION = re.compile(r"\b(?:not|never|no\s+longer)\b|n['’]t\b|\bcannot\b", re.I)


def _support_for_bid(ctx: Context, end: int) -> bool:
    """"won Hungary's backing for the EU budget" is support for something else."""
    other = _FOR_OTHER.match(ctx.shape.text, end)
    if not other:
        return True
    what = other.group("what")
    return bool(re.search(r"⟨[CP]\d+⟩", what) or _grammar(ctx).bid_noun.search(what)) or not what.strip()


# a noun of stance that is absent or only wanted
_NONE_BEFORE = re.compile(r"\b(?:no|little|scant|without|lack\s+of|absence\s+of|need\s+for|needs|needed|hopes?\s+of|"
                          r"sought|seeks?|seeking|awaits?|awaiting|await)\s+(?:[\w-]+\s+)?$", re.I)


# a stance noun that the copula after it denies ("... is not on the cards"; not "has never wavered")
# (not "is not in question", "was never in doubt", "was not a surprise": those affirm it)
_NEGATED_AFTER = re.compile(r"\s*(?:[^⟨⟩;,.]{0,30}?\s)?(?:(?:is|was|are|were)\s+(?:not|never|no\s+longer)|(?:isn|wasn|aren|weren)['’]t)"
                            r"\s+(?:yet\s+)?(?:on\s+the\s+cards|in\s+the\s+cards|forthcoming|expected|likely|assured|guaranteed|"
                            r"certain|a\s+given|in\s+sight|happening|coming|on\s+offer|on\s+the\s+table)\b", re.I)


def check_nominal(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A support or opposition noun phrase naming both sides."""
    subj = _group(m, ctx, "subj" if _span(m, "subj") else "subj2")
    actors = _actor_values(ctx, m, "actor")
    if subj is None or subj.kind != CANDIDATE or not actors:
        return
    trig = _span(m, "trig") or _span(m, "trig2")
    if _NONE_BEFORE.search(ctx.shape.text, max(0, trig[0] - 30), trig[0]):
        return      # "there was no opposition to Rutte from Hungary", "without backing from Ankara"
    verdict = _assess(ctx, m, "trig" if _span(m, "trig") else "trig2", gap="", near=True)
    if verdict.blocked or _modal_after(ctx, m.end()) or _NEGATED_AFTER.match(ctx.shape.text, m.end()) \
            or ctx.scope.unsettled.match(ctx.shape.text, m.end()):
        return      # "the backing of Rutte by Turkey would be decisive", "... is not on the cards"
    conf = _confidence(rule, verdict.status, [subj, _group(m, ctx, "actor")])
    yield _finding(rule, m, subj.values, actors, verdict.status, conf, ("trig", "trig2", "subj", "subj2", "actor"))


def check_fronted(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """"With backing from Washington and London, Rutte ...": the one candidate of the main clause."""
    rest_start = m.start("rest")
    subjects = {v for t in re.finditer(C, m.group("rest")) for v in ctx.shape.group_at(rest_start + t.start()).values}
    actors = _actor_values(ctx, m, "actor")
    if len(subjects) != 1 or not actors:
        return
    verdict = _assess(ctx, m, "trig", gap=m.group("gap"))
    if verdict.blocked:
        return
    conf = _confidence(rule, verdict.status, [_group(m, ctx, "actor")])
    yield _finding(rule, m, sorted(subjects), actors, verdict.status, conf, ("trig", "actor"))


def _modal_after(ctx: Context, end: int) -> bool:
    """"Hungary's support would be decisive": a stance noun as the subject of a modal."""
    right = ctx.shape.text[end:ctx.scope.clause_right(ctx.shape.text, end)]
    return ctx.scope.modal(right[:40])


_FOLLOWED_BY = re.compile(r"[^⟨⟩;,.]{0,40},\s*(?:(?:soon|quickly|later|then)\s+)?(?:followed|joined)\s+(?:[\w-]+\s+){0,3}?by\s+"
                          r"(?:the\s+)?(?P<more>⟨[SO]\d+⟩)", re.I)

# "Hungary opposed Rutte until June, as did Slovakia", "..., and so did Ankara", "..., and neither did Bratislava":
# an auxiliary standing for the verb gives the next state the same stance (a refusal stays one)
_AS_DID = re.compile(r"[^⟨⟩;,.]{0,40},\s*(?:(?:and|but)\s+)?(?:just\s+)?(?:as|so|neither|nor)\s+(?:did|does|do|has|have|had|"
                     r"will|would|is|are|was|were)\s+(?:the\s+)?(?P<more>⟨[SO]\d+⟩)(?=\s*(?:[,.;]|$|too\b|later\b|in\b|on\b))", re.I)


# what may stand before a clause's subject: punctuation, a conjunction, a time or sentence adverb
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:]|\b(?:and|but|that|said|says|added|adds|told\s+\w+)\b)[\W_]*(?:(?:now|then|meanwhile|however|also|later|earlier|"
                             r"on\s+\w+day|in\s+\w+|last\s+\w+|this\s+\w+)[\W_]*)*$", re.I)


def check_candidate_actor(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A candidate who holds office in their state backs or refuses another candidate: the state acts."""
    speaker, subj = _group(m, ctx, "actorc"), _group(m, ctx, "subj")
    if speaker is None or subj is None or _possessive_only(speaker) or not _object_ok(ctx, m) or _noun_not_verb(rule, m, ctx):
        return
    story = ctx.gazetteer.story
    states = [c.state for v in speaker.values if (c := story.candidate(v)) and c.state
              and not any(r.lower().startswith(("former", "ex-")) for r in c.roles) and v not in subj.values]
    if len(states) != 1 or not _object_for_post(ctx, m.end()):
        return
    lead = ctx.shape.text[:m.start("actorc")]
    if not _CLAUSE_OPENING.search(lead):
        return      # "Hungary criticised Rutte and backed Iohannis": the candidate is an object, not who acts
    verdict = _assess(ctx, m, "actorc", support=True)
    if verdict.blocked:
        return
    f = _finding(rule, m, subj.values, states, verdict.status, _confidence(rule, verdict.status, [speaker, subj]),
                 ("actorc", "trig", "subj"))
    f.type = "opposition" if verdict.refusal else rule.type
    yield f
