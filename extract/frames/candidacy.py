"""Candidacy: a person enters the race, declares, is nominated or is stated to be running. The nomination told around
the name ("the nomination of X by S", "X, nominated by S,", "X was nominated by S") is in frames/candidacy_nominated.py."""
from __future__ import annotations

from natowatch.extract.calendar_names import WEEKDAY_WORD
from natowatch.extract.frames.base import ADJ, C, P, RACE_MOD, TITLE, Rule, S, W, WP, _rx
from natowatch.extract.frames.time_phrases import PERIOD
from natowatch.extract.frames.vocab import Vocab
from natowatch.extract.frames.withdrawal_time import _ONLY_A_DATE as ONLY_A_DATE
from natowatch.extract.inserts import TIME_PHRASE
from natowatch.extract.lexicon import BE_FORMS, ordinals
from natowatch.extract.frames.candidacy_checks import _MONTHS, check_apposed_role, check_candidacy, check_dated_entry, check_name_declared
from natowatch.extract.frames.candidacy_field import (
    check_counted_names, check_joins_field, check_pitted, check_possessed_rival, check_race_between,
)
from natowatch.extract.frames.candidacy_nominated import told_nominations
from natowatch.extract.frames.state_candidate import check_state_named_candidate
from natowatch.extract.frames.candidacy_forms import (
    check_against, check_campaign, check_label, check_label_before, check_polled, check_possessed_bid, check_praise,
    check_rivals, check_title,
)

# between such a verb and its subject only auxiliaries, adverbs and "who": another word may be another subject
# ("neither ever said she was running"); the bare form needs its auxiliary ("the Reynders campaign" is a noun),
# and "runs"/"ran" may have their object before them ("the agency Grossi runs")
_SUBJECT_GAP = (r"(?:,\s*who\b)?(?:\s+(?:" + BE_FORMS + r"|am|has|have|had|been|being|also|now|still|already|indeed|"
                r"officially|formally|actively|openly|quietly|effectively|then|himself|herself|all|both)\b|['’]s\b)*"
                r"(?:\s+(?:will|would|to|did|does|do)\s+(?=run\b|campaign\b)|\s+(?!run\b|campaign\b))")


# what may follow a verb of the race used without its object: the clause's end, a manner, a time, a place
def _no_object(v: Vocab) -> str:
    return (r"(?:\s+(?:hard|openly|actively|quietly|vigorously|energetically|again|too|as\s+well|still))*\s*"
            r"(?:[.;:!?\"”)—–]|,|$|\s+(?:and|but|on\s+(?:a|an|her|his|the|their)\s+(?:[\w-]+\s+){0,2}?" + v.pitch_n + r"|"
            r"for\s+(?:(?:the|a|an|" + v.numbers(2, 6) + r"|several|many|some|\d+)\s+)?(?:days?|weeks?|months?|years?)|"
            # (or a reason: "is running because the UN is losing trust", "because of the war")
            r"since|because|across|throughout|until|in\s+(?:earnest|(?:[\w-]+\s+)?capitals)|"
            # running with a purpose ("running to restore trust in the UN", also quoted, its mark read as a blank:
            # "running 'to give the south a choice'"), not to a place or a goal ("to become", "to Brussels");
            # "campaigning to change the budget" is a campaign for something else
            r"(?:" + "|".join(rf"(?<=\b{verb}\s{gap})" for verb in ("run", "runs", "ran", "running") for gap in ("", r"\s"))
            + r")to\s+(?!(?:the|a|an|his|her|its|their|this|that|be|become|lead|head|succeed|replace|run)\b)(?-i:[a-z]{3,}))\b)")


# a participle phrase set off by commas after a bid's noun, saying when or how it began ("Rutte's campaign, launched
# last autumn, ...", "her bid, first floated in May, ..."): no mention, no second clause
_PARTICIPLE_ASIDE = (r"(?:\s*,\s*(?:(?:first|formally|officially|publicly|quietly|only|finally)\s+)?"
                     r"(?-i:[a-z]+(?:ed|en)|begun|run|set|put)\b(?:\s+(?!(?:and|but|who|which|that)\b)[\w'’-]+){0,6}\s*,)?")
# where a clause whose subject is a bid may open: the sentence's start, a separator, a conjunction, or a report's
# "that" or verb of saying ("he said his own bid remains alive", "she insisted that her campaign was on track")
_CLAUSE_OPENING = (r"(?:^[\"“‘«]?|[,;:]\s*|\b(?:and|but|while|as|since|after|when|because|though|although|that|said|says|"
                   r"insisted|insists|added|adds|argued|argues|stressed|stresses|maintained|maintains)\s+)")
# a bid said to last in a state ("his own bid remains alive", "her candidacy stays on track"), not one that ended or
# is only talked of ("remains a rumour", "remained hypothetical")
_ENDED_OR_TALK = (r"(?:over|dead|ended|finished|sunk|shelved|withdrawn|dropped|scrapped|abandoned|suspended|rumou?red|"
                  r"mooted|floated|hypothetical|speculative|speculation|unconfirmed|unannounced|undeclared|unofficial|a\s+rumou?r|"
                  r"a\s+possibility|an?\s+(?:idea|option|prospect)|possible|in\s+the\s+balance\s+of\s+being\s+dropped)")
_LASTING = (r"(?:remains|remained|stays|stayed)(?!\s+(?:(?:still|now|only|just|merely)\s+)?(?:(?:no|not|never)\b|"
            + _ENDED_OR_TALK + r"\b))")
# a campaign said to be of a kind, as a copula's noun phrase or comparison: "Her campaign is the most professional of
# the three", "his campaign was a model of discipline", "her campaign remains better funded" (not "is over")
_CAMPAIGN_IS = (r"(?:is|was|remains|remained|stays|stayed)\s+(?:(?:still|now|also|easily|by\s+far|already)\s+)?"
                r"(?!(?:a\s+rumou?r|a\s+possibility|an?\s+(?:idea|option|prospect))\b)"
                r"(?:the|a|an|more|less|most|least|far|much|well|better|best|very)\b")
# a rival's role owned by a candidate: "rival", "main challenger", "only rival candidate", "chief opponent"
_RIVAL_ROLE = (r"(?:(?:main|chief|closest|nearest|only|biggest|strongest|leading|principal|toughest|sole|remaining|last|"
               r"declared|nearest)\s+){0,2}(?P<trig>rivals?|challengers?|opponents?|competitors?|counter-candidates?)"
               r"(?:\s+(?:candidates?|contenders?))?")
