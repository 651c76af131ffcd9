"""Endorsement and opposition: a state or the organisation for or against a candidate's bid.

This module holds the rule table (the constructions and their slots); the checks each rule runs on a
match are in frames/stance_checks.py (a verb's) and frames/stance_nouns.py (a noun's); the pattern pieces the rules
build with (a copula before a supporter noun, a camp, where a state stands) in frames/stance_forms.py; the rules of a
state called a supporter or an opponent ("Spain is a firm supporter of X", "Poland and Spain, X's earliest backers,")
in frames/stance_agents.py."""
from __future__ import annotations

from natowatch.extract.frames.base import A, ADJ, AGG, C, HEADING_CLAUSE, HEADING_GAP, HEADING_SEP, P, RACE_MOD, Rule, S, TITLE, W, WP, _rx
from natowatch.extract.frames.vocab import Vocab
from natowatch.extract.lexicon import BE_FORMS, COPULA_FORMS, POSSESSIVES, THIRD_PERSON_POSSESSIVES
from natowatch.extract.frames.stance_checks import (
    check_actor_verb, check_candidate_actor, check_ended_passive, check_passive, check_refusal_noun,
)
from natowatch.extract.frames.stance_nouns import check_fronted, check_nominal, check_received
from natowatch.extract.frames.stance_agents import agent_rules
from natowatch.extract.frames.stance_lists import list_rules
from natowatch.extract.frames.stance_forms import (
    _PRONOUN_SUBJECT, CAMP_OTHER_MATTER, NOR_PRONOUN, GIVER_ADVERB, REPORTED_TO, STANDING, _given_by_form, _later, _standing_adverbs,
    camp_entry, noun_modifier,
)


