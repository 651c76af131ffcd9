"""Candidates the story file does not list, found in the article itself.

A race's most newsworthy event is often a candidate nobody listed. This step proposes
person names (two to four capitalised words that are no known state, person, body or
post) from the sentences that speak of a candidacy; the extractor then reads the
article again with them as provisional candidates, and keeps one only where a
candidacy rule states, as fact, that they entered or were nominated (the same scope
rules that keep "possible candidates" and "names being floated" out). Precision
first: a name only speculated about, a commentator or a holder of another post never
becomes a candidate. Pure: no I/O.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable

from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.speech import Speech
from natowatch.extract.strangers import heading_name
from natowatch.extract.discover_forms import (
    _AGE_AFTER, _CAPITALISED_BEFORE, _DAY_OR_MONTH, _FORMER, _HEADING_END, _LABEL_BEFORE, _LABEL_GOES_ON,
    _LABEL_SET_OFF, _LIST_END, _LIST_GLUE, _LIST_LABEL, _MAX_SURNAMES, _NAME, _OPENING_WORDS, _ORIGIN_AFTER,
    _owned_after_aside, _OWNER_BEFORE, _PERSON_NAMED, _PLACE_BEFORE, _POST_NOMINALS, _PRONOUN_AFTER, _SECTION_OPENING,
    _sentences, _SINGLE_NAME, _SOURCE_BEFORE, _STATE_LOOKS, _state_owned, _TAG_OPENS, _UPPER_AFTER,
)
from natowatch.extract.gazetteer import Gazetteer
from natowatch.extract.mentions import CANDIDATE, STATE
from natowatch.extract.lexicon import Lexicon, bounded, built_once, counted_field, field_size
from natowatch.extract.name_clues import (
    _DEMONYM_FORMS, _WORDS, _Ahead, _Capitals, _Mentions, _demonym_before, _person_label, _pronoun_of, _state_of, _subject_of,
    _words_before,
)
from natowatch.extract.story import Story


class Proposer:
    """The cue and word lists of one lexicon, compiled once."""

    _cache: dict = {}

    @classmethod
    def of(cls, story: Story) -> "Proposer":
        return built_once(cls._cache, story, cls)

    def __init__(self, story: Story):
        lex = Lexicon.of(story)
        # ... its verb followed by where or when it was said (the lexicon's discovery.speech_tag_tails) and the clause's end
        self.tag_ends = compiled_pattern(r"(?:\s+" + lex.alt("discovery", "speech_tag_tails") + r"[^,.;:\"“”]{0,30})?\s*(?:[.,;:]|$)",
                                         re.I)
        cues = (lex.words("candidacy", "bid_nouns") + lex.words("candidacy", "candidate_nouns")
                + lex.words("candidacy", "nominating_verbs") + lex.words("candidacy", "running_phrases")
                + lex.words("candidacy", "running_verbs")
                + lex.words("candidacy", "declaring_verbs") + lex.words("withdrawal", "leaving_verbs")
                + lex.words("withdrawal", "objects"))
        # a sentence that names the post or a bid: names are proposed there, and a stance there is on
        # someone in the race
        self.race = compiled_pattern(bounded(cues + list(story.post.aliases) + [story.post.name]), re.I)
        self.state_owned = compiled_pattern(_state_owned(lex), re.I)
        self.post = compiled_pattern(bounded(list(story.post.aliases) + [story.post.name]), re.I)
        # a name is also proposed where it leaves the race: "Norway's Ingrid Solvang withdrew" (kept only
        # when a withdrawal rule reads one), or where the post is only referred to ("wants the job")
        # (a phrasal verb split by its object too: "Slovakia put Tomas Varga forward")
        verbs, particles = lex.phrasal("candidacy", "nominating_verbs")
        self.proposing = compiled_pattern(bounded(cues + lex.words("withdrawal", "verbs") + list(story.post.aliases)
                                            + [story.post.name] + lex.words("post_references"))
                                    + rf"|{bounded(verbs)}\s+(?:\S+\s+){{1,5}}?{bounded(particles)}", re.I)
        # a state's stance (a verb or noun of support or refusal): in a short item that names no race at all, its
        # names are proposed as the race's (race_article._short_stance_item; the rules still decide)
        self.stance = compiled_pattern(r"(?:" + lex.alt("endorsement", "verbs") + r"|" + lex.alt("opposition", "verbs")
                                       + r"|" + lex.support_nouns() + r")(?![\w-])", re.I)
        # words that make a capitalised run a title, body or place rather than a name
        self.not_name_words = {w.lower() for phrase in (
            lex.words("title_words") + lex.words("government_nouns") + lex.words("person_nouns")
            + lex.words("media_nouns") + lex.words("post_head_nouns") + lex.words("cues", "question_openers")
            + list(story.post.aliases) + list(story.organisation.aliases) + [story.post.name, story.organisation.name]
            + [b.name for b in story.bodies] + [a for b in story.bodies for a in b.aliases]
            + list(story.other_races)) for w in phrase.split()}
        self.not_name_words |= {w.lower() for w in lex.words("discovery", "not_name_words")}
        # the participles of the race's verbs, capitalised where a line opens with them ("Nominated by: Chile")
        self.not_name_words |= {w.lower() for path in (("candidacy", "nominating_verbs"), ("candidacy", "declaring_verbs"),
                                                       ("endorsement", "verbs"), ("opposition", "verbs"),
                                                       ("withdrawal", "verbs")) for w in lex.participles(*path)}
        # an outlet's noun right before a name: "the Spanish daily El Pais", "broadcaster Radio Pais" (not a
        # commentator's, which labels a person the rules may state in the race: "defence expert X withdrew his bid")
        people = set(lex.words("cues", "commentators"))
        self.media_before = compiled_pattern(bounded([w for w in lex.words("media_nouns") if w not in people]) + r"\s+$", re.I)
        # an article that names another race may name its candidates by surname in sentences of the race
        self.other_race = compiled_pattern(bounded(list(story.other_races)), re.I) if story.other_races else None
        # "Poland put forward its former foreign minister X", "Ghana nominated X": the state that names the
        # candidate, whom "the Pole", "the Ghanaian candidate" then stand for (a few lower-case words of a
        # label may come between the verb and the name)
        # (not past the verb's own object, a bid set off by a comma: in "S is co-sponsoring the nomination,
        # Prime Minister X confirmed" the name after it is who speaks, not whom the verb nominates)
        closed_bid = (r"(?!" + bounded(lex.words("candidacy", "nomination_nouns") + lex.words("candidacy", "bid_nouns"))
                      + r"\s*,)")
        self.nominated_before = compiled_pattern(lex.alt("candidacy", "nominating_verbs")
                                           + r"\s+(?:(?:" + closed_bid + r"(?-i:[a-z][\w'’-]*)|" + _DAY_OR_MONTH + r"),?\s+){0,8}"
                                           # a title or courtesy may come last: "presented Dr. X as its candidate"
                                           + r"(?:" + bounded(lex.words("title_words")) + r"\.?\s+)?$", re.I)
        # "Kenyan President William Ruto said Kenya backs him": a state's sitting office holder, who speaks for
        # it, is no new candidate by a sentence that speaks of the race before naming them ("former foreign
        # minister Teresa Villagran" may be)
        offices = set(lex.words("government_nouns")) & set(lex.words("title_words"))
        self.sitting_title = compiled_pattern(bounded(sorted(offices)) + r"\s*,?\s+$", re.I)
        # ... after the government it leads: "the government of President X would not support her candidacy"
        # (the state acts, its leader is named: never a new candidate, whatever the sentence says next)
        self.seat_of = compiled_pattern(bounded(lex.words("seat_nouns")) + r"\s+of\s+$", re.I)
        # ... and in a short stance item, not one after "the": "the Frankfurter Allgemeine reported" (an outlet or body)
        self.article_before = compiled_pattern(bounded(lex.words("name_article_words")) + r"\s+$", re.I)
        # ... but not one a stance of the race is on: "said they would support Barbados's Prime Minister X" (the
        # object of backing or refusing it, a state's possessive or "the" between, is in the race, if the article says so)
        self.stance_before = compiled_pattern(r"(?:" + lex.alt("endorsement", "verbs") + r"|" + lex.alt("opposition", "verbs")
                                              + r")\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}['’]s?\s+)?$", re.I)
        # "Barbados's candidate for the post, Ambassador X,": a candidate label set off before the name (with
        # a title, which then names no sitting office holder) and the state that owns it
        label = (bounded(lex.words("candidacy", "candidate_nouns")) + r"(?:\s+for\s+[^,.;:]{1,40}?)?\s*,\s+(?:"
                 + bounded(lex.words("title_words")) + r"\.?\s+)?$")
        self.candidate_label = compiled_pattern(label, re.I)
        # "Labour's candidate, X", "the Conservative candidate X", "the left's candidate, X": a party's or a side's
        # candidate is another election's, never one to propose
        self.other_contest_label = compiled_pattern(r"(?<![\w'’-])(?:" + lex.alt("candidacy", "other_contest_labels")
                                                    + r"|left|right)(?:['’]s?)?\s+" + bounded(lex.words("candidacy", "candidate_nouns"))
                                                    + r"(?:\s*,\s*|\s+)(?:" + bounded(lex.words("title_words")) + r"\.?\s+)?$", re.I)
        self.counted_field = counted_field(lex)
        # "four candidates: A; B; Barbados Prime Minister X", "the other two contenders, A and President X": a name
        # listed after the race's field (a plural noun of candidates, then a colon, a comma or a dash opening the
        # list), title and all, is one of the field, not a state's office holder who speaks for it
        field_nouns = [w for w in lex.words("candidacy", "candidate_nouns") if w.endswith("s")]
        self.field_list = compiled_pattern(
            r"(?<![\w'’-])" + bounded(field_nouns) + r"(?:\s+(?:in\s+the\s+(?:race|running)|left|remaining|remain|still\s+standing|"
            r"still\s+in\s+the\s+race|for\s+the\s+(?:post|job)|to\s+succeed\s+[^,;:.]{1,40}?))?"
            # (a colon or a dash opens the list; a comma only before one item at least: "Asked about the candidates,
            # President X said ..." is no list)
            r"(?:\s*(?::|\s[-–—])\s*(?:[^.:()]{0,240}?(?:[,;]\s*(?:and\s+)?|\s+and\s+))?|"
            r"\s*,\s*[^.:()]{1,240}?(?:[,;]\s*(?:and\s+)?|\s+and\s+))"
            # (what labels the name before its title: a state, its possessive or its demonym, "the")
            r"(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*(?:['’]s?)?\s+){0,3}$", re.I)
        # the title words between a state's name and the person it labels ("Barbados Prime Minister X"), and an
        # office of a state set off after a name ("X, Prime Minister of Barbados,", "X, the former foreign minister of")
        self.title_run = compiled_pattern(r"(?:\s+" + bounded(lex.words("title_words")) + r"\.?)+\s+", re.I)
        self.office_of = compiled_pattern(r"\s*,\s+(?:the\s+)?(?:(?:former|outgoing|current)\s+)?"
                                          + bounded(lex.words("government_nouns")) + r"\s+of\s+(?:the\s+)?", re.I)
        # an interview's headline or lede naming whom it interviews ('"I never planned this": X on ...', "Interview: X",
        # "This interview with X ..."): proposed, kept when their answers state them in the race ("Barbados nominated me")
        speech = Speech.of(lex)
        self.interviewed = (speech.quoted_lead, speech.interview_lead)
        self.lede_interview = speech.lede_interview
        self.reporting_verb = speech.reporting_verb
        self.owner_label = compiled_pattern(r"['’]s?\s+(?:[\w-]+\s+){0,2}?" + label, re.I)
        # "Janez Kos, Slovenia's candidate for the post,", "X, the Ghanaian nominee,": a candidate label set off
        # after the name, its state first
        self.label_after = compiled_pattern(r"\s*,\s+(?:(?P<article>the|an?)\s+)?(?:(?:former|ex-)\s*)?(?=[A-Z])")
        self.candidate_after = compiled_pattern(r"[^,;:.()]{0,40}?" + bounded(lex.words("candidacy", "candidate_nouns")), re.I)
        # "X as candidate of Bulgaria", "X as the nominee from Ghana"
        self.candidate_of = compiled_pattern(r"\s*,?\s+as\s+(?:the\s+|its\s+)?(?:official\s+)?"
                                       + bounded(lex.words("candidacy", "candidate_nouns"))
                                       + r"\s+(?:of|from)\s+(?:the\s+)?", re.I)

    def names(self, text: str, gazetteer: Gazetteer, stop: Callable[[], bool] | None = None,
              states: dict[str, str] | None = None, stances: bool = False) -> dict[str, str]:
        """Unknown person names in the sentences of `text` that speak of a candidacy, each with the
        pronoun that follows it there ("he", "she", or "" when none does); those of the sentences
        before `stop()` said so (the time budget) when it does. `states`, when given, gets the state
        the text gives a name ("Bulgaria's Anton Stavrev", "Villagran of Uruguay", "Villagran (Uruguay)")."""
        found: dict[str, str] = {}
        surnames: dict[str, None] = {}      # single unknown capitalised words of the sentences of the race
        considered: set[str] = set()        # the names read there, kept or not
        self._interviewee(text, gazetteer, found)
        sentences = _sentences(text)
        field_left = 0                      # sentences left of a counted field of the race just stated
        ahead = next(sentences, None)       # the sentence after the one read, and whether it proposes
        # (`stances`: a sentence of a state's stance proposes too, in a short stance item)
        proposes = (lambda x: self.proposing.search(x) is not None or self.stance.search(x) is not None) if stances else \
            (lambda x: self.proposing.search(x) is not None)
        ahead_proposing = ahead is not None and proposes(ahead[1])
        while ahead is not None:
            if stop is not None and stop():
                break
            (at, sentence), proposing = ahead, ahead_proposing
            ahead = next(sentences, None)
            ahead_proposing = ahead is not None and proposes(ahead[1])
            # an explainer's heading ("Tomasz Wierzbicki (Poland)") names the one its section is about:
            # the pronoun that stands for them is the first of the section
            heading = not proposing and len(sentence) < 90 and heading_name(sentence) is not None
            # "Ekow Boateng ran the central bank. On Monday she said she was running", "Mojca Zupan met delegates.
            # Slovenia nominated her": the name opening a sentence is whom the first pronoun of the next one,
            # which speaks of the race, stands for (no other person named between them)
            back = self._named_back(sentence, ahead[1], gazetteer) if ahead_proposing else None
            # "Four candidates remain. X, the Costa Rican who runs the agency, topped both rounds.": the names
            # opening the sentences after a counted field (events.py keeps those the field takes in)
            openers = self._openers(sentence) if field_left > 0 and not (heading or proposing or back) else ()
            field_left -= 1
            counted = self.counted_field.search(sentence)
            field_left = 2 * field_size(counted) if counted else field_left
            if not heading and not proposing and back is None and not openers:
                continue
            if proposing and len(surnames) < _MAX_SURNAMES:
                surnames.update((w.group(), None) for w in _SINGLE_NAME.finditer(sentence)
                                if w.group().lower() not in self.not_name_words and not gazetteer.lookup(w.group())
                                and not _CAPITALISED_BEFORE.search(sentence, max(0, w.start() - 30), w.start()))
            known: list[tuple[int, int]] | None = None     # the known names, read once a run may be a name
            mentions = None                                 # and the sentence's mentions, once a state is asked
            # what comes after each name, read once for all the sentence's names
            race_ahead, pronoun_ahead = _Ahead(self.proposing, sentence), _Ahead(_PRONOUN_AFTER, sentence)
            for m in _NAME.finditer(sentence) if proposing or heading else (back[0],) if back is not None else openers:
                if stop is not None and stop():
                    break       # (a sentence of megabytes is cut where the budget ran out)
                name = self._label_off(self._trim(m.group()), gazetteer)
                if name is None:
                    continue
                if back is not None and name == back[2]:
                    found[name] = found.get(name) or back[1]
                fresh = name not in considered
                considered.add(name)
                if known is None:
                    # in order, none overlapping: only the last starting before a name's end can overlap it
                    known = [(k.start(), k.end()) for k in gazetteer.find_names(sentence) if gazetteer.lookup(k.group())]
                    known_starts = [s for s, _ in known]
                start = m.start() + m.group().find(name.split()[0])
                i = bisect_left(known_starts, m.end())
                if (i and known[i - 1][1] > start) or _UPPER_AFTER.match(sentence, m.end()):
                    continue
                title = self.sitting_title.search(sentence, max(0, start - 40), start)
                if title and not _FORMER.search(sentence, max(0, title.start() - 30), title.end()) and \
                        not self.nominated_before.search(sentence, max(0, title.start() - 120), title.start()) and \
                        not self.field_list.search(sentence, max(0, title.start() - 300), title.start()) and \
                        not self.candidate_label.search(sentence, max(0, start - 90), start) and \
                        (stances or not self.stance_before.search(sentence, max(0, title.start() - 60), title.start())) and \
                        (not self._race_after(race_ahead, sentence, title, m.end())
                         or self.seat_of.search(sentence, max(0, title.start() - 30), title.start())):
                    # (one a state nominates is a candidate, "Latvia nominated its foreign minister, X", and so
                    # may be one the sentence goes on to put in the race: "Romanian President X announced his bid")
                    continue
                if stances and self.article_before.search(sentence[max(0, start - 5):start]):
                    continue    # (in a short stance item, "the Frankfurter Allgemeine reported": an outlet or body, no person)
                if _PLACE_BEFORE.search(sentence, max(0, start - 12), start):
                    # "the summit in Addis Ababa", "an act at the Executive Tower": a place (read as none, so
                    # that "confidence in X Y" leaves "Y" alone in a roster free to be that person)
                    if fresh:
                        considered.discard(name)
                    continue
                if self.media_before.search(sentence, max(0, start - 30), start) or \
                        _SOURCE_BEFORE.search(sentence, max(0, start - 30), start):
                    continue    # "told the Spanish daily El Pais", "in an interview with De Standaard": a source
                if self.other_contest_label.search(sentence, max(0, start - 60), start):
                    continue    # "Labour's candidate, X": another election's
                pronoun = _PRONOUN_AFTER.search(text, at + m.end(), at + m.end() + 300) if heading else \
                    pronoun_ahead.search(m.end())
                if pronoun is not None and not heading and _owned_after_aside(pronoun, sentence, m.end(), self.state_owned):
                    pronoun = None
                if not found.get(name):
                    found[name] = "" if pronoun is None else "he" if pronoun.group("he") else "she"
                # the mentions are read only where a possessor or an origin may give a state
                if states is None or name in states:
                    continue
                owner = _OWNER_BEFORE.search(sentence, max(0, start - 60), start) or \
                    self.owner_label.search(sentence, max(0, start - 90), start)
                origin = _ORIGIN_AFTER.match(sentence, m.end()) or self.candidate_of.match(sentence, m.end())
                nominator = None if owner or origin else self.nominated_before.search(sentence, max(0, start - 120), start)
                # "the Ghanaian economist X", "Bulgarian diplomat X": a demonym in the label before the name
                # (or a candidate label set off before it: "the Barbadian candidate, Ambassador X")
                labelled = not (owner or origin or nominator) and (
                    self.candidate_label.search(sentence, max(0, start - 90), start)
                    or _LABEL_BEFORE.search(sentence, max(0, start - 60), start)
                    or sentence.startswith(",", m.end()) and _LABEL_SET_OFF.search(sentence, max(0, start - 60), start))
                if owner or origin or nominator or labelled:
                    mentions = _Mentions(gazetteer.mentions_until(sentence, stop)[0]) if mentions is None else mentions
                    state = _state_of(mentions, owner.start() if owner else None, origin.end() if origin else None) \
                        if owner or origin else _subject_of(mentions, nominator.start()) if nominator \
                        else _demonym_before(mentions, sentence, labelled.start() if labelled.re is self.candidate_label else start)
                    if state:
                        states[name] = state
                # (or, in a heading, the state alone after a comma: "Janez Kos, Slovenia.")
                after = None if name in states else self.label_after.match(sentence, m.end())
                if after:
                    mentions = _Mentions(gazetteer.mentions_until(sentence, stop)[0]) if mentions is None else mentions
                    # (or a demonym's label: "X, a Greek diplomat,": the person's state)
                    state = next((x.value for x in mentions if x.kind == STATE and x.start == after.end() and (
                        self.candidate_after.match(sentence, x.start) or heading and _HEADING_END.match(sentence, x.end)
                        or _person_label(after, x, sentence))),
                                 None)
                    if state:
                        states[name] = state
                if heading and name not in states:
                    # "Kwabena Asante-Mensah. Ghana's candidate is ...": the section opens with its state's label
                    opening = text[at + len(sentence):at + len(sentence) + 160]
                    lead = _SECTION_OPENING.match(opening)
                    first = gazetteer.mentions(opening[lead.end():])[:1] if lead else []
                    if first and first[0].kind == STATE and first[0].start == 0 \
                            and self.candidate_after.match(opening, lead.end()):
                        states[name] = first[0].value
        # a surname alone in a sentence of the race, named in full only in others ("Desmond Alleyne met
        # delegates. Barbados nominated Alleyne in January"): the full name (not one such a sentence names
        # in full and the checks above left out, as a sitting minister, nor one named in full after a sitting
        # office's title: "President Laura Fernandez ... 'She is our candidate,' Fernandez said")
        had = {n.split()[-1] for n in considered}
        if self.other_race is not None and self.other_race.search(text):
            surnames = {}
        capitals = _Capitals(text)
        for surname in surnames:
            if surname not in had and (full := self._full_name(capitals, surname)) and full not in considered \
                    and not self._sitting(text, text.find(full)):
                found[full] = ""
        # a headline's capitalised words before a surname the body names in full ("Outsider Varga shakes up the race"
        # ... "Istvan Varga"): the body's name, not a second person
        title_end = text.find("\n")
        for name in [n for n in found if title_end > 0 and text.find(n, title_end) < 0 and any(
                o != n and o.split()[-1] == n.split()[-1] and text.find(o, title_end) >= 0 for o in found)]:
            del found[name]
        for name, pronoun in found.items():
            if not pronoun:
                found[name] = _pronoun_of(capitals, name.split()[-1], self.state_owned)
            if states is not None and name not in states and (state := self._state_anywhere(capitals, name, gazetteer)):
                states[name] = state
        return found

    def _state_anywhere(self, capitals: "_Capitals", name: str, gazetteer: Gazetteer) -> str | None:
        """The state the article gives a proposed name wherever it names them (their first few mentions), not only
        in a sentence of the race: "Barbados's Mottley", "Barbados Prime Minister Mia Mottley", "the Barbadian
        diplomat X", "Mottley of Barbados", "X (Barbados)", "X, Prime Minister of Barbados," (what "the Barbadian"
        and "her own country" then stand for)."""
        text, surname = capitals.text, name.split()[-1]
        for at in capitals.at.get(surname, ())[:_STATE_LOOKS]:
            start = at - len(name) + len(surname) if text.startswith(name, at - len(name) + len(surname)) else at
            end = at + len(surname)
            lo = max(0, start - 100, text.rfind("\n", 0, start) + 1)
            hi = min(len(text), end + 60, len(text) if text.find("\n", end) < 0 else text.find("\n", end))
            window = text[lo:hi]
            mentions = _Mentions(gazetteer.mentions(window))
            s, e = start - lo, end - lo
            owner = _OWNER_BEFORE.search(window, max(0, s - 60), s)
            state = _state_of(mentions, owner.start(), None) if owner else None
            state = state or _demonym_before(mentions, window, s)
            before = mentions.last_by(s)
            if state is None and before is not None and before.kind == STATE and self.title_run.fullmatch(window, before.end, s):
                state = before.value        # "Barbados Prime Minister Mia Mottley"
            # (post-nominal letters may come first: "X, S.C., M.P., Prime Minister of Barbados")
            origin = _ORIGIN_AFTER.match(window, e) or self.office_of.match(window, _POST_NOMINALS.match(window, e).end())
            if state is None and origin:
                state = next((m.value for m in mentions if m.kind == STATE and m.start == origin.end()), None)
            # (an age may come first: "Varga, 58, a former Hungarian foreign minister")
            label = self.label_after.match(window, _AGE_AFTER.match(window, e).end()) if state is None else None
            if label and label.group("article"):
                # "Espinosa, the Ecuadorian nominated by ...", "X, a Greek diplomat": a demonym opening the label
                state = next((m.value for m in mentions if m.kind == STATE and m.start == label.end()
                              and m.form in _DEMONYM_FORMS and _LABEL_GOES_ON.match(window, m.end)), None)
            if state:
                return state
        return None

    def _interviewee(self, text: str, gazetteer: Gazetteer, found: dict[str, str]) -> None:
        """The unknown full name an interview's headline opens with (after its quotation and colon, or an interview
        noun), or its first paragraph says it is with, added to `found`; not one after a sitting office's title (a
        state's minister interviewed speaks for the state)."""
        title_end = text.find("\n")
        lede = re.compile(r"\n+[^\n]*").match(text, max(0, title_end))
        places = [(lead.end(), title_end) for lead in (p.match(text, 0, max(0, title_end)) for p in self.interviewed) if lead]
        said = self.lede_interview.search(text, lede.start(), lede.end()) if lede and title_end >= 0 else None
        places += [(said.end(), lede.end())] if said else []
        for at, end in places[:1]:
            run = _NAME.match(text, at, end)
            name = run and self._trim(run.group())
            if name and run.group().endswith(name) and not gazetteer.lookup(name) and not gazetteer.lookup(name.split()[-1]) \
                    and not self._sitting(text, run.end() - len(name)):
                found.setdefault(name, "")

    def _openers(self, sentence: str) -> tuple[re.Match, ...]:
        """The name (and one coordinated with it) opening a sentence; or every name of a line that is only
        their list after a short label and its colon ("In order of appearance: X, Y and Z.")."""
        label = _LIST_LABEL.match(sentence)
        listed = [] if label is None else list(_NAME.finditer(sentence, label.end()))
        if listed and listed[0].start() == label.end() and _LIST_END.fullmatch(sentence, listed[-1].end()) and all(
                _LIST_GLUE.fullmatch(sentence, a.end(), b.start()) for a, b in zip(listed, listed[1:])):
            return tuple(listed)
        first = _NAME.match(sentence, len(sentence) - len(sentence.lstrip(' "“‘\'')))
        if first is None:
            return ()
        joined = re.compile(r"\s+and\s+").match(sentence, first.end())
        second = _NAME.match(sentence, joined.end()) if joined else None
        return (first,) if second is None else (first, second)

    def _named_back(self, sentence: str, after: str, gazetteer: Gazetteer) -> tuple[re.Match, str, str] | None:
        """The unknown full name opening `sentence` and "he" or "she", where the first person pronoun of the
        sentence `after` stands for it: no other person named after the name, nor before the pronoun."""
        run = _NAME.search(sentence, 0, 90)
        name = run and self._trim(run.group())
        # a few words of a label or a time may come first: "Slovenia's Mojca Zupan", "Greek diplomat X"
        at = None if name is None else run.end() - len(name)
        if name is None or not _OPENING_WORDS.fullmatch(sentence, 0, at) or self._sitting(sentence, at) \
                or self._person_named(sentence, run.end(), len(sentence)) \
                or any(gazetteer.lookup(w) for w in (name, name.split()[-1])):
            return None
        pronoun = _PRONOUN_AFTER.search(after)
        if pronoun is None or self._person_named(after, 0, pronoun.start()) or any(
                (hit := gazetteer.lookup(k.group())) is not None and (hit[0] == CANDIDATE or hit[3])
                for k in gazetteer.find_names(after[:pronoun.start()])):
            # (nor a person the story knows, by surname alone: "X quit the race. Grossi said he ...")
            return None
        return run, "he" if pronoun.group("he") else "she", name

    def _person_named(self, text: str, start: int, end: int) -> bool:
        """Another person is named in text[start:end]: two capitalised words, neither a word of a title, a body or a
        place ("of the UN Development Programme", "the Security Council" name no one; "President Laura Fernandez" names
        her), or a courtesy title."""
        while (p := _PERSON_NAMED.search(text, start, end)) is not None:
            words = p.group().split()
            if len(words) == 1 or not any(w.lower().strip("'’") in self.not_name_words for w in words):
                return True
            start = p.start() + len(words[0])
        return False

    def _race_after(self, race_ahead: _Ahead, sentence: str, title: re.Match, end: int) -> re.Match | None:
        """The first word of the race after a sitting office holder's name ending at `end`, past the verb of a
        speech tag set off after a clause or a quotation ("S is co-sponsoring the nomination, Prime Minister
        X confirmed in C."): that verb has no object, it only says who spoke."""
        cue = race_ahead.search(end)
        if cue is not None and _TAG_OPENS.search(sentence, max(0, title.start() - 3), title.start()) and \
                sentence[end:cue.start()].isspace() and self.tag_ends.match(sentence, cue.end()) and \
                (said := self.reporting_verb.match(sentence, cue.start())) is not None and said.end() >= cue.end():
            # (a verb of speech only: "Prime Minister X withdrew on Monday" states the race)
            return self.proposing.search(sentence, cue.end())
        return cue

    def _sitting(self, text: str, at: int) -> bool:
        """The name at `at` follows a sitting office's title ("President Laura Fernandez"): a state's office
        holder, who speaks for it, not one in the race ("Former President X" may be)."""
        title = self.sitting_title.search(text, max(0, at - 40), at)
        return title is not None and not _FORMER.search(text, max(0, title.start() - 30), title.end())

    def _full_name(self, capitals: "_Capitals", surname: str) -> str | None:
        """The first name of two to four words in the text that ends with `surname`: the first match of
        (?<![\w'’-])(?:[A-Z][\w'’-]*[a-z][\w'’-]*[^\S\n]+){1,3}SURNAME(?![\w'’-]) that _trim keeps, tried
        only where such a match may start (one to three words before the surname)."""
        text, found = capitals.text, set(capitals.at.get(surname, ()))
        resume = 0      # a match is looked for after the last one, as re.finditer does
        for start in sorted({s for at in found for s in _words_before(text, at)}):
            if start < resume:
                continue
            end = None
            for words in _WORDS:        # three words before the surname, else two, else one (the greedy {1,3})
                m = words.match(text, start)
                if m and m.end() in found:
                    end = m.end()
                    break
            if end is None:
                continue
            name = self._trim(text[start:end + len(surname)])
            if name is not None and name.endswith(surname):
                return name
            resume = end + len(surname)
        return None

    @staticmethod
    def _label_off(name: str | None, gazetteer: Gazetteer) -> str | None:
        """The name after a state's word opening it ("the Namibian Amara Nkosi", "the Costa Rican Ana Mora": the
        demonym labels the person, as "the Namibian economist" does), when two words of a name are left."""
        words = name.split() if name else ()
        for k in (2, 1):
            if len(words) - k >= 2 and (hit := gazetteer.lookup(" ".join(words[:k]))) is not None and hit[0] == STATE \
                    and not hit[3]:
                return " ".join(words[k:])
        return name

    def _trim(self, run: str) -> str | None:
        """The name at the end of a capitalised run ("Former Costa Rican Vice-President Rebeca Grynspan"
        -> "Rebeca Grynspan"): the longest tail with no title, body, post or common word, 2-4 words."""
        tail: list[str] = []
        for w in reversed(run.split()):
            # a possessor is no part of the name after it: "Norway's Ingrid Solvang"
            if tail and w.endswith(("'s", "’s")) or any(
                    part in self.not_name_words for part in w.lower().strip("'’").split("-")):
                break
            tail.insert(0, w[:-2] if w.endswith(("'s", "’s")) else w)
        return " ".join(tail) if 2 <= len(tail) <= 4 else None
