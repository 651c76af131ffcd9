"""Whom each reference found in a sentence stands for: one step per kind of reference (a name, an
unlisted person, a role, a group, an epithet, a kind of state, an "its candidate"; an "it", a state
anaphor and a pronoun in pronouns.py), each reading and adding to what the sentence has found so far (`_Sentence`).
`References` is part of discourse.Resolver: it reads the resolver's patterns and tables."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from natowatch.extract.descriptors import INDEFINITE_BEFORE
from natowatch.extract.discourse_forms import (BODY_AFTER, BODY_OF, BODY_OPENING, body_key, _EX, _INSIDE_ROLES, _LABEL_AFTER, _LABEL_BEFORE,
                                               _POSSESSIVE_AFTER, _Clauses, _label)
from natowatch.extract.mentions import CANDIDATE, MEMBERS, ORG, STATE, Mention
from natowatch.extract.pronouns import Pronouns
from natowatch.extract.salience import Salience
from natowatch.extract.stateforms import RECENT_SENTENCES


if TYPE_CHECKING:
    from natowatch.extract.discourse import Reading
# how many sentences before its own a described person's candidate may have been named ("a man who ...")
DESCRIBED_REACH = 3
# how many sentences back an organisation's head word or body still stands for it ("The Conference endorsed X"); a
# body's name of several words ("the Conference of Heads of Government") is as plain as a name: in the whole article
BODY_REACH = 10
# a relative clause that tells a fact of the person, not a profile anyone may fit: not "who can unite the alliance",
# "who would ...", "who will ..."
_RELATIVE_FACT = re.compile(r"\s+(?:whom\b|who\s+(?!(?:(?:\w+ly|once|also|still|never|not)\s+)?(?:can|cannot|could|will|"
                            r"would|may|might|must|should|shall|wo|ca)(?:n['’]t)?\b))", re.I)
# between a noun and the subject of a clause left without "whom": at most an article
_ARTICLE_ONLY = re.compile(r"\s+(?:the\s+)?")
# the speaker says after the description that it named no one: "cannot support someone who ..., without naming
# anyone", "..., though he declined to say whom he meant" (the description picks out no candidate)
_NAMED_NO_ONE = re.compile(r"\b(?:without\s+(?:naming|mentioning|identifying)\s+(?:anyone|anybody|names|any\s+names?|a\s+name|"
                           r"(?:any|a|the)\s+(?:candidate|person|one)s?)|(?:did|does|would)\s+not\s+(?:name|say)\s+(?:anyone|anybody|names|"
                           r"whom|who)|declined\s+to\s+(?:name|say|identify)\s+(?:anyone|anybody|names|whom|who|the\s+candidate))\b", re.I)
# that clause's verb, in the past or perfect ("appointed", "had chosen", "formally picked")
_PAST_AFTER = re.compile(r"\s+(?:(?-i:[a-z]+ly)\s+)?(?:(?:had|has|have)\s+)?(?:(?-i:[a-z]+ly)\s+)?(?P<verb>(?-i:[a-z]{2,}))\b")
# a clause set off at the front of a sentence by a subordinator of time or cause, up to a possessive in it
_FRONTED_CLAUSE = re.compile(r"\s*[\"“‘']?(?:after|since|once|when|while|whilst|as|before|until|till|though|although|"
                             r"because|now\s+that|with)\s+(?:[^,;⟨⟩]*\s)?$", re.I)


@dataclass
class _Sentence:
    """One sentence being resolved: what its steps read and what they have found so far."""

    r: Reading
    named: set[str]            # the candidates the article names
    people_roles: set
    salience: Salience
    genders: dict[str, str] | None
    index: _Clauses
    items: list[Mention] = field(default_factory=list)
    covered_until: int = -1
    swallowed_until: int = -1
    role_until: int = -1
    first: tuple[str | None, str] | None = None        # the sentence's first person, outside quotations
    label: tuple[str, int] | None = None    # the last state's label of a person ("Colombian Foreign Minister"), its end
    stranger: tuple[str, int, bool] | None = None   # the last unlisted person's name, its end, whether first
    left_here: set[str] = field(default_factory=set)     # the candidates this sentence says left the race
    compared: set[int] = field(default_factory=set)      # where the candidates named in a comparison start ("Unlike X,")


class References(Pronouns):
    """The steps of Resolver._resolve_sentence, by kind of reference (those of pronouns and anaphors: pronouns.py)."""

    def _office_holder(self, descriptor: str, named: set[str]) -> str | None:
        """The one candidate of the article whose listed roles hold the descriptor's office as written ("the
        ex-president": the one with "former president"), or None."""
        words = _EX.sub("former ", re.sub(r"^\W*the\s+", "", descriptor, flags=re.I).lower())
        fit = [c for c in named if words in self.roles.get(c, ())]
        return fit[0] if len(fit) == 1 else None

    def _state_bid(self, m: Mention, text: str, named: set[str]) -> Mention:
        """"Uruguay supports Argentina's candidacy": the bid of the one candidate named whose state that is
        (the candidate's own possessive then, as in "Grossi's candidacy"); "Argentina's candidate" is that
        candidate. Not a bid for another aim ("Romania's bid to host the summit")."""
        owned = self.state_bid.match(text, m.end)
        if owned is None:
            return m
        own = [c for c in self.gaz.states_with_candidates.get(m.value, ()) if c in named]
        if len(own) != 1:
            return m
        end = owned.end() if owned.group("person") else m.end
        return replace(m, end=end, kind=CANDIDATE, value=own[0], form="descriptor", actor=True, person=True)

    def _on_name(self, st: _Sentence, obj: Mention) -> None:
        """A name the gazetteer found (a state, a candidate, a descriptor of either)."""
        r, named, people_roles, salience = st.r, st.named, st.people_roles, st.salience
        items, left_here = st.items, st.left_here
        if obj.start < st.swallowed_until or obj.kind in _INSIDE_ROLES and obj.start < st.role_until:
            return        # a body named in a candidate's second role: "and UN human rights chief"
        if self._national_demonym(obj, r, salience):
            salience.see_stranger(r.in_quote(obj.start))
            return
        m = self._resolve_descriptor(obj, r.text, named, people_roles, salience)
        if m is not None and m.kind == CANDIDATE and m.form == "descriptor":
            m = self._with_second_role(m, r)
            st.swallowed_until = m.end
        elif m is not None and m.kind == STATE and m.form in ("possessive", "modifier"):
            m = self._state_bid(m, r.text, named)
        if m is None and INDEFINITE_BEFORE.search(r.text, max(0, obj.start - 30), obj.start):
            salience.see_stranger(r.in_quote(obj.start))    # "a former Chilean president said she ..."
        # "Unlike X, she ...": named, but not whom the pronouns after it stand for
        compared = m is not None and m.kind == CANDIDATE and (self.compared_before.search(r.text, max(0, m.start - 60), m.start)
                                                             or self.rivals_before.search(r.text, max(0, m.start - 160), m.start))
        # "after meeting X, he ...", "said after talks with X that she ...": named, but not whom "he"/"she" stand for
        met = m is not None and m.kind == CANDIDATE and not compared and \
            self.met_before.search(r.text, max(0, m.start - 80), m.start) is not None
        if m is not None:
            items.append(m)
            if compared or met:
                st.compared.add(m.start)
            if met:
                salience.see_partner(m, r.in_quote(m.start))
            elif compared:
                salience.see_compared(m, r.in_quote(m.start))
            else:
                salience.see(m, r.in_quote(m.start))
            if m.kind == STATE and m.value in self.org_heads:
                self._see_body(st, m)
            if st.first is None and m.person and m.kind in (CANDIDATE, STATE) and not r.in_quote(m.start) and not compared \
                    and not met:
                st.first = (m.kind, m.value)
        if m is not None and m.kind == CANDIDATE and (left := self.left_race.match(r.text, m.end)):
            salience.left.add(m.value)      # "Iohannis quit the contest"
            if not re.match(r"['’]", left.group()):
                left_here.add(m.value)      # (not "X's withdrawal ends a campaign that ... nominated her": the
                # sentence goes on about the leaver)
        label_end = self.person_label_end(r.text, m) if m is not None else None
        if label_end is not None:
            if label_end == m.end:      # (not "served as Slovenia's president": a predicate)
                salience.see_person_of(m, r.in_quote(m.start))    # "a Finnish diplomat": a person of Finland
            st.label = (m.value, label_end)
            if st.stranger and _LABEL_AFTER.fullmatch(r.text, st.stranger[1], m.start):
                _label(salience, st.stranger[0], m.value)      # "Laura Sarabia, Colombia's foreign minister,"
                if st.first == (None, "") and st.stranger[2]:
                    st.first = (STATE, m.value)     # the sentence's subject, whom an opening "She" goes on about
        elif m is not None and m.value in self.gaz.states_with_candidates and (
                national := self.nationals.labelled(r.text, m, r.mentions)):
            # (only a state with candidates: a bare demonym may stand for one of them)
            salience.see_national(m.value, national.start("name"), r.in_quote(national.start("name")))

    def _on_described(self, st: _Sentence, obj: re.Match) -> None:
        """"would not back a man who once said ...", "the man the allies appointed last month", "a fellow Caribbean
        woman": a person noun described by a fact (a relative clause that is no profile, a clause left without
        "whom" after "the", "fellow") stands for the one candidate named in this sentence or the DESCRIBED_REACH
        before it whom its noun, demonym and region fit (a man: not a candidate known as a woman)."""
        r, salience = st.r, st.salience
        pronoun = obj.group("pron") is not None
        end = obj.end("pron" if pronoun else "head")
        mods = "" if pronoun else obj.group("mods").lower()
        post = self.post_before_relative.match(r.text, end)
        relative = _RELATIVE_FACT.match(r.text, post.end() if post else end)
        if relative is None and (pronoun or not (obj.group("det").lower() == "the" and self._zero_relative(r, end))
                                 and not re.search(r"\bfellow\b", mods)):
            return
        if _NAMED_NO_ONE.search(r.text, end):
            return      # "..., without naming anyone": the speaker picks out no one
        word = None if pronoun else self.described_heads.get(obj.group("head").lower())
        # (a demonym among its modifiers: "a Dutch statesman who"; a state's kind: "a fellow Caribbean woman")
        # (a kind of two words first: "Latin American", whose "American" is no demonym of the United States here)
        words = mods.split()
        region = next((k for w in [" ".join(p) for p in zip(words, words[1:])] + words
                       if (k := self.state_forms.states.get(w))), None)
        states = {m.value for m in r.mentions if m.kind == STATE and obj.start() < m.start < end} if region is None else set()
        recent = salience.sentence - DESCRIBED_REACH
        fit = [c for c, (at, _) in salience.candidates.items()
               if max(at, salience.referred.get(c, -1)) >= recent
               and (word is None or salience.agrees(CANDIDATE, c, word) and c not in salience.unsexed)
               and (not states or self.home_states.get(c) in states)
               and (region is None or self.home_states.get(c) in region)]
        if len(fit) != 1:
            return
        st.covered_until = st.swallowed_until = end
        st.items[:] = [m for m in st.items if not (m.kind == STATE and obj.start() <= m.start < end)]
        salience.referred[fit[0]] = salience.sentence
        st.items.append(Mention(obj.start(), end, CANDIDATE, fit[0], "descriptor", True, True))

    def _zero_relative(self, r: Reading, end: int) -> bool:
        """"the man the allies appointed last month": a state or the organisation right after the noun, then a verb
        in the past (the relative clause's, its "whom" left out)."""
        actor = next((m for m in r.mentions if m.start >= end), None)
        if actor is None or actor.kind not in (STATE, ORG, MEMBERS) or not _ARTICLE_ONLY.fullmatch(r.text, end, actor.start):
            return False
        verb = _PAST_AFTER.match(r.text, actor.end)
        return verb is not None and (verb.group("verb").endswith("ed") or verb.group("verb") in self.past_forms)

    def _on_stranger(self, st: _Sentence, obj: re.Match) -> None:
        """A person the story does not list: labelled by a state just named, the state acts."""
        r, salience, items, genders = st.r, st.salience, st.items, st.genders
        name = obj.group()
        if st.label is not None and _LABEL_BEFORE.fullmatch(r.text, st.label[1], obj.start()):
            _label(salience, name, st.label[0])     # "Colombian Foreign Minister Laura Sarabia"
        state = salience.labelled.get(name)
        if state is not None:
            # (the person acts for the state: "Sarabia said her country would back X")
            m = Mention(obj.start(), obj.end(), STATE, state, "person", True, True)
            items.append(m)
            salience.see(m, r.in_quote(m.start))
            if st.first is None and not r.in_quote(m.start) and not _POSSESSIVE_AFTER.match(r.text, m.end):
                st.first = (STATE, state)      # (not "Schialer's rival, Ana Cruz, said she ...")
            return
        st.stranger = (name, obj.end(), st.first is None and not r.in_quote(obj.start()))
        # "Ms Ama Owusu": not whom a later "her" stands for, when that could be a name of unknown sex
        salience.see_stranger(r.in_quote(obj.start()), (genders or {}).get(obj.group().split()[-1]))
        if not r.in_quote(obj.start()) and st.first is None:
            st.first = (None, "")

    def _on_role(self, st: _Sentence, obj: re.Match) -> None:
        """"the president": the candidate who holds the role, else the state of a person who does."""
        r, salience, items = st.r, st.salience, st.items
        st.covered_until = obj.end()
        holder = salience.role_holders.get(obj.group("role").lower())
        if holder:
            st.role_until = obj.end()
            # (a name of the post or a body the role holds, read first where both start: "the head of UN Trade and
            # Development" holds "the head of UN"; the longer mention wins)
            items[:] = [x for x in items if not (x.kind in _INSIDE_ROLES and obj.start() <= x.start and x.end <= obj.end())]
            m = Mention(obj.start(), obj.end(), CANDIDATE, holder, "descriptor", True, True)
            items.append(m)
            salience.see(m, r.in_quote(m.start))
        elif state := salience.state_role_holder(obj.group("role").lower()):
            # "Sunak raised it at lunch ... the prime minister was backing X": the state of that person
            st.role_until = obj.end()
            m = Mention(obj.start(), obj.end(), STATE, state, "anaphor", True, True)
            items.append(m)
            salience.see(m, r.in_quote(m.start))

    def _on_group(self, st: _Sentence, obj: re.Match) -> None:
        """"Both endorsed Rutte": each state of the last group of states named."""
        salience, items = st.salience, st.items
        st.covered_until = obj.end()
        # "Both endorsed Rutte": each state of the last group of states named; "the four capitals": of the last list
        # of four
        n = obj.group("n") if "n" in obj.re.groupindex else None
        # (a bare count, "All four backed him", only of a list in this sentence or the one before)
        values = salience.counted_list(self.count_of[n.lower()], 3 if obj.group().split()[-1].lower() != n.lower() else 1) \
            if n else salience.state_group
        items += [Mention(obj.start(), obj.end(), STATE, v, "anaphor", True, False) for v in values]

    def _on_epithet(self, st: _Sentence, obj: re.Match) -> None:
        """"the 57-year-old", "the veteran diplomat": the person named just before, a candidate."""
        r, named, salience, items = st.r, st.named, st.salience, st.items
        st.covered_until = obj.end()
        holder = salience.last_person
        if obj.re is self.section_opener and holder and not self._may_hold(holder[1], obj.group().lower()):
            return        # "Ana Duarte (Portugal). The former central bank governor ...": offices she never held
        if holder and holder[0] == CANDIDATE:
            m = Mention(obj.start(), obj.end(), CANDIDATE, self._office_holder(obj.group(), named) or holder[1],
                        "descriptor", True, True)
            items.append(m)
            salience.see(m, r.in_quote(m.start))

    def _on_nominated(self, st: _Sentence, obj: re.Match) -> None:
        """"Ghana proposed the veteran diplomat": the candidate of the state that nominates."""
        r, named, salience, items = st.r, st.named, st.salience, st.items
        holder = salience.last_person
        nominator = next((m for m in reversed(items) if m.kind == STATE and m.actor), None)
        value = holder[1] if holder and holder[0] == CANDIDATE else None
        if value is None and nominator:
            # someone else named last ("told President X. Chile nominated the ex-president"): the one
            # candidate of the article whose roles the descriptor names, if from that state
            value = self._office_holder(obj.group("d"), named)
        if value and nominator and self.home_states.get(value) == nominator.value:
            st.covered_until = st.swallowed_until = obj.end("d")
            m = Mention(obj.start("d"), obj.end("d"), CANDIDATE, value, "descriptor", True, True)
            items.append(m)
            salience.see(m, r.in_quote(m.start))

    def _on_stance_object(self, st: _Sentence, obj: re.Match) -> None:
        """"Ankara said it backs the candidate": the one candidate named in this sentence or the one before (with
        two or more named there, the noun says not which)."""
        salience = st.salience
        recent = [c for c, (at, _) in salience.candidates.items() if at >= salience.sentence - 1]
        if len(recent) != 1:
            return
        st.covered_until = st.swallowed_until = obj.end("d")
        m = Mention(obj.start("d"), obj.end("d"), CANDIDATE, recent[0], "descriptor", True, True)
        st.items.append(m)
        salience.see(m, st.r.in_quote(m.start))

    def _on_list_item(self, st: _Sentence, obj: re.Match) -> None:
        """"Hungary and Romania held out; the latter ...", "A, B and C - the last still ...": the last (or first) item of
        the last list of states or candidates named before it in this sentence, else in the sentence before (the former
        and the latter of a list of two only)."""
        r, salience = st.r, st.salience
        lists = _item_lists(r.text, [m for m in st.items if m.end <= obj.start()])
        kind, values = lists[-1] if lists else next(((k, v) for k, v, at in reversed(salience.item_lists)
                                                     if at == salience.sentence - 1), (None, ()))
        word = obj.group("w").lower()
        if not values or word != "the last" and len(values) != 2:
            return
        st.covered_until = obj.end()
        value = values[-1] if self.list_item_end[word] == "last" else values[0]
        m = Mention(obj.start(), obj.end(), kind, value, "anaphor" if kind == STATE else "descriptor", True, kind == CANDIDATE)
        st.items.append(m)
        salience.see(m, r.in_quote(m.start))

    def _on_kind(self, st: _Sentence, obj: re.Match) -> None:
        """"the Baltic state": the one state of that kind named just before."""
        r, salience, items = st.r, st.salience, st.items
        st.covered_until = obj.end()
        # "the Baltic state": the one state of that kind named just before
        value = salience.recent_state(self.state_forms.of_kind(obj), RECENT_SENTENCES)
        if value:
            m = Mention(obj.start(), obj.end(), STATE, value, "anaphor", True, False)
            items.append(m)
            salience.see(m, r.in_quote(m.start))

    def _see_body(self, st: _Sentence, m: Mention) -> None:
        """An organisation named: its head word ("the Community") and a body named as its part right before it ("The
        Conference of (the) ...") stand for it in the sentences after."""
        salience = st.salience
        for head in self.org_heads[m.value]:
            salience.bodies[head] = (m.value, salience.sentence)
        # (or right after it: "the <organisation> Conference of Heads of Government"; not an office's title, whose holder
        # is a person: "the President of the <organisation>", "<organisation> Secretary X"; nor a word or name of the
        # race's own organisation and bodies: "the Assembly", but "the Assembly of Heads of State and Government")
        before, opening = BODY_OF.search(st.r.text, max(0, m.start - 60), m.start), BODY_OPENING.match(st.r.text, m.start, m.end)
        keys = [body_key(b) for b in (before, opening, BODY_AFTER.match(st.r.text, m.end)) if b is not None]
        if before is not None and opening is not None:
            keys.append(f"{body_key(before)} of {body_key(opening)}")    # "The Summit of" + "Heads of State of the <org>"
        for key in keys:
            if key.split()[0] not in self.title_words and not (
                    " " not in key and key in self.own_body_words or key in self.own_body_names):
                salience.bodies[key] = (m.value, salience.sentence)

    def _on_body(self, st: _Sentence, obj: re.Match) -> None:
        """"The Conference endorsed X", "the Community's support", "Heads of Government agreed to endorse X": the
        organisation whose head word or body that is, named within BODY_REACH sentences (a body's name of several words
        anywhere before)."""
        key = body_key(obj)
        seen = st.salience.bodies.get(key)
        if seen is not None and (" " in key or seen[1] >= st.salience.sentence - BODY_REACH):
            st.covered_until = obj.end()    # (only when it stands for one: "The Government" is still the state's)
            m = Mention(obj.start(), obj.end(), STATE, seen[0], "anaphor", True, False)
            st.items.append(m)
            st.salience.see(m, st.r.in_quote(m.start))

    def _on_owned(self, st: _Sentence, obj: re.Match) -> None:
        """"its candidate", "its own president": the one candidate of the state just named."""
        r, named, salience, items = st.r, st.named, st.salience, st.items
        st.covered_until = obj.end()
        state = next((m for m in reversed(items) if m.kind == STATE and m.actor), None) or self._fronted_state(r, obj)
        own = [c for c in self.gaz.states_with_candidates.get(state.value, ()) if c in named] if state else []
        if "role" in obj.groupdict():
            held = lambda c: obj.group("role").lower() in (x.lower() for x in self.roles.get(c, ()))
            # with the name left out ("declined to back X while its own president was in the race"): the
            # state's one candidate in that office, as for "the Romanian president"
            own = [c for c in own if held(c)] or [
                c for c in self.gaz.states_with_candidates.get(state.value, ()) if held(c)] if state else []
        if len(own) == 1:
            m = Mention(obj.start(), obj.end(), CANDIDATE, own[0], "descriptor", True, True)
            items.append(m)
            salience.see(m, r.in_quote(m.start))

    @staticmethod
    def _fronted_state(r: Reading, obj: re.Match) -> Mention | None:
        """"After its president quit the race, Romania backed X", "Once their candidate withdrew, the Chileans ...": a
        state's possessive in a clause set off at the front, with no one named before it, is the state the main clause
        opens with (as `_fronted_owner` reads a candidate's)."""
        if not _FRONTED_CLAUSE.match(r.text[:obj.start()]) or any(m.start < obj.start() for m in r.mentions):
            return None
        comma = r.text.find(",", obj.end())
        subject = next((m for m in r.mentions if m.start > comma), None) if comma > 0 else None
        if subject is None or subject.kind != STATE or not subject.actor or not re.fullmatch(
                r"\s*(?:the\s+)?", r.text[comma + 1:subject.start], re.I):
            return None
        return subject


# what joins the items of a list a counted anaphor stands for: a comma, "and", "or", "as well as"
_COUNTED_GLUE = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|as\s+well\s+as)\s+)(?:the\s+)?", re.I)


def _item_lists(text: str, items: list[Mention]) -> list[tuple[str, tuple[str, ...]]]:
    """(kind, values) of each list of two or more states, or of two or more candidates, in the mentions `items` (in text
    order), joined by commas, "and" or "or", acting or not ("all but Budapest, Bratislava and Bucharest")."""
    out = []
    for kind in (STATE, CANDIDATE):
        run: list[Mention] = []
        for m in [x for x in items if x.kind == kind] + [None]:
            if m is not None and run and m.start >= run[-1].end and _COUNTED_GLUE.fullmatch(text, run[-1].end, m.start):
                run.append(m)
                continue
            values = tuple(dict.fromkeys(x.value for x in run))
            if len(values) > 1:
                out.append((run[0].start, kind, values))
            run = [m] if m is not None else []
    return [(kind, values) for _, kind, values in sorted(out)]
