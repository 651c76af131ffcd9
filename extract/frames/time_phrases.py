"""The time phrases the frames step over or read after a predicate: a time or a period ("in 2023", "in the autumn",
"on Sept. 1", "for now"), a duration after "for" ("for almost two months", "for a while"), and what may follow the
predicate of a dated act (`_DATED_TAIL`: the clause's end, a day, a month, "days later", "at the start of the year").
The calendar's words are calendar_names.py's; dates.py resolves the dates themselves."""
from __future__ import annotations

import re

from natowatch.extract.calendar_names import MONTH_ABBREVIATIONS, MONTH_NAMES, SEASON_NAMES
from natowatch.extract.lexicon import cardinals


# a month's abbreviation with its day, as wire copy writes dates ("on Sept. 1", "Oct. 1"): the dot is no sentence end
MONTH_ABBREVIATED = r"(?:" + MONTH_ABBREVIATIONS + r")\.\s*\d{1,2}"
_TIME = (r"(?:(?:early|late|mid|mid-)\s*)?(?:" + MONTH_ABBREVIATED + r"|" + MONTH_NAMES
         + "|" + SEASON_NAMES + r"|now|the\s+moment|the\s+time\s+being|\d)[\w,]*")
# (the same, by the name other modules import: "in 2023", "in the autumn", "for now")
PERIOD = _TIME

# how long, after "for": "for almost two months", "for a week", "for some time" (not what for)
DURATION = (r"\s+(?:(?:almost|nearly|about|around|over|more\s+than|less\s+than|just|only|at\s+least|barely)\s+)?"
            r"(?:(?:a|an|" + cardinals(1, 10) + r"|a\s+few|few|several|many|some|\d+)\s+)?"
            r"(?:days|weeks|months|years|hours)\b|\s+(?:(?:almost|nearly|about|just|only|over|more\s+than)\s+)?"
            r"(?:a|an|one)\s+(?:day|week|month|year)\b|\s+(?:some\s+time|a\s+while|long)\b")


# a date written with no preposition, as list lines and tables give it after a participle ("nominated 12 March 2026",
# "withdrew September 3", "entered November 2025")
BARE_DATE = (r"\d{1,2}(?:st|nd|rd|th)?\s+(?:" + MONTH_NAMES + r")\b|(?:" + MONTH_NAMES + r")\s+\d{1,2}(?:st|nd|rd|th)?\b|(?:"
             + MONTH_NAMES + r")\s+\d{4}\b")


# what may follow the predicate of a dated act: the clause's end, a day, a month, "days later", "at the start of the
# year" (a place may come first: "took office in New York on January 1")
_DATED_TAIL = re.compile(r"^\s*(?:(?:in|at)\s+(?:the\s+)?(?:(?-i:[A-Z][\w.'’-]*)\s+){1,3}?(?=(?:on|in|last|this)\s))?"
                         r"(?:only\s+(?=(?:last|this|on|in|yesterday|today|after)\b))?"
                         r"(?:$|[,.;:]|the\s+(?:same|next|following)\s+(?:day|week|month)|(?:on|last|this|earlier|yesterday|today|tomorrow|after|before|just|officially|"
                         r"formally|soon|shortly|later|afterwards?|following)\b|(?:[\w-]+\s+)?(?:days|weeks|months)\s+later\b|"
                         r"at\s+the\s+(?:start|end|beginning|close|turn)\s+of\s+(?:the|this|that|last|next)\s+(?:week|month|year)\b|in\s+(?:(?:early|late|mid)[\s-]+)?(?:" + MONTH_NAMES
                         + "|" + SEASON_NAMES + r"|\d{4})\b|" + BARE_DATE + r")", re.I)
