"""Candidacy: a state's nomination told around the name, as candidacy.rules lists them after its rivals: the nomination
as a noun with its state ("the nomination of X by S", "S's nomination of X", "X, whose candidacy S formalised"), a
relative clause ("X, whom S nominated in January"), a participle set off after the name or in its apposition ("X,
nominated by S,", "X, the economist put forward by S"), the passive ("X was nominated by S"; by a group it does not
name, or with no agent: the candidacy alone) and an explainer's heading ("X (S): nominated by S"). The active verbs
("S nominated X", "S put X forward") are in frames/candidacy.py."""
from __future__ import annotations

from natowatch.extract.frames.time_phrases import BARE_DATE
from natowatch.extract.frames.base import ADJ, C, HEADING_GAP, P, TITLE, Rule, S, WP, _rx
from natowatch.extract.frames.vocab import Vocab
from natowatch.extract.frames.candidacy_checks import check_candidacy
from natowatch.extract.lexicon import BE_FORMS


# the origin a list gives a name: "X of Chile", "X from the Philippines"
_ORIGIN = r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:" + S + r"|(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?))?"
# an apposition set off by commas after a name, saying what the person is ("X, the Argentine head of the International
# Atomic Energy Agency, nominated by ..."): a determiner, then words and mentions with no verb of a clause
# (or another body's office as one mention: "X, the head of UN Trade and Development, nominated by ...")
_APPOSITION = (r"(?:\s*,\s*(?:(?:the|a|an)\s+(?:(?:⟨[SOPCX]\d+⟩|(?!(?:who|which|that|whose|has|have|had|" + BE_FORMS + r"|will|would|"
               r"said|says)\b)[\w.'’-]+)\s+){0,9}?(?:⟨[SOPCX]\d+⟩|[\w.'’-]+)|⟨X\d+⟩))?")


