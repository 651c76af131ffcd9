"""The race's field: rosters listing its candidates, the glosses after their names, and what is said of them all.

A roster names the candidates as fact ("The five candidates are: X (nominated by A and B), Y (C), ..."), each
item perhaps with a label ("the head of the agency, Y") or a gloss in parentheses that says who nominated
them; a statement over the set just listed ("Each has been nominated by their government") is one about
each of its members.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from natowatch.extract.calendar_names import SEASON_NAMES
from natowatch.extract.mentions import CANDIDATE, STATE
from natowatch.extract.lexicon import BE_FORMS, built_once, ordinals
from natowatch.extract.frames.base import (
    OTHER_BODY_SUBJECT, A, ADJ, C, P, S, TITLE, W, WP, Context, Finding, Rule, _assess, _confidence, _finding, _grammar, _group,
    _other_race_in, _possessive_only, _post_between, _rx, _sentence_has_post,
)
from natowatch.extract.frames.vocab import Vocab
from natowatch.extract.frames.candidacy_checks import check_candidacy
from natowatch.extract.frames.candidacy_forms import check_label_before
from natowatch.extract.frames.focus import check_focus


def rules(v: Vocab) -> list[Rule]:
    cand_n, listing = v.cand_n, v.listing
    R = Rule
    return [
        # a member of the counted field the article has just stated, named at its sentence's opening ("Four
        # candidates remain. X, the head of the agency, topped both rounds.": Context.field_members), or listed
        # after a colon there ("In order of appearance: X, Y and Z.")
        R("candidacy_field_member", "candidacy", _rx(rf"^\W*(?:[^⟨⟩;,]{{0,60}}?\s)?(?P<subj>{C})"), check_field_member, 0.7),
        R("candidacy_listed", "candidacy", _rx(
            # a colon lists them too: "leaves four candidates: Grossi, Bachelet and Stavrev", and after a plural
            # subject's running verb: "Three women are running for the post: A of X, B of Y and C of Z"
            # and the people counted in the race: "Of the three people formally in the race, two are women: A and B"
            rf"(?<![\w-])(?P<trig>{cand_n}|{v.field_n}(?!\s+of\b)|(?:are|were)\s+(?=[^:;.]{{0,80}}:){v.running}|"
            rf"{v.numbers(2, 10)}\s+(?:people|persons|women|men)\s+(?:(?:\w+ly|still|now)\s+)?"
            rf"in\s+the\s+(?:race|running|contest))\b(?P<tail>(?:(?!{v.field_n}\b){WP}){{0,70}}?)(?:(?<![\w-])(?:{listing}|(?:led|headed|topped)\s+by)|:)\s+"
            # (or a count of what they are, then its colon: "a field that already contained two formidable women: A, ...")
            rf"(?:{W}{{0,12}}?\s|(?:{v.numbers(2, 10)}|both)\s+(?:{_COUNTED_WORD}\s+){{0,3}}?{_COUNTED_WORD}\s*:\s*)??{_ITEM_LABEL}{ADJ}(?P<subj>{C})"),
          check_listed, 0.75, agent="trig", traits=frozenset({"list"})),
        # the people counted in the race, then listed in apposition or after a colon: "There are two women in the
        # race, A of X and B of Y", "Two other Europeans are competing: A and B", "three men still in contention: A, B"
        R("candidacy_counted_in_race", "candidacy", _rx(
            # (or a bare count opening the clause: "Three are running: A, B and C")
            rf"(?<![\w-])(?P<trig>{v.numbers(2, 10)}\s+(?:{_COUNTED_WORD}\s+){{0,2}}?{_COUNTED_WORD}|(?:(?<=^)|(?<=^the\s)|(?<=[:;]\s))(?-i:[A-Z])?{v.numbers(2, 10)}"
            rf"(?=\s+(?:are|were)\b))(?P<tail>\s+(?:(?:are|were)\s+)?"
            rf"(?:(?:\w+ly|still|now|also)\s+){{0,2}}(?:in\s+the\s+(?:race|running|contest)|in\s+contention|competing|running|standing|vying))\s*[:,]\s+"
            rf"{_ITEM_LABEL}{_POSSESSOR}{ADJ}(?P<subj>{C})(?=\s+(?:of|from)\s|\s*[,(;.]|\s+and\b|\s*$)"),
          check_listed, 0.7, agent="trig", traits=frozenset({"list"})),
        # the later items of a list set off by semicolons: "The four candidates are X of Argentina, the head
        # of ...; former President Y, ...; and Z of Costa Rica."
        R("candidacy_listed_item", "candidacy", _rx(
            # (a time or manner aside set off after its "and": "; and, since last month, Z": `_time_aside`)
            rf";\s*(?:and\s+|and\s*,\s+(?P<aside>[^,;:⟨⟩]{{1,30}}?),\s+)?{ADJ}(?P<subj>{C})(?=(?P<tail>[^;]{{0,80}}))"),
          check_list_item, 0.7),
        # the field by its size, then listed: "The field now stands at three: A, B and C", "The race is down to two:
        # A of S, who ..., and B", "the shortlist has narrowed to four - A, B, C and D"
        R("candidacy_field_sized", "candidacy", _rx(
            rf"(?<![\w-])(?P<trig>(?:{v.field_n}|race|contest|running|shortlist)(?:\s+(?:for|to\s+(?:lead|succeed|head|become))\s+"
            rf"(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{P})?\s+(?:(?:has|have|had)\s+(?:now\s+)?(?:been\s+)?)?(?:(?:now|still|already|\w+ly)\s+)?"
            rf"{_SIZED}\s*{v.numbers(2, 10)}(?:\s+(?:{cand_n}|people|names|women|men))?)"
            rf"\s*(?::|[-–—]+|,)(?P<tail>)\s+{_ITEM_LABEL}{_POSSESSOR}{ADJ}(?P<subj>{C})"),
          check_listed_to_end, 0.7, agent="trig", traits=frozenset({"list"})),
        # the race counted with those already in it: "brings the number of declared candidates to four, alongside A, B
        # and C"; one ranked by the order of entry after them: "She is the fifth person to be formally nominated, after
        # A, B, C and D", "the third woman to enter the race, joining A and B" (not "after A and B withdrew")
        R("candidacy_counted_beside", "candidacy", _rx(
            rf"(?<![\w-])(?P<trig>number\s+of\s+(?:[\w-]+\s+){{0,2}}?{cand_n}(?:\s+in\s+the\s+(?:race|running|contest))?"
            rf"(?:\s+(?:for|to\s+(?:lead|succeed|head|become))\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{P})?\s+(?:to|at)\s+(?:{v.numbers(2, 12)}|\d{{1,2}})|"
            rf"{v.ordinal}\s+(?:[\w-]+\s+){{0,2}}?(?:person|{cand_n}|woman|man|[\w-]+)\s+(?:to\s+(?:be\s+)?(?:(?:\w+ly|also)\s+)?"
            rf"(?:nominated|proposed|put\s+forward|presented|put\s+up|enter|join|declare|announce|stand|run|throw\s+(?:his|her)\s+hat)"
            rf"(?:\s+(?:the|their|his|her)\s+(?:race|contest|running|field|hat\s+(?:in|into)\s+the\s+ring|candidacy|candidature|bid))?|"
            rf"in\s+the\s+(?:race|running|contest|field)))"
            rf"(?P<tail>(?:\s+(?:for|to\s+(?:lead|succeed|head|become))\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{P})?)"
            rf",?\s+(?:after|alongside|along\s+with|together\s+with|joining|besides|behind)\s+(?:the\s+)?{_POSSESSOR}{ADJ}(?P<subj>{C})"),
          check_listed_to_end, 0.7, agent="trig", traits=frozenset({"list"})),
        # one of the race ranked by a word of what they are, with those already in it: "X is the third Latin
        # American in the race, alongside A and B" (a candidate noun there: candidacy_ranked_after)
        R("candidacy_ranked_in_race", "candidacy", _rx(
            rf"(?<![\w-]){v.ordinal}\s+(?:(?-i:[A-Z])[\w-]*\s+){{1,2}}(?P<trig>in\s+the\s+(?:race|running|contest))"
            rf"(?P<tail>,?\s+(?:alongside|besides|along\s+with|joining|with)\s+(?:the\s+)?){_POSSESSOR}{ADJ}(?P<subj>{C})"
            rf"(?!['’]|\s+(?:had|has|have|was|were|is|\w+ed|quit|withdrew|left|ran)\b)"),
          check_listed, 0.7, agent="trig", traits=frozenset({"list"})),
        # the others named beside one of the counted candidates: "X is one of three declared candidates to succeed Y,
        # alongside A and B", "one of the contenders, along with A" (the one itself: candidacy_noun)
        R("candidacy_one_of_alongside", "candidacy", _rx(
            # ("among the three nominated candidates for the post, as well as A", "one of two men vying for the job
            # alongside A": people counted by what they do in the race)
            rf"(?<![\w-])(?:one\s+of|among)\s+(?:the\s+)?(?:{v.numbers(2, 10)}\s+)?(?:[\w-]+\s+){{0,2}}?(?P<trig>{cand_n}|"
            rf"(?:people|men|women|persons)\s+(?:vying|running|competing|standing|bidding))"
            rf"(?P<tail>(?:\s+(?:to|for|in)\s+[^;:,⟨⟩]{{0,30}}?(?:⟨P\d+⟩)?)?,?\s+(?:alongside|along\s+with|together\s+with|besides|"
            rf"as\s+well\s+as)\s+(?:the\s+)?){_POSSESSOR}{ADJ}(?P<subj>{C})"
            rf"(?!['’]|\s+(?:had|has|have|was|were|is|\w+ed|quit|withdrew|left|ran)\b)"),
          check_listed, 0.7, agent="trig", traits=frozenset({"list"})),
        # one of the race singled out by what they are, in apposition: "the only woman in the race, X", "X, the
        # sole African in the running," (the article's voice puts them in it)
        R("candidacy_one_in_race_before", "candidacy", _rx(
            rf"(?<![\w-])(?:the\s+)?(?:{v.ordinal})\s+{_IN_RACE},\s+{ADJ}(?P<subj>{C})(?=(?P<tail>[^;]{{0,60}}))"),
          check_label_before, 0.7),
        R("candidacy_one_in_race_after", "candidacy", _rx(
            rf"(?P<subj>{C}),\s+(?:the\s+)?(?:{v.ordinal})\s+{_IN_RACE}(?=\s*[,.;]|\s*$)(?=(?P<tail>[^;]{{0,60}}))"),
          check_label_before, 0.7),
        # a statement over the set just listed: "Each has been formally nominated by their government"
        R("candidacy_each_nominated", "candidacy", _rx(
            rf"^\W*(?P<trig>{_each(v)})\s+(?P<gap>(?:has|have|had|was|were)\s+(?:(?:been|also|all|both|now|already|\w+ly)\s+)*)"
            rf"{v.nominate_pp}\s+(?:\w+ly\s+)?by\s+(?:{_OWN}(?:government|country|state|capital)s?\b|(?P<own>{S}))"
            rf"(?=(?P<tail>[^;]{{0,60}}))"),
          check_each_nominated, 0.7, traits=frozenset({"over_listed"})),
        # an explainer's labelled line in a candidate's section: "Backers: A, B and C (all since February)", "Against: D"
        R("sheet_backers", "endorsement", _rx(_SHEET % v.sheet_backers), check_sheet, 0.6, traits=frozenset({"sheet"})),
        R("sheet_opponents", "opposition", _rx(_SHEET % v.sheet_opponents), check_sheet, 0.55, traits=frozenset({"sheet"})),
    ]


# a fact sheet's label, its colon and the states it lists, with nothing after them but the clause's end
_SHEET = r"^\W*(?P<trig>%s)\s*:\s*(?:the\s+)?" + TITLE + r"(?P<actor>" + A + r")(?=\s*(?:[;.]\s*|$))"
# what a field's size is said to be: "stands at", "is down to", "has narrowed to", "numbers"
_SIZED = (r"(?:(?:stands?|stood|numbers?|numbered|(?:is|was|are|were)(?:\s+now)?(?:\s+down)?|down|(?:narrowed|shrunk|shrank|grown|grew|"
          r"risen|rose|fallen|fell|dropped|come|cut|whittled|reduced|widened|swelled)(?:\s+down)?)\s+(?:at|to)?)")
# what one of the race is, then the race: "woman in the race", "remaining Latin American in the running"
_IN_RACE = r"(?:remaining\s+)?(?:(?:[\w-]+|⟨S\d+⟩)\s+){1,2}?(?P<trig>in\s+the\s+(?:race|running|contest))\b"
# the words of what a count of people are ("two other Latin Americans"), no verb of a clause among them
_COUNTED_WORD = (r"(?!(?:could|might|may|would|will|should|can|be|been|being|not|never|no|who|which|that|have|has|had|"
                 r"are|were|is|was|days?|weeks?|months?|years?|rounds?|ballots?|polls?)\b)[\w-]+")
# a possessor state before an item's name ("Chile's X")
_POSSESSOR = r"(?:" + S + r"['’]s?\s+)?"
# a label before an item's name, set off by a comma or not ("the head of the agency, X", "the agency's chief X"):
# a few words with no verb of a clause in them
_LABEL_WORD = (r"(?!(?:who|whom|which|that|whose|to|has|have|had|" + BE_FORMS + r"|will|would|said|says|backs|backed|"
               r"supports|supported|and|but|or)\b)[\w.'’-]+")
_ITEM_LABEL = r"(?:(?:the|a|an|one)\s+(?:(?:" + _LABEL_WORD + r"\s+){0,4}?" + _LABEL_WORD + r"(?:,\s*|\s+))?)?"
# the glue before the next item of a roster, and that item ("X of Argentina and Y of Chile", "X (Argentina), Y", "besides
# X, there are Y", "a former president, X, and the head of the agency, Y")
_NEXT_ITEM = re.compile(
    # what an item may carry before the next (each bounded; in any order, up to three: "X, 61, of Argentina, the head
    # of the agency, who declared in May; and Y"):
    r"(?:"
    # its origin ("X of Argentina") or a gloss ("X (Argentina)")
    r"(?:\s*,)?\s+(?:of|from)\s+(?:the\s+)?(?:⟨S\d+⟩|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)|\s*\([^()⟨⟩;]{0,30}\)|"
    # an age ("X, 61, and Y")
    r"\s*,\s*(?:aged\s+)?\d{2,3}(?=\s*[,;]|\s+(?:of|from)\s)|"
    # an apposition set off by commas ("X, head of the agency, and Y") (not the next item itself: "X, Y, and Z",
    # "X (Peru), Y (Chile), Z"; a name's "and" inside it: "the head of UN Trade and Development")
    r"\s*,\s*(?!(?:the\s+)?⟨C\d+⟩\s*[,;])(?:(?:the|a|an)\s+)?(?:(?:⟨[SOP]\d+⟩|" + _LABEL_WORD
    + r"|(?-i:[A-Z])[\w-]*\s+and(?=\s+(?-i:[A-Z])))\s+){0,7}?(?:⟨[SOP]\d+⟩|" + _LABEL_WORD + r")(?=\s*[,;])|"
    # a relative clause of the item's own, up to the next item's separator ("X, who declared in May, and Y")
    r"\s*,\s*(?:who|whose)\s+(?:[^,;⟨⟩]|⟨[SOP]\d+⟩){3,100}?(?=\s*[,;])"
    r"){0,3}?"
    # a time or a place after the item: "A yesterday, B and C today, D tomorrow", "A on Monday, B on Tuesday", "A in
    # March, B in May", "A in Geneva and B in Vienna" (a schedule of the listed)
    r"(?:\s+(?:yesterday|today|tomorrow|tonight|(?:this|that|next|last)\s+(?:morning|afternoon|evening|night|week)|"
    r"(?:on|in|at|from|last|next|this)\s+(?:the\s+)?(?:\d{1,2}\s+)?(?-i:[A-Z])[\w-]*(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|"
    r"(?:in|on)\s+(?:the\s+)?(?:morning|afternoon|evening|" + SEASON_NAMES + r")|in\s+\d{4})(?![\w'’-]))?"
    # a rank after the item: "X ahead, Y a close second and Z trailing"
    r"(?:\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:ahead|behind|" + ordinals(1, 5) + r"|last|"
    r"trailing|leading|next|runner-up)\b)?"
    # the separator: a comma or a semicolon, "and" ("X, Y; and Z"); "besides X, there are Y"
    r"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:there\s+(?:are|is)\s+)?"
    # the next item's label: "the head of the agency, Y", "Chile's Y", "former President Y", "Barbados Prime Minister Y"
    + _ITEM_LABEL + _POSSESSOR + r"(?:⟨S\d+⟩\s+(?=(?:(?:former|outgoing|acting|current|caretaker)\s+)?(?:prime\s+minister|"
    r"president|premier|foreign\s+minister|ambassador)\b))?" + ADJ + r"(?P<subj>" + C + ")", re.I)
# the owner of each one's state: "nominated by their government" (the gazetteer may read it as the state last named)
_OWN = r"(?:their|his\s+or\s+her|its|his|her)\s+(?:own\s+)?"
_OWN_STATE = re.compile(_OWN + r"(?:government|country|state|capital)s?\b", re.I)


# "each", "all three", "every one of them": the set just listed
def _each(v: Vocab) -> str:
    return r"(?:each|every\s+one|all\s+(?:" + v.numbers(2, 8) + r"|both)|both)(?:\s+of\s+them)?"


# a gloss after a roster's item: "(nominated by Brazil and Mexico)", "(Argentina)"
_GLOSS = re.compile(r"\s*\((?P<inner>[^()]{1,80})\)")
# what may join the states of a gloss
_GLOSS_GLUE = re.compile(r"(?:\s*(?:,|and|&)\s*)*", re.I)


class _Gloss:
    """The lexicon's nominating participles opening a gloss ("nominated by", "put forward by"), compiled once."""

    _cache: dict = {}

    def __init__(self, lex):
        self.nominated = re.compile(r"\s*(?:(?:formally|officially|jointly|also)\s+)*"
                                    + lex.alt("candidacy", "nominating_verbs")
                                    + r"\s+(?:(?:jointly|formally)\s+)?by\s+(?:the\s+)?", re.I)

    @classmethod
    def of(cls, ctx: Context) -> "_Gloss":
        return built_once(cls._cache, ctx.gazetteer.lexicon, cls)


