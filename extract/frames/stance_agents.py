"""Endorsement and opposition: a state called a supporter or an opponent of the candidate, as stance.rules lists them
last: after a copula ("Spain is a firm supporter of X", "S has been one of X's most vocal backers", "S is the main
obstacle to X"), set off in apposition in either order ("Poland and Spain, X's earliest backers,", "X's earliest
backers, Poland and Spain,"; fronted: "Once a vocal supporter of X, S ..."), led by a state ("opponents of X led by S"),
counted among them ("X counts S among his supporters"), as an absolute phrase ("with S as her main backer", "with S
firmly against her") and joining as one ("S joined as a co-sponsor of X"). The verbs and nouns of a stance are in
frames/stance.py."""
from __future__ import annotations

from natowatch.extract.frames.base import A, ADJ, C, Rule, S, W, WP, _rx
from natowatch.extract.frames.following import STANCE_TIME
from natowatch.extract.frames.vocab import Vocab
from natowatch.extract.frames.stance_checks import check_actor_verb
from natowatch.extract.frames.stance_nouns import check_nominal, check_received
from natowatch.extract.frames.stance_forms import CAMP_OTHER_MATTER, _copula_adv
from natowatch.extract.lexicon import COPULA_FORMS, LINKING_FORMS, MODAL_AUXILIARIES, THIRD_PERSON_POSSESSIVES


