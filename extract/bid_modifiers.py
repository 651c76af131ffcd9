"""Words that may stand between a bid's owner and the bid noun: "her rather late bid", "his somewhat unlikely
candidacy", "the Dutchman's long-shot bid", "her ambitious, late bid".

One to three lower-case words (an adverb, an adjective, a hyphenated compound; two of them joined by "and", "but",
"yet" or a comma), none a word of grammar (a determiner, a pronoun, a preposition, an auxiliary, a negation: "her
and his bid", "her a bid", "her not to bid"), nor a word that makes it a bid for another office (the lexicon's
candidacy.other_bid_modifiers: "her presidential bid").
"""
from __future__ import annotations

from natowatch.extract.lexicon import Lexicon, bounded

# words of grammar that never modify a bid noun: what follows them is another phrase
_GRAMMAR_WORDS = """a an the this that these those its their his her our your my whose which who what
    and or but yet nor not no never to of for in on at by with from as into over about against than then
    is was are were be been being has have had do does did will would shall should can could may might must
    there here also only even just so too very""".split()


def bid_modifiers(lex: Lexicon) -> str:
    """A pattern of the modifiers (with their trailing space) between a bid's owner and its noun."""
    word = r"(?!" + bounded(_GRAMMAR_WORDS + lex.words("candidacy", "other_bid_modifiers")) + r"(?![\w-]))(?-i:[a-z])[\w-]*"
    # ("very" may open them: "her very late bid", not close them: "her very bid")
    lead = r"(?:(?:very|rather|somewhat|quite|fairly|pretty|so|too|ever|even|increasingly|surprisingly|\w+ly)\s+)?"
    joint = r"(?:\s*,\s*|\s+(?:and|but|yet)\s+)"
    return rf"(?:{lead}{word}(?:{joint}{lead}{word}){{0,2}}\s+)"