# a day, a month or a year and the sentence's end: "on 12 March.", "in October.", "on Tuesday."
_ONLY_A_DAY = (r"\s+(?:on|in)\s+(?:(?:\d{1,2}\s+)?" + _MONTHS + r"(?:\s+\d{1,2})?(?:,?\s+\d{4})?|"
               + WEEKDAY_WORD + r"|\d{4})\s*[.!]?\s*$")


def rules(v: Vocab) -> list[Rule]:
    (obj, recv, declare, cand_bid, interest, running, cand_n, being, assessing, listing, nominate, praised_job, aux,
     adv, nominate_head, nominate_particle) = (
        v.obj, v.recv, v.declare, v.cand_bid, v.interest, v.running, v.cand_n, v.being, v.assessing, v.listing,
        v.nominate, v.praised_job, v.aux, v.adv, v.nominate_head, v.nominate_particle)
    R = Rule
    # a receiving verb is a stance only with the support it receives after it ("her bid gained the backing of X"; not
    # "her campaign gained momentum")
    received = rf"\s+(?:[\w-]+\s+){{0,3}}?(?:{v.sup_n})\b"
    unreceived = rf"(?!{recv}{received})"
    received = rf"(?={received})"
    return [
        # ---- candidacy
        R("candidacy_declared", "candidacy", _rx(
            # (or told to someone: "informed allies of his bid", "notified Washington of her candidacy")
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,70}}?)(?<![\w-])(?P<trig>{declare}|{v.informing}\s+(?:[^⟨⟩;,.]|⟨[SOM]\d+⟩){{1,40}}?"
            rf"\s+(?:of|about))\s+(?:{W}{{0,25}}?\s)??"
            rf"(?:(?:his|her|its|their|the|a|an|this|{C})\s+)?(?:(?:official|formal|own|expected|long-awaited)\s+)?"
            rf"(?P<noun>{cand_bid}|{v.effort_n})(?=(?P<tail>[^;]{{0,70}}))"),
          check_candidacy, 0.9),
        # "the candidacy of Iohannis was announced in March"
        # "the nomination of X was lodged by Peru", "... will be presented jointly with Peru": a state's act
        R("candidacy_noun_passive", "candidacy", _rx(
            # ("a bid by X": the bid is X's; "the proposal of X": a nomination)
            rf"(?<![\w-])(?:(?P<noun>{cand_bid})\s+(?:of|by)|(?P<noun2>{v.nomination_of_n})\s+of)\s+{ADJ}(?P<subj>{C})(?P<gap>{WP}{{0,40}}?)"
            rf"(?:\s+(?:was|were|has\s+been|had\s+been|is|will\s+be|is\s+to\s+be|are)\s+|\s*,\s*)"
            rf"(?:(?:officially|formally|publicly|now|today|jointly|first)\s+)?(?P<trig>{v.declared_pp}|tabled)\b"
            # (its agent read as every passive's: "was rubber-stamped on Tuesday by the Romanian government")
            rf"(?:\s+(?:(?:as|for)\s+{WP}{{0,40}}?)?{v.by}(?:the\s+)?(?P<agent>{S}))?(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.8),
        # "Grossi's candidacy was formally submitted by Argentina", "her nomination was lodged by Chile", "X, whose
        # candidacy is now carried by Peru"
        R("candidacy_possessed_noun_passive", "candidacy", _rx(
            rf"(?P<subj2>{C})(?:['’]s?|,?\s+whose)?\s+(?:(?:official|formal|joint)\s+)?(?P<noun2>{cand_bid}|{v.nomination_n})(?P<gap>{WP}{{0,40}}?)"
            # (or its participle set off after it: "X's bid, lodged by Peru, ...")
            rf"(?:\s+(?:was|were|has\s+been|had\s+been|is|will\s+be|is\s+to\s+be|are)\s+|\s*,\s*)"
            rf"(?:(?:officially|formally|publicly|now|today|jointly|still|first)\s+)?(?P<trig>{v.declared_pp}|tabled|"
            rf"{v.borne_pp}(?=\s+(?:\w+ly\s+)?by\b))\b"
            rf"(?:\s+(?:[\w-]+\s+){{0,3}}?by\s+(?:the\s+)?(?P<agent>{S}))?(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.8, agent="subj2"),
        R("candidacy_interest", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,70}}?)(?<![\w-])(?P<trig>{interest}|(?:{v.interest_verb}|made|makes|making|"
            rf"made\s+no\s+secret\s+of)\s+{C}\s+(?:interest|ambitions?|desire)"
            rf"(?:\s+in)?)(?=(?P<tail>[^;]{{0,75}}))"),
          check_candidacy, 0.85, traits=frozenset({"post_follows"})),
        # "said running the alliance would be a good job", "said the top job would be 'fantastic'"
        R("candidacy_praise", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?P<trig>said|says|told\s+[\w⟨⟩]+|added|adds)\s+(?:that\s+)?"
            + praised_job),
          check_praise, 0.75),
        # '"The job would be fantastic," Wallace said': the speaker after the quotation
        R("candidacy_praise_quoted", "candidacy", _rx(
            rf"^\W*[\"“](?:that\s+)?{praised_job}[^\"”⟨⟩]{{0,40}}[\"”]\s*,?\s*(?P<subj>{C})\s+"
            rf"(?P<trig>said|says|told|added|adds|wrote|writes)\b(?=(?P<tail>[^;]{{0,60}}))"),
          check_praise, 0.7, agent="trig", traits=frozenset({"near"})),
        R("candidacy_running", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,70}}?)(?<![\w-])(?P<trig>{running})(?=(?P<tail>[^;]{{0,75}}))"),
          check_candidacy, 0.85, traits=frozenset({"post_follows", "verb_only"})),
        # "X, who has led Ruritania since 2010 and is running for the post": a second verb sharing the subject
        # across the first one's object (a state may be that object; no report comes between)
        R("candidacy_running_second_verb", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>(?:(?!\b(?:that|said|says|told|tells)\b)(?:{WP}|⟨S\d+⟩)){{0,70}}?\b(?:and|but)\s+"
            rf"{v.verb_lead}(?:(?:{BE_FORMS}|has\s+been|had\s+been)\s+(?:now\s+|also\s+)?)?)(?<![\w-])"
            rf"(?P<trig>{running})(?=(?P<tail>[^;]{{0,75}}))"),
          check_candidacy, 0.75, traits=frozenset({"post_follows", "verb_only", "second_verb"})),
        # "Grossi is running", "he campaigned for three months", "she is running on a platform of reform"
        R("candidacy_intransitive", "candidacy", _rx(
            # (or after a verb of deciding: "has decided to run"; scope judges that verb: "is expected to run" is none)
            rf"(?P<subj>{C})(?P<gap>{_SUBJECT_GAP}|(?:\s+(?:has|have|had|is|was))?\s+(?-i:[a-z]+)\s+to\s+(?=run\b|campaign\b))"
            rf"(?!(?:runs|ran)\b)(?P<trig>{v.run_alone})(?=(?P<tail>{_no_object(v)}[^;]{{0,60}}))"),
          check_candidacy, 0.8, traits=frozenset({"verb_only", "no_object"})),
        # "Romania's president declared on 12 March.", "Mr X entered in the autumn", "X, who entered in March, ...":
        # entering with nothing after it but when (and how: "entered in the autumn with a strong profile") is the bid
        # (not "declared on Monday that ...", "declared a state of emergency", "entered parliament in 2010"; a comma
        # closes only a relative clause: "X, who declared in May,")
        R("candidacy_declared_dated", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{_SUBJECT_GAP})(?P<trig>{v.dated_entering})(?=(?P<tail>{_ONLY_A_DAY}|"
            rf"(?:{ONLY_A_DATE.pattern})(?:\s*(?:[.!;]|$)|\s*[-–—]|\s*,?\s+(?:and|but)\s+(?!that\b)|\s*,|\s+with\s+(?=[a-z]))))"),
          check_dated_entry, 0.75, traits=frozenset({"verb_only", "no_object"})),
        R("candidacy_participle", "candidacy", _rx(
            rf"^(?:[^⟨⟩,;]{{0,20}}?)\b(?:after|before|while|since|by|having\s+been)\s+(?P<trig>vying|competing|running|"
            rf"campaigning|bidding|standing|lobbying)\s+for\s+(?P<tail>[^⟨⟩;,]{{0,30}}?{P})[^⟨⟩;]{{0,40}}?,"
            rf"\s*(?P<gap>[^⟨⟩;]{{0,60}}?)(?P<subj>{C})"),
          check_candidacy, 0.8, agent="trig", traits=frozenset({"post_follows"})),
        # "Grossi secured Argentina's formal nomination", "won the nomination of Chile and Brazil": nominated
        R("candidacy_received_nomination", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{v.recv})\s+(?:(?:the|a)\s+)?(?:(?P<agent>{S})['’]s?\s+"
            rf"(?:(?:formal|official|joint)\s+)?(?P<noun>{v.nomination_n})\b|(?:(?:formal|official|joint)\s+)?"
            rf"(?P<noun2>{v.nomination_n})\s+(?:of|from|by)\s+(?:the\s+)?(?P<actor>{S}))(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.8, traits=frozenset({"nomination", "received"})),
        # "Since launching her campaign in September, Bachelet has visited 40 capitals": the fronted
        # clause's bid is the main clause's subject's (the noun's tail is what is checked)
        R("candidacy_fronted_declared", "candidacy", _rx(
            rf"^\W*(?:(?:ever\s+)?since|after|having|upon|on)\s+(?:(?:formally|officially|publicly)\s+)?(?P<trig>{v.declare})\s+"
            rf"(?:his|her|their|{C}(?:['’]s?)?)\s+(?:own\s+)?(?:[\w-]+\s+)?(?P<noun>{v.cand_bid}|{v.effort_n})\b(?P<tail>[^⟨⟩;,]{{0,50}}?),"
            rf"\s*{ADJ}(?P<subj>{C})(?!['’])"),
          check_candidacy, 0.75, agent="trig"),
        R("candidacy_noun", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{being})\s+(?:(?:also|now|still|officially|already|"
            rf"formally|firmly)\s+)*(?:not\s+(?=the\s+only\b))?(?:(?:among|one\s+of)\s+)?(?:(?:the|a|an)\s+)?(?:(?!{assessing}\b(?!-))[\w-]+\s+){{0,3}}?"
            rf"(?P<noun>{cand_n}|{v.in_race_n})\b(?:\s+of\s+(?:the\s+)?(?P<agent>{S}))?(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.8),
        # a place in the order of entry: "X was the first to declare, in October", "X, the second woman to enter the
        # race, ...", "X was the first in, nominated by A and B" (not "would be the first to declare", "the first to
        # declare its support", "the first in line")
        R("candidacy_entry_order", "candidacy", _rx(
            rf"(?P<subj>{C})(?!['’])(?P<gap>(?:\s+(?:also|now|then|indeed|himself|herself))?\s+(?:is|was|became|becomes|has\s+been|"
            rf"had\s+been)\s+(?:(?:also|now|then|indeed|reportedly)\s+)?|\s*,\s*)(?<![\w-])(?P<trig>{v.entry_order})"
            rf"(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.75),
        # the ones a withdrawal leaves in the race, and one alone there: "..., leaving A and B in the race", "leaving X
        # alone in the field", "X is now alone in the race" (not "leaving X in charge of the panel")
        R("candidacy_left_in_race", "candidacy", _rx(
            rf"(?<![\w-])(?P<trig>leaving|left|leaves|leave)\s+(?:the\s+)?{ADJ}(?P<subj>{C})(?!['’])\s+(?:(?:alone|together)\s+)?"
            rf"in\s+the\s+(?:race|field|running|contest)\b(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.75, agent="trig"),
        R("candidacy_alone_in_race", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>\s+)(?P<trig>(?:is|was|remains|remained|are|were|stands|stood)\s+(?:(?:now|still|then)\s+)?"
            rf"(?:alone|left)\s+in\s+the\s+(?:race|field|running|contest))\b(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.75),
        # what the person did as one of the race: "addressed the Assembly as a candidate for ⟨P⟩" (no assessing word
        # between: not "was seen as a candidate for", "once talked about as a contender for"; nor a withdrawal verb:
        # "stood down as a candidate for" is the withdrawal alone, as the guide says of a bid named only as withdrawn)
        R("candidacy_acting_as", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>(?:(?!\b(?:{assessing}|{v.withdraw})\b){WP}){{0,60}}?)(?<![\w-])(?P<trig>as\s+(?:a|an|the)\s+(?:(?:declared|official|formal)\s+)?"
            rf"(?P<noun>candidate|contender))\s+for\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{P}(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.7),
        # offering oneself as one of the race: "presented himself in March as the candidate of the east", "put herself
        # forward as a candidate" (no assessing word before the noun: not "presented herself as a possible candidate")
        R("candidacy_self_presented", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{_SUBJECT_GAP})(?<![\w-])(?P<trig>{v.self_presenting})\s+(?:a|an|the)\s+"
            # (a candidate "for" something is one for the post only: not "a candidate for mayor")
            rf"(?:(?!{assessing}\b(?!-))[\w-]+\s+){{0,2}}?(?P<noun>candidate|contender)\b"
            rf"(?!\s+for\s+(?!(?:the\s+)?(?:[\w-]+\s+){{0,2}}?⟨P\d+⟩))(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.7),
        R("candidacy_called", "candidacy", _rx(
            rf"(?<![\w-])(?P<trig>called|named|considered|described|dubbed|sees|saw|regards|regarded|leaving|left|leaves|leave)\s+"
            # (the person's origin may follow the name: "leaving X of S as the only candidate")
            rf"(?:the\s+)?{ADJ}(?P<subj>{C})\s+(?:(?:of|from)\s+(?:the\s+)?(?:{S}|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+)?"
            rf"(?:as\s+)?(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,2}}?(?P<noun>{cand_n})\b(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.75, agent="trig", traits=frozenset({"assessable"})),
        # "Rutte, a candidate for NATO secretary general, met ...": a label set off by commas
        R("candidacy_apposition", "candidacy", _rx(
            # "Grossi, Argentina's nominee for secretary-general, ...": the state nominated him
            rf"(?P<subj>{C}),\s+(?:(?:also|herself|himself|now|still|already)\s+)?(?:(?:a|an|the)\s+)?"
            rf"(?:(?P<agent>{S})['’]s?\s+(?=(?:[\w-]+\s+)?nominee))?"
            rf"(?:(?!{v.hedge}|{v.other_label})[\w-]+\s+){{0,2}}?(?P<trig>candidate|contender|nominee)"
            rf"(?P<tail>\s+for\s+[^;]{{0,60}})"),
          check_candidacy, 0.8),
        # "The Dutch candidate, Mark Rutte, ...", "Rutte is the Dutch candidate": the name carries the label
        R("candidacy_label", "candidacy", _rx(rf"(?P<subj>{C})"), check_label, 0.7),
        # "Grossi is Argentina's nominee", "Bachelet remains the Chilean nominee": the state nominated the person
        R("candidacy_state_nominee", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?P<trig>{being})\s+(?:(?:now|still|also|officially|formally)\s+)*"
            rf"(?:the\s+)?(?P<agent>{S})(?:['’]s?)?\s+(?:(?:official|formal|joint|own)\s+)?(?P<noun>nominee)\b(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.8, agent="subj"),
        # the label before the name: "another rival candidate, Romanian President Klaus Iohannis"
        # "Iohannis is running against Rutte", "Bachelet faces Grossi in the race": both are candidates
        R("candidacy_against", "candidacy", _rx(
            # (the rival's state before the name, "competing with Argentina's Grossi", and a second rival after the
            # first one's apposition: "with Argentina's Grossi, who heads the IAEA, and Costa Rica's Grynspan")
            # (the rivals also after a count of them and a colon: "competed against two heavy names of the region: A and B")
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?:(?P<trig>{v.rival_v})|(?P<trig2>{v.facing_v}))\s+"
            rf"(?:{v.numbers(2, 10)}\s+(?:(?!(?:in|at|during|on|for|with|from|over)\b)[\w'’-]+\s+){{0,4}}?[\w'’-]+\s*:\s+)?(?:the\s+)?(?:(?:only|just|still|now)\s+)?"
            rf"(?:{S}['’]s?\s+)?{ADJ}(?P<subj2>{C})(?!['’])(?=(?P<tail>[^;]{{0,60}}))"
            rf"(?:(?:\s*,[^;⟨⟩,]{{0,60}}(?:⟨[OPM]\d+⟩[^;⟨⟩,]{{0,20}})?,)?\s+and\s+(?:{S}['’]s?\s+)?{ADJ}(?P<subj3>{C})(?!['’]))?"),
          check_against, 0.7),
        # a counted field with its names right after the noun, no comma: "the three candidates A, B and C"
        R("candidacy_counted_names", "candidacy", _rx(
            # (or "both"; and words of what they are between: "both remaining candidates", "the two women candidates")
            rf"(?<![\w-])(?:{v.numbers(2, 10)}|both)\s+(?:(?:remaining|declared|official|registered|"
            rf"nominated|main|leading|other|final|surviving|women|woman|female|male|men)\s+){{0,2}}(?P<trig>{cand_n})\s+(?:(?:in\s+the\s+(?:race|running|contest)|for\s+(?:the\s+)?{P})\s+)?"
            rf"{ADJ}(?P<subj>{C})(?=(?P<tail>[^;]{{0,60}}))"),
          check_counted_names, 0.7),
        # the race setting candidates against each other: "The contest pits X, a former ..., against Y and Z"
        R("candidacy_pitted", "candidacy", _rx(
            rf"(?<![\w-])(?P<trig>pits|pitted|pitting|pit)\s+(?:the\s+)?{ADJ}(?P<subj>{C})(?!['’])"
            rf"(?P<gap>(?:[^;⟨⟩]|⟨[SOP]\d+⟩){{0,100}}?)\s+against\s+(?:the\s+)?(?:(?-i:[A-Z][\w-]*\s+){{0,2}}(?-i:[a-z][\w-]*)\s+){{0,3}}?"
            rf"{ADJ}(?P<subj2>{C})(?!['’])(?=(?P<tail>[^;]{{0,60}}))"),
          check_pitted, 0.7),
        # the race between candidates: "the race is now between X, who ..., and Y", "a two-way contest between X and Y"
        R("candidacy_race_between", "candidacy", _rx(
            # (a list read as one group: "between ⟨C⟩" of two names)
            # (or after their count and a colon: "a contest between two people: X and Y", "between the two finalists - X and Y")
            # (the word before the noun not one that assesses or hedges: "between two possible candidates:")
            rf"(?<![\w-])(?P<trig>between)\s+(?:(?:the\s+)?(?:{v.numbers(2, 10)}|last|final|remaining)\s+"
            rf"(?:(?!(?:{v.assessing}|{v.hedge})(?![\w-]))[\w-]+\s+)?"
            rf"(?:people|persons|women|men|{cand_n}|finalists)\s*(?::|[-–—]+)\s*)?"
            rf"(?:the\s+)?{ADJ}(?P<subj>{C})(?!['’])(?:(?:\s*,\s*(?:the\s+)?{ADJ}{C}(?!['’]))*"
            rf"\s*,?\s+and\s+(?:the\s+)?{ADJ}(?P<subj2>{C})(?!['’]))?(?=(?P<tail>[^;]{{0,60}}))"),
          check_race_between, 0.7),
        # one candidate joining others in the race: "X joins Y and Z as one of three people in the running",
        # "X joined Y in the race" (not "joined Y at a forum", "joins Y in backing the reform")
        R("candidacy_joins_field", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,30}}?)(?<![\w-])(?P<trig>joins|joined|joining|join)\s+(?:the\s+)?{ADJ}"
            rf"(?P<subj2>{C})(?!['’])(?=(?P<tail>\s+(?:as\s+(?:one\s+of\s+|a\s+|an\s+|the\s+)?(?:[\w-]+\s+){{0,4}}?"
            rf"(?:{cand_n}\b|(?:[\w-]+\s+)?in\s+the\s+(?:race|running|contest)\b)|in\s+the\s+(?:race|running|contest|field)\b)[^;]{{0,60}}))"),
          check_joins_field, 0.7),
        # a candidate's rival named: "X's main rival is Y", "X's only challenger for ⟨P⟩ remains Y": both in the race
        R("candidacy_possessed_rival", "candidacy", _rx(
            rf"(?P<subj2>{C})['’]s?\s+(?:(?:main|chief|closest|nearest|only|biggest|strongest|leading|principal|toughest|sole|"
            rf"remaining|last)\s+){{0,2}}(?P<trig>rivals?|challengers?|opponents?|competitors?)(?P<gap>\s+(?:for\s+(?:the\s+)?"
            rf"(?:[\w-]+\s+){{0,2}}?{P}|in\s+the\s+(?:{P}\s+)?(?:race|contest|running)(?:\s+for\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{P})?))?"
            rf"\s+(?:{BE_FORMS}|remains|remain|remained)\s+(?:still\s+)?(?:the\s+)?(?:(?-i:[A-Z][\w-]*\s+){{0,2}}(?-i:[a-z][\w-]*)\s+){{0,3}}?"
            rf"{ADJ}(?P<subj>{C})(?!['’])(?=(?P<tail>[^;]{{0,60}}))"),
          check_possessed_rival, 0.7),
        # the rival named in apposition to its owner's role of the race: "X's rival candidate, Y, visited ...", "X's
        # closest rival in the race, Y" (the guide's "his rival candidate"): both are in the race; not a rival of another kind
        # ("X's old rival in national politics, Y", "X's rival for the party leadership, Y")
        R("candidacy_possessed_rival_apposed", "candidacy", _rx(
            rf"(?P<subj2>{C})['’]s?\s+{_RIVAL_ROLE}(?P<gap>(?:\s+in\s+the\s+(?:race|contest|running))?(?:\s+for\s+(?:the\s+)?"
            rf"(?:[\w-]+\s+){{0,2}}?{P})?),\s+{ADJ}(?P<subj>{C})(?!['’])(?=(?P<tail>[^;]{{0,60}}))"),
          check_possessed_rival, 0.7, traits=frozenset({"race_role"})),
        R("candidacy_label_before", "candidacy", _rx(
            # ("the main counter-candidate, X": a prefix joined by a hyphen)
            rf"(?:(?P<agent>{S})['’]s?\s+(?=nominee))?(?<![\w-])(?:(?!ex-)(?-i:[a-z]+)-)?(?P<trig>{cand_n})"
            # (and where: "his two rivals in the race, X and Y", "the candidates for the post, X and Y"; or where
            # from: "the two candidates from Latin America, X and Y", "the candidates from ⟨S⟩ and ⟨S⟩, X and Y")
            rf"(?:\s+(?:in\s+the\s+(?:race|running|contest)|for\s+(?:the\s+)?{P}|from\s+(?:the\s+)?"
            rf"(?:{S}|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){{0,2}})(?:\s+and\s+(?:the\s+)?{S})?))?"
            rf",\s+{ADJ}(?P<subj>{C})(?=(?P<tail>[^;]{{0,60}}))"),
          check_label_before, 0.7),
        # a state making known its own candidate, the name set off after it: "Costa Rica announced its candidate,
        # X", "Mexico and Chile have unveiled their candidates: X and Y respectively" (the guide: a nomination,
        # candidacy and backing; not its candidate for something else, "its candidate for the IMF, X")
        R("candidacy_announced_own", "candidacy", _rx(
            rf"(?P<actor>{S})(?P<gap>{WP}{{0,50}}?)(?<![\w-])(?P<trig>{declare}|{v.naming})\s+(?:its|their)\s+"
            rf"(?:(?:{v.role_mods})\s+){{0,2}}(?P<noun>{cand_n})"
            # (several names are each state's only where "respectively" pairs them: "S and T announced their candidates:
            # X and Y" does not say whose is whose)
            rf"(?:(?<=s)\s*:\s+(?=[^;.]*\brespectively\b)|(?<!s)\s*[,:]\s+){ADJ}(?P<subj>{C})"
            # (not the subject of what was announced: "its candidate, X, had withdrawn")
            rf"(?!\s*,\s+(?:had|has|have|was|were|is|are|would|will|could|might|may|should|did|does|do)\b)"
            rf"(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.8, traits=frozenset({"nomination"})),
        # a candidate noun as a title after the post, before the name: "Secretary-general hopeful X", "NATO
        # chief candidate X" (not without the post: "Candidate Trump", "presidential nominee X")
        R("candidacy_title", "candidacy", _rx(
            rf"(?P<post>{P})[\s-]+(?P<trig>candidate|contender|hopeful|nominee|front-?runner)\s+(?P<subj>{C})(?=(?P<tail>[^;]{{0,40}}))"),
          check_title, 0.7),
        # the bid as the subject of its own clause states it: "her candidacy faltered", "his bid was finalised",
        # "Iohannis, whose surprise candidacy rattled allies" (read as its own clause); not "backs her bid"
        R("candidacy_possessed_bid", "candidacy", _rx(
            rf"{_CLAUSE_OPENING}(?:the\s+)?"
            rf"(?P<subj>{C})(?:['’]s?)?\s+(?:(?!{assessing}\b(?!-))(?!(?:{v.other_bid_mod})\b|(?!{PERIOD})(?-i:[A-Z]))[\w-]+\s+){{0,2}}?{RACE_MOD}(?P<noun>{cand_bid})"
            rf"(?:\s+for\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{P})?"
            # "Bachelet's bid, lodged in September, ...": a participle set off after the noun
            rf"(?:,\s*(?:(?:first|formally|officially)\s+)?(?={v.declared_pp})|\s+)"
            # (a receiving verb is the stance, "her bid had the backing of"; as an auxiliary it is not: "had rattled")
            rf"(?:(?:also|now|then|soon|quickly|never|initially|eventually|ultimately|only|earlier)\s+)?"
            rf"(?!{recv}\b(?!\s+(?:\w+ed|\w+en|been)\b)(?:(?<=has)|(?<=had)|(?<=have)|{received}))"
            rf"(?P<trig>(?:has|had|was|were|is|have)\s+(?!(?:been\s+)?{_ENDED_OR_TALK}\b)\w+|(?!{v.bid_ended}\b)\w+ed\b|began|grew|ran|stalled|stands|rests|looks|seems|appears|{_LASTING})\b(?!\s+(?:\w+\s+)?by\b)"
            rf"(?=(?P<tail>[^;]{{0,60}}))"),
          check_possessed_bid, 0.7),
        # "Rutte's campaign for the post began", "her campaign, which ...": the candidate's own effort as a
        # clause's subject, bare or for the post ("his election campaign", "her campaign against" are others)
        R("candidacy_possessed_campaign", "candidacy", _rx(
            rf"{_CLAUSE_OPENING}(?:the\s+)?"
            rf"(?P<subj>{C})(?:['’]s?|,?\s+whose)?\s+(?:own\s+)?{RACE_MOD}(?P<noun>{v.effort_n})(?:\s+(?:for|to)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{P})?"
            # (a participle set off after it: "Rutte's campaign, launched last autumn, has picked up steam")
            rf"{_PARTICIPLE_ASIDE}"
            rf"(?:\s*,\s*(?:which|that)\b|\s+(?:(?:also|now|then|soon|quickly|never|initially|eventually|ultimately|only|"
            rf"earlier|still)\s+)?(?P<trig>(?:has|had|was|were|is|have)\s+(?:been\s+)?(?!(?:withdrawn|dropped|scrapped|abandoned|"
            rf"rumou?red|mooted|floated|suspended|ended)\b)(?:\w+ed|\w+en|begun|run|grown|\w+ing)|"
            # (any participle after the perfect's auxiliary, "has gone quiet", not a negation: "has yet to", "had no")
            rf"(?:has|had|have)\s+(?!(?:not|never|no|yet|been)\b)(?-i:[a-z]{{3,}})|{unreceived}\w+ed|began|grew|"
            # (the campaign speaking as the candidate's team: "Her campaign said the talks went well")
            rf"ran|stalled|stands|rests|looks|seems|appears|said|says|"
            # (or any other verb of a voice: "His campaign argues that ...", "her campaign insists", "counters")
            # (not a noun after it: "her campaign promises were criticised", "his campaign pledges on debt")
            rf"{v.campaign_voice}(?!\s+(?:{BE_FORMS}|have|has|had|of|on|and|to\s+(?:the|a|an)\b)\b)|"
            # (what it has or lacks now: "Her campaign still lacks Brazil's backing", "his campaign needs Turkey")
            rf"lacks|needs|enjoys|faces|struggles|continues|counts|relies|depends|{_LASTING}|{_CAMPAIGN_IS}|"
            # (kept in a lasting state: "his campaign stays on track", "her campaign is still alive")
            rf"(?:is|was)\s+(?:(?:\w+ly|just|still)\s+)?{v.kept_state}))\b(?!\s+(?:\w+\s+)?by\b)"
            rf"(?=(?P<tail>[^;]{{0,60}}))"),
          check_possessed_bid, 0.7, traits=frozenset({"weak_for_new"})),
        # "Grossi is running a disciplined campaign", "she waged a quiet campaign for the post"
        R("candidacy_running_campaign", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>(?:(?:is|was|are|were|has\s+been|had\s+been)\s+)?"
            rf"(?:running|waging|mounting|leading)|runs|ran|wages|waged|mounts|mounted|"
            # (the perfect: "has run a disciplined campaign", "had waged a quiet campaign")
            rf"(?:has|have|had)\s+(?:(?:also|now|already|so\s+far|\w+ly)\s+)?(?:run|waged|mounted))\s+(?:a|an|his|her|their)\s+"
            # (up to three words before it: "a determined but lonely campaign")
            rf"(?:[\w-]+\s+){{0,3}}?(?P<noun>{v.effort_n})\b(?=(?P<tail>[^;]{{0,70}}))"),
          check_campaign, 0.75),
        # keeping a bid going: "remained fully committed to her campaign", "pressed on with his bid"
        R("candidacy_kept_bid", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{v.keeping})\s+(?:(?:his|her|their)\s+|"
            # (the bid itself, not "her campaign promises")
            rf"(?P<poss>{C})(?:['’]s?)?\s+)(?:own\s+)?(?P<noun>{v.kept_bid})\b(?!\s+of\b)(?!\s+(?-i:[a-z]+)(?<!\bfor)(?<!\bto)(?<!\bdespite)"
            rf"(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bafter)(?<!\bwith)(?<!\buntil)(?<!\band)(?<!\bbut)(?<!\bas)(?<!\beven)(?<!\bamid)\b)"
            rf"(?=(?P<tail>[^;]{{0,70}}))"),
          check_campaign, 0.75),
        # the bid kept in a state that lasts: "had kept his candidacy alive for three months", "kept her bid afloat",
        # "is keeping his campaign going" (the keeping verb, the bid, what it is kept as)
        R("candidacy_kept_bid_alive", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{v.keeping_alive})\s+(?:(?:his|her|their)\s+|"
            rf"(?P<poss>{C})(?:['’]s?)?\s+)(?:own\s+)?(?:(?!(?:{v.other_bid_mod})\b)[\w-]+\s+)?(?P<noun>{v.kept_bid})\s+"
            rf"(?:(?:\w+ly|just|still)\s+)?{v.kept_state}\b"
            # (how long: "for more than three months")
            rf"(?:\s+for\s+(?:(?:more|less|longer|fewer)\s+than\s+|over\s+|nearly\s+|almost\s+|some\s+)?(?:[\w-]+\s+)?"
            # (the bid's aim is its own: nothing after the state is read for one, "alive against the odds")
            rf"(?:days|weeks|months|years))?(?P<tail>)"),
          check_campaign, 0.75),
        # "since the start of her campaign", "the launch of Kallas's bid"
        R("candidacy_start_of_bid", "candidacy", _rx(
            rf"(?<![\w-])(?P<trig>start|launch|beginning|announcement|outset|early\s+days)\s+of\s+(?P<subj>{C})(?:['’]s?)?\s+"
            rf"(?:(?!{assessing}\b(?!-))[\w-]+\s+){{0,2}}?(?P<noun>{cand_bid}|campaign)\b(?=(?P<tail>[^;]{{0,60}}))"),
          check_possessed_bid, 0.7),
        # "his rival candidate Michelle Bachelet", "the rival bid of Grossi": a rival is in the race (the guide)
        R("candidacy_rival", "candidacy", _rx(
            rf"(?<![\w-])(?P<trig>rival|fellow|competing|opposing)\s+(?P<noun>{cand_n}|{cand_bid})\s+(?:of\s+)?,?\s*{ADJ}"
            rf"(?P<subj>{C})(?!['’]s?\s+{cand_bid})(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.75, agent="trig"),
        # "Klaus Iohannis, the only other declared candidate": a candidate label in apposition; one of a
        # counted set too ("Grossi, one of the four candidates", "the last of the three contenders to speak")
        R("candidacy_apposition", "candidacy", _rx(
            rf"(?P<subj>{C})(?:\s+(?:of|from)\s+(?:the\s+)?(?:{S}|(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?))?,\s*(?P<trig>(?:(?:also|herself|himself|now|still|already)\s+)?(?:(?:one|each|"
            rf"(?:the\s+)?(?:{ordinals(1, 5)}|last|only|youngest|oldest|latest))\s+(?:of|among)\s+(?:the\s+)?|"
            # (or owned by a person: "X, his only declared rival,", "X, her fellow contender,")
            rf"(?:the|a|an|(?P<own>his|her|their))\s+)"
            rf"(?:(?!{v.hedge}|{v.other_label}|former|ex-|one-time|would-be)[\w-]+\s+){{0,3}}?)"
            rf"(?P<noun>{cand_n})\b(?!['’])(?=(?P<tail>[^;]{{0,60}}))"),
          check_apposed_role, 0.75, traits=frozenset({"apposition"})),
        # the states whose candidate the person is: "X, the candidate of Chile and Peru,", "X remains the joint
        # candidate of Brazil and Mexico" (the guide: the nominating states back the person; no adjective but
        # one of the nomination's kind, since "the favoured candidate of Washington" is an assessment)
        R("candidacy_candidate_of", "candidacy", _rx(
            rf"(?P<subj>{C})(?:\s*,\s*|\s+(?:is|was|remains|remained|became|becomes|stands\s+as|stood\s+as)\s+)(?:(?:now|still|also)\s+)?"
            rf"(?P<trig>the\s+(?:(?:joint|official|formal|declared|common)\s+)?(?P<noun>candidate|nominee))\s+of\s+(?:the\s+)?"
            rf"(?P<actor>{S})(?![\w'’-])(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.75),
        # "She entered as the candidate of three states", "X stood as the joint candidate of A and B"
        R("candidacy_entered_as", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?P<trig>entered|enters|entering|enter|stood|stands|standing|stand)\s+"
            rf"(?:the\s+(?:race|contest|running)\s+)?as\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{cand_n})\b"
            rf"(?:\s+of\s+(?:the\s+)?(?P<actor>{S})(?![\w'’-]))?(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.75),
        # a vote among the candidates ranks them: "Grossi and Bachelet came out ahead in the first straw poll",
        # "Lupu trailed with five encourage votes"
        R("candidacy_polled", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?P<trig>{v.ballot_result})\b(?=(?P<tail>[^;]{{0,80}}))"),
          check_polled, 0.7),
        # "the third declared candidate, after Grossi and Bachelet": those ranked before are candidates too
        R("candidacy_ranked_after", "candidacy", _rx(
            rf"(?<![\w-]){v.ordinal}\s+(?:(?:formally|officially|publicly)\s+)?(?:(?:declared|official|formal|registered|announced|"
            rf"confirmed|nominated)\s+)?(?P<trig>{cand_n})\b(?P<tail>,?\s+(?:after|behind|besides|alongside|"
            rf"along\s+with|joining|following)\s+(?:the\s+)?){ADJ}(?P<subj>{C})"
            # (not the subject of a clause: "the only candidate after Iohannis dropped out")
            rf"(?!['’]|\s+(?:had|has|have|was|were|is|\w+ed|quit|withdrew|left|ran|bowed|pulled|stood|stepped|threw|gave|"
            rf"lost|won|took|went|made)\b)"),
          check_candidacy, 0.7, agent="trig", traits=frozenset({"list"})),
        R("candidacy_nominated", "candidacy", _rx(
            rf"(?P<actor>{S})(?P<gap>{WP}{{0,50}}?)(?<![\w-])(?P<trig>{nominate}){v.and_verb}\s+{v.nom_obj}(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.85, traits=frozenset({"nomination"})),
        # a state sending on the person's name: "the Netherlands submitted his name to allies", "Chile registered her name"
        R("candidacy_name_declared", "candidacy", _rx(
            rf"(?P<actor>{S})(?P<gap>{WP}{{0,50}}?)(?<![\w-])(?P<trig>{declare})\s+(?P<subj>{C})(?=(?P<tail>[^;]{{0,60}}))"),
          check_name_declared, 0.8, traits=frozenset({"nomination"})),
        # a verb that nominates with the role after its object: "Argentina named Grossi as its candidate", "S's
        # ambassador introduced her as 'our candidate'" (the role may open a quotation)
        R("candidacy_named_as_candidate", "candidacy", _rx(
            rf"(?P<actor>{S})(?P<gap>{WP}{{0,50}}?)(?<![\w-])(?P<trig>{v.naming})\s+{obj}(?=(?P<tail>{v.named_role}[^;]{{0,40}}))"),
          check_candidacy, 0.8, traits=frozenset({"nomination"})),
        # ... in the passive, its agent the state: "X was named by Chile on Monday as its candidate for the post"
        R("candidacy_named_as_candidate_passive", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,50}}?)(?<![\w-]){aux}\s+{adv}(?P<trig>{v.naming})\s+"
            rf"(?P<tail>{v.by}(?:the\s+)?{TITLE}(?P<actor>{S})(?:\s+{TIME_PHRASE})?{v.named_role}[^;]{{0,40}})"),
          check_candidacy, 0.8, traits=frozenset({"nomination"})),
        # a state that has its own candidate names its nominee: "Romania has its own candidate, X" (the guide:
        # nomination = candidacy + backing)
        R("candidacy_own_candidate", "candidacy", _rx(
            rf"(?P<actor>{S})(?P<gap>{WP}{{0,50}}?)(?<![\w-])(?P<trig>has|have|had|having)\s+(?:its|their)\s+own\s+"
            rf"(?:{cand_n})\s*,\s*{ADJ}(?P<subj>{C})(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.8, traits=frozenset({"nomination"})),
        # the phrasal verb split by its object: "Latvia put Karins forward for the post"
        R("candidacy_nominated_split", "candidacy", _rx(
            rf"(?P<actor>{S})(?P<gap>{WP}{{0,50}}?)(?<![\w-])(?P<trig>{nominate_head})\s+{obj}(?:['’]s?\s+{v.name_n})?\s+"
            rf"(?P<part>{nominate_particle})(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.85, traits=frozenset({"nomination"})),
        # the state declaring someone's candidacy: "Chile registered the candidacy of Michelle Bachelet",
        # "Argentina submitted Grossi's candidacy", "submitted the name of X"
        R("candidacy_nominated_noun", "candidacy", _rx(
            # (or keeps it: "Chile kept its nomination of Bachelet", a stance still given)
            rf"(?P<actor>{S})(?P<gap>{WP}{{0,50}}?)(?<![\w-])(?P<trig>{declare}|{nominate}|{v.keep_stance})\s+"
            # a time may come first: "presented on Tuesday the candidacy of"
            rf"(?:(?:on|last|this|in)\s+(?-i:[A-Z][a-z]+)\s+(?:\d{{1,2}}\s+)?|(?:formally|officially)\s+)?(?:(?:(?:the|its|their|a)\s+){v.predecessor}?"
            rf"(?:(?:official|formal)\s+)?(?P<noun>{cand_bid}|{v.nomination_n}|{v.name_n})\s+of\s+{ADJ}(?P<subj>{C})|"
            rf"(?P<subj2>{C})(?:['’]s?)?\s+(?:(?:official|formal)\s+)?(?P<noun2>{cand_bid}|{v.nomination_n}|{v.name_n})\b)"
            rf"(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.85, traits=frozenset({"nomination"})),
        # the state named in the role the nomination gives, whoever acts ("The cabinet approved the nomination of X as
        # Argentina's candidate", "the government submitted X's name as Chile's official candidate"; "X was confirmed as
        # Peru's candidate"): the candidacy and that state's backing
        R("candidacy_as_states_candidate", "candidacy", _rx(
            rf"(?:(?<![\w-])(?P<trig>{declare}|{nominate})\s+(?:(?:the|its|their|a)\s+)?(?:(?:official|formal)\s+)?"
            rf"(?P<noun>{cand_bid}|{v.nomination_n}|{v.name_n})\s+of\s+{ADJ}(?P<subj>{C})"
            rf"|(?P<subj2>{C})\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:(?:officially|formally|now)\s+)?"
            rf"(?P<trig2>{v.declared_pp}|{nominate}))"
            # (the role may read as the person it describes: "as Argentina's candidate" is a mention of X too)
            rf"\s+as\s+(?:(?P<state>{S})['’]s?\s+(?:(?:{v.role_mods})\s+)?candidate\b|(?P<role>{C}|{S}(?!['’]))"
            # (or left as words where the state lists no candidate of its own: "as Mexico's candidate" for a Chilean)
            rf"|(?P<named>(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){{0,3}}['’]s?\s+(?:(?:{v.role_mods})\s+)?candidate\b))"
            rf"(?=(?P<tail>[^;]{{0,60}}))"),
          check_state_named_candidate, 0.8, traits=frozenset({"nomination"})),
        # an ending considered and the bid kept: "Chile considered withdrawing Bachelet's nomination but in the end
        # decided to maintain it" (the scope is read from the keeping verb's own words)
        R("candidacy_kept_after_doubt", "candidacy", _rx(
            rf"(?P<actor>{S}){WP}{{0,50}}?(?<![\w-])(?:{v.withdraw}|{v.reversal_verb})\s+"
            rf"(?:(?:the|its|their)\s+(?P<noun>{cand_bid}|{v.nomination_n})\s+of\s+{ADJ}(?P<subj>{C})|"
            rf"(?P<subj2>{C})['’]s?\s+(?P<noun2>{cand_bid}|{v.nomination_n}))\b[^;⟨⟩]{{0,30}}?\b(?:but|yet)\s+"
            rf"(?P<gap>[^;⟨⟩]{{0,40}}?)(?<![\w-])(?P<trig>{v.keep_stance})\s+it\b(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.75, traits=frozenset({"nomination"})),
        # rivals: "Kallas competes with Rutte for the post" states both candidacies
        R("candidacy_rivals", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?P<trig>compet\w*|vying|vie[sd]?|vied|running|runs|ran|"
            rf"battling|battles|battled|contending|contends|contended|up)\s+(?:with|against)\s+{ADJ}(?P<subj2>{C})\s+"
            rf"(?P<tail>(?:for|in)\b[^;]{{0,60}})"),
          check_rivals, 0.8),
        # "Rutte, who is vying for the post along with Iohannis": the race's verb with the post, then its rival
        R("candidacy_rivals_along", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?P<trig>{running})(?P<tail>[^;⟨⟩]{{0,30}}?{P}[^;⟨⟩,]{{0,20}}?)\s+"
            rf"(?:along\s+with|alongside|together\s+with|against)\s+(?:{S}['’]s?\s+)?{ADJ}(?P<subj2>{C})(?!['’])"),
          check_rivals, 0.75),
        *told_nominations(v),
    ]