def told_nominations(v: Vocab) -> list[Rule]:
    """The rules of a nomination told around the name (candidacy.rules ends with them)."""
    cand_bid, declare, nominate, aux, adv = v.cand_bid, v.declare, v.nominate, v.aux, v.adv
    R = Rule
    return [
        # the nomination as a noun with its state: "the nomination of Karins by Latvia", "Bachelet's nomination
        # by Chile and Brazil was submitted"
        R("candidacy_nomination_of_by", "candidacy", _rx(
            rf"(?<![\w-])(?P<noun>{v.nomination_n})\s+of\s+{ADJ}(?P<subj>{C})\s+(?:(?:jointly|formally|officially)\s+)?(?P<trig>by)\s+(?:the\s+)?(?P<agent>{S})"
            rf"(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.8, traits=frozenset({"nomination", "nominal"})),
        # the by-phrase first, as a press release puts it: "the nomination by the Government of Barbados of the
        # Honourable X", "the candidature presented by Peru of X"
        R("candidacy_nomination_by_of", "candidacy", _rx(
            rf"(?<![\w-])(?P<noun>{v.nomination_n}|{cand_bid})\s+(?:(?:jointly|formally|officially)\s+)?(?:(?:presented|submitted|put\s+forward)\s+)?"
            rf"(?P<trig>by)\s+(?:the\s+)?(?:(?:government|administration|cabinet)\s+of\s+(?:the\s+)?)?(?P<agent>{S})"
            rf"\s+of\s+{ADJ}(?P<subj>{C})(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.8, traits=frozenset({"nomination", "nominal"})),
        R("candidacy_possessed_nomination_by", "candidacy", _rx(
            rf"(?P<subj2>{C})(?:['’]s?)?\s+(?:(?:official|formal)\s+)?(?P<noun>{v.nomination_n})\s+(?P<trig>by)\s+(?:the\s+)?"
            rf"(?P<agent>{S})(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.8, agent="subj2", traits=frozenset({"nomination", "nominal"})),
        # "Rebeca Grynspan, whom Costa Rica nominated in January", "X, the former foreign minister whom Peru
        # nominated" (the relative after the name's apposition is about the name)
        R("candidacy_nominated_relative", "candidacy", _rx(
            # (after a relative of its own it is coordinated with: "X, who has led the agency since 2021 and whom Peru
            # has put forward for the top job, ...")
            rf"(?P<subj>{C})(?:,\s*(?:the|a|an)\s+[^⟨⟩,;]{{1,60}}?)?(?P<prior>,\s*who\s+(?:[^⟨⟩;,]|⟨[SOXMP]\d+⟩){{1,80}}?\s+and)?(?:,?\s+(?:whom|who)|\s+that)?\s+"
            rf"(?P<actor>{S})(?P<gap>{WP}{{0,30}}?)(?<![\w-])(?P<trig>{nominate})"
            rf"(?=(?P<tail>\s*(?:[,.;]|$|(?:on|in|last|this|since|for|as|early|late|earlier|later|recently|just)\b|"
            rf"to\s+(?:(?:lead|head|become|succeed|run|replace)\b|⟨P\d+⟩))[^;]{{0,60}}))"),
          check_candidacy, 0.8, traits=frozenset({"nomination"})),
        # "Grossi, whose candidacy Argentina formalised in November"
        R("candidacy_declared_relative", "candidacy", _rx(
            rf"(?P<subj>{C}),?\s+whose\s+(?:(?:official|formal)\s+)?(?P<noun>{cand_bid}|{v.nomination_n})\s+(?P<actor>{S})"
            rf"(?P<gap>{WP}{{0,30}}?)(?<![\w-])(?P<trig>{declare}|{nominate})"
            rf"(?=(?P<tail>\s*(?:[,.;]|$|(?:on|in|last|this|since|for|as|early|late|earlier|later|recently|just)\b)[^;]{{0,60}}))"),
          check_candidacy, 0.8, traits=frozenset({"nomination"})),
        # "Chile's nomination of Bachelet was welcomed", "the Norwegian nomination of X": the state's act as a noun
        R("candidacy_state_nomination_of", "candidacy", _rx(
            rf"(?P<agent>{S})(?:['’]s?)?\s+(?:(?:official|formal|joint)\s+)?(?P<trig>(?P<noun>{v.nomination_n}))\s+of\s+{ADJ}"
            rf"(?P<subj>{C})(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.8, agent="agent", traits=frozenset({"nomination", "nominal"})),
        # the participle set off after the name: "Bachelet, nominated by Chile and Brazil, leads"
        R("candidacy_nominated_participle", "candidacy", _rx(
            rf"(?P<subj>{C}){_ORIGIN}{_APPOSITION}\s*,\s*{adv}(?P<trig>{nominate})"
            rf"(?=(?P<tail>\s+(?:(?:as|for)\s+{WP}{{0,40}}?)?{v.by}(?:the\s+)?{TITLE}(?P<actor>{S})[^;]{{0,40}}))"),
          check_candidacy, 0.8, traits=frozenset({"nomination"})),
        # the participle inside the apposition, after its noun: "Espinosa, the Ecuadorian nominated by Antigua and
        # Barbuda, ...", "X, a former minister put forward by Peru" (a few words of the label, no verb of a clause)
        R("candidacy_nominated_in_apposition", "candidacy", _rx(
            # (the label may be the candidate's own descriptor: "Grynspan, the Costa Rican economist nominated by ...")
            rf"(?P<subj>{C})\s*,\s*(?:the|a|an)\s+(?:(?:⟨[SC]\d+⟩|(?!(?:who|whom|which|that|whose|has|have|had|{BE_FORMS}|"
            rf"will|would|been|being|said|says)\b)[\w'’-]+)\s+){{1,4}}?{adv}(?P<trig>{nominate})"
            # (not a seat in another body after the agent: "the envoy nominated by Sweden to the OSCE")
            rf"(?=(?P<tail>\s+(?:(?:as|for)\s+{WP}{{0,40}}?)?{v.by}(?:the\s+)?{TITLE}(?P<actor>{S})"
            rf"(?!\s*,?\s+to\s+(?:the\s+)?(?:(?-i:[A-Z])|⟨[OX]\d+⟩))[^;]{{0,40}}))"),
          check_candidacy, 0.75, traits=frozenset({"nomination"})),
        # trailing the clause whose subject is the candidate in the race: "Bachelet is still in the race, sponsored by Brazil"
        R("candidacy_nominated_trailing", "candidacy", _rx(
            # (or its place in the order of entry: "X was the first in, nominated on 8 May by A, B and C")
            rf"^\W*(?:[^⟨⟩,;]{{0,30}}?\s)?(?P<subj>{C})(?:{v.in_race}|(?=[^⟨⟩,;]*?(?<![\w-]){v.entry_order}))(?:[^⟨⟩,;]|{P}){{1,60}}?,"
            rf"\s*{adv}(?P<trig>{nominate})\s+"
            rf"(?P<tail>{v.by}(?:the\s+)?{TITLE}(?P<actor>{S})[^;]{{0,40}})"),
          check_candidacy, 0.75, traits=frozenset({"nomination"})),
        # a nomination by a group of states it does not name, set off after the name or in the passive ("X, put forward
        # in September by three governments of the region", "X was nominated by a group of Latin American countries"):
        # the candidacy alone
        R("candidacy_nominated_by_group", "candidacy", _rx(
            rf"(?P<subj>{C})(?:{_ORIGIN}{_APPOSITION}\s*,\s*|(?P<gap>{WP}{{0,50}}?)(?<![\w-]){aux}\s+){adv}(?P<trig>{nominate})"
            rf"(?=(?P<tail>\s+(?P<group>{v.by_group})[^;]{{0,40}}))"),
          check_candidacy, 0.75, traits=frozenset({"nomination"})),
        R("candidacy_nominated_passive", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,50}}?)(?<![\w-]){aux}\s+{adv}(?P<trig>{nominate})\s+"
            rf"(?P<tail>(?:(?:as|for)\s+{WP}{{0,40}}?)?{v.by}(?:the\s+)?{TITLE}(?P<actor>{S})[^;]{{0,40}})"),
          check_candidacy, 0.85, traits=frozenset({"nomination"})),
        # with no agent: "Grossi was nominated in January", "she was formally put forward for the post" (a time, the
        # post or the clause's end after it; not "nominated to head the agency", "for an award", "as ambassador")
        # an explainer's section with no subject after its heading: "Rafael Grossi (Argentina): nominated by
        # Argentina in January; endorsed by Chile" (the clauses after the colon are the heading's)
        R("candidacy_heading_nominated", "candidacy", _rx(
            rf"^\W*(?P<subj>{C})(?P<gap>{HEADING_GAP})(?:\w+ly\s+)?(?P<trig>{nominate})\s+"
            rf"(?P<tail>{v.by}(?:the\s+)?{TITLE}(?P<actor>{S})[^;]{{0,40}})"),
          check_candidacy, 0.75, traits=frozenset({"nomination"})),
        R("candidacy_nominated_agentless", "candidacy", _rx(
            # (no agent after the verb, nor after a time: "was nominated on Thursday by EU leaders as ...")
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,50}}?)(?<![\w-]){aux}\s+{adv}(?P<trig>{nominate})"
            rf"(?!\s+(?:\w+ly\s+)?by\b)(?!(?:\s+(?:on|in|last|this|early|late|earlier|during)\s+(?:the\s+)?[\w-]+,?(?:\s+\d{{1,4}},?)?)*"
            rf"\s+by\s+(?:[^,;.⟨⟩]|⟨\w\d+⟩){{0,40}}?\s+(?:as|for|to)\s+(?!(?:the\s+)?(?:[\w-]+\s+){{0,2}}?⟨P))"
            rf"(?!(?:\s+(?:on|in|last|this|early|late|earlier|during)\s+(?:the\s+)?[\w-]+,?(?:\s+\d{{1,4}},?)?)*"
            rf"\s+(?:to|as|for)\s+(?!(?:the\s+)?(?:[\w-]+\s+){{0,2}}?⟨P))"
            rf"(?=(?P<tail>\s*(?:[,.;]|$|(?:on|in|last|this|since|for|as|early|late|earlier|later|recently|just)\b|"
            # (or a date with no preposition, as a list line gives it: "X (S) - nominated 12 March 2026")
            rf"{BARE_DATE})[^;]{{0,60}}))"),
          check_candidacy, 0.75, traits=frozenset({"nomination"})),
        R("candidacy_heading_nominated_agentless", "candidacy", _rx(
            rf"^\W*(?P<subj>{C})(?P<gap>{HEADING_GAP}){adv}(?P<trig>{nominate})(?!\s+(?:\w+ly\s+)?by\b)"
            rf"(?!(?:\s+(?:on|in|last|this|early|late|earlier|during)\s+(?:the\s+)?[\w-]+,?(?:\s+\d{{1,4}},?)?)*"
            rf"\s+(?:to|as|for)\s+(?!(?:the\s+)?(?:[\w-]+\s+){{0,2}}?⟨P))"
            rf"(?=(?P<tail>\s*(?:[,.;]|$|(?:on|in|last|this|since|for|as|early|late|earlier|later|recently|just)\b|"
            # (or a date with no preposition, as a list line gives it: "X (S) - nominated 12 March 2026")
            rf"{BARE_DATE})[^;]{{0,60}}))"),
          check_candidacy, 0.75, traits=frozenset({"nomination"})),
    ]
