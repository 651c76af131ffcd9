"""The parts the generated grids share (tests/extract/lexicon/test_form_grid.py, the forms of every lemma;
tests/extract/clauses/test_insertion_grid.py, material inserted between the roles): the entities of each race,
the lexicon's entries inflected, the complements of the person's verbs, the case and its strict-xfail list."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from natowatch.extract.lexicon import participle, verb_forms
from tests.extract.conftest import LEXICON_FILE

LEX = yaml.safe_load(LEXICON_FILE.read_text(encoding="utf-8"))
IRREGULAR = LEX["irregular_verbs"]
POSSESSIVES = {"he": "his", "she": "her", "it": "its"}
OBJECT = {"he": "him", "she": "her"}

# ---------------------------------------------------------------- the entities of each race


@dataclass(frozen=True)
class Actor:
    state: str          # the name events carry
    capital: str
    demonym: str
    leader: str         # title and name, as the story file lists the person
    leader_pronoun: str


@dataclass(frozen=True)
class Person:
    name: str
    pronoun: str
    role_noun: str      # a demonym and an epithet noun of the lexicon


@dataclass(frozen=True)
class Race:
    key: str
    title: str
    published: dt.date
    post: str
    other_post: str     # a post of the story's other_races
    body: str           # who appoints
    place: str
    actors: tuple[Actor, ...]
    people: tuple[Person, ...]


RACES = {
    "nato": Race("nato", "The race to lead NATO", dt.date(2024, 4, 12), "NATO secretary general",
                 "UN secretary-general", "NATO allies", "Brussels",
                 (Actor("Turkey", "Ankara", "Turkish", "President Recep Tayyip Erdoğan", "he"),
                  Actor("Germany", "Berlin", "German", "Chancellor Olaf Scholz", "he"),
                  Actor("Hungary", "Budapest", "Hungarian", "Prime Minister Viktor Orbán", "he")),
                 (Person("Mark Rutte", "he", "the Dutch politician"),
                  Person("Kaja Kallas", "she", "the Estonian politician"))),
    "un": Race("un", "The race for UN Secretary-General", dt.date(2026, 6, 12), "UN secretary-general",
               "NATO secretary general", "the General Assembly", "New York",
               (Actor("France", "Paris", "French", "President Emmanuel Macron", "he"),
                Actor("Italy", "Rome", "Italian", "Prime Minister Giorgia Meloni", "she"),
                Actor("Germany", "Berlin", "German", "Chancellor Friedrich Merz", "he")),
               (Person("Rebeca Grynspan", "she", "the Costa Rican economist"),
                Person("Rafael Grossi", "he", "the Argentine diplomat"))),
}

ACTOR_FORMS = ("name", "capital", "demonym", "leader")
PERSON_FORMS = ("name", "pronoun", "role")


def actor_words(a: Actor, form: str) -> dict[str, str]:
    """{A} the actor, {Apos} its possessive, {its} its pronoun's possessive, {which} its relative pronoun."""
    text = {"name": a.state, "capital": a.capital, "demonym": f"the {a.demonym} government",
            "leader": f"{a.demonym} {a.leader}"}[form]
    person = form == "leader"
    return {"A": text, "Apos": text + "'s", "its": POSSESSIVES[a.leader_pronoun] if person else "its",
            "which": "who" if person else "which"}


def person_words(p: Person, form: str, race: Race) -> tuple[str, dict[str, str]]:
    """(a sentence before, {X} subject, {Xo} object, {Xs} possessive, {his}) of the candidate."""
    his = POSSESSIVES[p.pronoun]
    if form == "name":
        return "", {"X": p.name, "Xo": p.name, "Xs": p.name + "'s", "his": his}
    before = f"{p.name} arrived in {race.place} on Monday. "
    if form == "pronoun":
        return before, {"X": p.pronoun, "Xo": OBJECT[p.pronoun], "Xs": his, "his": his}
    return before, {"X": p.role_noun, "Xo": p.role_noun, "Xs": p.role_noun + "'s", "his": his}


# ---------------------------------------------------------------- the predicates, from the lexicon