def _gloss(ctx: Context, group) -> tuple[list[str], bool] | None:
    """The states of the gloss in parentheses right after an item's name, and whether it says they nominated
    the person; None when there is none or it holds anything but states ("(a former minister)")."""
    found = _GLOSS.match(ctx.sentence, group.end)
    if found is None:
        return None
    inner, at = found.group("inner"), found.start("inner")
    nominated = _Gloss.of(ctx).nominated.match(inner)
    base = rest = at + (nominated.end() if nominated else 0)
    states = []
    for x in ctx.gazetteer.mentions(ctx.sentence[base:found.end("inner")]):
        if x.kind != STATE or not _GLOSS_GLUE.fullmatch(ctx.sentence, rest, base + x.start):
            return None
        states.append(x.value)
        rest = base + x.end
    if not states or not _GLOSS_GLUE.fullmatch(ctx.sentence, rest, found.end("inner")):
        return None
    return states, bool(nominated)


def _items(m: re.Match, ctx: Context) -> Iterator[tuple[object, tuple[int, int]]]:
    """The roster's items after its first: each candidate group and its shape span."""
    at = m.end("subj")
    while item := _NEXT_ITEM.match(ctx.shape.text, at):
        at = item.end()
        group = ctx.shape.group_at(item.start("subj"))
        if group is None or group.kind != CANDIDATE or _possessive_only(group) or ctx.shape.text.startswith(
                ("'", "’"), at):
            return      # "... and Bachelet's former deputy": someone else
        yield group, item.span("subj")