def agent_rules(v: Vocab) -> list[Rule]:
    """The rules of a state called a supporter or an opponent (stance.rules ends with them)."""
    bidn, obj, opp_agents = v.bidn, v.obj, v.opp_agents
    copula_adv = _copula_adv(v)
    # counted among the agents after a copula: "S was one of the three sponsors of X", "S is among the opponents of X"
    counted = rf"(?:(?:{v.numbers(1, 1)}|each)\s+of\s+|among\s+)?"

    # an adverb of time before an apposed agent noun ("S, once a keen backer of X,", "long an opponent of"; the
    # lexicon's cues.apposed_time_markers): read by `stance_nouns.former_agent` as ended where it says so
    once = rf"(?:{v.apposed_time}\s+)?"

    def apposed(agents: str, preps: str, counted: bool = False) -> str:
        """A state set off before an agent noun of a stance on the candidate ("S, once a keen backer of X,", "S, X's
        earliest backer,"; `counted`: "S, one of the sponsors of X,")."""
        count = rf"(?:(?:{v.numbers(1, 3)}|all|both|each)\s+of\s+|among\s+)?" if counted else ""
        return (rf"(?P<actor>{A}),\s+{once}{count}(?:(?:the|its|their)\s+)?"
                rf"(?:(?P<subj>{C})(?:['’]s?)?\s+{v.unsure_or_ended}(?P<trig>{agents})|{v.unsure_or_ended}"
                rf"(?P<trig2>{agents})\s+(?:{preps})\s+{obj.replace('(?P<subj>', '(?P<subj2>')})(?:(?:['’]s?)?\s+{bidn})?"
                rf"{v.agents_where}(?=\s*[,;.)—–]|\s+(?:since|from)\b)")

    def fronted(agents: str, preps: str) -> str:
        """The same apposition fronted before its state: "Once a vocal supporter of X, S ..."."""
        return (rf"^\W*{once}(?:an?|the)\s+{v.unsure_or_ended}(?P<trig>{agents})\s+(?:{preps})\s+{obj}(?:(?:['’]s?)?\s+{bidn})?"
                rf"{v.agents_where},\s+(?:the\s+)?(?P<actor>{A})")
    def joined(agents: str, owned: bool) -> str:
        """A state joining a stance's agents named as a group, or joining a state as one of them: the candidate their
        owner (`owned`: "X's backers") or after "of" ("the backers of X")."""
        group = (rf"(?P<subj>{C})['’]?s?\s+{v.unsure}(?:{agents})(?![\w'’-])" if owned else
                 # (or of the candidate's bid: "joined Chile as co-sponsors of X's candidacy")
                 rf"{v.unsure}(?:{agents})\s+of\s+(?:(?:the|his|her)\s+)?(?P<subj>{C})(?:['’]s?\s+{bidn}(?![\w'’-])|(?![\w'’-]))")
        return (rf"(?P<actor>{A})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?P<trig>{v.group_joining})\s+"
                rf"(?:(?:the\s+)?(?P<actor2>{A})(?:\s*,?\s*{STANCE_TIME})?\s*,?\s+as\s+|the\s+ranks\s+of\s+)?"
                rf"(?:(?:the|its|their)\s+)?{group}")
    # between the chosen candidate and the copula only an adverb or an aside that is no relative clause ("Rutte, whose
    # successor is Berlin's favourite," is about the successor); the state ends its noun phrase ("the favourite of
    # Washington pundits" is the pundits'); the choice for another aim is no stance on the post ("Washington's pick to
    # lead the EU's diplomacy")
    chosen_gap = r"(?:\s*\([^()⟨⟩]{0,60}\)|\s*,\s+(?!(?:who|whose|whom|which|that)\b)[^,;⟨⟩]{1,60},)?\s+(?:(?:\w+ly|now|still|also)\s+)?"
    np_end = r"(?=\s*(?:[,;.:)—–]|$)|\s+(?:and|or|as|in|on|since|for|after|before|over|among|at|to)\b)"
    chosen_aim = r"(?!\s+(?:to|for|as)\s+(?!(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?⟨P))"
    # no modal right before "have" (one lookbehind per auxiliary: each has a fixed width): "will have Paris in his corner"
    _no_modal_before = "".join(rf"(?<!{m}\s)" for m in MODAL_AUXILIARIES.split("|")) + r"(?<!['’]ll\s)"
    # the adverbs between the states held and their camp: "has Paris firmly on board"
    _held_adv = r"(?:(?:now|also|already|still|firmly|squarely|solidly|fully|(?!" + v.denying + r")\w+ly)\s+){0,2}"
    R = Rule
    return [
        R("oppose_agents_led_by", "opposition", _rx(
            rf"(?P<trig>{opp_agents})\s+of\s+(?:(?:the|his|her)\s+)?{obj}(?:['’]s?)?(?:\s+{bidn})?{W}{{0,30}}?"
            rf"(?:led\s+by|including|such\s+as|notably|chiefly|especially|in\s+particular|like|namely|above\s+all)\s+(?:the\s+)?(?P<actor>{A})"),
          check_nominal, 0.8, traits=frozenset({"holders"})),
        # "Spain is a firm supporter of Rutte", "Britain has been the main sponsor of his bid"
        R("endorse_copula", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?:{COPULA_FORMS}|been|becomes?|became|become)\s+{copula_adv}"
            rf"{counted}(?:(?:the|a|an|its|their)\s+)?(?:(?!{v.denying}|(?:not|never|no)\b|{v.guessed})[\w-]+\s+){{0,2}}?"
            rf"(?P<trig>{v.sup_agents})\s+of\s+{obj}"),
          check_actor_verb, 0.8, traits=frozenset({"agent_noun"})),
        # "S has been one of X's most vocal backers", "T is Y's main sponsor" ("her sponsors": the
        # possessive pronoun is the candidate's token with no "'s")
        R("endorse_copula_possessed", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?:{COPULA_FORMS}|been|becomes?|became|become)\s+{copula_adv}"
            rf"(?:(?:{v.numbers(1, 3)}|all|both|each)\s+of\s+|among\s+)?(?:the\s+)?{ADJ}(?P<subj>{C})(?:['’]s?)?\s+{v.unsure}"
            rf"(?P<trig>{v.sup_agents})"),
          check_actor_verb, 0.8, traits=frozenset({"possessed_object", "owner_possessive"})),
        # "Poland and Spain, Rutte's earliest backers, ...", "Brazil, one of the sponsors of her bid, ...":
        # the states in apposition to the candidate's supporters
        # (an agent no longer one: "Romania, once a keen backer of Rutte,", "Hungary, a former opponent of X,": the stance
        # ended, stated as the earlier one; `stance_nouns.former_agent`)
        R("endorse_agent_apposition", "endorsement", _rx(apposed(v.sup_agents, "of|for", counted=True)),
          check_nominal, 0.8, traits=frozenset({"holders", "apposition", "agent_noun"})),
        # (an opposition agent who refuses the bid: "S, a former opponent of X,"; not a critic or a sceptic of the person,
        # no stance on the post: opposition.refusing_agent_nouns)
        R("oppose_agent_apposition", "opposition", _rx(apposed(v.refusing_agents, "of|to")),
          check_nominal, 0.8, traits=frozenset({"holders", "apposition", "agent_noun"})),
        # the apposition fronted before its state: "Once a vocal supporter of Kallas, Lithuania now says ..."
        R("endorse_agent_fronted", "endorsement", _rx(fronted(v.sup_agents, "of|for")),
          check_nominal, 0.8, traits=frozenset({"holders", "apposition", "agent_noun"})),
        R("oppose_agent_fronted", "opposition", _rx(fronted(v.refusing_agents, "of|to")),
          check_nominal, 0.8, traits=frozenset({"holders", "apposition", "agent_noun"})),
        # the other order: "Rutte's earliest backers, Poland and Spain, ...", "her remaining sponsors, Brazil and Mexico,
        # declared for X", "Bachelet's co-sponsors are Brazil and Mexico" (the states listed in apposition to the
        # candidate's supporters, or after a copula; not "his possible backers", "her former sponsors")
        # (also after "of" and with a place: "the main supporters of X, A and B", "her supporters in the region,
        # including A and B")
        R("endorse_agents_apposed", "endorsement", _rx(
            rf"(?:(?P<subj>{C})(?:['’]s?)?\s+{v.unsure}(?P<trig>{v.sup_agents})|(?<![\w-])(?P<trig2>{v.sup_agents})\s+of\s+"
            rf"{obj.replace('(?P<subj>', '(?P<subj2>')}(?:(?:['’]s?)?\s+{bidn})?){v.agents_where}"
            rf"(?:,\s+|\s+(?:are|were|include|included)\s+)"
            rf"(?:(?:namely|notably|chiefly|above\s+all|including|among\s+them|such\s+as|especially|in\s+particular|"
            rf"led\s+by)\s+)?(?:the\s+)?(?P<actor>{A})"
            rf"(?=(?:\s*(?:,|\band\b)\s*(?:the\s+)?⟨S\d+⟩)*\s*(?:[,;.)—–]|$))"),
          check_nominal, 0.8, traits=frozenset({"holders", "apposition"})),
        # the candidate as the one a state has chosen: "Rutte is Washington's pick", "X remains Berlin's preferred
        # candidate", "X is the favourite of Paris" (not "is not Washington's choice": no refusal; not "seen as": an
        # assessment, judged in the gap), "Washington's preferred candidate is X", "X, London's choice, ...", "Berlin's
        # pick, X, ..."
        R("endorse_chosen_copula", "endorsement", _rx(
            rf"(?P<subj>{C})(?!['’])(?P<gap>{chosen_gap})(?P<recv>is|are|was|were|remains?|remained|becomes?|became|become)\s+"
            rf"(?!(?:not|never|no\s+longer)\b){copula_adv}(?:(?:the\s+)?(?P<actor>{S})['’]s?\s+{v.unsure}(?:(?!{v.guessed})[\w-]+\s+)?(?P<trig>{v.chosen_one})|"
            rf"the\s+(?:(?!{v.guessed})[\w-]+\s+)?(?P<trig2>{v.chosen_one})\s+of\s+(?:the\s+)?(?P<actor2>{S}){np_end})(?![\w'’-]){chosen_aim}"),
          check_received, 0.75),
        R("endorse_chosen_fronted", "endorsement", _rx(
            rf"(?:the\s+)?(?P<actor>{S})['’]s?\s+(?:(?!{v.guessed})[\w-]+\s+)?(?P<trig>{v.chosen_one})(?:,\s+|\s+(?P<recv>{LINKING_FORMS})\s+)"
            rf"{ADJ}(?P<subj>{C})(?!\s*,?\s+or\b)(?(recv)|(?=\s*[,;.)—–]))"),
          check_received, 0.75),
        R("endorse_chosen_apposed", "endorsement", _rx(
            rf"(?P<subj>{C}),\s+(?:the\s+)?(?P<actor>{S})['’]s?\s+(?:(?!{v.guessed})[\w-]+\s+)?(?P<trig>{v.chosen_one})(?=\s*[,;.)—–])"),
          check_received, 0.75),
        # "Rutte counts the United States and France among his supporters"
        R("endorse_counted_among", "endorsement", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,70}}?)(?<![\w-])(?P<recv>counts?|counted|counting|lists?|listed|numbers?|numbered)\s+"
            rf"(?:the\s+)?(?P<actor>{A})\s+(?:among|as)\s+(?:(?:his|her|its|their)\s+|⟨C\d+⟩['’]s?\s+){v.unsure}"
            rf"(?P<trig>{v.sup_agents})"),
          check_received, 0.8),
        # the candidate holding the states in her camp: "X has Madrid and Lima in her corner", "X has the Americans on
        # side", "X now has Paris firmly on board" (a camp of the candidate's own or a state's joined word; the scope
        # of the gap judges a wish, a guess or a condition: "hopes to have Paris in her corner"; a modal right before
        # "have" is a forecast: "will have Paris in his corner by June"; a camp for another aim is another matter:
        # "has Paris on board with the climate plan")
        R("endorse_held_in_camp", "endorsement", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,70}}?)(?<![\w-]){_no_modal_before}"
            rf"(?P<recv>has|have|had|having)\s+(?:(?:now|also|already|still)\s+)?"
            rf"(?:the\s+)?(?P<actor>{A})\s+{_held_adv}"
            rf"(?P<trig>(?:in|on)\s+(?:(?:his|her|their)\s+|⟨C\d+⟩['’]?s?\s+)(?:own\s+)?{v.camp_n}|{v.joined_state})(?![\w'’-])"
            rf"{CAMP_OTHER_MATTER}(?!\s+(?:with|for)\s+(?!(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?⟨[PC]))"),
          check_received, 0.75),
        R("oppose_copula", "opposition", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?:{COPULA_FORMS})\s+(?:(?:\w+ly|still|now|also)\s+)?"
            # ("is the main obstacle to Rutte", "the lone holdout against Rutte"; "are still opposed to X")
            rf"(?:{counted}(?:the\s+)?(?:(?!{v.guessed})\w+\s+)?(?P<trig>{opp_agents})\s+(?:of|to|against)|(?P<trig2>opposed\s+to|against))\s+{obj}"),
          check_actor_verb, 0.8, traits=frozenset({"agent_noun"})),
        # the stance as an absolute phrase: "..., with Washington firmly against her"
        R("oppose_absolute", "opposition", _rx(
            rf"(?<![\w-])with\s+(?P<actor>{A})(?P<gap>\s+(?:(?:still|now|also|\w+ly)\s+){{0,2}})"
            rf"(?P<trig>opposed\s+to|against)\s+{obj}"),
          check_actor_verb, 0.8),
        # the supporters of a candidate's bid as an absolute phrase after it: "announced her nomination, with Brazil and
        # Mexico as co-sponsors", "X entered the race in May, with Peru as her main backer"
        R("endorse_with_as_agents", "endorsement", _rx(
            # (a place may come between: "at La Moneda")
            rf"(?P<subj>{C})(?P<gap>(?:[^⟨⟩;]|⟨[PMS]\d+⟩){{0,70}}?),\s+(?P<recv>with)\s+(?P<actor>{A})\s+as\s+(?:(?:{THIRD_PERSON_POSSESSIVES}|a|an|the)\s+)?"
            rf"{v.unsure}(?P<trig>{v.sup_agents})(?!\s+of\b)"),
          check_received, 0.75, traits=frozenset({"bid_owner"})),
        # "Brazil joined as a co-sponsor of her bid" (with no object: the candidate in focus, frames/focus.py)
        R("endorse_joined_as", "endorsement", _rx(rf"{v.joined_as}\s+of\s+{obj}"), check_actor_verb, 0.8),
        # a state joining the candidate's supporters or opponents named as a group: "Bulgaria joined the ranks of
        # Rutte's supporters", "S swelled the ranks of X's opponents", "S has joined the backers of X", "A and B joined
        # C on Wednesday as co-sponsors of X" (the state joined is one of them too; a critic or a sceptic takes no stance)
        R("endorse_joined_agents", "endorsement", _rx(joined(v.sup_agents, True)), check_actor_verb, 0.8,
          traits=frozenset({"possessed_object", "owner_possessive", "agent_noun"})),
        R("endorse_joined_agents_of", "endorsement", _rx(joined(v.sup_agents, False)), check_actor_verb, 0.8,
          traits=frozenset({"agent_noun"})),
        R("oppose_joined_agents", "opposition", _rx(joined(v.refusing_agents, True)), check_actor_verb, 0.8,
          traits=frozenset({"possessed_object", "owner_possessive", "agent_noun"})),
        R("oppose_joined_agents_of", "opposition", _rx(joined(v.refusing_agents, False)), check_actor_verb, 0.8,
          traits=frozenset({"agent_noun"})),
    ]
