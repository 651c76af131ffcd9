"""The pattern fragments of one lexicon that the frame families share (Vocab), and how they are built.

A Vocab holds, for one lexicon, the concepts' word lists as pattern alternations (the verbs of a stance,
a candidacy, a withdrawal, inflected, and the idioms that wrap their object) over
the shape tokens of base.py; each family's rules(v) builds its patterns from it. Pure: no I/O."""
from __future__ import annotations

from natowatch.extract.frames.base import A, ADJ, C, P, S, W, WP
from natowatch.extract.lexicon import (BE_FORMS, DO_FORMS, HAVE_FORMS, MODAL_AUXILIARIES, THIRD_PERSON_POSSESSIVES,
                                       bounded, counted_back, expand, Lexicon, phrase_pattern, verb_forms)
from natowatch.extract.text import fold


def campaign_voice(lex: Lexicon) -> str:
    """The verbs with which a candidate's campaign speaks as their team ("His campaign argues that ..."): those of a
    report, an opinion or a speaker."""
    return bounded(lex.words("cues", "reporting_verbs") + lex.words("cues", "opinion_verbs") + lex.words("cues", "speaker_verbs"))


def _idioms(lex: Lexicon, *path: str) -> tuple[str, str]:
    """The verbs (inflected) and the closing words of idioms that wrap their object ("gave the Chilean
    short shrift"): a lexicon mapping of verb lemma -> the words after the object."""
    table = lex.mapping(*path)
    irregular = lex.data.get("irregular_verbs") or {}
    return (bounded([f for verb in table for f in verb_forms(verb, irregular)]),
            bounded([tail for tails in table.values() for tail in tails]))


def _post_taking(lex: Lexicon) -> str:
    """The verbs of the lexicon's taking-office entries that name the post by a reference ("take up the post",
    "assume the role", "step into the role"), inflected: before the post's token, which such a reference
    becomes ("has taken up ⟨P⟩", "stepping into ⟨P⟩")."""
    irregular = lex.data.get("irregular_verbs") or {}
    references = {fold(r).strip() for r in lex.words("post_references")}
    heads = {" ".join(e.split()[:-2]) for e in lex.data["takes_office"]["verbs"]
             if not e.startswith("=") and len(e.split()) > 2 and " ".join(e.split()[-2:]) in references}
    forms = []
    for head in heads:
        verb, *rest = head.split()
        forms += [" ".join([f, *rest]) for f in verb_forms(verb, irregular)]
    return bounded(forms)


def _favour_heads(lex: Lexicon) -> str:
    """The verbs of the support entries whose object follows a preposition of support ("come out in favour of",
    "declare itself @for", "vote for"), inflected, without it: before "in X's favour", where the candidate stands
    inside the preposition ("came out in his favour", "have pronounced themselves in Rutte's favour")."""
    irregular = lex.data.get("irregular_verbs") or {}
    endings = ("in favour of", "in favor of", "@for", "for")
    heads = set()
    for e in lex._entries(("endorsement", "verbs")):
        words = e.split()
        if e.startswith(("=", "<")) or "one's" in words or len(words) < 2:
            continue
        for end in endings:
            if e.endswith(" " + end) and len(words) > len(end.split()):
                heads.add(" ".join(words[:-len(end.split())]))
                break
    forms = []
    for head in sorted(heads):
        verb, *rest = head.split()
        if not verb.isalpha() or not verb.islower():
            continue
        forms += [" ".join([f, *rest]) for f in verb_forms(verb, irregular)]
    return bounded(forms)


def named_the_tail(lex: Lexicon) -> str:
    """What may follow "the candidate" as the role a naming verb gives ("named X as the candidate of the ruling party",
    "as the candidate who will carry its hopes", "as the candidate."): not a to-infinitive, a comparison or a negated
    clause ("as the candidate to beat", "the candidate least likely to win", "the candidate it could never accept")."""
    return (r"\s*(?:[,.;:!?)\"”’]|$)|\s+" + lex.alt("candidacy", "named_role_tails")
            + r"(?!(?:\s+[\w'’]+){0,2}?\s+" + lex.alt("cues", "negation") + r")")


