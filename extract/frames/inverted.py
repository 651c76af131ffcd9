"""Endorsement or opposition: a follower of the stance before, named after the copula of an inverted clause ("Joining
them on Friday was Poland", "Also joining them are Chile and Peru", "Following suit in March were A and B"): the
fronted joining phrase is what "Poland joined them" / "Poland followed suit" state (frames/focus.py focus_followed,
read by following.check_followed). Not with a modal or a wish ("Joining them could be Poland", "Joining them, Poland
hopes, ..."), nor where the state joins someone in another act ("Joining them at the summit was Poland": a place, no
stance; "Joining him in the race was X": a candidate, no state)."""
from __future__ import annotations

from natowatch.extract.frames.base import A, Rule, _rx
from natowatch.extract.frames.following import STANCE_TIME, check_followed
from natowatch.extract.frames.vocab import Vocab
from natowatch.extract.lexicon import cardinals

# the fronted phrase of joining the stance before: "joining them", "joining those", "following suit", "following
# their lead" (the pronoun stands for the holders of the stance before)
_JOINING = (r"(?:joining|and\s+joining)\s+(?:them|those|these|the\s+(?:others|group|" + cardinals(2, 3) + r"))"
            r"|following\s+(?:suit|their\s+(?:lead|example))")
# its copula, finite and with no modal: "was", "were", "is", "are", "has been", "have been"
_COPULA = r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)"


def inverted_rules(v: Vocab) -> list[Rule]:
    """The follower of the stance before, after the copula of a clause its joining phrase opens (focus.rules ends
    with them)."""
    R = Rule
    return [
        # "Joining them on Friday was Poland", "Also joining them are A and B", "Following suit in March was Italy"
        R("focus_followed_inverted", "endorsement", _rx(
            rf"^\W*(?:(?:also|soon|then|later|quickly|now)\s+)?(?P<trig>{_JOINING})(?P<gap>(?:\s*,?\s*{STANCE_TIME})?\s*,?)"
            rf"\s+{_COPULA}\s+(?:(?:also|soon|then|quickly|now)\s+)?(?:the\s+)?(?P<actor>{A})(?=\s*(?:[,.;)—–]|$))"),
          check_followed, 0.6, traits=frozenset({"focus", "follows"})),
    ]
