"""Mentions across the sentences of one article: who "he", "his bid", "the
country", "the Dutchman", "the Romanian president" and a quoted "we" are.

Resolution is by recency (salience.py): the last candidate named for "his bid"
and "him", the last person named outside quotations for "he said", the last
state named for "the country". Who speaks in a quotation, and so who its "we"
is, is speech.py's.
"""
from __future__ import annotations

import copy
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable

from natowatch.extract.bid_modifiers import bid_modifiers
from natowatch.extract.clauses import group_mentions
from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.descriptors import Descriptors, offices_named
from natowatch.extract.discourse_forms import (_AS_BEFORE, _INSIDE_ROLES, _IT, _NEGATED_BEFORE,
                                               _BODY_REFERENCE, _org_head, _OWN_AFTER_EXCEPTION, _SUBJECT_SLOT, _Clauses, _holds_only,
                                               _modified_anaphora)
from natowatch.extract.first_names import add_first_names
from natowatch.extract.frames.cues import ScanCues
from natowatch.extract.gazetteer import Gazetteer
from natowatch.extract.lexicon import CARDINAL_WORDS, COPULA_FORMS, bounded, built_once, cardinals, phrase_pattern
from natowatch.extract.mentions import CANDIDATE, POST, STATE, Mention
from natowatch.extract.nationals import Nationals
from natowatch.extract.references import _COUNTED_GLUE, References, _Sentence, _item_lists
from natowatch.extract.salience import Salience
from natowatch.extract.speech import PRONOUN, Speech
from natowatch.extract.stateforms import StateForms
from natowatch.extract.strangers import candidate_heading, caps_heading_mentions, heading_name, masked_text, other_people
from natowatch.extract.subject_chains import SubjectChains
from natowatch.extract.text import LONGEST_SENTENCE, Sentence, quote_spans
from natowatch.extract.voice import Voice

@dataclass
class Reading:
    """One sentence with its resolved mentions (offsets relative to the sentence)."""

    sentence: Sentence
    text: str                      # folded sentence text
    mentions: list[Mention]
    quotes: list[tuple[int, int]] = field(default_factory=list)

    def in_quote(self, pos: int) -> bool:
        # quotations never overlap and come in text order (see quote_spans)
        i = bisect_right(self.quotes, (pos, float("inf"))) - 1
        return i >= 0 and pos < self.quotes[i][1]


# what lists a candidate's supporters or opponents after their noun, maybe after an adverb of time: "... are", "...
# now include", "... so far: S" (a labelled line; frames/stance_lists.py reads the stances)
_LISTED_AFTER = (r"(?:\s+(?:now|so\s+far|thus\s+far|to\s+date|already|currently|also))?"
                 r"(?:\s+(?:are|were|include|includes|included)\b|\s*:\s*(?:the\s+)?(?-i:[A-Z]))")


