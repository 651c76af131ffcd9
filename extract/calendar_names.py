"""The calendar's words, lower case: the months (with their abbreviations), the weekdays and the seasons, each once,
for dates.py (which resolves them) and for every pattern that steps over a time ("nominated her last May", "withdrew on
Tuesday", "in the spring"). A leaf module: it imports nothing, so the frames can read it (dates.py imports the frames'
cues)."""

# each month's full name first, then its abbreviations
MONTH_FORMS = [
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec")]
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SEASONS = ("spring", "summer", "autumn", "fall", "winter")

# the same as alternations for a pattern: "january|february|...", "monday|...", "spring|summer|autumn|fall|winter"
MONTH_NAMES = "|".join(forms[0] for forms in MONTH_FORMS)
# the months' abbreviations, the longer of a month's first ("jan|feb|...|sept|sep|oct|nov|dec"; May has none)
MONTH_ABBREVIATIONS = "|".join(abbr for forms in MONTH_FORMS for abbr in sorted(forms[1:], key=len, reverse=True))
WEEKDAY_NAMES = "|".join(WEEKDAYS)
SEASON_NAMES = "|".join(SEASONS)
# a word that opens with a month's first three letters ("Jan", "January", "Sept"; also "mayor"), and a weekday, as one
# group each: "(?:jan|feb|...|dec)[a-z]*", "(?:mon|tues|...|sun)day"
MONTH_WORD = r"(?:" + "|".join(forms[0][:3] for forms in MONTH_FORMS) + r")[a-z]*"
WEEKDAY_WORD = r"(?:" + "|".join(day[:-3] for day in WEEKDAYS) + r")day"


def capitalised(names: str) -> str:
    """An alternation of the calendar's words as a case-sensitive pattern reads them: "Monday|Tuesday|..."."""
    return "|".join(name.capitalize() for name in names.split("|"))