def rules(v: Vocab) -> list[Rule]:
    (bidn, obj, sup_v, sup_n, give, recv, join, opp_v, sup_pp, opp_pp, opp_n, stance_adj, aux, adv) = (
        v.bidn, v.obj, v.sup_v, v.sup_n, v.give, v.recv, v.join, v.opp_v, v.sup_pp, v.opp_pp, v.opp_n, v.stance_adj, v.aux, v.adv)

    def told_own(nouns: str, preps: str) -> str:
        """A stance given or told to someone named between the verb and the possessive: "announced to the Secretariat
        its support for X", "informed the Council of its support for X" (the possessive is the giver's); after "to" a
        recipient, not a second verb ("pledged to withhold its support" is the verb's own)."""
        return (rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?:(?P<give>{give})\s+to\s+(?=(?:the|a|an|{THIRD_PERSON_POSSESSIVES})\b|"
                rf"(?-i:[A-Z])|⟨)|(?P<tell>{v.telling_own})\s+(?!(?:that|of)\b))(?:(?!\bto\s)[^,;⟨⟩]|⟨[OMSP]\d+⟩){{1,40}}?(?(tell)\s+of|)\s+"
                rf"(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?(?P<trig>{nouns})\s+(?:{preps})\s+{obj}")
    # a reversal verb that governs the stance noun after it ("dropped its long-standing objections to"),
    # not one of an earlier clause ("dropped its objections and gave its support to")
    ended_noun = (rf"(?P<actor>{A})(?:(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<rev>{v.reversal_verb})\s+|"
                  # (or its noun, the state its owner: "Chile's withdrawal of its sponsorship of X", "Hungary's lifting
                  # of its veto on X")
                  rf"['’]s?\s+(?:[\w-]+\s+)?(?P<revn>{v.reversal_n})\s+of\s+(?=(?:its|their)\s))"
                  # (a stance its former government held is its own: "rowed back on its predecessor's support for")
                  rf"(?:(?:{THIRD_PERSON_POSSESSIVES}|the|any|all)\s+)?(?:[\w-]+\s+){{0,2}}?{v.predecessor}?")
    # a verb reviewing the state's own stance ("is reconsidering its support for"): the stance is held
    reviewed = (rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<rev>{v.review})\s+(?:its|their)\s+{v.predecessor}?(?:[\w-]+\s+){{0,2}}?")
    switched = (rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<give>{v.switch})\s+(?:(?:{THIRD_PERSON_POSSESSIVES}|the)\s+)?"
                # (where: "shifted its backing in the race from X to Y")
                rf"(?:[\w-]+\s+){{0,2}}?(?P<trig>{sup_n})\s+(?:(?:in|for)\s+(?:the\s+)?(?:race|contest|running|{P})\s+)?"
                rf"(?:away\s+)?from\s+")
    dropped = rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{v.drop_v})\s+"
    preferred = r"\s*,?\s+(?:in\s+favou?r\s+of|for)\s+"
    trailing = (rf"^\W*(?:[^⟨⟩,;]{{0,30}}?\s)?(?P<subj>{C}){v.in_race}(?P<gap>(?:[^⟨⟩,;]|{P}){{1,60}}?),\s*{adv}(?P<trig>%s)\s+"
                rf"{v.by}{AGG}(?:the\s+)?{TITLE}(?P<actor>{A})")
    # (after an apposition naming the candidate by a noun: "Grossi, the Argentine whom Washington has backed"; an adverb
    # may follow the verb: "has backed openly since May")
    relative = (rf"(?P<subj>{C})(?:,\s+(?:the|a|an)\s+(?:[\w-]+\s+){{1,3}}?(?:whom|that)|,?\s+(?:whom|who)|\s+that)?\s+(?:the\s+)?"
                rf"(?P<actor>{A})(?P<gap>{WP}{{0,30}}?)(?<![\w-])(?P<trig>%s)"
                rf"(?=(?:\s+\w+ly)?\s*(?:[,.;]|$|(?:on|in|last|this|since|from|early|late)\b))")
    # (its agent read as every passive's, v.by: after a time or an adverb, "was declared on Thursday by")
    _GIVEN_BY = _given_by_form(v, v.give_pp) + v.by
    _SENT_BY = _given_by_form(v, v.send_pp) + v.by
    # a second verb of the same subject, after a first clause naming a candidate ("Romania decided to withdraw
    # Iohannis's candidacy and back Rutte")
    second_lead = (
        # (a headline's comma joins them too: "Mexico drops Bachelet, backs Grynspan")
        rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?{C}(?:,\s+|{WP}{{0,40}}?\b(?:and|but)\s+{_PRONOUN_SUBJECT}{v.verb_lead}|"
        # a negation fronted before its pronoun: "will not support X, nor will it back Y", "and neither does it back Y"
        rf"{WP}{{0,40}}?\b{NOR_PRONOUN}|"
        # a participle of the same subject: "praised X while backing Y"
        rf"{WP}{{0,40}}?\b(?:while|whilst)\s+(?:(?:also|now|still|\w+ly)\s+)?(?=\w+ing\b))"
        # a readiness of its own: "would not object to X and is ready to back Y", "but it is willing to back Y"; a
        # stance reported of it: "will not support X and is reported to favour Y" (scope reads it: reported)
        rf"(?:(?:{BE_FORMS}|be|remains?|remained)\s+(?:now\s+|also\s+|not\s+|\w+ly\s+)?(?:ready|willing|prepared|"
        rf"{REPORTED_TO})\s+to\s+(?:have\s+)?"
        # its progressive: "refuses to back X and is reportedly leaning towards Y", "and has been lobbying for Y"
        rf"|(?:{BE_FORMS}|(?:has|have|had)\s+been)\s+(?:(?:now|also|still|\w+ly)\s+){{0,2}}(?=\w+ing\b))?"
        # a refusal as the participle: "met X while (still) refusing to endorse him" (the refusal cue is read by the check)
        rf"(?:{v.refusing_ing}\s+)?)")
    # a passive of ending after a stance noun, its agent the giver who ended it: "was lifted", "has been withdrawn on
    # Monday by the Chilean government"
    ended_passive = (rf"\s+(?:was|were|has\s+been|had\s+been|have\s+been|is|got)\s+(?:(?:finally|formally|officially|quietly|\w+ly)\s+)?"
                     rf"(?P<trig2>{v.reversal_pp})\b(?:\s+{v.by}{AGG}(?:the\s+)?{TITLE}(?P<actor2>{A}))?")
    R = Rule
    return [
        # ---- endorsement / opposition
        R("endorse_verb", "endorsement", _rx(rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{sup_v})[\"”'’]?{v.and_verb}{v.manner}\s+{obj}"),
          check_actor_verb, 0.9, traits=frozenset({"verb_only"})),
        # a verb that supports only a bid, its object the candidate's own bid: "will accompany X's candidacy", "Peru
        # joined her campaign" (endorsement.bid_object_verbs; not "joined her in Geneva", "her campaign against Y")
        R("endorse_bid_object_owned", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{v.bid_object_v})[\"”'’]?{v.manner}\s+"
            rf"(?P<subj>{C})(?:['’]s?)?\s+(?:(?-i:[a-z][\w-]*)\s+)?{RACE_MOD}{bidn}(?![\w-])(?!\s+against\b)"),
          check_actor_verb, 0.85, traits=frozenset({"verb_only"})),
        # the candidate inside the preposition of a support verb: "came out in his favour", "Paris and Berlin have
        # pronounced themselves in Rutte's favour", "voted in her favour" (not "the odds are in his favour", "ruled in
        # his favour")
        R("endorse_in_favour_owned", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{v.favour_v})(?:\s+(?:\w+ly|all|also|now|firmly))?"
            rf"\s+in\s+(?P<subj>{C})(?:['’]s?)?\s+favou?r(?![\w-])"),
          check_actor_verb, 0.85, traits=frozenset({"verb_only", "possessed_object"})),
        # "Spain was with her from the beginning", "Panama, which has been with us all along": being with a candidate
        # over the whole race (endorsement.lasting_times after the object) is support
        R("endorse_with_lasting", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>(?:{BE_FORMS}|been|be|remains?|remained|stays?|"
            rf"stayed)\s+(?:(?:still|always|also|firmly|solidly|squarely)\s+)?with)\s+{obj}(?=\s*,?\s*(?:right\s+)?"
            rf"{v.lasting_time})"),
          check_actor_verb, 0.8, traits=frozenset({"verb_only"})),
        # "Berlin has chosen Rutte": a state (not the organisation, which appoints) choosing a candidate backs them
        R("endorse_chose", "endorsement", _rx(rf"(?P<actor>{S})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{v.choose_v})\s+{obj}"
                                              r"(?!\s+(?:as|to|for)\s+(?!(?:its|their|the)\s+(?:candidate|nominee)\b))"),
          check_actor_verb, 0.8, traits=frozenset({"verb_only"})),
        # "Moscow cannot accept Grossi": verbs whose refusal is an opposition, and whose assent says nothing
        R("oppose_refused_assent", "opposition", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{v.assent_v})[\"”'’]?\s+{obj}"),
          check_actor_verb, 0.85, traits=frozenset({"verb_only", "refusal_only"})),
        # "Romania decided to withdraw Iohannis's candidacy and back Rutte": the verbs share their subject
        R("endorse_second_verb", "endorsement", _rx(second_lead + rf"(?P<trig>{sup_v})\s+{obj}"),
          check_actor_verb, 0.75, traits=frozenset({"verb_only", "second_verb"})),
        # ... and a verb of switching second, its support understood: "had been among X's early supporters but has
        # since moved over to Y", "backed X, switched to Y" ("will not switch to Y" refuses nothing)
        R("endorse_second_switched", "endorsement", _rx(
            second_lead + rf"(?P<trig>{v.switch})\s+(?:(?:back|over)\s+)?to\s+{obj}"),
          check_actor_verb, 0.7, traits=frozenset({"verb_only", "second_verb", "no_refusal"})),
        # the same with a verb of opposing second: "has come round to Rutte and will no longer block him" (the
        # ended opposition, as the guide reads "dropped its opposition"), "praised X but would not accept him"
        R("oppose_second_verb", "opposition", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?{C}{WP}{{0,40}}?\b(?:and|but)\s+{_PRONOUN_SUBJECT}{v.verb_lead}"
            rf"(?:(?:{BE_FORMS})\s+(?:\w+ly\s+)?(?:{REPORTED_TO})\s+to\s+(?:have\s+)?)?)"
            rf"(?P<trig>{opp_v})\s+{obj}"),
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
            rf"(?:did|have|has|had|do|does)\s+(?:(?:also|too)\s+)?(?P<actor2>{A})(?=\s*(?:[,.;]|$|\s+(?:on|in|last|this|after|when|once|following|despite|because|until|too|{_later(v)})\b))"),
          check_actor_verb, 0.85),
        # "..., as Germany did", "..., and so did Germany": the same, the state before or after the auxiliary
        R("endorse_as_x_did", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{sup_v})\s+{obj}{W}{{0,60}}?,\s*as\s+"
            rf"(?:(?:also|too)\s+)?(?P<actor2>{A})\s+(?:also\s+)?(?:did|have|has|had|do|does)(?:\s+too)?"
            rf"(?=\s*(?:[,.;]|$|\s+(?:on|in|last|this|{_later(v)})\b))"),
          check_actor_verb, 0.85),
        R("endorse_so_did", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{sup_v})\s+{obj}{W}{{0,60}}?,?\s*and\s+so\s+"
            rf"(?:did|have|has|had|do|does)\s+(?P<actor2>{A})(?=\s*(?:[,.;]|$|\s+(?:on|in|last|this|{_later(v)})\b))"),
          check_actor_verb, 0.85),
        R("endorse_own_state", "endorsement", _rx(rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{sup_v})\s+(?P<objstate>{S})"
                                                  rf"(?!\s+(?!(?:for|on|in|at|as|and|but|because|after|when|over|since)\b)[a-z])"),
          check_actor_verb, 0.6),
        R("endorse_passive", "endorsement", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-]){aux}\s+{adv}"
            rf"(?P<trig>{sup_pp})\s+{v.by}{AGG}(?:the\s+)?{TITLE}(?P<actor>{A})"),
          check_passive, 0.85),
        # a second participle sharing the passive's subject and auxiliary: "Grossi was nominated by
        # Argentina in January and endorsed by Chile and Uruguay"; or its participle set off after the name or the
        # bid ("a proposal of X, submitted by Brazil and joined on Monday by Mexico,", "X, nominated by A and
        # co-sponsored by B,"): the second agent backs the candidate
        R("endorse_passive_second", "endorsement", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,40}}?)(?:(?<![\w-]){aux}\s+|\s*,\s*)(?:\w+ly\s+)?"
            rf"(?:{v.nominate_pp}|{sup_pp}|{v.reaction_pp}|{v.declared_pp})\s+{v.by}"
            rf"(?:[^;⟨⟩]|⟨[SOP]\d+⟩){{1,60}}?\b(?:and|but)\s+{adv}(?P<trig>{sup_pp}|{v.nominate_pp})\s+{v.by}{AGG}"
            rf"(?:the\s+)?{TITLE}(?P<actor>{A})"),
          check_passive, 0.8),
        # ... and a state joining the nomination made by the first ("a proposal of X, submitted by Brazil and joined on
        # Monday by Mexico", "X's candidacy was lodged by A and joined by B"): the bid's noun is what is joined (a
        # person "joined on stage by" someone is not)
        R("endorse_joined_second", "endorsement", _rx(
            rf"(?P<nominal>(?<![\w-])(?:{v.cand_bid}\s+(?:of|by)|{v.nomination_of_n}\s+of)\s+{ADJ})?(?P<subj>{C})"
            rf"(?(nominal)|['’]s?\s+(?:[\w-]+\s+)?(?:{v.cand_bid}|{v.nomination_n}))"
            rf"(?:\s+{aux}\s+|\s*,\s*)(?:\w+ly\s+)?(?:{v.nominate_pp}|{v.declared_pp})\s+{v.by}"
            rf"(?:[^;⟨⟩]|⟨[SOP]\d+⟩){{1,60}}?\b(?:and|but)\s+{adv}(?P<trig>{v.join_pp})\s+{v.by}{AGG}"
            rf"(?:the\s+)?{TITLE}(?P<actor>{A})"),
          check_passive, 0.75),
        # an explainer's section with no subject after its heading: "Rafael Grossi (Argentina): nominated in
        # January; endorsed by Chile and Uruguay"
        R("endorse_heading_participle", "endorsement", _rx(
            rf"^\W*(?P<subj>{C})(?P<gap>{HEADING_GAP}){adv}(?P<trig>{sup_pp})\s+{v.by}{AGG}"
            rf"(?:the\s+)?{TITLE}(?P<actor>{A})"),
          check_passive, 0.75),
        # ... and a later clause's nomination, a backing: "X (Peru): nominated by Peru; co-nominated by Chile" (the
        # first clause's is the candidacy's: candidacy_heading_nominated)
        R("endorse_heading_later_nominated", "endorsement", _rx(
            rf"^\W*(?P<subj>{C})(?P<gap>{HEADING_SEP}{HEADING_CLAUSE}+?){adv}(?P<trig>{v.nominate_phrase_pp})\s+{v.by}{AGG}"
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
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<recv>{recv})\s+(?:(?:the|a|an|{THIRD_PERSON_POSSESSIVES})\s+)?"
            # (no negation or second verb between: "has not secured the support of" is judged at "secured"; nor a verb
            # of seeking or lacking it: "has sought the support of", "has courted the backing of" is support not had)
            rf"(?:(?!(?:not|never|no|yet|{recv}|{v.unmet})\b)[\w-]+\s+){{0,3}}?(?P<trig>{sup_n})\s+"
            rf"{GIVER_ADVERB}(?:of|from)\s+{AGG}(?:the\s+)?{TITLE}(?P<actor>{A})"
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
            # (a possessive among them is another owner's: "reiterated to Chile its support for X")
            rf"(?P<actor>{A})(?:['’]s?)?\s+{noun_modifier(v, negative=True, owned=True)}(?P<trig>{sup_n})\s+(?:for|of|behind|to)\s+{obj}"),
          check_actor_verb, 0.8, traits=frozenset({"noun_phrase"})),
        # "Jamaica and Guyana have written to the Council in support of Alleyne": a state's act in support
        R("endorse_in_support", "endorsement", _rx(
            # (by a verb of speaking, writing or voting: not "a statement by the German government in favour
            # of X", "condemned the protests in support of X", "blocked a letter in support of X")
            rf"{v.stated_act}(?P<trig>in\s+(?:support|favou?r)\s+of)\s+{obj}"),
          check_actor_verb, 0.8, traits=frozenset({"act"})),
        # "signed on to a joint statement of support for X", "put its name to a letter of support for X": a text of
        # support the state signs is its support
        R("endorse_document_of_support", "endorsement", _rx(
            rf"{v.stated_act}(?P<trig>{v.document_n}\s+of\s+{sup_n})\s+(?:for|to|behind)\s+{obj}"),
          check_actor_verb, 0.8, traits=frozenset({"act"})),
        R("endorse_on_behalf_of", "endorsement", _rx(
            rf"{v.advocacy_act}(?P<trig>on\s+behalf\s+of)\s+{obj}"),
          check_actor_verb, 0.8, traits=frozenset({"act"})),
        R("endorse_on_behalf", "endorsement", _rx(
            rf"{v.advocacy_act}(?P<trig>on)\s+{obj}['’]s?\s+behalf\b"),
          check_actor_verb, 0.8, traits=frozenset({"possessed_object", "act"})),
        # "the Caribbean Community gave him its endorsement": the candidate as the first object
        R("endorse_giving_to", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<give>{give})\s+{ADJ}(?P<subj>{C})\s+(?:{THIRD_PERSON_POSSESSIVES}|the|a)\s+"
            rf"(?:(?:{stance_adj}|unequivocal)\s+){{0,2}}(?P<trig>{sup_n})(?![\w-])"
            # support for something else: "gave Grossi the green light to inspect the sites" (not for the post:
            # "gave Grynspan its blessing for the UN's top job")
            rf"(?!\s+(?:to\s+(?!run|stand|seek)|for\s+(?!(?:the\s+|a\s+)?(?:[\w'’-]+\s+){{0,3}}?⟨P)|over)\b)"),
          check_actor_verb, 0.85),
        R("endorse_giving", "endorsement", _rx(
            # (or kept: "kept its predecessor's support for X", "stood by its backing for X")
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<give>{give}|{v.keep_stance})\s+(?:(?:{THIRD_PERSON_POSSESSIVES}|the|a|an|(?P<owner>{S})['’]s?)\s+)?"
            rf"{v.predecessor}?"
            # trust is given "in" the candidate: "reaffirmed its full confidence in Grossi" (a quotation may close
            # before the object: '"reaffirms its full confidence" in Grossi')
            rf"(?:{v.adj_and}[\w-]+\s+){{0,2}}?(?P<trig>{sup_n}(?=[\"”'’]?\s+(?:for|to|behind|of)\s)|{v.trust_n}(?=[\"”'’]?\s+in\s))[\"”'’]?\s+"
            rf"(?:for|to|behind|of|in)\s+{obj}"),
          check_actor_verb, 0.9),
        # ... as the second of two verbs sharing the actor, a candidate named in the first: "welcomed X's candidacy and
        # declared its full support for her", "praised X and expressed its support for his bid" (second_lead)
        R("endorse_second_giving", "endorsement", _rx(
            second_lead + rf"(?P<give>{give})\s+(?:(?:{THIRD_PERSON_POSSESSIVES}|the|a|an)\s+)?"
            rf"(?:{v.adj_and}[\w-]+\s+){{0,2}}?(?P<trig>{sup_n})[\"”'’]?\s+(?:for|to|behind|of)\s+{obj}"),
          check_actor_verb, 0.75, traits=frozenset({"second_verb"})),
        # the stance given to someone, or told to them, between the verb and the possessive: "announced to the
        # Secretariat its support for X", "informed the Council of its support for X", "notified the President of
        # the Assembly of their backing for X" (the possessive is the giver's, as after "assured Chile of its support")
        R("endorse_told_own", "endorsement", _rx(told_own(sup_n, "for|to|behind|of")),
          # (telling or announcing not done is no refusal: "did not inform the Council of its support for X")
          check_actor_verb, 0.85, traits=frozenset({"act"})),
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
          check_actor_verb, 0.75, traits=frozenset({"ended", "no_refusal", "dropping"})),
        # "Mexico drops Bachelet", "Lima has abandoned Grossi": the support it had, ended (the person, not a bid
        # of theirs, nor a thing of theirs: "dropped Bachelet's proposal")
        R("endorse_dropped", "endorsement", _rx(rf"{dropped}{obj}(?!['’])(?=\s*(?:[,.;:]|$|\s+(?:on|in|last|this|after|"
                                                rf"and|but|as\s+(?:its|their)\s+candidate)\b))"),
          check_actor_verb, 0.7, traits=frozenset({"ended", "no_refusal", "dropping"})),
        R("endorse_noun_from_for", "endorsement", _rx(
            rf"(?<![\w-])(?P<trig>{sup_n})\s+(?:of|from)\s+(?:the\s+)?(?P<actor>{A})\s+(?:for|behind)\s+{obj}"),
          check_nominal, 0.8),
        # the same of opposing: "the stated opposition of Russia to her candidacy", "objections from Hungary to Rutte"
        R("oppose_noun_of_to", "opposition", _rx(
            # (after "by" or "from" the object may take "of" or "on": "the rejection by C of X's bid", "a veto
            # from C on X")
            rf"(?<![\w-])(?P<trig>{opp_n})\s+(?:of|(?P<agent>from|by))\s+(?:the\s+)?(?P<actor>{A})\s+"
            rf"(?:to|against|(?(agent)(?:of|on)|(?!)))\s+{obj}"),
          check_nominal, 0.8),
        # "the discourage vote against Bachelet came from the United States"
        R("oppose_noun_against_from", "opposition", _rx(
            rf"(?<![\w-])(?P<trig>{opp_n})\s+(?:against|to|on)\s+{obj}(?:['’]s?)?(?:\s+{bidn})?"
            rf"(?:\s+(?:came|comes|come|was\s+cast|were\s+cast))?\s+from\s+{AGG}(?:the\s+)?(?P<actor>{A})"),
          check_nominal, 0.8),
        # "Grossi thanked Italy for its support": the candidate received it
        R("endorse_thanked", "endorsement", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?P<recv>{v.thank})\s+(?:the\s+)?{TITLE}(?P<actor>{A})\s+for\s+"
            rf"(?:{THIRD_PERSON_POSSESSIVES}|the)\s+(?:[\w-]+\s+){{0,2}}?(?P<trig>{sup_n})(?![\w-])"),
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
        # the stance noun as the subject of a passive of giving: "Support for Bachelet has been pledged by
        # Colombia", "Opposition to Rutte's bid was voiced by Hungary" (not "has been questioned by", "would be")
        R("endorse_noun_given_by", "endorsement", _rx(
            rf"(?<![\w-])(?P<trig>{sup_n})\s+(?:for|of|behind)\s+{obj}(?:['’]s?\s+{bidn})?{_GIVEN_BY}{AGG}(?:the\s+)?{TITLE}(?P<actor>{A})"),
          check_nominal, 0.8),
        R("oppose_noun_given_by", "opposition", _rx(
            rf"(?<![\w-])(?P<trig>{opp_n})\s+(?:to|against|of)\s+{obj}(?:['’]s?\s+{bidn})?{_GIVEN_BY}{AGG}(?:the\s+)?{TITLE}(?P<actor>{A})"),
          check_nominal, 0.8),
        # a text of support or objection as the subject of a passive of sending or giving, its sender the agent: "A
        # letter backing X was sent to the Council by A", "A statement of support for X was issued on Monday by the
        # government of B", "a note opposing Y has been delivered by C" (not "was received by", "would be sent by")
        R("endorse_document_sent_by", "endorsement", _rx(
            rf"(?<![\w-])(?:{v.document_n})s?\s+(?:(?P<trig>{v.sup_ing})|(?P<trig2>(?:of\s+)?(?:{sup_n})\s+(?:for|of|behind)|"
            rf"in\s+(?:support|favou?r)\s+of))\s+{obj}(?:['’]s?\s+{bidn})?{_SENT_BY}{AGG}(?:the\s+)?{TITLE}(?P<actor>{A})"),
          check_nominal, 0.8),
        R("oppose_document_sent_by", "opposition", _rx(
            rf"(?<![\w-])(?:{v.document_n})s?\s+(?:(?P<trig>{v.opp_ing})|(?P<trig2>(?:of\s+)?(?:{opp_n})\s+(?:to|against)))\s+"
            rf"{obj}(?:['’]s?\s+{bidn})?{_SENT_BY}{AGG}(?:the\s+)?{TITLE}(?P<actor>{A})"),
          check_nominal, 0.8),
        R("endorse_possessed_noun_by", "endorsement", _rx(
            rf"{obj}['’]s?\s+(?:{bidn}\s+)?(?P<trig>{sup_n})\s+by\s+{AGG}(?:the\s+)?{TITLE}(?P<actor>{A})"),
          check_nominal, 0.8),
        # "Moscow's refusal to back Bachelet": a refusal stated as a noun
        # (or its giver after it: "a refusal by Hungary to support X", "the refusal of Budapest to back X")
        R("oppose_refusal_noun", "opposition", _rx(
            rf"(?:(?P<actor>{A})(?:['’]s?|,?\s+whose)\s+(?:[\w-]+\s+)?(?P<trig>{v.refusal_n})|(?<![\w-])(?P<trig2>{v.refusal_n})\s+"
            rf"(?:by|of|from)\s+(?:the\s+)?{TITLE}(?P<actor2>{A}))\s+to\s+(?:{sup_v})\s+{obj}"),
          check_refusal_noun, 0.8),
        # "Grossi, whom Uruguay also backs", "Rutte, whom the Turkish government opposes": the state acts on the name
        # before
        R("endorse_relative", "endorsement", _rx(relative % sup_v), check_actor_verb, 0.8),
        R("oppose_relative", "opposition", _rx(relative % opp_v), check_actor_verb, 0.8),
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
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?:{COPULA_FORMS}|stands?|stood)\s+"
            rf"{_standing_adverbs(v)}(?P<trig>{STANDING})\s+{obj}"),
          check_actor_verb, 0.75),
        # "China moved from quiet sympathy to public support for X", "went from critic to backer of X"
        R("endorse_moved_to", "endorsement", _rx(rf"{v.moved_to}\s+(?:for|of|behind|to)\s+{obj}"),
          check_actor_verb, 0.75),
        # a leader putting their state behind a candidate: "put Barbados behind the Chilean" (the state set behind
        # acts; refused: "would not put Hungary behind Rutte", an opposition)
        R("endorse_put_behind", "endorsement", _rx(
            # (the words before the verb, up to its clause's last name, judged as its scope: "refused to put")
            rf"(?:(?<=⟩)|^)(?P<gap>[^⟨⟩;]{{0,60}}?)(?P<placer>(?<![\w-])(?P<trig>{v.placing}))\s+(?:the\s+)?(?P<actor>{S})(?!['’])\s+"
            rf"(?:(?:(?!{v.denying})\w+ly|also|firmly|squarely|now|solidly|fully|four-square|foursquare)\s+)?"
            rf"(?P<trig2>behind)\s+{obj}"),
          check_actor_verb, 0.75, agent="placer"),
        # a camp the state is in or joins: "Spain is firmly in Rutte's corner", "climbed on board the Rutte
        # bandwagon", "planted its flag in Rutte's camp" (the camp's owner, or its name before it, is the candidate)
        R("endorse_camp", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,40}}?)(?<![\w-]){camp_entry(v)}\s+(?:the\s+)?{ADJ}(?P<subj>{C})(?:['’]s?)?\s+(?:[\w-]+\s+)?{v.camp_n}\b"
            # (the camp's own people, "the Rutte camp's critics", are not the camp)
            rf"(?![\w-]|['’]s?\s){CAMP_OTHER_MATTER}"),
          check_actor_verb, 0.75, traits=frozenset({"possessed_object"})),
        R("oppose_verb", "opposition", _rx(rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{opp_v})[\"”'’]?{v.and_verb}{v.manner}\s+{obj}"),
          check_actor_verb, 0.9, traits=frozenset({"verb_only"})),
        # "Hungary no longer stands in Rutte's way": the object possessed (as "stands in the way of Rutte")
        R("oppose_in_way", "opposition", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{v.in_way_v})\s+(?:(?:squarely|firmly|directly|still|now|"
            rf"no\s+longer)\s+)?in\s+{ADJ}(?P<subj>{C})['’]s?\s+(?:{bidn}['’]?s?\s+)?{v.in_way_n}\b"),
          check_actor_verb, 0.8, traits=frozenset({"possessed_object"})),
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
        R("oppose_ended", "opposition", _rx(ended_noun + rf"(?:(?P<trig>{opp_n})\s+(?:to|against|of|on)|(?P<trig2>{v.intent_opp}))\s+{obj}"),
          check_actor_verb, 0.8, traits=frozenset({"ended"})),
        R("oppose_reviewed", "opposition", _rx(reviewed + rf"(?P<trig>{opp_n})\s+(?:to|against|of|on)\s+{obj}"),
          check_actor_verb, 0.75, traits=frozenset({"presupposed"})),
        R("endorse_reviewed", "endorsement", _rx(reviewed + rf"(?P<trig>{sup_n})\s+(?:for|to|of|behind)\s+{obj}"),
          check_actor_verb, 0.75, traits=frozenset({"presupposed"})),
        # the same of its nomination: "is reviewing its predecessor's nomination of X" (the backing is held)
        R("endorse_reviewed_nomination", "endorsement", _rx(reviewed + rf"(?P<trig>{v.nomination_n})\s+of\s+{obj}"),
          check_actor_verb, 0.75, traits=frozenset({"presupposed"})),
        # "Argentina has withdrawn its backing for Grossi": the support stated, as it was before it ended
        R("endorse_ended", "endorsement", _rx(ended_noun + rf"(?P<trig>{sup_n})\s+(?:for|to|of|behind|from)\s+{obj}"),
          check_actor_verb, 0.8, traits=frozenset({"ended"})),
        # "Chile has withdrawn its nomination of Bachelet": the state's backing, ended (the guide: a nomination is
        # an endorsement; the person may stay in the race, so it is no withdrawal of hers)
        R("endorse_ended_nomination", "endorsement", _rx(ended_noun + rf"(?P<trig>{v.nomination_n})\s+of\s+{obj}"),
          check_actor_verb, 0.8, traits=frozenset({"ended"})),
        # "Hungary's veto on Rutte was lifted", "Opposition to Rutte was dropped on Monday by Hungary": the ended
        # stance in the passive, its giver owning the noun or the passive's agent
        R("oppose_ended_passive", "opposition", _rx(
            rf"(?:(?P<actor>{A})['’]s?\s+(?:[\w-]+\s+)?)?(?<![\w-])(?P<trig>{opp_n})\s+(?:to|against|of|on)\s+{obj}(?:['’]s?\s+{bidn})?"
            + ended_passive),
          check_ended_passive, 0.8),
        # the same of support and of a nomination: "Backing for X was withdrawn on Monday by the Chilean government",
        # "Chile's sponsorship of X has been withdrawn" (the support as it was before it ended; no withdrawal of X's)
        R("endorse_ended_passive", "endorsement", _rx(
            rf"(?:(?P<actor>{A})['’]s?\s+(?:[\w-]+\s+)?)?(?<![\w-])(?P<trig>{sup_n}|{v.nomination_n})\s+(?:for|of|behind|to)\s+{obj}"
            rf"(?:['’]s?\s+{bidn})?" + ended_passive),
          check_ended_passive, 0.8),
        # "Beijing has made no secret of its opposition to Bachelet", "reiterated its objections to"
        R("oppose_giving", "opposition", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<give>{give})\s+(?:{THIRD_PERSON_POSSESSIVES}|the|an?|(?P<owner>{S})['’]s?)\s+"
            # ("maintained its veto on Rutte")
            rf"(?:{v.adj_and}[\w-]+\s+){{0,2}}?(?:(?P<trig>{opp_n})\s+(?:to|against|of|on)|(?P<trig2>{v.intent_opp}))\s+{obj}"),
          check_actor_verb, 0.85),
        # ... as the second of two verbs sharing the actor: "met X but reiterated its objections to Y" (second_lead)
        R("oppose_second_giving", "opposition", _rx(
            second_lead + rf"(?P<give>{give})\s+(?:{THIRD_PERSON_POSSESSIVES}|the|an?)\s+"
            rf"(?:{v.adj_and}[\w-]+\s+){{0,2}}?(?P<trig>{opp_n})\s+(?:to|against|of|on)\s+{obj}"),
          check_actor_verb, 0.75, traits=frozenset({"second_verb"})),
        # "opposition to Rutte from Hungary softened in June"
        R("oppose_noun_to_from", "opposition", _rx(
            rf"(?<![\w-])(?P<trig>{opp_n})\s+(?:to|against)\s+{obj}(?:['’]s?)?(?:\s+{bidn})?\s+from\s+(?:the\s+)?{TITLE}(?P<actor>{A})"),
          check_nominal, 0.8),
        # "reiterated to Poland its opposition to X", "informed the Council of its objection to X" (as endorse_told_own)
        R("oppose_told_own", "opposition", _rx(told_own(opp_n, "to|against|of|on")),
          check_actor_verb, 0.85, traits=frozenset({"act"})),
        R("oppose_noun", "opposition", _rx(
            # (not "has no objection to Rutte")
            # (a possessive right after the state is another owner's: "reiterated to Poland its opposition to X"; one after
            # a verb is the state's own: "Russia wielded its veto against X")
            rf"(?P<actor>{A})(?:['’]s?)?\s+(?!(?:{'|'.join(POSSESSIVES)})\b)(?:(?!(?:no|not|any|little|without|never)\b)[\w-]+\s+){{0,2}}?(?:(?P<trig>{opp_n})\s+"
            # ("Hungary's refusal of support for Rutte": a refused support noun takes its own preposition; "its veto on")
            rf"(?:to|against|of|for|on)|(?P<trig2>{v.intent_opp}))\s+{obj}"),
          check_actor_verb, 0.8, traits=frozenset({"noun_phrase"})),
        R("oppose_faced", "opposition", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?:(?:had|has|have|needed|managed|was\s+able)\s+to\s+)?(?:overcame|overcome|overcoming|faced|faces|facing|met|meets|"
            rf"encountered|encounters|ran\s+into|runs\s+into|defused|won\s+over|wins\s+over|overrode|overrides)\s+"
            rf"(?:(?:the|a|an|strong|stiff|initial|fierce|early|lingering)\s+){{0,2}}?"
            rf"(?:(?P<actor>{A})\s+(?P<trig>{opp_n})|(?P<trig2>{opp_n})\s+(?:from|of|by)\s+(?:the\s+)?(?P<actor2>{A}))"),
          check_received, 0.75),
        *agent_rules(v),
        *list_rules(v),
    ]