class Resolver(References, Descriptors, SubjectChains):
    """Compiled pronoun and speaker patterns of one story."""

    _cache: dict[int, tuple[Gazetteer, "Resolver"]] = {}

    @classmethod
    def of(cls, gazetteer: Gazetteer) -> "Resolver":
        return built_once(cls._cache, gazetteer, cls._for)

    @classmethod
    def _for(cls, gazetteer: Gazetteer) -> "Resolver":
        """A gazetteer extended with candidates (see Gazetteer._extended) gets a copy of its base's
        resolver with the candidates' parts read again (~0.1 ms; building one costs ~12 ms): the
        patterns depend on the lexicon only."""
        base = gazetteer.extended_from
        if base is None:
            return cls(gazetteer)
        built = copy.copy(cls.of(base))
        built._read_candidates(gazetteer)
        return built

    def __init__(self, gazetteer: Gazetteer):
        # the offices of the story's people, once: a copy for an article's proposed names keeps them
        self._people_offices = offices_named(gazetteer.lexicon, [p.role for m in (*gazetteer.story.members,
                                                                               *gazetteer.story.observers)
                                                                   for p in m.people])
        self._read_candidates(gazetteer)
        lex = gazetteer.lexicon
        self.nationals = Nationals.of(lex)
        # a phrase fronted before the main clause: an exception (the lexicon's), a contrast or a time
        # ("Apart from Chile, ...", "Unlike Spain, ...", "Before ...")
        self.fronted = compiled_pattern(r"\s*(?:" + phrase_pattern(lex.words("cues", "exceptions"))
                                        + r"|unlike|like|since|before|after|once|although|though|despite|until)\b", re.I)
        bid_nouns = lex.words("bid_object_nouns") + lex.words("candidacy", "bid_nouns")
        # (the organisation's name may qualify the bid: "her UN campaign", "his NATO bid")
        org = gazetteer.story.organisation
        org_names = [n for n in (org.name, *org.aliases) if n]
        self.bid_after = compiled_pattern(r"\s+(?:(?:own|official|formal|surprise|failed|ongoing|new|first|"
                                          + "|".join(re.escape(n) for n in org_names) + r")\s+)*"
                                          + r"(?:" + bid_modifiers(lex) + r")?" + bounded(bid_nouns)
                                          # the bid's supporters named after them: "her remaining sponsors, Brazil and
                                          # Mexico", "his backers are ..." (not "thanked his supporters and ...")
                                          + r"|\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?" + bounded(
                                              [f"{n}s" for n in lex.words("endorsement", "agent_nouns")])
                                          # (a place may follow them, a partial list open with "including": "her
                                          # supporters in the region, including Panama and ...")
                                          + r"(?=(?:\s+(?:in|at|across|within|among|around|outside)\s+(?:the\s+)?"
                                          r"(?:[\w-]+\s+){0,2}?[\w-]+|\s+(?:abroad|overseas|internationally|regionally))?"
                                          r"(?:\s*,\s*(?:(?:including|among\s+them|such\s+as|notably|especially|namely|"
                                          r"led\s+by)\s+)?(?:the\s+)?(?-i:[A-Z])|" + _LISTED_AFTER + r"))"
                                          # (or their opponents listed so: "his opponents include S", "her
                                          # opponents so far: S"; not "his critics": frames/stance_lists.py)
                                          + r"|\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?" + bounded(
                                              [f"{n}s" for n in lex.words("opposition", "refusing_agent_nouns")])
                                          + r"(?=" + _LISTED_AFTER + r")", re.I)
        # what a state puts forward that stands for the person: "her name", "his papers" (the lexicon's name nouns)
        self.name_after = compiled_pattern(r"\s+" + lex.alt("candidacy", "name_nouns"), re.I)
        # what joins a state to supporters a pronoun owns (pronouns._apposed_agents): an apposition's comma ("S, one of
        # her sponsors,") or a copula ("S and T remain her sponsors", "U has long been among his backers"), a count or
        # "among" after it; not an adverb that denies it ("U is hardly among his backers": the lexicon's denying_adverbs)
        ly = r"(?!" + lex.alt("cues", "denying_adverbs") + r")\w+ly"
        self.agents_glue = compiled_pattern(
            r"\s*(?:,|(?:" + COPULA_FORMS + r"|(?:has|have|had)\s+(?:" + ly + r"\s+|long\s+|always\s+)?been|"
            r"becomes?|became)(?:\s+(?:still|now|also|firmly|long|" + ly + r"))?)\s*"
            r"(?:(?:" + cardinals(1, 3) + r"|each|both|all)\s+of\s+|among\s+)?", re.I)
        # the supporters' owner in an apposition to a state: "Brazil, one of her two remaining sponsors, said ...",
        # "Peru, his earliest backer, ..." (the state is the supporter: frames/stance_agents.py endorse_agent_apposition)
        agents = lex.words("endorsement", "agent_nouns")
        self.agent_after = compiled_pattern(r"\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?" + bounded(agents + [f"{n}s" for n in agents])
                                            + r"(?=\s*[,;.)—–]|\s+(?:since|from)\b)", re.I)
        # (each scan opens with a character class and checks what comes before it after that
        # character, so `re` skips to the possible first characters: a pattern opening with a
        # lookbehind is tried at every position of every sentence)
        self.pronoun = PRONOUN
        self.state_anaphor = compiled_pattern(bounded(_modified_anaphora(lex)), re.I)
        self.state_forms = StateForms.of(gazetteer.story)      # "the Baltic state", "the island nation"
        # an organisation's head words (the last word of a name of two or more: "Caribbean Community", "African
        # Union"; the word before "of": "League of Arab States"); the organisations: the story's actors with no capital
        self.org_heads = {m.name: frozenset(h for a in (m.name, *m.aliases) if (h := _org_head(a)))
                          for m in gazetteer.story.observers if not m.capitals}
        # (never a word of the race's own organisation or its deciding bodies: "the Council", "the Assembly")
        own = gazetteer.story.organisation
        self.own_body_words = frozenset(w.lower() for a in (own.name, *own.aliases, own.deciding_body, *own.deciding_body_aliases)
                                        for w in a.split() if w[:1].isupper())
        self.own_body_names = frozenset(" ".join(a.lower().split()) for a in (
            own.name, *own.aliases, own.deciding_body, *own.deciding_body_aliases, *(b.name for b in gazetteer.story.bodies),
            *(a for b in gazetteer.story.bodies for a in b.aliases)))
        # (nor an office's title: "the President of the Community" is a person)
        self.title_words = frozenset(w.lower() for t in lex.words("title_words") for w in t.split())
        verbs = bounded(lex.words("cues", "reporting_verbs") + lex.words("cues", "speaker_verbs") + lex.words("cues", "telling_verbs"))
        # a state's seat of government, a list of states or of candidates as a subject (subject_chains.py)
        self._subject_chain_patterns(lex, verbs)
        # the patterns of an "it" (or "its") that is the state telling (pronouns.py)
        self._it_patterns(lex, verbs)
        # a person named in a comparison set before a clause ("Unlike X, she did not ...", "; and unlike X she was ..."):
        # not whom the clause's pronouns stand for (references._on_name)
        self.compared_before = compiled_pattern(r"(?:^|[,;:(—–-]\s*|\b(?:and|but|yet)\s+)\W{0,2}" + lex.alt("cues", "compared_fronts")
                                                + r"\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,3}?)$", re.I)
        # a person named in apposition to a pronoun's rivals ("against her two rivals, X, a former president, and Y"):
        # the pronoun's owner stays whom the pronouns after it stand for, as after a comparison (references._on_name)
        self.rivals_before = compiled_pattern(r"(?<![\w'’])(?:his|her)\s+(?:(?!(?:and|or|but)\b)[\w-]+\s+){0,2}?"
                                              + lex.alt("candidacy", "rival_nouns") + r"\s*,\s*(?:[^.;:!?()]{0,120}?,\s*(?:and|or)\s+)?$", re.I)
        # a person named as whom someone met, in a phrase of time ("after meeting X", "after a meeting with X", "following
        # talks with X", "before his call with X"): not whom the clause's "he"/"she" stand for (references._on_name)
        meet = lex.words("cues", "meeting_nouns")
        self.met_before = compiled_pattern(
            r"(?<![\w'’])" + lex.alt("cues", "meeting_fronts") + r"\s+(?:" + bounded(lex.words("cues", "meeting_gerunds"))
            + r"|(?:" + bounded(lex.words("cues", "meeting_determiners")) + r"\s+)?(?:[\w-]+\s+){0,2}?" + bounded(meet)
            + r"\s+" + bounded(lex.words("cues", "meeting_prepositions")) + r"(?:\s+the)?)\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,4}$", re.I)
        # "the latter", "the former", "the last" before a verb, an adverb or a comma (not "the former president", "the
        # last days"): an item of the list just named (references._on_list_item)
        items = lex.mapping("list_item_anaphora")
        self.list_item_end = {w.lower(): end for end, words in items.items() for w in words}
        self.list_item = compiled_pattern(
            # (not opening an aside set off by a dash, whose verb the clause after it may seem to share: "all but A and
            # B - the last still campaigning for its own president - has signed up to X")
            r"(?<![\w'’])(?<![-–—]\s)(?P<w>" + phrase_pattern(sorted(self.list_item_end)) + r")(?![\w-])(?=\s*[,;:–—-]|\s+(?:(?:has|had|have|is|"
            r"was|are|were|will|would|did|does|do|can|could|may|might|must|should|still|also|now|then|later|too|alone|"
            r"instead|because|while|however|meanwhile)\b|(?-i:[a-z]+ly|[a-z]+ed)\b|(?<=latter\s)(?-i:[a-z]+s)\b|"
            + bounded(lex.words("cues", "reporting_verbs") + sorted({forms[0] for forms in (lex.data.get("irregular_verbs") or {}).values()
                                                                    if forms})) + r"))", re.I)
        # a reporting verb right before the pronoun: "said he", "told reporters that she"
        self.reported_he = compiled_pattern(verbs + r"(?:\s+(?!that\b)[\w⟨⟩'’-]+){0,3}?\s+(?:that\s+)?$", re.I)
        # "the 57-year-old", "the veteran diplomat": a person named just before, when that is a candidate
        self.epithet = compiled_pattern(
            r"[Tt](?<![\w'’][Tt])he\s+(?:\d{2}-year-old(?:\s+(?:[\w-]+\s+)?" + bounded(lex.words("epithet_nouns")) + r")?"
            r"|(?:[\w-]+\s+){0,2}" + bounded(lex.words("epithet_nouns")) + r")(?![\w-])(?!\s+(?:of|who|whom)\b)"
            r"(?!,?\s+(?-i:[A-Z]))")
        # a definite descriptor opening a sentence, a person noun its head ("The former deputy foreign minister",
        # "The former prime minister and foreign minister"), not before a name or "of"
        person = bounded(lex.words("person_nouns"))
        self.section_opener = compiled_pattern(
            r"^\W*[Tt]he\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}?" + person + r"(?:\s+and\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?" + person
            + r")?(?![\w-])(?!\s+(?:of|who|whom)\b)(?!,?\s+(?-i:[A-Z]))")
        # (or the leaving as a noun the name owns: "after X's graceful exit in August", not "X's possible exit", "X's
        # exit from the cabinet")
        self.left_race = compiled_pattern(r"\s+(?:(?:has|had|have|then|also|finally|eventually|abruptly|suddenly)\s+)?"
                                          + bounded(lex.words("withdrawal", "verbs")) + r"|['’]s?\s+(?:(?!"
                                          + bounded(lex.words("withdrawal", "unsettled_modifiers")) + r"|other\b|another\b)"
                                          r"(?-i:[a-z][a-z-]+)\s+){0,2}?" + bounded(lex.words("withdrawal", "nouns"))
                                          + r"(?![\w-])(?!\s+(?:from|as|of)\b)", re.I)
        self.candidate_noun = compiled_pattern(bounded(lex.words("candidacy", "candidate_nouns")), re.I)
        # (not before a name: "its former foreign minister Tomasz Wierzbicki" is the label of that name)
        self._descriptor_patterns(lex)
        self.former_of_state = compiled_pattern(r"(?<![\w'’])(?:its|their)\s+(?:own\s+)?(?:former|ex-)\s*(?:[\w-]+\s+){0,2}?"
                                          + bounded(lex.words("person_nouns")) + r"(?![\w-])(?!,?\s+(?-i:[A-Z]))", re.I)
        # "Romania remained behind its candidate": the one candidate of the state just named (not a label
        # before a name: "backed its candidate, Evelyn Matthei,", "announced their candidates: X and Y")
        # "Argentina's candidacy", "Argentina's own candidate" (no name after it, no other aim)
        self.state_bid = compiled_pattern(r"['’]s?\s+(?:own\s+|official\s+|formal\s+)?(?:(?P<person>" + bounded(
            lex.words("candidacy", "candidate_nouns")) + r")|" + bounded(lex.words("candidacy", "bid_nouns"))
            + r")(?![\w-])(?!,?\s+(?-i:[A-Z]))(?!\s+(?:to|of|at|in|for)\b)", re.I)
        self.state_candidate = compiled_pattern(r"(?<![\w'’])(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?"
                                          + bounded(lex.words("candidacy", "candidate_nouns")) + r"(?![\w-])(?!\s*[,:]?\s+(?-i:[A-Z]))", re.I)
        self.nominating_before = compiled_pattern(lex.alt("candidacy", "nominating_verbs") + r"\s+$", re.I)
        # "Ghana proposed the veteran UN under-secretary-general for the post": a definite
        # descriptor a state nominates, no name after it, is the person just named whose state that is
        self.nominated_descriptor = compiled_pattern(
            lex.alt("candidacy", "nominating_verbs") + r"\s+(?:(?-i:[a-z]+ly)\s+)?(?P<d>(?-i:the)\s+(?:[\w-]+\s+){0,3}?"
            + bounded(lex.words("person_nouns") + lex.words("epithet_nouns")) + r")(?![\w-])(?!\s+of\b)(?!,?\s+(?-i:[A-Z]))",
            re.I)
        # "Turkey said it backs the candidate", "Madrid opposes the nominee": a bare candidate noun a stance takes
        # as its object is the one candidate in focus (references._on_stance_object), not "the candidate of the left"
        self.stance_object = compiled_pattern(
            r"(?:" + lex.alt("endorsement", "verbs") + "|" + lex.alt("opposition", "verbs") + r")\s+(?:(?-i:[a-z]+ly)\s+)?"
            r"(?P<d>(?-i:the)\s+(?:(?!" + bounded(lex.words("candidacy", "rival_nouns") + ["other", "opposing", "competing"])
            + r"\b)(?-i:[a-z][\w-]*)\s+){0,2}?" + bounded(
                # (not a rival: "backs the rival" is the other one)
                [w for w in lex.words("candidacy", "candidate_nouns")
                 if not w.endswith("s") and w not in lex.words("candidacy", "rival_nouns")]) + r")(?![\w-])"
            # the noun ends its phrase ("the candidate bid" is no person) and no phrase after it picks out another
            r"(?!\s+(?-i:[a-z]+)\b(?<!\bon)(?<!\bsince)(?<!\bafter)(?<!\bnow)(?<!\btoo)(?<!\bagain))(?!,?\s+(?-i:[A-Z]))", re.I)
        self.person_tail = compiled_pattern(bounded(lex.words("epithet_nouns") + lex.words("person_nouns")) + r"$", re.I)
        # a state's possessive before a person noun: "Colombia's foreign minister", "Peru's new envoy"
        self.possessed_person = compiled_pattern(r"['’]s?\s+(?:[\w-]+\s+){0,2}?" + bounded(lex.words("person_nouns")), re.I)
        # a bare "both" / "the two" only before a verb ("Both endorsed", "the two have since backed"),
        # not before a noun ("both candidates")
        plural = lex.words("plural_state_anaphora")
        bare = [w for w in plural if w.split()[-1] in ("both", "two", "pair")]
        self.plural_anaphor = compiled_pattern(
            r"(?<![\w'’])(?:" + bounded([w for w in plural if w not in bare]) + r"|" + bounded(bare)
            + r"(?=\s+(?:have|has|had|are|were|will|would|did|do|does|can|could|also|now|then|later|since|finally|"
            r"eventually|quickly|subsequently|soon|too|[a-z]+ed)\b))(?![\w-])", re.I)
        # a counted one: "the four capitals", "all three governments", a bare "all three" / "the four" before a verb
        # (not before another noun: "the three candidates"); the number is the size of the list it stands for
        counts = list(CARDINAL_WORDS[2:])
        self.counted_anaphor = compiled_pattern(
            r"(?<![\w'’])(?:(?:all\s+)?the|all|these|those)\s+(?P<n>" + bounded(counts) + r")(?:\s+(?:[\w-]+\s+)?"
            + bounded(lex.words("counted_state_anaphora")) + r"|(?=\s+(?:have|has|had|are|were|will|would|did|do|does|can|could|"
            r"also|now|then|later|since|finally|eventually|quickly|subsequently|soon|too|all|[a-z]+ed|"
            + bounded(sorted({forms[0] for forms in (lex.data.get("irregular_verbs") or {}).values() if forms}))
            + r")\b))(?![\w-])", re.I)
        self.count_of = {w: i + 3 for i, w in enumerate(counts)}
        # "a man who once said ...", "the woman the Council picked", "a fellow Caribbean woman": a person noun that
        # describes a candidate in focus (references._on_described), up to three modifiers before it
        described = lex.mapping("described_people")
        self.described_heads = {w.lower(): (None if who == "any" else who) for who, words in described.items() for w in words}
        self.described = compiled_pattern(
            r"(?<![\w'’])(?P<det>[Tt]he|[Aa]n?)\s+(?P<mods>(?:(?!(?:who|whom|that|the|an?|of|for|to|by|with|from|in|on|at|as|and|or|but)\b)[\w'’-]+\s+){0,3}?)"
            r"(?P<head>" + bounded(sorted(self.described_heads)) + r")(?![\w'’-])"
            # (or an indefinite pronoun: "we are not going to back someone who spent four years ...")
            r"|(?<![\w'’])(?P<pron>(?-i:[Ss]omeone|[Ss]omebody))(?![\w'’-])")
        # the post named between the person noun and its relative clause: "a person to the post who ..."
        self.post_before_relative = compiled_pattern(r"\s+(?:to|for|in)\s+" + lex.alt("post_references") + r"(?=\s*,?\s+who\b)", re.I)
        # the past forms a relative clause left without "whom" tells a fact with ("the man the allies appointed")
        self.past_forms = frozenset(forms[0] for forms in (lex.data.get("irregular_verbs") or {}).values() if forms)
        # "an economist": someone the story does not know, whom a later "the economist" is
        self.indefinite_epithet = compiled_pattern(
            r"[Aa](?<![\w'’][Aa])n?\s+(?:[\w-]+\s+){0,2}" + bounded(lex.words("epithet_nouns")) + r"(?![\w-])")
        # the lexicon's patterns _references scans each sentence with: each is scanned only over a sentence holding its
        # cues (most find nothing in most sentences)
        self.scan_cues = ScanCues([p for p in (
            self.pronoun, self.state_anaphor, _OWN_AFTER_EXCEPTION, self.state_forms.pattern, self.reported_it,
            self.let_know_it, self.second_that_it, self.relative_it, self.told_its, self.clause_it, self.indefinite_epithet, self.described,
            self.plural_anaphor, self.counted_anaphor, self.epithet, self.section_opener, self.former_of_state,
            self.state_candidate, self.nominated_descriptor, self.stance_object, _BODY_REFERENCE, self.list_item)
            if p is not None])

    def _read_candidates(self, gazetteer: Gazetteer) -> None:
        """What depends on the story's candidates rather than its lexicon."""
        self.gaz = gazetteer
        candidates = gazetteer.story.candidates
        # "the president", "the outgoing prime minister": a candidate who holds the role
        self.roles = {c.name: c.roles for c in candidates}
        self.pronouns = {c.name: c.pronoun for c in candidates if c.pronoun}
        self.home_states = {c.name: c.state for c in candidates if c.state}
        self.provisional = {c.name for c in candidates if c.provisional}
        # a name the article proposes with no pronoun seen: "him" or "her" may be them, a subject "he" or
        # "she" not (it is as often someone else the article goes on about)
        self.unsexed = frozenset(c.name for c in candidates if c.provisional and not c.pronoun)
        role_words = sorted({r for c in candidates for r in c.roles})
        # the person nouns that name an office someone in the story holds ("ambassador", "president"):
        # "Argentina's ambassador" is not Argentina's candidate unless the candidate holds that office
        self.office_nouns = self._people_offices | offices_named(gazetteer.lexicon, role_words)
        # (or a state's person named just before with that role: "Sunak raised it ... the prime minister backs X")
        bare_words = sorted(set(role_words) | {p.role.lower() for m in (*gazetteer.story.members, *gazetteer.story.observers)
                                               for p in m.people if p.role})
        self.bare_role = re.compile(
            r"(?<![\w'’])[Tt]he\s+(?:(?:outgoing|incumbent|current|caretaker|sitting|long-serving|veteran)\s+)*"
            r"(?P<role>" + phrase_pattern(bare_words) + r")(?![\w-])(?!\s+of\b)(?!,?\s+(?-i:[A-Z]))", re.I) if bare_words else None
        # "Romania stands by its own president", "Chile backs its former president": the candidate of the state
        # just named who holds that role (not a label before a name: "its president, Klaus Iohannis,")
        self.owned_role = re.compile(
            r"(?<![\w'’])(?:its|their)\s+(?:own\s+)?(?:(?:outgoing|incumbent|current|sitting)\s+)?"
            r"(?P<role>" + phrase_pattern(role_words) + r")(?![\w-])(?!\s+of\b)(?!,?\s+(?-i:[A-Z]))", re.I) if role_words else None

    # ---------------------------------------------------------------- article
    def read(self, text: str, folded: str, sentences: Iterable[Sentence],
             stop: Callable[[], bool] | None = None) -> list[Reading]:
        """The sentences with their resolved mentions; when `stop()` says so (the time budget), the
        sentences before that point only (`sentences` may be lazy: those after are not split)."""
        gaz = self.gaz
        readings = []
        end = len(text)     # of the text whose quotations are read
        for s in sentences:
            if stop is not None and stop():
                # a quotation never runs across a line: the lines read hold all of theirs (of a line
                # of megabytes, read in pieces, the piece after the last one read is enough)
                last = readings[-1].sentence.end if readings else 0
                end = text.find("\n", last, last + LONGEST_SENTENCE) if readings else 0
                end = min(len(text), last + LONGEST_SENTENCE) if end < 0 else end
                break
            sentence = folded[s.start:s.end]
            mentions, cut = gaz.mentions_until(sentence, stop)
            if len(sentence) < 60 and all(m.kind == STATE for m in mentions):
                # a section heading in capitals naming a candidate ("GROSSI", "X Y (Ruritania)"): what follows is
                # about them
                mentions = caps_heading_mentions(sentence, gaz.mentions) or mentions
            if cut < len(sentence):     # the budget ran out inside a long sentence: the part read is kept
                end = s.start + cut
                if sentence[:cut].strip():
                    s = replace(s, end=end, text=s.text[:cut])
                    readings.append(Reading(s, sentence[:cut], self._labelled(sentence[:cut], mentions)))
                break
            readings.append(Reading(s, sentence, self._labelled(sentence, mentions)))
        quotes = quote_spans(text if end == len(text) else text[:end])
        quote_ends = [qe for _, qe in quotes]       # in text order, as the quotations never overlap
        for r in readings:
            first = bisect_right(quote_ends, r.sentence.start)
            last = bisect_left(quotes, (r.sentence.end,), first)
            r.quotes = [(max(qs, r.sentence.start) - r.sentence.start, min(qe, r.sentence.end) - r.sentence.start)
                        for qs, qe in quotes[first:last]]
        add_first_names(readings, gaz.story)     # "backed Mark from the beginning", after "Mark Rutte"
        named = {m.value for r in readings for m in r.mentions if m.kind == CANDIDATE}
        # roles held by a person of a state named so far ("prime minister" of Romania: Ciuca): a descriptor is
        # read with what came before it ("the Dutch prime minister" before "the new Schoof cabinet" is named)
        people_roles: set = set()
        masked = [masked_text(r) for r in readings]
        headings = [heading_name(text) for text in masked]
        genders: dict[str, str] = {}
        others = other_people(readings, masked, headings, genders, self.person_label_end)
        salience = Salience(self.roles, self.pronouns, self.unsexed)
        after_heading = False       # the sentence before was a heading line, of a name known or not
        for r, heading in zip(readings, headings):
            if heading:
                salience.new_section()      # "Kwabena Asante-Mensah (Ghana)": what follows is about that person
            salience.next_sentence()
            people_roles.update((m.value, m.role) for m in r.mentions if m.role)
            r.mentions = self._resolve_sentence(r, named, people_roles, salience, others, genders, after_heading)
            after_heading = bool(heading) or candidate_heading(r) is not None
        Speech.of(self.gaz.lexicon).read(text if end == len(text) else text[:end], folded, quotes, readings, self.home_states)
        # (a document's issuer and a transcript's speakers, for the first person and bare organs no one else took)
        Voice.of(self.gaz).read(folded if end == len(text) else folded[:end], readings)
        return readings

    def person_label_end(self, text: str, m: Mention) -> int | None:
        """Where a state's label of a person that the state mention `m` opens ends ("Colombian Foreign
        Minister", "Colombia's foreign minister"); None when `m` is no such label."""
        if m.kind != STATE or m.person:
            return None
        if self.person_tail.search(text, m.start, m.end):
            return m.end
        owned = self.possessed_person.match(text, m.end) if m.form == "possessive" else None
        return owned.end() if owned else None

    # ---------------------------------------------------------------- sentence
    def _resolve_sentence(self, r: Reading, named: set[str], people_roles, salience: "Salience",
                          others: re.Pattern | None = None, genders: dict[str, str] | None = None,
                          after_heading: bool = False) -> list[Mention]:
        st = _Sentence(r, named, people_roles, salience, genders, _Clauses(r.text))
        for _, what, obj in self._references(r, others, after_heading):
            if what == "m":
                self._on_name(st, obj)
            elif obj.start() >= st.covered_until:
                getattr(self, _STEPS[what])(st, obj)
        items, first = st.items, st.first
        items.sort(key=lambda m: m.start)
        items = self._org_opened(r, items, salience)
        if " they " in r.text:
            items = self._candidates_they(r, items)
        if self.referring.search(r.text):
            items = self._referred(r.text, items)
        if first is not None:
            salience.topic = first if first[0] is not None else None
            salience.topic_outside = salience.sentence if first[0] != CANDIDATE else None
        self._subject_over_list(r, items, salience)
        salience.item_lists = [(*lst, salience.sentence) for lst in _item_lists(r.text, items)] or [
            x for x in salience.item_lists if x[2] == salience.sentence]
        states = [m for m in items if m.kind == STATE]
        if len(states) > 2:     # a list a counted anaphor may stand for, acting or not ("nobody in A, B, C or D")
            for values in _counted_lists(r.text, states):
                salience.listed_states(values)
        actors = [m for m in states if m.actor]
        if len(actors) < 2:     # no list and no two states (most sentences): the group stays
            return items
        listed = [g.values for g in group_mentions(r.text, actors) if len(g.values) > 1]
        distinct = tuple(dict.fromkeys(m.value for m in actors))
        # a list ("Hungary and Slovakia"), else the two states of a sentence ("Hungary ..., and Slovenia ...")
        if listed or len(distinct) == 2:
            salience.state_group = listed[-1] if listed else distinct
        salience.state_list = listed[-1] if listed and salience.state in listed[-1] else ()
        return items

    @staticmethod
    def _subject_over_list(r: Reading, items: list[Mention], salience: "Salience") -> None:
        """"She joins a field of three: A, B and C.", "Ghana nominated her, making her one of four candidates - with A, B
        and C -": a list of other candidates after the sentence's first candidate names whom it is set among; the
        pronouns of that one's sex go on standing for them, not for the list's last."""
        named = [m for m in items if m.kind == CANDIDATE and not r.in_quote(m.start)]
        if len(named) < 4:
            return
        subject = named[0]     # named or a pronoun ("She joins ..."); the same one again ("making her") is no other
        others = [m for m in named[1:] if m.value != subject.value]
        # (a list the subject opens is no list after it: "A, B, C and D met")
        if any(len(g.values) > 2 and subject.value not in g.values for g in group_mentions(r.text, [subject, *others])):
            salience.keep_subject(subject.value)

    def _references(self, r: Reading, others: re.Pattern | None, after_heading: bool) -> list[tuple[int, str, object]]:
        """The references of the sentence to resolve, in text order: (start, kind, the mention or match), the kind
        a key of _STEPS or "m" for a mention the gazetteer found."""
        taken = sorted((m.start, m.end) for m in r.mentions)
        reach = []      # the furthest end among the mentions taken so far, in start order
        for _, b in taken:
            reach.append(max(b, reach[-1]) if reach else b)

        def free(s: int, e: int) -> bool:     # overlaps no mention: none starting before e ends after s
            i = bisect_left(taken, (e,))
            return i == 0 or reach[i - 1] <= s

        ruled_out = self.scan_cues.ruled_out(r.text)

        def scan(pattern: re.Pattern) -> Iterable[re.Match]:     # its matches, none where its cues say it cannot match
            return () if id(pattern) in ruled_out else pattern.finditer(r.text)

        pronouns = [p for p in scan(self.pronoun) if free(p.start(), p.end())]
        anaphors = [a for a in scan(self.state_anaphor) if free(a.start(), a.end())]
        if " own" in r.text:
            anaphors += [a for a in scan(_OWN_AFTER_EXCEPTION) if free(a.start(), a.end())]
        kinds = [x for x in self.state_forms.find(r.text) if free(x.start(), x.end())] \
            if id(self.state_forms.pattern) not in ruled_out else []
        # not after a negated report ("Hungary never said it would block him": the negation is the report's)
        has_it = _IT.search(r.text) is not None
        # ("let S know that it" first: a reporting verb before "let" would take its object for its own: "officials
        # said T let S know that it ...")
        its = [x for x in scan(self.let_know_it) if free(x.start("it"), x.end("it"))
               and not _NEGATED_BEFORE.search(r.text, max(0, x.start() - 20), x.start())] if has_it and "know" in r.text else []
        if has_it:
            reported = {x.start("it") for x in its}
            its += [x for x in scan(self.reported_it) if free(x.start("it"), x.end("it")) and x.start("it") not in reported
                    and not _NEGATED_BEFORE.search(r.text, max(0, x.start() - 20), x.start())]
        if has_it and "that" in r.text:
            reported = {x.start("it") for x in its}
            its += [x for x in scan(self.second_that_it) if free(x.start("it"), x.end("it"))
                    and x.start("it") not in reported and not _NEGATED_BEFORE.search(r.text, max(0, x.start() - 20), x.start())]
        if has_it or " they " in r.text:
            reported = {x.start("it") for x in its}
            its += [x for x in scan(self.relative_it) if free(x.start("it"), x.end("it"))
                    and x.start("it") not in reported]
        if " its " in r.text or " their " in r.text:
            reported = {x.start("it") for x in its}
            its += [x for x in scan(self.told_its) if free(x.start("it"), x.end("it")) and x.start("it") not in reported
                    and any(m.kind == STATE and m.actor and x.start("told") <= m.start < x.end("told") for m in r.mentions)]
        if ";" in r.text and has_it:
            reported = {x.start("it") for x in its}
            its += [x for x in scan(self.clause_it) if free(x.start("it"), x.end("it")) and x.start("it") not in reported]
        strangers = [o for o in others.finditer(r.text) if free(o.start(), o.end())] if others else []
        strangers += [o for o in scan(self.indefinite_epithet) if free(o.start(), o.end())]
        # (a state's demonym or kind may modify it: "a fellow Caribbean woman", "the Dutch statesman")
        described = [x for x in scan(self.described) if free(x.start(), x.end()) or _holds_only(
            x, [(m.start, m.end) for m in r.mentions if m.kind == STATE], taken)]
        # a role may hold a name of the post or of a body ("the head of the UN nuclear watchdog", "the former UN
        # human rights chief"): the longer mention wins
        inner = [(m.start, m.end) for m in r.mentions if m.kind in _INSIDE_ROLES]
        roles = [x for x in self.bare_role.finditer(r.text) if free(x.start(), x.end()) or _holds_only(
            x, inner, taken)] if self.bare_role else []
        plurals = [x for found in (self.plural_anaphor, self.counted_anaphor) for x in scan(found)
                   if free(x.start(), x.end()) and _SUBJECT_SLOT.search(r.text, 0, x.start())]
        epithets = [x for x in scan(self.epithet)
                    if free(x.start(), x.end()) and _SUBJECT_SLOT.search(r.text, 0, x.start())]
        # "Ana Duarte (Portugal). The former deputy foreign minister put herself forward": a sentence opening a
        # heading's section with a definite descriptor is about the heading's person (when the offices fit)
        if after_heading:
            epithets += [x for x in scan(self.section_opener) if free(x.start(), x.end())]
        # "Warsaw nominated its former foreign minister": the person the section is about
        if "ormer" in r.text or "x-" in r.text:     # "former", "Former", "ex-": most sentences have none
            epithets += [x for x in scan(self.former_of_state)
                         if free(x.start(), x.end()) and self.nominating_before.search(r.text, max(0, x.start() - 40), x.start())]
        # (not a predicate: "presented Grossi as its candidate")
        owned = [x for x in scan(self.state_candidate) if free(x.start(), x.end())
                 and not _AS_BEFORE.search(r.text, max(0, x.start() - 4), x.start())] \
            if "candidate" in r.text or "nominee" in r.text else []
        if self.owned_role and (" its " in r.text or " their " in r.text):
            owned += [x for x in self.owned_role.finditer(r.text) if free(x.start(), x.end())]
        # (a body or another post's title inside may be part of it: "the former UN under-secretary-general")
        nominated = [x for x in scan(self.nominated_descriptor) if not any(
            m.kind in (STATE, CANDIDATE, POST) and m.start < x.end("d") and m.end > x.start("d") for m in r.mentions)]
        stance_objects = [x for x in scan(self.stance_object) if free(x.start("d"), x.end("d"))] \
            if "the " in r.text else []
        bodies = [x for x in scan(_BODY_REFERENCE) if free(x.start(), x.end())] \
            if "The" in r.text or "the " in r.text or " of " in r.text else []
        ordinals = [x for x in scan(self.list_item) if free(x.start(), x.end())] \
            if "atter" in r.text or "ormer" in r.text or "last" in r.text else []
        return sorted([(m.start, "m", m) for m in r.mentions] + [(x.start(), "r", x) for x in roles]
                      + [(x.start(), "b", x) for x in bodies] + [(x.start(), "l", x) for x in ordinals]
                      + [(x.start("d"), "d", x) for x in nominated] + [(x.start("d"), "s", x) for x in stance_objects]
                      + [(p.start(), "p", p) for p in pronouns] + [(x.start(), "e", x) for x in epithets]
                      + [(x.start(), "g", x) for x in plurals] + [(x.start(), "n", x) for x in described]
                      + [(a.start(), "a", a) for a in anaphors] + [(x.start("it"), "i", x) for x in its]
                      + [(x.start(), "k", x) for x in kinds] + [(x.start(), "c", x) for x in owned]
                      + [(o.start(), "o", o) for o in strangers], key=lambda t: t[0])



def _counted_lists(text: str, states: list[Mention]) -> list[tuple[str, ...]]:
    """The lists of three states or more in the sentence, joined by commas, "and" or "or" (the words of each
    in text order; a list of states is one whatever they do in it: "nobody in A, B, C or D had a reason to say no")."""
    out, run = [], [states[0]]
    for m in states[1:]:
        if m.start >= run[-1].end and _COUNTED_GLUE.fullmatch(text, run[-1].end, m.start):
            run.append(m)
            continue
        out.append(run)
        run = [m]
    out.append(run)
    return [values for run in out if len(values := tuple(dict.fromkeys(m.value for m in run))) > 2]


# the step of References that resolves each kind of reference _references finds ("m", a name the gazetteer found,
# is _on_name's, which no reference resolved before it covers: it checks what it may be part of itself)
_STEPS = {"l": "_on_list_item", "b": "_on_body", "n": "_on_described", "o": "_on_stranger", "r": "_on_role", "g": "_on_group", "e": "_on_epithet", "d": "_on_nominated", "s": "_on_stance_object", "k": "_on_kind",
          "c": "_on_owned", "i": "_on_it", "a": "_on_anaphor", "p": "_on_pronoun"}
