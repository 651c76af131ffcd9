"""Endorsement and opposition: the candidate's supporters or opponents as the subject of a list of states, after an
adverb of time ("Her supporters now include S and T", "His backers so far are S", "X's sponsors already include S")
or the candidate's opponents so listed ("Her opponents include S", "Among his opponents are S and T", "The opponents
of X now include S"). Only a refusing agent noun makes an opposition (opposition.refusing_agent_nouns: "opponents",
"holdouts"; not "critics", "sceptics": no refusal of support). A guess ("her likely backers include S"), a wish
("her supporters hope S will join") or a modal ("Among her backers could be S") lists no one. The labelled lines
("Her backers so far: S, T", "Opposed to his bid: S") are tables.py's. The apposed and adverb-less forms ("Her
supporters include S", "X's backers, S and T,") are stance_agents.py's."""
from __future__ import annotations

from natowatch.extract.frames.base import A, C, Rule, _rx
from natowatch.extract.frames.stance_nouns import check_nominal
from natowatch.extract.frames.vocab import Vocab

# an adverb of time between the supporters and their list: "now include", "so far are", "already included"
LIST_TIME = r"(?:now|so\s+far|thus\s+far|to\s+date|already|currently|also)"
_LISTED = r"(?:are|were|include|includes|included)"
_OPENERS = (r"(?:(?:namely|notably|chiefly|above\s+all|including|among\s+them|such\s+as|especially|in\s+particular|"
            r"led\s+by)\s+)?")
# the list ends its clause: "S and T." (not "S's leader": one list of states, nothing after)
_LIST_END = r"(?=(?:\s*(?:,|\band\b)\s*(?:the\s+)?⟨S\d+⟩)*\s*(?:[,;.)—–]|$))"


def list_rules(v: Vocab) -> list[Rule]:
    """The rules of a candidate's supporters or opponents listed as a clause's subject (stance.rules ends with them)."""
    obj, bidn = v.obj, v.bidn

    def listed(agents: str, time: str) -> str:
        return (rf"(?:(?P<subj>{C})(?:['’]s?)?\s+{v.unsure}(?P<trig>{agents})|(?<![\w-])(?P<trig2>{agents})\s+of\s+"
                rf"{obj.replace('(?P<subj>', '(?P<subj2>')}(?:(?:['’]s?)?\s+{bidn})?){v.agents_where}"
                rf"\s+{time}{_LISTED}\s+{_OPENERS}(?:the\s+)?(?P<actor>{A}){_LIST_END}")

    R = Rule
    return [
        # "Her supporters now include Spain", "Rutte's backers so far are A and B" (with no adverb: stance_agents.py)
        R("endorse_agents_listed_now", "endorsement", _rx(listed(v.sup_agents, rf"{LIST_TIME}\s+")),
          check_nominal, 0.8, traits=frozenset({"holders"})),
        # "Her opponents include Russia", "Among his opponents are A and B", "X's holdouts now include S"
        R("oppose_agents_listed", "opposition", _rx(listed(v.refusing_agents, rf"(?:{LIST_TIME}\s+)?")),
          check_nominal, 0.8, traits=frozenset({"holders"})),
    ]