@dataclass(frozen=True)
class Verb:
    """One lexicon entry, inflected: its head (marked "+" or the first word) takes the form."""
    entry: str

    def _words(self) -> tuple[list[str], int]:
        words = self.entry.split()
        marked = [i for i, w in enumerate(words) if w.startswith("+")]
        return [w.lstrip("+") for w in words], marked[0] if marked else 0

    @property
    def one_word(self) -> bool:
        return " " not in self.entry and not self.entry.startswith("=")

    def form(self, which: str, possessive: str = "its") -> str:
        words, at = self._words()
        head = words[at]
        given = IRREGULAR.get(head, [])
        forms = verb_forms(head, IRREGULAR)
        regular = {"base": head, "s": forms[1], "ed": given[0] if given else verb_forms(head)[2],
                   "en": participle(head, IRREGULAR),
                   "ing": given[2] if len(given) > 2 else forms[-1]}
        words[at] = regular[which]
        return " ".join(possessive if w == "one's" else w for w in words)


def entries(*path: str) -> list[str]:
    """A list's entries, a slot ("@for") filled with its list's first phrase (the slot's other phrases are
    tests/extract/lexicon/test_idioms_tentative_refusals.py's)."""
    node = LEX
    for key in path:
        node = node[key]
    slots = LEX.get("slots") or {}
    # (an included list, "<cues.tentative_verbs", is read where it is written)
    return [" ".join(slots[w[1:]][0] if w.startswith("@") else w for w in e.split()) for e in node
            if not e.startswith(("=", "<"))]


# ---------------------------------------------------------------- cases


@dataclass
class Case:
    race: str
    cls: str
    form: str
    entity: str
    lemma: str
    near: str           # "" for a case with events, else the kind of near-miss
    text: str
    expected: set = field(default_factory=set)
    title: str = ""

    @property
    def id(self) -> str:
        return "|".join([self.race, self.cls, self.form, self.entity, self.lemma, self.near or "pos"])


def grid_case(race: Race, cls: str, form: str, entity: str, lemma: str, near: str, before: str, text: str,
          expected: set) -> Case:
    """A case; a headline form is the article's title, over a body with no event."""
    if form.startswith("headline"):
        return Case(race.key, cls, form, entity, lemma, near, "Diplomats met on Monday.", expected,
                    title=text.rstrip("."))
    return Case(race.key, cls, form, entity, lemma, near, before + text, expected)


def sentence(s: str) -> str:
    s = " ".join(s.split())
    return s[0].upper() + s[1:]




# what follows a verb of declaring, running, withdrawing, taking office

def declare_complement(entry: str, his: str) -> str:
    return f" {his} candidacy for the post of {{P}}"


INFINITIVE_TO = {"campaign", "lobby", "vie", "compete", "jostle", "battle", "run", "bid"}


def running_complement(entry: str, his: str) -> str:
    words = entry.split()
    if words[-1] == "to" and words[0] in INFINITIVE_TO:
        return " become {P}"
    if words[-1] in ("for", "on", "to", "seek", "over"):
        return " the post of {P}"
    return " for the post of {P}"


def withdraw_complement(entry: str, his: str) -> str:
    words = entry.split()
    if "candidate" in words:
        return " for {P}"
    if words[-1] in ("out",):
        return " of the race for {P}"
    if entry in ("abandon", "give up", "drop", "scrap", "retract", "suspend", "fold", "pull the plug on", "give up on",
                 "withdraw one's name"):
        return f" {his} bid for {{P}}" if entry != "withdraw one's name" else " from the race for {P}"
    if entry in ("quit", "exit"):
        return " the race for {P}"
    if "race" in words or "contention" in words or "running" in words:
        return " for {P}"
    if words[-1] in ("of", "on", "in"):
        return " the race for {P}"
    return " from the race for {P}"


def office_complement(entry: str, his: str) -> str:
    return " as {P}"


def withdraw_entries() -> list[str]:
    # "step aside in favour of Y" names a second person: the grid's withdrawal has one; "ruled herself out" is a
    # withdrawal only of one the article puts in the race (said of anyone else it denies a bid never made)
    return [e for e in entries("withdrawal", "verbs") if "favour" not in e and "favor" not in e
            and e not in entries("withdrawal", "self_excluding_verbs")]


# ---------------------------------------------------------------- the strict xfail list of a grid


def load_xfails(path: Path) -> dict[str, str]:
    """id -> reason, from a list file (id<TAB>reason per line, "#" comments)."""
    if not path.exists():
        return {}
    return {line.split("\t")[0]: line.split("\t")[1] if "\t" in line else "not read yet"
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")}


def param(case: Case, xfails: dict[str, str]):
    """The case as a pytest parameter, a strict xfail when listed."""
    marks = [pytest.mark.xfail(strict=True, reason=xfails[case.id])] if case.id in xfails else []
    return pytest.param(case, id=case.id, marks=marks)