# "for" soon after a statement over the set: what they were nominated for ("in the past for other posts")
_FOR_AFTER = re.compile(r"[^;,.]{0,25}?\bfor\s", re.I)
# a relative clause after a roster's item that denies the bid: ", who has not yet declared", ", who denies running"
_DENIED_AFTER = re.compile(r",?\s*who\s+(?:(?:has|have|had|is|was|does|did)\s+(?:not|never)|(?:has|have)\s+yet\s+to|never|"
                           r"denies|denied|has\s+ruled|ruled)\b", re.I)
# a labelled line's gloss of another matter: "(for his mission to Zaporizhzhia)", "(on Ukraine aid)"
_ABOUT_OTHER = re.compile(r"\(\s*(?:for|on|over)\s+[^()]*\)", re.I)


def check_listed(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A list of the race's candidates: its first item, and those coordinated after it with their origins
    ("The candidates are X of Argentina and Y of Chile"); the states a gloss gives an item nominated them (the
    guide: nomination = candidacy + endorsement), and so did a bare state's gloss in a roster whose glosses
    say so ("X (nominated by A and B), Y (C)": the words left out of the second are those of the first)."""
    found = list(check_candidacy(rule, m, ctx))
    first = next((f for f in found if f.type == "candidacy"), None)
    if first is None:
        yield from found
        return
    items = [(_group(m, ctx, "subj"), m.span("subj"), first)]
    items += [(group, span, replace(first, subjects=tuple(group.values), marks=first.marks + [span]))
              for group, span in _items(m, ctx)]
    glosses = [_gloss(ctx, group) if len(group.values) == 1 else None for group, _, _ in items]
    nominating = any(g is not None and g[1] for g in glosses)
    yield from (f for f in found if f is not first)
    for (_, span, candidacy), gloss in zip(items, glosses):
        if _DENIED_AFTER.match(ctx.shape.text, span[1]):
            continue    # "..., and the head of the IAEA, X, who has not yet declared"
        if (aside := _aside_before(ctx, span)) is not None and not _time_aside(aside, ctx):
            continue    # "...; and, in some eyes, X": the view left a hedge out (`_time_aside`, as the item rule reads it)
        yield candidacy
        if gloss is not None and nominating:
            yield replace(candidacy, type="endorsement", actors=tuple(gloss[0]))


# what may follow a list's last item (its age, apposition or origin first) when the list ends the clause: the clause's
# end, a comma or a dash, or an adverbial ("in the race", "last month"); not a verb ("after A and B withdrew": the items
# are the subject of another clause)
_LIST_END = re.compile(r"(?>(?:\s*,\s*(?:aged\s+)?\d{2,3}\b(?=\s*[,.;]|\s*$)|\s*,\s*(?:the|a|an)\s+[^,;⟨⟩]{1,60}?(?=\s*[,.;]|\s*$))?"
                       r"(?:(?:\s*,)?\s+(?:of|from)\s+(?:the\s+)?(?:⟨S\d+⟩|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?))?)"
                       r"(?:\s*(?:[.;:!?\"”)]|$)|\s*,(?!\s*(?:(?:had|has|have|was|were|is|are|did|do|does|will|would|could|can|may|might|"
                       r"should|withdrew|quit|left|ran|won|lost|pulled|dropped|stepped|bowed|gave|went|fell|came|began|entered|"
                       r"(?-i:[a-z]+ed)|\d{2,3})\b|(?:also|then|both|all|later|\w+ly)\s+(?-i:[a-z]+ed|withdrew|quit|left)\b))|\s+[-–—]|\s+(?:in|on|at|for|since|during|until|before|last|this|earlier|so\s+far|"
                       r"to\s+date|respectively)\b)", re.I)


def check_listed_to_end(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A list read by check_listed whose last item ends its clause: no verb of another clause follows it ("after A
    and B withdrew" names no one of the race)."""
    spans = [m.span("subj")] + [span for _, span in _items(m, ctx)]
    if not _LIST_END.match(ctx.shape.text, spans[-1][1]):
        return
    yield from check_listed(rule, m, ctx)


def check_list_item(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """An item after a semicolon of a list the clause opened with the race's candidates ("The four
    candidates are ...:"), not hedged, nor in another race."""
    subj = _group(m, ctx, "subj")
    opener = _grammar(ctx).list_opener.match(ctx.shape.text)
    if subj is None or subj.kind != CANDIDATE or _possessive_only(subj) or opener is None:
        return
    if m.group("aside") is not None and not _time_aside(m.group("aside"), ctx):
        return      # "; and, some diplomats believe, Z": only a time or manner aside leaves Z an item
    if (aside := _aside_before(ctx, m.span("subj"))) is not None and not _time_aside(aside, ctx):
        return      # (the same aside the clause view left out)
    if not (_sentence_has_post(ctx) or ctx.race_article) or _other_race_in(m.group("tail")[:40]):
        return
    if _grammar(ctx).assessing.search(opener.group()) or ctx.scope.modal(opener.group()):
        return      # "the possible candidates are ...;", "the candidates could be ...;"
    count = re.search(r"(?:[\w-]+\s+)?(?:candidate|contender|nominee|hopeful|people)s?\b", opener.group(), re.I)
    if count and OTHER_BODY_SUBJECT.search(opener.group(), 0, count.start()):
        return      # "The Committee of Ministers shortlisted three candidates: A; B; and C": another body's list
    verdict = _assess(ctx, m, "subj", gap="")
    if verdict.blocked:
        return
    found = _finding(rule, m, subj.values, [None], verdict.status, _confidence(rule, verdict.status, [subj]), ("subj",))
    # (read at the item, not at the semicolon before it: the date of the item before is not its date, "A, who has
    # run the agency since 2021; B, ...")
    found.anchor = m.start("subj")
    yield found


def _time_aside(aside: str, ctx: Context) -> bool:
    """An aside that only dates or qualifies the manner of an item: a time of `inserts.time` ("last month", "by
    acclamation": its manner phrases), perhaps opened by `inserts.aside_opener` ("since last month", "as of March"), or
    one adverb of the lexicon's `inserts.aside_adverbs`, perhaps graded ("most recently", "quietly"); none of the scope
    cues (a hedge, a report, a condition: "some diplomats believe", "if S nominates her", "reportedly") nor any other
    adverb ("presumably", "arguably": a hedge's)."""
    inserts = _grammar(ctx).inserts
    if inserts.scoped.search(aside):
        return False        # "reportedly", "possibly", "if need be"
    rest = inserts.aside_opener.sub("", aside)
    if rest != aside and any(inserts.time.match(" " + t) for t in (rest, "in " + rest)):
        return True
    return bool(inserts.time.match(" " + aside.strip()) or inserts.aside_adverb.match(aside))


def _aside_before(ctx: Context, span: tuple[int, int]) -> str | None:
    """The aside set off by commas after "and" right before the item at shape `span`, read in the sentence ("; and, in
    some eyes, Z": a clause view may have left it out, reading "; and Z"), or None."""
    before = _ASIDE_BEFORE.search(ctx.sentence, 0, ctx.shape.to_sentence(*span)[0])
    return before.group("aside") if before else None


# "and", an aside between commas, then at most the item's article or title ("and, at best, the Chilean Z")
_ASIDE_BEFORE = re.compile(r"(?<![\w-])and\s*,\s*(?P<aside>[^,;:]{1,30}?)\s*,\s*[^,;:]{0,30}$", re.I)


def check_field_member(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A candidate of the counted field opening the sentence: in the race, unless the sentence tells their
    withdrawal (then the withdrawal alone, as the guide says of a bid named only as withdrawn)."""
    subj = _group(m, ctx, "subj")
    members = [v for v in subj.values if v in ctx.field_members] if subj is not None and ctx.field_members else []
    if not members or _possessive_only(subj) or _grammar(ctx).withdrawing.search(ctx.shape.text):
        return
    verdict = _assess(ctx, m, "subj", gap="")
    if verdict.blocked:
        return
    yield _finding(rule, m, members, [None], verdict.status, _confidence(rule, verdict.status, [subj]), ("subj",))


def check_each_nominated(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """Each of the set a roster just listed was nominated by their own state: the candidacy of each and the
    backing of the state the story (or the article) gives them; one whose state is unknown gets the candidacy."""
    if len(ctx.listed) < 2 or not (ctx.race_article or _sentence_has_post(ctx)):
        return
    aim = _FOR_AFTER.match(m.group("tail"))
    if (_grammar(ctx).aim_elsewhere.match(m.group("tail")) or aim) and not _post_between(
            ctx, m.start("tail"), m.start("tail") + (aim.end() + 30 if aim else 40)):
        return      # "... by their government for a human rights prize", "... in the past for other posts"
    own = _group(m, ctx, "own")
    if own is not None and not _OWN_STATE.fullmatch(ctx.sentence, own.start, own.end):
        return      # "each was nominated by Peru": one state's act, said of them all (no roster's own states)
    verdict = _assess(ctx, m, "trig")
    if verdict.blocked:
        return
    states = {c.name: c.state for c in ctx.gazetteer.story.candidates}
    for name in ctx.listed:
        f = _finding(rule, m, [name], [None], verdict.status, _confidence(rule, verdict.status, []), ("trig",))
        yield f
        if states.get(name):
            yield replace(f, type="endorsement", actors=(states[name],))


def check_sheet(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A labelled line of stances is about the candidate whose heading opened the section ("Mark Smith
    (Ruritania). ... Backers: A, B."), while no one else has been named since."""
    if ctx.sheet is None or any(g.kind == CANDIDATE and g.values != (ctx.sheet,) for g in ctx.shape.groups):
        return
    if _ABOUT_OTHER.search(ctx.sentence, ctx.sentence.find(":") + 1):     # (the shape blanks parentheticals out)
        return      # "Support: Ukraine (for his mission to Zaporizhzhia)": support for something else
    g = _grammar(ctx)
    qualified = g.sheet_qualified.match(ctx.sentence)
    if qualified and g.sheet_unconfirmed.search(qualified.group("q")):
        return      # "For (unconfirmed): A": the line's own label says it is no state's word on the record
    about = replace(ctx, focus=ctx.sheet)
    yield from check_focus(rule, m, about)
    ctx.verdict = about.verdict