class Vocab:
    """The pattern fragments of one lexicon that the frame families share: the concepts' word
    alternations (built by lexicon.py) and the shapes of an object, an auxiliary, an adverb."""

    def __init__(self, lex: Lexicon, incumbent: tuple[str, ...] = ()):
        # an explainer's labelled lines of stances ("Backers: A, B", "Against: C")
        self.sheet_backers = lex.alt("endorsement", "sheet_labels")
        self.sheet_opponents = lex.alt("opposition", "sheet_labels")
        self.bidn = lex.alt("bid_object_nouns")
        # words before a candidate noun that hedge it ("the possible candidate", "the presumed frontrunner")
        self.hedge = lex.alt("candidacy", "hedging_words")
        # a party's or side's label ("the Republican candidate"): another contest's candidate
        self.other_label = lex.alt("candidacy", "other_contest_labels")
        # "its own president, Klaus Iohannis": a role noun in apposition before the name
        # "its former foreign minister X", "the ex-president X", "the director of the IAEA X"
        # (or a bare label: "nominated veteran diplomat X", "backs former finance minister X")
        # (or a body's name before its head: "nominated UNCTAD head X", "backs IAEA chief X")
        self.role_app = (r"(?:(?:(?:the\s+)?(?:⟨X\d+⟩|(?-i:[A-Z][\w.&'’-]*))\s+){1,3}?(?:head|chief|boss)\s+|"
                         r"(?:(?:" + THIRD_PERSON_POSSESSIVES + r"|the)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?|(?-i:[a-z][\w-]*\s+){0,2}?)"
                         r"(?:ex-|(?-i:[a-z]+)-)?(?:" + lex.alt("person_nouns") + "|" + bounded(
                             # "backed a rival, X", "the main counter-candidate, X" (one person: no plural)
                             [w for w in lex.words("candidacy", "candidate_nouns") if not w.endswith("s")])
                    + r"|" + phrase_pattern(lex.words("compatriot_words"))
                    # (several before a colon opening their list: "nominated their candidates: X and Y respectively")
                    + r"|" + bounded([w for w in lex.words("candidacy", "candidate_nouns") if w.endswith("s")]) + r"(?=\s*:)"
                    # (a label set off by a comma or opening a list by a colon: "a national: X")
                    + r")(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w-]+|⟨[OX]\d+⟩))?[,:]?\s+)?")
        self.obj = (r"(?:(?:the|a|an|its|their|both)\s+)?(?:(?:[\w-]+\s+){0,2}?" + self.bidn + r"\s+(?:of|by)\s+(?:[\w-]+\s+){0,3}?)?"
               + self.role_app + ADJ + r"(?P<subj>" + C + r")")
        # what a state nominates: the person, their bid, or their name ("submitted the name of X")
        self.name_n = lex.alt("candidacy", "name_nouns")
        # the number words of a range ("two" .. "ten": v.numbers(2, 10)), as the lexicon lists them
        self.numbers = lex.numbers
        self.nom_obj = self.obj.replace(self.bidn, "(?:" + self.bidn + "|" + self.name_n + ")", 1)
        # the words before an agent noun that make it a guess ("one of his possible backers", "one of the expected
        # backers"), the lexicon's cues.guessed_agent_adjectives
        self.guessed = r"(?:" + phrase_pattern(lex.words("cues", "guessed_agent_adjectives")) + r")\b"
        # up to two words before an agent noun that do not make it a guess, nor one that no longer holds ("his former
        # backer": cues.ended_agent_adjectives)
        self.unsure = (r"(?:(?!(?:" + self.guessed + "|" + phrase_pattern(lex.words("cues", "ended_agent_adjectives"))
                       + r")\b)[\w-]+\s+){0,2}?")
        # the guesses only, where one that no longer holds is read as the stance ended ("Paraguay, a former backer of X,"
        # states the earlier backing: `stance_nouns.former_agent`)
        self.unsure_or_ended = r"(?:(?!" + self.guessed + r")[\w-]+\s+){0,2}?"
        self.sup_v = lex.alt("endorsement", "verbs")
        self.bid_object_v = lex.alt("endorsement", "bid_object_verbs")
        # "came out in his favour": support verbs whose preposition holds the candidate (_favour_heads)
        self.favour_v = _favour_heads(lex)
        self.choose_v = lex.alt("endorsement", "choosing_verbs")
        self.assent_v = lex.alt("opposition", "assent_verbs")
        self.sup_n = lex.support_nouns()
        self.trust_n = lex.alt("endorsement", "trust_nouns")
        self.give = lex.alt("endorsement", "giving_verbs")
        self.recv = lex.alt("endorsement", "receiving_verbs")
        self.switch = lex.alt("endorsement", "switching_verbs")
        self.drop_v = lex.alt("endorsement", "dropping_verbs")
        self.keep_stance = lex.alt("endorsement", "keeping_verbs")
        self.concealed = lex.alt("endorsement", "concealed_states")
        # the possessive of the state's former government before its stance noun: "its predecessor's", "the previous
        # administration's" (after the state's own possessive, if any)
        self.predecessor = r"(?:(?:the\s+)?" + lex.alt("endorsement", "predecessor_nouns") + r"['’]s?\s+)"
        self.review = lex.alt("endorsement", "reviewing_verbs")
        self.join = lex.alt("endorsement", "joining_verbs")
        # "joined on Monday by Mexico": a state joining a nomination made by another
        self.join_pp = bounded(lex.participles("endorsement", "joining_verbs"))
        self.thank = lex.alt("endorsement", "thanking_verbs")
        self.win_round = lex.alt("endorsement", "persuading_round_verbs")
        # the same verbs split by their object ("won Hungary over"): the verb forms, then the particles
        round_verbs, round_particles = lex.phrasal("endorsement", "persuading_round_verbs")
        self.win_round_split = (bounded(round_verbs), bounded(round_particles))
        self.sup_intransitive = lex.alt("endorsement", "intransitive_verbs")
        self.opp_intransitive = lex.alt("opposition", "intransitive_verbs")
        self.camp_n = lex.alt("endorsement", "camp_nouns")
        # stances with no candidate of their own, taking the one stated before (frames/ellipsis.py)
        self.same_stance = lex.alt("ellipsis", "same_stance_verbs")
        self.joined_stance = lex.alt("ellipsis", "joining_verbs")
        self.joined_state = lex.alt("ellipsis", "joined_states")
        self.refused_stance = lex.alt("ellipsis", "refusing_verbs")
        self.lasting_time = lex.alt("endorsement", "lasting_times")
        self.group_joining = lex.alt("ellipsis", "group_joining_verbs")
        self.supporting_group = lex.alt("ellipsis", "supporting_groups")
        self.refusing_group = lex.alt("ellipsis", "refusing_groups")
        # "said the same", "did likewise", "signalled as much"; "took a similar view", "struck the same note"
        gap = r"\s+(?:(?:\w+ly|also|too|then|now|later|soon)\s+)?"
        self.repeated_stance = (lex.alt("ellipsis", "repeating_verbs") + gap + lex.alt("ellipsis", "repeated_words") + "|"
                                + lex.alt("ellipsis", "same_noun_verbs") + gap + lex.alt("ellipsis", "same_determiners")
                                + r"\s+(?:[\w-]+\s+)?" + lex.alt("ellipsis", "same_nouns") + "|"
                                + lex.alt("ellipsis", "echoing_verbs") + gap + lex.alt("ellipsis", "echoed_words"))
        self.lead_n = lex.alt("ellipsis", "lead_nouns")
        self.voice = lex.alt("ellipsis", "voice_verbs") + r"\s+(?:" + THIRD_PERSON_POSSESSIVES + r")\s+(?:own\s+)?" + lex.alt("ellipsis", "voice_nouns")
        self.making = lex.alt("endorsement", "making_verbs")
        self.made_complement = lex.alt("endorsement", "made_complements")
        # "made it official", "formalised it", "rubber-stamped the choice" (frames/ellipsis.py: `sealed` names "it"/the noun)
        self.sealed = (lex.alt("ellipsis", "sealing_verbs") + r"\s+(?P<sealed>it|(?:the|that|this|their|its)\s+"
                       + lex.alt("ellipsis", "sealed_nouns") + ")|" + self.making + r"\s+(?P<sealed2>it)\s+"
                       + lex.alt("ellipsis", "sealed_complements"))
        self.placing = lex.alt("endorsement", "placing_verbs")
        # "moved from quiet sympathy to public support": up to the stance it moved to (`trig`: a support noun,
        # `trig2`: a supporter noun)
        self.moved_to = (r"(?P<actor>" + A + r")(?P<gap>" + WP + r"{0,60}?)(?<![\w-])(?P<give>"
                         + lex.alt("endorsement", "moving_verbs") + r")\s+from\s+[^⟨⟩;,.]{1,40}?\s+to\s+(?:(?:a|an)\s+)?"
                         r"(?:(?:open|public|full|formal|outright|firm|active|explicit|official|vocal|strong|enthusiastic)\s+)?"
                         r"(?:(?P<trig>" + lex.support_nouns() + r")|(?P<trig2>" + lex.alt("endorsement", "agent_nouns") + r"))(?![\w-])")
        self.camp_v = lex.alt("endorsement", "camp_verbs")
        self.unmet = lex.alt("endorsement", "unmet_words")
        # adverbs that deny what follows ("is hardly a supporter of"): no adverb a stance's gap may hold
        self.denying = lex.alt("cues", "denying_adverbs")
        self.weighing = lex.alt("cues", "weighing_verbs")     # "Brazil weighing support for X": not its support
        self.opp_v = lex.alt("opposition", "verbs")
        self.in_way_v = lex.alt("opposition", "in_way_verbs")
        self.in_way_n = lex.alt("opposition", "in_way_nouns")
        self.opp_idiom, self.opp_idiom_tail = _idioms(lex, "opposition", "object_idioms")
        self.sup_idiom, self.sup_idiom_tail = _idioms(lex, "endorsement", "object_idioms")
        self.refused_idiom, self.refused_idiom_tail = _idioms(lex, "opposition", "refused_object_idioms")
        self.sup_pp = bounded(lex.participles("endorsement", "verbs"))
        self.opp_pp = bounded(lex.participles("opposition", "verbs"))
        # "the same support was expressed by": support given, in the passive
        self.give_pp = bounded(lex.phrase_participles("endorsement", "giving_verbs"))
        self.reaction_pp = bounded(lex.participles("candidacy", "reaction_verbs"))
        self.reversed_vote = lex.alt("opposition", "reversing_modifiers") + r"[\"”’']?\s+(?:votes?|" + lex.alt("opposition", "reversed_ballot_nouns") + ")"
        self.opp_n = lex.opposition_nouns()
        self.opp_act_n = lex.alt("opposition", "act_nouns")
        self.opp_agents = lex.alt("opposition", "agent_nouns")
        self.refusing_agents = lex.alt("opposition", "refusing_agent_nouns")
        # an adverb of time before a state's apposed agent noun ("S, once a keen backer of X,", "long an opponent")
        self.apposed_time = phrase_pattern(lex.words("cues", "apposed_time_markers"))
        self.sup_agents = lex.alt("endorsement", "agent_nouns")
        self.chosen_one = lex.alt("endorsement", "chosen_nouns")
        # where a candidate's supporters or opponents are, after the agent noun: "her supporters in the region", "his
        # backers at the UN", "her sponsors abroad" (a few words naming no state, candidate or post); not when they
        # were so in another affair or year ("a fierce opponent of X in the 2015 migration row", "at the
        # 2019 summit", "in the budget talks"): a stance in that, not on the bid (frames/stance.py)
        # (an election or a ballot may be the race's own: "her backers in the first straw poll")
        # (a year alone is the race's own time, "in 2023", as is its race, "in the 2024 race", and talks on the post, "in
        # the talks on the top job"; a year before anything else is another affair's, "at the 2019 summit")
        elsewhere = (r"(?!(?:[\w-]+\s+){0,3}?(?:(?:" + lex.alt("cues", "dispute_nouns") + "|" + lex.alt("cues", "other_matters")
                     + r")(?![\w-])(?!\s+(?:on|over|for|about)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?⟨P)|\d{4}\s+(?!"
                     + lex.alt("candidacy", "race_nouns") + r"\b)[\w-]))")
        self.agents_where = (r"(?:\s+(?:(?:in|at|across|within|among|around|outside)\s+" + elsewhere
                             + r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:[\w-]+|⟨[OP]\d+⟩)|abroad|overseas|internationally|regionally))?")
        # a state's act done for a candidate, up to the words that say for whom ("have written to the Council
        # in support of", "lobbied Biden on his behalf": the one addressed may stand between)
        act = r"(?P<actor>" + S + r")(?P<gap>(?:[^⟨⟩;]|⟨[PMO]\d+⟩){0,60}?%s(?:[^⟨⟩;]|⟨[PMOS]\d+⟩){0,60}?)(?<![\w-])"
        self.stated_act = act % lex.alt("endorsement", "statement_verbs")
        self.advocacy_act = act % lex.alt("endorsement", "advocacy_verbs")
        self.document_n = lex.alt("endorsement", "document_nouns")
        # a text's sending or giving in the passive ("was sent to the Council by", "was issued by") and the stance
        # participles that carry a text ("a letter backing X", "a note opposing Y")
        self.send_pp = bounded(lex.phrase_participles("endorsement", "sending_verbs")
                               + lex.phrase_participles("endorsement", "giving_verbs"))
        self.sup_ing = bounded([f for f in lex.words("endorsement", "verbs") if f.split()[0].endswith("ing")])
        self.opp_ing = bounded([f for f in lex.words("opposition", "verbs") if f.split()[0].endswith("ing")])
        # "Peru joined as a co-sponsor": a state taking a supporter's place
        self.joined_as = (r"(?P<actor>" + A + r")(?P<gap>" + W + r"{0,30}?)(?<![\w-])(?P<trig>"
                          + lex.alt("endorsement", "enlisting_verbs")
                          # (the bid joined may be said: "joined the nomination as co-sponsors", "signed on to her bid as a backer")
                          + r")\s+(?:(?:to\s+)?(?:the|her|his)\s+(?:[\w-]+\s+)?" + lex.alt("bid_object_nouns") + r"\s+"
                          # (or the text that carries it: "signed the nomination letter as co-sponsors")
                          + r"|(?:the|her|his|its|their)\s+(?:[\w-]+\s+)?" + lex.alt("endorsement", "document_nouns") + r"\s+)?"
                          + r"as\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+)?"
                          + lex.alt("endorsement", "agent_nouns"))
        # "with S co-sponsoring": a state nominating in an absolute clause after the bid, its object left out
        self.nominate_ing = bounded([f for f in lex.words("candidacy", "nominating_verbs")
                                     if " " not in f and f.endswith("ing")])
        self.refusal_n = lex.alt("opposition", "refusal_nouns")
        # "threat to block", "decision to veto": a declared stance against, as a noun before its object
        self.intent_opp = rf"(?:{lex.alt('opposition', 'intent_nouns')})s?\s+to\s+(?:{self.opp_v})"
        # a refusal as a participle before the verb it refuses: "while (still) refusing to back X", "declining to"
        self.refusing_ing = bounded([c for c in lex.words("opposition", "refusal_cues") + lex.words("opposition", "refusing_verbs")
                                     if c.split()[0].endswith("ing")])
        self.reversal_verb = lex.alt("opposition", "reversal_verbs")
        self.reversal_pp = bounded(lex.phrase_participles("opposition", "reversal_verbs"))
        self.reversal_n = lex.alt("opposition", "reversal_nouns")
        self.declare = lex.alt("candidacy", "declaring_verbs")
        self.cand_bid = lex.alt("candidacy", "bid_nouns")
        self.informing = lex.alt("candidacy", "informing_verbs")
        self.interest_verb = lex.alt("candidacy", "interest_verbs")
        interest = lex.words("candidacy", "interest_phrases") + [
            f"{verb} {owner}{noun}{tail}" for verb in lex.words("candidacy", "interest_verbs")
            for noun in lex.words("candidacy", "interest_nouns")
            for owner in ("", "an ", "his ", "her ") for tail in ("", " in")]
        self.interest = bounded(interest)
        irregular = lex.data.get("irregular_verbs") or {}
        # staying in the race by any of its nouns: "is staying in the contest", "remained in contention"
        staying = [form for verb in lex.data["candidacy"]["staying_verbs"] for noun in lex.data["candidacy"]["race_nouns"]
                   for form in expand(f"{verb} in {'' if noun == 'contention' else 'the '}{noun}", "verb", irregular)]
        # being in the race by any of its nouns and a determiner that points at it: "is in this contest to win", "was
        # in the competition from the start" (the phrases list "is in the race", "still in this race")
        being_in = [f"{be} in {det} {noun}" for be in ("is", "was", "are", "were", "been", "still", "remains", "remained")
                    for det in ("the", "this") for noun in lex.data["candidacy"]["race_nouns"] if noun != "contention"]
        self.running = bounded(lex.words("candidacy", "running_phrases") + lex.words("candidacy", "running_verbs") + staying
                               + being_in)
        # the multiword phrases combined here (not lexicon entries as such): inserts may stand inside them too
        self.phrases = interest + staying + being_in
        self.run_alone = lex.alt("candidacy", "intransitive_verbs")
        self.pitch_n = lex.alt("candidacy", "pitch_nouns")
        self.bid_ended = lex.alt("candidacy", "bid_ending_verbs")
        self.dated_entering = lex.alt("candidacy", "dated_entering_verbs")
        self.self_presenting = lex.alt("candidacy", "self_presenting_verbs")
        # a definite count of the race's people named before ("All four candidates said ...")
        self.counted_back = counted_back(lex)
        self.cand_n = lex.alt("candidacy", "candidate_nouns")
        # the role a naming verb gives its object ("S named X as its candidate", "X was named by S as the candidate of
        # the ruling party"): a state's own candidate, or "the candidate" of someone, for something or who carries it;
        # not an assessment or a refusal ("as the candidate to beat", "the candidate least likely to win", "the
        # candidate it could never accept", "the candidate who could never win")
        # (and the role a state makes known: "S announced its official candidate, X": frames/candidacy.py)
        self.role_mods = lex.alt("candidacy", "named_role_modifiers")
        role_mod = r"(?:" + self.role_mods + r"\s+)?"
        self.named_role = (r"\s+as\s+[\"“‘']?(?:(?:its|their|our)\s+" + role_mod + self.cand_n + r"\b|the\s+" + role_mod
                           + self.cand_n + r"(?=" + named_the_tail(lex) + "))")
        self.contest_v = lex.alt("candidacy", "contest_verbs")
        self.contested_bid_n = lex.alt("candidacy", "contested_bid_nouns")
        self.rivalry_n = lex.alt("candidacy", "rivalry_nouns")
        self.rivalry_mod = lex.alt("candidacy", "rivalry_modifiers")
        self.rival_n = lex.alt("candidacy", "rival_nouns")
        # the race's people leaving it one by one ("her rivals fell away: A, B and C")
        self.field_leaving = lex.alt("withdrawal", "field_leaving_verbs")
        self.in_race_n = (lex.alt("candidacy", "in_race_nouns") + r"(?=\s+(?:(?:left|still|remaining)\s+)?(?:in|into)\s+"
                          r"(?:the\s+)?(?:race|running|contest|contention)\b)")
        self.rival_v = lex.alt("candidacy", "rival_verbs")
        self.facing_v = lex.alt("candidacy", "facing_verbs")
        self.field_n = lex.alt("candidacy", "field_nouns")
        self.ballot_result = lex.alt("candidacy", "ballot_result_verbs")
        # the rest of a clause about the candidate's place in the race ("is still in the race", "entered the
        # race in March", "remains a candidate", "is a candidate for the post", not "a candidate for the IAEA
        # board"), to which a trailing participle then refers
        self.in_race = (r"(?=[^⟨⟩,;]*?(?:" + lex.alt("candidacy", "race_nouns") + "|" + lex.alt("candidacy", "candidate_nouns")
                        + r"(?!\s+(?:for|in|at)\s+(?!(?:the\s+)?(?:[\w-]+\s+)?⟨P))|⟨P\d+⟩))")
        self.keeping = lex.alt("candidacy", "keeping_verbs")
        self.kept_bid = lex.alt("candidacy", "kept_bid_nouns")
        self.keeping_alive = lex.alt("candidacy", "keeping_alive_verbs")
        self.kept_state = lex.alt("candidacy", "kept_states")
        self.being = lex.alt("candidacy", "being_verbs")
        self.assessing = lex.alt("candidacy", "assessing_words")
        self.listing = lex.alt("candidacy", "listing_cues")
        self.nominate = lex.alt("candidacy", "nominating_verbs")
        self.nomination_accepting = lex.alt("candidacy", "nomination_accepting_verbs")
        self.decision_n = lex.alt("endorsement", "decision_nouns")
        # telling someone the teller's own stance: "informed the Council of its support for X"
        self.telling_own = lex.alt("cues", "own_stance_telling_verbs")
        self.naming = lex.alt("candidacy", "naming_verbs")
        self.nominate_pp = bounded(lex.participles("candidacy", "nominating_verbs"))
        # ... with the phrasal ones ("put forward by S", "co-signed by T"): a fact sheet's line opening with one
        self.nominate_phrase_pp = bounded(lex.phrase_participles("candidacy", "nominating_verbs"))
        self.nomination_n = lex.alt("candidacy", "nomination_nouns")
        # ... and those that are one only before "of" and the person ("the proposal of X")
        self.nomination_of_n = bounded(lex.words("candidacy", "nomination_nouns") + lex.words("candidacy", "nomination_of_nouns"))
        self.effort_n = lex.alt("candidacy", "effort_nouns")
        # a campaign that speaks as the candidate's team: the verbs of a report, an opinion or a speaker
        self.campaign_voice = campaign_voice(lex)
        self.other_bid_mod = lex.alt("candidacy", "other_bid_modifiers")
        # "the candidacy of X was submitted / put forward / made official"
        self.declared_pp = bounded(lex.phrase_participles("candidacy", "declaring_verbs")
                                   + lex.phrase_participles("candidacy", "nominating_verbs"))
        self.borne_pp = bounded(lex.participles("candidacy", "bearing_verbs"))
        self.withdraw = lex.alt("withdrawal", "verbs")
        self.withdrawal_noun = r"(?:" + lex.alt("withdrawal", "nouns") + r")"
        self.leaving_told = lex.alt("withdrawal", "telling_verbs")
        self.unsettled_leaving = r"(?:" + lex.alt("withdrawal", "unsettled_modifiers") + r")"
        self.declined = lex.alt("withdrawal", "declined_verbs")
        verbs, particles = lex.phrasal("candidacy", "nominating_verbs")
        self.nominate_head, self.nominate_particle = bounded(verbs), bounded(particles)
        self.appoint = lex.alt("appointment", "verbs")
        self.appoint_pp = bounded(lex.participles("appointment", "verbs"))
        self.post_giving = lex.alt("appointment", "giving_verbs")
        self.post_given = bounded(lex.participles("appointment", "giving_verbs"))
        self.recommend = lex.alt("appointment", "recommending_verbs")
        self.win = lex.alt("appointment", "winning_verbs")
        self.take = lex.alt("takes_office", "verbs")
        # the post by the organisation's thing, taken: "take ⟨P⟩" of "take NATO helm", "took the alliance's reins"
        self.take_owned = lex.alt("takes_office", "owned_taking_verbs") + r"\s+(?:the\s+)?⟨P\d+⟩"
        self.take_post = _post_taking(lex)
        self.become = lex.alt("takes_office", "becoming_verbs")
        self.take_n = lex.alt("takes_office", "nouns")
        self.command_n = lex.alt("takes_office", "command_nouns")
        self.command_given = bounded(lex.participles("takes_office", "command_giving_verbs"))
        self.own_take_n = lex.alt("takes_office", "own_nouns")
        self.term_n = lex.alt("takes_office", "term_nouns")
        self.term_starts = lex.alt("takes_office", "term_starting_verbs")
        self.hand_over = lex.alt("takes_office", "handover_verbs")
        self.follow = lex.alt("following_phrases")
        self.bid_word = r"(?:candidacy|candidature|bid|nomination|application)\b"
        # (two coordinated weigh as one: "its firm and unwavering support", "Peru's early, public backing")
        adjective = lex.alt("stance_adjectives")
        self.stance_adj = rf"(?:{adjective}(?:(?:\s*,|\s+and)\s+{adjective})?)"
        # (the first of two such, before a word that may be the second: "strong and steady support")
        self.adj_and = rf"(?:{adjective}(?:\s*,|\s+and)\s+)?"
        self.government_n = lex.alt("government_nouns")
        # a person's own wish to run or to take the post (frames/wish.py)
        self.wish = lex.alt("candidacy", "wish_phrases")
        self.race_inf = lex.alt("candidacy", "race_infinitives")
        self.post_inf = lex.alt("candidacy", "post_infinitives")
        self.wanting = lex.alt("candidacy", "wanting_phrases")
        # "the top job would be fantastic", "leading the alliance would be a great honour"
        self.praised_job = (
            rf"(?:(?:the\s+)?(?P<job>{P})|(?:running|leading|heading|to\s+lead|to\s+run|to\s+head)\s+(?:the\s+)?(?:{P}|⟨O\d+⟩))"
            rf"\s+(?:would|will)\s+be\s+(?:(?:a|an|the|really|very|truly|absolutely)\s+)*(?:(?!no\b|not\b|never\b)[a-z]+\s+)?"
            rf"[\"“'‘]?(?:good|great|fantastic|wonderful|dream|honou?r|privilege|exciting|fascinating|terrific|brilliant|"
            rf"amazing|fabulous|perfect)\b")
        self.holder = bounded(incumbent) if incumbent else r"(?!)"
        self.approve = lex.alt("appointment", "approving_verbs")
        self.chosen = lex.alt("appointment", "nouns")
        self.aux = r"(?:" + BE_FORMS + r"|has\s+been|have\s+been|had\s+been|being|been|be|gets|got|get)"
        # what may open the second of two verb phrases sharing a subject: "and will now support",
        # "but then did not back" (scope judges the auxiliaries and negations)
        self.verb_lead = (r"(?:(?:then|also|instead|still|now|later|eventually|finally|ultimately|soon|" + MODAL_AUXILIARIES
                          + "|" + HAVE_FORMS + "|" + DO_FORMS + r"|not|never|no\s+longer|n['’]t|"
                          r"since|already|\w+ly)\s+){0,4}")
        # a second verb sharing the object: "nominated and then campaigned hard for Bachelet"
        self.ordinal = lex.alt("cues", "asserting_ordinals")
        # a place in the order of entry: "the first to declare", "the second woman to enter the race", "the first in"
        # (nothing of another matter after it: not "the first to declare its support", "the first in line")
        self.entry_order = (r"(?:the\s+)?" + self.ordinal + r"\s+(?:(?:woman|man|person|candidate|contender|one|name|"
                            r"serious\s+contender|declared\s+candidate)\s+)?" + lex.alt("candidacy", "entry_order_phrases")
                            + r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:on|in|last|this|early|late|earlier|back|since|when|after|before|"
                            r"with|and|but|for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?⟨P)\b)")
        # a passive's agent, after an adverb or a time phrase: "was put forward in September by Chile"
        self.by = (r"(?:(?:\w+ly|also|already|first|then|later)\s+)?(?:(?:on|in|last|this|earlier|early|late|during|at|to|"
                   r"until|till|from|since|throughout)\s+"
                   r"(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+,?\s+)?(?:by|"
                   # or the text that made it: "was nominated in a joint letter from the governments of A, B and C"
                   r"(?:in|through|via|by)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:"
                   + lex.alt("endorsement", "document_nouns") + r")\s+(?:from|by|of))\s+")
        # a group of states not named, as such an agent: "by three governments of the region", "by a group of Latin
        # American countries", "by several member states" (an aggregate: it nominates, it backs no one by name)
        self.by_group = (self.by + r"(?:a\s+group\s+of\s+|a\s+number\s+of\s+|(?:" + self.numbers(2, 20)
                         + r"|several|some|many|a\s+few|\d+)\s+)(?:(?!(?:of|by|and|or)\b)[\w-]+\s+){0,3}?"
                         + lex.alt("candidacy", "nominating_groups") + r"(?![\w-])"
                         # (and where they are: "of the region", "from Latin America")
                         r"(?:\s+(?:of|from|in)\s+(?:the\s+)?(?:region|continent|hemisphere|south|north|east|west|"
                         r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)(?![\w-]))?")
        self.and_verb = (r"(?:,?\s+(?:and|and\s+then|and\s+later|then)\s+(?:\w+ly\s+)?(?!not\b)[a-z]{3,}(?:ed|s)\b"
                         r"(?:\s+(?:\w+ly|hard))?(?:\s+(?:for|behind))?)?")
        # (an exceptive object names the one backed: "backs none other than X", "supports no candidate but X")
        self.manner = (r"(?:,?\s+(?:" + lex.alt("cues", "manner_phrases") + "|(?:none|nobody|no\s+one|no-one|no\s+(?:other\s+)?candidate)"
                       r"\s+(?:other\s+than|but|except|save|besides)" + r")(?=[\s,])(?:\s*,)?)?")
        self.adv = (r"(?P<adv>(?:(?:\w+ly|also|now|not|never|still|already|then|finally|formally|officially|unanimously|"
               r"earlier|long|first|since|later|once|swiftly|quickly)\s+){0,3})")
